// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/statuspanel.h"

#include "export/displayformat.h"
#include "export/textreport.h"
#include "protocol/visibletext.h"
#include "render/phonestate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace pfs {

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_health(new QLabel(this))
    , m_source(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_relays(new QLabel(this))
    , m_drops(new QLabel(this))
{
    m_relays->setObjectName(QStringLiteral("relayStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_health->setObjectName(QStringLiteral("healthStatus"));
    // The rollout's health first and whole; the counts of what was lost give
    // way when the bar is short (their tooltip keeps them).
    m_drops->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_drops->setMinimumWidth(0);
    for (QLabel *label : {m_health, m_source, m_rate, m_relays, m_drops}) {
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
}

void StatusPanel::show(const EngineSnapshot *snapshot, qint64 logLinesLetGo)
{
    if (!snapshot) {
        m_health->clear();
        m_source->setText(tr("Idle: start the demo, listen, or open a file."));
        m_rate->clear();
        m_drops->clear();
        m_relays->clear();
        m_relays->setToolTip(QString());
        return;
    }
    const QLocale locale;
    QStringList sources, details;
    for (const SourceStatus &s : snapshot->sources) {
        sources.append(tr("%1: %2").arg(visibleText(s.name), sourceStateText(s)));
        details.append(sourceDetailText(s));
    }
    if (sources.isEmpty()) {
        const QString text = snapshot->source != QLatin1String("demo")
            ? tr("File %1").arg(visibleText(snapshot->source))
            : snapshot->stopped  ? tr("Demo: stopped")
            : snapshot->finished ? tr("Demo: finished")
                                 : tr("Demo: running");
        sources.append(text);
        details.append(text);
    }
    m_source->setText(sources.join(QLatin1String(" | ")));
    // A tooltip is rich text whenever it looks like it: this one names files.
    m_source->setToolTip(Qt::convertFromPlainText(details.join(QLatin1Char('\n'))));
    m_rate->setText(rateText(*snapshot, locale));
    showRelays(*snapshot->model, locale);
    showHealth(*snapshot, locale);
    showLosses(*snapshot, logLinesLetGo, locale);
}

// The pace only while something runs: a finished or stopped run reads no more.
QString StatusPanel::rateText(const EngineSnapshot &snapshot, const QLocale &locale)
{
    const int phones = int(snapshot.model->phones().size());
    if (snapshot.finished || snapshot.stopped)
        return tr("%Ln phone(s)", nullptr, phones);
    //: Status bar: %1 how many records a second arrive; then the phones heard
    return tr("%1 records/s, %Ln phone(s)", nullptr, phones).arg(locale.toString(snapshot.recordsPerSecond, 'f', 0));
}

// What was lost or is no longer shown, each count named, only those that
// happened: a clean run shows nothing here.
void StatusPanel::showLosses(const EngineSnapshot &snapshot, qint64 logLinesLetGo, const QLocale &locale)
{
    QStringList parts;
    const auto add = [&](qint64 count, const QString &text) {
        if (count > 0)
            parts.append(text.arg(locale.toString(count)));
    };
    add(snapshot.counters.dropped, tr("%1 datagrams dropped by pfsmon"));
    add(snapshot.counters.kernelDrops, tr("%1 lost in the kernel"));
    add(snapshot.ingest.pfsUndecoded, tr("%1 broadcasts not decoded"));
    add(snapshot.rawRecordsNotShown + logLinesLetGo, tr("%1 older Event log lines no longer kept"));
    m_drops->setVisible(!parts.isEmpty());
    m_drops->setText(parts.join(tr(", ")));
    m_drops->setToolTip(m_drops->text() + QLatin1String("\n\n")
                        + tr("dropped by pfsmon: datagrams pfsmon read but its queue had no room for\n"
                             "lost in the kernel: datagrams the system dropped before pfsmon could read them "
                             "(its receive buffer was full)\n"
                             "not decoded: PFS broadcasts whose layout is not known\n"
                             "older Event log lines: the Event log keeps the latest lines only; the model "
                             "counted every record"));
}

// Relays are sources, never phones: named here, with what came through each.
// The rollout at a glance, and its problems in the worst one's colour.
void StatusPanel::showHealth(const EngineSnapshot &snapshot, const QLocale &locale)
{
    int errors = 0, warnings = 0;
    for (const Finding &f : snapshot.findings) {
        errors += f.severity == Finding::Severity::Error;
        warnings += f.severity == Finding::Severity::Warning;
    }
    QString text = TextReport::forecastBrief(snapshot.forecast.rollout(), locale);
    if (errors + warnings > 0)
        //: Status bar: %1 the rollout's counts; %2 how many problems the Problems tab lists
        text = tr("%1 | %Ln problem(s)", nullptr, errors + warnings).arg(text);
    m_health->setText(text);
    m_health->setMinimumWidth(m_health->sizeHint().width());
    m_health->setToolTip(TextReport::forecast(snapshot.forecast.rollout(), snapshot.bandwidth, 0, locale));
    const QColor colour = errors ? PhoneStateStyle::severityColour(Finding::Severity::Error)
        : warnings               ? PhoneStateStyle::severityColour(Finding::Severity::Warning).darker(140)
                                 : QColor();
    m_health->setStyleSheet(colour.isValid() ? QStringLiteral("color: %1; font-weight: bold").arg(colour.name())
                                             : QString());
}

void StatusPanel::showRelays(const RolloutModel &model, const QLocale &locale)
{
    const QList<SyslogSender> relays = model.relays();
    m_relays->setVisible(!relays.isEmpty());
    m_relays->setText(tr("%Ln relay(s)", nullptr, int(relays.size())));
    QStringList lines;
    for (const SyslogSender &relay : relays)
        lines.append(TextReport::relay(relay, locale));
    m_relays->setToolTip(lines.join(QLatin1Char('\n')));
}

QString StatusPanel::sourceStateText(const SourceStatus &s)
{
    switch (s.state) {
    case SourceState::Listening:
        return s.kernelDrops > 0 ? tr("listening, lost in the kernel: %1").arg(QLocale().toString(s.kernelDrops))
                                 : tr("listening");
    case SourceState::Warning: return tr("warning: %1").arg(visibleText(s.detail));
    case SourceState::Failed: return tr("error: %1").arg(visibleText(s.detail));
    case SourceState::Replaying: return tr("replaying");
    case SourceState::Finished:
        return s.detail.isEmpty() ? tr("finished") : tr("finished: %1").arg(visibleText(s.detail));
    case SourceState::Stopped: return tr("stopped");
    case SourceState::Off: break;
    }
    return tr("off");
}

// The tooltip's line: the state, and for a UDP socket its counts and buffer.
QString StatusPanel::sourceDetailText(const SourceStatus &s)
{
    const QLocale locale;
    if (s.receiveBuffer <= 0)
        return tr("%1: %2, %3 received").arg(visibleText(s.name), sourceStateText(s), locale.toString(s.received));
    return tr("%1: %2, %3 received, lost in the kernel: %4, dropped by pfsmon: %5, receive buffer %6")
        .arg(visibleText(s.name), sourceStateText(s), locale.toString(s.received), locale.toString(s.kernelDrops),
             locale.toString(s.queueDrops), DisplayFormat::size(s.receiveBuffer, locale));
}

} // namespace pfs
