// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "engine/rolloutengine.h"

#include "sim/recordpipeline.h"

#include <QDateTime>
#include <QEventLoop>
#include <QMetaMethod>

namespace pfs {

RolloutEngine::RolloutEngine(FirmwareCatalogue catalogue, int subnetPrefix, QObject *parent)
    : QObject(parent)
    , m_catalogue(std::move(catalogue))
    , m_subnetPrefix(subnetPrefix)
    , m_model(std::make_unique<RolloutModel>(m_catalogue, m_subnetPrefix))
    , m_tick(this)
    , m_demoTimer(this)
{
    qRegisterMetaType<std::shared_ptr<const EngineSnapshot>>();
    qRegisterMetaType<QList<RawRecord>>();
    qRegisterMetaType<sim::Config>();
    qRegisterMetaType<SessionConfig>();
    qRegisterMetaType<CaptureOptions>();
    qRegisterMetaType<FirmwareCatalogue>();
    qRegisterMetaType<MomentKind>();
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &RolloutEngine::tick);
    m_demoTimer.setInterval(20);
    connect(&m_demoTimer, &QTimer::timeout, this, &RolloutEngine::demoStep);
}

RolloutEngine::~RolloutEngine()
{
    halt();
}

void RolloutEngine::reset(const QString &source)
{
    halt();
    m_model = std::make_unique<RolloutModel>(m_catalogue, m_subnetPrefix);
    m_model->expectPhones(m_inventory);
    // The window jumps to findings: they are noted every few seconds of the
    // rollout (a file read at once has no tick in between). Nobody watching: no cost.
    static const QMetaMethod snapshotSignal = QMetaMethod::fromSignal(&RolloutEngine::snapshotReady);
    if (watched(snapshotSignal))
        m_timeline.setObserver([this](const RolloutModel &model, qint64 ms) { noteFindingsAt(model, ms); });
    else
        m_timeline.setObserver(nullptr);
    m_timeline.start(m_model.get(), m_checkpointEvery, m_memoryBound);
    m_model->setJournal(m_keepTimeline ? &m_timeline : nullptr);
    m_live = true;
    m_playing = false;
    m_shownMs = -1;
    m_shownModel.reset();
    m_shownSnapshot.reset();
    m_liveStartMs = QDateTime::currentMSecsSinceEpoch();
    m_pending.clear();
    m_notShown = 0;
    m_rateSamples.clear();
    m_rate = 0;
    m_publishedRate = 0;
    m_source = source;
    m_finished = false;
    m_stopped = false;
    m_publishedRevision = ~0ULL;
    m_importStats = {};
    m_imported = false;
    m_rateClock.start();
    // The start is the rate's first sample: a burst taken in before the
    // first tick counts, instead of becoming the baseline of a rate of 0.
    m_rateSamples.push_back({0, 0});
    m_tick.start();
}

bool RolloutEngine::startDemo(const sim::Config &config, double speed, DemoSources sources)
{
    const QString problem = sim::Simulator::validate(config, m_catalogue);
    if (!problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }
    reset(QStringLiteral("demo"));
    m_simulator = std::make_unique<sim::Simulator>(config, m_catalogue);
    // Each record takes the same parser and model path as live.
    m_demoFeed = std::make_unique<DemoFeed>(*m_simulator, m_model.get(), sources);
    m_demoFeed->setRecordObserver([this](QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin,
                                         qint64 ms) { observe(record, event, origin, ms); });
    m_speed = speed;
    m_demoVirtualAtClockStart = 0;
    m_demoClock.start();
    m_demoTimer.start();
    return true;
}

void RolloutEngine::setSpeed(double speed)
{
    advancePlayhead(); // at the old speed up to now
    m_speed = speed;
    m_timelineChanged = true;
    if (!m_simulator)
        return;
    m_demoVirtualAtClockStart = m_simulator->now();
    m_demoClock.restart();
}

