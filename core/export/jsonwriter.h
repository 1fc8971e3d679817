// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringView>

#include <string>
#include <vector>

// A streaming JSON writer (RFC 8259): values go out as they are given, through
// a small buffer, so a report of any size costs the same memory. Numbers and
// strings are written as QJsonDocument::toJson() writes them, so that
// QJsonDocument::fromJson() reads back the very values given; members keep
// the order they were given in (QJsonObject sorts them). The caller nests
// correctly: a key before each member's value, begin/end paired.
namespace pfs {

class JsonWriter {
public:
    enum class Style : quint8 {
        Compact,  // no white space at all
        Lines,    // compact, but the root's members and their arrays' elements each start a line
        Indented, // as QJsonDocument::Indented
    };

    explicit JsonWriter(QIODevice *out, Style style = Style::Compact);
    ~JsonWriter(); // flushes

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name); // keys are ASCII names of the schema
    void key(QStringView name);       // and a few are data (a model's name)

    void value(QStringView text);
    void value(QLatin1StringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char *) = delete; // say which: Latin-1 or UTF-8
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    void value(const QJsonValue &value); // a small part built as a QJsonValue

    // key(name) then value(v).
    template<typename T> void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    // Writes what is buffered; false once the device refused a write.
    bool flush();
    bool failed() const { return m_failed; }

    // The escaped text of a JSON string, without its quotes: what QJsonDocument
    // writes. Control characters as \b \f \n \r \t or \u00XX; a lone surrogate,
    // which UTF-8 cannot hold, as \uXXXX.
    static void appendEscaped(QByteArray *out, QStringView text);
    static QByteArray number(double value); // "null" when not finite, as QJsonDocument

private:
    void beforeValue();
    void separate();
    void open(char bracket);
    void close(char bracket);
    bool breaks(int depth) const;
    void newLine(int indent);
    void spill();

    struct Level {
        bool empty = true;
        bool object = false;
    };
    QIODevice *m_out;
    Style m_style;
    // A std::string, not a QByteArray: its append and push_back are inline,
    // where QByteArray::append(char) is a call into Qt for every byte
    // (issue #17: 3.5 MB of report cost 80 instructions a byte).
    std::string m_buffer;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace pfs
