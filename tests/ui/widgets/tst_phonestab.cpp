// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The Phones tab opens sorted by phone name, first name at the top: a header
// view starts with a descending indicator, and the list used to open on its
// last name. A table filled in parts (issue #17: 10,000 phones at once
// stalled the window) ends sorted, and keeps the row chosen while it fills.
#include "ui/models/phonetablemodel.h"
#include "ui/widgets/phonestab.h"

#include "engine/demofeed.h"
#include "engine/rolloutengine.h"
#include "sim/simulator.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace pfs;

class TestPhonesTab : public QObject {
    Q_OBJECT

    static std::shared_ptr<const EngineSnapshot> demoRunToItsEnd()
    {
        sim::Config config;
        config.phones = 60;
        config.seed = 2;
        auto model = std::make_shared<RolloutModel>();
        sim::Simulator simulator(config);
        DemoFeed feed(simulator, model.get(), DemoSources::Traces);
        simulator.runToEnd(feed);
        auto snapshot = std::make_shared<EngineSnapshot>();
        snapshot->model = model;
        return snapshot;
    }

    static QStringList namesShown(const PhonesTab &tab)
    {
        const QAbstractItemModel *rows = tab.table()->model();
        QStringList names;
        for (int row = 0; row < rows->rowCount(); ++row)
            names << rows->index(row, PhoneTableModel::ColumnName).data().toString();
        return names;
    }

private Q_SLOTS:
    void opensSortedByNameFirstToLast()
    {
        PhonesTab tab;
        tab.setSnapshot(demoRunToItsEnd());
        const QTableView *table = tab.table();
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(PhoneTableModel::ColumnName));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        const QAbstractItemModel *rows = table->model();
        QCOMPARE(rows->rowCount(), 60);
        QStringList names;
        for (int row = 0; row < rows->rowCount(); ++row)
            names << rows->index(row, PhoneTableModel::ColumnName).data().toString();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QVERIFY(names.first() < names.last());
    }

    void filledInPartsEndsSortedWithTheRowChosenKept()
    {
        PhonesTab tab;
        tab.setRowsPerFill(25);
        tab.setSnapshot(demoRunToItsEnd());
        QTableView *table = tab.table();
        QCOMPARE(table->model()->rowCount(), 25);
        QVERIFY(tab.filling());
        const QModelIndex chosen = table->model()->index(7, 0);
        const int id = chosen.data(PhoneTableModel::PhoneIdRole).toInt();
        table->selectionModel()->setCurrentIndex(chosen,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        while (tab.filling())
            tab.fillMore();
        QCOMPARE(table->model()->rowCount(), 60);
        const QStringList names = namesShown(tab);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QCOMPARE(table->currentIndex().data(PhoneTableModel::PhoneIdRole).toInt(), id);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().data(PhoneTableModel::PhoneIdRole).toInt(), id);
    }

    // A filter typed before the table is full holds for the rows listed
    // after: the rows shown are those of the table filled at once.
    void filledInPartsKeepsTheFilter()
    {
        const auto snapshot = demoRunToItsEnd();
        const PhoneList &phones = snapshot->model->phones();
        const QString name = QString::fromUtf8(phones[phones.size() - 1].host);
        PhonesTab atOnce;
        atOnce.setSnapshot(snapshot);
        atOnce.findChild<QLineEdit *>()->setText(name);
        const QStringList wanted = namesShown(atOnce);
        QVERIFY(wanted.contains(name));
        QVERIFY(wanted.size() < 60);

        PhonesTab tab;
        tab.setRowsPerFill(25);
        tab.setSnapshot(snapshot);
        tab.findChild<QLineEdit *>()->setText(name);
        while (tab.filling())
            tab.fillMore();
        QCOMPARE(namesShown(tab), wanted);
    }
};

QTEST_MAIN(TestPhonesTab)
#include "tst_phonestab.moc"
