// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// pfs_manpage: writes pfsmon(1) or pfssim(1), in English or French, gzipped
// as Debian installs man pages, from the programs' own option tables. Run by
// the build (app/packaging/CMakeLists.txt), never installed.
#include "app/common/manpage.h"
#include "app/pfsmon/commandline.h"
#include "app/pfssim/simcommandline.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <zlib.h>

namespace {

// zlib's gzip header carries no time nor name: the same page gives the same bytes.
bool writeGzip(const QString &path, const QByteArray &data)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb9");
    if (!file)
        return false;
    const bool written = gzwrite(file, data.constData(), unsigned(data.size())) == int(data.size());
    return gzclose(file) == Z_OK && written;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 6) {
        err << "usage: pfs_manpage pfsmon|pfssim en|fr OUTPUT.1.gz VERSION DATE" << Qt::endl;
        return 2;
    }
    const QString &program = args.at(1);
    if (!pfs::Language::apply(args.at(2))) {
        err << "pfs_manpage: unknown language " << args.at(2) << Qt::endl;
        return 2;
    }
    pfs::CommandLineSpec spec;
    if (program == QLatin1String("pfsmon"))
        spec = pfs::CommandLine::spec();
    else if (program == QLatin1String("pfssim"))
        spec = pfs::SimCommandLine::spec();
    else {
        err << "pfs_manpage: unknown program " << program << Qt::endl;
        return 2;
    }
    const QString page = pfs::ManPage::write(spec, args.at(4), args.at(5));
    if (!writeGzip(args.at(3), page.toUtf8())) {
        err << "pfs_manpage: cannot write " << args.at(3) << Qt::endl;
        return 1;
    }
    return 0;
}
