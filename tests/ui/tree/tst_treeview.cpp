// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The tree view as a user meets it: the legend in a strip of its own under
// the trees (never over a box), foldable; tooltips summing a phone up; a
// subtree collapsed and expanded by double-clicking its root; Find zooming to
// the phone; Fit and the refit on resize until the user zooms; and "All" as
// one block per model and subnet, a click on one choosing its hierarchy.
#include "ui/tree/treeview.h"

#include "render/edgestyle.h"
#include "render/phonestate.h"
#include "render/treerenderer.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace pfs;

namespace {

std::shared_ptr<const EngineSnapshot> snapshotOf(const RolloutModel &model)
{
    auto snapshot = std::make_shared<EngineSnapshot>();
    snapshot->model = std::make_shared<const RolloutModel>(model);
    return snapshot;
}

QRect visibleArea(const TreeView &view)
{
    return QRect(QPoint(0, 0), view.viewport()->size());
}

} // namespace

class TestTreeView : public QObject {
    Q_OBJECT

private:
    RolloutModel m_model; // a finished 60-phone demo rollout
    HierarchyId m_biggest = kNoHierarchy;

private Q_SLOTS:
    void initTestCase()
    {
        test::simulateInto(&m_model, 60, 8);
        m_biggest = test::biggestHierarchy(m_model);
        QVERIFY(m_model.hierarchy(m_biggest)->members.size() > 5);
    }

    void legendNamesTheEdgesDrawnBesideTheTrees()
    {
        TreeView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(view.legendLines().isEmpty()); // no tree, no legend

        const test::WireRollout wire = test::wireRollout();
        view.setSnapshot(snapshotOf(wire.model));
        view.setHierarchy(wire.hierarchy);
        QCOMPARE(view.nodeCount(), 2);
        const QStringList lines = view.legendLines();
        QVERIFY2(lines.contains(EdgeStyle::legendLabel(Provenance::Wire)), qPrintable(lines.join(u'|')));
        QVERIFY(!lines.contains(EdgeStyle::legendLabel(Provenance::Modelled)));
        QVERIFY(lines.contains(PhoneStateStyle::name(PhoneState::Complete)));

        // Under the viewport, never over it, whatever the window's size; folded, one row.
        for (const QSize size : {QSize(500, 400), QSize(1366, 500)}) {
            view.resize(size);
            QCoreApplication::processEvents();
            const QRect legend = view.legendWidget()->geometry();
            QVERIFY(view.legendWidget()->isVisible());
            QVERIFY(!view.viewport()->geometry().intersects(legend));
            QVERIFY(view.rect().contains(legend));
            QVERIFY(legend.height() >= 16);
        }
        view.resize(500, 400); // the legend in several rows
        QCoreApplication::processEvents();
        const int open = view.legendWidget()->height();
        QTest::mouseClick(view.legendWidget(), Qt::LeftButton);
        QVERIFY(view.legendWidget()->height() < open);
        QVERIFY(!view.viewport()->geometry().intersects(view.legendWidget()->geometry()));
        view.setLegendCollapsed(false);
        QCOMPARE(view.legendWidget()->height(), open);
    }

    // Hovering a box tells its phone, its state on the file, and its place in the tree.
    void boxesHaveTheirPhonesSummaryAsTooltip()
    {
        TreeView view;
        view.resize(900, 600);
        view.show();
        view.setSnapshot(snapshotOf(m_model));
        view.setHierarchy(m_biggest);
        const Hierarchy &h = *m_model.hierarchy(m_biggest);
        const PhoneId child = h.members.last();
        const QRect box = view.boxOnScreen(child);
        QVERIFY(visibleArea(view).contains(box.center()));
        QCOMPARE(view.phoneAt(box.center()), child);
        const QString tip = view.toolTipAt(box.center());
        QVERIFY2(tip.contains(m_model.phone(child)->displayName()), qPrintable(tip));
        QVERIFY2(tip.contains(h.file), qPrintable(tip));
        QVERIFY2(tip.contains(PhoneStateStyle::name(PhoneState::Complete)), qPrintable(tip));
        QVERIFY2(tip.contains(m_model.phone(h.parent(child))->displayName()), qPrintable(tip));
        QVERIFY(view.toolTipAt(QPoint(1, 1)).isEmpty()); // no box in the corner
    }

