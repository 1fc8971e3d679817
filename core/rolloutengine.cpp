#include "rolloutengine.h"

#include "dloadparser.h"
#include "logimporter.h"

#include <QDateTime>

namespace pfs {

// The demo's sink: each record takes the same parser and model path as live.
class RolloutEngine::DemoSink : public sim::Sink
{
public:
    explicit DemoSink(RolloutEngine *engine) : m_engine(engine) {}

    void record(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record) override
    {
        DLoadEvent event;
        if (!DLoadParser::parse(record, event))
            return;
        m_origin.host = phone.host;
        const qint64 ms = m_engine->m_simulator->config().startUtcMs + timeUs / 1000;
        m_engine->m_model->apply(event, m_origin, ms);
        m_engine->observe(record, event, m_origin, ms);
    }
    void broadcast(qint64, const sim::SimPhone &, const QByteArray &) override {}

private:
    RolloutEngine *m_engine;
    RecordOrigin m_origin;
};

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
    qRegisterMetaType<FirmwareCatalogue>();
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &RolloutEngine::tick);
    m_demoTimer.setInterval(20);
    connect(&m_demoTimer, &QTimer::timeout, this, &RolloutEngine::demoStep);
}

RolloutEngine::~RolloutEngine()
{
    stop();
}

void RolloutEngine::reset(const QString &source)
{
    stop();
    m_model = std::make_unique<RolloutModel>(m_catalogue, m_subnetPrefix);
    m_pending.clear();
    m_notShown = 0;
    m_recordsAtLastTick = 0;
    m_rate = 0;
    m_source = source;
    m_finished = false;
    m_publishedRevision = ~0ULL;
    m_rateClock.start();
    m_tick.start();
}

void RolloutEngine::startDemo(const sim::Config &config, double speed)
{
    const QString problem = sim::Simulator::validate(config, m_catalogue);
    if (!problem.isEmpty()) {
        Q_EMIT failed(problem);
        return;
    }
    reset(QStringLiteral("demo"));
    m_simulator = std::make_unique<sim::Simulator>(config, m_catalogue);
    m_demoSink = std::make_unique<DemoSink>(this);
    m_demoSpeed = speed;
    m_demoVirtualAtClockStart = 0;
    m_demoClock.start();
    m_demoTimer.start();
}

void RolloutEngine::setDemoSpeed(double speed)
{
    if (!m_simulator)
        return;
    m_demoVirtualAtClockStart = m_simulator->now();
    m_demoClock.restart();
    m_demoSpeed = speed;
}

void RolloutEngine::demoStep()
{
    // Speed 0: as fast as possible, in slices that keep the thread responsive.
    const qint64 target = m_demoSpeed > 0
        ? m_demoVirtualAtClockStart + qint64(double(m_demoClock.nsecsElapsed()) / 1000.0 * m_demoSpeed)
        : m_simulator->now() + 30'000'000;
    m_simulator->advanceTo(target, *m_demoSink);
    if (m_simulator->finished()) {
        m_demoTimer.stop();
        m_finished = true;
        publish();
    }
}

void RolloutEngine::startLive(const SessionConfig &config)
{
    reset(QStringLiteral("live"));
    m_session = std::make_unique<LiveSession>(m_model.get(), config);
    m_session->ingest().setRecordObserver(
        [this](const QByteArray &record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms) {
            observe(record, event, origin, ms);
        });
    const bool listening = m_session->start();
    for (const SourceStatus &status : m_session->statuses()) {
        if (status.state == SourceState::Failed)
            Q_EMIT failed(status.detail);
    }
    if (!listening)
        m_finished = true;
    publish();
}

void RolloutEngine::startReplay(const QString &file, double speed)
{
    reset(file);
    SessionConfig config;
    config.pfsPort = 4051;
    m_session = std::make_unique<LiveSession>(m_model.get(), config);
    m_session->ingest().setRecordObserver(
        [this](const QByteArray &record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms) {
            observe(record, event, origin, ms);
        });
    QString error;
    if (!m_session->startReplay(file, speed, &error)) {
        Q_EMIT failed(error);
        m_finished = true;
        publish();
        return;
    }
    connect(m_session.get(), &LiveSession::replayFinished, this, [this] {
        m_finished = true;
        publish();
    });
}

void RolloutEngine::importFile(const QString &file)
{
    reset(file);
    LogImporter importer(m_model.get());
    QString error;
    if (!importer.importFile(file, &error))
        Q_EMIT failed(error);
    m_finished = true;
    publish();
}

void RolloutEngine::stop()
{
    m_demoTimer.stop();
    m_tick.stop();
    if (m_session)
        m_session->stop();
    m_session.reset();
    m_simulator.reset();
    m_demoSink.reset();
}

void RolloutEngine::setTickInterval(int milliseconds)
{
    m_tick.setInterval(qMax(10, milliseconds));
}

void RolloutEngine::setCatalogue(const FirmwareCatalogue &catalogue)
{
    m_catalogue = catalogue;
}

// The record was parsed once already: its grammar and severity come along.
void RolloutEngine::observe(const QByteArray &record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms)
{
    if (m_pending.size() >= kMaxRawPerTick) {
        ++m_notShown;
        return;
    }
    // The phone's address as the model knows it: a relay's never shows as the phone's.
    const Phone *phone = m_model->phone(m_model->lastPhone());
    m_pending.append(RawRecord{ms, origin.host, phone ? phone->address : 0, record, event.grammar, event.severity});
}

void RolloutEngine::tick()
{
    publish();
}

void RolloutEngine::publish()
{
    const qint64 elapsed = m_rateClock.restart();
    const qint64 total = m_model->counts().total;
    if (elapsed > 0)
        m_rate = double(total - m_recordsAtLastTick) * 1000.0 / double(elapsed);
    m_recordsAtLastTick = total;
    if (!m_pending.isEmpty()) {
        Q_EMIT recordsArrived(m_pending);
        m_pending.clear();
    }
    // An idle tick sends nothing: the views keep what they show.
    if (m_model->revision() == m_publishedRevision && !m_session)
        return;
    m_publishedRevision = m_model->revision();
    Q_EMIT snapshotReady(snapshot());
}

std::shared_ptr<const EngineSnapshot> RolloutEngine::snapshot()
{
    auto s = std::make_shared<EngineSnapshot>();
    s->model = std::make_shared<const RolloutModel>(*m_model);
    s->bandwidth = BandwidthReport::compute(*m_model);
    if (m_session) {
        s->sources = m_session->statuses();
        s->counters = m_session->counters();
        s->ingest = m_session->ingest().counters();
    }
    s->recordsPerSecond = m_rate;
    s->clockMs = m_simulator ? m_simulator->config().startUtcMs + m_simulator->now() / 1000
                 : m_source == QLatin1String("live") ? QDateTime::currentMSecsSinceEpoch()
                                                     : m_model->lastEventMs();
    s->rawRecordsNotShown = m_notShown;
    s->running = !m_finished;
    s->finished = m_finished;
    s->source = m_source;
    return s;
}

} // namespace pfs
