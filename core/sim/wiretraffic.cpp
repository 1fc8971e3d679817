// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "sim/wiretraffic.h"

#include "protocol/dloadparser.h"

#include <algorithm>
#include <limits>

namespace pfs::sim {
namespace {

constexpr quint16 kTftpPort = 69;
constexpr quint16 kPeerPort = 4051;
constexpr qint64 kMss = 1460;
constexpr qint64 kLanRttUs = 200;    // a handshake's step on the phones' LAN
constexpr qint64 kAckDelayUs = 200;  // a receiver's answer to data, at most half the data's spacing
constexpr qint64 kCloseStepUs = 250; // FIN exchange steps: after the last data's ACK
constexpr quint16 kEphemeralFirst = 49152;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 hashOf(quint64 seed, quint64 a, quint64 b = 0)
{
    return mix(mix(mix(seed ^ 0x77697265ULL) ^ a) ^ b);
}

quint64 macOf(const SimPhone &phone)
{
    return phone.mac.toULongLong(nullptr, 16);
}

// A TFTP server answers from a transfer ID of its own: an unprivileged port.
quint16 serverTransferId(quint64 seed, quint64 a, quint64 b)
{
    return quint16(32768 + hashOf(seed, a, b) % 28000);
}

QByteArray tftpHeader(quint16 opcode, quint16 number)
{
    QByteArray b;
    b.append(char(opcode >> 8)).append(char(opcode)).append(char(number >> 8)).append(char(number));
    return b;
}

void appendOption(QByteArray &b, QByteArrayView name, qint64 value)
{
    b.append(name).append('\0').append(QByteArray::number(value)).append('\0');
}

QByteArray readRequest(QByteArrayView path, int blockSize)
{
    QByteArray b("\0\1", 2);
    b.append(path).append('\0').append("octet").append('\0');
    appendOption(b, "tsize", 0);
    appendOption(b, "blksize", blockSize);
    return b;
}

QByteArray optionAck(qint64 size, int blockSize)
{
    QByteArray b("\0\6", 2);
    appendOption(b, "tsize", size);
    appendOption(b, "blksize", blockSize);
    return b;
}

// Times of `count` evenly spaced events after `begin`, the last at `end`.
qint64 spacedTime(qint64 begin, qint64 end, qint64 index, qint64 count)
{
    return begin + (end - begin) * (index + 1) / count;
}

qint64 ackDelay(qint64 begin, qint64 end, qint64 count)
{
    return std::min(kAckDelayUs, (end - begin) / count / 2);
}

} // namespace

// One transfer's two ends. The client receives: the child, or the phone
// fetching from TFTP; the server sends: the parent on 4051, or the TFTP
// server from its transfer ID.
struct WireTraffic::Flow {
    int id = 0; // the simulator's transfer
    bool tcp = false;
    quint64 clientMac = 0;
    quint64 serverMac = 0;
    quint32 client = 0;
    quint32 server = 0;
    quint16 clientPort = 0;
    quint16 serverPort = 0;
    quint32 clientIsn = 0;
    quint32 serverIsn = 0;
    int blockSize = 512;
    QByteArray path;
    qint64 size = 0;
    qint64 startUs = 0;
    qint64 knownUs = 0; // the data up to knownBytes is on its way by then
    qint64 knownBytes = 0;
    bool opened = false; // handshake or request written
    bool ended = false;
    bool running = false;
    std::multimap<qint64, int>::iterator runningAt; // in m_running, while running

    WireFrame fromClient(qint64 timeUs) const { return frame(timeUs, true); }
    WireFrame fromServer(qint64 timeUs) const { return frame(timeUs, false); }

    WireFrame tcpFromClient(qint64 timeUs, quint8 flags, quint32 sequence, quint32 acknowledgement) const
    {
        WireFrame f = fromClient(timeUs);
        f.flags = flags;
        f.sequence = sequence;
        f.acknowledgement = acknowledgement;
        return f;
    }
    WireFrame tcpFromServer(qint64 timeUs, quint8 flags, quint32 sequence, quint32 acknowledgement) const
    {
        WireFrame f = fromServer(timeUs);
        f.flags = flags;
        f.sequence = sequence;
        f.acknowledgement = acknowledgement;
        return f;
    }
    // Sequence numbers of the parent's data and the child's (SYN and FIN take one each).
    quint32 serverSequence(qint64 offset) const { return serverIsn + 1 + quint32(quint64(offset)); }
    quint32 clientSequence() const { return clientIsn + 1; }

