// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// File ▸ Import inventory's dialog: the columns its header names propose are
// chosen already, every change of a chooser is read again at once (the
// summary, the preview's titles, Import), the phones accepted are those of
// the file, and text from the file is shown, never acted on.
#include "testsupport.h"
#include "ui/dialogs/inventorydialog.h"
#include "ui/models/inventorypreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace pfs;

namespace {

InventoryCsv loaded(const QString &file)
{
    InventoryCsv csv;
    if (!csv.loadFile(test::dataPath(QStringLiteral("inventory/") + file)))
        qFatal("%s does not load: %s", qPrintable(file), qPrintable(csv.error()));
    return csv;
}

// A CUCM-like export (Device Name;Description;Device Pool;Device Type;IP
// Address;Directory Number 1;Active Load ID), four phones, in a French Excel's CSV.
InventoryDialog *frenchExport()
{
    return new InventoryDialog(loaded(QStringLiteral("excel-fr-semicolon-bom.csv")),
                               test::dataPath(QStringLiteral("inventory/excel-fr-semicolon-bom.csv")));
}

void choose(InventoryDialog &dialog, InventoryField field, int column)
{
    QComboBox *chooser = dialog.chooser(field);
    chooser->setCurrentIndex(chooser->findData(column));
}

QString phonesExpected(int phones)
{
    return InventoryDialog::tr("%Ln phone(s) will be expected.", nullptr, phones);
}

} // namespace

class TestInventoryDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theHeaderNamesChooseTheColumns()
    {
        std::unique_ptr<InventoryDialog> dialog(frenchExport());
        QCOMPARE(dialog->chooser(InventoryField::DeviceName)->currentData().toInt(), 0);
        QCOMPARE(dialog->chooser(InventoryField::DeviceName)->currentText(), QStringLiteral("Device Name"));
        QCOMPARE(dialog->chooser(InventoryField::Model)->currentText(), QStringLiteral("Device Type"));
        QCOMPARE(dialog->chooser(InventoryField::Address)->currentText(), QStringLiteral("IP Address"));
        QCOMPARE(dialog->chooser(InventoryField::Load)->currentText(), QStringLiteral("Active Load ID"));
        QCOMPARE(dialog->chooser(InventoryField::Mac)->currentData().toInt(), ColumnMapping::kNoColumn);
        QVERIFY(dialog->headerChoice()->isChecked());
        const QAbstractItemModel *preview = dialog->previewTable()->model();
        QCOMPARE(preview->headerData(3, Qt::Horizontal).toString(), ColumnMapping::fieldLabel(InventoryField::Model));
        QCOMPARE(preview->headerData(5, Qt::Horizontal).toString(), InventoryPreviewModel::tr("Column %1").arg(6));
        QCOMPARE(preview->headerData(0, Qt::Vertical).toString(), InventoryPreviewModel::tr("Header"));
        QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("Device Name"));
        QCOMPARE(preview->rowCount(), 5); // the header row and four phones
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(dialog->whyNot(), QString());
        QVERIFY2(dialog->summary().startsWith(phonesExpected(4)), qPrintable(dialog->summary()));
    }

    // A column moved to another field leaves the field that had it, and the
    // summary says at once what reading so gives.
    void changingAChooserChangesTheSummary()
    {
        std::unique_ptr<InventoryDialog> dialog(frenchExport());
        QVERIFY(!dialog->summary().contains(QLatin1String("IPv4")));
        choose(*dialog, InventoryField::Address, 1); // the descriptions
        QCOMPARE(dialog->chooser(InventoryField::Description)->currentData().toInt(), ColumnMapping::kNoColumn);
        QCOMPARE(dialog->mapping().column(InventoryField::Description), ColumnMapping::kNoColumn);
        const QAbstractItemModel *preview = dialog->previewTable()->model();
        QCOMPARE(preview->headerData(1, Qt::Horizontal).toString(), ColumnMapping::fieldLabel(InventoryField::Address));
        QCOMPARE(preview->headerData(4, Qt::Horizontal).toString(), InventoryPreviewModel::tr("Column %1").arg(5));
        QVERIFY2(dialog->summary().startsWith(phonesExpected(4)), qPrintable(dialog->summary()));
        QVERIFY2(dialog->summary().contains(QLatin1String("not an IPv4 address")), qPrintable(dialog->summary()));
        QCOMPARE(dialog->counts().badAddresses, 4);

        choose(*dialog, InventoryField::DeviceName, 2); // the device pools: no phone in them
        QVERIFY2(dialog->summary().startsWith(phonesExpected(0)), qPrintable(dialog->summary()));
        QVERIFY(dialog->summary().contains(InventoryDialog::tr("%Ln row(s) skipped.", nullptr, 4)));
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(!dialog->whyNot().isEmpty());
    }

    void noDeviceNameNorMacDisablesImport()
    {
        std::unique_ptr<InventoryDialog> dialog(frenchExport());
        choose(*dialog, InventoryField::DeviceName, ColumnMapping::kNoColumn);
        QVERIFY(!dialog->mapping().hasIdentity());
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(dialog->whyNot().contains(QLatin1String("MAC")));
        QVERIFY(dialog->phones().isEmpty());
        choose(*dialog, InventoryField::Mac, 0); // SEP names give their MAC
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(dialog->whyNot(), QString());
        QCOMPARE(dialog->phones().size(), 4);
    }

    void acceptedPhonesAreTheListsPhones()
    {
        std::unique_ptr<InventoryDialog> dialog(frenchExport());
        dialog->show();
        dialog->importButton()->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const QList<ExpectedPhone> phones = dialog->phones();
        QCOMPARE(phones.size(), 4);
        QCOMPARE(phones[0].name, QByteArray("SEP001BD4A1B201"));
        QCOMPARE(phones[0].mac, 0x001BD4A1B201ULL);
        QCOMPARE(phones[0].model, QStringLiteral("CP-7961G"));
        QCOMPARE(phones[0].address, 0x0A14000Bu); // 10.20.0.11
        QCOMPARE(phones[0].load, QStringLiteral("SCCP41.9-4-2SR2-2S"));
        QCOMPARE(phones[1].model, QStringLiteral("CP-7961G-GE"));
        QCOMPARE(phones[1].description, QStringLiteral("Bureau d'Hélène; 2e étage"));
        QCOMPARE(phones[3].name, QByteArray("SEP0019E8F7A104"));
        QCOMPARE(phones[3].address, 0x0A14010Eu); // 10.20.1.14
        QCOMPARE(dialog->counts().rows, 4);
        QCOMPARE(dialog->counts().withoutIdentity, 0);
    }

    // No header row: the columns are named by place and first value, the
    // first row is a phone; taken as a header, it is one phone less.
    void aListWithoutHeaderReadsItsFirstRow()
    {
        InventoryDialog dialog(loaded(QStringLiteral("macs-without-header.csv")), QStringLiteral("macs.csv"));
        QVERIFY(!dialog.headerChoice()->isChecked());
        QCOMPARE(dialog.chooser(InventoryField::Mac)->currentText(),
                 InventoryDialog::tr("Column %1: %2").arg(QStringLiteral("1"), QStringLiteral("SEP001BD4A1B201")));
        QCOMPARE(dialog.phones().size(), 3);
        QCOMPARE(dialog.previewTable()->model()->headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
        dialog.headerChoice()->setChecked(true);
        QCOMPARE(dialog.chooser(InventoryField::Mac)->currentText(), QStringLiteral("SEP001BD4A1B201"));
        QCOMPARE(dialog.phones().size(), 2);
        QVERIFY(dialog.summary().startsWith(phonesExpected(2)));
    }

    // A header too long to wrap, quoted by the proposal's remark, is cut at
    // the dialog's edge: the dialog never grows past a 1366-pixel screen.
    void aLongHeaderNeverWidensTheDialog()
    {
        const QByteArray bytes = "Poste," + QByteArray(400, 'H') + "\n4101,00:1B:D4:A1:B2:01\n";
        InventoryCsv csv;
        QVERIFY2(csv.loadBytes(bytes), qPrintable(csv.error()));
        QVERIFY(!csv.loadWarnings().isEmpty()); // the MAC column chosen by its contents
        InventoryDialog dialog(std::move(csv), QStringLiteral("long.csv"));
        QCOMPARE(dialog.phones().size(), 1);
        QVERIFY2(dialog.minimumSizeHint().width() < 1000,
                 qPrintable(QString::number(dialog.minimumSizeHint().width())));
        QVERIFY2(dialog.sizeHint().width() < 1366, qPrintable(QString::number(dialog.sizeHint().width())));
    }

    // Controls, a bidi override and a very long cell: shown as escapes, cut
    // in the table, never acted on, in the preview and in the choosers alike.
    void hostileCellsAreShownMadeVisible()
    {
        const QByteArray longText(5000, 'A');
        const QByteArray bytes = "Device Name,\"Desc\x07ription\xe2\x80\xae\r\nevil\"\r\n"
                                 "SEP001BD4A1B201,\"\x1b[31mred\xe2\x80\xae"
            + longText + "\"\r\n";
        InventoryCsv csv;
        QVERIFY2(csv.loadBytes(bytes), qPrintable(csv.error()));
        InventoryDialog dialog(std::move(csv), QStringLiteral("evil\x1b.csv"));
        QAbstractItemModelTester tester(dialog.previewTable()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QAbstractItemModel *preview = dialog.previewTable()->model();
        const QString cell = preview->index(1, 1).data().toString();
        QCOMPARE(test::hiddenCharacter(cell), QString());
        QVERIFY2(cell.startsWith(QLatin1String("\\x1b[31mred\\u{202e}AAA")), qPrintable(cell));
        QVERIFY2(cell.size() < 120 && cell.endsWith(QStringLiteral("…")), qPrintable(cell));
        const QString tooltip = preview->index(1, 1).data(Qt::ToolTipRole).toString();
        QCOMPARE(test::hiddenCharacter(tooltip), QString());
        QVERIFY(tooltip.size() > cell.size());
        const QString header = preview->index(0, 1).data().toString();
        QCOMPARE(header, QStringLiteral("Desc\\x07ription\\u{202e}\\x0d\\x0aevil"));
        for (int i = 0; i < kInventoryFieldCount; ++i) {
            const QComboBox *chooser = dialog.chooser(InventoryField(i));
            for (int item = 0; item < chooser->count(); ++item)
                QCOMPARE(test::hiddenCharacter(chooser->itemText(item)), QString());
        }
        choose(dialog, InventoryField::Description, 1);
        QCOMPARE(dialog.phones().size(), 1);
        QCOMPARE(dialog.phones()[0].description.size(), 9 + 5000); // the data stays as read
        QCOMPARE(test::hiddenCharacter(dialog.summary()), QString());
        for (QLabel *label : dialog.findChildren<QLabel *>())
            QCOMPARE(test::hiddenCharacter(label->text()), QString());
    }
};

QTEST_MAIN(TestInventoryDialog)
#include "tst_inventorydialog.moc"
