// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The phone table's model (issue #17): a snapshot tells the views only the
// cells that changed (every row was told every tick, and the sort proxy
// re-sorted 10,000 rows); the sort keys come from a cache made once per
// snapshot, and sorting by any column gives the order the table had when
// every key was computed afresh (the previous model, kept here as an
// oracle); the clock's columns are repainted, not told.
#include "ui/models/phonetablemodel.h"

#include "engine/demofeed.h"
#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/phonestate.h"
#include "sim/modelfeed.h"
#include "sim/simulator.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace pfs;

namespace {

// A demo the test moves forward, and its snapshots as the engine makes them.
struct Demo {
    sim::Config config;
    std::shared_ptr<RolloutModel> model = std::make_shared<RolloutModel>();
    std::unique_ptr<sim::Simulator> simulator;
    std::unique_ptr<DemoFeed> feed;

    explicit Demo(int phones = 200)
    {
        config.phones = phones;
        config.seed = 5;
        simulator = std::make_unique<sim::Simulator>(config);
        feed = std::make_unique<DemoFeed>(*simulator, model.get(), DemoSources::Traces);
    }
    std::shared_ptr<const EngineSnapshot> at(qint64 s)
    {
        simulator->advanceTo(s * 1'000'000, *feed);
        return snapshot();
    }
    std::shared_ptr<const EngineSnapshot> snapshot() const
    {
        auto s = std::make_shared<EngineSnapshot>();
        s->model = std::make_shared<const RolloutModel>(*model);
        s->clockMs = model->lastEventMs();
        s->findings = Health::assess(*model, s->clockMs);
        s->findingIndex = FindingIndex(s->findings);
        s->forecast = Forecast(*model, s->findings, s->clockMs);
        return s;
    }
};

// The records a stretch of the demo prints, kept to be applied one by one.
struct Recorder : sim::Sink {
    struct Record {
        qint64 timeUs;
        sim::SimPhone phone;
        QByteArray text;
    };
    std::vector<Record> records;
    void record(qint64 t, const sim::SimPhone &p, const QByteArray &r) override { records.push_back({t, p, r}); }
    void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override { }
};

// The previous model's cells, every one computed afresh from the snapshot:
// the oracle for the cached texts and keys.
struct Oracle {
    const EngineSnapshot &s;
    HierarchyId hierarchy = kNoHierarchy;
    QLocale locale;

