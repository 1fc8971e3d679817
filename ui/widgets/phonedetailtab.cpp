// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/phonedetailtab.h"

#include "ui/models/componentmodel.h"
#include "ui/models/eventlogmodel.h"
#include "ui/widgets/phoneevidence.h"
#include "ui/widgets/tables.h"

#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pfs {

PhoneDetailTab::PhoneDetailTab(EventLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_components(new ComponentModel(this))
    , m_trace(new EventLogFilter(this))
    , m_title(new QLabel(this))
    , m_evidence(new QPlainTextEdit(this))
{
    m_evidence->setReadOnly(true);
    m_evidence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_evidence->setMaximumBlockCount(500); // a phone's facts, not a log
    m_title->setTextFormat(Qt::PlainText);
    QTableView *components = newConsoleTable(m_components, this);
    showProgressIn(components, ComponentModel::ColumnProgress, ComponentModel::RawRole);
    components->setColumnWidth(ComponentModel::ColumnFile, 220);
    components->setColumnWidth(ComponentModel::ColumnSource, 230); // the source and its provenance
    m_trace->setSourceModel(log);
    m_trace->setPhoneAddress(0, QByteArray("\x01")); // no phone: no line
    QTableView *trace = newConsoleTable(m_trace, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_title);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(components);
    split->addWidget(m_evidence);
    split->addWidget(trace);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    layout->addWidget(split);
    showTitle();
}

void PhoneDetailTab::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_snapshot = snapshot;
    m_components->setSnapshot(std::move(snapshot));
    showTitle();
}

void PhoneDetailTab::showPhone(PhoneId id)
{
    m_phone = id;
    m_components->setPhone(id);
    showTitle();
}

void PhoneDetailTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_components->retranslate();
        showTitle();
    }
    QWidget::changeEvent(event);
}

void PhoneDetailTab::showTitle()
{
    const Phone *phone = m_snapshot && m_phone != kNoPhone ? m_snapshot->model->phone(m_phone) : nullptr;
    if (!phone) {
        m_title->setText(tr("Select a phone in the tree or the table."));
        showEvidence(nullptr);
        return;
    }
    m_title->setText(tr("%1  %2  %3  load %4")
                         .arg(phone->displayName(), phone->address ? formatIpv4(phone->address) : QString(),
                              visibleText(phone->model), visibleText(phone->load)));
    m_trace->setPhoneAddress(phone->address, phone->host);
    showEvidence(phone);
}

void PhoneDetailTab::showEvidence(const Phone *phone)
{
    const QString text
        = phone ? PhoneEvidence::lines(*m_snapshot->model, *phone, QLocale()).join(QLatin1Char('\n')) : QString();
    // Only when it changed, where the reader had scrolled to: bytes change every tick.
    if (text == m_evidence->toPlainText())
        return;
    const int scrolled = m_evidence->verticalScrollBar()->value();
    m_evidence->setPlainText(text);
    m_evidence->verticalScrollBar()->setValue(scrolled);
}

QString PhoneDetailTab::evidenceText() const
{
    return m_evidence->toPlainText();
}

} // namespace pfs
