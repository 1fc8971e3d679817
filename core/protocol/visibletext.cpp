// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/visibletext.h"

#include <QChar>

#include <cstring>

namespace pfs {
namespace {

constexpr char32_t kZeroWidthNonJoiner = 0x200C;
constexpr char32_t kZeroWidthJoiner = 0x200D;

bool isPlainAscii(char32_t c)
{
    return c >= 0x20 && c < 0x7F && c != '\\';
}

// Qt's Unicode tables classify: Cc (C0, DEL, C1), Cf (bidi controls and the
// other invisible format characters), Zl, Zp and Cs.
bool mustEscape(char32_t c)
{
    if (c < 0x80)
        return c < 0x20 || c == 0x7F;
    if (c == kZeroWidthNonJoiner || c == kZeroWidthJoiner)
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph: return true;
    default: return false;
    }
}

void appendHex(QString &out, char32_t value, int minDigits)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    int digits = minDigits;
    while (digits < 8 && (value >> (4 * digits)) != 0)
        ++digits;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        out += QLatin1Char(kDigits[(value >> shift) & 0xF]);
}

void appendByteEscape(QString &out, uchar byte)
{
    out += QLatin1String("\\x");
    appendHex(out, byte, 2);
}

void appendCharacter(QString &out, char32_t c)
{
    if (c == '\\') {
        out += QLatin1String("\\\\");
    } else if (!mustEscape(c)) {
        out += QStringView(QChar::fromUcs4(c));
    } else if (c < 0x80) {
        appendByteEscape(out, uchar(c));
    } else {
        out += QLatin1String("\\u{");
        appendHex(out, c, 4);
        out += QLatin1Char('}');
    }
}

// The code point of the valid UTF-8 sequence at `i` and its length, or 0 when
// the bytes there are not one (RFC 3629: no overlong form, no surrogate,
// nothing above U+10FFFF). Hand-written because Qt's decoders replace bad
// bytes with U+FFFD without saying which bytes they were.
int decodeUtf8(QByteArrayView bytes, qsizetype i, char32_t *c)
{
    const auto lead = uchar(bytes[i]);
    int length = 0;
    char32_t value = 0, smallest = 0;
    if (lead < 0x80) {
        *c = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
        smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
        smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
        smallest = 0x10000;
    } else {
        return 0;
    }
    if (bytes.size() - i < length)
        return 0;
    for (int k = 1; k < length; ++k) {
        const auto next = uchar(bytes[i + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3F);
    }
    if (value < smallest || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *c = value;
    return length;
}

// Where the run of bytes shown as they are, from `from` on, ends.
qsizetype plainRunEnd(QByteArrayView bytes, qsizetype from)
{
    while (from < bytes.size() && isPlainAscii(uchar(bytes[from])))
        ++from;
    return from;
}

// The common case, a whole record of printable ASCII, eight bytes at a
// time: a high bit in a lane of `special` means a byte there (or, by borrow,
// one before it) is >= 0x80, DEL, below 0x20 or a backslash.
bool allPlainAscii(QByteArrayView bytes)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        quint64 w = 0;
        std::memcpy(&w, bytes.data() + i, 8);
        const quint64 notBackslash = w ^ (kOnes * quint64('\\'));
        const quint64 special = w | (w + kOnes) | (w - kOnes * 0x20) | ((notBackslash - kOnes) & ~notBackslash);
        if (special & kHighs)
            return false;
    }
    for (; i < bytes.size(); ++i) {
        if (!isPlainAscii(uchar(bytes[i])))
            return false;
    }
    return true;
}

} // namespace

QString visibleText(QByteArrayView utf8)
{
    if (allPlainAscii(utf8))
        return QString::fromLatin1(utf8.data(), utf8.size());
    QString out;
    out.reserve(utf8.size() + 16);
    for (qsizetype i = 0; i < utf8.size();) {
        const qsizetype runEnd = plainRunEnd(utf8, i);
        if (runEnd > i) {
            out += QLatin1String(utf8.data() + i, runEnd - i);
            i = runEnd;
            continue;
        }
        char32_t c = 0;
        const int length = decodeUtf8(utf8, i, &c);
        if (length == 0) {
            appendByteEscape(out, uchar(utf8[i])); // one byte at a time: the next may start a valid sequence
            ++i;
            continue;
        }
        appendCharacter(out, c);
        i += length;
    }
    return out;
}

QString visibleText(QStringView text)
{
    bool plain = true;
    for (const QChar ch : text)
        plain = plain && isPlainAscii(ch.unicode());
    if (plain)
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        appendCharacter(out, c); // a lone surrogate is category Cs: escaped
    }
    return out;
}

} // namespace pfs
