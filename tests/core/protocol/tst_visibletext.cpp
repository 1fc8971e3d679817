// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/visibletext.h"

#include <QRandomGenerator>
#include <QTest>

#include <utility>

using namespace pfs;

namespace {

// The inverse of the rule, written from its description: if every output
// decodes back to the exact input bytes, no two inputs look alike.
QChar at(const QString &text, qsizetype i)
{
    return i < text.size() ? text[i] : QChar();
}

QByteArray unescape(const QString &shown, bool *ok)
{
    QByteArray bytes;
    *ok = true;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown[i] != QLatin1Char('\\')) {
            qsizetype length = shown[i].isHighSurrogate() ? 2 : 1;
            bytes += shown.mid(i, length).toUtf8();
            i += length - 1;
            continue;
        }
        const QChar kind = at(shown, i + 1);
        if (kind == QLatin1Char('\\')) {
            bytes += '\\';
            i += 1;
        } else if (kind == QLatin1Char('x')) {
            bytes += char(shown.mid(i + 2, 2).toUInt(ok, 16));
            i += 3;
        } else if (kind == QLatin1Char('u') && at(shown, i + 2) == QLatin1Char('{')) {
            const qsizetype close = shown.indexOf(QLatin1Char('}'), i);
            const char32_t c = shown.mid(i + 3, close - i - 3).toUInt(ok, 16);
            bytes += QStringView(QChar::fromUcs4(c)).toUtf8();
            i = close;
        } else {
            *ok = false;
        }
        if (!*ok)
            return {};
    }
    return bytes;
}

// What may never reach a display, listed from the standards rather than
// derived the way the code does it (from Qt's Unicode categories), so that the
// two can disagree: terminal controls (ECMA-48 C0, DEL, C1), the bidirectional
// controls of "Trojan Source" (CVE-2021-42574, Unicode TR 9), invisible
// separators and marks, the BOM, surrogates and tag characters.
bool actsInsteadOfShowing(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> kActing[] = {
        {0x0000, 0x001F}, {0x007F, 0x009F}, {0x00AD, 0x00AD},   {0x061C, 0x061C},   {0x200B, 0x200B},
        {0x200E, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x2064},   {0x2066, 0x206F},   {0xD800, 0xDFFF},
        {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F},
    };
    for (const auto &[first, last] : kActing) {
        if (c >= first && c <= last)
            return true;
    }
    return false;
}

QString firstHiddenCharacter(const QString &shown)
{
    const QList<uint> points = shown.toUcs4();
    for (const uint c : points) {
        if (actsInsteadOfShowing(c))
            return QString::number(c, 16);
    }
    return {};
}

// Random bytes, weighted towards the ones that matter.
QByteArray hostileBytes(QRandomGenerator &random)
{
    static const QByteArrayList pieces{"\x1b",
                                       "\x07",
                                       "\\",
                                       "\"",
                                       "x1b",
                                       "\xc2\x9b",
                                       "\x9b",
                                       "\xe2\x80\xae",
                                       "\xe2\x81\xa6",
                                       "\xed\xa0\x80",
                                       "\xf0\x9f\x98\x80",
                                       "\xe2\x80",
                                       "\xc0\x80",
                                       "\xf4\x90\x80\x80",
                                       "u{202e}",
                                       "\n",
                                       "\t",
                                       "\x7f",
                                       "\xff",
                                       QByteArray(1, '\0'),
                                       "\xc3\xa9",
                                       "\xe2\x80\x8d",
                                       "A"};
    QByteArray out;
    const int n = random.bounded(1, 12);
    for (int i = 0; i < n; ++i) {
        if (random.bounded(3) == 0)
            out += char(random.bounded(256));
        else
            out += pieces[random.bounded(int(pieces.size()))];
    }
    return out;
}

} // namespace

