// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// --on-finding with a real command: a script that appends its arguments and
// its standard input to files, so every test reads what the command got.
// The rate bound runs on a clock the test advances, never on waiting.
#include "alert/findingalerts.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pfs;

namespace {

// The test may use a shell; pfsmon never does. "$1" is the folder the script writes into.
const QByteArray kRecorder = "#!/bin/sh\n"
                             "out=\"$1\"; shift\n"
                             "echo \"$#\" >> \"$out/argc\"\n"
                             "for a in \"$@\"; do printf '[%s]\\n' \"$a\" >> \"$out/args\"; done\n"
                             "cat >> \"$out/input\"\n";

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> all = file.readAll().split('\n');
    if (!all.isEmpty() && all.constLast().isEmpty())
        all.removeLast();
    return all;
}

} // namespace

class TestFindingAlerts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RolloutModel m_model;
    qint64 m_now = 0;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // The recorder, with `extra` after the folder it writes into.
    QStringList recorder(const QStringList &extra = {}) const
    {
        return QStringList{path("recorder.sh"), m_dir.path()} + extra;
    }

    std::unique_ptr<FindingAlerts> alerts(const QStringList &program, const AlertLimits &limits = {})
    {
        auto a = std::make_unique<FindingAlerts>(program, limits);
        a->setClock([this] { return m_now; });
        return a;
    }

    // A stalled transfer of the n-th phone (a Warning), or of `kind` and `severity`.
    Finding finding(int n, Finding::Kind kind = Finding::Kind::Stalled,
                    Finding::Severity severity = Finding::Severity::Warning) const
    {
        Finding f;
        f.kind = kind;
        f.severity = severity;
        f.phone = m_model.phones()[size_t(n)].id;
        f.hierarchy = test::biggestHierarchy(m_model);
        f.sinceMs = m_model.lastEventMs() - 60'000;
        f.file = QStringLiteral("file%1.sbn").arg(n);
        return f;
    }

    QList<Finding> findings(int first, int count) const
    {
        QList<Finding> list;
        for (int n = first; n < first + count; ++n)
            list.append(finding(n));
        return list;
    }

    void update(FindingAlerts &a, const QList<Finding> &list)
    {
        a.update(list, m_model, m_model.lastEventMs(), QStringLiteral("test rollout"));
    }

    // Waits until every command started has ended.
    static void settle(FindingAlerts &a) { QTRY_COMPARE_WITH_TIMEOUT(a.running(), 0, 20000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile script(test::writeFile(path("recorder.sh"), kRecorder));
        QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
        test::simulateInto(&m_model, 40, 1);
        QVERIFY(m_model.phones().size() >= 30u);
    }

    void init()
    {
        for (const char *name : {"argc", "args", "input"})
            QFile::remove(path(name));
        m_now = 0;
    }

    void newFindingsFireOnceEach()
    {
        auto a = alerts(recorder());
        update(*a, findings(0, 3));
        update(*a, findings(0, 3)); // the next tick: the same findings, nothing new
        settle(*a);
        update(*a, findings(0, 4)); // one more
        settle(*a);
        QCOMPARE(a->counters().sent, 4);
        QCOMPARE(lines(path("input")).size(), 4);
        QCOMPARE(a->counters().failed, 0);
    }

    void aFindingThatWentAwayIsNewWhenItComesBack()
    {
        auto a = alerts(recorder());
        update(*a, findings(0, 2));
        update(*a, findings(1, 1)); // phone 0's is gone
        update(*a, findings(0, 2)); // and back
        settle(*a);
        QCOMPARE(a->counters().sent, 3);
        QCOMPARE(lines(path("input")).size(), 3);
    }

    void infoNeverPages()
    {
        auto a = alerts(recorder());
        update(*a, {finding(0, Finding::Kind::Traditional, Finding::Severity::Info)});
        QCOMPARE(a->counters().sent, 0);
        QCOMPARE(a->queued(), 0);
        update(*a, {finding(1, Finding::Kind::NeverCameBack, Finding::Severity::Error)});
        settle(*a);
        QCOMPARE(a->counters().sent, 1);
    }

    void theJsonOnStandardInput()
    {
        auto a = alerts(recorder());
        const Finding f = finding(5);
        update(*a, {f});
        settle(*a);
        const QList<QByteArray> input = lines(path("input"));
        QCOMPARE(input.size(), 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(input.constFirst(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QLatin1String("schema")).toString(), QLatin1String("pfsmon.alert/1"));
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QLatin1String("stalled"));
        QCOMPARE(o.value(QLatin1String("severity")).toString(), QLatin1String("warning"));
        QVERIFY(!o.value(QLatin1String("phone")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1String("file")).toString(), f.file);
        QCOMPARE(o.value(QLatin1String("text")).toString(), Health::text(f, m_model));
        QCOMPARE(o.value(QLatin1String("rollout")).toString(), QLatin1String("test rollout"));
        QCOMPARE(o.value(QLatin1String("timeMs")).toInteger(), m_model.lastEventMs());
        QVERIFY(o.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(o.value(QLatin1String("droppedBefore")).toInteger(), 0);
    }

    void argumentsReachTheProgramAsGiven_data()
    {
        QTest::addColumn<QString>("quoted");
        QTest::addColumn<QString>("argument");
        QTest::newRow("spaces and a shell's operators")
            << QStringLiteral("\"a b; touch injected $HOME | x\"") << QStringLiteral("a b; touch injected $HOME | x");
        QTest::newRow("a literal double quote")
            << QStringLiteral("\"say \"\"\"hi\"\"\"\"") << QStringLiteral("say \"hi\"");
        QTest::newRow("single quotes are plain characters") << QStringLiteral("it's") << QStringLiteral("it's");
    }

    // splitCommand groups by double quotes; nothing else is interpreted,
    // since no shell ever sees the command.
    void argumentsReachTheProgramAsGiven()
    {
        QFETCH(QString, quoted);
        QFETCH(QString, argument);
        QStringList program;
        QString error;
        const QString command = QStringLiteral("\"%1\" \"%2\" %3").arg(path("recorder.sh"), m_dir.path(), quoted);
        QVERIFY2(FindingAlerts::parseCommand(command, &program, &error), qPrintable(error));
        auto a = alerts(program);
        update(*a, findings(0, 1));
        settle(*a);
        QCOMPARE(lines(path("argc")), QList<QByteArray>{"1"});
        QCOMPARE(lines(path("args")), QList<QByteArray>{QByteArray('[' + argument.toUtf8() + ']')});
        QVERIFY(!QFile::exists(QStringLiteral("injected")) && !QFile::exists(path("injected")));
    }

    void theRateBoundDropsAndCounts()
    {
        AlertLimits limits;
        limits.burst = 2;
        limits.perMinute = 1;
        limits.maxQueued = 3;
        auto a = alerts(recorder(), limits);
        update(*a, findings(0, 10)); // 2 sent at once, 3 wait, 5 dropped
        QCOMPARE(a->counters().sent, 2);
        QCOMPARE(a->queued(), 3);
        QCOMPARE(a->counters().dropped, 5);
        settle(*a);
        a->pump(); // no token yet
        QCOMPARE(a->counters().sent, 2);
        m_now += 60'000; // one token
        a->pump();
        QCOMPARE(a->counters().sent, 3);
        settle(*a);
        a->finish(10'000); // the 2 still waiting are dropped, not sent
        QCOMPARE(a->counters().sent, 3);
        QCOMPARE(a->counters().dropped, 7);
        QCOMPARE(a->queued(), 0);
        const QList<QByteArray> input = lines(path("input"));
        QCOMPARE(input.size(), 3);
        // The first alert after the drops tells the pager how many it missed.
        QList<qint64> dropped;
        for (const QByteArray &line : input)
            dropped.append(QJsonDocument::fromJson(line).object().value(QLatin1String("droppedBefore")).toInteger());
        std::sort(dropped.begin(), dropped.end());
        QCOMPARE(dropped, (QList<qint64>{0, 0, 5}));
        QVERIFY(FindingAlerts::summary(a->counters(), QLocale::c()).contains(QLatin1String("7 dropped")));
    }

    void atMostSoManyRunAtOnce()
    {
        AlertLimits limits;
        limits.maxRunning = 2;
        // Commands that wait for a file to appear: they run until the test lets them go.
        const QString gate = path("gate");
        QFile::remove(gate);
        auto a = alerts({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("while [ ! -e '%1' ]; do sleep 0.05; done").arg(gate)},
                        limits);
        update(*a, findings(0, 4));
        QCOMPARE(a->running(), 2);
        QCOMPARE(a->queued(), 2);
        test::writeFile(gate, "go");
        QTRY_COMPARE_WITH_TIMEOUT(a->counters().sent, 4, 20000);
        settle(*a);
        QCOMPARE(a->counters().failed, 0);
    }

    void aMissingProgramIsSaidOnceAndCounted()
    {
        const QString missing = path("no-such-pager");
        QStringList program;
        QString error;
        QVERIFY(!FindingAlerts::parseCommand(missing, &program, &error));
        QVERIFY(error.contains(missing));
        QVERIFY(!FindingAlerts::parseCommand(QStringLiteral("  "), &program, &error));

        auto a = alerts({missing});
        QSignalSpy problems(a.get(), &FindingAlerts::problem);
        update(*a, findings(0, 3));
        QTRY_COMPARE_WITH_TIMEOUT(a->counters().notStarted, 3, 20000);
        QCOMPARE(a->counters().sent, 0);
        QCOMPARE(a->running(), 0);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().constFirst().toString().contains(missing));
    }

    void aFailingCommandIsCounted()
    {
        auto a = alerts({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 7")});
        QSignalSpy problems(a.get(), &FindingAlerts::problem);
        update(*a, findings(0, 2));
        settle(*a);
        QCOMPARE(a->counters().failed, 2);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().constFirst().toString().contains(QLatin1String("status 7")));
    }

    void aCommandThatRunsTooLongIsKilled()
    {
        AlertLimits limits;
        limits.timeoutMs = 200;
        auto a = alerts({QStringLiteral("/bin/sleep"), QStringLiteral("60")}, limits);
        QSignalSpy problems(a.get(), &FindingAlerts::problem);
        update(*a, findings(0, 1));
        QCOMPARE(a->running(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(a->counters().killed, 1, 20000);
        QCOMPARE(a->running(), 0);
        QCOMPARE(problems.size(), 1);
    }

    void finishWaitsForWhatRuns()
    {
        // Each command waits a little before writing: finish() must not cut it short.
        auto a = alerts({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("sleep 0.3; cat >> '%1'").arg(path("input"))});
        update(*a, findings(0, 3));
        QCOMPARE(a->running(), 3);
        a->finish(20'000);
        QCOMPARE(a->running(), 0);
        QCOMPARE(a->counters().killed, 0);
        QCOMPARE(lines(path("input")).size(), 3);
        update(*a, findings(10, 1)); // nothing starts after the end
        QCOMPARE(a->counters().sent, 3);
        QCOMPARE(a->counters().dropped, 1);
    }
};

QTEST_GUILESS_MAIN(TestFindingAlerts)
#include "tst_findingalerts.moc"