    PhoneState stateOf(const Phone &phone) const { return phoneState(phone, *s.model, s.findingIndex.of(phone.id)); }
    PhoneId parentOf(const Phone &phone) const
    {
        const ComponentProgress *c = currentComponent(phone);
        const Hierarchy *h = s.model->hierarchy(hierarchy ? hierarchy : (c ? c->hierarchy : kNoHierarchy));
        return h ? h->parent(phone.id) : kNoPhone;
    }
    QString display(const Phone &phone, int column) const
    {
        const ComponentProgress *c = currentComponent(phone);
        switch (column) {
        case PhoneTableModel::ColumnName: return phone.displayName();
        case PhoneTableModel::ColumnAddress: return phone.address ? formatIpv4(phone.address) : QString();
        case PhoneTableModel::ColumnModel: return visibleText(phone.model);
        case PhoneTableModel::ColumnRole: return PhoneStateStyle::roles(phone, *s.model, hierarchy);
        case PhoneTableModel::ColumnParent: return PhoneStateStyle::peerName(*s.model, parentOf(phone));
        case PhoneTableModel::ColumnComponent: return c ? visibleText(c->file) : QString();
        case PhoneTableModel::ColumnProgress: return DisplayFormat::share(phone.progress().fraction(), locale);
        case PhoneTableModel::ColumnReceived: return DisplayFormat::sizeOf(phone.progress(), locale);
        case PhoneTableModel::ColumnSource: return c ? PhoneStateStyle::source(*c, *s.model) : QString();
        case PhoneTableModel::ColumnState: return PhoneStateStyle::name(stateOf(phone));
        case PhoneTableModel::ColumnInState: {
            const qint64 since = stateSinceMs(phone, stateOf(phone));
            return since < 0 || s.clockMs < since ? QString()
                                                  : DisplayFormat::duration(double(s.clockMs - since) / 1000, locale);
        }
        case PhoneTableModel::ColumnEta:
            return phone.heardFrom == 0 ? QString() : DisplayFormat::timeLeft(s.forecast.phone(phone.id).load, locale);
        case PhoneTableModel::ColumnLastHeard:
            return phone.lastHeardMs < 0 ? QString() : DisplayFormat::lastHeard(phone, s.clockMs, locale);
        }
        return {};
    }
    QVariant raw(const Phone &phone, int column) const
    {
        switch (column) {
        case PhoneTableModel::ColumnAddress: return phone.address;
        case PhoneTableModel::ColumnProgress: return phone.progress().fraction();
        case PhoneTableModel::ColumnReceived: return phone.progress().doneBytes;
        case PhoneTableModel::ColumnState: return int(stateOf(phone));
        case PhoneTableModel::ColumnInState: return stateSinceMs(phone, stateOf(phone));
        case PhoneTableModel::ColumnEta: {
            // When it should end, in whole seconds: the same order as the time left, to the second.
            const qint64 left = phone.heardFrom == 0 ? -1 : s.forecast.phone(phone.id).load.highMs;
            return left < 0 ? -1 : (s.clockMs + left) / 1000;
        }
        case PhoneTableModel::ColumnLastHeard: return phone.lastHeardMs;
        default: return display(phone, column);
        }
    }
};

// Every cell's text and key, by phone: what a fresh model shows.
using Cells = QHash<PhoneId, QList<QVariant>>;
Cells cellsOf(const PhoneTableModel &table)
{
    Cells cells;
    for (int row = 0; row < table.rowCount(); ++row) {
        QList<QVariant> &phone = cells[table.phoneAt(row)];
        for (int column = 0; column < PhoneTableModel::ColumnCount; ++column) {
            const QModelIndex cell = table.index(row, column);
            // The clock's columns' text moves with the clock alone: repainted, never told.
            const bool readsTheClock = column == PhoneTableModel::ColumnInState || column == PhoneTableModel::ColumnEta
                || column == PhoneTableModel::ColumnLastHeard;
            phone << (readsTheClock ? QVariant() : cell.data(Qt::DisplayRole)) << cell.data(PhoneTableModel::RawRole)
                  << cell.data(Qt::BackgroundRole) << cell.data(PhoneTableModel::BucketRole)
                  << (column == 0 ? cell.data(Qt::ToolTipRole) : QVariant()); // its findings, in words
        }
    }
    return cells;
}

// The rows each dataChanged signal of `spy` covers.
QSet<int> rowsTold(const QSignalSpy &spy)
{
    QSet<int> rows;
    for (const QList<QVariant> &signal : spy) {
        const auto first = signal[0].value<QModelIndex>();
        const auto last = signal[1].value<QModelIndex>();
        for (int row = first.row(); row <= last.row(); ++row)
            rows.insert(row);
    }
    return rows;
}

// The rows whose cells differ between two fresh models' views of the same phones.
QSet<int> rowsDiffering(const PhoneTableModel &table, const Cells &before, const Cells &after)
{
    QSet<int> rows;
    for (int row = 0; row < table.rowCount(); ++row) {
        const PhoneId id = table.phoneAt(row);
        if (before.value(id) != after.value(id))
            rows.insert(row);
    }
    return rows;
}

// The snapshot with the findings, forecast and clock of another: the model's change alone.
std::shared_ptr<const EngineSnapshot> withClockOf(std::shared_ptr<const EngineSnapshot> s, const EngineSnapshot &clock)
{
    auto copy = std::make_shared<EngineSnapshot>(*s);
    copy->clockMs = clock.clockMs;
    copy->findings = clock.findings;
    copy->findingIndex = clock.findingIndex;
    copy->forecast = clock.forecast;
    return copy;
}

} // namespace

class TestPhoneTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A record that changes one phone's row: that row alone is told.
    void onePhoneChangedTellsItsRowOnly()
    {
        Demo demo;
        demo.at(40);
        Recorder next;
        demo.simulator->advanceTo(50 * 1'000'000, next);
        ModelFeed feed(demo.model.get(), 0);
        int checked = 0;
        for (const Recorder::Record &r : next.records) {
            PhoneTableModel table;
            table.setSnapshot(demo.snapshot());
            const auto previous = demo.snapshot();
            feed.record(r.timeUs, r.phone, r.text); // the record stays alive while applied
            // Findings, forecast and clock as before: the record's change alone.
            const auto after = withClockOf(demo.snapshot(), *previous);
            PhoneTableModel freshBefore, freshAfter;
            freshBefore.setSnapshot(previous);
            freshAfter.setSnapshot(after);
            if (freshAfter.rowCount() != freshBefore.rowCount())
                continue; // a phone heard first: rows inserted, not changed
            const QSet<int> differing = rowsDiffering(table, cellsOf(freshBefore), cellsOf(freshAfter));
            QSignalSpy told(&table, &QAbstractItemModel::dataChanged);
            table.setSnapshot(after);
            QCOMPARE(rowsTold(told), differing);
            QCOMPARE(table.rowsChangedLastTime(), int(differing.size()));
            if (differing.size() == 1)
                ++checked;
            if (checked >= 10)
                break;
        }
        QCOMPARE(checked, 10);
    }

    // Over ticks of a running demo, the cells told are those whose text or
    // key changed, and the rows not told did not change.
    void aTickTellsTheRowsThatChanged()
    {
        Demo demo;
        PhoneTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto previous = demo.at(20);
        table.setSnapshot(previous);
        int told = 0;
        for (qint64 s = 21; s < 120; s += 3) {
            const auto next = demo.at(s);
            PhoneTableModel freshBefore, freshAfter;
            freshBefore.setSnapshot(previous);
            freshAfter.setSnapshot(next);
            if (freshAfter.rowCount() != freshBefore.rowCount()) {
                table.setSnapshot(next); // phones heard first: inserted, not compared
                previous = next;
                continue;
            }
            const QSet<int> differing = rowsDiffering(table, cellsOf(freshBefore), cellsOf(freshAfter));
            QSignalSpy spy(&table, &QAbstractItemModel::dataChanged);
            table.setSnapshot(next);
            const QSet<int> rows = rowsTold(spy);
            // Told: every row that changed. A column told in one span for many runs may cover more rows.
            QVERIFY(rows.contains(differing));
            QCOMPARE(table.rowsChangedLastTime(), int(differing.size()));
            told += int(differing.size());
            previous = next;
        }
        // Not fewer rows told than changed: Time left's end moves for most rows each tick.
        QVERIFY(told > 0);
    }

    // Only the clock moved: no cell is told but Time left's, whose key is
    // the time it ends (this forecast is not made again, so it ends later);
    // the clock's cells read the new time.
    void theClockAloneTellsNoRow()
    {
        Demo demo;
        const auto s = demo.at(60);
        PhoneTableModel table;
        table.setSnapshot(s);
        auto later = std::make_shared<EngineSnapshot>(*s);
        later->clockMs += 5000;
        QSignalSpy told(&table, &QAbstractItemModel::dataChanged);
        QSignalSpy clock(&table, &PhoneTableModel::clockMoved);
        int row = 0;
        while (row < table.rowCount() && table.index(row, PhoneTableModel::ColumnLastHeard).data().toString().isEmpty())
            ++row;
        QVERIFY(row < table.rowCount());
        const QString heard = table.index(row, PhoneTableModel::ColumnLastHeard).data().toString();
        table.setSnapshot(later);
        for (const QList<QVariant> &signal : std::as_const(told)) {
            QCOMPARE(signal[0].value<QModelIndex>().column(), int(PhoneTableModel::ColumnEta));
            QCOMPARE(signal[1].value<QModelIndex>().column(), int(PhoneTableModel::ColumnEta));
        }
        QCOMPARE(clock.size(), 1);
        const Phone &phone = *later->model->phone(table.phoneAt(row));
        QCOMPARE(table.index(row, PhoneTableModel::ColumnLastHeard).data().toString(),
                 DisplayFormat::lastHeard(phone, later->clockMs, QLocale()));
        QVERIFY(table.index(row, PhoneTableModel::ColumnLastHeard).data().toString() != heard);
    }

    // Every cell's text is the previous model's; every key too, but Time
    // left's: the time it ends, in whole seconds (the order of the time left,
    // to the second), not the time left, which moves with the clock.
    void cellsAreThePreviousModels()
    {
        Demo demo;
        PhoneTableModel table;
        for (const qint64 s : {10, 30, 60, 90})
            table.setSnapshot(demo.at(s));
        const auto s = demo.snapshot();
        table.setSnapshot(s);
        for (const HierarchyId hierarchy : {kNoHierarchy, s->model->hierarchies()[0].id}) {
            table.setHierarchy(hierarchy);
            const Oracle oracle{*s, hierarchy, QLocale()};
            for (int row = 0; row < table.rowCount(); ++row) {
                const Phone &phone = *s->model->phone(table.phoneAt(row));
                for (int column = 0; column < PhoneTableModel::ColumnCount; ++column) {
                    const QModelIndex cell = table.index(row, column);
                    QCOMPARE(cell.data().toString(), oracle.display(phone, column));
                    QCOMPARE(cell.data(PhoneTableModel::RawRole), oracle.raw(phone, column));
                }
                QCOMPARE(table.index(row, 0).data(PhoneTableModel::BucketRole).toInt(),
                         int(rolloutBucket(phone, *s->model, s->findingIndex.of(phone.id).troubled)));
            }
        }
    }

    // A table filled in parts (setRowsPerFill) lists a part a call; a newer
    // snapshot arriving midway refreshes the rows listed and the next parts
    // come from it: once full, the table is the newest snapshot's, row for
    // row, as if filled at once.
    void aTableFilledInPartsEndsAsTheNewestSnapshot()
    {
        Demo demo;
        const auto older = demo.at(60);
        const auto newest = demo.at(120);
        PhoneTableModel whole;
        whole.setSnapshot(newest);
        QVERIFY(whole.rowCount() > 100);

        PhoneTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setRowsPerFill(40);
        table.setSnapshot(older);
        QCOMPARE(table.rowCount(), 40);
        QVERIFY(table.filling());
        table.fillMore();
        QCOMPARE(table.rowCount(), 80);
        table.setSnapshot(newest); // the rows listed refreshed, and a part more
        QCOMPARE(table.rowCount(), 120);
        int parts = 0;
        while (table.filling()) {
            table.fillMore();
            ++parts;
        }
        QCOMPARE(parts, (whole.rowCount() - 120 + 39) / 40);
        QCOMPARE(table.rowCount(), whole.rowCount());
        for (int row = 0; row < whole.rowCount(); ++row)
            QCOMPARE(table.phoneAt(row), whole.phoneAt(row));
        QCOMPARE(cellsOf(table), cellsOf(whole));
        table.fillMore(); // nothing left: nothing happens
        QCOMPARE(table.rowCount(), whole.rowCount());
    }

    // Sorted by any column while the demo runs, the proxy's order is the
    // order of the previous model's keys, computed afresh (Time left: see
    // above), in both directions.
    void sortingByEachColumnKeepsThePreviousOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int column = 0; column < PhoneTableModel::ColumnCount; ++column) {
            QTest::addRow("column %d ascending", column) << column << false;
            QTest::addRow("column %d descending", column) << column << true;
        }
    }
    void sortingByEachColumnKeepsThePreviousOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        Demo demo;
        PhoneTableModel table;
        PhoneFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.setSortRole(PhoneTableModel::RawRole);
        for (qint64 s = 5; s <= 150; s += 5) {
            const auto snapshot = demo.at(s);
            // Every key that changes is told, in a signal that covers its column.
            QHash<PhoneId, QVariant> keysBefore;
            for (int row = 0; row < table.rowCount(); ++row)
                keysBefore[table.phoneAt(row)] = table.index(row, column).data(PhoneTableModel::RawRole);
            QSignalSpy told(&table, &QAbstractItemModel::dataChanged);
            table.setSnapshot(snapshot);
            for (int row = 0; row < table.rowCount(); ++row) {
                const auto before = keysBefore.constFind(table.phoneAt(row));
                if (before == keysBefore.cend() || *before == table.index(row, column).data(PhoneTableModel::RawRole))
                    continue;
                bool covered = false;
                for (const QList<QVariant> &signal : std::as_const(told)) {
                    const auto first = signal[0].value<QModelIndex>(), last = signal[1].value<QModelIndex>();
                    covered = covered
                        || (first.row() <= row && row <= last.row() && first.column() <= column
                            && column <= last.column());
                }
                QVERIFY2(covered, qPrintable(QStringLiteral("at %1 s, row %2's key changed untold").arg(s).arg(row)));
            }
            if (s == 5) // sorted once there are rows, as a user clicks a header
                proxy.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            const Oracle oracle{*snapshot, kNoHierarchy, QLocale()};
            QList<QVariant> keys;
            for (int row = 0; row < proxy.rowCount(); ++row) {
                const QModelIndex cell = proxy.mapToSource(proxy.index(row, column));
                keys.append(oracle.raw(*snapshot->model->phone(table.phoneAt(cell.row())), column));
            }
            QCOMPARE(keys.size(), table.rowCount());
            for (qsizetype i = 1; i < keys.size(); ++i) {
                const auto order = QVariant::compare(keys[i - 1], keys[i]);
                const bool inOrder = descending ? order != QPartialOrdering::Less : order != QPartialOrdering::Greater;
                if (!inOrder)
                    QFAIL(qPrintable(QStringLiteral("at %1 s, rows %2 and %3 out of order: %4, %5")
                                         .arg(s)
                                         .arg(i - 1)
                                         .arg(i)
                                         .arg(keys[i - 1].toString(), keys[i].toString())));
            }
        }
    }
};

QTEST_MAIN(TestPhoneTableModel)
#include "tst_phonetablemodel.moc"
