// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// Log files as people have them, made from the seed for import tests: by
// the real tools where they exist here (gzip, journalctl), by zlib or Qt's
// encoder otherwise.
namespace pfs::test {

// The seed's console-log excerpt as it stands in the PDF copy: every
// physical line from the first record to the root's "ROOT=…" tail,
// prose, blank lines, quotes and wrapped or glued records included.
QList<QByteArray> seedExcerptLines();
// Lines joined with LF, each after `prefix(i)`.
QByteArray prefixLines(const QList<QByteArray> &lines, const std::function<QByteArray(int)> &prefix);

QByteArray gzipWithZlib(const QByteArray &data);
// gzip(1) -c; empty when it cannot run.
QByteArray gzipWithTool(const QByteArray &data);
// A BOM then the text as UTF-16 (PowerShell's Out-File, Notepad's "Unicode").
QByteArray utf16WithBom(const QByteArray &utf8, bool littleEndian);

// What `journalctl -o FORMAT` prints for a journal holding `messages`,
// one entry each, from HOST and IDENTIFIER[4242], a second apart from
// `firstUs` (µs since the epoch), in UTC. Made with the real tools:
// systemd-journal-remote writes the journal from the export format, then
// journalctl reads it. Empty with `why` set when they are not installed.
QByteArray journalctlOutput(const QList<QByteArray> &messages, const QString &format, const QByteArray &host,
                            const QByteArray &identifier, qint64 firstUs, QString *why);

} // namespace pfs::test
