// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// bench_uitick: the cost of one UI tick at 1,000 and 10,000 phones: the
// engine's snapshot (model copy and bandwidth) plus the views taking it (phone
// table, hierarchy picker, tree scene), in a window under the offscreen
// platform. The UI thread's part is timed on snapshots made beforehand, as
// the engine makes them on its own thread; baseline from the same run: the
// snapshot alone. Targets: under 16 ms at 1,000 and at 10,000 phones, with
// the tree showing one hierarchy and with "All" (its overview); rebuilds
// timed apart, and beside "All", the forest of every tree it drew before.
// The overview strip and the hierarchy picker's tree at 10,000 phones, the
// rollout moving between ticks: under 16 ms for the two views on the UI
// thread, beside the snapshot alone (measureOverview).
// The Phones tab at 10,000 phones, sorted, taking ticks 2 s of rollout apart:
// under 16 ms (measurePhonesTab; `bench_uitick --phones-tab` runs it alone).
// Then the engine's per-tick model copy on its own: what the copy costs, what
// releasing the previous one costs, and what it costs the model to change
// after it (copy-on-write), against the same ticks applied without copies.
// `bench_uitick --copy [PHONES [busy|quiet]]` runs only that part, e.g. to
// count instructions:
//   valgrind --tool=callgrind --toggle-collect='*copyOfModel*' bench_uitick --copy 10000 quiet
#include "ui/models/hierarchymodel.h"
#include "ui/models/phonetablemodel.h"
#include "ui/tree/treeview.h"
#include "ui/widgets/hierarchypicker.h"
#include "ui/widgets/overviewstrip.h"
#include "ui/widgets/phonestab.h"

#include "render/overview.h"
#include "render/treerenderer.h"

#include "protocol/dloadparser.h"
#include "sim/modelfeed.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTreeView>

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

// A record the simulator sent, kept to be applied twice alike.
struct Recorded {
    qint64 timeUs;
    QByteArray host;
    QByteArray record;
};

struct Recorder : sim::Sink {
    std::vector<Recorded> records;
    void record(qint64 t, const sim::SimPhone &p, const QByteArray &r) override { records.push_back({t, p.host, r}); }
    void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override { }
};

struct CopyCost {
    double copyMs = 0;    // per tick: the engine's copy of the model
    double releaseMs = 0; // per tick: dropping the previous tick's copy
    double applyMs = 0;   // per tick: applying the tick's records
    int ticks = 0;
};

// Out of line, for callgrind's --toggle-collect: the copy, its release, a tick's records.
[[gnu::noinline]] std::shared_ptr<const RolloutModel> copyOfModel(const RolloutModel &model)
{
    return std::make_shared<const RolloutModel>(model);
}

[[gnu::noinline]] void releaseModel(std::shared_ptr<const RolloutModel> &held,
                                    std::shared_ptr<const RolloutModel> fresh)
{
    held = std::move(fresh);
}

size_t applyTick(RolloutModel &model, const std::vector<Recorded> &records, size_t next)
{
    const qint64 tickEnd = records[next].timeUs + 100'000;
    for (; next < records.size() && records[next].timeUs < tickEnd; ++next) {
        DLoadEvent e;
        DLoadParser::parse(records[next].record, e);
        model.apply(e, RecordOrigin{records[next].host, {}, 0}, records[next].timeUs / 1000);
    }
    return next;
}

// Counted apart, so the compiler cannot fold the two into one function.
int g_ticksAfterCopy = 0;
int g_ticksWithoutCopy = 0;

[[gnu::noinline]] size_t applyTickAfterCopy(RolloutModel &model, const std::vector<Recorded> &records, size_t next)
{
    ++g_ticksAfterCopy;
    return applyTick(model, records, next);
}

[[gnu::noinline]] size_t applyTickWithoutCopy(RolloutModel &model, const std::vector<Recorded> &records, size_t next)
{
    ++g_ticksWithoutCopy;
    return applyTick(model, records, next);
}

// Applies the records tick by tick (100 ms of rollout each). With `copy`, the
// model is copied after each tick as RolloutEngine::snapshot does, and the copy
// is held until the next one arrives, as the window holds its snapshot.
CopyCost replayTicks(RolloutModel model, const std::vector<Recorded> &records, bool copy)
{
    CopyCost cost;
    std::shared_ptr<const RolloutModel> held = copy ? copyOfModel(model) : nullptr;
    QElapsedTimer t;
    size_t next = 0;
    while (next < records.size()) {
        t.start();
        next = copy ? applyTickAfterCopy(model, records, next) : applyTickWithoutCopy(model, records, next);
        cost.applyMs += double(t.nsecsElapsed()) / 1e6;
        if (copy) {
            t.start();
            auto fresh = copyOfModel(model);
            cost.copyMs += double(t.nsecsElapsed()) / 1e6;
            t.start();
            releaseModel(held, std::move(fresh));
            cost.releaseMs += double(t.nsecsElapsed()) / 1e6;
        }
        ++cost.ticks;
    }
    cost.copyMs /= cost.ticks;
    cost.releaseMs /= cost.ticks;
    cost.applyMs /= cost.ticks;
    return cost;
}

