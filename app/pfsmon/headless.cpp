// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/pfsmon/headless.h"

#include "alert/findingalerts.h"
#include "engine/inventoryfile.h"
#include "engine/rolloutengine.h"
#include "export/displayformat.h"
#include "export/exporter.h"
#include "export/snapshot.h"
#include "export/textreport.h"
#include "logs/logimporter.h"
#include "model/bandwidth.h"
#include "model/hierarchychoice.h"
#include "protocol/visibletext.h"
#include "sim/wiretraffic.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <QFileInfo>
#include <QLocale>
#include <csignal>
#include <memory>

namespace pfs {
namespace {

const QString kProgram = QStringLiteral("pfsmon: ");

// Errors quote file names and what sources said: shown like any untrusted text.
void printError(QTextStream &err, const QString &error)
{
    err << kProgram << visibleText(error) << Qt::endl;
}

bool loadCatalogue(const Options &options, FirmwareCatalogue *catalogue, QString *error)
{
    *catalogue = FirmwareCatalogue::builtIn();
    return options.catalogueFile.isEmpty() || catalogue->loadFile(options.catalogueFile, error);
}

// The site's phone list: every run starts with its phones expected.
bool loadInventory(const QString &file, RolloutEngine &engine, QTextStream &out, QString *error)
{
    InventoryFile inventory;
    if (!readInventoryFile(file, &inventory, error))
        return false;
    engine.setInventory(inventory.phones);
    out << Headless::tr("Inventory %1: %Ln phone(s) expected", nullptr, int(inventory.phones.size()))
               .arg(visibleText(file))
        << '\n';
    for (const QString &warning : std::as_const(inventory.warnings))
        out << "  " << warning << '\n';
    return true;
}

// The engine the run drives, on this thread, and what it said went wrong.
struct EngineRun {
    EngineRun(const FirmwareCatalogue &catalogue, int subnetPrefix)
        : engine(catalogue, subnetPrefix)
    {
        QObject::connect(&engine, &RolloutEngine::failed, &engine,
                         [this](const QString &failure) { failures.append(failure); });
    }
    QString failure() const { return failures.value(0); }