class TestVisibleText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QByteArray("SEP001122334455") << QStringLiteral("SEP001122334455");
        QTest::newRow("markup stays text") << QByteArray("<b>&amp;]]>") << QStringLiteral("<b>&amp;]]>");
        QTest::newRow("terminal title") << QByteArray("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07");
        QTest::newRow("clear screen") << QByteArray("\x1b[2J") << QStringLiteral("\\x1b[2J");
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b");
        QTest::newRow("DEL") << QByteArray("a\x7f") << QStringLiteral("a\\x7f");
        QTest::newRow("tab, LF, CR") << QByteArray("\t\n\r") << QStringLiteral("\\x09\\x0a\\x0d");
        QTest::newRow("C1 CSI as a raw byte") << QByteArray("\x9b"
                                                            "2J")
                                              << QStringLiteral("\\x9b2J");
        QTest::newRow("C1 CSI as UTF-8") << QByteArray("\xc2\x9b"
                                                       "2J")
                                         << QStringLiteral("\\u{009b}2J");
        QTest::newRow("NEL") << QByteArray("\xc2\x85") << QStringLiteral("\\u{0085}");
        QTest::newRow("overlong NUL") << QByteArray("\xc0\x80") << QStringLiteral("\\xc0\\x80");
        QTest::newRow("cut sequence") << QByteArray("\xe2\x82"
                                                    "A")
                                      << QStringLiteral("\\xe2\\x82A");
        QTest::newRow("surrogate in UTF-8") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xf4\\x90\\x80\\x80");
        QTest::newRow("not a lead byte") << QByteArray("\xff\xfe") << QStringLiteral("\\xff\\xfe");
        QTest::newRow("RLO") << QByteArray("abc\xe2\x80\xae"
                                           "fdp.exe")
                             << QStringLiteral("abc\\u{202e}fdp.exe");
        QTest::newRow("isolates") << QByteArray("\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9")
                                  << QStringLiteral("\\u{2066}\\u{2067}\\u{2068}\\u{2069}");
        QTest::newRow("embeddings") << QByteArray("\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad")
                                    << QStringLiteral("\\u{202a}\\u{202b}\\u{202c}\\u{202d}");
        QTest::newRow("marks") << QByteArray("\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c")
                               << QStringLiteral("\\u{200e}\\u{200f}\\u{061c}");
        QTest::newRow("zero width, BOM") << QByteArray("a\xe2\x80\x8b"
                                                       "b\xef\xbb\xbf")
                                         << QStringLiteral("a\\u{200b}b\\u{feff}");
        QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8"
                                                      "b")
                                        << QStringLiteral("a\\u{2028}b");
        QTest::newRow("tag character") << QByteArray("\xf3\xa0\x80\x81") << QStringLiteral("\\u{e0001}");
        QTest::newRow("backslash") << QByteArray("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("looks like an escape") << QByteArray("\\x1b") << QStringLiteral("\\\\x1b");
        QTest::newRow("DOT breakout") << QByteArray("\\\"];x->y;") << QStringLiteral("\\\\\"];x->y;");
        QTest::newRow("letters of any language")
            << QByteArray("T\xc3\xa9l\xc3\xa9phone \xe9\x9b\xbb\xe8\xa9\xb1 \xd9\x87\xd8\xa7\xd8\xaa\xd9\x81")
            << QStringLiteral("T\u00e9l\u00e9phone \u96fb\u8a71 \u0647\u0627\u062a\u0641");
        QTest::newRow("emoji with ZWJ") << QByteArray("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb")
                                        << QString::fromUtf8("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb");
        QTest::newRow("replacement character is shown") << QByteArray("\xef\xbf\xbd") << QStringLiteral("\ufffd");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void escapes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, shown);
        QCOMPARE(visibleText(input), shown);
        bool ok = false;
        QCOMPARE(unescape(visibleText(input), &ok), input);
        QVERIFY(ok);
    }

    // Every byte value at every place of a longer text: plain text is kept
    // as it is, and any other byte changes what is shown.
    void everyByteAnywhere()
    {
        for (int byte = 0; byte < 256; ++byte) {
            const bool plain = byte >= 0x20 && byte < 0x7F && byte != '\\';
            for (int at = 0; at < 19; ++at) {
                QByteArray text(19, 'A');
                text[at] = char(byte);
                QCOMPARE(visibleText(text) == QString::fromLatin1(text), plain);
                bool ok = false;
                QCOMPARE(unescape(visibleText(text), &ok), text);
            }
        }
    }

    // Decoded text follows the same rule; what it cannot hold (a bad byte)
    // arrives as U+FFFD, and a lone surrogate is escaped.
    void decodedTextFollowsTheSameRule()
    {
        QCOMPARE(visibleText(QStringView(u"\u001b[2J\u009b\u202e\\")),
                 QStringLiteral("\\x1b[2J\\u{009b}\\u{202e}\\\\"));
        const QChar lone[] = {QChar(0xD800), QLatin1Char('a'), QChar(0xDC00)};
        QCOMPARE(visibleText(QStringView(lone, 3)), QStringLiteral("\\u{d800}a\\u{dc00}"));
        QCOMPARE(visibleText(QString::fromUtf8("a\xff")), QStringLiteral("a\ufffd"));
        const QString plain = QStringLiteral("SEP001122334455");
        QCOMPARE(visibleText(plain), plain);
    }

    // Random hostile bytes: the output never holds a character that acts,
    // decodes back to the input (nothing is lost, nothing looks alike), and
    // the decoded overload agrees wherever the bytes were valid UTF-8.
    void randomInputIsShownLosslesslyAndInertly()
    {
        QRandomGenerator random(20261201);
        for (int round = 0; round < 20000; ++round) {
            const QByteArray input = hostileBytes(random);
            const QString shown = visibleText(input);
            QVERIFY2(firstHiddenCharacter(shown).isEmpty(), input.toHex().constData());
            bool ok = false;
            QCOMPARE(unescape(shown, &ok), input);
            QVERIFY(ok);
            const QString decoded = QString::fromUtf8(input);
            if (decoded.toUtf8() == input)
                QCOMPARE(visibleText(decoded), shown);
            else
                QVERIFY(firstHiddenCharacter(visibleText(decoded)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestVisibleText)
#include "tst_visibletext.moc"
