// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "alert/findingalerts.h"
#include "app/pfsmon/commandline.h"
#include "app/pfsmon/headless.h"
#include "engine/inventoryfile.h"
#include "i18n/language.h"
#include "protocol/visibletext.h"
#include "ui/desktopidentity.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>
#include <QThread>

#include <memory>

namespace {

// --on-finding in the window: the findings of every snapshot the engine hands it.
std::unique_ptr<pfs::FindingAlerts> watchFindings(pfs::RolloutEngine *engine, const pfs::Options &options)
{
    if (options.onFinding.isEmpty())
        return {};
    auto alerts = std::make_unique<pfs::FindingAlerts>(options.onFinding);
    QObject::connect(alerts.get(), &pfs::FindingAlerts::problem, alerts.get(),
                     [](const QString &message) { QTextStream(stderr) << "pfsmon: " << message << Qt::endl; });
    pfs::FindingAlerts *receiver = alerts.get();
    QObject::connect(
        engine, &pfs::RolloutEngine::snapshotReady, receiver,
        [receiver](const std::shared_ptr<const pfs::EngineSnapshot> &s) {
            receiver->update(s->findings, *s->model, s->clockMs, s->source);
        },
        Qt::QueuedConnection);
    return alerts;
}

// The window runs with its data engine in a worker thread.
int runWindow(QApplication &app, const pfs::Options &options)
{
    pfs::FirmwareCatalogue catalogue = pfs::FirmwareCatalogue::builtIn();
    QString error;
    if (!options.catalogueFile.isEmpty() && !catalogue.loadFile(options.catalogueFile, &error)) {
        QTextStream(stderr) << "pfsmon: " << error << Qt::endl;
        return pfs::Headless::kBadInput;
    }
    QThread worker;
    worker.setObjectName(QStringLiteral("pfsmon engine"));
    auto *engine = new pfs::RolloutEngine(catalogue, options.subnetPrefix);
    if (!options.inventoryFile.isEmpty()) { // before the engine's thread owns it
        pfs::InventoryFile inventory;
        if (!pfs::readInventoryFile(options.inventoryFile, &inventory, &error)) {
            QTextStream(stderr) << "pfsmon: " << pfs::visibleText(error) << Qt::endl;
            delete engine;
            return pfs::Headless::kBadInput;
        }
        engine->setInventory(inventory.phones);
    }
    const std::unique_ptr<pfs::FindingAlerts> alerts = watchFindings(engine, options);
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
    worker.start();
    int status = 0;
    pfs::DesktopIdentity::apply();
    {
        pfs::MainWindow window(engine);
        window.show();
        // At --speed, kDefaultSpeed unless told otherwise, as --help says.
        if (options.demo)
            window.startDemo(options.simulation, options.speed, options.demoSources);
        else if (!options.replayFile.isEmpty()) {
            if (options.live) // a port, address or recording given for the replay
                window.useListenOptions(options.listen);
            window.startReplay(options.replayFile, options.speed);
        } else if (!options.importFile.isEmpty())
            window.importLog(options.importFile);
        else if (options.live || !options.listen.capture.interface.isEmpty())
            window.startListening(options.listen); // --listen: the ports, allow-list and recording it was given
        status = app.exec();
        QMetaObject::invokeMethod(engine, &pfs::RolloutEngine::stop, Qt::BlockingQueuedConnection);
    }
    worker.quit();
    worker.wait();
    if (alerts) // the window is closed: its last alerts still reach the pager
        alerts->finish(pfs::AlertLimits().timeoutMs);
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    // A window needs QApplication (and a display); a headless run must not,
    // unless it draws the tree into a file: then QGuiApplication, offscreen.
    std::unique_ptr<QCoreApplication> app;
    const bool headless = pfs::CommandLine::wantsHeadless(argc, argv);
    const bool drawing = pfs::CommandLine::wantsImageExport(argc, argv);
    if (headless && drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a display Qt aborts while making QApplication: the command line
    // is read first (its errors and --help say what they say), then one line.
    const bool windowWithoutDisplay = !headless && !pfs::CommandLine::hasDisplay();
    // Drawing needs fonts (Qt GUI), never widgets: the trees are painted by render/.
    if ((headless && !drawing) || windowWithoutDisplay)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else if (headless)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pfsmon"));
    QCoreApplication::setOrganizationName(QStringLiteral("pfsmon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PFSMON_VERSION));
    // Before the parser: its help text is translated too.
    QString language = pfs::CommandLineSpec::languageFromArgs(argc, argv);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language"), pfs::Language::systemDefault()).toString();
    pfs::Language::apply(language);

    QCommandLineParser parser;
    pfs::CommandLine::setUp(parser);
    parser.process(*app);
    pfs::Options options;
    QString error;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!pfs::CommandLine::read(parser, &options, &error)) {
        err << "pfsmon: " << error << Qt::endl;
        return pfs::Headless::kBadCommandLine;
    }
    if (options.headless) {
        return pfs::Headless::run(options, out, err);
    }
    if (windowWithoutDisplay) {
        err << "pfsmon: " << pfs::CommandLine::noDisplayMessage() << Qt::endl;
        return pfs::Headless::kBadInput;
    }
    return runWindow(static_cast<QApplication &>(*app), options);
}
