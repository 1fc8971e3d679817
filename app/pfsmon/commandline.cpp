// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/pfsmon/commandline.h"
#include "alert/findingalerts.h"
#include "app/common/simulationoptions.h"
#include "capture/pcapreader.h"
#include "export/exporter.h"

#include <QHostAddress>
#include <QLocale>

#include <cstring>

namespace pfs {

void CommandLine::setUp(QCommandLineParser &parser)
{
    spec().applyTo(parser);
}

CommandLineSpec CommandLine::spec()
{
    CommandLineSpec spec;
    spec.program = QStringLiteral("pfsmon");
    spec.summary = tr("watch a Cisco IP phone firmware rollout that uses Peer Firmware Sharing");
    spec.description = tr("Watches a Cisco Peer Firmware Sharing (PFS) rollout: rebuilds the distribution trees "
                          "from the phones' DLoad traces and shows the WAN bandwidth saved.");
    spec.synopses = {tr("[options] [file]"),
                     tr("--headless {--demo | --import file | --replay file | --listen | --interface name} [options]")};
    spec.options = {
        {QStringLiteral("headless"), tr("Run without a window and print a summary.")},
        {QStringLiteral("lang"),
         tr("Language of the console and its output: en or fr (default: as before, else the system's)."),
         QStringLiteral("en|fr")},
        {QStringLiteral("import"), tr("Read a console-log or syslog text file of DLoad traces."), tr("file")},
        {QStringLiteral("demo"), tr("Watch the built-in simulated rollout.")},
        {QStringLiteral("demo-sources"),
         tr("What the demo's console hears: traces (the phones' syslog records), wire (the traffic a mirror port "
            "sees: TFTP, TCP 4051, broadcasts), both (default), or site: what a real site gives, the wire and only "
            "the traces real phones print."),
         QStringLiteral("traces|wire|both|site"), QStringLiteral("both")},
        {QStringLiteral("replay"),
         tr("Replay a capture (pcap or pcapng) or a recording through the live path; - (standard input) or a FIFO "
            "is read as it arrives, e.g. from ssh host tcpdump -U -w -."),
         tr("file")},
        {QStringLiteral("speed"),
         tr("Pace of the demo and of a replay: N times the rollout's own clock, or max (default %1).")
             .arg(QLocale().toString(kDefaultSpeed)),
         QStringLiteral("N|max"), QString::number(kDefaultSpeed)},
        {QStringLiteral("listen"), tr("Listen live on the default ports (PFS UDP 4051, syslog UDP 514).")},
        {QStringLiteral("pfs-port"), tr("UDP port of the PFS broadcasts to listen to, 0 for none (default 4051)."),
         tr("port"), QString::number(kPfsPort)},
        {QStringLiteral("syslog-udp"), tr("UDP port to receive syslog on, 0 for none (default 514)."), tr("port"),
         QString::number(kSyslogUdpPort)},
        {QStringLiteral("syslog-tcp"), tr("TCP port to receive syslog on (RFC 6587), 0 for none (default 0)."),
         tr("port"), QStringLiteral("0")},
        {QStringLiteral("bind"), tr("Address to listen on (default 0.0.0.0, every interface)."), tr("address"),
         QStringLiteral("0.0.0.0")},
        {QStringLiteral("allow"), tr("Only take traffic from this subnet (repeatable), e.g. 10.20.0.0/16."),
         tr("subnet")},
        {QStringLiteral("interface"),
         tr("Capture on this network interface (a SPAN or mirror port, the voice VLAN): passive, nothing is sent."),
         tr("name")},
        {QStringLiteral("capture-filter"),
         tr("Capture filter (BPF) for --interface (default: %1).").arg(QLatin1String(kDefaultCaptureFilter)),
         tr("filter"), QLatin1String(kDefaultCaptureFilter)},
        {QStringLiteral("capture-with"),
         tr("How to capture: auto (Wireshark's dumpcap when the user may run it, else libpcap), dumpcap or libpcap."),
         QStringLiteral("auto|dumpcap|libpcap"), QStringLiteral("auto")},
        {QStringLiteral("record"), tr("Record everything received into this capture file (pcap)."), tr("file.pcap")},
        {QStringLiteral("duration"), tr("Headless live run: stop after this many seconds and print the summary."),
         tr("seconds")},
        {QStringLiteral("export"), tr("Export the rollout: png, svg, pdf (the tree), json, csv or dot."), tr("format")},
        {QStringLiteral("output"), tr("File the export is written to."), tr("file")},
        {QStringLiteral("at"),
         tr("With --demo, --replay or --import: the state this many seconds into the rollout (the summary and the "
            "export)."),
         tr("seconds")},
        {QStringLiteral("hierarchy"),
         tr("The hierarchy to draw or export (all by default): its XID (XID080027F8), the file it distributes "
            "(with @SUBNET when several subnets share it, e.g. SCCP41.9-4-2SR3-1S.loads@10.20.0.0/24: what a "
            "capture's own trees, which have no XID, are known by), or its number in the JSON report."),
         tr("hierarchy")},
        {QStringLiteral("scale"), tr("PNG export: pixels per tree unit (default 2)."), tr("factor"),
         QStringLiteral("2")},
        {QStringLiteral("paginate"), tr("PDF export: spread the tree over pages instead of fitting one page.")},
        {QStringLiteral("report"), tr("Write the rollout as a JSON snapshot (pfsmon.snapshot/3)."), tr("file.json")},
        {QStringLiteral("inventory"),
         tr("The site's phone list, as CUCM exports it (CSV): every phone listed is expected, and the report says "
            "which were never heard."),
         tr("file.csv")},
        {QStringLiteral("catalogue"), tr("Use this firmware catalogue (JSON) instead of the built-in one."),
         tr("file.json")},
        {QStringLiteral("subnet-prefix"), tr("Prefix length of the phones' subnets (default 24)."), tr("bits"),
         QStringLiteral("24")},
        {QStringLiteral("wan-rate"), tr("WAN link rate for the time estimates, in bit/s (default 2000000)."),
         tr("bit/s"), QStringLiteral("2000000")},
        {QStringLiteral("fail-on"),
         tr("Headless: exit with status 3 when the rollout ends with findings this severe: warning (warnings or "
            "errors) or error (errors only). Exit status: 0 healthy, 1 bad input or output, 2 bad command line, "
            "3 unhealthy."),
         QStringLiteral("error|warning")},
        {QStringLiteral("on-finding"),
         tr("Run this command for each new warning or error, the finding as one line of JSON on its standard "
            "input. Split into program and arguments (group with double quotes), never run by a shell. At most "
            "%1 at once, bursts of %2 then %3 a minute, %4 waiting; beyond that alerts are dropped and counted; "
            "killed after %5 s.")
             .arg(AlertLimits().maxRunning)
             .arg(AlertLimits().burst)
             .arg(AlertLimits().perMinute)
             .arg(AlertLimits().maxQueued)
             .arg(AlertLimits().timeoutMs / 1000),
         tr("command")},
    };
    spec.options += SimulationOptions::options(200);
    spec.positionals = {{tr("file"),
                         tr("A capture (pcap or pcapng) to replay, else a console or syslog log to import, told "
                            "apart by their content, not their name. The desktop passes a file opened with pfsmon "
                            "this way."),
                         tr("[file]")}};
    spec.manSections = manSections();
    return spec;
}

static bool readPort(const QCommandLineParser &parser, const QString &name, int *port, QString *error)
{
    bool ok = false;
    *port = parser.value(name).toInt(&ok);
    if (ok && *port >= 0 && *port <= 65535)
        return true;
    *error = CommandLine::tr("--%1 must be a port number from 0 to 65535").arg(name);
    return false;
}

bool CommandLine::readInterfaceCapture(const QCommandLineParser &parser, CaptureOptions *capture, QString *error)
{
    capture->interface = parser.value(QStringLiteral("interface"));
    capture->filter = parser.value(QStringLiteral("capture-filter"));
    const QString with = parser.value(QStringLiteral("capture-with"));
    const QStringList backends{QStringLiteral("auto"), QStringLiteral("dumpcap"), QStringLiteral("libpcap")};
    if (!backends.contains(with)) {
        *error = tr("--capture-with takes auto, dumpcap or libpcap");
        return false;
    }
    capture->backend = CaptureOptions::Backend(backends.indexOf(with));
    if (capture->interface.isEmpty()
        && (parser.isSet(QStringLiteral("capture-filter")) || parser.isSet(QStringLiteral("capture-with")))) {
        *error = tr("--capture-filter and --capture-with go with --interface");
        return false;
    }
    return capture->interface.isEmpty() || CaptureFeed::checkFilter(capture->filter, error);
}

bool CommandLine::readCapture(const QCommandLineParser &parser, Options *options, QString *error)
{
    options->replayFile = parser.value(QStringLiteral("replay"));
    options->speedGiven = parser.isSet(QStringLiteral("speed"));
    const QString speed = parser.value(QStringLiteral("speed"));
    bool ok = speed == QLatin1String("max");
    options->speed = ok ? 0.0 : speed.toDouble(&ok);
    if (!ok || options->speed < 0) {
        *error = tr("--speed takes a positive number or max");
        return false;
    }
    if (!readPort(parser, QStringLiteral("pfs-port"), &options->listen.pfsPort, error)
        || !readPort(parser, QStringLiteral("syslog-udp"), &options->listen.syslogUdpPort, error)
        || !readPort(parser, QStringLiteral("syslog-tcp"), &options->listen.syslogTcpPort, error))
        return false;
    options->listen.bind = parser.value(QStringLiteral("bind"));
    if (QHostAddress(options->listen.bind).protocol() != QAbstractSocket::IPv4Protocol) {
        *error = tr("--bind takes an IPv4 address, e.g. 0.0.0.0 or 127.0.0.1");
        return false;
    }
    options->listen.allow = parser.values(QStringLiteral("allow"));
    for (const QString &subnet : std::as_const(options->listen.allow)) {
        if (QHostAddress::parseSubnet(subnet).first.isNull()) {
            *error = tr("--allow takes a subnet such as 10.20.0.0/16, not %1").arg(subnet);
            return false;
        }
    }
    options->listen.recordFile = parser.value(QStringLiteral("record"));
    if (!readInterfaceCapture(parser, &options->listen.capture, error))
        return false;
    if (parser.isSet(QStringLiteral("duration"))) {
        options->durationSeconds = parser.value(QStringLiteral("duration")).toDouble(&ok);
        if (!ok || options->durationSeconds <= 0) {
            *error = tr("--duration takes a positive number of seconds");
            return false;
        }
    }
    for (const char *name : {"listen", "pfs-port", "syslog-udp", "syslog-tcp", "record", "duration", "bind"})
        options->live = options->live || parser.isSet(QLatin1String(name));
    return true;
}

bool CommandLine::isImageFormat(const QString &format)
{
    const std::optional<ExportFormat> known = Exporter::fromName(format);
    return known && Exporter::isImage(*known);
}

bool CommandLine::readExport(const QCommandLineParser &parser, Options *options, QString *error)
{
    options->exportFormat = parser.value(QStringLiteral("export")).toLower();
    options->exportFile = parser.value(QStringLiteral("output"));
    if (!options->exportFormat.isEmpty() && !Exporter::fromName(options->exportFormat)) {
        QStringList formats;
        for (const ExportFormat format : Exporter::formats())
            formats.append(Exporter::name(format));
        *error = tr("--export takes one of %1").arg(formats.join(QLatin1String(", ")));
        return false;
    }
    if (options->exportFormat.isEmpty() != options->exportFile.isEmpty()) {
        *error = tr("--export FORMAT and --output FILE go together");
        return false;
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("at"))) {
        options->atSeconds = parser.value(QStringLiteral("at")).toDouble(&ok);
        if (!ok || options->atSeconds < 0) {
            *error = tr("--at takes a number of seconds");
            return false;
        }
    }
    options->exportHierarchy = parser.value(QStringLiteral("hierarchy")); // found once the rollout is read
    options->exportScale = parser.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || options->exportScale <= 0 || options->exportScale > 16) {
        *error = tr("--scale takes a number from 0.1 to 16");
        return false;
    }
    options->paginate = parser.isSet(QStringLiteral("paginate"));
    return true;
}

