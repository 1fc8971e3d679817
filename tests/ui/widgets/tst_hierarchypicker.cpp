// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The hierarchy picker's tree (issue #15): "All hierarchies", then subnet →
// model → file, every hierarchy once, under its own subnet and model; each
// group's progress the sum of its files', "All" the rollout's, and all of
// them agreeing at the end (item 1: "All 0 %" beside hierarchies at 100 %);
// a tick tells the view only the rows that changed; choosing a row tells
// which hierarchy to show. And the phone table's Parent column follows the
// hierarchy chosen at once (item 3: the previous one's parents stayed).
#include "ui/models/hierarchymodel.h"
#include "ui/models/phonetablemodel.h"
#include "ui/widgets/hierarchypicker.h"
#include "ui/widgets/overviewstrip.h"

#include "engine/demofeed.h"
#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "sim/simulator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace pfs;

namespace {

using Kind = HierarchyModel::Kind;

// A 200-phone demo the test moves forward, and its snapshots as the engine makes them.
struct Demo {
    sim::Config config;
    std::shared_ptr<RolloutModel> model = std::make_shared<RolloutModel>();
    std::unique_ptr<sim::Simulator> simulator;
    std::unique_ptr<DemoFeed> feed;
    qint64 seconds = 0;

    Demo()
    {
        config.phones = 200;
        config.seed = 5;
        simulator = std::make_unique<sim::Simulator>(config);
        feed = std::make_unique<DemoFeed>(*simulator, model.get(), DemoSources::Traces);
    }
    std::shared_ptr<const EngineSnapshot> at(qint64 s)
    {
        seconds = s;
        simulator->advanceTo(s * 1'000'000, *feed);
        return snapshot();
    }
    std::shared_ptr<const EngineSnapshot> atEnd()
    {
        simulator->runToEnd(*feed);
        return snapshot();
    }
    std::shared_ptr<const EngineSnapshot> snapshot() const
    {
        auto s = std::make_shared<EngineSnapshot>();
        s->model = std::make_shared<const RolloutModel>(*model);
        s->bandwidth = BandwidthReport::compute(*model);
        s->clockMs = model->lastEventMs();
        s->findings = Health::assess(*model, s->clockMs);
        s->findingIndex = FindingIndex(s->findings);
        s->forecast = Forecast(*model, s->findings, s->clockMs);
        return s;
    }
};

pfs::Progress sumOfChildren(const HierarchyModel &tree, const QModelIndex &parent)
{
    pfs::Progress sum;
    for (int row = 0; row < tree.rowCount(parent); ++row)
        sum += tree.progressAt(tree.index(row, 0, parent));
    return sum;
}

void compareProgress(const pfs::Progress &a, const pfs::Progress &b)
{
    QCOMPARE(a.doneBytes, b.doneBytes);
    QCOMPARE(a.totalBytes, b.totalBytes);
    QCOMPARE(a.components, b.components);
    QCOMPARE(a.completeComponents, b.completeComponents);
}

// Every group's progress is the sum of its rows', at every level.
void verifySums(const HierarchyModel &tree, const QModelIndex &parent)
{
    for (int row = 0; row < tree.rowCount(parent); ++row) {
        const QModelIndex index = tree.index(row, 0, parent);
        if (tree.kindAt(index) == Kind::Subnet || tree.kindAt(index) == Kind::Model) {
            compareProgress(tree.progressAt(index), sumOfChildren(tree, index));
            verifySums(tree, index);
        }
    }
}

} // namespace

