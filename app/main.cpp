#include "commandline.h"
#include "headless.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // A window needs QApplication (and a display); a headless run must not.
    std::unique_ptr<QCoreApplication> app;
    if (pfs::CommandLine::wantsHeadless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pfsmon"));
    QCoreApplication::setOrganizationName(QStringLiteral("pfsmon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PFSMON_VERSION));

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
    if (options.headless)
        return pfs::Headless::run(options, out, err);
    pfs::MainWindow window;
    window.show();
    return app->exec();
}
