// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The tree view's legend: shown over the trees once there is one, naming the
// kinds of edges drawn (the wire's observed ones here) and the states' colours.
#include "ui/tree/treeview.h"

#include "render/edgestyle.h"
#include "render/phonestate.h"
#include "testsupport.h"

#include <QTest>

using namespace pfs;

class TestTreeView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void legendNamesTheEdgesDrawn()
    {
        TreeView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(view.legendLines().isEmpty()); // no tree, no legend

        const test::WireRollout wire = test::wireRollout();
        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->model = std::make_shared<const RolloutModel>(wire.model);
        view.setSnapshot(snapshot);
        view.setHierarchy(wire.hierarchy);
        QCOMPARE(view.nodeCount(), 2);
        const QStringList lines = view.legendLines();
        QVERIFY2(lines.contains(EdgeStyle::legendLabel(Provenance::Wire)), qPrintable(lines.join(u'|')));
        QVERIFY(!lines.contains(EdgeStyle::legendLabel(Provenance::Modelled)));
        QVERIFY(lines.contains(PhoneStateStyle::name(PhoneState::Complete)));

        // In the viewport's corner, inside the view, whatever the window's size.
        view.resize(500, 400);
        QCoreApplication::processEvents();
        bool inside = false;
        for (const QWidget *child : view.findChildren<QWidget *>()) {
            if (child->parentWidget() == &view && child->isVisible() && child->toolTip().contains(lines.first()))
                inside = view.viewport()->geometry().contains(child->geometry());
        }
        QVERIFY(inside);
    }
};

QTEST_MAIN(TestTreeView)
#include "tst_treeview.moc"
