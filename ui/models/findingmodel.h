// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QAbstractTableModel>

#include <memory>

// The Problems tab's rows: one finding of core/health each, worst first.
namespace pfs {

class FindingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Phone, Kind, Since, Text, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole;      // raw values: severity rank, time
    static constexpr int kPhoneRole = Qt::UserRole + 1; // the finding's PhoneId

    explicit FindingModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    // Warnings and errors: what the tab's title counts.
    int problems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Finding &finding, int column) const;

public:
    // The Severity column's words, e.g. "warning".
    static QString severityText(Finding::Severity severity);

private:
    QVariant tooltip(const Finding &finding) const;
    QVariant sortValue(const Finding &finding, int column) const;

    std::shared_ptr<const EngineSnapshot> m_snapshot;
};

} // namespace pfs