    RolloutEngine engine;
    QStringList failures;
};

// --at, in microseconds into the rollout; -1: to the end.
qint64 stopAtUs(const Options &options)
{
    return options.atSeconds >= 0 ? qint64(options.atSeconds * 1e6) : -1;
}

// --at: the state that far into the rollout, through the timeline's seek as
// in the window (the source read up to there, or a file read at once).
void showAt(const Options &options, RolloutEngine &engine)
{
    if (options.atSeconds >= 0 && engine.originMs() >= 0)
        engine.seek(engine.originMs() + qint64(options.atSeconds * 1000.0));
}

// How the file was read, when it took more than reading UTF-8 lines.
void printReading(const ImportStats &stats, QTextStream &out)
{
    const QLocale locale;
    if (stats.gzipMembers > 0)
        out << Headless::tr("Decompressed: gzip, %Ln member(s)", nullptr, stats.gzipMembers) << '\n';
    if (stats.encoding == LogTextReader::Encoding::Utf16LE || stats.encoding == LogTextReader::Encoding::Utf16BE)
        out << Headless::tr("Text: %1 (by its BOM), read as UTF-8").arg(LogTextReader::encodingName(stats.encoding))
            << '\n';
    if (stats.escapedLines > 0)
        out << Headless::tr("Terminal colour codes removed from %1 lines").arg(locale.toString(stats.escapedLines))
            << '\n';
    if (stats.syslogLines > 0)
        out << Headless::tr("Syslog or journal prefix removed from %1 lines").arg(locale.toString(stats.syslogLines))
            << '\n';
}

// Reads the file into the model; prints the import's line counts. A damaged
// file gives what came before the damage, and one line on `err`.
bool runImport(const Options &options, EngineRun &run, QTextStream &out, QTextStream &err, QString *error)
{
    if (!run.engine.importFile(options.importFile)) {
        *error = run.failure();
        return false;
    }
    const ImportStats &stats = run.engine.importStats();
    if (run.engine.model().counts().total == 0) {
        *error = !stats.damage.isEmpty() ? stats.damage
                                         : Headless::tr("no DLoad record found in %1").arg(options.importFile);
        return false;
    }
    if (!stats.damage.isEmpty())
        err << kProgram << stats.damage << Qt::endl;
    showAt(options, run.engine);
    const RolloutModel &model = run.engine.model();
    out << Headless::tr("pfsmon %1: import of %2").arg(QStringLiteral(PFSMON_VERSION), visibleText(options.importFile))
        << '\n';
    printReading(stats, out);
    out << TextReport::records(model, &stats, QLocale()) << '\n';
    return true;
}

// Where the broadcasts carry the traced XIDs: said only once there is
// something to say, and always as the inference it is.
void printXidPlace(const IngestCounters &i, const QLocale &locale, QTextStream &out)
{
    if (i.xidPlace.found()) {
        const QString order
            = i.xidPlace.order == XidPlace::ByteOrder::Big ? Headless::tr("big-endian") : Headless::tr("little-endian");
        out << Headless::tr("PFS broadcasts carry the traced XIDs at byte %1 (%2), inferred from %3 payloads: %4 "
                            "sightings tie their sender to its hierarchy; %5 held no known XID there, %6 were too "
                            "short")
                   .arg(locale.toString(i.xidPlace.offset), order, locale.toString(i.xids.withKnownXid),
                        locale.toString(i.xids.ties), locale.toString(i.xids.unknownAtPlace),
                        locale.toString(i.xids.tooShort))
            << '\n';
    } else if (i.xids.withKnownXid > 0) {
        out << Headless::tr("PFS broadcasts: %1 of %2 payloads hold a traced XID, at no place consistent enough to "
                            "tie their senders to a hierarchy")
                   .arg(locale.toString(i.xids.withKnownXid), locale.toString(i.xids.payloads))
            << '\n';
    }
}

// The demo's wire is every frame a mirror port would see, every segment of
// every download: its time grows with the bytes moved, some 5 ms of CPU a
// phone (README, "Large estates"), where the traces alone take some 0.3 ms. A
// large demo says so before the time it takes, and what runs in seconds.
void warnOfSlowWire(const Options &options, QTextStream &err)
{
    constexpr int kPhonesWithWireInSeconds = 5000;
    if (!sim::carriesWire(options.demoSources) || options.simulation.phones <= kPhonesWithWireInSeconds)
        return;
    err << kProgram
        << Headless::tr("%1 phones with the wire take a while (every frame of every download is made and "
                        "read); --demo-sources traces takes seconds")
               .arg(QLocale().toString(options.simulation.phones))
        << Qt::endl;
}

// Runs the built-in simulation to its end, as fast as it goes.
bool runDemo(const Options &options, EngineRun &run, QTextStream &out, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    if (!run.engine.startDemo(options.simulation, 0, options.demoSources)) {
        *error = run.failure();
        return false;
    }
    run.engine.runToEnd(stopAtUs(options));
    showAt(options, run.engine);
    const sim::Simulator &simulator = *run.engine.simulator();
    const DemoFeed &feed = *run.engine.demoFeed();
    const RolloutModel &model = run.engine.model();
    const QLocale locale;
    const sim::Faults faults = simulator.faultsMet(); // not truth(): it builds every phone's bytes
    out << Headless::tr("pfsmon %1: demo rollout of %2 phones (seed %3)")
               .arg(QStringLiteral(PFSMON_VERSION), locale.toString(options.simulation.phones),
                    QString::number(options.simulation.seed))
        << '\n'
        << Headless::tr("Simulated %1 of rollout in %2 ms: %3 records, %4 broadcasts")
               .arg(DisplayFormat::duration(double(simulator.now()) / 1e6, locale), locale.toString(timer.elapsed()),
                    locale.toString(feed.records()), locale.toString(feed.broadcasts()))
        << '\n'
        << Headless::tr("Faults: %1 vanished, %2 stalled, %3 kept to TFTP, %4 never came back")
               .arg(faults.vanish)
               .arg(faults.stall)
               .arg(faults.keepTftp)
               .arg(faults.neverBack)
        << '\n'
        << TextReport::records(model, nullptr, locale) << '\n';
    if (const Ingest *broadcasts = feed.broadcastIngest())
        printXidPlace(broadcasts->counters(), locale, out);
    return true;
}

volatile std::sig_atomic_t g_interrupted = 0;

QString stateName(SourceState state)
{
    switch (state) {
    case SourceState::Off: return Headless::tr("off");
    case SourceState::Listening: return Headless::tr("listening");
    case SourceState::Failed: return Headless::tr("failed");
    case SourceState::Replaying: return Headless::tr("replaying");
    case SourceState::Finished: return Headless::tr("finished");
    case SourceState::Stopped: return Headless::tr("stopped");
    case SourceState::Warning: return Headless::tr("warning");
    }
    return {};
}

// What the capture itself did not keep, when it lost anything.
void printCaptureLosses(const CaptureStats &r, const QLocale &locale, QTextStream &out)
{
    if (r.packetsCut > 0) {
        out << Headless::tr("Snap length %1: %2 packets cut short (%3 PFS, %4 syslog UDP, %5 syslog TCP, %6 other), "
                            "%7 not captured, at least %8 syslog records lost")
                   .arg(locale.toString(r.snapLength), locale.toString(r.packetsCut), locale.toString(r.cutPfs),
                        locale.toString(r.cutSyslogUdp), locale.toString(r.cutSyslogTcp), locale.toString(r.cutOther),
                        DisplayFormat::size(r.bytesNotCaptured, locale), locale.toString(r.syslogRecordsCut))
            << '\n';
    }
    if (r.tcpBytesLost > 0 || r.tcpResyncBytes > 0) {
        out << Headless::tr("TCP streams: %1 missing from the capture, %2 skipped to the next record after a hole")
                   .arg(DisplayFormat::size(r.tcpBytesLost, locale), DisplayFormat::size(r.tcpResyncBytes, locale))
            << '\n';
    }
    if (r.badTimestamps > 0 || r.tcpFlowsOverLimit > 0) {
        out << Headless::tr("%1 packets with impossible timestamps (clamped), %2 TCP segments past the stream limit")
                   .arg(locale.toString(r.badTimestamps), locale.toString(r.tcpFlowsOverLimit))
            << '\n';
    }
}

// `states`: as they were while the session ran (after stop() they read "stopped").
void printSession(const LiveSession &session, const QList<SourceStatus> &states, QTextStream &out)
{
    const QLocale locale;
    const QList<SourceStatus> statuses = session.statuses();
    for (qsizetype n = 0; n < statuses.size(); ++n) {
        const SourceStatus &s = statuses[n];
        const SourceStatus &during = n < states.size() ? states[n] : s;
        if (s.receiveBuffer > 0) {
            out << Headless::tr("Source %1: %2, %3 received, lost in the kernel: %4, dropped by pfsmon: %5, "
                                "receive buffer %6")
                       .arg(visibleText(s.name), stateName(during.state), locale.toString(s.received),
                            locale.toString(s.kernelDrops), locale.toString(s.queueDrops),
                            DisplayFormat::size(s.receiveBuffer, locale));
        } else {
            out << Headless::tr("Source %1: %2, %3 received")
                       .arg(visibleText(s.name), stateName(during.state), locale.toString(s.received));
        }
        if (!during.detail.isEmpty())
            out << " - " << visibleText(during.detail);
        out << '\n';
    }
    const SessionCounters c = session.counters();
    const IngestCounters &i = session.ingest().counters();
    out << Headless::tr("Received %1, dropped %2 (pfsmon's queue full), lost in the kernel %3, ignored %4 (not "
                        "allowed), recorded %5 packets")
               .arg(locale.toString(c.received), locale.toString(c.dropped), locale.toString(c.kernelDrops),
                    locale.toString(c.ignored), locale.toString(c.recorded))
        << '\n'
        << Headless::tr(
               "Syslog: %1 DLoad records, %2 other lines; PFS broadcasts: %3 decoded, %4 undecoded from %5 senders")
               .arg(locale.toString(i.dloadRecords), locale.toString(i.otherSyslogRecords),
                    locale.toString(i.pfsDecoded), locale.toString(i.pfsUndecoded),
                    locale.toString(session.ingest().broadcastSenders().size()))
        << '\n'
        << TextReport::truncatedRecords(i.syslog.truncatedRecords, locale) << '\n';
    printXidPlace(i, locale, out);
    if (i.tcpResyncs || i.tcpOversizedFrames || c.tcpRefused || c.tcpPaused) {
        out << Headless::tr("TCP: %1 connections, %2 refused, %3 pauses for a full queue; %4 oversized frames "
                            "skipped, %5 resynchronisations after malformed frames, %6 bytes discarded")
                   .arg(locale.toString(c.tcpConnections), locale.toString(c.tcpRefused), locale.toString(c.tcpPaused),
                        locale.toString(i.tcpOversizedFrames), locale.toString(i.tcpResyncs),
                        locale.toString(i.tcpDiscardedBytes))
            << '\n';
    }
    if (const CaptureStats *r = session.replayStats()) {
        out << Headless::tr("Capture: %1 packets: %2 PFS, %3 syslog UDP, %4 syslog TCP segments; %5 other traffic "
                            "skipped, %6 malformed, %7 fragments, %8 TCP gaps")
                   .arg(locale.toString(r->packets), locale.toString(r->pfs), locale.toString(r->syslogUdp),
                        locale.toString(r->syslogTcpSegments), locale.toString(r->skipped),
                        locale.toString(r->malformed), locale.toString(r->fragments), locale.toString(r->tcpGaps))
            << '\n';
        printCaptureLosses(*r, locale, out);
        const WireCounters &w = session.wire().counters();
        out << Headless::tr("Wire: %1 downloads from the server (TFTP, HTTP), %2 configuration requests; TCP 4051: "
                            "%3 connections, %4 drawn as tree edges, %5 whose file nothing tells; %6 PFS broadcasts")
                   .arg(locale.toString(w.wanDownloads), locale.toString(w.configRequests),
                        locale.toString(w.peerConnections), locale.toString(w.edges), locale.toString(w.filesUnknown),
                        locale.toString(w.broadcasts))
            << '\n';
    }
}

// Replays a capture through the live path, to its end.
bool runReplay(const Options &options, EngineRun &run, QTextStream &out, QTextStream &err, QString *error)
{
    if (!run.engine.startReplay(options.replayFile, options.speed, sessionConfigFor(options.listen))) {
        *error = run.failure();
        return false;
    }
    run.engine.runToEnd(stopAtUs(options));
    showAt(options, run.engine);
    const LiveSession &session = *run.engine.session();
    const RolloutModel &model = run.engine.model();
    out << Headless::tr("pfsmon %1: replay of %2").arg(QStringLiteral(PFSMON_VERSION), visibleText(options.replayFile))
        << '\n';
    printSession(session, session.statuses(), out);
    if (session.statuses().constLast().state == SourceState::Failed) {
        *error = session.statuses().constLast().detail;
        return false;
    }
    for (const QString &warning : session.replayWarnings())
        err << kProgram << Headless::tr("warning: %1").arg(warning) << Qt::endl;
    out << TextReport::records(model, nullptr, QLocale()) << '\n';
    return true;
}

// Starts listening on the ports, or capturing on the interface. A capture
// that cannot start is one line, its reason and what to do.
bool startListening(const Options &options, EngineRun &run, QTextStream &err, QString *error)
{
    const CaptureOptions &capture = options.listen.capture;
    if (!capture.interface.isEmpty()) {
        if (run.engine.startCapture(sessionConfigFor(options.listen), capture))
            return true;
        *error = run.failure();
        return false;
    }
    const bool listening = run.engine.startLive(sessionConfigFor(options.listen));
    for (const QString &failure : std::as_const(run.failures))
        printError(err, failure);
    if (!listening)
        *error = Headless::tr("no source could listen");
    return listening;
}

// A capture says once on standard error that it runs (scripts wait for
// this line), and ends the run when it fails by itself.
bool watchCapture(const LiveSession &session, bool *announced, QTextStream &err)
{
    if (!session.replayStats())
        return true;
    const SourceStatus status = session.statuses().constLast();
    if (!*announced && status.state == SourceState::Listening) {
        *announced = true;
        err << kProgram << Headless::tr("capturing: %1").arg(visibleText(status.name)) << Qt::endl;
    }
    return status.state != SourceState::Failed;
}

// Listens (or captures) for --duration seconds, or until interrupted.
bool runLive(const Options &options, EngineRun &run, QTextStream &out, QTextStream &err, QString *error)
{
    if (!startListening(options, run, err, error))
        return false;
    g_interrupted = 0;
    std::signal(SIGINT, [](int) { g_interrupted = 1; });
    std::signal(SIGTERM, [](int) { g_interrupted = 1; });
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    bool announced = false;
    bool failed = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        failed = !watchCapture(*run.engine.session(), &announced, err);
        if (failed || g_interrupted
            || (options.durationSeconds > 0 && clock.elapsed() >= qint64(options.durationSeconds * 1000)))
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    const LiveSession &session = *run.engine.session();
    const QList<SourceStatus> states = session.statuses();
    run.engine.stop();
    out << Headless::tr("pfsmon %1: listened for %2")
               .arg(QStringLiteral(PFSMON_VERSION),
                    DisplayFormat::duration(double(clock.elapsed()) / 1000.0, QLocale()))
        << '\n';
    printSession(session, states, out);
    if (failed) {
        *error = states.constLast().detail;
        return false;
    }
    out << TextReport::records(run.engine.model(), nullptr, QLocale()) << '\n';
    return true;
}

// What was read, as the JSON snapshot names it.
QString sourceName(const Options &options)
{
    return options.demo                 ? QStringLiteral("demo")
        : !options.importFile.isEmpty() ? QFileInfo(options.importFile).fileName()
        : !options.replayFile.isEmpty() ? QFileInfo(options.replayFile).fileName()
        : !options.listen.capture.interface.isEmpty() ? options.listen.capture.interface
                                        : QStringLiteral("live");
}

// Where the rollout stands at its last event (`findings`: assessed then), and when it will end.
QString forecastAtEnd(const RolloutModel &model, const QList<Finding> &findings, const BandwidthReport &bandwidth,
                      qint64 wanBitsPerSecond, const QLocale &locale)
{
    const qint64 now = model.lastEventMs();
    const Forecast forecast(model, findings, now);
    return TextReport::forecast(forecast.rollout(), bandwidth, wanBitsPerSecond, locale);
}

bool exportTo(const Options &options, const RolloutModel &model, const BandwidthReport &bandwidth, QString *error)
{
    const std::optional<ExportFormat> format = Exporter::fromName(options.exportFormat);
    if (!format) { // CommandLine::read lets only known formats through
        *error = Headless::tr("unknown export format %1").arg(options.exportFormat);
        return false;
    }
    ExportOptions exportOptions;
    if (!options.exportHierarchy.isEmpty()) {
        const Hierarchy *chosen = HierarchyChoice::find(model, options.exportHierarchy, error);
        if (!chosen)
            return false;
        exportOptions.hierarchy = chosen->id;
    }
    exportOptions.scale = options.exportScale;
    exportOptions.paginate = options.paginate;
    exportOptions.wanBitsPerSecond = options.wanBitsPerSecond;
    const ExportSource source{&model, bandwidth, model.lastEventMs(), sourceName(options)};
    return Exporter::write(source, *format, options.exportFile, exportOptions, error);
}

// --on-finding in a headless run. A replay or a live run feeds it the
// findings of every tick, as the window would; every run then feeds it the
// findings the summary prints, at the end. A demo or an import runs to its
// end at once, so those are all it has: each problem left at the end pages
// once, not the ones the rollout got over on the way.
class AlertRun {
public:
    AlertRun(const Options &options, RolloutEngine &engine, QTextStream &err)
    {
        if (options.onFinding.isEmpty())
            return;
        m_alerts = std::make_unique<FindingAlerts>(options.onFinding);
        QObject::connect(m_alerts.get(), &FindingAlerts::problem, m_alerts.get(),
                         [&err](const QString &message) { printError(err, message); });
        if (options.demo || !options.importFile.isEmpty())
            return;
        FindingAlerts *alerts = m_alerts.get();
        QObject::connect(&engine, &RolloutEngine::snapshotReady, alerts,
                         [alerts, source = sourceName(options)](const std::shared_ptr<const EngineSnapshot> &s) {
                             alerts->update(s->findings, *s->model, s->clockMs, source);
                         });
    }