    // TFTP: blocks whose data has wholly arrived with `bytes` (the short
    // last block, maybe empty, once the file is whole).
    qint64 blocksDone(qint64 bytes) const { return bytes >= size ? size / blockSize + 1 : bytes / blockSize; }

private:
    WireFrame frame(qint64 timeUs, bool clientSends) const
    {
        WireFrame f;
        f.timeUs = timeUs;
        f.protocol = tcp ? WireFrame::Tcp : WireFrame::Udp;
        f.sourceMac = clientSends ? clientMac : serverMac;
        f.destinationMac = clientSends ? serverMac : clientMac;
        f.sourceAddress = clientSends ? client : server;
        f.destinationAddress = clientSends ? server : client;
        f.sourcePort = clientSends ? clientPort : serverPort;
        f.destinationPort = clientSends ? serverPort : clientPort;
        return f;
    }
};

// Frames made one at a time, in their own time order.
class WireTraffic::Source {
public:
    virtual ~Source() = default;
    // The next frame; false when there is none left.
    virtual bool next(WireFrame *frame) = 0;
};

namespace {

// The parent's data from one milestone to the next: segments of at most an
// MSS (cut where the stream's MSS grid says, so a milestone in mid-segment
// gives two short ones), each second one and the last answered by the child.
class TcpRun : public WireTraffic::Source {
public:
    TcpRun(std::shared_ptr<const WireTraffic::Flow> flow, qint64 from, qint64 to, qint64 beginUs, qint64 endUs)
        : m_flow(std::move(flow))
        , m_from(from)
        , m_to(to)
        , m_begin(beginUs)
        , m_end(endUs)
        , m_count((to - 1) / kMss - from / kMss + 1)
        , m_ackDelay(ackDelay(beginUs, endUs, m_count))
    {
    }

    bool next(WireFrame *frame) override
    {
        const WireTraffic::Flow &f = *m_flow;
        if (m_ackPending) {
            m_ackPending = false;
            *frame = f.tcpFromClient(m_lastUs + m_ackDelay, WireFrame::Ack, f.clientSequence(),
                                     f.serverSequence(m_lastEnd));
            return true;
        }
        if (m_index >= m_count)
            return false;
        const qint64 start = m_index == 0 ? m_from : (m_from / kMss + m_index) * kMss;
        m_lastEnd = std::min(m_to, (m_from / kMss + m_index + 1) * kMss);
        m_lastUs = spacedTime(m_begin, m_end, m_index, m_count);
        const bool last = m_index == m_count - 1;
        *frame = f.tcpFromServer(m_lastUs, WireFrame::Ack | (last ? WireFrame::Psh : 0), f.serverSequence(start),
                                 f.clientSequence());
        frame->filler = m_lastEnd - start;
        m_ackPending = last || m_index % 2 == 1;
        ++m_index;
        return true;
    }

private:
    std::shared_ptr<const WireTraffic::Flow> m_flow;
    qint64 m_from, m_to, m_begin, m_end, m_count, m_ackDelay;
    qint64 m_index = 0;
    qint64 m_lastEnd = 0;
    qint64 m_lastUs = 0;
    bool m_ackPending = false;
};

// TFTP blocks (first, last] from one milestone to the next, each DATA
// answered by its ACK (lock-step, RFC 1350).
class TftpRun : public WireTraffic::Source {
public:
    TftpRun(std::shared_ptr<const WireTraffic::Flow> flow, qint64 firstBlock, qint64 lastBlock, qint64 beginUs,
            qint64 endUs)
        : m_flow(std::move(flow))
        , m_first(firstBlock)
        , m_count(lastBlock - firstBlock)
        , m_begin(beginUs)
        , m_end(endUs)
        , m_ackDelay(ackDelay(beginUs, endUs, m_count))
    {
    }

    bool next(WireFrame *frame) override
    {
        const WireTraffic::Flow &f = *m_flow;
        const qint64 block = m_first + m_index + 1;     // ordinals count from 1
        const quint16 number = quint16(block & 0xffff); // on the wire: 65535 rolls over to 0
        if (m_ackPending) {
            m_ackPending = false;
            *frame = f.fromClient(m_lastUs + m_ackDelay);
            frame->head = tftpHeader(4, number);
            ++m_index;
            return true;
        }
        if (m_index >= m_count)
            return false;
        m_lastUs = spacedTime(m_begin, m_end, m_index, m_count);
        *frame = f.fromServer(m_lastUs);
        frame->head = tftpHeader(3, number);
        frame->filler = std::clamp<qint64>(f.size - (block - 1) * f.blockSize, 0, f.blockSize);
        m_ackPending = true;
        return true;
    }

private:
    std::shared_ptr<const WireTraffic::Flow> m_flow;
    qint64 m_first, m_count, m_begin, m_end, m_ackDelay;
    qint64 m_index = 0;
    qint64 m_lastUs = 0;
    bool m_ackPending = false;
};

} // namespace

// A frame waiting to be written, and where the ones after it come from.
struct WireTraffic::Waiting {
    WireFrame frame;
    quint64 order = 0; // among equal times, first added first written
    std::unique_ptr<Source> source;

