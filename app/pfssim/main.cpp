// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// pfssim: plays a simulated PFS rollout out over real sockets, or into a file.
#include "app/pfssim/pcapfilewriter.h"
#include "app/pfssim/simcommandline.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

// The whole rollout at once, no pacing: frames into the file as they come.
int writeCapture(const pfs::sim::Config &config, const pfs::FirmwareCatalogue &catalogue,
                 const pfs::SimOptions &options)
{
    QTextStream err(stderr);
    pfs::PcapFileWriter file;
    QString error;
    if (!file.open(options.pcapFile, options.wire.snapLength, &error)) {
        err << "pfssim: " << error << Qt::endl;
        return 1;
    }
    pfs::sim::Simulator simulator(config, catalogue);
    pfs::sim::WireTraffic traffic(simulator, &file, options.wire);
    simulator.runToEnd(traffic);
    traffic.finish();
    if (!file.commit(&error)) {
        err << "pfssim: " << error << Qt::endl;
        return 1;
    }
    const pfs::sim::GroundTruth &truth = simulator.truth();
    QTextStream(stdout) << QCoreApplication::translate("pfssim",
                                                       "pfssim: %1 frames (%2 bytes on the wire) written to %3; "
                                                       "WAN bytes: traditional %4, PFS %5")
                               .arg(traffic.frames())
                               .arg(traffic.wireBytes())
                               .arg(options.pcapFile)
                               .arg(truth.traditionalWanBytes)
                               .arg(truth.actualWanBytes)
                        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pfssim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PFSMON_VERSION));
    // Before the parser: its help text is translated too.
    const QString language = pfs::CommandLineSpec::languageFromArgs(argc, argv);
    pfs::Language::apply(language.isEmpty() ? pfs::Language::systemDefault() : language);
    QCommandLineParser parser;
    pfs::SimCommandLine::spec().applyTo(parser);
    parser.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);
    pfs::SimOptions options;
    QString error;
    if (!pfs::SimCommandLine::read(parser, &options, &error)) {
        err << "pfssim: " << error << Qt::endl;
        return 2;
    }
    const pfs::FirmwareCatalogue catalogue = pfs::FirmwareCatalogue::builtIn();
    error = pfs::sim::Simulator::validate(options.config, catalogue);
    if (!error.isEmpty()) {
        err << "pfssim: " << error << Qt::endl;
        return 2;
    }
    if (!options.pcapFile.isEmpty())
        return writeCapture(options.config, catalogue, options);
    pfs::sim::Simulator simulator(options.config, catalogue);
    pfs::SimulationSender sender(&simulator, options.targets);
    int status = 0;
    QObject::connect(&sender, &pfs::SimulationSender::failed, [&](const QString &message) {
        err << "pfssim: " << message << Qt::endl;
        status = 1;
    });
    QObject::connect(&sender, &pfs::SimulationSender::finished, &app, [&] {
        const pfs::sim::GroundTruth &truth = simulator.truth();
        out << QCoreApplication::translate("pfssim",
                                           "pfssim: %1 records, %2 broadcasts, %3 send errors; "
                                           "WAN bytes: traditional %4, PFS %5")
                   .arg(sender.records())
                   .arg(sender.broadcasts())
                   .arg(sender.sendErrors())
                   .arg(truth.traditionalWanBytes)
                   .arg(truth.actualWanBytes)
            << Qt::endl;
        app.exit(status);
    });
    if (!sender.start(&error)) {
        err << "pfssim: " << error << Qt::endl;
        return 1;
    }
    return app.exec();
}