void applyAll(RolloutModel &model, const std::vector<Recorded> &records)
{
    for (const Recorded &r : records) {
        DLoadEvent e;
        DLoadParser::parse(r.record, e);
        model.apply(e, RecordOrigin{r.host, {}, 0}, r.timeUs / 1000);
    }
}

void compareTicks(int phones, const char *window, const RolloutModel &model, const std::vector<Recorded> &records)
{
    // Alternated and the best of three kept: the machine's other load only ever adds.
    CopyCost without = replayTicks(model, records, false);
    CopyCost with = replayTicks(model, records, true);
    for (int round = 0; round < 2; ++round) {
        const CopyCost a = replayTicks(model, records, false);
        const CopyCost b = replayTicks(model, records, true);
        without.applyMs = std::min(without.applyMs, a.applyMs);
        with.applyMs = std::min(with.applyMs, b.applyMs);
        with.copyMs = std::min(with.copyMs, b.copyMs);
        with.releaseMs = std::min(with.releaseMs, b.releaseMs);
    }
    std::printf("%d phones, per-tick model copy, %s (%d ticks, %zu records): copy %.3f ms, release of the previous "
                "%.3f ms; a tick's records applied in %.3f ms after a copy, %.3f ms without\n",
                phones, window, with.ticks, records.size(), with.copyMs, with.releaseMs, with.applyMs, without.applyMs);
}

// Two windows of the demo rollout, each onto the model of the seconds before:
// the busiest seconds (elections and joins, 6 s to 10 s), where every tick
// changes many phones, and the quiet transfers after them (10 s to 200 s),
// where a tick changes a few. `window`: "busy", "quiet" or empty for both.
void measureCopy(int phones, const QString &window = {})
{
    sim::Config config;
    config.phones = phones;
    config.seed = 3;
    sim::Simulator simulator(config);
    Recorder before, busy, quiet;
    simulator.advanceTo(6'000'000, before);
    simulator.advanceTo(10'000'000, busy);
    simulator.advanceTo(200'000'000, quiet);
    RolloutModel model;
    applyAll(model, before.records);
    if (window != QLatin1String("quiet"))
        compareTicks(phones, "busiest 4 s", model, busy.records);
    applyAll(model, busy.records);
    if (window != QLatin1String("busy"))
        compareTicks(phones, "quiet 190 s", model, quiet.records);
}

// The UI thread's part of a tick: the views taking snapshots made beforehand
// (the engine makes them on its own thread), each a fresh copy as it would be.
double viewsTickMs(const std::vector<std::shared_ptr<const EngineSnapshot>> &snapshots, PhoneTableModel &table,
                   HierarchyModel &hierarchies, TreeView &tree)
{
    size_t next = 0;
    return medianMs(int(snapshots.size()), [&] {
        const auto &s = snapshots[next++ % snapshots.size()];
        table.setSnapshot(s);
        hierarchies.setSnapshot(s);
        tree.setSnapshot(s);
        tree.viewport()->repaint();
    });
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
    tree.show();
    const HierarchyId biggest = pfs::test::biggestHierarchy(model);
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
    // The baseline, from the same run: the engine's snapshot alone (its own thread).
    const double baseline = medianMs(15, [&] { snapshotOf(); });
    const double copy = medianMs(15, [&] { RolloutModel copied(model); });
    std::vector<std::shared_ptr<const EngineSnapshot>> snapshots;
    for (int i = 0; i < 15; ++i)
        snapshots.push_back(snapshotOf());
    const double tick = viewsTickMs(snapshots, table, hierarchies, tree);
    const double rebuild = medianMs(5, [&] { tree.setHierarchy(biggest); });
    tree.setHierarchy(kNoHierarchy);
    const qsizetype blocks = tree.overviewBlocks().size();
    const double allRebuild = medianMs(5, [&] { tree.setHierarchy(kNoHierarchy); });
    const double allTick = viewsTickMs(snapshots, table, hierarchies, tree);
    const double overviewBuild = medianMs(
        5, [&] { Overview::build(*snapshots.front()->model, snapshots.front()->findingIndex).layout(1000); });
    // What "All" laid out before it was an overview: the forest of every tree.
    size_t forestBoxes = 0;
    const double forestLayout = medianMs(3, [&] { forestBoxes = TreeScene::build(model, kNoHierarchy).nodes.size(); });
    auto verdict = [targetMs](double ms) { return ms < targetMs ? "met" : "NOT met"; };
    std::printf("%d phones, one tree shown (%d boxes): UI tick %.2f ms (target < %.0f ms: %s), tree rebuild %.2f "
                "ms; baseline, the engine's snapshot alone (its own thread) %.2f ms\n",
                phones, int(model.hierarchy(biggest)->members.size()), tick, targetMs, verdict(tick), rebuild,
                baseline);
    std::printf("%d phones, the model alone: copy and release %.3f ms\n", phones, copy);
    std::printf("%d phones, All shown (%d blocks): UI tick %.2f ms (target < %.0f ms: %s), rebuild %.2f ms, of "
                "which the overview's blocks %.2f ms (on a tick at most once a second when over 4 ms); laying out "
                "the forest of every tree as All did before (%zu boxes, items not counted) %.2f ms\n",
                phones, int(blocks), allTick, targetMs, verdict(allTick), allRebuild, overviewBuild, forestBoxes,
                forestLayout);
    measureCopy(phones);
    return tick < targetMs && allTick < targetMs;
}

