// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// --hierarchy's names: a tree of the wire (no XID) by its file, with
// @SUBNET when two subnets share the file; one line saying which to choose
// when a name fits several.
#include "model/hierarchychoice.h"

#include <QTest>

using namespace pfs;

namespace {

const QString kFile = QStringLiteral("cvm11sccp.9-4-2ES26.sbn");

// A root that fetched kFile from the server and one child it served: a wire tree on the root's subnet.
void wireTree(RolloutModel &model, quint32 root, quint32 child)
{
    const PhoneId r = model.phoneOnWire(root, 0, 1), c = model.phoneOnWire(child, 0, 1);
    WireTransfer download;
    download.phone = r;
    download.file = kFile;
    download.stage = WireTransfer::Stage::Started;
    model.applyWireTransfer(download, 1);
    download.stage = WireTransfer::Stage::Complete;
    download.bytes = 3000;
    model.applyWireTransfer(download, 2);
    QVERIFY(model.applyWireEdge(c, r, kFile, 3) != kNoHierarchy);
}

} // namespace

class TestHierarchyChoice : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFileSharedBySubnetsNeedsItsSubnet()
    {
        RolloutModel model;
        wireTree(model, 0x0A14000A, 0x0A14000B); // 10.20.0.0/24
        wireTree(model, 0x0A15000A, 0x0A15000B); // 10.21.0.0/24
        QCOMPARE(model.hierarchies().size(), size_t(2));
        QString error;
        QVERIFY(!HierarchyChoice::find(model, kFile, &error));
        QVERIFY2(error.contains(kFile + QStringLiteral("@10.20.0.0/24")), qPrintable(error));
        QVERIFY2(error.contains(kFile + QStringLiteral("@10.21.0.0/24")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        const Hierarchy *second = HierarchyChoice::find(model, kFile + QStringLiteral("@10.21.0.0/24"), &error);
        QVERIFY(second);
        QCOMPARE(second->subnet, 0x0A150000u);
        QCOMPARE(HierarchyChoice::nameOf(model, *second), kFile + QStringLiteral("@10.21.0.0/24"));
        QCOMPARE(HierarchyChoice::find(model, QStringLiteral("2"), &error), second);
    }

    void namesThatFitNothingSaySo()
    {
        RolloutModel model;
        wireTree(model, 0x0A14000A, 0x0A14000B);
        QString error;
        for (const QString &name : {QStringLiteral("XID080027F8"), QStringLiteral("7"), QStringLiteral("other.sbn"),
                                    QStringLiteral("\x1b[31m.sbn")}) {
            error.clear();
            QVERIFY(!HierarchyChoice::find(model, name, &error));
            QVERIFY2(error.startsWith(QLatin1String("no hierarchy")), qPrintable(error));
            QVERIFY2(!error.contains(QChar(0x1b)), qPrintable(error)); // shown as plain text
        }
        QVERIFY(HierarchyChoice::find(model, kFile, &error)); // one subnet: the file alone names it
    }
};

QTEST_GUILESS_MAIN(TestHierarchyChoice)
#include "tst_hierarchychoice.moc"
