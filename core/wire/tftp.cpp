// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/tftp.h"

#include "protocol/digits.h"
#include "protocol/visibletext.h"

#include <QLatin1String>

#include <algorithm>
#include <iterator>

namespace pfs::wire {
namespace {

constexpr qint64 kMinBlockSize = 8;      // RFC 2348
constexpr qint64 kMaxBlockSize = 65464;  // RFC 2348
constexpr qint64 kMaxWindowSize = 65535; // RFC 7440
constexpr quint64 kHalfCycle = 32768;    // nearer than this ahead: a new block; else one behind

quint16 readWord(QByteArrayView bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) << 8 | quint8(bytes[at + 1]));
}

// NUL-terminated strings, read off the front of a payload.
class TextReader {
public:
    explicit TextReader(QByteArrayView bytes)
        : m_rest(bytes)
    {
    }
    // Some clients pad their requests with NULs: nothing left to read.
    bool atEnd() const
    {
        return std::all_of(m_rest.cbegin(), m_rest.cend(), [](char c) { return c == '\0'; });
    }
    std::optional<QByteArrayView> next()
    {
        const qsizetype nul = m_rest.indexOf('\0');
        if (nul < 0)
            return std::nullopt;
        const QByteArrayView text = m_rest.first(nul);
        m_rest = m_rest.sliced(nul + 1);
        return text;
    }
    QByteArrayView rest() const { return m_rest; }

private:
    QByteArrayView m_rest;
};

bool fits(QByteArrayView text)
{
    return text.size() <= TftpPacket::kMaxText;
}

// Name and value pairs up to the end. `cut`: the capture's snap length ended
// the payload, so a last pair without its NUL was cut, not malformed.
bool readOptions(TextReader &reader, bool cut, TftpPacket &packet)
{
    while (!reader.atEnd()) {
        const std::optional<QByteArrayView> name = reader.next();
        const std::optional<QByteArrayView> value = name ? reader.next() : std::nullopt;
        if (!value) {
            packet.optionsDropped += cut ? 1 : 0;
            return cut;
        }
        if (!fits(*name) || !fits(*value))
            return false;
        if (packet.options.size() < TftpPacket::kMaxOptions)
            packet.options.append({name->toByteArray().toLower(), value->toByteArray()});
        else
            ++packet.optionsDropped;
    }
    return true;
}

bool readRequest(QByteArrayView captured, bool cut, TftpPacket &packet)
{
    TextReader reader(captured.sliced(2));
    const std::optional<QByteArrayView> file = reader.next();
    const std::optional<QByteArrayView> mode = file ? reader.next() : std::nullopt;
    if (!mode || !fits(*file) || !fits(*mode))
        return false;
    packet.fileName = file->toByteArray();
    packet.mode = mode->toByteArray().toLower();
    return readOptions(reader, cut, packet);
}

bool readError(QByteArrayView captured, bool cut, TftpPacket &packet)
{
    if (captured.size() < TftpPacket::kHeaderSize)
        return false;
    packet.errorCode = readWord(captured, 2);
    TextReader reader(captured.sliced(TftpPacket::kHeaderSize));
    std::optional<QByteArrayView> message = reader.next();
    if (!message && !cut)
        return false;
    // A message cut by the snap length is kept as far as it was captured.
    const QByteArrayView text = message.value_or(reader.rest());
    packet.errorMessage = text.first(qMin(text.size(), TftpPacket::kMaxText)).toByteArray();
    return true;
}

