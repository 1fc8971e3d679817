// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/livesession.h"
#include "model/bandwidth.h"
#include "model/rolloutmodel.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

// Runs a data source (the demo simulation, live listening, a capture replay
// or a log import) and the rollout model, away from the user interface: it
// lives in a worker thread, and once per tick hands out an immutable
// snapshot (a copy of the model that shares every phone not changed since
// the last one: PhoneList) plus the raw records that arrived, so the views
// never parse and never wait on I/O.
namespace pfs {

struct RawRecord {
    qint64 ms = 0;       // model time
    QByteArray host;     // syslog host, or empty
    quint32 address = 0; // the phone's address as the model knows it (never a relay's), or 0
    QByteArray text;     // the record as received: show as plain text only
    Grammar grammar = Grammar::Unknown;
    Severity severity = Severity::Unknown;
};

struct EngineSnapshot {
    std::shared_ptr<const RolloutModel> model;
    BandwidthReport bandwidth;
    QList<SourceStatus> sources;
    SessionCounters counters;
    IngestCounters ingest;
    double recordsPerSecond = 0;
    qint64 clockMs = 0;            // the rollout's "now": virtual in the demo, wall clock live
    qint64 rawRecordsNotShown = 0; // over the per-tick bound of the event log
    bool running = false;
    bool finished = false;
    bool stopped = false; // by the user (Stop), before the end
    QString source;       // "demo", a file name, "live"
};

class RolloutEngine : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRawPerTick = 20000;

    explicit RolloutEngine(FirmwareCatalogue catalogue = FirmwareCatalogue::builtIn(), int subnetPrefix = 24,
                           QObject *parent = nullptr);
    ~RolloutEngine() override;

    // The latest snapshot, built on demand (tests, exports).
    std::shared_ptr<const EngineSnapshot> snapshot();

public Q_SLOTS:
    void startDemo(const pfs::sim::Config &config, double speed);
    void startLive(const pfs::SessionConfig &config);
    void startReplay(const QString &file, double speed);
    void importFile(const QString &file);
    void stop();
    void setTickInterval(int milliseconds);
    void setCatalogue(const pfs::FirmwareCatalogue &catalogue);
    void setDemoSpeed(double speed);

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const pfs::EngineSnapshot> snapshot);
    void recordsArrived(const QList<pfs::RawRecord> &records);
    void failed(const QString &message);

private:
    class DemoSink;
    void reset(const QString &source);
    void halt();
    void tick();
    void updateRate();
    void demoStep();
    void observe(QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms);
    void publish();

    FirmwareCatalogue m_catalogue;
    int m_subnetPrefix;
    std::unique_ptr<RolloutModel> m_model;
    std::unique_ptr<LiveSession> m_session;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<DemoSink> m_demoSink;
    QTimer m_tick;
    QTimer m_demoTimer;
    QElapsedTimer m_demoClock;
    double m_demoSpeed = 20;
    qint64 m_demoVirtualAtClockStart = 0;
    QList<RawRecord> m_pending;
    qint64 m_notShown = 0;
    struct RateSample {
        qint64 ms = 0;
        qint64 records = 0;
    };
    std::deque<RateSample> m_rateSamples; // the last second's ticks
    QElapsedTimer m_rateClock;
    double m_rate = 0;
    double m_publishedRate = 0;
    QString m_source;
    bool m_finished = false;
    bool m_stopped = false;
    quint64 m_publishedRevision = ~0ULL;
};

} // namespace pfs

Q_DECLARE_METATYPE(std::shared_ptr<const pfs::EngineSnapshot>)
Q_DECLARE_METATYPE(pfs::RawRecord)
Q_DECLARE_METATYPE(pfs::sim::Config)
Q_DECLARE_METATYPE(pfs::SessionConfig)
Q_DECLARE_METATYPE(pfs::FirmwareCatalogue)
