// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/livesession.h"
#include "engine/demofeed.h"
#include "engine/enginesnapshot.h"
#include "engine/timeline.h"
#include "logs/logimporter.h"
#include "model/rolloutmodel.h"
#include "sim/modelfeed.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

// Runs a data source (the demo simulation, live listening, a capture replay
// or a log import) and the rollout model, away from the user interface: it
// lives in a worker thread, and once per tick hands out an EngineSnapshot
// (a copy of the model that shares every phone not changed since the last
// one: PhoneList) plus the raw records that arrived, so the views never parse
// and never wait on I/O. A headless run drives the same engine on its own thread.
namespace pfs {

class RolloutEngine : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRawPerTick = 20000;

    explicit RolloutEngine(FirmwareCatalogue catalogue = FirmwareCatalogue::builtIn(), int subnetPrefix = 24,
                           QObject *parent = nullptr);
    ~RolloutEngine() override;

    // The latest snapshot, built on demand (tests, exports).
    std::shared_ptr<const EngineSnapshot> snapshot();

    // Runs the source started last to its end on the calling thread, as fast
    // as it goes: the demo without its pacing timer, a replay in an event loop
    // until it finishes (an import is over once started). `stopAtUs` >= 0
    // ends it that far into the rollout instead (the simulation's clock, or
    // the capture's since its first packet). A live session has no end: stop() it.
    void runToEnd(qint64 stopAtUs = -1);
    // The demo run on to `us` into the rollout and no further, not ended:
    // a step of the window's timer, at a time chosen (tests).
    void stepDemoTo(qint64 us);

    // What the run read, for a caller on the engine's thread (the headless
    // summary): the state shown, at the time seek() chose, else the latest.
    const RolloutModel &model() const { return m_shownModel ? *m_shownModel : *m_model; }
    const Timeline &timeline() const { return m_timeline; }
    // The rollout's time zero (TimelineState::originMs); -1 before anything was read.
    qint64 originMs() const;
    const LiveSession *session() const { return m_session.get(); }
    const sim::Simulator *simulator() const { return m_simulator.get(); }
    const DemoFeed *demoFeed() const { return m_demoFeed.get(); }
    const ImportStats &importStats() const { return m_importStats; }

public Q_SLOTS:
    // Each returns false when its source could not start (failed() says why).
    bool startDemo(const pfs::sim::Config &config, double speed, pfs::DemoSources sources = pfs::DemoSources::Both);
    bool startLive(const pfs::SessionConfig &config);
    // `config`: the ports that tell syslog and PFS traffic apart in the capture.
    bool startReplay(const QString &file, double speed, const pfs::SessionConfig &config = pfs::SessionConfig());
    // Captures on an interface until stop() (passive: dumpcap or libpcap, see CaptureFeed).
    bool startCapture(const pfs::SessionConfig &config, const pfs::CaptureOptions &options);
    // False when the file could not be read; a damaged file gives what came before the damage.
    bool importFile(const QString &file);
    void stop();
    void setTickInterval(int milliseconds);
    void setCatalogue(const pfs::FirmwareCatalogue &catalogue);
    // The site's inventory: every run from now on starts with these phones expected.
    void setInventory(const QList<pfs::ExpectedPhone> &phones);
    // setInventory, and the run under way expects them too, at once: an
    // inventory imported mid-rollout must not cost the records heard so far.
    void applyInventory(const QList<pfs::ExpectedPhone> &phones);
    void setDemoSpeed(double speed) { setSpeed(speed); }

    // ---- The replay timeline (issue #15). The source runs on underneath;
    // these choose the time the snapshots show.
    // Stops the shown time at `ms` (model time); at or past the edge: live.
    void seek(qint64 ms);
    void goLive(); // the snapshots follow the source again
    void play();   // the shown time moves on at the speed; at the edge, live
    void pause();  // the shown time stops where it is
    // From the rollout's start, at the speed, while the source is read on
    // (a file opened in the window: read as fast as it goes, played at the speed).
    void playFromStart();
    // The demo's pace and the timeline's: times the rollout's own clock, 0 as fast as it goes.
    void setSpeed(double speed);
    // To the previous (direction < 0) or next moment of that kind from the
    // time shown; nothing when there is none.
    void jump(pfs::MomentKind kind, int direction);
    // From the next start on; tests choose small ones.
    void setTimelineLimits(int checkpointEvery, qint64 memoryBound);
    // From the next start on: no timeline is kept (a headless run that
    // wants no earlier time spares its memory); the time shown is the latest.
    void keepTimeline(bool keep) { m_keepTimeline = keep; }

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const pfs::EngineSnapshot> snapshot);
    void recordsArrived(const QList<pfs::RawRecord> &records);
    void failed(const QString &message);

private:
    void reset(const QString &source);
    void halt();
    void tick();
    void updateRate();
    void demoStep();
    void finish();
    std::unique_ptr<LiveSession> observedSession(const SessionConfig &config);
    void observe(QByteArrayView record, const DLoadEvent &event, const RecordOrigin &origin, qint64 ms);
    void addLearntAddresses();
    void publish();
    bool watched(const QMetaMethod &signal) const;
    qint64 edgeMs() const;
    qint64 clockAt(qint64 shownMs, const RolloutModel &model) const;
    void advancePlayhead();
    void showTime(qint64 ms);
    std::shared_ptr<EngineSnapshot> pastSnapshot();
    void fillRunState(EngineSnapshot &s) const;
    void fillTimeline(EngineSnapshot &snapshot) const;
    void noteFindingsAt(const RolloutModel &model, qint64 ms);

    FirmwareCatalogue m_catalogue;
    QList<ExpectedPhone> m_inventory;
    int m_subnetPrefix;
    std::unique_ptr<RolloutModel> m_model;
    std::unique_ptr<LiveSession> m_session;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<DemoFeed> m_demoFeed;
    ImportStats m_importStats;
    bool m_imported = false; // the run is a log read by importFile: its snapshots carry m_importStats
    QTimer m_tick;
    QTimer m_demoTimer;
    QElapsedTimer m_demoClock;
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

    Timeline m_timeline;
    int m_checkpointEvery = Timeline::kCheckpointEvery;
    qint64 m_memoryBound = Timeline::kMemoryBound;
    bool m_keepTimeline = true;
    double m_speed = kDefaultSpeed;
    bool m_live = true;
    bool m_playing = false;
    qint64 m_shownMs = -1;
    qint64 m_liveStartMs = -1;                             // a live source's start, on the wall clock
    QElapsedTimer m_playClock;                             // since the shown time last moved
    std::shared_ptr<const RolloutModel> m_shownModel;      // at m_shownMs, when not live
    std::shared_ptr<const EngineSnapshot> m_shownSnapshot; // its snapshot, built once
    bool m_timelineChanged = false;                        // published even when the model did not change
};

} // namespace pfs

Q_DECLARE_METATYPE(pfs::sim::Config)
Q_DECLARE_METATYPE(pfs::SessionConfig)
Q_DECLARE_METATYPE(pfs::CaptureOptions)
Q_DECLARE_METATYPE(pfs::FirmwareCatalogue)
Q_DECLARE_METATYPE(pfs::MomentKind)
