// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// TFTP packets and transfers. The input is a script of UDP packets between
// three hosts on a few ports: each packet's endpoints, time step, snap-length
// cut and payload (raw bytes, or a request, DATA, ACK, OACK or ERROR built
// from the input, so the fuzzer reaches the tracker's states quickly).
// Checked after every packet: parse stays within its view and its bounds;
// every transfer is told Requested, Progress…, then one end, its bytes never
// fall and fit its blocks; live transfers within the bound; counters agree.
#include "fuzzcheck.h"

#include "wire/tftp.h"

#include <map>
#include <memory>
#include <utility>

using namespace pfs;
using namespace pfs::wire;

namespace {

constexpr int kMaxPackets = 4000;
constexpr qsizetype kMaxRaw = 1500;
constexpr qint64 kMinBlockSize = 8;

const quint32 kAddresses[] = {0x0a000001, 0x0a00010a, 0x0a00010b};
const quint16 kPorts[] = {69, 50000, 50001, 40001, 40002, 1, 69, 40001};
const char *const kFiles[] = {"/dnld/apps41.9-4-2ES26.sbn", "SEP001122334455.cnf.xml", "SEPAABBCCDDEEFF.cnf.xml.sgn",
                              "term41.default.loads", ""};

// Two bytes, high first, in this order (the operands of | are not sequenced).
quint16 word16(fuzz::Choices &choose)
{
    const quint8 high = choose.byte();
    return quint16(high << 8 | choose.byte());
}

QByteArray word(quint16 value)
{
    return QByteArray(1, char(value >> 8)) + char(value & 0xff);
}

Endpoint endpoint(quint8 choice)
{
    return {kAddresses[(choice & 3) % 3], kPorts[(choice >> 2) % 8]};
}

QByteArray take(fuzz::Choices &choose, qsizetype size)
{
    const QByteArrayView rest = choose.rest();
    const QByteArray bytes = rest.first(qMin(size, rest.size())).toByteArray();
    choose = fuzz::Choices(rest.sliced(qMin(size, rest.size())));
    return bytes;
}

QByteArray options(fuzz::Choices &choose)
{
    QByteArray out;
    const quint8 which = choose.byte();
    if (which & 1)
        out += QByteArray("blksize") + '\0' + QByteArray::number(word16(choose)) + '\0';
    if (which & 2)
        out += QByteArray("tsize") + '\0' + QByteArray::number(word16(choose) * 37) + '\0';
    if (which & 4)
        out += QByteArray("windowsize") + '\0' + QByteArray::number(choose.byte() % 20) + '\0';
    if (which & 8)
        out += take(choose, choose.byte()); // anything, NULs or not
    return out;
}

QByteArray payload(fuzz::Choices &choose)
{
    switch (choose.byte() % 10) {
    case 0:
    case 1: return take(choose, word16(choose) % kMaxRaw);
    case 2:
    case 3: {
        const quint16 opcode = (choose.byte() & 1) ? 2 : 1;
        const QByteArray head = word(opcode) + kFiles[choose.byte() % 5] + '\0' + "octet" + '\0';
        return head + options(choose);
    }
    case 4:
    case 5:
    case 6: {
        const quint16 block = word16(choose);
        return word(3) + word(block) + QByteArray(word16(choose) % kMaxRaw, 'd');
    }
    case 7: return word(4) + word(word16(choose));
    case 8: return word(6) + options(choose);
    default: {
        const quint16 code = choose.byte() % 9;
        return word(5) + word(code) + take(choose, choose.byte() % 64) + '\0';
    }
    }
}

qint64 timeStep(quint8 choice)
{
    if (choice < 200)
        return qint64(choice) * 1000; // within a transfer
    if (choice < 250)
        return qint64(choice - 199) * 10'000'000; // long enough to go idle
    return -qint64(choice - 249) * 1'000'000;     // a capture whose times step back
}

// What the observer says of each transfer, checked against what came before.
class Checker : public TftpObserver {
public:
    using Key = std::pair<quint64, quint32>; // client address and port, server address

    void transferChanged(TftpEvent event, const TftpTransfer &t) override
    {
        const Key key{quint64(t.client.address) << 16 | t.client.port, t.server.address};
        checkShape(t);
        const auto found = m_open.find(key);
        if (event == TftpEvent::Requested) {
            fuzz::check(found == m_open.end(), "a second transfer opened on a live one's ports");
            fuzz::check(t.bytes == 0 && t.state == TftpTransfer::State::Requested, "a request that starts with bytes");
            m_open.emplace(key, t.bytes);
            return;
        }
        fuzz::check(found != m_open.end(), "an event for a transfer never requested, or already ended");
        fuzz::check(t.bytes >= found->second, "a transfer's bytes fell");
        if (event == TftpEvent::Progress) {
            fuzz::check(t.bytes > found->second, "progress without a byte more");
            found->second = t.bytes;
            return;
        }
        checkEnd(event, t);
        m_lostBlocks += t.lostBlocks;
        m_retransmittedBlocks += t.retransmittedBlocks;
        m_open.erase(found);
    }