void RolloutEngine::demoStep()
{
    // Speed 0: as fast as possible, in slices that keep the thread responsive.
    const qint64 target = m_speed > 0
        ? m_demoVirtualAtClockStart + qint64(double(m_demoClock.nsecsElapsed()) / 1000.0 * m_speed)
        : m_simulator->now() + 30'000'000;
    m_simulator->advanceTo(target, *m_demoFeed);
    if (m_simulator->finished()) {
        m_demoFeed->finish();
        finish();
    }
}

void RolloutEngine::runToEnd(qint64 stopAtUs)
{
    if (m_finished || m_stopped)
        return;
    if (m_simulator) {
        m_demoTimer.stop();
        // The traces alone: the simulation on a thread of its own, the
        // model on this one, the same records in the same order.
        if (!m_demoFeed->needsTransport())
            sim::runPipelined(*m_simulator, stopAtUs, *m_demoFeed);
        else if (stopAtUs >= 0)
            m_simulator->advanceTo(stopAtUs, *m_demoFeed);
        else
            m_simulator->runToEnd(*m_demoFeed);
        if (m_simulator->finished())
            m_demoFeed->finish();
        finish();
        return;
    }
    if (m_session && m_session->replayStats()) {
        if (stopAtUs >= 0)
            m_session->setReplayStop(stopAtUs);
        QEventLoop loop;
        connect(m_session.get(), &LiveSession::replayFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void RolloutEngine::stepDemoTo(qint64 us)
{
    if (!m_simulator || m_finished || m_stopped)
        return;
    m_demoTimer.stop();
    m_simulator->advanceTo(us, *m_demoFeed);
}

// The source came to its end: one last snapshot says so.
void RolloutEngine::finish()
{
    m_demoTimer.stop();
    m_finished = true;
    m_rate = 0; // nothing arrives any more: the last second's pace is history
    publish();
}

// A session whose every record also goes to the event log.
std::unique_ptr<LiveSession> RolloutEngine::observedSession(const SessionConfig &config)
{
    auto session = std::make_unique<LiveSession>(m_model.get(), config);
    session->ingest().setRecordObserver([this](QByteArrayView record, const DLoadEvent &event,
                                               const RecordOrigin &origin,
                                               qint64 ms) { observe(record, event, origin, ms); });
    return session;
}

bool RolloutEngine::startLive(const SessionConfig &config)
{
    reset(QStringLiteral("live"));
    m_session = observedSession(config);
    const bool listening = m_session->start();
    for (const SourceStatus &status : m_session->statuses()) {
        if (status.state == SourceState::Failed)
            Q_EMIT failed(status.detail);
    }
    if (!listening)
        m_finished = true;
    publish();
    return listening;
}

bool RolloutEngine::startReplay(const QString &file, double speed, const SessionConfig &config)
{
    reset(file);
    m_session = observedSession(config);
    QString error;
    if (!m_session->startReplay(file, speed, &error)) {
        Q_EMIT failed(error);
        finish();
        return false;
    }
    connect(m_session.get(), &LiveSession::replayFinished, this, &RolloutEngine::finish);
    return true;
}

bool RolloutEngine::startCapture(const SessionConfig &config, const CaptureOptions &options)
{
    reset(options.interface);
    m_session = observedSession(config);
    QString error;
    if (!m_session->startCapture(options, &error)) {
        Q_EMIT failed(error);
        finish();
        return false;
    }
    // The capture ends by itself only when it fails (dumpcap or the interface gone).
    connect(m_session.get(), &LiveSession::replayFinished, this, &RolloutEngine::finish);
    publish();
    return true;
}

bool RolloutEngine::importFile(const QString &file)
{
    reset(file);
    LogImporter importer(m_model.get());
    // The import runs to its end on this thread, its connections as they are
    // now: with no one to show the records to (a headless run), no observer
    // is called a million times to say so.
    if (watched(QMetaMethod::fromSignal(&RolloutEngine::recordsArrived))) {
        importer.setRecordObserver([this](QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin,
                                          qint64 ms) { observe(record, event, origin, ms); });
    }
    QString error;
    const bool read = importer.importFile(file, &error);
    m_importStats = importer.stats();
    m_imported = true;
    if (!read)
        Q_EMIT failed(error);
    else if (!m_importStats.damage.isEmpty())
        Q_EMIT failed(m_importStats.damage);
    finish();
    return read;
}

// Stop: the sources say "stopped" and the rate falls to 0 in one last snapshot.
// The stopped session stays until the next start, for its final counts.
void RolloutEngine::stop()
{
    m_demoTimer.stop();
    m_tick.stop();
    if (m_session)
        m_session->stop();
    if (m_source.isEmpty() || m_stopped)
        return;
    m_stopped = !m_finished;
    m_rate = 0;
    m_publishedRevision = ~0ULL; // published even when nothing else changed
    publish();
}

void RolloutEngine::halt()
{
    m_demoTimer.stop();
    m_tick.stop();
    if (m_session)
        m_session->stop();
    m_session.reset();
    m_simulator.reset();
    m_demoFeed.reset();
}

void RolloutEngine::setTickInterval(int milliseconds)
{
    m_tick.setInterval(qMax(10, milliseconds));
}

void RolloutEngine::setInventory(const QList<ExpectedPhone> &phones)
{
    m_inventory = phones;
}

void RolloutEngine::applyInventory(const QList<ExpectedPhone> &phones)
{
    setInventory(phones);
    m_model->expectPhones(phones);
    publish(); // not at the next tick: no tick runs before the first run, nor after a stop
}

void RolloutEngine::setCatalogue(const FirmwareCatalogue &catalogue)
{
    m_catalogue = catalogue;
}

// The record was parsed once already: its grammar and severity come along.
void RolloutEngine::observe(QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms)
{
    static const QMetaMethod recordsSignal = QMetaMethod::fromSignal(&RolloutEngine::recordsArrived);
    if (!watched(recordsSignal))
        return;
    if (m_pending.size() >= kMaxRawPerTick) {
        ++m_notShown;
        return;
    }
    // The phone's address as the model knows it: a relay's never shows as the phone's.
    const Phone *phone = m_model->phone(m_model->lastPhone());
    m_pending.append(RawRecord{ms, origin.host.toByteArray(), phone ? phone->address : 0, phone ? phone->id : kNoPhone,
                               record.toByteArray(), event.grammar, event.severity});
}

// Nobody to hand them to (a headless run reads the model itself): no
// snapshot is made and no raw record kept.
bool RolloutEngine::watched(const QMetaMethod &signal) const
{
    return isSignalConnected(signal);
}

void RolloutEngine::tick()
{
    updateRate();
    advancePlayhead();
    publish();
}

// Over the last second, not the last tick: records come in bursts, and a
// rate that flickers to 0 between them says "idle" while a rollout runs. It
// falls to 0 about a second after records stop.
void RolloutEngine::updateRate()
{
    constexpr qint64 kWindowMs = 1000;
    const qint64 now = m_rateClock.elapsed();
    const qint64 records = m_model->counts().total;
    m_rateSamples.push_back({now, records});
    while (m_rateSamples.size() > 2 && now - m_rateSamples[1].ms >= kWindowMs)
        m_rateSamples.pop_front();
    const RateSample &oldest = m_rateSamples.front();
    m_rate = now > oldest.ms ? double(records - oldest.records) * 1000.0 / double(now - oldest.ms) : 0;
}

// A console log names its phone's address only in a later record (the
// root's "@@@HROOT …"): the records before it get the address the model
// has learnt by the time they are handed out, so the phone's trace holds them.
void RolloutEngine::addLearntAddresses()
{
    for (RawRecord &r : m_pending) {
        if (r.address == 0 && r.phone != kNoPhone) {
            if (const Phone *phone = m_model->phone(r.phone))
                r.address = phone->address;
        }
    }
}

void RolloutEngine::publish()
{
    if (!m_pending.isEmpty()) {
        addLearntAddresses();
        Q_EMIT recordsArrived(m_pending);
        m_pending.clear();
    }
    static const QMetaMethod snapshotSignal = QMetaMethod::fromSignal(&RolloutEngine::snapshotReady);
    if (!watched(snapshotSignal))
        return;
    // An idle tick sends nothing: the views keep what they show, once the rate shown is 0.
    const bool sessionRunning = m_session && !m_stopped;
    if (m_model->revision() == m_publishedRevision && !sessionRunning && m_rate == m_publishedRate
        && !m_timelineChanged)
        return;
    m_timelineChanged = false;
    m_publishedRevision = m_model->revision();
    m_publishedRate = m_rate;
    Q_EMIT snapshotReady(snapshot());
}

std::shared_ptr<const EngineSnapshot> RolloutEngine::snapshot()
{
    if (!m_live)
        return pastSnapshot();
    auto s = std::make_shared<EngineSnapshot>();
    s->model = std::make_shared<const RolloutModel>(*m_model);
    s->bandwidth = BandwidthReport::compute(*m_model);
    s->clockMs = m_simulator                ? m_simulator->config().startUtcMs + m_simulator->now() / 1000
        : m_source == QLatin1String("live") ? QDateTime::currentMSecsSinceEpoch()
                                            : m_model->lastEventMs();
    s->findings = Health::assess(*m_model, s->clockMs);
    s->findingIndex = FindingIndex(s->findings);
    s->forecast = Forecast(*m_model, s->findings, s->clockMs);
    m_timeline.noteFindings(s->findings, edgeMs());
    fillRunState(*s);
    return s;
}

// What a snapshot says of the run as it is now, whatever time it shows: the
// sources, the pace, the state of the run and the timeline.
void RolloutEngine::fillRunState(EngineSnapshot &s) const
{
    if (m_session) {
        s.sources = m_session->statuses();
        s.counters = m_session->counters();
        s.ingest = m_session->ingest().counters();
    }
    s.recordsPerSecond = m_rate;
    s.rawRecordsNotShown = m_notShown;
    s.running = !m_finished && !m_stopped;
    s.finished = m_finished;
    s.stopped = m_stopped;
    s.source = m_source;
    if (m_imported)
        s.imported = m_importStats;
    fillTimeline(s);
}

// ---- the replay timeline ---------------------------------------------------------

void RolloutEngine::setTimelineLimits(int checkpointEvery, qint64 memoryBound)
{
    m_checkpointEvery = checkpointEvery;
    m_memoryBound = memoryBound;
}

qint64 RolloutEngine::originMs() const
{
    if (m_simulator)
        return m_simulator->config().startUtcMs;
    if (m_session && m_session->replayStats() && m_session->replayStartUs() >= 0)
        return m_session->replayStartUs() / 1000;
    if (m_source == QLatin1String("live"))
        return m_liveStartMs;
    return m_timeline.firstCallMs();
}

// How far the source has come: the simulation's clock, the wall clock live, else its latest record.
qint64 RolloutEngine::edgeMs() const
{
    if (m_simulator)
        return m_simulator->config().startUtcMs + m_simulator->now() / 1000;
    if (m_source == QLatin1String("live") && !m_finished && !m_stopped)
        return QDateTime::currentMSecsSinceEpoch();
    return qMax(m_timeline.reachedMs(), originMs());
}

// The health checks' "now" at a time shown: what a run stopped there has
// (the simulation's clock, the wall clock live, else the model's last event).
qint64 RolloutEngine::clockAt(qint64 shownMs, const RolloutModel &model) const
{
    if (m_simulator || m_source == QLatin1String("live"))
        return shownMs;
    return model.lastEventMs();
}

void RolloutEngine::fillTimeline(EngineSnapshot &s) const
{
    TimelineState &t = s.timeline;
    t.originMs = originMs();
    t.edgeMs = edgeMs();
    t.earliestMs = m_timeline.gaveUp() ? m_timeline.earliestMs() : t.originMs;
    t.shownMs = m_live ? t.edgeMs : m_shownMs;
    t.live = m_live;
    t.playing = m_playing || (m_live && s.running);
    t.speed = m_speed;
    t.siteClock = !m_simulator;
    t.gaveUp = m_timeline.gaveUp();
    t.keptBytes = m_timeline.bytes();
    t.boundBytes = m_timeline.memoryBound();
}

// Live: a phone's findings noted as they are found; a past time's too, for the jumps.
void RolloutEngine::noteFindingsAt(const RolloutModel &model, qint64 ms)
{
    m_timeline.noteFindings(Health::assess(model, clockAt(ms, model)), ms);
}

// The shown time stops at `ms`, within what can be shown.
void RolloutEngine::showTime(qint64 ms)
{
    const qint64 edge = edgeMs();
    const qint64 earliest = m_timeline.gaveUp() ? m_timeline.earliestMs() : qMin(originMs(), edge);
    ms = qBound(earliest, ms, edge);
    if (m_live || ms != m_shownMs || !m_shownModel) {
        m_shownMs = ms;
        m_shownModel = m_timeline.stateAt(ms);
        m_shownSnapshot.reset();
    }
    m_live = false;
    m_timelineChanged = true;
}

void RolloutEngine::seek(qint64 ms)
{
    if (ms >= edgeMs()) {
        goLive();
        return;
    }
    m_playing = false;
    showTime(ms);
    publish();
}

void RolloutEngine::goLive()
{
    m_live = true;
    m_playing = false;
    m_shownModel.reset();
    m_shownSnapshot.reset();
    m_shownMs = -1;
    m_timelineChanged = true;
    publish();
}

// Live while the source runs, it plays already; at the end of a finished
// source, play starts again from the beginning.
void RolloutEngine::play()
{
    const bool sourceRuns = !m_finished && !m_stopped;
    if (m_live && sourceRuns)
        return;
    if (m_live)
        showTime(originMs());
    m_playing = true;
    m_playClock.start();
    m_timelineChanged = true;
    publish();
}

void RolloutEngine::playFromStart()
{
    if (m_speed <= 0)
        return; // as fast as it goes: the latest, at once
    showTime(originMs());
    m_playing = true;
    m_playClock.start();
    publish();
}

void RolloutEngine::pause()
{
    advancePlayhead();
    m_playing = false;
    showTime(m_live ? edgeMs() : m_shownMs);
    publish();
}

void RolloutEngine::advancePlayhead()
{
    if (m_live || !m_playing)
        return;
    const qint64 elapsed = m_playClock.restart();
    const qint64 edge = edgeMs();
    const qint64 from = qMax(m_shownMs, originMs()); // the first packet may have come since
    const qint64 next = m_speed > 0 ? from + qint64(double(elapsed) * m_speed) : edge;
    if (next >= edge) { // caught up with the source, or played a file to its end
        goLive();
        return;
    }
    showTime(next);
}

void RolloutEngine::jump(MomentKind kind, int direction)
{
    const qint64 from = m_live ? edgeMs() : m_shownMs;
    const std::optional<qint64> to
        = direction < 0 ? m_timeline.previousMoment(kind, from) : m_timeline.nextMoment(kind, from);
    if (!to)
        return;
    m_playing = false;
    showTime(*to);
    publish();
}

// A past time's snapshot: the model rebuilt at it, assessed once; the
// sources, rate and timeline as they are now.
std::shared_ptr<EngineSnapshot> RolloutEngine::pastSnapshot()
{
    if (!m_shownModel)
        m_shownModel = m_timeline.stateAt(m_shownMs);
    if (!m_shownSnapshot) {
        auto past = std::make_shared<EngineSnapshot>();
        past->model = m_shownModel;
        past->bandwidth = BandwidthReport::compute(*m_shownModel);
        past->clockMs = clockAt(m_shownMs, *m_shownModel);
        past->findings = Health::assess(*m_shownModel, past->clockMs);
        past->findingIndex = FindingIndex(past->findings);
        past->forecast = Forecast(*m_shownModel, past->findings, past->clockMs);
        m_timeline.noteFindings(past->findings, m_shownMs);
        m_shownSnapshot = past;
    }
    auto s = std::make_shared<EngineSnapshot>(*m_shownSnapshot);
    fillRunState(*s);
    return s;
}

} // namespace pfs
