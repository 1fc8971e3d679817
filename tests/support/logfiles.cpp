// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logfiles.h"

#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <functional>

#include <zlib.h>

namespace pfs::test {
namespace {

// Runs `program` with `input` on stdin; its stdout, or empty on failure.
QByteArray runFilter(const QString &program, const QStringList &arguments, const QByteArray &input,
                     const QStringList &extraEnvironment = {})
{
    QProcess process;
    if (!extraEnvironment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : extraEnvironment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

} // namespace

QList<QByteArray> seedExcerptLines()
{
    const QList<QByteArray> all = readData(QStringLiteral("seed-cisco-pfs-fr.txt")).split('\n');
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (first < 0 && all[i].contains("DBG 02:19:22.634167 DLoad:"))
            first = i;
        if (all[i].startsWith("ROOT=10.106.117.68"))
            last = i;
    }
    if (first < 0 || last < first)
        qFatal("the seed's excerpt was not found");
    return all.mid(first, last - first + 1);
}

QByteArray prefixLines(const QList<QByteArray> &lines, const std::function<QByteArray(int)> &prefix)
{
    QByteArray text;
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += prefix(int(i)) + lines[i] + '\n';
    return text;
}

QByteArray gzipWithZlib(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) // 16: gzip wrapper
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray gzipWithTool(const QByteArray &data)
{
    return runFilter(QStringLiteral("gzip"), {QStringLiteral("-c")}, data);
}

QByteArray utf16WithBom(const QByteArray &utf8, bool littleEndian)
{
    QStringEncoder encoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    const QByteArray bom = littleEndian ? QByteArray("\xff\xfe") : QByteArray("\xfe\xff");
    return bom + QByteArray(encoder.encode(QString::fromUtf8(utf8)));
}

QByteArray journalctlOutput(const QList<QByteArray> &messages, const QString &format, const QByteArray &host,
                            const QByteArray &identifier, qint64 firstUs, QString *why)
{
    const QString remote = QStringLiteral("/lib/systemd/systemd-journal-remote");
    if (!QFile::exists(remote)) {
        *why = QStringLiteral("systemd-journal-remote is not installed (Debian package systemd-journal-remote)");
        return {};
    }
    QTemporaryDir dir;
    QByteArray export_;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        export_ += "__CURSOR=s=0;i=" + QByteArray::number(i + 1) + '\n' + "__REALTIME_TIMESTAMP="
            + QByteArray::number(firstUs + i * 1000000) + '\n' + "__MONOTONIC_TIMESTAMP=" + QByteArray::number(1000 + i)
            + '\n' + "_BOOT_ID=0123456789abcdef0123456789abcdef\n" + "_HOSTNAME=" + host + '\n'
            + "SYSLOG_IDENTIFIER=" + identifier + '\n' + "_PID=4242\nPRIORITY=6\n" + "MESSAGE=" + messages[i] + "\n\n";
    }
    const QString exportFile = dir.filePath(QStringLiteral("entries.export"));
    const QString journal = dir.filePath(QStringLiteral("entries.journal"));
    writeFile(exportFile, export_);
    QProcess writer;
    writer.start(remote, {QStringLiteral("--output=") + journal, exportFile});
    if (!writer.waitForFinished(60000) || writer.exitCode() != 0) {
        *why = QStringLiteral("systemd-journal-remote failed: ") + QString::fromUtf8(writer.readAllStandardError());
        return {};
    }
    const QByteArray text
        = runFilter(QStringLiteral("journalctl"),
                    {QStringLiteral("--file=") + journal, QStringLiteral("-o"), format, QStringLiteral("--no-pager")},
                    {}, {QStringLiteral("TZ=UTC"), QStringLiteral("SYSTEMD_COLORS=0")});
    if (text.isEmpty())
        *why = QStringLiteral("journalctl could not read the journal");
    return text;
}

} // namespace pfs::test