bool readBody(QByteArrayView captured, qsizetype original, TftpPacket &packet)
{
    const bool cut = captured.size() < original;
    switch (packet.opcode) {
    case TftpOpcode::ReadRequest:
    case TftpOpcode::WriteRequest: return readRequest(captured, cut, packet);
    case TftpOpcode::Data:
        if (captured.size() < TftpPacket::kHeaderSize)
            return false;
        packet.block = readWord(captured, 2);
        packet.dataLength = original - TftpPacket::kHeaderSize; // what crossed the wire, captured or not
        return true;
    case TftpOpcode::Ack:
        if (captured.size() < TftpPacket::kHeaderSize)
            return false;
        packet.block = readWord(captured, 2);
        return true;
    case TftpOpcode::Error: return readError(captured, cut, packet);
    case TftpOpcode::OptionAck: {
        TextReader reader(captured.sliced(2));
        return readOptions(reader, cut, packet);
    }
    }
    return false;
}

std::optional<qint64> inRange(std::optional<qint64> value, qint64 low, qint64 high)
{
    if (value && *value >= low && *value <= high)
        return value;
    return std::nullopt;
}

// Block numbers are 16 bits and roll over, to 0 (most servers) or to 1
// (some): an ordinal (1, 2, … without end) maps to the number on the wire.
quint64 cycleOf(bool wrapsToOne)
{
    return wrapsToOne ? 65535 : 65536;
}

quint16 wireNumber(quint64 ordinal, bool wrapsToOne)
{
    return wrapsToOne ? quint16((ordinal - 1) % 65535 + 1) : quint16(ordinal);
}

// The ordinal of a block number: the nearest one to the next expected
// block, by modular distance. nullopt when it has none (before the first
// block, or 0 where numbers roll over to 1).
std::optional<quint64> blockOrdinal(quint64 next, bool wrapsToOne, quint16 block)
{
    if (wrapsToOne && block == 0)
        return std::nullopt;
    const quint64 cycle = cycleOf(wrapsToOne);
    const quint64 base = wrapsToOne ? 1 : 0; // numbers in [base, base + cycle)
    const quint64 ahead = (quint64(block) - base + cycle - (wireNumber(next, wrapsToOne) - base)) % cycle;
    if (ahead < kHalfCycle)
        return next + ahead;
    const quint64 behind = cycle - ahead;
    if (behind >= next)
        return std::nullopt;
    return next - behind;
}

// Within a transfer: DATA flows from the side that sends the file, ACKs
// back; OACK comes from the server; ERROR from either; requests never.
bool goesRightWay(const TftpPacket &packet, bool write, bool fromServer)
{
    const bool fromSender = write != fromServer;
    switch (packet.opcode) {
    case TftpOpcode::Data: return fromSender;
    case TftpOpcode::Ack: return !fromSender;
    case TftpOpcode::OptionAck: return fromServer;
    case TftpOpcode::Error: return true;
    default: return false;
    }
}

} // namespace

std::optional<TftpPacket> TftpPacket::parse(QByteArrayView captured, qsizetype originalLength)
{
    // A length below what was captured is a damaged header: trust the bytes.
    const qsizetype original = qMax(originalLength, captured.size());
    if (captured.size() < 2 || original > kMaxUdpPayload)
        return std::nullopt;
    const quint16 opcode = readWord(captured, 0);
    if (opcode < quint16(TftpOpcode::ReadRequest) || opcode > quint16(TftpOpcode::OptionAck))
        return std::nullopt;
    TftpPacket packet;
    packet.opcode = TftpOpcode(opcode);
    if (!readBody(captured, original, packet))
        return std::nullopt;
    return packet;
}

std::optional<qint64> TftpPacket::numericOption(QByteArrayView name) const
{
    for (const TftpOption &option : options) {
        if (QByteArrayView(option.name) == name)
            return decimalNumber(option.value);
    }
    return std::nullopt;
}

TftpTracker::TftpTracker(TftpTrackerSettings settings)
    : m_settings(settings)
{
    m_settings.maxTransfers = qMax<qsizetype>(1, m_settings.maxTransfers);
    m_settings.idleUs = qMax<qint64>(0, m_settings.idleUs);
    m_settings.lingerUs = qBound<qint64>(0, m_settings.lingerUs, m_settings.idleUs);
}

