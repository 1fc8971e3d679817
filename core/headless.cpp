#include "headless.h"

#include "bandwidth.h"
#include "logimporter.h"
#include "modelfeed.h"
#include "snapshot.h"
#include "summary.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace pfs {
namespace {

const QString kProgram = QStringLiteral("pfsmon: ");

bool loadCatalogue(const Options &options, FirmwareCatalogue *catalogue, QString *error)
{
    *catalogue = FirmwareCatalogue::builtIn();
    return options.catalogueFile.isEmpty() || catalogue->loadFile(options.catalogueFile, error);
}

// Reads the file into the model; prints the import's line counts.
bool runImport(const Options &options, RolloutModel &model, QTextStream &out, QString *error)
{
    LogImporter importer(&model);
    if (!importer.importFile(options.importFile, error))
        return false;
    if (model.counts().total == 0) {
        *error = Headless::tr("no DLoad record found in %1").arg(options.importFile);
        return false;
    }
    out << Headless::tr("pfsmon %1: import of %2").arg(QStringLiteral(PFSMON_VERSION), options.importFile) << '\n'
        << Summary::records(model, &importer.stats(), QLocale()) << '\n';
    return true;
}

// Runs the built-in simulation to its end, as fast as it goes.
bool runDemo(const Options &options, const FirmwareCatalogue &catalogue, RolloutModel &model, QTextStream &out,
             QString *error)
{
    *error = sim::Simulator::validate(options.simulation, catalogue);
    if (!error->isEmpty())
        return false;
    QElapsedTimer timer;
    timer.start();
    sim::Simulator simulator(options.simulation, catalogue);
    ModelFeed feed(&model, options.simulation.startUtcMs);
    simulator.runToEnd(feed);
    const QLocale locale;
    const sim::GroundTruth &truth = simulator.truth();
    out << Headless::tr("pfsmon %1: demo rollout of %2 phones (seed %3)")
               .arg(QStringLiteral(PFSMON_VERSION), locale.toString(options.simulation.phones),
                    QString::number(options.simulation.seed))
        << '\n'
        << Headless::tr("Simulated %1 of rollout in %2 ms: %3 records, %4 broadcasts")
               .arg(Summary::duration(double(simulator.now()) / 1e6, locale), locale.toString(timer.elapsed()),
                    locale.toString(feed.records()), locale.toString(feed.broadcasts()))
        << '\n'
        << Headless::tr("Faults: %1 vanished, %2 stalled, %3 kept to TFTP, %4 never came back")
               .arg(truth.vanished)
               .arg(truth.stalled)
               .arg(truth.keptTftp)
               .arg(truth.neverBack)
        << '\n'
        << Summary::records(model, nullptr, locale) << '\n';
    return true;
}

} // namespace

int Headless::run(const Options &options, QTextStream &out, QTextStream &err)
{
    FirmwareCatalogue catalogue;
    QString error;
    if (!loadCatalogue(options, &catalogue, &error)) {
        err << kProgram << error << Qt::endl;
        return 1;
    }
    RolloutModel model(catalogue, options.subnetPrefix);
    const bool read = options.demo ? runDemo(options, catalogue, model, out, &error)
                                   : runImport(options, model, out, &error);
    if (!read) {
        err << kProgram << error << Qt::endl;
        return 1;
    }
    const QLocale locale;
    const BandwidthReport bandwidth = BandwidthReport::compute(model);
    out << Summary::hierarchies(model, locale, options.demo ? 2 : -1) << '\n'
        << Summary::bandwidth(bandwidth, options.wanBitsPerSecond, locale) << '\n'
        << Summary::anomalies(model) << Qt::endl;
    if (!options.reportFile.isEmpty()) {
        const QString source = options.demo ? QStringLiteral("demo") : QFileInfo(options.importFile).fileName();
        const SnapshotContext context{source, options.wanBitsPerSecond};
        if (!Snapshot::write(Snapshot::toJson(model, bandwidth, context), options.reportFile, &error)) {
            err << kProgram << error << Qt::endl;
            return 1;
        }
        out << tr("Snapshot written to %1").arg(options.reportFile) << Qt::endl;
    }
    return 0;
}

} // namespace pfs
