// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "health/health.h"
#include "model/rolloutmodel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <set>
#include <tuple>

class QLocale;
class QProcess;

// --on-finding (issue #14): a site's own command, run once for each new
// finding with the finding as one line of JSON on its standard input, so
// that someone can be paged. Never through a shell: the command is split
// into a program and its arguments once, and the finding only ever reaches
// the program's standard input. Bounded (README, "Alerts"): a rollout that
// goes wrong everywhere at once must not start a thousand processes, nor
// page a thousand times; what is over the bounds is counted and said.
namespace pfs {

struct AlertLimits {
    // A pager wants the first alerts at once, then a trickle: a token
    // bucket of `burst` alerts that refills `perMinute` a minute.
    int burst = 5;
    int perMinute = 10;
    // What waits for the rate bound: at 10 a minute, five minutes of
    // alerts. Older news than that is stale; over it a finding is dropped.
    int maxQueued = 50;
    int maxRunning = 4;     // commands at once (a slow pager must not pile up processes)
    int timeoutMs = 30'000; // a command still running after this is killed
    Finding::Severity minimum = Finding::Severity::Warning; // Info never pages anyone
};

struct AlertCounters {
    qint64 sent = 0;       // commands started with their finding on standard input
    qint64 dropped = 0;    // over the queue bound, or still waiting when the run ended
    qint64 notStarted = 0; // the program could not be started
    qint64 failed = 0;     // exited with a non-zero status, or crashed
    qint64 killed = 0;     // still running after the timeout, or when the run ended
};

class FindingAlerts : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    static constexpr QLatin1StringView kSchema{"pfsmon.alert/1"};

    // Splits `command` as QProcess::splitCommand does (double quotes group,
    // """ is a literal quote) and checks that its program can be run.
    static bool parseCommand(const QString &command, QStringList *program, QString *error);
    static QString summary(const AlertCounters &counters, const QLocale &locale);

    explicit FindingAlerts(const QStringList &program, const AlertLimits &limits = {}, QObject *parent = nullptr);
    ~FindingAlerts() override;

    // Tests drive the rate bound with a clock of their own, never by waiting.
    void setClock(Clock clock);

    // The findings at `nowMs` (model time) of one tick. A finding absent
    // from the previous tick is new: it is queued and sent as the bounds
    // allow. One that goes away and comes back later is new again.
    void update(const QList<Finding> &findings, const RolloutModel &model, qint64 nowMs, const QString &rollout);
    // Starts what the bounds allow now (on update, as commands end, and when a token is due).
    void pump();
    // The run ends: waits up to `waitMs` for the commands running and for
    // those that may start now; drops what still waits for the rate bound,
    // kills what still runs. Nothing is started afterwards.
    void finish(int waitMs);

    const AlertCounters &counters() const { return m_counters; }
    int running() const { return m_running; }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    // One line for the user, once per kind of trouble (not per finding).
    void problem(const QString &message);
    void commandEnded();

private:
    using Key = std::tuple<int, PhoneId, HierarchyId, QString>; // kind, phone, hierarchy, file
    enum Trouble { NotStarted = 1, Failed = 2, Killed = 4 };

    static Key keyOf(const Finding &finding);
    bool takeToken();
    qint64 msUntilToken() const;
    void enqueue(QJsonObject alert);
    void start(QJsonObject alert);
    void ended(QProcess *process, int exitCode, bool crashed);
    void notStarted(QProcess *process);
    void tell(Trouble trouble, const QString &message);
    void killRunning();

    QStringList m_program;
    AlertLimits m_limits;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    std::set<Key> m_present; // the findings of the last tick
    std::deque<QJsonObject> m_queue;
    double m_tokens = 0;
    qint64 m_tokensAtMs = 0;
    qint64 m_droppedSinceSent = 0; // told to the pager with the next alert sent
    int m_running = 0;
    int m_told = 0; // the Troubles already said
    bool m_finished = false;
    QTimer m_tokenDue;
    AlertCounters m_counters;
};

} // namespace pfs
