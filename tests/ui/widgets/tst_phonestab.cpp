// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The Phones tab opens sorted by phone name, first name at the top: a header
// view starts with a descending indicator, and the list used to open on its
// last name.
#include "ui/models/phonetablemodel.h"
#include "ui/widgets/phonestab.h"

#include "engine/demofeed.h"
#include "engine/rolloutengine.h"
#include "sim/simulator.h"

#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace pfs;

class TestPhonesTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensSortedByNameFirstToLast()
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

        PhonesTab tab;
        tab.setSnapshot(snapshot);
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
};

QTEST_MAIN(TestPhonesTab)
#include "tst_phonestab.moc"
