// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/textreport.h"

#include "health/health.h"

#include "export/displayformat.h"

#include "logs/syslogparser.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <array>

namespace pfs {
namespace {

QString phoneLabel(const RolloutModel &model, PhoneId id)
{
    const Phone *phone = model.phone(id);
    if (!phone)
        return TextReport::tr("(unknown)");
    const QString address = phone->address ? formatIpv4(phone->address) : TextReport::tr("address unknown");
    return phone->host.isEmpty() ? address
                                 : address + QLatin1String(" (") + visibleText(phone->host) + QLatin1Char(')');
}

// The components' state names, translated once for a whole report, not once a line.
using StateNames = std::array<QString, size_t(ComponentState::Failed) + 1>;

StateNames stateNames()
{
    StateNames names;
    for (size_t state = 0; state < names.size(); ++state)
        names[state] = RolloutModel::stateName(ComponentState(state));
    return names;
}

void appendTree(const RolloutModel &model, const Hierarchy &h, PhoneId id, int depth, int maxDepth,
                const StateNames &states, QStringList &lines)
{
    // Bounded by the member count too: the model keeps trees acyclic.
    if (depth > h.members.size() || (maxDepth >= 0 && depth >= maxDepth))
        return;
    const ComponentProgress *c = model.phone(id) ? model.phone(id)->component(h.file) : nullptr;
    QString line = QString(4 + 2 * depth, QLatin1Char(' ')) + phoneLabel(model, id);
    if (c)
        line += QLatin1String("  ") + states[size_t(c->state)];
    lines.append(line);
    for (const PhoneId child : h.children(id))
        appendTree(model, h, child, depth + 1, maxDepth, states, lines);
}

} // namespace

QString TextReport::records(const RolloutModel &model, const ImportStats *stats, const QLocale &locale)
{
    const RecordCounts &c = model.counts();
    QString text = tr("Records: %1 (verified %2, modelled %3, unknown %4)")
                       .arg(locale.toString(c.total), locale.toString(c.byGrammar[size_t(Grammar::Verified)]),
                            locale.toString(c.byGrammar[size_t(Grammar::Modelled)]),
                            locale.toString(c.byGrammar[size_t(Grammar::Unknown)]));
    if (stats) {
        text += QLatin1Char('\n')
            + tr("Lines: %1 read, %2 without a record, %3 cut at their length limit")
                  .arg(locale.toString(stats->lines), locale.toString(stats->ignoredLines + stats->otherSyslogLines),
                       locale.toString(stats->truncatedLines));
        for (const QByteArray &raw : stats->unknownSamples)
            text += QLatin1Char('\n') + tr("  unknown: %1").arg(visibleText(raw));
    }
    return text;
}

QString TextReport::truncatedRecords(qint64 records, const QLocale &locale)
{
    Q_UNUSED(locale) // %Ln: the default locale, which follows the chosen language
    return tr("%Ln record(s) cut at their length limit (%1 bytes)", nullptr, int(qMin<qint64>(records, INT_MAX)))
        .arg(QLocale().toString(SyslogParser::kMaxRecord));
}

QString TextReport::hierarchies(const RolloutModel &model, const QLocale &locale, int treeDepth)
{
    QStringList lines;
    const QList<HierarchyId> ids = model.hierarchyIds();
    const StateNames states = stateNames();
    lines.append(tr("Hierarchies: %1").arg(locale.toString(ids.size())));
    for (const HierarchyId id : ids) {
        const Hierarchy &h = *model.hierarchy(id);
        const QString subnet = h.hasSubnet ? formatSubnet(h.subnet, model.subnetPrefix()) : tr("subnet unknown");
        lines.append(tr("  %1  model %2  subnet %3  file %4")
                         .arg(RolloutModel::xidName(h), h.model.isEmpty() ? tr("unknown") : visibleText(h.model),
                              subnet, h.file.isEmpty() ? tr("unknown") : visibleText(h.file)));
        const PhoneId root = model.effectiveRoot(h);
        lines.append(tr("    root %1%2, %n phone(s)", nullptr, int(h.members.size()))
                         .arg(root == kNoPhone ? tr("unknown") : phoneLabel(model, root),
                              h.rootConfirmed ? tr(" (confirmed)") : tr(" (tentative)")));
        for (const PhoneId treeRoot : model.treeRoots(h))
            appendTree(model, h, treeRoot, 0, treeDepth, states, lines); // the root, then orphans
    }
    return lines.join(QLatin1Char('\n'));
}

QString TextReport::bandwidth(const BandwidthReport &report, qint64 bps, const QLocale &locale)
{
    const BandwidthFigures &f = report.projected();
    QStringList lines;
    lines.append(f.estimated ? tr("Bandwidth (estimated: some sizes come from the firmware catalogue):")
                             : tr("Bandwidth:"));
    lines.append(QLatin1String("  ") + DisplayFormat::savedSoFar(report.soFar(), locale));
    lines.append(QLatin1String("  ") + DisplayFormat::projected(report, locale));
    if (const QString sizes = DisplayFormat::sizeSources(f); !sizes.isEmpty())
        lines.append(QLatin1String("  ") + sizes);
    if (const QString time = DisplayFormat::wanTime(f, bps, locale); !time.isEmpty())
        lines.append(QLatin1String("  ") + time);
    return lines.join(QLatin1Char('\n'));
}

QString TextReport::transports(const SyslogSender &sender)
{
    if (sender.overUdp && sender.overTcp)
        return tr("UDP and TCP");
    return sender.overTcp ? tr("TCP") : tr("UDP");
}

QString TextReport::relay(const SyslogSender &sender, const QLocale &locale)
{
    return tr("%1 over %2: %3 records, %Ln phone(s) (%4)", nullptr, int(sender.phones.size()))
        .arg(formatIpv4(sender.address), transports(sender), locale.toString(sender.records),
             RolloutModel::relayReasonText(sender.relayReason));
}

QString TextReport::relays(const RolloutModel &model, const QLocale &locale)
{
    const QList<SyslogSender> relays = model.relays();
    QStringList lines;
    lines.append(tr("Syslog relays (sources, never phones): %1").arg(locale.toString(qlonglong(relays.size()))));
    for (const SyslogSender &sender : relays)
        lines.append(QLatin1String("  ") + relay(sender, locale));
    return lines.join(QLatin1Char('\n'));
}

QString TextReport::findings(const RolloutModel &model, qint64 nowMs, const QLocale &locale)
{
    return findings(Health::assess(model, nowMs), model, locale);
}

QString TextReport::findings(const QList<Finding> &found, const RolloutModel &model, const QLocale &locale)
{
    QStringList lines;
    int errors = 0, warnings = 0, traditional = 0;
    for (const Finding &f : found) {
        errors += f.severity == Finding::Severity::Error;
        warnings += f.severity == Finding::Severity::Warning;
        traditional += f.kind == Finding::Kind::Traditional;
        if (f.severity != Finding::Severity::Info && f.kind != Finding::Kind::TreeAnomaly)
            lines.append(QLatin1String("  ") + Health::text(f, model));
    }
    Q_UNUSED(locale) // %Ln: the default locale, which follows the chosen language
    //: %1 how many errors, %2 warnings, %3 phones upgrading the traditional way, each counted with its noun
    lines.prepend(tr("Findings: %1, %2; %3")
                      .arg(tr("%Ln error(s)", nullptr, errors), tr("%Ln warning(s)", nullptr, warnings),
                           tr("%Ln phone(s) upgrading the traditional way", nullptr, traditional)));
    return lines.join(QLatin1Char('\n'));
}

namespace {

QString phoneCounts(const RolloutCounts &c, const QLocale &locale)
{
    //: The rollout's phones, each in one bucket
    QString text = TextReport::tr("%1 done, %2 in progress, %3 waiting, %4 in trouble")
                       .arg(locale.toString(c.done), locale.toString(c.inProgress), locale.toString(c.waiting),
                            locale.toString(c.inTrouble));
    if (c.notHeard > 0)
        //: %1: the counts before; %2: listed phones never heard
        text = TextReport::tr("%1, %2 not heard").arg(text, locale.toString(c.notHeard));
    return text;
}

} // namespace

QString TextReport::forecast(const RolloutForecast &f, const BandwidthReport &bandwidth, qint64 wanBitsPerSecond,
                             const QLocale &locale)
{
    QString text = tr("Phones: %1.").arg(phoneCounts(f.counts, locale));
    if (f.end.known() && f.end.highMs == 0)
        text += QLatin1Char(' ') + tr("Every load is in.");
    else
        text += QLatin1Char(' ')
            + tr("Every load in: %1 (from the rates observed so far).").arg(DisplayFormat::timeLeft(f.end, locale));
    if (const qint64 left = f.traditionalLeftMs(bandwidth.overall, wanBitsPerSecond); left >= 0)
        text += QLatin1Char(' ')
            + tr("A traditional upgrade begun at the same time would still need %1 at %2 bit/s.")
                  .arg(DisplayFormat::duration(double(left) / 1000, locale), locale.toString(wanBitsPerSecond));
    return text;
}

QString TextReport::forecastBrief(const RolloutForecast &f, const QLocale &locale)
{
    //: Status bar: %1 the phones' counts, %2 the time left ("about 3 min")
    return tr("%1; time left: %2").arg(phoneCounts(f.counts, locale), DisplayFormat::timeLeft(f.end, locale));
}

QString TextReport::inventory(const RolloutModel &model, const QLocale &locale)
{
    constexpr int kNamesShown = 20;
    QStringList neverHeard, notListed, differ;
    int expected = 0;
    for (const Phone &phone : model.phones()) {
        if (phone.merged)
            continue;
        const bool heard = phone.heardFrom != 0;
        expected += phone.expected;
        if (phone.expected && !heard)
            neverHeard.append(phone.displayName());
        else if (!phone.expected && heard)
            notListed.append(phone.displayName());
        else if (phone.expected && heard && !phone.listedModel.isEmpty() && phone.model != phone.listedModel)
            differ.append(tr("%1 is a %2, listed as a %3")
                              .arg(phone.displayName(), visibleText(phone.model), visibleText(phone.listedModel)));
        else if (phone.expected && heard && !phone.listedLoad.isEmpty() && !phone.load.isEmpty()
                 && phone.load != phone.listedLoad)
            differ.append(tr("%1 runs %2, listed with %3")
                              .arg(phone.displayName(), visibleText(phone.load), visibleText(phone.listedLoad)));
    }
    if (expected == 0)
        return {};
    const auto names = [](const QStringList &all) {
        QStringList shown = all.mid(0, kNamesShown);
        if (all.size() > kNamesShown)
            shown.append(QStringLiteral("…"));
        return shown.join(QLatin1String(", "));
    };
    //: %1 how many phones the inventory lists, with its noun ("203 phones listed")
    QStringList lines{tr("Inventory: %1, %2 never heard, %3 heard but not listed, %4 differ")
                          .arg(tr("%Ln phone(s) listed", nullptr, int(expected)), locale.toString(neverHeard.size()),
                               locale.toString(notListed.size()), locale.toString(differ.size()))};
    if (!neverHeard.isEmpty())
        lines.append(tr("  never heard: %1").arg(names(neverHeard)));
    if (!notListed.isEmpty())
        lines.append(tr("  not listed: %1").arg(names(notListed)));
    for (const QString &line : differ.mid(0, kNamesShown))
        lines.append(QLatin1String("  ") + line);
    return lines.join(QLatin1Char('\n'));
}

QString TextReport::anomalies(const RolloutModel &model)
{
    QStringList lines;
    lines.append(tr("Anomalies: %1").arg(model.anomalies().size()));
    for (const Anomaly &a : model.anomalies())
        lines.append(QLatin1String("  ") + RolloutModel::anomalyText(a, model));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pfs