bool TftpTracker::feed(const UdpPacket &packet)
{
    ++m_stats.packets;
    expire(packet.timeUs);
    const bool consumed
        = packet.destination.port == m_settings.serverPort ? feedToServerPort(packet) : feedTransferPacket(packet);
    m_stats.tftpPackets += consumed ? 1 : 0;
    return consumed;
}

QList<TftpTransfer> TftpTracker::transfersInProgress() const
{
    QList<TftpTransfer> transfers;
    transfers.reserve(m_live);
    for (const Entry &entry : m_entries) {
        if (!entry.finished)
            transfers.append(entry.transfer);
    }
    return transfers;
}

void TftpTracker::expire(qint64 nowUs)
{
    m_nowUs = qMax(m_nowUs, nowUs);
    // The list is in order of activity: the first entry not yet idle ends the
    // scan. Capture times that step back can delay an expiry, never hasten one.
    while (!m_entries.empty()) {
        const Entries::iterator oldest = m_entries.begin();
        qint64 idle = 0;
        if (!qSubOverflow(m_nowUs, oldest->transfer.lastUs, &idle) && idle <= timeoutOf(*oldest))
            break;
        if (oldest->finished)
            remove(oldest);
        else
            abandon(oldest);
    }
}

// Anything to the server port is TFTP by convention: a request, a packet of
// a transfer whose server answers from that port, or one counted as refused.
bool TftpTracker::feedToServerPort(const UdpPacket &packet)
{
    const std::optional<TftpPacket> parsed = TftpPacket::parse(packet.payload, packet.length);
    m_stats.optionsDropped += parsed ? parsed->optionsDropped : 0;
    if (parsed && parsed->isRequest()) {
        handleRequest(packet, *parsed);
    } else if (const std::optional<Match> found = match(packet)) {
        feedMatched(*found, packet, parsed);
    } else {
        ++(parsed ? m_stats.unexpected : m_stats.malformed);
    }
    return true;
}

// Other ports carry TFTP only between a transfer's two ends; the packet is
// parsed only then.
bool TftpTracker::feedTransferPacket(const UdpPacket &packet)
{
    const std::optional<Match> found = match(packet);
    if (!found)
        return false;
    const std::optional<TftpPacket> parsed = TftpPacket::parse(packet.payload, packet.length);
    m_stats.optionsDropped += parsed ? parsed->optionsDropped : 0;
    feedMatched(*found, packet, parsed);
    return true;
}

std::optional<TftpTracker::Match> TftpTracker::match(const UdpPacket &packet) const
{
    const auto fromServer
        = m_index.constFind(Key{packet.destination.address, packet.source.address, packet.destination.port});
    if (fromServer != m_index.cend())
        return Match{*fromServer, Direction::FromServer};
    const auto fromClient
        = m_index.constFind(Key{packet.source.address, packet.destination.address, packet.source.port});
    if (fromClient != m_index.cend())
        return Match{*fromClient, Direction::FromClient};
    return std::nullopt;
}

void TftpTracker::feedMatched(Match found, const UdpPacket &packet, const std::optional<TftpPacket> &parsed)
{
    Entry &entry = *found.it;
    const Endpoint serverSide = found.direction == Direction::FromServer ? packet.source : packet.destination;
    if (entry.finished) {
        ++m_stats.afterEnd; // not touched: trailing packets never keep a tombstone alive
        return;
    }
    if (entry.transfer.serverBound && serverSide.port != entry.transfer.server.port) {
        // RFC 1350: a packet from another transfer ID is not this transfer's.
        ++m_stats.unknownTransferId;
        return;
    }
    if (!parsed) {
        ++m_stats.malformed;
        return;
    }
    if (!goesRightWay(*parsed, entry.transfer.write, found.direction == Direction::FromServer)) {
        ++m_stats.unexpected;
        return;
    }
    // The server's first answer (or, when the capture missed it, the
    // client's first packet to it) names its transfer ID.
    entry.transfer.server.port = serverSide.port;
    entry.transfer.serverBound = true;
    touch(found.it, packet.timeUs);
    handle(found.it, *parsed);
}

