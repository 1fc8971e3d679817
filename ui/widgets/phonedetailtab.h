// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

// The Phone detail tab: the chosen phone's name, address, model and load,
// every component of its load with its own bar, the evidence (where each
// fact comes from: ui/widgets/phoneevidence.h), and its own trace lines.
namespace pfs {

class ComponentModel;
class EventLogFilter;
class EventLogModel;

class PhoneDetailTab : public QWidget {
    Q_OBJECT
public:
    // `log` is the window's event log, of which this tab shows one phone's lines.
    explicit PhoneDetailTab(EventLogModel *log, QWidget *parent = nullptr);

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void showPhone(PhoneId id);   // kNoPhone: none
    QString evidenceText() const; // as shown
    QString statusLine() const;   // as shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTitle();
    void fitColumns();
    void fitFiles();
    void showEvidence(const Phone *phone);
    QString statusText(const Phone &phone) const;

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    PhoneId m_phone = kNoPhone;
    ComponentModel *m_components;
    QTableView *m_componentTable;
    QTableView *m_traceTable;
    EventLogFilter *m_trace;
    QLabel *m_title;
    QLabel *m_status;
    QPlainTextEdit *m_evidence;
};

} // namespace pfs
