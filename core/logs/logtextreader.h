// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>

#include <memory>

// Turns the bytes of a log file, as people have it, into UTF-8 text:
// gzip-compressed (rotated ".gz", one member or several concatenated) through
// zlib, UTF-16 LE/BE recognised by their BOM (Notepad, PowerShell) and
// converted, a UTF-8 BOM dropped. Line ends are left alone.
//
// A file is untrusted: inflation is streamed chunk by chunk (memory stays
// bounded whatever the ratio), the text a file may give is capped, and a
// damaged or truncated file gives what came before it plus one line saying
// what went wrong (damage()).
namespace pfs {

class LogTextReader {
    Q_DECLARE_TR_FUNCTIONS(LogTextReader)
public:
    enum class Encoding : quint8 { Utf8, Utf8Bom, Utf16LE, Utf16BE };

    static constexpr qsizetype kChunkBytes = 256 * 1024;
    static constexpr qint64 kDefaultMaxTextBytes = qint64(16) << 30; // 16 GiB, ~1000 times a big rotated log

    explicit LogTextReader(QIODevice *device, qint64 maxTextBytes = kDefaultMaxTextBytes);
    ~LogTextReader();
    LogTextReader(const LogTextReader &) = delete;
    LogTextReader &operator=(const LogTextReader &) = delete;

    // Replaces `text` with the next piece of text (at most about kChunkBytes
    // of input's worth). False at the end of the text, or once the file cannot
    // be read any further: then damage() says why.
    bool read(QByteArray *text);

    QString damage() const { return m_damage; }
    int gzipMembers() const { return m_gzipMembers; }
    Encoding encoding() const { return m_encoding; }
    qint64 textBytes() const { return m_textBytes; }
    static QString encodingName(Encoding encoding);

private:
    struct Inflater;

    bool readDecoded(QByteArray *bytes);
    bool readRaw(QByteArray *bytes);
    bool startInflating(QByteArray *bytes);
    bool inflateSome(QByteArray *bytes);
    void fail(const QString &why);
    void decode(QByteArray *bytes);

    QIODevice *m_device;
    qint64 m_maxTextBytes;
    std::unique_ptr<Inflater> m_inflater;
    bool m_started = false;
    bool m_inflating = false;
    bool m_done = false;
    int m_gzipMembers = 0;
    Encoding m_encoding = Encoding::Utf8;
    bool m_encodingKnown = false;
    QStringDecoder m_decoder;
    QString m_highSurrogate;
    qint64 m_textBytes = 0;
    qint64 m_compressedBytes = 0;
    QString m_damage;
};

} // namespace pfs
