// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <charconv>
#include <cmath>

namespace pfs {
namespace {

constexpr qsizetype kSpillBytes = 64 * 1024; // the buffer goes to the device past this

char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

void appendUnicodeEscape(std::string *out, char16_t u)
{
    const char escape[]
        = {'\\', 'u', hexDigit(u >> 12), hexDigit((u >> 8) & 0xf), hexDigit((u >> 4) & 0xf), hexDigit(u & 0xf)};
    out->append(escape, sizeof escape);
}

// Printable ASCII other than the quote and the backslash: written as it is.
bool plainAscii(char16_t u)
{
    return u >= 0x20 && u < 0x80 && u != '"' && u != '\\';
}

void appendAscii(std::string *out, char16_t u)
{
    switch (u) {
    case '"': out->append("\\\"", 2); return;
    case '\\': out->append("\\\\", 2); return;
    case '\b': out->append("\\b", 2); return;
    case '\f': out->append("\\f", 2); return;
    case '\n': out->append("\\n", 2); return;
    case '\r': out->append("\\r", 2); return;
    case '\t': out->append("\\t", 2); return;
    default:
        if (u < 0x20)
            appendUnicodeEscape(out, u);
        else
            out->push_back(char(u));
    }
}

void appendUtf8(std::string *out, char32_t c)
{
    char bytes[4];
    int n = 0;
    if (c < 0x800) {
        bytes[n++] = char(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
        bytes[n++] = char(0xe0 | (c >> 12));
        bytes[n++] = char(0x80 | ((c >> 6) & 0x3f));
    } else {
        bytes[n++] = char(0xf0 | (c >> 18));
        bytes[n++] = char(0x80 | ((c >> 12) & 0x3f));
        bytes[n++] = char(0x80 | ((c >> 6) & 0x3f));
    }
    bytes[n++] = char(0x80 | (c & 0x3f));
    out->append(bytes, size_t(n));
}

void appendEscapedUtf16(std::string *out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (plainAscii(u)) {
            out->push_back(char(u)); // nearly every character: one test, one byte
        } else if (u < 0x80) {
            appendAscii(out, u);
        } else if (!QChar::isSurrogate(u)) {
            appendUtf8(out, u);
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            appendUtf8(out, QChar::surrogateToUcs4(u, *p++));
        } else {
            appendUnicodeEscape(out, u); // a lone surrogate: as QJsonDocument writes it
        }
    }
}

} // namespace

JsonWriter::JsonWriter(QIODevice *out, Style style)
    : m_out(out)
    , m_style(style)
{
    m_buffer.reserve(kSpillBytes + 4096);
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::appendEscaped(QByteArray *out, QStringView text)
{
    std::string escaped;
    appendEscapedUtf16(&escaped, text);
    out->append(escaped.data(), qsizetype(escaped.size()));
}

QByteArray JsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// Whether the members or elements of a container at `depth` (the
// containers open, counting it) each start a line.
bool JsonWriter::breaks(int depth) const
{
    switch (m_style) {
    case Style::Compact: return false;
    case Style::Lines: return depth <= 2; // the root's members, and each element of its arrays
    case Style::Indented: return true;
    }
    return false;
}

void JsonWriter::newLine(int indent)
{
    m_buffer.push_back('\n');
    if (m_style == Style::Indented)
        m_buffer.append(size_t(4 * indent), ' ');
}

void JsonWriter::separate()
{
    Level &level = m_levels.back();
    if (!level.empty)
        m_buffer.push_back(',');
    level.empty = false;
    const int depth = int(m_levels.size());
    if (breaks(depth))
        newLine(depth);
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_levels.empty())
        separate();
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_buffer.push_back('"');
    m_buffer.append(name.data(), size_t(name.size())); // the schema's names need no escape
    m_buffer.append(m_style == Style::Indented ? "\": " : "\":");
    m_afterKey = true;
}

void JsonWriter::key(QStringView name)
{
    separate();
    m_buffer.push_back('"');
    appendEscapedUtf16(&m_buffer, name);
    m_buffer.append(m_style == Style::Indented ? "\": " : "\":");
    m_afterKey = true;
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_buffer.push_back(bracket);
    m_levels.push_back({true, bracket == '{'});
}

void JsonWriter::close(char bracket)
{
    const int depth = int(m_levels.size());
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty && breaks(depth))
        newLine(depth - 1);
    m_buffer.push_back(bracket);
    if (m_levels.empty() && m_style != Style::Compact)
        m_buffer.push_back('\n');
    spill();
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    m_buffer.push_back('"');
    appendEscapedUtf16(&m_buffer, text);
    m_buffer.push_back('"');
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    m_buffer.push_back('"');
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    // The schema's keys and addresses need no escape: one append for the run
    // of plain characters, the rest one by one.
    const char *p = begin;
    while (p != end && plainAscii(static_cast<unsigned char>(*p)))
        ++p;
    m_buffer.append(begin, size_t(p - begin));
    for (; p != end; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u < 0x80)
            appendAscii(&m_buffer, u);
        else
            appendUtf8(&m_buffer, u);
    }
    m_buffer.push_back('"');
}

// std::to_chars writes what QByteArray::number() does: the digits, a '-' before.
void JsonWriter::value(qint64 number)
{
    beforeValue();
    char digits[24];
    const std::to_chars_result written = std::to_chars(digits, digits + sizeof digits, number);
    m_buffer.append(digits, size_t(written.ptr - digits));
}

void JsonWriter::value(double number)
{
    beforeValue();
    const QByteArray text = JsonWriter::number(number);
    m_buffer.append(text.constData(), size_t(text.size()));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    if (flag)
        m_buffer.append("true", 4);
    else
        m_buffer.append("false", 5);
}

void JsonWriter::null()
{
    beforeValue();
    m_buffer.append("null", 4);
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: value(v.toBool()); return;
    case QJsonValue::Double: {
        // An integer stays an integer, as QJsonDocument writes it.
        const qint64 integer = v.toInteger(0);
        if (integer != 0 || v.toDouble() == 0)
            value(integer);
        else
            value(v.toDouble());
        return;
    }
    case QJsonValue::String: value(v.toString()); return;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &element : v.toArray())
            value(element);
        endArray();
        return;
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        beginObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: null(); return;
    }
}

void JsonWriter::spill()
{
    if (m_buffer.size() >= size_t(kSpillBytes))
        flush();
}

bool JsonWriter::flush()
{
    if (!m_buffer.empty() && !m_failed)
        m_failed = m_out->write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size());
    m_buffer.clear(); // keeps the capacity
    return !m_failed;
}

} // namespace pfs
