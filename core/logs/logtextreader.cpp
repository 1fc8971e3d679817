// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/logtextreader.h"
#include "protocol/wire.h"

#include <QLocale>

#include <zlib.h>

namespace pfs {
namespace {

constexpr QByteArrayView kGzipMagic = "\x1f\x8b";
constexpr QByteArrayView kUtf16LEBom = "\xff\xfe";
constexpr QByteArrayView kUtf16BEBom = "\xfe\xff";
constexpr int kAutoDetectGzip = 15 + 32; // zlib: largest window, gzip or zlib header
constexpr uLong kGzipHeaderBytes = 10;   // RFC 1952's fixed header: an error inside it means no member

} // namespace

struct LogTextReader::Inflater {
    z_stream stream{};
    bool initialised = false;
    QByteArray input;        // the compressed chunk zlib is reading
    bool memberOpen = false; // bytes of a member read, its end not reached yet
    bool ended = false;

    Inflater() { initialised = inflateInit2(&stream, kAutoDetectGzip) == Z_OK; }
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;
};

LogTextReader::LogTextReader(QIODevice *device, qint64 maxTextBytes)
    : m_device(device)
    , m_maxTextBytes(maxTextBytes)
{
}

LogTextReader::~LogTextReader() = default;

QString LogTextReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return tr("UTF-8");
    case Encoding::Utf8Bom: return tr("UTF-8 with a BOM");
    case Encoding::Utf16LE: return tr("UTF-16 LE");
    case Encoding::Utf16BE: return tr("UTF-16 BE");
    }
    return {};
}

void LogTextReader::fail(const QString &why)
{
    if (m_damage.isEmpty())
        m_damage = why;
    m_done = true;
}

bool LogTextReader::read(QByteArray *text)
{
    text->resize(0); // keeps the buffer: one allocation for the whole file
    while (!m_done && text->isEmpty()) {
        if (!readDecoded(text))
            m_done = true;
    }
    const qint64 room = m_maxTextBytes - m_textBytes;
    if (text->size() > room) {
        text->truncate(qsizetype(room));
        fail(tr("stopped after %1 bytes of text, the most one file may give").arg(QLocale().toString(m_maxTextBytes)));
    }
    m_textBytes += text->size();
    return !text->isEmpty();
}

// The first bytes of text decide the encoding: a BOM, else UTF-8 as it is.
bool LogTextReader::readDecoded(QByteArray *bytes)
{
    if (!readRaw(bytes))
        return false;
    if (!m_encodingKnown) {
        QByteArray more;
        while (bytes->size() < wire::kUtf8Bom.size() && readRaw(&more))
            bytes->append(more);
        m_encodingKnown = true;
        if (bytes->startsWith(wire::kUtf8Bom)) {
            m_encoding = Encoding::Utf8Bom;
            bytes->remove(0, wire::kUtf8Bom.size());
        } else if (bytes->startsWith(kUtf16LEBom) || bytes->startsWith(kUtf16BEBom)) {
            const bool little = bytes->startsWith(kUtf16LEBom);
            m_encoding = little ? Encoding::Utf16LE : Encoding::Utf16BE;
            m_decoder = QStringDecoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
            bytes->remove(0, kUtf16LEBom.size());
        }
    }
    decode(bytes);
    return true;
}

// The decoder keeps a byte cut between two chunks; a surrogate pair cut
// there is kept here, as UTF-8 needs both halves.
void LogTextReader::decode(QByteArray *bytes)
{
    if (m_encoding != Encoding::Utf16LE && m_encoding != Encoding::Utf16BE)
        return;
    QString text = m_highSurrogate + QString(m_decoder.decode(*bytes));
    m_highSurrogate.clear();
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        m_highSurrogate = text.back();
        text.chop(1);
    }
    *bytes = text.toUtf8();
}

// The first bytes tell gzip from text; they are kept, not peeked, so a
// pipe or a device that gives a byte at a time is read the same way.
bool LogTextReader::readRaw(QByteArray *bytes)
{
    if (m_inflating)
        return inflateSome(bytes);
    *bytes = m_device->read(kChunkBytes);
    if (!m_started) {
        m_started = true;
        QByteArray more;
        while (bytes->size() < kGzipMagic.size() && !(more = m_device->read(kChunkBytes)).isEmpty())
            bytes->append(more);
        if (bytes->startsWith(kGzipMagic))
            return startInflating(bytes);
    }
    if (bytes->isEmpty() && !m_device->atEnd())
        fail(tr("read error: %1").arg(m_device->errorString()));
    return !bytes->isEmpty();
}

bool LogTextReader::startInflating(QByteArray *bytes)
{
    m_inflater = std::make_unique<Inflater>();
    m_inflating = true;
    if (!m_inflater->initialised) {
        fail(tr("cannot start zlib to read the gzip data"));
        return false;
    }
    Inflater &z = *m_inflater;
    z.input = *bytes;
    m_compressedBytes = z.input.size();
    z.stream.next_in = reinterpret_cast<Bytef *>(z.input.data());
    z.stream.avail_in = uInt(z.input.size());
    return inflateSome(bytes);
}

// Inflates until some text comes out: one chunk of input at a time, so a
// bomb costs time, never memory. Members follow one another ("cat a.gz
// b.gz"); a member's end with more input after it starts the next.
bool LogTextReader::inflateSome(QByteArray *bytes)
{
    Inflater &z = *m_inflater;
    if (z.ended)
        return false;
    bytes->resize(kChunkBytes);
    z.stream.next_out = reinterpret_cast<Bytef *>(bytes->data());
    z.stream.avail_out = uInt(kChunkBytes);
    while (z.stream.avail_out == uInt(kChunkBytes) && !z.ended) {
        if (z.stream.avail_in == 0) {
            z.input = m_device->read(kChunkBytes);
            if (z.input.isEmpty()) {
                z.ended = true;
                if (!m_device->atEnd())
                    fail(tr("read error: %1").arg(m_device->errorString()));
                else if (z.memberOpen)
                    fail(tr("the gzip data ends early (a truncated file): what came before was read"));
                break;
            }
            m_compressedBytes += z.input.size();
            z.stream.next_in = reinterpret_cast<Bytef *>(z.input.data());
            z.stream.avail_in = uInt(z.input.size());
        }
        z.memberOpen = true;
        const int result = inflate(&z.stream, Z_NO_FLUSH);
        if (result == Z_STREAM_END) {
            ++m_gzipMembers;
            z.memberOpen = false;
            inflateReset(&z.stream);
        } else if (result == Z_DATA_ERROR && m_gzipMembers > 0 && z.stream.total_in < kGzipHeaderBytes) {
            // gzip(1) too ignores what follows the last member when it is no member.
            z.ended = true;
            fail(tr("data after the end of the gzip data was ignored"));
        } else if (result != Z_OK && !(result == Z_BUF_ERROR && z.stream.avail_in == 0)) {
            z.ended = true;
            fail(tr("the gzip data is damaged after %1 compressed bytes (%2): what came before was read")
                     .arg(QLocale().toString(m_compressedBytes - z.stream.avail_in),
                          QString::fromLatin1(z.stream.msg ? z.stream.msg : "zlib error")));
        }
    }
    bytes->truncate(kChunkBytes - qsizetype(z.stream.avail_out));
    return !bytes->isEmpty();
}

} // namespace pfs