void TftpTracker::handleRequest(const UdpPacket &packet, const TftpPacket &request)
{
    const Key key{packet.source.address, packet.destination.address, packet.source.port};
    const auto found = m_index.constFind(key);
    if (found != m_index.cend()) {
        const Entries::iterator it = *found;
        const bool write = request.opcode == TftpOpcode::WriteRequest;
        if (!it->finished && it->transfer.write == write && it->transfer.path == visibleText(request.fileName)) {
            touch(it, packet.timeUs); // the client sent its request again
            return;
        }
        // The port serves a new request: what it held is over.
        if (it->finished)
            remove(it);
        else
            abandon(it);
    }
    openTransfer(key, packet, request);
}

void TftpTracker::openTransfer(const Key &key, const UdpPacket &packet, const TftpPacket &request)
{
    makeRoom();
    Entry entry;
    entry.key = key;
    TftpTransfer &t = entry.transfer;
    t.client = packet.source;
    t.server = packet.destination;
    t.write = request.opcode == TftpOpcode::WriteRequest;
    t.clientMac = packet.sourceMac;
    t.fileName = bareFileName(request.fileName);
    t.path = visibleText(request.fileName);
    t.configMac = configFileMac(t.fileName).value_or(0);
    t.startUs = t.lastUs = packet.timeUs;
    // A WRQ states the size it will send; an RRQ's tsize is a question (0).
    if (t.write)
        t.tsize = request.numericOption("tsize").value_or(-1);
    m_entries.push_back(std::move(entry));
    m_index.insert(key, std::prev(m_entries.end()));
    ++m_live;
    ++m_stats.transfers;
    report(TftpEvent::Requested, m_entries.back().transfer);
}

void TftpTracker::handle(Entries::iterator it, const TftpPacket &packet)
{
    if (packet.opcode == TftpOpcode::Error) {
        handleError(it, packet);
        return;
    }
    it->transfer.state = TftpTransfer::State::Transferring;
    if (packet.opcode == TftpOpcode::OptionAck)
        handleOptionAck(it, packet);
    else if (packet.opcode == TftpOpcode::Data)
        handleData(it, packet);
}

void TftpTracker::handleOptionAck(Entries::iterator it, const TftpPacket &packet)
{
    // Options are settled before the first block; bytes already counted
    // at one block size are never recounted at another.
    if (it->nextBlock > 1) {
        ++m_stats.unexpected;
        return;
    }
    TftpTransfer &t = it->transfer;
    t.blockSize = int(inRange(packet.numericOption("blksize"), kMinBlockSize, kMaxBlockSize)
                          .value_or(TftpTransfer::kDefaultBlockSize));
    t.windowSize = int(inRange(packet.numericOption("windowsize"), 1, kMaxWindowSize).value_or(1));
    if (const std::optional<qint64> size = packet.numericOption("tsize"))
        t.tsize = *size;
}

void TftpTracker::handleData(Entries::iterator it, const TftpPacket &packet)
{
    Entry &entry = *it;
    // After block 65535 the next is 0, or 1 on servers that skip 0.
    if (entry.nextBlock == 65536 && packet.block == 1)
        entry.wrapsToOne = true;
    const std::optional<quint64> ordinal = blockOrdinal(entry.nextBlock, entry.wrapsToOne, packet.block);
    if (!ordinal) {
        ++m_stats.unexpected;
        return;
    }
    if (*ordinal < entry.nextBlock) {
        // Resent (a lost ACK, or a window resent from an earlier block): counted already.
        ++entry.transfer.retransmittedBlocks;
        ++m_stats.retransmittedBlocks;
        return;
    }
    addNewBlock(it, *ordinal, packet.dataLength);
}