// The overview strip and the hierarchy picker's tree taking a tick, painted;
// findings and forecast as the engine makes them. Two kinds of tick: the
// rollout moved 100 ms (applied outside the timing, as the engine's thread
// does), and ticks 30 s apart, where many rows' figures change. Baseline from the same run: the snapshot alone.
// What the engine's thread hands the window each tick, as it builds it.
std::shared_ptr<const EngineSnapshot> engineSnapshot(const RolloutModel &model, qint64 nowUs)
{
    auto s = std::make_shared<EngineSnapshot>();
    s->model = std::make_shared<const RolloutModel>(model);
    s->bandwidth = BandwidthReport::compute(model);
    s->clockMs = nowUs / 1000;
    s->findings = Health::assess(model, s->clockMs);
    s->findingIndex = FindingIndex(s->findings);
    s->forecast = Forecast(model, s->findings, s->clockMs);
    return s;
}

// A demo of `phones` (seed 3) run to `startUs` and on, tick by tick, as
// the engine's thread runs it.
struct RunningDemo {
    RunningDemo(int phones, qint64 startUs)
        : simulator(configFor(phones))
        , feed(&model, 0)
        , nowUs(startUs)
    {
        simulator.advanceTo(nowUs, feed);
    }
    void advanceBy(qint64 us)
    {
        nowUs += us;
        simulator.advanceTo(nowUs, feed);
    }
    std::shared_ptr<const EngineSnapshot> snapshot() const { return engineSnapshot(model, nowUs); }
    static sim::Config configFor(int phones)
    {
        sim::Config config;
        config.phones = phones;
        config.seed = 3;
        return config;
    }

    sim::Simulator simulator;
    RolloutModel model;
    ModelFeed feed;
    qint64 nowUs;
};

struct OverviewTicks {
    double stripMs = 0;
    double treeMs = 0;
    double rowsTold = 0; // per tick, on average
};

