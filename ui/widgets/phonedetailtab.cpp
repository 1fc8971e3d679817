// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/phonedetailtab.h"

#include "ui/models/componentmodel.h"
#include "ui/models/eventlogmodel.h"
#include "ui/widgets/eventlogtab.h"
#include "ui/widgets/phoneevidence.h"
#include "ui/widgets/tables.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/phonestate.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
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
    , m_status(new QLabel(this))
    , m_evidence(new QPlainTextEdit(this))
{
    m_evidence->setReadOnly(true);
    m_evidence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_evidence->setMaximumBlockCount(500); // a phone's facts, not a log
    m_title->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("phoneStatus"));
    m_status->setWordWrap(true);
    m_componentTable = newConsoleTable(m_components, this);
    showProgressIn(m_componentTable, ComponentModel::ColumnProgress, ComponentModel::RawRole);
    m_trace->setSourceModel(log);
    m_traceTable = newConsoleTable(m_trace, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_componentTable);
    split->addWidget(m_evidence);
    split->addWidget(m_traceTable);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    layout->addWidget(split);
    showTitle();
    fitColumns();
}

// Wide enough for what they hold in the language shown: a size with
// "(estimate)" must not be cut.
void PhoneDetailTab::fitColumns()
{
    const QLocale locale;
    // The widest sizes, spelt out in bytes ("999 octets") or in a unit
    // ("999.9 MB", SI as DisplayFormat::size gives them).
    const QList<qint64> widest{999, 999'949, 999'949'999};
    QStringList sizes;
    for (const qint64 bytes : widest)
        sizes.append(DisplayFormat::size(bytes, locale));
    fitFiles();
    fitColumnTo(m_componentTable, ComponentModel::ColumnProgress, {DisplayFormat::share(1, locale)});
    fitColumnTo(m_componentTable, ComponentModel::ColumnReceived, sizes);
    fitColumnTo(m_componentTable, ComponentModel::ColumnSize,
                {ComponentModel::sizeText(widest[0], true, locale), ComponentModel::sizeText(widest[1], true, locale),
                 ComponentModel::sizeText(widest[2], true, locale), ComponentModel::tr("unknown")});
    // The source and its provenance, a peer by its host name.
    fitColumnTo(
        m_componentTable, ComponentModel::ColumnSource,
        {PhoneStateStyle::tr("%1 (%2)").arg(PhoneStateStyle::tr("peer %1").arg(QStringLiteral("SEP001BD4000000")),
                                            ProvenanceNames::name(Provenance::Modelled))});
    EventLogTab::fitColumns(m_traceTable);
}

// The phone's own file names, whole: they are what tells its components apart.
void PhoneDetailTab::fitFiles()
{
    QStringList files{QStringLiteral("SCCP41.9-4-2SR2-2S.loads")};
    const Phone *phone = m_snapshot && m_phone != kNoPhone ? m_snapshot->model->phone(m_phone) : nullptr;
    for (const ComponentProgress &c : phone ? phone->components : QList<ComponentProgress>())
        files.append(visibleText(c.file));
    fitColumnTo(m_componentTable, ComponentModel::ColumnFile, files);
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
    fitFiles();
}

void PhoneDetailTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_components->retranslate();
        showTitle();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void PhoneDetailTab::showTitle()
{
    const Phone *phone = m_snapshot && m_phone != kNoPhone ? m_snapshot->model->phone(m_phone) : nullptr;
    if (!phone) {
        m_title->setText(tr("Select a phone in the tree or the table."));
        m_status->clear();
        m_trace->setPhoneAddress(0, QByteArray("\x01")); // no phone: no line (no host is a control character)
        showEvidence(nullptr);
        return;
    }
    m_title->setText(tr("%1  %2  %3  load %4")
                         .arg(phone->displayName(), phone->address ? formatIpv4(phone->address) : QString(),
                              visibleText(phone->model), visibleText(phone->load)));
    m_trace->setPhoneAddress(phone->address, phone->host);
    m_status->setText(statusText(*phone));
    showEvidence(phone);
}

// Its state and for how long, when its file and its load will be in, and its problems.
QString PhoneDetailTab::statusText(const Phone &phone) const
{
    const EngineSnapshot &s = *m_snapshot;
    const QLocale locale;
    const PhoneHealth health = s.findingIndex.of(phone.id);
    const PhoneState state = phoneState(phone, *s.model, health);
    QString text = tr("State: %1").arg(PhoneStateStyle::name(state));
    if (const qint64 since = stateSinceMs(phone, state); since >= 0 && s.clockMs >= since)
        //: %1: the state and its name; %2: how long it has been in it
        text = tr("%1 for %2").arg(text, DisplayFormat::duration(double(s.clockMs - since) / 1000, locale));
    if (state != PhoneState::Complete && state != PhoneState::NotHeard) {
        const PhoneForecast eta = s.forecast.phone(phone.id);
        //: %1: the state; %2 and %3: time left for its current file and its whole load
        text = tr("%1 · time left: current file %2, whole load %3")
                   .arg(text, DisplayFormat::timeLeft(eta.file, locale), DisplayFormat::timeLeft(eta.load, locale));
    }
    if (const QString heard = DisplayFormat::lastHeard(phone, s.clockMs, locale); !heard.isEmpty())
        //: %1: what comes before; %2: when it was last heard and how long ago ("10:04:23, 12 s ago")
        text = tr("%1 · last heard %2").arg(text, heard);
    if (health.troubled)
        //: %1: what comes before; %2: the worst problem's name ("stalled")
        text = tr("%1 · %Ln problem(s), the worst: %2 (Problems tab)", nullptr, health.count)
                   .arg(text, Health::kindName(health.worstKind));
    return text;
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

QString PhoneDetailTab::statusLine() const
{
    return m_status->text();
}

QString PhoneDetailTab::evidenceText() const
{
    return m_evidence->toPlainText();
}

} // namespace pfs
