// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/pfssim/simcommandline.h"
#include "app/common/simulationoptions.h"
#include "i18n/language.h"

#include <QCoreApplication>

namespace pfs {

CommandLineSpec SimCommandLine::spec()
{
    CommandLineSpec spec;
    spec.program = QStringLiteral("pfssim");
    spec.summary = QCoreApplication::translate("pfssim", "simulate a Cisco Peer Firmware Sharing rollout");
    spec.description = QCoreApplication::translate(
        "pfssim",
        "Simulates a Cisco PFS firmware rollout and sends what its phones would: DLoad traces over "
        "syslog and PFS broadcasts. It sends only to the addresses given (loopback by default).");
    spec.synopses = {QCoreApplication::translate("pfssim", "[options]"),
                     QCoreApplication::translate("pfssim", "--out file | --pcap file [options]")};
    spec.options = {
        {QStringLiteral("lang"),
         QCoreApplication::translate("pfssim", "Language of the output: en or fr (default: the system's)."),
         QStringLiteral("en|fr")},
        {QStringLiteral("syslog"),
         QCoreApplication::translate("pfssim", "Syslog destination (default 127.0.0.1:5514)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:5514")},
        {QStringLiteral("tcp"),
         QCoreApplication::translate("pfssim", "Send syslog over TCP (RFC 6587 octet counting).")},
        {QStringLiteral("pfs"),
         QCoreApplication::translate("pfssim", "PFS broadcast destination (default 127.0.0.1:4051)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:4051")},
        {QStringLiteral("speed"), QCoreApplication::translate("pfssim", "Pace: N times real time, or max (default 1)."),
         QStringLiteral("N|max"), QStringLiteral("1")},
        {QStringLiteral("rate"),
         QCoreApplication::translate("pfssim",
                                     "At most this many UDP datagrams a second, 0 for no limit (default 20000)."),
         QStringLiteral("N"), QStringLiteral("20000")},
        {QStringLiteral("out"),
         QCoreApplication::translate("pfssim", "Write the syslog lines to this file instead of sending."),
         QStringLiteral("file")},
        {QStringLiteral("pcap"),
         QCoreApplication::translate("pfssim",
                                     "Write what a mirror port on the site's switch would capture (syslog, TFTP, "
                                     "TCP 4051, PFS broadcasts) into this pcap file instead of sending, "
                                     "as fast as possible."),
         QStringLiteral("file")},
        {QStringLiteral("snaplen"),
         QCoreApplication::translate("pfssim",
                                     "With --pcap: keep at most N bytes of each frame (default %1: every header, "
                                     "syslog line, TFTP request and broadcast whole, only the firmware data cut, "
                                     "about 2 MB a phone; 96: every header, half that; 65535: whole frames, "
                                     "about 10 MB a phone). Byte counts survive any cut.")
             .arg(sim::WireOptions::kDefaultSnapLength),
         QStringLiteral("N"), QString::number(sim::WireOptions::kDefaultSnapLength)},
        {QStringLiteral("sources"),
         QCoreApplication::translate("pfssim",
                                     "With --pcap: traces (the syslog datagrams), wire (TFTP, TCP 4051, "
                                     "broadcasts), both (default), or site: the wire and only the traces real "
                                     "phones print (the verified root-side lines)."),
         QStringLiteral("traces|wire|both|site"), QStringLiteral("both")},
    };
    spec.options += SimulationOptions::options(200);
    spec.manSections = manSections();
    return spec;
}

bool SimCommandLine::readCaptureOptions(const QCommandLineParser &parser, SimOptions *options, QString *error)
{
    options->pcapFile = parser.value(QStringLiteral("pcap"));
    if (!options->pcapFile.isEmpty() && parser.isSet(QStringLiteral("out"))) {
        *error = QCoreApplication::translate("pfssim", "--pcap and --out exclude each other: give one of them");
        return false;
    }
    bool ok = false;
    options->wire.snapLength = parser.value(QStringLiteral("snaplen")).toInt(&ok);
    if (!ok || options->wire.snapLength < sim::FrameWriter::kMinSnapLength
        || options->wire.snapLength > sim::FrameWriter::kMaxSnapLength) {
        *error = QCoreApplication::translate("pfssim", "--snaplen takes a number of bytes from %1 to %2")
                     .arg(sim::FrameWriter::kMinSnapLength)
                     .arg(sim::FrameWriter::kMaxSnapLength);
        return false;
    }
    const std::optional<sim::WireSources> sources = sim::wireSourcesFromName(parser.value(QStringLiteral("sources")));
    if (!sources) {
        *error = QCoreApplication::translate("pfssim", "--sources takes traces, wire, both or site");
        return false;
    }
    options->wire.sources = *sources;
    return true;
}

bool SimCommandLine::read(const QCommandLineParser &parser, SimOptions *options, QString *error)
{
    if (!SimulationOptions::read(parser, &options->config, error))
        return false;
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !Language::available().contains(lang)) {
        *error = QCoreApplication::translate("pfssim", "--lang takes en or fr");
        return false;
    }
    SendTargets &t = options->targets;
    if (!SimulationSender::parseTarget(parser.value(QStringLiteral("syslog")), &t.syslogHost, &t.syslogPort)
        || !SimulationSender::parseTarget(parser.value(QStringLiteral("pfs")), &t.pfsHost, &t.pfsPort)) {
        *error = QCoreApplication::translate("pfssim",
                                             "--syslog and --pfs take an address and a port, e.g. 127.0.0.1:5514");
        return false;
    }
    t.syslogTcp = parser.isSet(QStringLiteral("tcp"));
    bool ok = false;
    t.maxRate = parser.value(QStringLiteral("rate")).toInt(&ok);
    if (!ok || t.maxRate < 0) {
        *error = QCoreApplication::translate("pfssim", "--rate takes a number of datagrams a second, 0 for no limit");
        return false;
    }
    t.outFile = parser.value(QStringLiteral("out"));
    if (!readCaptureOptions(parser, options, error))
        return false;
    const QString speed = parser.value(QStringLiteral("speed"));
    ok = speed == QLatin1String("max");
    t.speed = ok ? 0.0 : speed.toDouble(&ok);
    if (!ok || t.speed < 0) {
        *error = QCoreApplication::translate("pfssim", "--speed takes a positive number or max");
        return false;
    }
    return true;
}

