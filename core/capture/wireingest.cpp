// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/wireingest.h"

#include "protocol/wire.h"

namespace pfs {

namespace {

// The model hears of a transfer's progress once in this many bytes (and at
// its start and end), not once a packet: a view redraws no faster, and one
// update a packet would cost more than reading the packet.
constexpr qint64 kProgressStep = 64 * 1024;

qint64 msOf(qint64 timeUs)
{
    return timeUs / 1000;
}

} // namespace

WireIngest::WireIngest(RolloutModel *model)
    : m_model(model)
{
    m_tftp.setObserver(this);
    m_peers.setObserver(this);
    m_http.setObserver(this);
}

WireIngest::~WireIngest()
{
    // The trackers report to this object: no report may come while it goes.
    m_tftp.setObserver(nullptr);
    m_peers.setObserver(nullptr);
    m_http.setObserver(nullptr);
}

void WireIngest::udp(const wire::UdpPacket &packet)
{
    if (m_tftp.feed(packet))
        return;
    if (packet.destination.port == wire::kPfsPort
        && isBroadcastFrom(packet.source.address, packet.destination.address)) {
        // A PFS broadcast: its sender takes part, whatever its payload says.
        ++m_counters.broadcasts;
        m_model->phoneOnWire(packet.source.address, packet.sourceMac, msOf(packet.timeUs));
    }
}

// To everyone, or to everyone on the sender's subnet: sent to a console's
// own address (pfssim, a relay) it tells nothing of who takes part.
bool WireIngest::isBroadcastFrom(quint32 source, quint32 destination) const
{
    const int prefix = m_model->subnetPrefix();
    const quint32 hostBits = prefix >= 32 ? 0 : (0xFFFFFFFFu >> prefix);
    return destination == 0xFFFFFFFFu || (hostBits && destination == (source | hostBits));
}

void WireIngest::tcp(const wire::TcpSegment &segment)
{
    if (!m_peers.feed(segment))
        m_http.feed(segment);
}

void WireIngest::expire(qint64 nowUs)
{
    m_tftp.expire(nowUs);
    m_peers.expire(nowUs);
    m_http.expire(nowUs);
}

// HTTP downloads report every change: only TFTP and TCP 4051 are paced.
void WireIngest::flushProgress()
{
    for (const wire::TftpTransfer &t : m_tftp.transfersInProgress()) {
        const PhoneId phone = m_model->phoneByAddress(t.client.address);
        if (!t.write && !t.configMac && t.bytes > 0 && isCurrentAttempt(phone, t.fileName, 0))
            serverDownload(phone, t.fileName, WireTransfer::Stage::Progress, t.bytes, t.tsize, t.lastUs);
    }
    for (const wire::PeerConnection &c : m_peers.liveConnections()) {
        const auto known = m_flows.find(c.id);
        if (known != m_flows.end() && peerBytes(c) != known->appliedBytes
            && isCurrentAttempt(known->child, known->file, c.parent.address))
            applyPeerBytes(*known, c, WireTransfer::Stage::Progress);
    }
}

// Whether the phone's attempt at the file still comes from `peer` (0: the
// server): a transfer that fell silent may have been followed by another
// attempt (its end unseen), whose bytes it must not overwrite.
bool WireIngest::isCurrentAttempt(PhoneId phone, const QString &file, quint32 peer) const
{
    const Phone *known = m_model->phone(phone);
    const ComponentProgress *c = known && !file.isEmpty() ? known->component(file) : nullptr;
    const ComponentState receiving = peer ? ComponentState::FromPeer : ComponentState::FromTftp;
    return c && c->state == receiving && c->peer == peer;
}

// ---- The WAN: TFTP and HTTP from the server ----------------------------------

void WireIngest::serverDownload(PhoneId phone, const QString &file, WireTransfer::Stage stage, qint64 bytes,
                                qint64 size, qint64 timeUs)
{
    WireTransfer t;
    t.phone = phone;
    t.file = file;
    t.stage = stage;
    t.bytes = bytes;
    t.size = size;
    t.from = Provenance::Wire;
    m_model->applyWireTransfer(t, msOf(timeUs));
}

void WireIngest::transferChanged(wire::TftpEvent event, const wire::TftpTransfer &t)
{
    if (t.write)
        return; // phones upload nothing during an upgrade: not theirs to follow
    if (event == wire::TftpEvent::Requested) {
        const PhoneId phone = m_model->phoneOnWire(t.client.address, t.clientMac, msOf(t.startUs));
        if (t.configMac) {
            ++m_counters.configRequests;
            m_model->applyConfigRequest(phone, msOf(t.startUs));
            return;
        }
        ++m_counters.wanDownloads;
        serverDownload(phone, t.fileName, WireTransfer::Stage::Started, 0, t.tsize, t.startUs);
        return;
    }
    const PhoneId phone = m_model->phoneByAddress(t.client.address);
    if (t.configMac || phone == kNoPhone)
        return;
    const bool crossesStep = t.bytes / kProgressStep != qMax<qint64>(0, t.bytes - t.blockSize) / kProgressStep;
    if (event == wire::TftpEvent::Progress && !crossesStep)
        return; // the model hears of progress once in a step, not per block
    const WireTransfer::Stage stage = event == wire::TftpEvent::Completed ? WireTransfer::Stage::Complete
        : event == wire::TftpEvent::Progress                              ? WireTransfer::Stage::Progress
                                                                          : WireTransfer::Stage::Failed;
    serverDownload(phone, t.fileName, stage, t.bytes, t.tsize, t.lastUs);
}

void WireIngest::downloadChanged(wire::HttpDownloadEvent event, const wire::HttpDownload &d)
{
    const bool config = wire::TftpTracker::configFileMac(d.fileName).has_value();
    if (event == wire::HttpDownloadEvent::Requested) {
        const PhoneId phone = m_model->phoneOnWire(d.client.address, d.clientMac, msOf(d.startUs));
        if (config) {
            ++m_counters.configRequests;
            m_model->applyConfigRequest(phone, msOf(d.startUs));
            return;
        }
        ++m_counters.wanDownloads;
        serverDownload(phone, d.fileName, WireTransfer::Stage::Started, 0, -1, d.startUs);
        return;
    }
    const PhoneId phone = m_model->phoneByAddress(d.client.address);
    if (config || phone == kNoPhone || d.method != wire::HttpMethod::Get)
        return;
    WireTransfer::Stage stage = WireTransfer::Stage::Progress;
    if (event == wire::HttpDownloadEvent::Completed && !d.headerLost)
        stage = WireTransfer::Stage::Complete;
    else if (event == wire::HttpDownloadEvent::Failed || event == wire::HttpDownloadEvent::Abandoned)
        stage = WireTransfer::Stage::Failed;
    // A lost header leaves the body's bytes unknown: the download ends, counted as far as it is sure.
    const qint64 bytes = d.headerLost ? 0 : d.bodyBytes;
    serverDownload(phone, d.fileName, stage, bytes, d.chunked ? -1 : d.contentLength, d.lastUs);
}

// ---- TCP 4051: the trees' edges ---------------------------------------------

qint64 WireIngest::peerBytes(const wire::PeerConnection &c)
{
    // From the parent's sequence numbers; where a SPAN port shows only the
    // child's side, from what the child acknowledged (less the FIN's one).
    if (c.parentToChildBytes > 0)
        return qint64(qMin<quint64>(c.parentToChildBytes, quint64(FirmwareCatalogue::kMaxComponentBytes)));
    const quint64 acknowledged = c.acknowledgedBytes > 0 ? c.acknowledgedBytes - 1 : 0;
    return qint64(qMin<quint64>(acknowledged, quint64(FirmwareCatalogue::kMaxComponentBytes)));
}

void WireIngest::openFlow(const wire::PeerConnection &c)
{
    ++m_counters.peerConnections;
    const qint64 ms = msOf(c.startUs);
    Flow flow;
    flow.parent = m_model->phoneOnWire(c.parent.address, c.parentMac, ms);
    flow.child = m_model->phoneOnWire(c.child.address, c.childMac, ms);
    m_flows.insert(c.id, flow); // placed at its first byte: then the parent's own download is seen further
}

// The edge and the child's transfer, once the file it carries can be inferred.
void WireIngest::placeFlow(Flow &flow, const wire::PeerConnection &c, bool ended)
{
    flow.file = m_model->inferServedFile(flow.parent, flow.child, peerBytes(c), ended);
    if (flow.file.isEmpty())
        return;
    const qint64 ms = msOf(c.lastUs);
    if (m_model->applyWireEdge(flow.child, flow.parent, flow.file, ms, c.joinedLate) != kNoHierarchy)
        ++m_counters.edges;
    WireTransfer t;
    t.phone = flow.child;
    t.file = flow.file;
    t.peer = c.parent.address;
    t.stage = WireTransfer::Stage::Started;
    t.from = Provenance::Inferred; // the bytes are seen, the file they belong to is not
    m_model->applyWireTransfer(t, ms);
}

// A connection's end gives its byte count: one that is not the inferred
// file's size but is another's of the parent's load means the inference
// was wrong (the parent's own download of a small file not yet seen): taken
// back, and placed again by size.
void WireIngest::checkInference(Flow &flow, const wire::PeerConnection &c)
{
    const Phone *parent = m_model->phone(flow.parent);
    const ComponentProgress *inferred = parent && !flow.file.isEmpty() ? parent->component(flow.file) : nullptr;
    const qint64 bytes = peerBytes(c);
    if (!inferred || inferred->total < 0 || inferred->total == bytes)
        return;
    const QString sized = m_model->fileOfSize(flow.parent, flow.child, bytes);
    if (sized.isEmpty() || sized == flow.file)
        return;
    m_model->retractWireTransfer(flow.child, flow.file, msOf(c.lastUs));
    ++m_counters.inferencesCorrected;
    --m_counters.edges; // placed again below, by size
    flow.file.clear();
}

// Closed by both FINs, and not short of a size the wire stated (a child
// giving up closes cleanly too): the file arrived whole.
bool WireIngest::endedWhole(const Flow &flow, const wire::PeerConnection &c, qint64 bytes) const
{
    if (c.closeReason != wire::PeerCloseReason::Fin)
        return false;
    const Phone *child = m_model->phone(flow.child);
    const ComponentProgress *component = child ? child->component(flow.file) : nullptr;
    return !component || component->total < 0 || component->totalEstimated || bytes >= component->total;
}

void WireIngest::applyPeerBytes(Flow &flow, const wire::PeerConnection &c, WireTransfer::Stage stage)
{
    WireTransfer t;
    t.phone = flow.child;
    t.file = flow.file;
    t.peer = c.parent.address;
    t.bytes = peerBytes(c);
    t.from = Provenance::Inferred;
    t.stage = stage;
    m_model->applyWireTransfer(t, msOf(c.lastUs));
    flow.appliedBytes = t.bytes;
}

quint64 WireIngest::connectionChanged(wire::PeerFlowEvent event, const wire::PeerConnection &c)
{
    if (event == wire::PeerFlowEvent::Opened) {
        openFlow(c);
        return 0; // every segment until its file is placed
    }
    // Looked up without detaching: a segment of a live connection is the common case.
    const auto known = m_flows.constFind(c.id);
    if (known == m_flows.cend())
        return 0;
    Flow &flow = const_cast<Flow &>(*known);
    const bool closed = event == wire::PeerFlowEvent::Closed;
    if (closed)
        checkInference(flow, c);
    if (flow.file.isEmpty() && (peerBytes(c) > 0 || closed))
        placeFlow(flow, c, closed);
    const bool due = closed || peerBytes(c) - flow.appliedBytes >= kProgressStep || flow.appliedBytes == 0;
    if (!flow.file.isEmpty() && due) {
        WireTransfer::Stage stage = WireTransfer::Stage::Progress;
        if (closed)
            stage = endedWhole(flow, c, peerBytes(c)) ? WireTransfer::Stage::Complete : WireTransfer::Stage::Failed;
        applyPeerBytes(flow, c, stage);
    }
    if (closed) {
        if (flow.file.isEmpty())
            ++m_counters.filesUnknown; // to its end: counted, never guessed
        m_flows.erase(known);
        return 0;
    }
    // Placed: the next step is all the model hears of. Not yet: every segment, to place it at once.
    return flow.file.isEmpty() || flow.appliedBytes == 0 ? 0 : quint64(flow.appliedBytes + kProgressStep);
}

} // namespace pfs