bool CommandLine::readHealth(const QCommandLineParser &parser, Options *options, QString *error)
{
    if (parser.isSet(QStringLiteral("fail-on"))) {
        const QString level = parser.value(QStringLiteral("fail-on"));
        if (level != QLatin1String("error") && level != QLatin1String("warning")) {
            *error = tr("--fail-on takes error or warning");
            return false;
        }
        if (!options->headless) {
            *error = tr("--fail-on goes with --headless");
            return false;
        }
        options->failOn = level == QLatin1String("error") ? Finding::Severity::Error : Finding::Severity::Warning;
    }
    return !parser.isSet(QStringLiteral("on-finding"))
        || FindingAlerts::parseCommand(parser.value(QStringLiteral("on-finding")), &options->onFinding, error);
}

// `pfsmon FILE`, as the desktop and file managers start it: a capture is
// replayed, anything else imported as a log (both say what is wrong with it).
bool CommandLine::readFileArgument(const QCommandLineParser &parser, Options *options, QString *error)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return true;
    if (files.size() > 1) {
        *error = tr("one file at a time: %1 is one too many").arg(files.at(1));
        return false;
    }
    if (!options->importFile.isEmpty() || !options->replayFile.isEmpty()) {
        *error = tr("choose one source: --demo, --import, --replay, --interface or live listening");
        return false;
    }
    const QString &file = files.constFirst();
    if (file == QLatin1String("-") || PcapReader::looksLikeCapture(file))
        options->replayFile = file;
    else
        options->importFile = file;
    return true;
}

