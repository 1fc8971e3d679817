// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "sim/simulator.h"
#include "sim/wireframe.h"

#include <QByteArray>
#include <QHash>
#include <QStringView>
#include <QtGlobal>

#include <map>
#include <memory>
#include <optional>
#include <vector>

// What a SPAN (mirror) port on the site's switch would see of a simulated
// rollout, as Ethernet/IPv4 frames: a sim::Sink that turns the simulator's
// records, broadcasts and transfer hooks into traffic by public standards
// only (../shared/docs/pfs-field-guide.md, "The wire"):
//  - syslog: every record as a UDP datagram from the phone to the collector;
//  - PFS broadcasts: UDP from the phone's port 4051 to its subnet's broadcast;
//  - TFTP (RFC 1350/2347/2348/2349): each phone's SEP<MAC>.cnf.xml at boot
//    and after its upgrade's reboot, and every WAN download (roots, fallbacks,
//    phones without PFS): RRQ with tsize 0 and blksize, OACK from the
//    server's transfer ID, ACK 0, DATA and ACK in lock-step at the simulated
//    pace, a short last block, block numbers rolling over 65535 -> 0;
//  - TCP 4051 from each child to its parent: handshake with MSS 1460, data of
//    at most 1460 bytes at the transfer's pace, one ACK per two segments,
//    FIN both ways at the end; a stalled or vanished sender just stops, and
//    the child resets the connection when it gives up.
// The payload of firmware data is not public: it is zeros, never built past
// the snap length. Same simulation and options, same frames, byte for byte
// (ports and sequence numbers come from the seed).
//
// Order: the simulator knows a transfer's bytes only at its milestones, so
// the packets between two milestones t0..t1 are made at t1, when other
// transfers may have told of later times already. Frames wait in a min-heap
// of lazy frame sources and are written once no hook can produce an earlier
// one: up to the watermark, the earliest of the latest hook time and every
// running transfer's latest milestone. The end of a simulator step
// (timeReached) is such a time too, and the only one when nothing flows by
// then: the last transfer's closing FINs would wait for the next hook. What
// waits is bounded by what happened since then (at most one milestone
// interval of the slowest running transfer, a WAN download sharing the
// link): a data run between two milestones is one small descriptor whose
// frames are made one at a time as they are written.
// Measured (peakWaiting()): about 7,000 descriptors at 200 phones, 62,000
// (some 12 MB) at 1,000.
namespace pfs::sim {

enum class WireSources : quint8 {
    Traces = 1, // the syslog datagrams of the DLoad records
    Wire = 2,   // TFTP, TCP 4051 and the PFS broadcasts
    Both = 3,
    // What a real site gives (../shared/docs/pfs-field-guide.md): the wire,
    // and of the traces only those real phones print (the verified grammar's
    // root-side lines), none of pfsmon's modelled child-side lines.
    Site = 4 | 2,
};

// "traces", "wire", "both", "site"; nullopt for anything else. The one
// vocabulary of pfssim's --sources and pfsmon's --demo-sources.
std::optional<WireSources> wireSourcesFromName(QStringView name);
inline bool carriesWire(WireSources s)
{
    return quint8(s) & quint8(WireSources::Wire);
}
inline bool carriesTraces(WireSources s)
{
    return (quint8(s) & quint8(WireSources::Traces)) || s == WireSources::Site;
}
inline bool verifiedTracesOnly(WireSources s)
{
    return s == WireSources::Site;
}
// True for a record of the verified grammar: one a real phone prints.
bool isVerifiedRecord(QByteArrayView record);

struct WireOptions {
    // Keeps every header and the whole of every syslog line (the longest
    // frame is about 230 bytes), TFTP request and answer and PFS broadcast:
    // only the firmware data's zero filler is cut, and byte counts survive
    // the cut. A fifth of whole frames (~2 GB instead of ~9.5 GB for 1,000
    // phones); 96 keeps every header in half that, without the syslog text.
    static constexpr int kDefaultSnapLength = 256;

    WireSources sources = WireSources::Both;
    int snapLength = kDefaultSnapLength;
    // 1428 fills a 1500-byte IP packet (IP 20 + UDP 8 + TFTP 4); whether 79xx
    // phones ask for blksize is not public. 8..65464.
    int tftpBlockSize = 1428;
    quint32 tftpServer = 0x0A01010A;      // 10.1.1.10, across the WAN
    quint32 syslogCollector = 0x0A010114; // 10.1.1.20, across the WAN
    quint16 syslogPort = 514;
    quint64 routerMac = 0x00000C07AC01; // the site's gateway (an HSRP MAC): frames to and from the WAN
};

class WireTraffic : public Sink {
public:
    // `simulator` (for its configuration and seed) and `consumer` must outlive this.
    WireTraffic(const Simulator &simulator, FrameConsumer *consumer, WireOptions options = {});
    ~WireTraffic() override;
    WireTraffic(const WireTraffic &) = delete;
    WireTraffic &operator=(const WireTraffic &) = delete;

    void record(qint64 timeUs, const SimPhone &phone, const QByteArray &record) override;
    void broadcast(qint64 timeUs, const SimPhone &phone, const QByteArray &payload) override;
    void configRequested(qint64 timeUs, const SimPhone &phone) override;
    void transferStarted(qint64 timeUs, const TransferStart &transfer) override;
    void transferProgress(qint64 timeUs, int transfer, qint64 bytes) override;
    void transferEnded(qint64 timeUs, int transfer, qint64 bytes, TransferEnd how) override;
    void transferAbandoned(qint64 timeUs, int transfer) override;
    void timeReached(qint64 timeUs) override;

    // Writes every frame still waiting; call once the simulation has ended.
    void finish();

    qint64 frames() const { return m_writer.frames(); }
    qint64 wireBytes() const { return m_writer.wireBytes(); } // original lengths, summed
    // The most frame sources that waited at once: the ordering buffer's size.
    qsizetype peakWaiting() const { return m_peakWaiting; }

    // The size of a phone's simulated SEP<MAC>.cnf.xml.
    static qint64 configFileSize(const SimPhone &phone, quint64 seed);

    // Implementation, declared here for the frame sources in the .cpp.
    class Source;
    struct Flow;

private:
    struct Waiting;

    bool wantsWire() const;
    void add(std::unique_ptr<Source> source);
    void addFrame(const WireFrame &frame);
    void advance(qint64 timeUs, const std::shared_ptr<Flow> &flow, qint64 bytes);
    void openFlow(Flow &flow, qint64 untilUs);
    void closeFlow(qint64 timeUs, Flow &flow);
    void setRunning(Flow &flow, bool running, qint64 knownUs);
    quint16 nextPort(const SimPhone &phone);
    void flush(qint64 nowUs);
    void writeUntil(qint64 watermarkUs);

    const Simulator &m_simulator;
    WireOptions m_options;
    FrameWriter m_writer;
    std::vector<Waiting> m_heap;
    quint64 m_order = 0;
    qsizetype m_peakWaiting = 0;
    QHash<int, std::shared_ptr<Flow>> m_flows; // by transfer id
    std::multimap<qint64, int> m_running;      // latest known time -> transfer id
    QHash<quint32, quint16> m_ports;           // per phone address: its next ephemeral port
};

} // namespace pfs::sim