    void doubleClickCollapsesAndExpandsASubtree()
    {
        TreeView view;
        view.resize(900, 600);
        view.show();
        view.setSnapshot(snapshotOf(m_model));
        view.setHierarchy(m_biggest);
        const Hierarchy &h = *m_model.hierarchy(m_biggest);
        const int all = view.nodeCount();
        QCOMPARE(all, int(h.members.size()));
        const PhoneId root = m_model.effectiveRoot(h);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.boxOnScreen(root).center());
        QVERIFY(view.isCollapsed(root));
        QCOMPARE(view.nodeCount(), all - int(h.members.size()) + 1);
        // A tick of the same tree keeps it folded.
        view.setSnapshot(snapshotOf(m_model));
        QCOMPARE(view.nodeCount(), all - int(h.members.size()) + 1);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, view.boxOnScreen(root).center());
        QVERIFY(!view.isCollapsed(root));
        QCOMPARE(view.nodeCount(), all);
    }

    // Find zooms in until the phone's box reads whole, and shows it.
    void findZoomsToThePhone()
    {
        RolloutModel big;
        test::simulateInto(&big, 300, 5);
        const HierarchyId biggest = test::biggestHierarchy(big);
        TreeView view;
        view.resize(800, 500);
        view.show();
        view.setSnapshot(snapshotOf(big));
        view.setHierarchy(biggest);
        QVERIFY(view.zoom() < TreeRenderer::kFullDetail); // fitted: far away
        const PhoneId last = big.hierarchy(biggest)->members.last();
        QSignalSpy selected(&view, &TreeView::phoneSelected);
        QVERIFY(view.findPhone(big.phone(last)->displayName()));
        QCOMPARE(selected.value(0).value(0).value<PhoneId>(), last);
        QVERIFY(view.zoom() >= TreeRenderer::kFullDetail - 1e-9);
        QVERIFY(visibleArea(view).contains(view.boxOnScreen(last)));
    }

    // Fit shows the whole tree, and a small one no larger than it reads
    // whole; resizing refits until the user zooms.
    void fitsAndRefitsOnResizeUntilTheUserZooms()
    {
        TreeView view;
        view.resize(900, 600);
        view.show();
        const test::WireRollout wire = test::wireRollout();
        view.setSnapshot(snapshotOf(wire.model));
        view.setHierarchy(wire.hierarchy);
        QCOMPARE(view.zoom(), TreeRenderer::kFullDetail); // two boxes: not blown up

        view.setSnapshot(snapshotOf(m_model));
        view.setHierarchy(m_biggest);
        auto everyBoxShown = [&view, this] {
            for (const PhoneId id : m_model.hierarchy(m_biggest)->members) {
                if (!visibleArea(view).contains(view.boxOnScreen(id)))
                    return false;
            }
            return true;
        };
        QVERIFY(everyBoxShown());
        const double fitted = view.zoom();
        view.resize(500, 400);
        QCoreApplication::processEvents();
        QVERIFY(view.zoom() < fitted);
        QVERIFY(everyBoxShown());
        view.zoomBy(2);
        const double zoomed = view.zoom();
        view.resize(900, 600);
        QCoreApplication::processEvents();
        QCOMPARE(view.zoom(), zoomed); // the user's zoom is kept
        view.fitAll();
        QVERIFY(everyBoxShown());
    }

    // "All": a block per model and subnet, not a forest; a click on a file's
    // row chooses its hierarchy.
    void allShowsABlockPerModelAndSubnet()
    {
        TreeView view;
        view.resize(1000, 600);
        view.show();
        view.setSnapshot(snapshotOf(m_model));
        view.setHierarchy(kNoHierarchy);
        QCOMPARE(view.nodeCount(), 0);
        const QStringList blocks = view.overviewBlocks();
        QVERIFY(!blocks.isEmpty());
        QSet<QString> modelsAndSubnets;
        for (const Hierarchy &h : m_model.hierarchies())
            modelsAndSubnets.insert(h.model + u' ' + QString::number(h.subnet));
        QCOMPARE(blocks.size(), modelsAndSubnets.size());
        QVERIFY2(blocks.first().contains(PhoneStateStyle::name(PhoneState::Complete)), qPrintable(blocks.first()));
        QVERIFY(!view.legendLines().isEmpty()); // the states' colours

        QSignalSpy chosen(&view, &TreeView::hierarchyChosen);
        const QRect row = view.overviewBlockOnScreen(m_biggest);
        QVERIFY(visibleArea(view).contains(row.center()));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().value<HierarchyId>(), m_biggest);
        QVERIFY(view.toolTipAt(row.center()).contains(m_model.hierarchy(m_biggest)->file));
    }
};

QTEST_MAIN(TestTreeView)
#include "tst_treeview.moc"