void TftpTracker::addNewBlock(Entries::iterator it, quint64 ordinal, qsizetype length)
{
    Entry &entry = *it;
    TftpTransfer &t = entry.transfer;
    // A block larger than agreed means the capture missed the OACK that agreed on it.
    t.blockSize = qMax(t.blockSize, int(length));
    // Blocks skipped over crossed the wire unseen; only the last block is short.
    const qint64 lost = qint64(ordinal - entry.nextBlock);
    t.lostBlocks += lost;
    m_stats.lostBlocks += lost;
    t.bytes += lost * t.blockSize + length;
    t.blocks = qint64(ordinal);
    entry.nextBlock = ordinal + 1;
    if (lost > 0 || length > 0)
        report(TftpEvent::Progress, t);
    if (length < t.blockSize)
        finish(it, TftpTransfer::State::Complete, TftpEvent::Completed);
}

void TftpTracker::handleError(Entries::iterator it, const TftpPacket &packet)
{
    it->transfer.errorCode = packet.errorCode;
    it->transfer.errorText = visibleText(packet.errorMessage);
    finish(it, TftpTransfer::State::Failed, TftpEvent::Failed);
}

void TftpTracker::touch(Entries::iterator it, qint64 timeUs)
{
    it->transfer.lastUs = qMax(it->transfer.lastUs, timeUs);
    m_entries.splice(m_entries.end(), m_entries, it);
}

void TftpTracker::report(TftpEvent event, const TftpTransfer &transfer)
{
    if (m_observer)
        m_observer->transferChanged(event, transfer);
}

void TftpTracker::finish(Entries::iterator it, TftpTransfer::State state, TftpEvent event)
{
    TftpTransfer &t = it->transfer;
    t.state = state;
    report(event, t);
    --m_live;
    switch (state) {
    case TftpTransfer::State::Complete: ++m_stats.completed; break;
    case TftpTransfer::State::Failed: ++m_stats.failed; break;
    default:
        ++m_stats.abandoned;
        remove(it); // idle already: nothing of it is left to claim
        return;
    }
    // A tombstone keeps only what matches its trailing packets.
    it->finished = true;
    t.fileName.clear();
    t.path.clear();
    t.errorText.clear();
}

void TftpTracker::abandon(Entries::iterator it)
{
    finish(it, TftpTransfer::State::Abandoned, TftpEvent::Abandoned);
}

void TftpTracker::remove(Entries::iterator it)
{
    m_index.remove(it->key);
    m_entries.erase(it);
}

void TftpTracker::makeRoom()
{
    while (m_index.size() >= m_settings.maxTransfers && !m_entries.empty()) {
        const Entries::iterator oldest = m_entries.begin();
        if (oldest->finished) {
            remove(oldest);
        } else {
            ++m_stats.evicted;
            abandon(oldest);
        }
    }
}

qint64 TftpTracker::timeoutOf(const Entry &entry) const
{
    return entry.finished ? m_settings.lingerUs : m_settings.idleUs;
}

std::optional<quint64> TftpTracker::configFileMac(QStringView fileName)
{
    static constexpr qsizetype kMacDigits = 12;
    const QLatin1String prefix("SEP");
    const QLatin1String suffixes[] = {QLatin1String(".cnf.xml"), QLatin1String(".cnf.xml.sgn")};
    if (!fileName.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    const QStringView rest = fileName.sliced(prefix.size());
    const auto suffix = std::find_if(std::cbegin(suffixes), std::cend(suffixes),
                                     [&](QLatin1String s) { return rest.endsWith(s, Qt::CaseInsensitive); });
    if (suffix == std::cend(suffixes) || rest.size() != kMacDigits + suffix->size())
        return std::nullopt;
    quint64 mac = 0;
    for (const QChar c : rest.first(kMacDigits)) {
        const int digit = hexDigitValue(c.unicode());
        if (digit < 0)
            return std::nullopt;
        mac = mac << 4 | quint64(digit);
    }
    return mac;
}

} // namespace pfs::wire