bool CommandLine::read(const QCommandLineParser &parser, Options *options, QString *error)
{
    options->headless = parser.isSet(QStringLiteral("headless"));
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("fr")) {
        *error = tr("--lang takes en or fr");
        return false;
    }
    options->demo = parser.isSet(QStringLiteral("demo"));
    if (!SimulationOptions::read(parser, &options->simulation, error))
        return false;
    const std::optional<DemoSources> demoSources
        = sim::wireSourcesFromName(parser.value(QStringLiteral("demo-sources")));
    if (!demoSources) {
        *error = tr("--demo-sources takes traces, wire, both or site");
        return false;
    }
    options->demoSources = *demoSources;
    options->importFile = parser.value(QStringLiteral("import"));
    options->reportFile = parser.value(QStringLiteral("report"));
    options->catalogueFile = parser.value(QStringLiteral("catalogue"));
    options->inventoryFile = parser.value(QStringLiteral("inventory"));
    bool ok = false;
    options->subnetPrefix = parser.value(QStringLiteral("subnet-prefix")).toInt(&ok);
    if (!ok || options->subnetPrefix < 8 || options->subnetPrefix > 32) {
        *error = tr("--subnet-prefix must be a number from 8 to 32");
        return false;
    }
    options->wanBitsPerSecond = parser.value(QStringLiteral("wan-rate")).toLongLong(&ok);
    if (!ok || options->wanBitsPerSecond <= 0) {
        *error = tr("--wan-rate must be a positive number of bits per second");
        return false;
    }
    options->simulation.wanBitsPerSecond = options->wanBitsPerSecond;
    if (!readCapture(parser, options, error) || !readExport(parser, options, error)
        || !readHealth(parser, options, error))
        return false;
    if (!readFileArgument(parser, options, error))
        return false;
    const bool capture = !options->listen.capture.interface.isEmpty();
    const int sources = int(options->demo) + int(!options->importFile.isEmpty()) + int(!options->replayFile.isEmpty())
        + int(capture) + int(options->live && options->replayFile.isEmpty() && !capture);
    if (sources > 1) {
        *error = tr("choose one source: --demo, --import, --replay, --interface or live listening");
        return false;
    }
    if (options->headless && sources == 0) {
        *error = tr("--headless needs something to read: --import FILE, --replay FILE, --demo, --listen or "
                    "--interface IF");
        return false;
    }
    return true;
}

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "--help") == 0
            || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--version") == 0
            || std::strcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

} // namespace pfs

namespace pfs {

bool CommandLine::hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QString CommandLine::noDisplayMessage()
{
    return tr("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run pfsmon in a desktop "
              "session, or without a window with --headless");
}

bool CommandLine::wantsImageExport(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--export") == 0)
            return isImageFormat(QString::fromLocal8Bit(argv[i + 1]).toLower());
    }
    return false;
}

} // namespace pfs
