// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/treelayout.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using pfs::TreeLayout;

namespace {

// No two nodes of one level closer than one slot.
bool levelsKeepApart(const TreeLayout &layout)
{
    std::map<int, std::vector<double>> levels;
    for (const TreeLayout::Node &n : layout.nodes)
        levels[n.depth].push_back(n.x);
    for (auto &[depth, xs] : levels) {
        std::sort(xs.begin(), xs.end());
        for (size_t i = 1; i < xs.size(); ++i) {
            if (xs[i] - xs[i - 1] < 1.0 - 1e-9)
                return false;
        }
    }
    return true;
}

double x(const TreeLayout &layout, int id)
{
    return layout.nodes[size_t(layout.index.value(id))].x;
}

} // namespace

class TestTreeLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void completeBinaryTreeIsTidy()
    {
        // Heap numbering: children of i are 2i+1 and 2i+2.
        const auto children = [](int i) { return i < 7 ? QList<int>{2 * i + 1, 2 * i + 2} : QList<int>{}; };
        const TreeLayout layout = TreeLayout::compute({0}, children);
        QCOMPARE(int(layout.nodes.size()), 15);
        QCOMPARE(layout.depth, 3);
        QCOMPARE(layout.width, 7.0); // eight leaves, one slot apart
        QVERIFY(levelsKeepApart(layout));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(x(layout, i), (x(layout, 2 * i + 1) + x(layout, 2 * i + 2)) / 2);
        QCOMPARE(x(layout, 0) - x(layout, 7), x(layout, 14) - x(layout, 0)); // symmetric
        QCOMPARE(layout.nodes[size_t(layout.index.value(14))].depth, 3);
    }

    void onlyChildSitsBelowItsParent()
    {
        const auto children = [](int i) { return i < 4 ? QList<int>{i + 1} : QList<int>{}; };
        const TreeLayout layout = TreeLayout::compute({0}, children);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(x(layout, i), x(layout, 0));
        QCOMPARE(layout.width, 0.0);
    }

    // A deep left subtree and a shallow right one: packed by contour, not by width.
    void subtreesPackByContour()
    {
        QHash<int, QList<int>> tree{{0, {1, 2}}, {1, {3, 4}}, {3, {5, 6}}, {4, {7, 8}}};
        const TreeLayout layout = TreeLayout::compute({0}, [&](int i) { return tree.value(i); });
        QVERIFY(levelsKeepApart(layout));
        // A leaf needs room on its own level only: 2 sits next to 1, over 1's wide bottom.
        QCOMPARE(x(layout, 2) - x(layout, 1), 1.0);
        QVERIFY(x(layout, 8) - x(layout, 5) >= 3.0);
    }

    void forestSideBySide()
    {
        QHash<int, QList<int>> tree{{0, {1, 2}}, {10, {11, 12}}};
        const TreeLayout layout = TreeLayout::compute(
            {0, 10}, [&](int i) { return tree.value(i); }, 2.0);
        QVERIFY(x(layout, 11) >= x(layout, 2) + 3.0);
        QCOMPARE(layout.nodes.front().id, 0);
    }

    void cyclesAndSharedChildrenAreDrawnOnce()
    {
        QHash<int, QList<int>> tree{{0, {1, 2}}, {1, {0, 2}}, {2, {1}}};
        const TreeLayout layout = TreeLayout::compute({0}, [&](int i) { return tree.value(i); });
        QCOMPARE(int(layout.nodes.size()), 3);
    }

    void tenThousandNodes()
    {
        QRandomGenerator random(11);
        QHash<int, QList<int>> tree;
        QList<int> open{0};
        for (int id = 1; id < 10000; ++id) {
            const int parent = open[random.bounded(int(open.size()))];
            tree[parent].append(id);
            if (tree[parent].size() == 2)
                open.removeOne(parent);
            open.append(id);
        }
        const TreeLayout layout = TreeLayout::compute({0}, [&](int i) { return tree.value(i); });
        QCOMPARE(int(layout.nodes.size()), 10000);
        QVERIFY(levelsKeepApart(layout));
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            if (it->size() == 2)
                QCOMPARE(x(layout, it.key()), (x(layout, it->at(0)) + x(layout, it->at(1))) / 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestTreeLayout)
#include "tst_treelayout.moc"
