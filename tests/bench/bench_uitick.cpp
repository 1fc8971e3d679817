// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// bench_uitick: the cost of one UI tick at 1,000 and 10,000 phones: the
// engine's snapshot (model copy and bandwidth) plus the views taking it (phone
// table, hierarchy picker, tree scene), in a window under the offscreen
// platform. Baseline from the same run: the snapshot alone. Targets: under
// 16 ms at 1,000 phones and under 100 ms at 10,000 (tree showing one
// hierarchy; the tree rebuilt when its structure changed is timed apart).
#include "ui/models/hierarchymodel.h"
#include "ui/models/phonetablemodel.h"
#include "ui/tree/treeview.h"

#include "sim/modelfeed.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace pfs;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

bool measure(int phones, double targetMs)
{
    sim::Config config;
    config.phones = phones;
    config.seed = 3;
    sim::Simulator simulator(config);
    // Half-way through the rollout: every view has work to do.
    RolloutModel model;
    ModelFeed feed(&model, 0);
    simulator.advanceTo(60'000'000, feed);

    PhoneTableModel table;
    HierarchyModel hierarchies;
    TreeView tree;
    tree.resize(1000, 600);
    quint32 biggest = 0;
    for (const quint32 xid : model.hierarchyXids()) {
        if (!biggest || model.hierarchy(xid)->members.size() > model.hierarchy(biggest)->members.size())
            biggest = xid;
    }
    auto snapshotOf = [&] {
        auto s = std::make_shared<EngineSnapshot>();
        s->model = std::make_shared<const RolloutModel>(model);
        s->bandwidth = BandwidthReport::compute(model);
        s->clockMs = 60'000;
        return std::shared_ptr<const EngineSnapshot>(s);
    };
    table.setSnapshot(snapshotOf());
    hierarchies.setSnapshot(snapshotOf());
    tree.setSnapshot(snapshotOf());
    tree.setHierarchy(biggest);
    const double baseline = medianMs(15, [&] { snapshotOf(); });
    const double tick = medianMs(15, [&] {
        const auto s = snapshotOf();
        table.setSnapshot(s);
        hierarchies.setSnapshot(s);
        tree.setSnapshot(s);
        tree.viewport()->repaint();
    });
    const double rebuild = medianMs(5, [&] { tree.setHierarchy(biggest); });
    tree.setHierarchy(0);
    const int forestNodes = tree.nodeCount();
    const double forestRebuild = medianMs(3, [&] { tree.setHierarchy(0); });
    const double forestTick = medianMs(5, [&] {
        const auto s = snapshotOf();
        table.setSnapshot(s);
        hierarchies.setSnapshot(s);
        tree.setSnapshot(s);
        tree.viewport()->repaint();
    });
    std::printf("%d phones (%d in the tree shown): tick %.2f ms (target < %.0f ms: %s); baseline, snapshot alone "
                "%.2f ms; tree rebuild %.2f ms\n",
                phones, int(model.hierarchy(biggest)->members.size()), tick, targetMs,
                tick < targetMs ? "met" : "NOT met", baseline, rebuild);
    std::printf("%d phones, every hierarchy shown (%d boxes): tick %.2f ms, tree rebuild %.2f ms\n", phones,
                forestNodes, forestTick, forestRebuild);
    return tick < targetMs;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool small = measure(1000, 16);
    const bool large = measure(10000, 100);
    return small && large ? 0 : 1;
}
