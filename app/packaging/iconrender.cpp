// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// pfs_iconrender: a build tool, never installed. Renders the application's
// SVG icon into the hicolor theme's PNG sizes, so the PNGs are made from the
// one drawing at every build and never committed.
// Usage: pfs_iconrender ICON.svg OUTPUT-ROOT NAME SIZE...
// writes OUTPUT-ROOT/<SIZE>x<SIZE>/apps/NAME.png for each SIZE.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    return image;
}

bool writeSize(QSvgRenderer &svg, const QString &root, const QString &name, int size, QTextStream &err)
{
    const QString folder = QStringLiteral("%1/%2x%2/apps").arg(root).arg(size);
    const QString file = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!QDir().mkpath(folder) || !render(svg, size).save(file, "PNG")) {
        err << "pfs_iconrender: cannot write " << file << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // A build step runs without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        err << "usage: pfs_iconrender ICON.svg OUTPUT-ROOT NAME SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "pfs_iconrender: not a valid SVG: " << args.at(1) << Qt::endl;
        return 1;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            err << "pfs_iconrender: not a size: " << args.at(i) << Qt::endl;
            return 2;
        }
        if (!writeSize(svg, args.at(2), args.at(3), size, err))
            return 1;
    }
    return 0;
}
