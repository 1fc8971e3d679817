// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "inventory/csvreader.h"
#include "inventory/inventorycsv.h"
#include "inventory/phoneidentity.h"
#include "model/firmwarecatalogue.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using pfs::ColumnMapping;
using pfs::CsvReader;
using pfs::InventoryCsv;
using pfs::InventoryField;
using pfs::InventoryLimits;
using pfs::InventoryPhone;
using pfs::InventoryResult;

namespace {

// A file of tests/data/inventory, loaded; the test stops when it does not load.
InventoryCsv loaded(const QString &file)
{
    InventoryCsv csv;
    if (!csv.loadFile(pfs::test::dataPath(QStringLiteral("inventory/") + file)))
        qFatal("%s does not load: %s", qPrintable(file), qPrintable(csv.error()));
    return csv;
}

InventoryResult readBytes(const QByteArray &bytes, InventoryLimits limits = {})
{
    InventoryCsv csv(limits);
    if (!csv.loadBytes(bytes)) {
        InventoryResult refused;
        refused.error = csv.error();
        return refused;
    }
    return csv.read(csv.proposedMapping());
}

const InventoryPhone *phoneNamed(const InventoryResult &result, QStringView name)
{
    const auto found = std::find_if(result.phones.cbegin(), result.phones.cend(),
                                    [&](const InventoryPhone &p) { return p.name == name; });
    return found == result.phones.cend() ? nullptr : &*found;
}

bool anyWarningContains(const InventoryResult &result, QStringView text)
{
    return std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                       [&](const QString &w) { return w.contains(text); });
}

bool isOneLine(const QString &text)
{
    return !text.isEmpty() && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

QList<QByteArray> fieldsOf(QByteArrayView text, char separator = ',')
{
    CsvReader reader(text, separator, {});
    CsvReader::Record record;
    if (!reader.next(&record))
        return {};
    return record.fields;
}

} // namespace

class TestInventoryCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- The CSV reader (RFC 4180) -------------------------------------------

    void readerFollowsRfc4180_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<QByteArray>>("fields");
        using L = QList<QByteArray>;
        QTest::newRow("plain") << QByteArray("a,b,c\n") << L{"a", "b", "c"};
        QTest::newRow("no final line end") << QByteArray("a,b") << L{"a", "b"};
        QTest::newRow("empty fields") << QByteArray(",,\n") << L{"", "", ""};
        QTest::newRow("quoted separator") << QByteArray("\"a,b\",c\n") << L{"a,b", "c"};
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << L{"say \"hi\"", "x"};
        QTest::newRow("quoted CRLF kept") << QByteArray("\"one\r\ntwo\",x\r\n") << L{"one\r\ntwo", "x"};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << L{"", "x"};
        QTest::newRow("quote inside unquoted") << QByteArray("12\" screen,x\n") << L{"12\" screen", "x"};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << L{" a ", " b "};
    }

    void readerFollowsRfc4180()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<QByteArray>, fields);
        QCOMPARE(fieldsOf(text), fields);
    }

    void readerNumbersLinesAsAnEditorDoes()
    {
        // LF, CRLF and a lone CR end lines; a quoted line break moves the count on.
        CsvReader reader("h\r\n\"a\nb\",1\r\rc\n\n\nd", ',', {});
        CsvReader::Record record;
        QList<int> lines;
        while (reader.next(&record))
            lines.append(record.line);
        QCOMPARE(lines, (QList<int>{1, 2, 5, 8}));
    }

    void readerDetectsTheSeparatorOfTheHeader_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("separator");
        QTest::newRow("comma") << QByteArray("Device Name,Description\n") << ',';
        QTest::newRow("semicolon") << QByteArray("Device Name;Description;Device Pool\r\n") << ';';
        QTest::newRow("tab") << QByteArray("MAC Address\tModel\n") << '\t';
        QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d;e\n") << ';';
        QTest::newRow("second line does not count") << QByteArray("a;b\nc,d,e,f\n") << ';';
        QTest::newRow("one column") << QByteArray("MAC Address\n") << ',';
    }

    void readerDetectsTheSeparatorOfTheHeader()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, separator);
        QCOMPARE(CsvReader::detectSeparator(text), separator);
    }

    void readerBoundsRecordsAndScansPastThem()
    {
        CsvReader::Limits limits;
        limits.maxFields = 3;
        limits.maxFieldBytes = 4;
        CsvReader reader("a,b,c,d,e\n12345,x\n\"ab\"cd,y\nok,z\n\"open", ',', limits);
        CsvReader::Record record;
        QVERIFY(reader.next(&record));
        QCOMPARE(record.problem, CsvReader::Problem::TooManyFields);
        QCOMPARE(record.fields.size(), 3);
        QVERIFY(reader.next(&record));
        QCOMPARE(record.problem, CsvReader::Problem::FieldTooLong);
        QCOMPARE(record.fields.first(), QByteArray("1234"));
        QVERIFY(reader.next(&record));
        QCOMPARE(record.problem, CsvReader::Problem::TextAfterQuote);
        QCOMPARE(record.fields.size(), 2); // the bad field still ends at its separator
        QVERIFY(reader.next(&record));
        QCOMPARE(record.problem, CsvReader::Problem::None);
        QCOMPARE(record.fields, (QList<QByteArray>{"ok", "z"}));
        QCOMPARE(record.line, 4);
        QVERIFY(reader.next(&record));
        QCOMPARE(record.problem, CsvReader::Problem::UnclosedQuote);
        QVERIFY(!reader.next(&record));
    }

    // ---- Phone identity and models ---------------------------------------------

    void macAddressesInEveryUsualForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint64>("mac");
        const quint64 m = 0x001BD4A1B201ULL;
        QTest::newRow("bare") << QStringLiteral("001BD4A1B201") << m;
        QTest::newRow("lower") << QStringLiteral("001bd4a1b201") << m;
        QTest::newRow("colons") << QStringLiteral("00:1B:D4:A1:B2:01") << m;
        QTest::newRow("dashes") << QStringLiteral("00-1b-d4-a1-b2-01") << m;
        QTest::newRow("cisco dots") << QStringLiteral("001B.D4A1.B201") << m;
        QTest::newRow("SEP") << QStringLiteral("SEP001BD4A1B201") << m;
        QTest::newRow("sep lower, dots") << QStringLiteral("sep001b.d4a1.b201") << m;
        QTest::newRow("spaces around") << QStringLiteral("  SEP001BD4A1B201 ") << m;
        QTest::newRow("11 digits") << QStringLiteral("001BD4A1B20") << quint64(0);
        QTest::newRow("13 digits") << QStringLiteral("001BD4A1B2011") << quint64(0);
        QTest::newRow("not hex") << QStringLiteral("001BD4A1B20G") << quint64(0);
        QTest::newRow("mixed separators") << QStringLiteral("00:1B-D4:A1:B2:01") << quint64(0);
        QTest::newRow("dots misplaced") << QStringLiteral("001.BD4A1.B201") << quint64(0);
        QTest::newRow("jabber") << QStringLiteral("CSFHDUPONT") << quint64(0);
        QTest::newRow("ATA port") << QStringLiteral("ATA001BD4A1B201") << quint64(0);
        QTest::newRow("all zero") << QStringLiteral("000000000000") << quint64(0);
        QTest::newRow("empty") << QString() << quint64(0);
    }

    void macAddressesInEveryUsualForm()
    {
        QFETCH(QString, text);
        QFETCH(quint64, mac);
        QCOMPARE(pfs::macFromText(text).value_or(0), mac);
        if (mac)
            QCOMPARE(pfs::deviceNameOf(mac), QStringLiteral("SEP001BD4A1B201"));
    }

    void cucmDeviceTypesBecomeThePhonesOwnModels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("model");
        QTest::newRow("Cisco 7961") << QStringLiteral("Cisco 7961") << QStringLiteral("CP-7961G");
        QTest::newRow("Cisco 7961G-GE") << QStringLiteral("Cisco 7961G-GE") << QStringLiteral("CP-7961G-GE");
        QTest::newRow("Cisco 7941G-GE") << QStringLiteral("Cisco 7941G-GE") << QStringLiteral("CP-7941G-GE");
        QTest::newRow("Cisco 7971") << QStringLiteral("Cisco 7971") << QStringLiteral("CP-7971G-GE");
        QTest::newRow("Cisco 7960") << QStringLiteral("Cisco 7960") << QStringLiteral("CP-7960G");
        QTest::newRow("product code") << QStringLiteral("CP-7962G") << QStringLiteral("CP-7962G");
        QTest::newRow("bare with G") << QStringLiteral("7945G") << QStringLiteral("CP-7945G");
        QTest::newRow("long name, lower")
            << QStringLiteral("cisco unified ip phone 7965g") << QStringLiteral("CP-7965G");
        QTest::newRow("8845 unknown") << QStringLiteral("Cisco 8845") << QString();
        QTest::newRow("Jabber unknown") << QStringLiteral("Cisco Unified Client Services Framework") << QString();
        QTest::newRow("7961 SIP is not a model") << QStringLiteral("7961 SIP") << QString();
    }

    void cucmDeviceTypesBecomeThePhonesOwnModels()
    {
        QFETCH(QString, text);
        QFETCH(QString, model);
        QCOMPARE(pfs::knownPhoneModel(text), model);
    }

    // Every model of the shipped catalogue is known under its own name and
    // under CUCM's "Cisco NNNN" (the "-GE" ones keep their suffix, except the 7971).
    void everyCatalogueModelIsKnown()
    {
        const pfs::FirmwareCatalogue catalogue = pfs::FirmwareCatalogue::builtIn();
        QVERIFY(!catalogue.models().isEmpty());
        for (const pfs::PhoneModelInfo &info : catalogue.models()) {
            QCOMPARE(pfs::knownPhoneModel(info.model), info.model);
            QString cucm = info.model;
            cucm.replace(QLatin1String("CP-"), QLatin1String("Cisco "));
            if (!cucm.endsWith(QLatin1String("-GE")))
                cucm.chop(1); // "Cisco 7961G" -> "Cisco 7961"
            else if (info.model == QLatin1String("CP-7971G-GE"))
                cucm = QStringLiteral("Cisco 7971");
            QVERIFY2(pfs::knownPhoneModel(cucm) == info.model, qPrintable(cucm));
        }
    }

    // ---- Column names --------------------------------------------------------

    void headerNamesFindTheirField_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        const auto f = [](InventoryField field) { return int(field); };
        QTest::newRow("Device Name") << QStringLiteral("Device Name") << f(InventoryField::DeviceName);
        QTest::newRow("DEVICE NAME") << QStringLiteral("DEVICE NAME") << f(InventoryField::DeviceName);
        QTest::newRow("device_name") << QStringLiteral("device_name") << f(InventoryField::DeviceName);
        QTest::newRow("Device Name(Line)") << QStringLiteral("Device Name(Line)") << f(InventoryField::DeviceName);
        QTest::newRow("MAC ADDRESS") << QStringLiteral("MAC ADDRESS") << f(InventoryField::Mac);
        QTest::newRow("Adresse MAC") << QStringLiteral("Adresse MAC") << f(InventoryField::Mac);
        QTest::newRow("Device Type") << QStringLiteral("Device Type") << f(InventoryField::Model);
        QTest::newRow("Modèle") << QStringLiteral("Modèle") << f(InventoryField::Model);
        QTest::newRow("IPv4 Address") << QStringLiteral("IPv4 Address") << f(InventoryField::Address);
        QTest::newRow("IP Address") << QStringLiteral(" ip-address ") << f(InventoryField::Address);
        QTest::newRow("Description") << QStringLiteral("DESCRIPTION") << f(InventoryField::Description);
        QTest::newRow("Device Pool") << QStringLiteral("Device Pool") << f(InventoryField::DevicePool);
        QTest::newRow("Phone Load Name") << QStringLiteral("Phone Load Name") << f(InventoryField::Load);
        QTest::newRow("Load Information") << QStringLiteral("Load Information") << f(InventoryField::Load);
        QTest::newRow("Active Load ID") << QStringLiteral("Active Load ID") << f(InventoryField::Load);
        QTest::newRow("Directory Number 1") << QStringLiteral("Directory Number 1") << -1;
        QTest::newRow("Line Description 1") << QStringLiteral("Line Description 1") << -1;
    }

    void headerNamesFindTheirField()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        const ColumnMapping mapping = ColumnMapping::fromHeaders({QStringLiteral("Other"), header});
        const auto found = std::find(mapping.columns.cbegin(), mapping.columns.cend(), 1);
        const int foundField = found == mapping.columns.cend() ? -1 : int(found - mapping.columns.cbegin());
        QCOMPARE(foundField, field);
    }

    void aColumnServesOneFieldAndTheBetterNameWins()
    {
        const ColumnMapping mapping = ColumnMapping::fromHeaders(
            {QStringLiteral("Name"), QStringLiteral("Device Name"), QStringLiteral("MAC")});
        QCOMPARE(mapping.column(InventoryField::DeviceName), 1);
        QCOMPARE(mapping.column(InventoryField::Mac), 2);
        QVERIFY(!ColumnMapping::fieldLabel(InventoryField::DevicePool).isEmpty());
    }

    // ---- Real-looking exports --------------------------------------------------

    void batAllDetailsExportIsReadFieldByField()
    {
        InventoryCsv csv = loaded(QStringLiteral("bat-export-all-details.csv"));
        QCOMPARE(csv.separator(), ',');
        QCOMPARE(csv.headers().size(), 71);
        const ColumnMapping mapping = csv.proposedMapping();
        QCOMPARE(mapping.column(InventoryField::DeviceName), 0);
        QCOMPARE(mapping.column(InventoryField::Description), 1);
        QCOMPARE(mapping.column(InventoryField::DevicePool), 2);
        QCOMPARE(mapping.column(InventoryField::Load), 22);  // Phone Load Name
        QCOMPARE(mapping.column(InventoryField::Model), 36); // Device Type
        QCOMPARE(mapping.column(InventoryField::Mac), -1);
        QCOMPARE(mapping.column(InventoryField::Address), -1); // BAT exports no address
        QVERIFY(mapping.firstRowIsHeader);

        const InventoryResult r = csv.read(mapping);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.counts.rows, 8);
        QCOMPARE(r.phones.size(), 6);
        QCOMPARE(r.counts.withoutIdentity, 1); // the Jabber client, CSFHDUPONT
        QCOMPARE(r.counts.duplicates, 1);
        QCOMPARE(r.counts.unknownModels, 1); // the 8845
        QCOMPARE(r.counts.malformed, 0);

        const InventoryPhone *accueil = phoneNamed(r, u"SEP001BD4A1B201");
        QVERIFY(accueil);
        QCOMPARE(accueil->mac, 0x001BD4A1B201ULL);
        QCOMPARE(accueil->model, QStringLiteral("CP-7961G"));
        QCOMPARE(accueil->description, QStringLiteral("Accueil, rez-de-chaussée"));
        QCOMPARE(accueil->devicePool, QStringLiteral("DP_Lyon_Etage0"));
        QCOMPARE(accueil->load, QStringLiteral("SCCP41.9-4-2SR2-2S"));
        QCOMPARE(accueil->address, 0u);
        QCOMPARE(accueil->line, 2); // the first one, not its repeat on line 8

        const InventoryPhone *jura = phoneNamed(r, u"SEP001BD4A1B202");
        QVERIFY(jura);
        QCOMPARE(jura->description, QStringLiteral("Salle \"Jura\"\n2e étage"));
        QCOMPARE(jura->model, QStringLiteral("CP-7961G-GE"));
        QCOMPARE(jura->line, 3);
        QCOMPARE(phoneNamed(r, u"SEP001E4A0C1303")->line, 5); // after the two-line description
        QCOMPARE(phoneNamed(r, u"SEP0019E8F7A104")->model, QStringLiteral("CP-7971G-GE"));
        QCOMPARE(phoneNamed(r, u"SEP0017594C0E05")->model, QStringLiteral("CP-7960G"));
        QCOMPARE(phoneNamed(r, u"SEP00270D3C8806")->model, QStringLiteral("Cisco 8845")); // as read

        QVERIFY(anyWarningContains(r, u"line 6")); // the Jabber row
        QVERIFY(anyWarningContains(r, u"line 8 repeats line 2"));
        QVERIFY(anyWarningContains(r, u"Cisco 8845"));
        for (const QString &w : r.warnings)
            QVERIFY2(isOneLine(w), qPrintable(w));
    }

    void frenchExcelSemicolonWithBomAndCrlf()
    {
        InventoryCsv csv = loaded(QStringLiteral("excel-fr-semicolon-bom.csv"));
        QCOMPARE(csv.separator(), ';');
        QCOMPARE(csv.headers().first(), QStringLiteral("Device Name")); // no BOM left on it
        const ColumnMapping mapping = csv.proposedMapping();
        QCOMPARE(mapping.column(InventoryField::Address), 4);
        QCOMPARE(mapping.column(InventoryField::Load), 6); // Active Load ID
        const InventoryResult r = csv.read(mapping);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.counts.rows, 4); // the trailing ";;;;;;" row is blank
        QCOMPARE(r.phones.size(), 4);
        QCOMPARE(r.phones[0].description, QStringLiteral("Accueil, rez-de-chaussée"));
        QCOMPARE(r.phones[0].address, 0x0A14000Bu);                       // 10.20.0.11
        QCOMPARE(r.phones[0].load, QStringLiteral("SCCP41.9-4-2SR2-2S")); // no CR left at the end
        QCOMPARE(r.phones[1].description, QStringLiteral("Bureau d'Hélène; 2e étage"));
        QCOMPARE(r.phones[2].description, QStringLiteral("Salle \"Jura\"\n2e étage"));
        QCOMPARE(r.phones[3].line, 6);
        QCOMPARE(r.phones[3].load, QString());
        QVERIFY(r.warnings.isEmpty());
    }

    void frenchExcelInWindows1252()
    {
        InventoryCsv csv = loaded(QStringLiteral("excel-fr-cp1252.csv"));
        const InventoryResult r = csv.read(csv.proposedMapping());
        QCOMPARE(r.phones.size(), 4);
        QCOMPARE(r.phones[1].description, QStringLiteral("Bureau d'Hélène; 2e étage"));
        QCOMPARE(r.phones[3].description, QStringLiteral("Cœur du labo")); // 0x9C, where Latin-1 has a control
        QVERIFY(anyWarningContains(r, u"Windows-1252"));
    }

    void excelUnicodeTextInUtf16()
    {
        InventoryCsv csv = loaded(QStringLiteral("excel-unicode-text.txt"));
        QCOMPARE(csv.separator(), '\t');
        const InventoryResult r = csv.read(csv.proposedMapping());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.phones.size(), 3);
        QCOMPARE(r.phones[1].name, QStringLiteral("SEP001BD4A1B202"));
        QCOMPARE(r.phones[1].model, QStringLiteral("CP-7961G-GE"));
        QCOMPARE(r.phones[1].description, QStringLiteral("Bureau d'Hélène"));
        QCOMPARE(r.phones[2].description, QStringLiteral("Salle \"Jura\""));
        QCOMPARE(r.phones[2].address, 0x0A14000Du);
    }

    void findAndListPhonesPage()
    {
        InventoryCsv csv = loaded(QStringLiteral("find-and-list-phones.csv"));
        const ColumnMapping mapping = csv.proposedMapping();
        QCOMPARE(mapping.column(InventoryField::DeviceName), 0); // "Device Name(Line)"
        QCOMPARE(mapping.column(InventoryField::Address), 8);    // "IPv4 Address", after the dates with commas
        const InventoryResult r = csv.read(mapping);
        QCOMPARE(r.phones.size(), 3);
        QCOMPARE(r.counts.withoutIdentity, 1);
        QCOMPARE(r.phones[1].description, QStringLiteral("LYO; SALLE JURA; ; ;"));
        QCOMPARE(r.phones[2].address, 0x0A14010Eu); // 10.20.1.14
    }

    void macOnlyList()
    {
        InventoryCsv csv = loaded(QStringLiteral("mac-only.csv"));
        const InventoryResult r = csv.read(csv.proposedMapping());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.counts.rows, 7); // the empty line is no row
        QCOMPARE(r.phones.size(), 5);
        QCOMPARE(r.counts.withoutIdentity, 1); // 00:1B:D4:A1:B2:0G
        QCOMPARE(r.counts.duplicates, 1);      // 001bd4a1b201 again, in another form
        QCOMPARE(r.phones[2].name, QStringLiteral("SEP001E4A0C1303"));
        QCOMPARE(r.phones[4].mac, 0x0017594C0E05ULL);
        for (const InventoryPhone &p : r.phones)
            QVERIFY(p.model.isEmpty() && p.address == 0 && p.description.isEmpty());
    }

    void listWithoutHeaderIsReadFromItsFirstRow()
    {
        InventoryCsv csv = loaded(QStringLiteral("macs-without-header.csv"));
        const ColumnMapping mapping = csv.proposedMapping();
        QVERIFY(!mapping.firstRowIsHeader);
        QCOMPARE(mapping.column(InventoryField::Mac), 0);
        QCOMPARE(mapping.column(InventoryField::Model), 1);
        QCOMPARE(mapping.column(InventoryField::Address), 2);
        const InventoryResult r = csv.read(mapping);
        QCOMPARE(r.phones.size(), 3);
        QCOMPARE(r.phones[0].line, 1);
        QCOMPARE(r.phones[0].model, QStringLiteral("CP-7961G"));
        QCOMPARE(r.phones[2].address, 0x0A14000Du);
    }

    void unknownHeadersAreGuessedFromContentsAndCorrected()
    {
        InventoryCsv csv = loaded(QStringLiteral("unknown-headers.csv"));
        ColumnMapping mapping = csv.proposedMapping();
        QVERIFY(mapping.firstRowIsHeader);
        QCOMPARE(mapping.column(InventoryField::Mac), 3);   // "Adresse physique" holds MACs
        QCOMPARE(mapping.column(InventoryField::Model), 4); // "Matériel" holds device types
        QCOMPARE(mapping.column(InventoryField::Description), -1);
        QCOMPARE(csv.loadWarnings().size(), 2);
        QVERIFY2(csv.loadWarnings().first().contains(QLatin1String("Adresse physique")),
                 qPrintable(csv.loadWarnings().first()));

        // The user, in the preview, says "Emplacement" is the description.
        const QList<QStringList> preview = csv.previewRows(2);
        QCOMPARE(preview.size(), 2);
        QCOMPARE(preview[0][2], QStringLiteral("Emplacement"));
        mapping.setColumn(InventoryField::Description, 2);
        const InventoryResult r = csv.read(mapping);
        QCOMPARE(r.phones.size(), 3);
        QCOMPARE(r.phones[1].description, QStringLiteral("2e étage"));
        QCOMPARE(r.phones[1].model, QStringLiteral("CP-7961G-GE"));
        // How the proposal was made is told with the proposal, not with the user's mapping.
        QVERIFY(!anyWarningContains(r, u"chosen by its contents"));
        QVERIFY(anyWarningContains(csv.read(csv.proposedMapping()), u"chosen by its contents"));
    }

    void unknownHeadersWithoutPhonesGiveOneLine()
    {
        const InventoryResult r = readBytes("Poste;Utilisateur\n4101;Accueil\n4102;Hélène Dupont\n");
        QVERIFY(r.phones.isEmpty());
        QVERIFY2(isOneLine(r.error), qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("MAC")));
    }

    void excelSepLineNamesTheSeparator()
    {
        const InventoryResult r = readBytes("sep=;\r\nDevice Name;Description\r\nSEP001BD4A1B201;a,b\r\n");
        QCOMPARE(r.phones.size(), 1);
        QCOMPARE(r.phones[0].description, QStringLiteral("a,b"));
        QCOMPARE(r.phones[0].line, 3);
    }

    void conflictsAndBadAddressesAreCountedAndKept()
    {
        const InventoryResult r = readBytes("Device Name,MAC Address,IP Address\n"
                                            "SEP001BD4A1B201,001BD4A1B299,10.20.0.256\n"
                                            "BOTHDUPONT,001BD4A1B202,10.20.0.12\n");
        QCOMPARE(r.phones.size(), 2);
        QCOMPARE(r.counts.identityConflicts, 1);
        QCOMPARE(r.phones[0].mac, 0x001BD4A1B201ULL); // the device name decides
        QCOMPARE(r.counts.badAddresses, 1);
        QCOMPARE(r.phones[0].address, 0u);
        QCOMPARE(r.phones[1].name, QStringLiteral("SEP001BD4A1B202")); // not a SEP name: the MAC column serves
        QVERIFY(anyWarningContains(r, u"10.20.0.256"));
    }

    // ---- Hostile input ---------------------------------------------------------

    void controlCharactersAreKeptAsReadAndQuotedVisibly()
    {
        const QByteArray escape = "\x1b[31mred\x07\xe2\x80\xae"; // ESC, BEL, RIGHT-TO-LEFT OVERRIDE
        const InventoryResult r
            = readBytes("Device Name,Description,Device Type\nSEP001BD4A1B201," + escape + "," + escape + "\n");
        QCOMPARE(r.phones.size(), 1);
        QCOMPARE(r.phones[0].description, QString::fromUtf8(escape)); // as read: the UI shows it through visibleText
        QCOMPARE(r.counts.unknownModels, 1);
        QVERIFY(anyWarningContains(r, u"\\x1b[31mred"));
        for (const QString &w : r.warnings)
            QVERIFY2(pfs::test::hiddenCharacter(w).isEmpty(), qPrintable(pfs::test::hiddenCharacter(w)));
    }

    void aTenMegabyteFieldCostsItsRowOnly()
    {
        QByteArray text = "Device Name,Description\nSEP001BD4A1B201,first\nSEP001BD4A1B202,\"";
        text += QByteArray(10 * 1024 * 1024, 'x');
        text += "\"\nSEP001BD4A1B203,last\n";
        QElapsedTimer timer;
        timer.start();
        const InventoryResult r = readBytes(text);
        QCOMPARE(r.counts.rows, 3);
        QCOMPARE(r.counts.malformed, 1);
        QCOMPARE(r.phones.size(), 2);
        QCOMPARE(r.phones[1].name, QStringLiteral("SEP001BD4A1B203"));
        QVERIFY(anyWarningContains(r, u"longer than 65536 bytes"));
        QVERIFY2(timer.elapsed() < 5000, "a long field is scanned once, not quadratically");
    }

    void aTenMegabyteHeaderIsRefused()
    {
        const InventoryResult r = readBytes(QByteArray(10 * 1024 * 1024, 'x') + "\nSEP001BD4A1B201\n");
        QVERIFY2(isOneLine(r.error) && r.error.contains(QLatin1String("line 1")), qPrintable(r.error));
    }

    void anUnterminatedQuoteAtTheEndCostsTheLastRow()
    {
        const InventoryResult r = readBytes("Device Name,Description\nSEP001BD4A1B201,ok\n"
                                            "SEP001BD4A1B202,\"never closed\nSEP001BD4A1B203,swallowed\n");
        QCOMPARE(r.phones.size(), 1);
        QCOMPARE(r.counts.rows, 2);
        QCOMPARE(r.counts.malformed, 1);
        QVERIFY(anyWarningContains(r, u"line 3: a quoted field"));
    }

    void textAfterAClosingQuoteCostsItsRow()
    {
        const InventoryResult r = readBytes("Device Name,Model\n\"SEP001BD4A1B201\"x,Cisco 7961\n"
                                            "SEP001BD4A1B202,Cisco 7961\n");
        QCOMPARE(r.phones.size(), 1);
        QCOMPARE(r.counts.malformed, 1);
        QVERIFY(anyWarningContains(r, u"closing quote"));
    }

    void tooManyFieldsCostsItsRow()
    {
        const InventoryResult r
            = readBytes("Device Name,Description\nSEP001BD4A1B201" + QByteArray(5000, ',') + "\nSEP001BD4A1B202,ok\n");
        QCOMPARE(r.phones.size(), 1);
        QCOMPARE(r.counts.malformed, 1);
        QVERIFY(anyWarningContains(r, u"more than 4096 fields"));
    }

    void binaryJunkIsRefusedInOneLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QByteArray junk(4096, Qt::Uninitialized);
        QRandomGenerator random(14); // fixed: the same junk on every run
        for (char &c : junk)
            c = char(random.bounded(256));
        junk[100] = '\0';
        QTest::newRow("random bytes") << junk << QStringLiteral("NUL");
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QStringLiteral("Excel workbook");
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << QStringLiteral("Excel workbook");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("line ends only") << QByteArray("\r\n\n\r\n") << QStringLiteral("empty");
        QTest::newRow("separators only") << QByteArray(";;;;\r\n;;;;\r\n") << QStringLiteral("empty");
        QTest::newRow("sep line only") << QByteArray("sep=;\r\n") << QStringLiteral("empty");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty");
    }

    void binaryJunkIsRefusedInOneLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        InventoryCsv csv;
        QVERIFY(!csv.loadBytes(bytes));
        QVERIFY2(isOneLine(csv.error()) && csv.error().contains(expected), qPrintable(csv.error()));
        const InventoryResult r = csv.read(csv.proposedMapping());
        QCOMPARE(r.error, csv.error());
        QVERIFY(r.phones.isEmpty());
    }

    // Junk without a NUL reads as Windows-1252 text: no phone comes out of it,
    // and every row it makes is accounted for.
    void junkWithoutNulGivesNoPhone()
    {
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        QRandomGenerator random(4051);
        for (char &c : junk)
            c = char(1 + random.bounded(255));
        const InventoryResult r = readBytes(junk);
        QVERIFY(r.phones.isEmpty());
        QVERIFY2(isOneLine(r.error) || r.counts.rows == r.counts.withoutIdentity + r.counts.malformed,
                 qPrintable(r.error));
    }

    void aFileBeyondTheSizeBoundIsRefusedUnread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile big(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(InventoryLimits().maxFileBytes + 1)); // sparse: no disk written
        big.close();
        InventoryCsv csv;
        QVERIFY(!csv.loadFile(big.fileName()));
        QVERIFY2(isOneLine(csv.error()) && csv.error().contains(QLatin1String("64 MiB")), qPrintable(csv.error()));
        QVERIFY(!csv.loadFile(dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY2(isOneLine(csv.error()) && csv.error().contains(QLatin1String("missing.csv")), qPrintable(csv.error()));
    }

    void rowsBeyondTheBoundAreNotRead()
    {
        QByteArray text = "MAC Address\n";
        const int rows = InventoryLimits().maxRows + 1;
        for (int i = 1; i <= rows; ++i)
            text += pfs::deviceNameOf(quint64(i)).toLatin1() + '\n';
        const InventoryResult r = readBytes(text);
        QCOMPARE(r.counts.rows, rows - 1);
        QCOMPARE(r.phones.size(), rows - 1);
        QVERIFY(r.counts.truncated);
        QVERIFY(anyWarningContains(r, u"only the first 200000 were read"));
        QCOMPARE(r.phones.last().line, rows);
    }

    void smallerBoundsAreRespected()
    {
        InventoryLimits limits;
        limits.maxFileBytes = 1024;
        QVERIFY(!InventoryCsv(limits).loadBytes(QByteArray(1025, 'a')));
        limits.maxRows = 2;
        const InventoryResult r = readBytes("MAC\n001BD4A1B201\n001BD4A1B202\n001BD4A1B203\n", limits);
        QCOMPARE(r.phones.size(), 2);
        QVERIFY(r.counts.truncated);
        const InventoryResult exact = readBytes("MAC\n001BD4A1B201\n001BD4A1B202\n\n", limits);
        QVERIFY(!exact.counts.truncated); // a trailing empty line is no third row
    }
};

QTEST_GUILESS_MAIN(TestInventoryCsv)
#include "tst_inventorycsv.moc"
