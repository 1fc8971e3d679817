// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

#include "app/common/commandlinespec.h"
#include "capture/livesession.h"
#include "engine/demofeed.h"
#include "engine/timeline.h"
#include "health/health.h"
#include "sim/simulator.h"

// pfsmon's command line. Built by a function that tests call too: parse()
// plus errorText() there, process() only in main().
namespace pfs {

struct Options {
    bool headless = false;
    bool demo = false;
    sim::Config simulation;
    DemoSources demoSources = DemoSources::Both; // what the demo's console hears: traces, the wire, or both
    QString importFile;
    QString reportFile;
    QString catalogueFile;
    // Capture: live sources and replay.
    bool live = false;
    QString replayFile;
    double speed = kDefaultSpeed; // the demo's and a replay's pace; 0: as fast as possible
    bool speedGiven = false;
    ListenOptions listen;        // --bind, the ports, --allow, --record, --interface…: sessionConfigFor() them
    double durationSeconds = -1; // headless live: stop after that long
    // Export
    QString exportFormat; // png, svg, pdf, json, csv, dot
    QString exportFile;
    double atSeconds = -1;   // demo or replay: export the state at this point
    QString inventoryFile;   // the site's phone list (CSV); empty: none
    QString exportHierarchy; // the hierarchy to draw (HierarchyChoice); empty: all
    double exportScale = 2.0;
    bool paginate = false;
    int subnetPrefix = 24;
    qint64 wanBitsPerSecond = 2'000'000;
    // Health (issue #14): headless, exit with Headless::kUnhealthy on findings this severe or worse.
    std::optional<Finding::Severity> failOn;
    QStringList onFinding; // --on-finding: the program and its arguments; empty: none
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // The options, --help and the man page's text: one table (CommandLineSpec).
    static CommandLineSpec spec();
    static void setUp(QCommandLineParser &parser);
    // False with `error` set when an option's value is wrong.
    static bool read(const QCommandLineParser &parser, Options *options, QString *error);

    static bool readCapture(const QCommandLineParser &parser, Options *options, QString *error);
    static bool readInterfaceCapture(const QCommandLineParser &parser, CaptureOptions *capture, QString *error);
    static bool readExport(const QCommandLineParser &parser, Options *options, QString *error);
    static bool readHealth(const QCommandLineParser &parser, Options *options, QString *error);
    static bool readFileArgument(const QCommandLineParser &parser, Options *options, QString *error);
    // Formats drawn from the trees: the program then needs Qt GUI (fonts), not widgets.
    static bool isImageFormat(const QString &format);

    // Cheap look at argv before any QCoreApplication exists, to choose one.
    static bool wantsHeadless(int argc, char **argv);
    static bool wantsImageExport(int argc, char **argv);
    // Whether a window can open: a display (X11, Wayland) or a platform chosen by hand.
    static bool hasDisplay();
    static QString noDisplayMessage();

private:
    static QList<ManSection> manSections();
};

} // namespace pfs
