// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// pfsmon(1)'s prose beyond the options: kept beside the command line it
// speaks of, translated with it, written into the man pages at build time.
#include "app/pfsmon/commandline.h"
#include "app/pfsmon/headless.h"

namespace pfs {

namespace {

using Kind = ManBlock::Kind;

ManBlock text(const QString &text)
{
    return {Kind::Text, {}, text};
}

ManBlock example(const QString &lines)
{
    return {Kind::Example, {}, lines};
}

ManBlock item(const QString &term, const QString &text)
{
    return {Kind::Item, term, text};
}

} // namespace

static ManSection exitStatus()
{
    return {CommandLine::tr("EXIT STATUS"),
            {item(QString::number(Headless::kOk),
                  CommandLine::tr("The run went through: the window was closed, or the headless summary printed.")),
             item(QString::number(Headless::kBadInput),
                  CommandLine::tr("Input or output failed: a file that cannot be read or written, a capture or a "
                                  "port that cannot be opened. The message says which.")),
             item(QString::number(Headless::kBadCommandLine),
                  CommandLine::tr("The command line is wrong; the message names the option.")),
             item(QString::number(Headless::kUnhealthy),
                  CommandLine::tr("Headless with --fail-on: the rollout ended with findings that severe."))}};
}

static ManSection capturePermissions()
{
    return {CommandLine::tr("CAPTURE PERMISSIONS"),
            {text(CommandLine::tr(
                 "pfsmon only listens: it never sends on the phones' network. Capturing on an interface "
                 "(--interface, or Capture > Settings in the window) needs a privilege that the package does not "
                 "give by default, the way Wireshark is packaged: the program is neither setuid nor given "
                 "capabilities, and the window never needs to run as root.")),
             text(CommandLine::tr(
                 "The recommended way is Wireshark's dumpcap, which pfsmon runs whenever the user may: install "
                 "it, let non-superusers capture (answer Yes), join the wireshark group, then log in again:")),
             example(QStringLiteral("sudo apt install wireshark-common\n"
                                    "sudo dpkg-reconfigure wireshark-common\n"
                                    "sudo usermod -aG wireshark \"$USER\"")),
             text(CommandLine::tr(
                 "The alternative, opt-in, gives pfsmon itself the capture capabilities. Every user who may run "
                 "pfsmon can then capture on every interface, and an upgrade of the package takes the "
                 "capabilities away again (give them again after it). To give them, and to take them back:")),
             example(QStringLiteral("sudo setcap cap_net_raw,cap_net_admin=eip \"$(command -v pfsmon)\"\n"
                                    "sudo setcap -r \"$(command -v pfsmon)\"")),
             text(CommandLine::tr(
                 "Without either, pfsmon still reads the phones' syslog (--listen), files (--import, --replay) "
                 "and its demo; a capture that may not start says so in one line, with both remedies."))}};
}

static ManSection files()
{
    return {CommandLine::tr("FILES"),
            {item(QStringLiteral("~/.config/pfsmon/pfsmon.conf"),
                  CommandLine::tr("The window's settings: its language, the capture settings, the folders last "
                                  "used, the layout.")),
             text(CommandLine::tr("The firmware catalogue (the phone models, their files and sizes) and the "
                                  "translations are built into the program; --catalogue reads another "
                                  "catalogue."))}};
}

static ManSection environment()
{
    return {CommandLine::tr("ENVIRONMENT"),
            {item(QStringLiteral("LC_ALL, LC_MESSAGES, LANG"),
                  CommandLine::tr("The language when neither --lang nor the window's own choice gives one: French "
                                  "for a French locale, else English.")),
             item(QStringLiteral("QT_QPA_PLATFORM"),
                  CommandLine::tr("Qt's display platform; offscreen draws without a display (headless image "
                                  "exports choose it themselves)."))}};
}

static ManSection examples()
{
    return {CommandLine::tr("EXAMPLES"),
            {text(CommandLine::tr("Watch the built-in simulated rollout in the window:")),
             example(QStringLiteral("pfsmon --demo")),
             text(CommandLine::tr("Open a capture taken on the site's mirror port:")),
             example(QStringLiteral("pfsmon site.pcapng")),
             text(CommandLine::tr("Read a site's log without a window and write the JSON report:")),
             example(QStringLiteral("pfsmon --headless --import phones.log --report rollout.json")),
             text(CommandLine::tr("Capture on the mirror port for ten minutes and record what was seen:")),
             example(QStringLiteral("pfsmon --headless --interface eth1 --record site.pcap --duration 600")),
             text(CommandLine::tr("Draw the demo's trees five minutes in, as a PDF:")),
             example(QStringLiteral("pfsmon --headless --demo --at 300 --export pdf --output trees.pdf"))}};
}

QList<ManSection> CommandLine::manSections()
{
    return {exitStatus(),
            capturePermissions(),
            files(),
            environment(),
            examples(),
            {tr("SEE ALSO"), {text(QStringLiteral("pfssim(1), dumpcap(1), wireshark(1), tcpdump(8), setcap(8)"))}}};
}

} // namespace pfs
