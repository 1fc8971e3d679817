// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

// The Event log tab: the raw records as plain text, filtered by phone,
// minimum severity and grammar.
namespace pfs {

class EventLogFilter;
class EventLogModel;

class EventLogTab : public QWidget {
    Q_OBJECT
public:
    explicit EventLogTab(EventLogModel *log, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EventLogFilter *m_filter;
    QLineEdit *m_phone;
    QComboBox *m_severity;
    QComboBox *m_grammar;
};

} // namespace pfs