class TestHierarchyPicker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void subnetThenModelThenFile()
    {
        Demo demo;
        HierarchyModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setSnapshot(demo.at(20));
        tree.setSnapshot(demo.at(60)); // hierarchies added since are inserted
        const auto snapshot = demo.at(90);
        tree.setSnapshot(snapshot);
        const RolloutModel &model = *snapshot->model;
        QCOMPARE(tree.kindAt(tree.index(0, 0)), Kind::All);
        QCOMPARE(tree.index(0, 0).data().toString(), HierarchyModel::tr("All hierarchies"));
        QCOMPARE(tree.rowCount(tree.index(0, 0)), 0);
        QSet<HierarchyId> seen;
        quint32 previousSubnet = 0;
        for (int s = 1; s < tree.rowCount(); ++s) {
            const QModelIndex subnet = tree.index(s, 0);
            QCOMPARE(tree.kindAt(subnet), Kind::Subnet);
            QVERIFY(tree.rowCount(subnet) > 0);
            for (int m = 0; m < tree.rowCount(subnet); ++m) {
                const QModelIndex group = tree.index(m, 0, subnet);
                QCOMPARE(tree.kindAt(group), Kind::Model);
                for (int f = 0; f < tree.rowCount(group); ++f) {
                    const QModelIndex file = tree.index(f, 0, group);
                    QCOMPARE(tree.kindAt(file), Kind::File);
                    QCOMPARE(tree.rowCount(file), 0);
                    const Hierarchy *h = model.hierarchy(tree.hierarchyAt(file));
                    QVERIFY(h);
                    QVERIFY(!seen.contains(h->id));
                    seen.insert(h->id);
                    QCOMPARE(tree.indexOf(h->id), file);
                    // Under its own subnet and model; named by its file and XID.
                    QCOMPARE(subnet.data().toString(), formatSubnet(h->subnet, model.subnetPrefix()));
                    QCOMPARE(group.data().toString(), h->model);
                    QVERIFY2(file.data().toString().startsWith(h->file)
                                 && file.data().toString().endsWith(RolloutModel::xidName(*h)),
                             qPrintable(file.data().toString()));
                    QCOMPARE(file.siblingAtColumn(HierarchyModel::ColumnPhones).data(HierarchyModel::RawRole).toInt(),
                             int(h->members.size()));
                }
                // A model's phones counted once, though each takes part in one tree per file.
                const int phones
                    = group.siblingAtColumn(HierarchyModel::ColumnPhones).data(HierarchyModel::RawRole).toInt();
                int largestTree = 0;
                for (int f = 0; f < tree.rowCount(group); ++f)
                    largestTree = qMax(
                        largestTree,
                        tree.index(f, HierarchyModel::ColumnPhones, group).data(HierarchyModel::RawRole).toInt());
                QVERIFY(phones >= largestTree && phones <= demo.config.phones);
            }
            const Hierarchy *first = model.hierarchy(tree.hierarchyAt(subnet));
            QVERIFY(first && first->subnet > previousSubnet); // in address order
            previousSubnet = first->subnet;
        }
        QCOMPARE(seen.size(), qsizetype(model.hierarchies().size()));
        QVERIFY(seen.size() > 3);
    }

    // One definition of progress summed upwards: every group is the sum of
    // its files; "All" is the rollout's (the overview strip's figure), of
    // which the hierarchies are a part; at the end all say 100 %.
    void progressAgreesWithAll()
    {
        Demo demo;
        HierarchyModel tree;
        OverviewStrip strip;
        auto snapshot = demo.at(60);
        tree.setSnapshot(snapshot);
        strip.setSnapshot(snapshot);
        verifySums(tree, {});
        const QModelIndex all = tree.index(0, HierarchyModel::ColumnProgress);
        compareProgress(tree.progressAt(all.siblingAtColumn(0)), snapshot->model->overallProgress());
        QVERIFY2(all.data().toString().startsWith(strip.value(OverviewStrip::Progress)),
                 qPrintable(all.data().toString()));
        pfs::Progress distributed;
        for (int row = 1; row < tree.rowCount(); ++row)
            distributed += tree.progressAt(tree.index(row, 0));
        const pfs::Progress rollout = tree.progressAt(all.siblingAtColumn(0));
        QVERIFY(distributed.doneBytes > 0 && distributed.doneBytes <= rollout.doneBytes);
        QVERIFY(distributed.totalBytes <= rollout.totalBytes);
        QVERIFY2(all.data(Qt::ToolTipRole).toString().contains(DisplayFormat::size(distributed.totalBytes, QLocale())),
                 qPrintable(all.data(Qt::ToolTipRole).toString()));
        // "x of y" with the unit.
        QVERIFY2(all.data().toString().contains(DisplayFormat::size(rollout.totalBytes, QLocale())),
                 qPrintable(all.data().toString()));

        snapshot = demo.atEnd();
        tree.setSnapshot(snapshot);
        verifySums(tree, {});
        const std::function<void(const QModelIndex &)> allComplete = [&](const QModelIndex &parent) {
            for (int row = 0; row < tree.rowCount(parent); ++row) {
                const QModelIndex index = tree.index(row, HierarchyModel::ColumnProgress, parent);
                QVERIFY2(index.data(HierarchyModel::RawRole).toDouble() == 1.0,
                         qPrintable(index.siblingAtColumn(0).data().toString()));
                QVERIFY(index.data().toString().startsWith(DisplayFormat::share(1.0, QLocale())));
                allComplete(index.siblingAtColumn(0));
            }
        };
        allComplete({});
    }

    // A tick tells the view the rows whose figures changed, no others.
    void onlyChangedRowsAreTold()
    {
        Demo demo;
        HierarchyModel tree;
        auto snapshot = demo.at(60);
        tree.setSnapshot(snapshot);
        QSignalSpy told(&tree, &QAbstractItemModel::dataChanged);
        tree.setSnapshot(demo.snapshot()); // nothing moved
        QCOMPARE(told.count(), 0);
        QCOMPARE(tree.rowsChangedLastTime(), 0);
        tree.setSnapshot(demo.at(61));
        QVERIFY(told.count() > 0);
        int rows = 0;
        const std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
            for (int row = 0; row < tree.rowCount(parent); ++row) {
                ++rows;
                count(tree.index(row, 0, parent));
            }
        };
        count({});
        QVERIFY2(tree.rowsChangedLastTime() > 0 && tree.rowsChangedLastTime() < rows,
                 qPrintable(QStringLiteral("%1 of %2").arg(tree.rowsChangedLastTime()).arg(rows)));
        for (const QList<QVariant> &signal : std::as_const(told)) {
            const auto first = signal[0].value<QModelIndex>();
            const auto last = signal[1].value<QModelIndex>();
            QCOMPARE(first.parent(), last.parent());
            QVERIFY(first.row() <= last.row());
        }
    }

    // A file row chooses its hierarchy, "All" none, a subnet or model row its
    // first file (and opens); select() shows a hierarchy's row.
    void choosingRows()
    {
        Demo demo;
        HierarchyPicker picker;
        picker.resize(400, 600);
        picker.show();
        picker.setSnapshot(demo.at(90));
        HierarchyModel *tree = picker.model();
        QSignalSpy chosen(&picker, &HierarchyPicker::hierarchyChosen);
        const QModelIndex subnet = tree->index(1, 0);
        const QModelIndex group = tree->index(0, 0, subnet);
        const QModelIndex second = tree->index(1, 0, group);
        QVERIFY(second.isValid());
        picker.view()->setCurrentIndex(second);
        QCOMPARE(chosen.takeLast().at(0).value<HierarchyId>(), tree->hierarchyAt(second));
        picker.view()->collapse(subnet);
        picker.view()->setCurrentIndex(subnet);
        QCOMPARE(chosen.takeLast().at(0).value<HierarchyId>(), tree->hierarchyAt(tree->index(0, 0, group)));
        QVERIFY(picker.view()->isExpanded(subnet));
        QVERIFY(subnet.data(Qt::ToolTipRole)
                    .toString()
                    .contains(tree->index(0, 0, group).data().toString().section(u' ', 0, 0)));
        picker.view()->setCurrentIndex(tree->index(0, 0));
        QCOMPARE(chosen.takeLast().at(0).value<HierarchyId>(), kNoHierarchy);
        picker.select(tree->hierarchyAt(second));
        QCOMPARE(picker.view()->currentIndex().siblingAtColumn(0), second);
        QCOMPARE(chosen.takeLast().at(0).value<HierarchyId>(), tree->hierarchyAt(second));
    }

    // Item 3: choosing another hierarchy re-reads the Parent column at once,
    // not at the next tick (only the Role column was told).
    void parentFollowsTheHierarchyChosen()
    {
        Demo demo;
        const auto snapshot = demo.at(120);
        PhoneTableModel phones;
        phones.setSnapshot(snapshot);
        const RolloutModel &model = *snapshot->model;
        // A phone with different parents in two files' trees.
        HierarchyId a = kNoHierarchy, b = kNoHierarchy;
        PhoneId phone = kNoPhone;
        for (const Hierarchy &h : model.hierarchies()) {
            for (const Hierarchy &other : model.hierarchies()) {
                for (const PhoneId id : h.members) {
                    if (phone == kNoPhone && h.id != other.id && h.parent(id) != kNoPhone
                        && other.parent(id) != kNoPhone && h.parent(id) != other.parent(id)) {
                        a = h.id;
                        b = other.id;
                        phone = id;
                    }
                }
            }
        }
        QVERIFY(phone != kNoPhone);
        const QModelIndex parentCell = phones.index(phones.rowOf(phone), PhoneTableModel::ColumnParent);
        phones.setHierarchy(a);
        QCOMPARE(parentCell.data().toString(), model.phone(model.hierarchy(a)->parent(phone))->displayName());
        QSignalSpy told(&phones, &QAbstractItemModel::dataChanged);
        phones.setHierarchy(b);
        QCOMPARE(parentCell.data().toString(), model.phone(model.hierarchy(b)->parent(phone))->displayName());
        bool parentTold = false;
        for (const QList<QVariant> &signal : std::as_const(told)) {
            const auto first = signal[0].value<QModelIndex>();
            const auto last = signal[1].value<QModelIndex>();
            parentTold = parentTold
                || (first.row() <= parentCell.row() && parentCell.row() <= last.row()
                    && first.column() <= PhoneTableModel::ColumnParent
                    && PhoneTableModel::ColumnParent <= last.column());
        }
        QVERIFY(parentTold);
    }
};

QTEST_MAIN(TestHierarchyPicker)
#include "tst_hierarchypicker.moc"