OverviewTicks timeOverviewTicks(OverviewStrip &strip, HierarchyPicker &picker,
                                const std::function<std::shared_ptr<const EngineSnapshot>(int)> &snapshotFor)
{
    constexpr int kTicks = 15;
    std::vector<double> stripMs, treeMs;
    int rowsTold = 0;
    for (int tick = 0; tick < kTicks; ++tick) {
        const auto s = snapshotFor(tick);
        QElapsedTimer t;
        t.start();
        strip.setSnapshot(s);
        strip.repaint();
        stripMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.start();
        picker.setSnapshot(s);
        picker.view()->viewport()->repaint();
        treeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        rowsTold += picker.model()->rowsChangedLastTime();
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    return {median(stripMs), median(treeMs), double(rowsTold) / kTicks};
}

bool measureOverview(int phones, double targetMs)
{
    RunningDemo demo(phones, 60'000'000);
    const auto snapshotOf = [&] { return demo.snapshot(); };
    OverviewStrip strip;
    strip.resize(1366, strip.heightForWidth(1366));
    HierarchyPicker picker;
    picker.resize(610, 600);
    strip.show();
    picker.show();
    const auto early = snapshotOf();
    strip.setSnapshot(early);
    picker.setSnapshot(early);
    const double baseline = medianMs(9, [&] { snapshotOf(); });
    const OverviewTicks moving = timeOverviewTicks(strip, picker, [&](int) {
        demo.advanceBy(100'000);
        return snapshotOf();
    });
    const OverviewTicks busy = timeOverviewTicks(strip, picker, [&](int) {
        demo.advanceBy(30'000'000);
        return snapshotOf();
    });
    const double movingMs = moving.stripMs + moving.treeMs;
    const double busyMs = busy.stripMs + busy.treeMs;
    const auto verdict = [&](double ms) { return ms < targetMs ? "met" : "NOT met"; };
    std::printf("%d phones, overview strip and hierarchy tree (%d hierarchies), the rollout moving 100 ms a tick: "
                "%.2f ms (strip %.2f ms, tree %.2f ms, %.1f rows told; target < %.0f ms: %s); 30 s a tick: "
                "%.2f ms (strip %.2f ms, tree %.2f ms, %.1f rows told; %s); baseline, snapshot alone %.2f ms (the "
                "engine's thread)\n",
                phones, int(demo.model.hierarchies().size()), movingMs, moving.stripMs, moving.treeMs, moving.rowsTold,
                targetMs, verdict(movingMs), busyMs, busy.stripMs, busy.treeMs, busy.rowsTold, verdict(busyMs),
                baseline);
    return movingMs < targetMs && busyMs < targetMs;
}

// The Phones tab taking ticks at 10,000 phones, shown and painted, sorted by
// name (as it opens) and then by progress, which every tick changes: the
// rollout moves `stepMs` between ticks, as the window's tick at x200 while
// the engine takes its time over a snapshot. Baseline from the same run: the
// snapshot alone (the engine's thread). Target: under 16 ms.
bool measurePhonesTab(int phones, qint64 stepMs, double targetMs)
{
    RunningDemo demo(phones, 40'000'000);
    const auto snapshotOf = [&] { return demo.snapshot(); };
    PhonesTab tab;
    tab.resize(1366, 500);
    tab.show();
    tab.setSnapshot(snapshotOf());
    QElapsedTimer t;
    t.start();
    const auto first = snapshotOf();
    const double baseline = double(t.nsecsElapsed()) / 1e6;
    tab.setSnapshot(first);
    const auto ticks = [&](int column) {
        tab.table()->sortByColumn(column, Qt::AscendingOrder);
        std::vector<double> ms;
        int rows = 0;
        for (int tick = 0; tick < 6; ++tick) {
            demo.advanceBy(stepMs * 1000);
            const auto s = snapshotOf();
            t.start();
            tab.setSnapshot(s);
            tab.table()->viewport()->repaint();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            rows += tab.model()->rowsChangedLastTime();
        }
        std::sort(ms.begin(), ms.end());
        return std::make_pair(ms[ms.size() / 2], rows / 6);
    };
    const auto [byName, rowsByName] = ticks(PhoneTableModel::ColumnName);
    const auto [byProgress, rowsByProgress] = ticks(PhoneTableModel::ColumnProgress);
    const auto verdict = [&](double ms) { return ms < targetMs ? "met" : "NOT met"; };
    std::printf("%d phones, Phones tab, the rollout moving %lld ms a tick: sorted by name %.2f ms (%d rows told; "
                "target < %.0f ms: %s), by progress %.2f ms (%d rows told; %s); baseline, snapshot alone %.2f ms "
                "(the engine's thread)\n",
                phones, qlonglong(stepMs), byName, rowsByName, targetMs, verdict(byName), byProgress, rowsByProgress,
                verdict(byProgress), baseline);
    return byName < targetMs && byProgress < targetMs;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qsizetype copyOnly = app.arguments().indexOf(QLatin1String("--copy"));
    if (copyOnly > 0) {
        const int phones = app.arguments().value(copyOnly + 1).toInt();
        for (const int n : {1000, 10000}) {
            if (phones == 0 || phones == n)
                measureCopy(n, app.arguments().value(copyOnly + 2));
        }
        return 0;
    }
    if (app.arguments().contains(QLatin1String("--phones-tab")))
        return measurePhonesTab(10000, 100, 16) && measurePhonesTab(10000, 2000, 16) ? 0 : 1;
    const bool small = measure(1000, 16);
    const bool large = measure(10000, 16);
    const bool overview = measureOverview(10000, 16);
    const bool phonesTab = measurePhonesTab(10000, 2000, 16);
    return small && large && overview && phonesTab ? 0 : 1;
}
