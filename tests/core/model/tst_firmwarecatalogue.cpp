// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/firmwarecatalogue.h"

#include <QTemporaryFile>
#include <QTest>

#include <limits>

using pfs::FirmwareCatalogue;

class TestFirmwareCatalogue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInCoversTheFieldGuide()
    {
        const FirmwareCatalogue c = FirmwareCatalogue::builtIn();
        const pfs::FirmwareLoad *sccp41 = c.load(u"/dnld/SCCP41.9-4-2SR2-2S.loads");
        QVERIFY(sccp41);
        QCOMPARE(sccp41->components.size(), 8);
        QVERIFY(sccp41->component(u"cvm41sccp.9-4-2ES26.sbn"));
        QVERIFY(sccp41->component(u"jar41sccp.9-4-2ES26.sbn"));
        QVERIFY(sccp41->estimated()); // no public source gives sizes
        const pfs::FirmwareLoad *sip41 = c.load(u"SIP41.9-4-2SR3-1S.loads");
        QVERIFY(sip41);
        for (const char *file :
             {"apps41.9-4-2ES26.sbn", "cnu41.9-4-2ES26.sbn", "cvm41sip.9-4-2ES26.sbn", "dsp41.9-4-2ES26.sbn",
              "jar41sip.9-4-2ES26.sbn", "term41.default.loads", "term61.default.loads"})
            QVERIFY2(sip41->component(QString::fromLatin1(file)), file);
        for (const char *model : {"CP-7906G", "CP-7911G", "CP-7931G", "CP-7941G", "CP-7961G", "CP-7970G", "CP-7971G-GE",
                                  "CP-7942G", "CP-7962G", "CP-7945G", "CP-7965G", "CP-7975G"}) {
            QVERIFY2(c.model(QString::fromLatin1(model)) && c.model(QString::fromLatin1(model))->supportsPfs, model);
        }
        QVERIFY(c.modelLacksPfs(u"CP-7960G"));
        QVERIFY(c.modelLacksPfs(u"CP-7940G"));
        QVERIFY(!c.modelLacksPfs(u"CP-9999")); // unknown models are not assumed unable
        QCOMPARE(c.loadOfComponent(u"/dnld/dsp41.9-4-2ES26.sbn"), sccp41);
        // Every model's loads exist in the catalogue.
        for (const pfs::PhoneModelInfo &m : c.models()) {
            for (const QString &load : m.loads)
                QVERIFY2(c.load(load), qPrintable(load));
        }
    }

    void userFileReplacesTheCatalogue()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"schema": "pfsmon.catalogue/1", "models": [{"model": "X", "pfs": true, "loads": ["X.loads"]}],
                      "loads": [{"name": "X.loads", "components": [{"file": "x.sbn", "bytes": 42, "estimate": false}]}]})");
        file.close();
        FirmwareCatalogue c = FirmwareCatalogue::builtIn();
        QString error;
        QVERIFY2(c.loadFile(file.fileName(), &error), qPrintable(error));
        QVERIFY(!c.load(u"SCCP41.9-4-2SR2-2S.loads"));
        QCOMPARE(c.load(u"X.loads")->totalBytes(), 42);
        QVERIFY(!c.load(u"X.loads")->estimated());
    }

    void badFilesAreRefusedAndLeaveTheCatalogueAsItWas_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong schema") << QByteArray(R"({"schema": "other"})") << QStringLiteral("schema");
        QTest::newRow("negative size") << QByteArray(
            R"({"schema": "pfsmon.catalogue/1", "loads": [{"name": "A", "components": [{"file": "a", "bytes": -1}]}]})")
                                       << QStringLiteral("without a file name or a size");
        QTest::newRow("nameless model") << QByteArray(R"({"schema": "pfsmon.catalogue/1", "models": [{"pfs": true}]})")
                                        << QStringLiteral("no name");
    }

    void badFilesAreRefusedAndLeaveTheCatalogueAsItWas()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        FirmwareCatalogue c = FirmwareCatalogue::builtIn();
        QString error;
        QVERIFY(!c.loadJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(c.load(u"SCCP41.9-4-2SR2-2S.loads"));
    }

    // Found by fuzzing: two components of 9223372036854775807 bytes overflowed
    // the load's total. A size beyond any firmware file is refused.
    void sizeBeyondAnyFirmwareFileIsRefused()
    {
        FirmwareCatalogue c = FirmwareCatalogue::builtIn();
        QString error;
        QVERIFY(!c.loadJson(R"({"schema": "pfsmon.catalogue/1", "loads": [{"name": "A.loads", "components": [
                                  {"file": "a.sbn", "bytes": 9223372036854775807},
                                  {"file": "b.sbn", "bytes": 9223372036854775807}]}]})",
                            &error));
        QVERIFY2(error.contains(QLatin1String("a.sbn")) && error.contains(QLatin1String("larger than")),
                 qPrintable(error));
        QVERIFY(c.load(u"SCCP41.9-4-2SR2-2S.loads")); // unchanged
        const QByteArray largest = QByteArray::number(FirmwareCatalogue::kMaxComponentBytes);
        QVERIFY2(c.loadJson(R"({"schema": "pfsmon.catalogue/1", "loads": [{"name": "A.loads", "components": [
                                  {"file": "a.sbn", "bytes": )"
                                + largest + "}]}]}",
                            &error),
                 qPrintable(error));
        QCOMPARE(c.load(u"A.loads")->totalBytes(), FirmwareCatalogue::kMaxComponentBytes);
    }

    // Found by fuzzing: a component named by a path was listed but never found.
    void namesGivenAsPathsAreFound()
    {
        FirmwareCatalogue c;
        QString error;
        QVERIFY2(c.loadJson(R"({"schema": "pfsmon.catalogue/1", "loads": [{"name": "/dnld/A.loads", "components": [
                                  {"file": "/dnld/a.sbn", "bytes": 10}]}]})",
                            &error),
                 qPrintable(error));
        QVERIFY(c.load(u"A.loads"));
        QCOMPARE(c.load(u"A.loads")->name, QStringLiteral("A.loads"));
        QVERIFY(c.load(u"A.loads")->component(u"a.sbn"));
        QCOMPARE(c.loadOfComponent(u"/tftp/a.sbn"), c.load(u"A.loads"));
        QVERIFY(!c.loadJson(R"({"schema": "pfsmon.catalogue/1", "loads": [{"name": "A.loads", "components": [
                                  {"file": "/dnld/", "bytes": 10}]}]})",
                            &error));
    }

    void totalSaturatesInsteadOfOverflowing()
    {
        pfs::FirmwareLoad load;
        load.components = {{QStringLiteral("a"), std::numeric_limits<qint64>::max(), true},
                           {QStringLiteral("b"), std::numeric_limits<qint64>::max(), true}};
        QCOMPARE(load.totalBytes(), std::numeric_limits<qint64>::max());
    }

    void missingFileIsAClearError()
    {
        FirmwareCatalogue c;
        QString error;
        QVERIFY(!c.loadFile(QStringLiteral("/nonexistent/catalogue.json"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/catalogue.json")));
    }
};

QTEST_GUILESS_MAIN(TestFirmwareCatalogue)
#include "tst_firmwarecatalogue.moc"
