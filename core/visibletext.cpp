#include "visibletext.h"

#include <QChar>

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
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

void appendHex(QString &out, char32_t value, int minDigits)
{
    out += QString::number(uint(value), 16).rightJustified(minDigits, QLatin1Char('0'));
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

} // namespace

QString visibleText(QByteArrayView utf8)
{
    bool plain = true;
    for (const char byte : utf8)
        plain = plain && isPlainAscii(uchar(byte));
    if (plain)
        return QString::fromLatin1(utf8.data(), utf8.size());
    QString out;
    out.reserve(utf8.size() + 16);
    for (qsizetype i = 0; i < utf8.size();) {
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
