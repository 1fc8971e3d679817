// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "alert/findingalerts.h"

#include "export/snapshot.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>

#include <cmath>

namespace pfs {

bool FindingAlerts::parseCommand(const QString &command, QStringList *program, QString *error)
{
    *program = QProcess::splitCommand(command);
    if (program->isEmpty()) {
        *error = tr("--on-finding needs a command");
        return false;
    }
    // Said now rather than at the first finding, maybe hours into a rollout.
    const QString &name = program->constFirst();
    const bool found = name.contains(QLatin1Char('/')) ? QFileInfo(name).isExecutable()
                                                       : !QStandardPaths::findExecutable(name).isEmpty();
    if (!found) {
        *error = tr("--on-finding: no program %1 can be run").arg(name);
        return false;
    }
    return true;
}

QString FindingAlerts::summary(const AlertCounters &c, const QLocale &locale)
{
    return tr("Alerts (--on-finding): %1 sent, %2 dropped over the bounds, %3 could not start, %4 failed, %5 killed")
        .arg(locale.toString(c.sent), locale.toString(c.dropped), locale.toString(c.notStarted),
             locale.toString(c.failed), locale.toString(c.killed));
}

FindingAlerts::FindingAlerts(const QStringList &program, const AlertLimits &limits, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_limits(limits)
    , m_tokens(limits.burst)
    , m_tokenDue(this)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_tokenDue.setSingleShot(true);
    connect(&m_tokenDue, &QTimer::timeout, this, &FindingAlerts::pump);
}

// Not reached by a run that called finish(): whatever still runs is stopped without a word.
FindingAlerts::~FindingAlerts()
{
    for (QProcess *process : findChildren<QProcess *>())
        disconnect(process, nullptr, this, nullptr);
    killRunning();
}

void FindingAlerts::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_tokensAtMs = m_clock();
}

FindingAlerts::Key FindingAlerts::keyOf(const Finding &f)
{
    return {int(f.kind), f.phone, f.hierarchy, f.file};
}

void FindingAlerts::update(const QList<Finding> &findings, const RolloutModel &model, qint64 nowMs,
                           const QString &rollout)
{
    std::set<Key> present;
    for (const Finding &f : findings) {
        if (f.severity < m_limits.minimum)
            continue;
        const Key key = keyOf(f);
        if (!present.insert(key).second || m_present.count(key))
            continue;
        QJsonObject alert = Snapshot::findingJson(f, model);
        alert.insert(QLatin1String("schema"), kSchema);
        alert.insert(QLatin1String("rollout"), rollout);
        alert.insert(QLatin1String("timeMs"), nowMs);
        alert.insert(QLatin1String("time"), QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs));
        enqueue(std::move(alert));
    }
    m_present = std::move(present); // what went away is forgotten: if it comes back, it is new
}

void FindingAlerts::enqueue(QJsonObject alert)
{
    if (m_finished || int(m_queue.size()) >= m_limits.maxQueued) {
        ++m_counters.dropped;
        ++m_droppedSinceSent;
        return;
    }
    m_queue.push_back(std::move(alert));
    pump(); // what may go now takes no place in the queue
}

// The bucket refills continuously; a fraction of a token waits for the rest.
bool FindingAlerts::takeToken()
{
    const qint64 now = m_clock();
    m_tokens = std::min<double>(m_limits.burst, m_tokens + double(now - m_tokensAtMs) * m_limits.perMinute / 60'000.0);
    m_tokensAtMs = now;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

qint64 FindingAlerts::msUntilToken() const
{
    return qint64(std::ceil((1 - m_tokens) * 60'000.0 / std::max(1, m_limits.perMinute)));
}

void FindingAlerts::pump()
{
    while (!m_finished && !m_queue.empty() && m_running < m_limits.maxRunning) {
        if (!takeToken()) {
            m_tokenDue.start(int(std::max<qint64>(1, msUntilToken())));
            return;
        }
        QJsonObject alert = std::move(m_queue.front());
        m_queue.pop_front();
        start(std::move(alert));
    }
}

void FindingAlerts::start(QJsonObject alert)
{
    alert.insert(QLatin1String("droppedBefore"), m_droppedSinceSent);
    auto *process = new QProcess(this);
    // Its output is not ours to show, and must not fill a pipe nobody reads.
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    process->setProperty("droppedBefore", m_droppedSinceSent);
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        ended(process, exitCode, status == QProcess::CrashExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            notStarted(process);
    });
    QTimer::singleShot(m_limits.timeoutMs, process, [process] {
        process->setProperty("killed", true);
        process->kill();
    });
    ++m_running;
    ++m_counters.sent;
    m_droppedSinceSent = 0;
    process->start(m_program.constFirst(), m_program.mid(1));
    if (process->state() == QProcess::NotRunning) // could not start, already said
        return;
    process->write(QJsonDocument(alert).toJson(QJsonDocument::Compact) + '\n');
    process->closeWriteChannel(); // the command reads to its end of input
}

void FindingAlerts::ended(QProcess *process, int exitCode, bool crashed)
{
    --m_running;
    if (process->property("killed").toBool()) {
        ++m_counters.killed;
        tell(Killed,
             tr("--on-finding: %1 still ran after %2 s and was killed")
                 .arg(m_program.constFirst())
                 .arg(m_limits.timeoutMs / 1000));
    } else if (crashed || exitCode != 0) {
        ++m_counters.failed;
        tell(Failed,
             crashed ? tr("--on-finding: %1 crashed").arg(m_program.constFirst())
                     : tr("--on-finding: %1 exited with status %2").arg(m_program.constFirst()).arg(exitCode));
    }
    process->deleteLater();
    Q_EMIT commandEnded();
    pump();
}

// The pager never heard of this one, nor of those dropped before it: the next alert says so.
void FindingAlerts::notStarted(QProcess *process)
{
    --m_running;
    --m_counters.sent;
    ++m_counters.notStarted;
    m_droppedSinceSent += process->property("droppedBefore").toLongLong() + 1;
    tell(NotStarted, tr("--on-finding: cannot start %1: %2").arg(m_program.constFirst(), process->errorString()));
    process->deleteLater();
    Q_EMIT commandEnded();
    pump();
}

void FindingAlerts::tell(Trouble trouble, const QString &message)
{
    if (m_told & trouble)
        return;
    m_told |= trouble;
    Q_EMIT problem(message);
}

void FindingAlerts::finish(int waitMs)
{
    const QDeadlineTimer deadline(waitMs);
    pump();
    // Whatever is queued while nothing runs waits for a token: not worth delaying the exit for.
    while (m_running > 0 && !deadline.hasExpired()) {
        QEventLoop loop;
        connect(this, &FindingAlerts::commandEnded, &loop, &QEventLoop::quit);
        QTimer::singleShot(deadline.remainingTime(), &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_finished = true;
    m_counters.dropped += qint64(m_queue.size());
    m_queue.clear();
    killRunning();
}

void FindingAlerts::killRunning()
{
    m_finished = true;
    for (QProcess *process : findChildren<QProcess *>()) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->setProperty("killed", true);
        process->kill();
        process->waitForFinished(1000);
    }
}

} // namespace pfs