QList<ManSection> SimCommandLine::manSections()
{
    using Kind = ManBlock::Kind;
    return {
        {QCoreApplication::translate("pfssim", "NETWORK"),
         {{Kind::Text,
           {},
           QCoreApplication::translate(
               "pfssim",
               "pfssim sends only to the addresses it is given, 127.0.0.1 by default: syslog to port 5514 (a port "
               "any user may open) and the PFS broadcasts to 4051. It never listens and never captures. With --out "
               "or --pcap it sends nothing at all and writes a file instead.")}}},
        {QCoreApplication::translate("pfssim", "EXIT STATUS"),
         {{Kind::Item, QStringLiteral("0"),
           QCoreApplication::translate("pfssim", "The rollout was played out or written.")},
          {Kind::Item, QStringLiteral("1"),
           QCoreApplication::translate("pfssim", "A socket or a file could not be used; the message says which.")},
          {Kind::Item, QStringLiteral("2"),
           QCoreApplication::translate("pfssim", "The command line is wrong; the message names the option.")}}},
        {QCoreApplication::translate("pfssim", "EXAMPLES"),
         {{Kind::Text,
           {},
           QCoreApplication::translate(
               "pfssim", "Play a 200-phone rollout at 20 times real time to a pfsmon listening on loopback:")},
          {Kind::Example,
           {},
           QStringLiteral("pfsmon --listen --bind 127.0.0.1 --syslog-udp 5514 &\n"
                          "pfssim --phones 200 --speed 20")},
          {Kind::Text,
           {},
           QCoreApplication::translate(
               "pfssim", "Write what a mirror port would capture of a rollout with two stalls, then open it:")},
          {Kind::Example,
           {},
           QStringLiteral("pfssim --phones 200 --fault-stall 2 --pcap rollout.pcap\n"
                          "pfsmon rollout.pcap")}}},
        {QCoreApplication::translate("pfssim", "SEE ALSO"), {{Kind::Text, {}, QStringLiteral("pfsmon(1)")}}},
    };
}

} // namespace pfs
