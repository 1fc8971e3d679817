// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/eventlogtab.h"

#include "ui/models/eventlogmodel.h"
#include "ui/widgets/tables.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace pfs {

EventLogTab::EventLogTab(EventLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_filter(new EventLogFilter(this))
    , m_phone(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_grammar(new QComboBox(this))
{
    m_filter->setSourceModel(log);
    m_phone->setClearButtonEnabled(true);
    connect(m_phone, &QLineEdit::textChanged, m_filter, &EventLogFilter::setPhoneText);
    for (const Severity s : {Severity::Debug, Severity::Info, Severity::Notice, Severity::Warning, Severity::Error})
        m_severity->addItem(QString(), int(s));
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinSeverity(m_severity->currentData().toInt()); });
    for (const int g : {-1, int(Grammar::Verified), int(Grammar::Modelled), int(Grammar::Unknown)})
        m_grammar->addItem(QString(), g);
    connect(m_grammar, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setGrammar(m_grammar->currentData().toInt()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_phone, 2);
    filters->addWidget(m_severity, 1);
    filters->addWidget(m_grammar, 1);
    layout->addLayout(filters);
    layout->addWidget(newConsoleTable(m_filter, this));
    retranslate();
}

void EventLogTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventLogTab::retranslate()
{
    m_phone->setPlaceholderText(tr("Filter by phone"));
    const QStringList severities{tr("All severities"), tr("Info and above"), tr("Notice and above"),
                                 tr("Warnings and errors"), tr("Errors")};
    for (int i = 0; i < severities.size(); ++i)
        m_severity->setItemText(i, severities[i]);
    const QStringList grammars{tr("All grammars"), tr("Verified"), tr("Modelled"), tr("Unknown")};
    for (int i = 0; i < grammars.size(); ++i)
        m_grammar->setItemText(i, grammars[i]);
}

} // namespace pfs
