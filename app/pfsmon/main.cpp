// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/pfsmon/commandline.h"
#include "app/pfsmon/headless.h"
#include "i18n/language.h"
#include "ui/mainwindow.h"
#include "ui/tree/treeexport.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>
#include <QThread>

#include <memory>

namespace {

// The window runs with its data engine in a worker thread.
int runWindow(QApplication &app, const pfs::Options &options)
{
    pfs::FirmwareCatalogue catalogue = pfs::FirmwareCatalogue::builtIn();
    QString error;
    if (!options.catalogueFile.isEmpty() && !catalogue.loadFile(options.catalogueFile, &error)) {
        QTextStream(stderr) << "pfsmon: " << error << Qt::endl;
        return 1;
    }
    QThread worker;
    worker.setObjectName(QStringLiteral("pfsmon engine"));
    auto *engine = new pfs::RolloutEngine(catalogue, options.subnetPrefix);
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
    worker.start();
    int status = 0;
    {
        pfs::MainWindow window(engine);
        window.show();
        // The demo plays at ×20 unless told otherwise: its 200-phone rollout takes about 12 s.
        if (options.demo)
            window.startDemo(options.simulation, options.speedGiven ? options.speed : 20.0);
        else if (!options.replayFile.isEmpty())
            window.startReplay(options.replayFile, options.speed);
        else if (!options.importFile.isEmpty())
            window.importLog(options.importFile);
        else if (options.live)
            window.startListening(options.listen); // --listen: the ports, allow-list and recording it was given
        status = app.exec();
        QMetaObject::invokeMethod(engine, &pfs::RolloutEngine::stop, Qt::BlockingQueuedConnection);
    }
    worker.quit();
    worker.wait();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    // A window needs QApplication (and a display); a headless run must not,
    // unless it draws the tree into a file: then offscreen.
    std::unique_ptr<QCoreApplication> app;
    const bool headless = pfs::CommandLine::wantsHeadless(argc, argv);
    const bool drawing = pfs::CommandLine::wantsImageExport(argc, argv);
    if (headless && drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless && !drawing)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pfsmon"));
    QCoreApplication::setOrganizationName(QStringLiteral("pfsmon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PFSMON_VERSION));
    // Before the parser: its help text is translated too.
    QString language = pfs::CommandLine::languageFromArgs(argc, argv);
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
        return 2;
    }
    if (options.headless) {
        const auto images = [](const pfs::EngineSnapshot &snapshot, const pfs::Options &o, QString *why) {
            pfs::TreeExport::Format format;
            pfs::TreeExport::formatFromName(o.exportFormat, &format);
            pfs::TreeExport::Options exportOptions;
            exportOptions.xid = o.exportXid;
            exportOptions.scale = o.exportScale;
            exportOptions.paginate = o.paginate;
            exportOptions.wanBitsPerSecond = o.wanBitsPerSecond;
            return pfs::TreeExport::write(snapshot, format, o.exportFile, exportOptions, why);
        };
        return pfs::Headless::run(options, out, err, images);
    }
    return runWindow(static_cast<QApplication &>(*app), options);
}
