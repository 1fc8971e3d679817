// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The languages pfsmon ships: every string finished in both, and switching
// changes the core's words and the locale (the window's own switch is
// tests/ui/tst_translations).
#include "i18n/language.h"
#include "model/rolloutmodel.h"

#include <QFile>
#include <QLocale>
#include <QTest>
#include <QXmlStreamReader>

using namespace pfs;

namespace {

struct Message {
    QString source;
    QStringList forms; // one, or the plural forms
    bool finished = true;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            current = Message{};
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.isStartElement()
                   && (xml.name() == QLatin1String("comment") || xml.name() == QLatin1String("extracomment")
                       || xml.name() == QLatin1String("translatorcomment"))) {
            xml.skipCurrentElement(); // notes for the translator, not a translation
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.finished = type.isEmpty();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            current.forms.append(xml.readElementText());
        } else if (xml.isCharacters() && !xml.isWhitespace() && current.forms.isEmpty()) {
            current.forms.append(xml.text().toString());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsFinishedInBothLanguages()
    {
        const QList<Message> fr = readTs(QStringLiteral(PFSMON_TRANSLATIONS "/pfsmon_fr.ts"));
        const QList<Message> en = readTs(QStringLiteral(PFSMON_TRANSLATIONS "/pfsmon_en.ts"));
        QVERIFY(fr.size() > 300);
        QCOMPARE(fr.size(), en.size());
        for (qsizetype i = 0; i < fr.size(); ++i) {
            QCOMPARE(fr[i].source, en[i].source);
            for (const Message *m : {&fr[i], &en[i]}) {
                QVERIFY2(m->finished, qPrintable(m->source));
                QVERIFY2(!m->forms.isEmpty() && !m->forms.first().trimmed().isEmpty() ? true
                                                                                      : m->source.trimmed().isEmpty(),
                         qPrintable(m->source));
            }
            // Placeholders survive translation: a %1 lost would drop a value.
            for (int n = 1; n <= 9; ++n) {
                const QString placeholder = QLatin1Char('%') + QString::number(n);
                if (fr[i].source.contains(placeholder))
                    QVERIFY2(fr[i].forms.constLast().contains(placeholder), qPrintable(fr[i].source));
            }
        }
    }

    void coreStringsAreTranslatedToo()
    {
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QCOMPARE(RolloutModel::stateName(ComponentState::Complete), QStringLiteral("terminé"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(RolloutModel::stateName(ComponentState::Complete), QStringLiteral("complete"));
        QVERIFY(!Language::apply(QStringLiteral("de")));
    }

    void eachLanguageNamesItselfAndSetsTheLocale()
    {
        QCOMPARE(Language::available(), (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
        QCOMPARE(Language::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(Language::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QCOMPARE(Language::current(), QStringLiteral("fr"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u202f234,5"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
