// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QAbstractTableModel>
#include <QLocale>

// Every component of the selected phone's load: bytes, size, source, state.
namespace pfs {

class ComponentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ColumnFile, ColumnProgress, ColumnReceived, ColumnSize, ColumnSource, ColumnState, ColumnCount };
    enum Roles { RawRole = Qt::UserRole + 1 };

    explicit ComponentModel(QObject *parent = nullptr);
    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void setPhone(PhoneId id);
    PhoneId phone() const { return m_phone; }
    void retranslate();
    // The Size column's text: "1.2 MB (estimate)" when the catalogue gave it.
    static QString sizeText(qint64 bytes, bool estimated, const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Phone *current() const;

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    PhoneId m_phone = kNoPhone;
    int m_rows = 0;
};

} // namespace pfs