    qsizetype open() const { return qsizetype(m_open.size()); }
    qint64 lostBlocks() const { return m_lostBlocks; }
    qint64 retransmittedBlocks() const { return m_retransmittedBlocks; }

private:
    static void checkShape(const TftpTransfer &t)
    {
        fuzz::check(t.bytes >= 0 && t.blocks >= 0 && t.lostBlocks >= 0 && t.retransmittedBlocks >= 0,
                    "a negative count");
        fuzz::check(t.lostBlocks <= t.blocks, "more blocks lost than reached");
        fuzz::check(t.blockSize >= kMinBlockSize && t.blockSize <= TftpPacket::kMaxUdpPayload,
                    "a block size out of its range");
        fuzz::check(t.windowSize >= 1 && t.windowSize <= 65535, "a window size out of its range");
        fuzz::check(t.bytes <= t.blocks * t.blockSize, "more bytes than the blocks hold",
                    [&] { return QByteArray::number(t.bytes) + " > " + QByteArray::number(t.blocks) + " blocks"; });
    }

    static void checkEnd(TftpEvent event, const TftpTransfer &t)
    {
        const bool agrees = (event == TftpEvent::Completed && t.state == TftpTransfer::State::Complete)
            || (event == TftpEvent::Failed && t.state == TftpTransfer::State::Failed)
            || (event == TftpEvent::Abandoned && t.state == TftpTransfer::State::Abandoned);
        fuzz::check(agrees, "an end event and a state that disagree");
        // Every block before the last one is full, at least the smallest block size.
        if (event == TftpEvent::Completed)
            fuzz::check(t.blocks >= 1 && t.bytes >= (t.blocks - 1) * kMinBlockSize, "a completed transfer short");
    }

    std::map<Key, qint64> m_open;
    qint64 m_lostBlocks = 0;
    qint64 m_retransmittedBlocks = 0;
};

// In a heap block of its own exact size: AddressSanitizer sees any read past it.
void checkParse(QByteArrayView captured, qsizetype original)
{
    const std::unique_ptr<char[]> copy(new char[size_t(qMax<qsizetype>(1, captured.size()))]);
    std::copy(captured.cbegin(), captured.cend(), copy.get());
    const std::optional<TftpPacket> p = TftpPacket::parse(QByteArrayView(copy.get(), captured.size()), original);
    if (!p)
        return;
    fuzz::check(captured.size() >= 2, "a packet without its opcode parsed");
    fuzz::check(p->options.size() <= TftpPacket::kMaxOptions, "options over their bound");
    fuzz::check(p->fileName.size() <= TftpPacket::kMaxText && p->mode.size() <= TftpPacket::kMaxText
                    && p->errorMessage.size() <= TftpPacket::kMaxText,
                "a string over its bound");
    for (const TftpOption &option : p->options)
        fuzz::check(option.name.size() <= TftpPacket::kMaxText && option.value.size() <= TftpPacket::kMaxText
                        && option.name == option.name.toLower(),
                    "an option over its bound, or not lower-cased");
    if (p->opcode == TftpOpcode::Data)
        fuzz::check(p->dataLength == qMax(original, captured.size()) - TftpPacket::kHeaderSize,
                    "DATA's length is not the wire's");
}

void checkTracker(const TftpTracker &tracker, const Checker &checker)
{
    const TftpStats &s = tracker.stats();
    fuzz::check(tracker.trackedTransfers() <= tracker.settings().maxTransfers, "more transfers than the bound");
    fuzz::check(tracker.liveTransfers() <= tracker.trackedTransfers(), "more live transfers than tracked");
    fuzz::check(tracker.liveTransfers() == checker.open(), "live transfers and open ones differ");
    fuzz::check(s.transfers == s.completed + s.failed + s.abandoned + tracker.liveTransfers(),
                "transfers that are neither live nor ended");
    fuzz::check(s.evicted <= s.abandoned && s.tftpPackets <= s.packets, "counters that disagree");
}

TftpTrackerSettings settingsFrom(fuzz::Choices &choose)
{
    TftpTrackerSettings settings;
    settings.maxTransfers = 1 + choose.byte() % 16;
    settings.idleUs = qint64(1 + choose.byte()) * 1'000'000;
    settings.lingerUs = qint64(choose.byte()) * 100'000;
    return settings;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Choices choose(fuzz::input(data, size));
    TftpTracker tracker(settingsFrom(choose));
    Checker checker;
    tracker.setObserver(&checker);
    qint64 timeUs = 1'700'000'000'000'000;
    qint64 latestUs = timeUs; // the tracker judges idleness by the latest time, not the last
    for (int n = 0; n < kMaxPackets && !choose.rest().isEmpty(); ++n) {
        UdpPacket packet;
        packet.source = endpoint(choose.byte());
        packet.destination = endpoint(choose.byte());
        timeUs += timeStep(choose.byte());
        packet.timeUs = timeUs;
        latestUs = qMax(latestUs, timeUs);
        const quint8 cut = choose.byte();
        const QByteArray bytes = payload(choose);
        // Most packets whole; some cut by a snap length, some with a damaged length.
        const qsizetype captured = cut >= 160 && cut < 240 ? qMin(bytes.size(), qsizetype(cut - 160)) : bytes.size();
        packet.length = cut >= 240 ? (cut == 255 ? 0 : bytes.size() + (cut - 240) * 100) : bytes.size();
        packet.payload = QByteArrayView(bytes).first(captured);
        checkParse(packet.payload, packet.length);
        tracker.feed(packet);
        checkTracker(tracker, checker);
    }
    // Long after: everything has ended and been forgotten, and every count told.
    tracker.expire(latestUs + tracker.settings().idleUs + 1);
    checkTracker(tracker, checker);
    fuzz::check(tracker.trackedTransfers() == 0, "a transfer outlived its idle time");
    fuzz::check(checker.lostBlocks() == tracker.stats().lostBlocks
                    && checker.retransmittedBlocks() == tracker.stats().retransmittedBlocks,
                "block counts of the transfers and of the tracker differ");
    return 0;
}