    // std::push_heap keeps the greatest on top: the latest is the "least".
    bool operator<(const Waiting &o) const
    {
        return frame.timeUs != o.frame.timeUs ? frame.timeUs > o.frame.timeUs : order > o.order;
    }
};

WireTraffic::WireTraffic(const Simulator &simulator, FrameConsumer *consumer, WireOptions options)
    : m_simulator(simulator)
    , m_options(options)
    , m_writer(consumer, options.snapLength, simulator.config().startUtcMs * 1000)
{
    m_options.tftpBlockSize = std::clamp(m_options.tftpBlockSize, 8, 65464);
}

WireTraffic::~WireTraffic() = default;

std::optional<WireSources> wireSourcesFromName(QStringView name)
{
    if (name == QLatin1String("traces"))
        return WireSources::Traces;
    if (name == QLatin1String("wire"))
        return WireSources::Wire;
    if (name == QLatin1String("both"))
        return WireSources::Both;
    if (name == QLatin1String("site"))
        return WireSources::Site;
    return std::nullopt;
}

bool isVerifiedRecord(QByteArrayView record)
{
    DLoadEvent event;
    return DLoadParser::parse(record, event) && event.grammar == Grammar::Verified;
}

bool WireTraffic::wantsWire() const
{
    return carriesWire(m_options.sources);
}

qint64 WireTraffic::configFileSize(const SimPhone &phone, quint64 seed)
{
    return 3000 + qint64(hashOf(seed, 0x636e66, quint64(phone.index)) % 4000);
}

// ---- the hooks --------------------------------------------------------------

void WireTraffic::record(qint64 timeUs, const SimPhone &phone, const QByteArray &record)
{
    if (carriesTraces(m_options.sources) && (!verifiedTracesOnly(m_options.sources) || isVerifiedRecord(record))) {
        WireFrame f;
        f.timeUs = timeUs;
        f.sourceMac = macOf(phone);
        f.destinationMac = m_options.routerMac;
        f.sourceAddress = phone.address;
        f.destinationAddress = m_options.syslogCollector;
        f.sourcePort = m_options.syslogPort;
        f.destinationPort = m_options.syslogPort;
        f.head = wrapSyslog(phone.syslog, phone.host, m_simulator.config().startUtcMs + timeUs / 1000, record);
        addFrame(f);
    }
    flush(timeUs);
}

void WireTraffic::broadcast(qint64 timeUs, const SimPhone &phone, const QByteArray &payload)
{
    if (wantsWire()) {
        WireFrame f;
        f.timeUs = timeUs;
        f.sourceMac = macOf(phone);
        f.destinationMac = kBroadcastMac;
        f.sourceAddress = phone.address;
        f.destinationAddress = phone.address | 0xffu; // the phones' subnets are /24s
        f.sourcePort = kPeerPort;
        f.destinationPort = kPeerPort;
        f.head = payload;
        addFrame(f);
    }
    flush(timeUs);
}

// The whole exchange is known at once: a few blocks, one WAN round trip each.
void WireTraffic::configRequested(qint64 timeUs, const SimPhone &phone)
{
    if (wantsWire()) {
        Flow f;
        f.clientMac = macOf(phone);
        f.serverMac = m_options.routerMac;
        f.client = phone.address;
        f.server = m_options.tftpServer;
        f.clientPort = nextPort(phone);
        f.serverPort = kTftpPort;
        f.blockSize = m_options.tftpBlockSize;
        f.size = configFileSize(phone, m_simulator.config().seed);
        const qint64 rtt = 2 * m_simulator.config().wanLatencyUs;
        WireFrame request = f.fromClient(timeUs);
        const QByteArray configFile = "SEP" + phone.mac + ".cnf.xml";
        request.head = readRequest(configFile, f.blockSize);
        addFrame(request);
        f.serverPort = serverTransferId(m_simulator.config().seed, phone.address, quint64(timeUs));
        WireFrame answer = f.fromServer(timeUs + rtt);
        answer.head = optionAck(f.size, f.blockSize);
        addFrame(answer);
        const qint64 blocks = f.blocksDone(f.size);
        for (qint64 block = 0; block <= blocks; ++block) {
            const qint64 sentUs = timeUs + (block + 1) * rtt;
            if (block > 0) {
                WireFrame data = f.fromServer(sentUs);
                data.head = tftpHeader(3, quint16(block));
                data.filler = std::min<qint64>(f.blockSize, f.size - (block - 1) * f.blockSize);
                addFrame(data);
            }
            WireFrame ack = f.fromClient(sentUs + kAckDelayUs);
            ack.head = tftpHeader(4, quint16(block));
            addFrame(ack);
        }
    }
    flush(timeUs);
}

void WireTraffic::transferStarted(qint64 timeUs, const TransferStart &t)
{
    if (wantsWire()) {
        const quint64 seed = m_simulator.config().seed;
        auto flow = std::make_shared<Flow>();
        flow->id = t.id;
        flow->tcp = t.parent != nullptr;
        flow->clientMac = macOf(*t.phone);
        flow->client = t.phone->address;
        flow->clientPort = nextPort(*t.phone);
        if (t.parent) {
            flow->serverMac = macOf(*t.parent);
            flow->server = t.parent->address;
            flow->serverPort = kPeerPort;
            flow->clientIsn = quint32(hashOf(seed, quint64(t.id), 1));
            flow->serverIsn = quint32(hashOf(seed, quint64(t.id), 2));
        } else {
            flow->serverMac = m_options.routerMac;
            flow->server = m_options.tftpServer;
            flow->serverPort = serverTransferId(seed, quint64(t.id), 3);
        }
        flow->blockSize = m_options.tftpBlockSize;
        flow->path = t.path;
        flow->size = t.size;
        flow->startUs = timeUs;
        flow->knownUs = timeUs;
        setRunning(*flow, true, timeUs);
        m_flows.insert(t.id, std::move(flow));
    }
    flush(timeUs);
}

void WireTraffic::transferProgress(qint64 timeUs, int transfer, qint64 bytes)
{
    if (const auto flow = m_flows.value(transfer); flow && !flow->ended) {
        advance(timeUs, flow, bytes);
        setRunning(*flow, true, timeUs);
    }
    flush(timeUs);
}

void WireTraffic::transferEnded(qint64 timeUs, int transfer, qint64 bytes, TransferEnd how)
{
    if (const auto flow = m_flows.value(transfer); flow && !flow->ended) {
        advance(timeUs, flow, bytes);
        flow->ended = true;
        setRunning(*flow, false, timeUs);
        if (how == TransferEnd::Complete)
            closeFlow(timeUs, *flow);
        // Only a receiver that is still there closes later (transferAbandoned).
        if (how == TransferEnd::Complete || how == TransferEnd::ReceiverGone)
            m_flows.remove(transfer);
    }
    flush(timeUs);
}

// The child resets its connection; a TFTP client just stops answering.
void WireTraffic::transferAbandoned(qint64 timeUs, int transfer)
{
    if (const auto flow = m_flows.take(transfer); flow && flow->tcp) {
        addFrame(flow->tcpFromClient(timeUs, WireFrame::Rst | WireFrame::Ack, flow->clientSequence(),
                                     flow->serverSequence(flow->knownBytes)));
    }
    flush(timeUs);
}

void WireTraffic::timeReached(qint64 timeUs)
{
    flush(timeUs);
}

void WireTraffic::finish()
{
    writeUntil(std::numeric_limits<qint64>::max());
}

// ---- transfers ----------------------------------------------------------------

// The data from the last known point up to `bytes` at `timeUs`, evenly paced.
void WireTraffic::advance(qint64 timeUs, const std::shared_ptr<Flow> &shared, qint64 bytes)
{
    Flow &flow = *shared;
    if (!flow.opened)
        openFlow(flow, timeUs);
    bytes = std::clamp(bytes, flow.knownBytes, flow.size);
    if (flow.tcp && bytes > flow.knownBytes) {
        add(std::make_unique<TcpRun>(shared, flow.knownBytes, bytes, flow.knownUs, timeUs));
    } else if (!flow.tcp) {
        const qint64 first = flow.blocksDone(flow.knownBytes);
        const qint64 last = flow.blocksDone(bytes);
        if (last > first)
            add(std::make_unique<TftpRun>(shared, first, last, flow.knownUs, timeUs));
    }
    flow.knownBytes = bytes;
    flow.knownUs = timeUs;
}

// The handshake (TCP) or request (TFTP) at the transfer's start, written
// once its first milestone says how long the transfer took to get going:
// its steps take a round trip, or a quarter of that first interval if less.
void WireTraffic::openFlow(Flow &flow, qint64 untilUs)
{
    flow.opened = true;
    const qint64 t0 = flow.startUs;
    const qint64 rtt = flow.tcp ? kLanRttUs : 2 * m_simulator.config().wanLatencyUs;
    const qint64 step = std::min(rtt, (untilUs - t0) / 4);
    if (flow.tcp) {
        WireFrame syn = flow.tcpFromClient(t0, WireFrame::Syn, flow.clientIsn, 0);
        syn.mssOption = true;
        addFrame(syn);
        WireFrame synAck
            = flow.tcpFromServer(t0 + step, WireFrame::Syn | WireFrame::Ack, flow.serverIsn, flow.clientSequence());
        synAck.mssOption = true;
        addFrame(synAck);
        addFrame(flow.tcpFromClient(t0 + 2 * step, WireFrame::Ack, flow.clientSequence(), flow.serverSequence(0)));
    } else {
        WireFrame request = flow.fromClient(t0);
        request.destinationPort = kTftpPort;
        request.head = readRequest(flow.path, flow.blockSize);
        addFrame(request);
        WireFrame answer = flow.fromServer(t0 + step);
        answer.head = optionAck(flow.size, flow.blockSize);
        addFrame(answer);
        WireFrame ack = flow.fromClient(t0 + 2 * step);
        ack.head = tftpHeader(4, 0);
        addFrame(ack);
    }
    flow.knownUs = t0 + 3 * step;
}

// The parent closes once all is sent, the child answers with its own FIN.
void WireTraffic::closeFlow(qint64 timeUs, Flow &flow)
{
    if (!flow.tcp)
        return; // the ACK of the short last block ends a TFTP transfer
    const quint32 end = flow.serverSequence(flow.size);
    const quint32 child = flow.clientSequence();
    addFrame(flow.tcpFromServer(timeUs + kCloseStepUs, WireFrame::Fin | WireFrame::Ack, end, child));
    addFrame(flow.tcpFromClient(timeUs + 2 * kCloseStepUs, WireFrame::Fin | WireFrame::Ack, child, end + 1));
    addFrame(flow.tcpFromServer(timeUs + 3 * kCloseStepUs, WireFrame::Ack, end + 1, child + 1));
}

void WireTraffic::setRunning(Flow &flow, bool running, qint64 knownUs)
{
    if (flow.running)
        m_running.erase(flow.runningAt);
    flow.running = running;
    if (running)
        flow.runningAt = m_running.emplace(knownUs, flow.id);
}

// A phone's ephemeral ports, one after the other from a seeded start.
quint16 WireTraffic::nextPort(const SimPhone &phone)
{
    auto it = m_ports.find(phone.address);
    if (it == m_ports.end())
        it = m_ports.insert(
            phone.address,
            quint16(kEphemeralFirst + hashOf(m_simulator.config().seed, 0x706f7274, phone.address) % 8192));
    const quint16 port = *it;
    *it = port == 65535 ? kEphemeralFirst : quint16(port + 1);
    return port;
}

// ---- ordering -------------------------------------------------------------------

void WireTraffic::add(std::unique_ptr<Source> source)
{
    Waiting waiting;
    if (!source->next(&waiting.frame))
        return;
    waiting.order = m_order++;
    waiting.source = std::move(source);
    m_heap.push_back(std::move(waiting));
    std::push_heap(m_heap.begin(), m_heap.end());
}

void WireTraffic::addFrame(const WireFrame &frame)
{
    Waiting waiting;
    waiting.frame = frame;
    waiting.order = m_order++;
    m_heap.push_back(std::move(waiting));
    std::push_heap(m_heap.begin(), m_heap.end());
}

// No hook can make a frame earlier than the current time, nor a running
// transfer one earlier than its latest milestone.
void WireTraffic::flush(qint64 nowUs)
{
    m_peakWaiting = std::max(m_peakWaiting, qsizetype(m_heap.size()));
    const qint64 watermark = m_running.empty() ? nowUs : std::min(nowUs, m_running.begin()->first);
    writeUntil(watermark);
}

void WireTraffic::writeUntil(qint64 watermarkUs)
{
    while (!m_heap.empty() && m_heap.front().frame.timeUs <= watermarkUs) {
        std::pop_heap(m_heap.begin(), m_heap.end());
        Waiting &waiting = m_heap.back();
        m_writer.write(waiting.frame);
        if (waiting.source && waiting.source->next(&waiting.frame)) {
            waiting.order = m_order++;
            std::push_heap(m_heap.begin(), m_heap.end());
        } else {
            m_heap.pop_back();
        }
    }
}

} // namespace pfs::sim
