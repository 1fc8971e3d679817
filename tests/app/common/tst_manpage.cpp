// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/common/manpage.h"
#include "app/pfsmon/commandline.h"
#include "app/pfssim/simcommandline.h"
#include "i18n/language.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pfs;

Q_DECLARE_METATYPE(pfs::CommandLineSpec)

class TestManPage : public QObject {
    Q_OBJECT

    // The page as man(1) shows it, plain text: what a reader sees.
    static QString rendered(const QString &page, QString *warnings)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.1"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(page.toUtf8());
        file.close();
        QProcess man;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("200"));
        env.insert(QStringLiteral("MAN_KEEP_FORMATTING"), QString());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        man.setProcessEnvironment(env);
        man.start(QStringLiteral("man"),
                  {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"), QStringLiteral("-P"),
                   QStringLiteral("cat"), QStringLiteral("-l"), path});
        if (!man.waitForFinished(30000))
            return {};
        *warnings = QString::fromUtf8(man.readAllStandardError());
        // Bold and underline as overstrikes when not a terminal: keep the letters.
        QString text = QString::fromUtf8(man.readAllStandardOutput());
        text.remove(QRegularExpression(QStringLiteral(".\\x08")));
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        // CI installs man-db (.ci/setup.sh --tests): a missing man must fail here, not skip.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty(), "man (man-db) is not installed");
    }

    void roffIsMadeLiteral()
    {
        QCOMPARE(ManPage::escaped(QStringLiteral("a\\b")), QStringLiteral("a\\eb"));
        QCOMPARE(ManPage::escaped(QStringLiteral("--phones")), QStringLiteral("\\-\\-phones"));
        QCOMPARE(ManPage::escaped(QStringLiteral(".SH x\n'br")), QStringLiteral("\\&.SH x\n\\&'br"));
        QCOMPARE(ManPage::escaped(QStringLiteral("a.b 'c'")), QStringLiteral("a.b 'c'"));
    }

    // Text that would be roff requests or escapes reaches the reader as written.
    void hostileTextIsShownAsWritten()
    {
        CommandLineSpec spec;
        spec.program = QStringLiteral("demo");
        spec.summary = QStringLiteral("a \\fBsummary");
        spec.description = QStringLiteral(".SH NOT A SECTION");
        spec.synopses = {QStringLiteral("[--x]")};
        spec.options
            = {{QStringLiteral("phones"), QStringLiteral("'br then \\- and \\\\ stay"), QStringLiteral("count")}};
        spec.manSections = {{QStringLiteral("EXAMPLES"),
                             {{ManBlock::Kind::Example, {}, QStringLiteral("demo --phones 5\n.nf still text")}}}};
        QString warnings;
        const QString text
            = rendered(ManPage::write(spec, QStringLiteral("1.2"), QStringLiteral("2026-12-07")), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        QVERIFY2(text.contains(QLatin1String("demo - a \\fBsummary")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String(".SH NOT A SECTION")));
        QVERIFY(text.contains(QLatin1String("--phones count")));
        QVERIFY(text.contains(QLatin1String("'br then \\- and \\\\ stay")));
        QVERIFY(text.contains(QLatin1String("demo --phones 5\n")));
        QVERIFY(text.contains(QLatin1String(".nf still text")));
        QVERIFY(text.contains(QLatin1String("demo 1.2")));
    }

    // The page lists exactly the options --help lists, in the order --help has them.
    void pagesListEveryOptionOfTheirProgram_data()
    {
        QTest::addColumn<CommandLineSpec>("spec");
        QTest::newRow("pfsmon") << CommandLine::spec();
        QTest::newRow("pfssim") << SimCommandLine::spec();
    }

    void pagesListEveryOptionOfTheirProgram()
    {
        QFETCH(CommandLineSpec, spec);
        QCommandLineParser parser;
        spec.applyTo(parser);
        QString warnings;
        const QString text
            = rendered(ManPage::write(spec, QStringLiteral("1"), QStringLiteral("2026-12-07")), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        qsizetype at = 0;
        for (const QString &helpLine : parser.helpText().split(QLatin1Char('\n'))) {
            if (!helpLine.startsWith(QLatin1String("  -"))) // an option's first line, not a description's next
                continue;
            const QString line = helpLine.trimmed();
            const QString term = line.section(QLatin1String("  "), 0, 0); // "--phones <count>"
            const QString manTerm = QString(term).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
            const qsizetype found = text.indexOf(QLatin1String("\n       ") + manTerm, at);
            QVERIFY2(found > 0,
                     qPrintable(QStringLiteral("%1 is not in the page, or not in --help's order").arg(manTerm)));
            at = found;
        }
        QVERIFY(at > 0);
    }

    void speaksFrench()
    {
        QVERIFY(Language::apply(QStringLiteral("fr")));
        const QString page = ManPage::write(CommandLine::spec(), QStringLiteral("1"), QStringLiteral("2026-12-07"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QString warnings;
        const QString text = rendered(page, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        for (const char *title :
             {"NOM", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "CODE DE RETOUR", "EXEMPLES", "VOIR AUSSI"})
            QVERIFY2(text.contains(QLatin1String("\n") + QLatin1String(title) + QLatin1String("\n")), title);
        QVERIFY(text.contains(QLatin1String("dumpcap")));
        QVERIFY(!text.contains(QLatin1String("Run without a window")));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
