// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/ingest.h"
#include "capture/pcapreader.h"
#include "capture/wireingest.h"
#include "sim/modelfeed.h"
#include "sim/wiretraffic.h"

#include <memory>
#include <optional>

// The demo's data, from the sources chosen (--demo-sources, issue #13):
// - traces: the simulator's DLoad records straight into the model
//   (ModelFeed), as a console hears them over syslog;
// - wire: the traffic a SPAN port on the site's switch would see
//   (sim::WireTraffic's frames: TFTP, TCP 4051, broadcasts), taken apart as
//   a capture's frames are (PcapReader) and read by the wire trackers
//   (WireIngest), as pfsmon reads a real site's capture;
// - both: each, into one model, where the wire's observed facts outrank the
//   modelled records (RolloutModel's provenance ranks);
// - site: what a real site gives, the wire and only the verified traces.
namespace pfs {

// What the demo's console hears: the simulator's vocabulary (sim::WireSources).
using DemoSources = sim::WireSources;

class DemoFeed : public sim::ParsedRecordSink, private sim::FrameConsumer {
public:
    DemoFeed(const sim::Simulator &simulator, RolloutModel *model, DemoSources sources);
    ~DemoFeed() override;
    DemoFeed(const DemoFeed &) = delete;
    DemoFeed &operator=(const DemoFeed &) = delete;

    void setRecordObserver(ModelFeed::RecordObserver observer);
    // Hands over the frames still waiting for their turn, then the wire's
    // latest byte counts (WireIngest::flushProgress); once the simulation has ended.
    void finish();

    qint64 records() const { return m_traces ? m_traces->records() : 0; }
    qint64 broadcasts() const { return m_traces ? m_traces->broadcasts() : 0; }
    qint64 frames() const { return m_traffic ? m_traffic->frames() : 0; }
    // The wire needs every hook of the transport; the traces alone only the
    // records and broadcasts (sim::runPipelined may carry them).
    bool needsTransport() const { return m_traffic != nullptr; }
    const WireIngest *wire() const { return m_wire.get(); }              // null without the wire
    const Ingest *broadcastIngest() const { return m_broadcasts.get(); } // null without the wire

    void record(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record) override;
    void parsedRecord(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record, bool parsed,
                      const DLoadEvent &event) override;
    void broadcast(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &payload) override;
    void configRequested(qint64 timeUs, const sim::SimPhone &phone) override;
    void transferStarted(qint64 timeUs, const sim::TransferStart &transfer) override;
    void transferProgress(qint64 timeUs, int transfer, qint64 bytes) override;
    void transferEnded(qint64 timeUs, int transfer, qint64 bytes, sim::TransferEnd how) override;
    void transferAbandoned(qint64 timeUs, int transfer) override;
    void timeReached(qint64 timeUs) override;

private:
    void frame(qint64 utcUs, QByteArrayView captured, qint64 originalLength) override;

    std::unique_ptr<ModelFeed> m_traces;
    std::unique_ptr<WireIngest> m_wire;
    std::unique_ptr<Ingest> m_broadcasts;        // the broadcasts' payloads, as a capture's reach the console
    PcapReader m_decoder;                        // takes the frames apart, as a capture's
    std::unique_ptr<sim::WireTraffic> m_traffic; // last: it hands frames to the decoder
    ReceivedDatagram m_found; // what the decoder finds for the console: its broadcasts (the traces give the syslog)
};

} // namespace pfs