    // Waits for the commands running (bounded by their timeout), so that no
    // alert is lost when pfsmon exits; then says what was sent and what not.
    void end(const RolloutModel &model, const QString &source, QTextStream &out)
    {
        if (!m_alerts)
            return;
        m_alerts->update(Health::assess(model, model.lastEventMs()), model, model.lastEventMs(), source);
        m_alerts->finish(AlertLimits().timeoutMs);
        out << FindingAlerts::summary(m_alerts->counters(), QLocale()) << Qt::endl;
    }

private:
    std::unique_ptr<FindingAlerts> m_alerts;
};

// --fail-on: false, and one line saying why, when the findings at the end
// are as severe as asked. Info never fails.
bool healthy(const Options &options, const RolloutModel &model, QTextStream &err)
{
    if (!options.failOn)
        return true;
    int errors = 0, warnings = 0;
    for (const Finding &f : Health::assess(model, model.lastEventMs())) {
        errors += f.severity == Finding::Severity::Error;
        warnings += f.severity == Finding::Severity::Warning;
    }
    const bool failing = errors > 0 || (*options.failOn == Finding::Severity::Warning && warnings > 0);
    if (failing) {
        const QLocale locale;
        err << kProgram
            << Headless::tr("failing: %1 errors, %2 warnings (--fail-on %3)")
                   .arg(locale.toString(errors), locale.toString(warnings),
                        QString::fromLatin1(Health::severityKey(*options.failOn).toByteArray()))
            << Qt::endl;
    }
    return !failing;
}

// Reads the source chosen; false, with the reason printed, when it could not.
bool readSource(const Options &options, EngineRun &run, QTextStream &out, QTextStream &err)
{
    QString error;
    bool read = false;
    if (options.demo) {
        warnOfSlowWire(options, err);
        read = runDemo(options, run, out, &error);
    } else if (!options.importFile.isEmpty())
        read = runImport(options, run, out, err, &error);
    else if (!options.replayFile.isEmpty())
        read = runReplay(options, run, out, err, &error);
    else
        read = runLive(options, run, out, err, &error);
    if (!read)
        printError(err, error);
    return read;
}

// The summary of what was read, and the files asked for: 0, or 1 when one could not be written.
int summarise(const Options &options, const RolloutModel &model, QTextStream &out, QTextStream &err)
{
    QString error;
    const QLocale locale;
    const BandwidthReport bandwidth = BandwidthReport::compute(model);
    // Assessed once for the summary, the forecast and the report: each walks every phone.
    const QList<Finding> findings = Health::assess(model, model.lastEventMs());
    out << TextReport::hierarchies(model, locale, options.demo ? 2 : -1) << '\n';
    if (!model.senders().isEmpty()) // only live and replayed syslog has senders
        out << TextReport::relays(model, locale) << '\n';
    out << TextReport::bandwidth(bandwidth, options.wanBitsPerSecond, locale) << '\n'
        << TextReport::anomalies(model) << '\n'
        << TextReport::findings(findings, model, locale) << '\n'
        << forecastAtEnd(model, findings, bandwidth, options.wanBitsPerSecond, locale) << Qt::endl;
    if (const QString inventory = TextReport::inventory(model, locale); !inventory.isEmpty())
        out << inventory << Qt::endl;
    if (!options.reportFile.isEmpty()) {
        const SnapshotContext context{sourceName(options), options.wanBitsPerSecond, &findings};
        if (!Snapshot::write(model, bandwidth, context, options.reportFile, &error)) {
            printError(err, error);
            return Headless::kBadInput;
        }
        out << Headless::tr("Snapshot written to %1").arg(visibleText(options.reportFile)) << Qt::endl;
    }
    if (!options.exportFormat.isEmpty()) {
        if (!exportTo(options, model, bandwidth, &error)) {
            printError(err, error);
            return Headless::kBadInput;
        }
        out << Headless::tr("Exported %1 to %2").arg(options.exportFormat, visibleText(options.exportFile)) << Qt::endl;
    }
    return Headless::kOk;
}

} // namespace

int Headless::run(const Options &options, QTextStream &out, QTextStream &err)
{
    FirmwareCatalogue catalogue;
    QString error;
    if (!loadCatalogue(options, &catalogue, &error)) {
        printError(err, error);
        return kBadInput;
    }
    EngineRun run(catalogue, options.subnetPrefix);
    run.engine.keepTimeline(options.atSeconds >= 0); // the summary is at the end, unless --at
    if (!options.inventoryFile.isEmpty() && !loadInventory(options.inventoryFile, run.engine, out, &error)) {
        printError(err, error);
        return kBadInput;
    }
    AlertRun alerts(options, run.engine, err);
    const bool read = readSource(options, run, out, err);
    const RolloutModel &model = run.engine.model(); // each run starts a model of its own
    const int status = read ? summarise(options, model, out, err) : 1;
    alerts.end(model, sourceName(options), out);
    if (status == 0 && !healthy(options, model, err))
        return kUnhealthy;
    return status;
}

} // namespace pfs
