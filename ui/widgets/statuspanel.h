// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/rolloutengine.h"

#include <QWidget>

class QLabel;

// The status bar's permanent part: what is being read and how each source
// is doing, the record rate, the relays, and every count of what was lost.
namespace pfs {

class StatusPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatusPanel(QWidget *parent = nullptr);

    // null: nothing started yet. `logLinesLetGo`: the event log's own discards.
    void show(const EngineSnapshot *snapshot, qint64 logLinesLetGo);

    static QString sourceStateText(const SourceStatus &status);
    static QString sourceDetailText(const SourceStatus &status);

private:
    void showRelays(const RolloutModel &model, const QLocale &locale);
    void showHealth(const EngineSnapshot &snapshot, const QLocale &locale);
    void showLosses(const EngineSnapshot &snapshot, qint64 logLinesLetGo, const QLocale &locale);
    static QString rateText(const EngineSnapshot &snapshot, const QLocale &locale);

    QLabel *m_health;
    QLabel *m_source;
    QLabel *m_rate;
    QLabel *m_relays;
    QLabel *m_drops;
};

} // namespace pfs
