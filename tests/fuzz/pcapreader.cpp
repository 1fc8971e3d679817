// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// Capture files (pcap and pcapng, read by libpcap): any file reads without
// a fault or an over-read, to its end or to a clear error; every datagram
// handed out is a slice of what the file holds. The input is written to an
// in-memory file, since libpcap reads captures by name.
#include "fuzzcheck.h"

#include "capture/pcapreader.h"
#include "protocol/pfsdatagram.h"

#include <QString>

#include <sys/mman.h>
#include <unistd.h>

#include <pcap/dlt.h>

using namespace pfs;

namespace {

int captureFile()
{
    static const int fd = memfd_create("pfsmon-fuzz-capture", 0);
    fuzz::check(fd >= 0, "no in-memory file for the capture");
    return fd;
}

QString writeCapture(QByteArrayView bytes)
{
    const int fd = captureFile();
    fuzz::check(ftruncate(fd, 0) == 0, "cannot empty the capture file");
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n = pwrite(fd, bytes.data() + done, size_t(bytes.size() - done), off_t(done));
        fuzz::check(n > 0, "cannot write the capture file");
        done += n;
    }
    return QStringLiteral("/proc/self/fd/%1").arg(fd);
}

void checkDatagram(const ReceivedDatagram &d, qsizetype inputSize)
{
    fuzz::check(d.payload.size() <= inputSize, "a payload larger than the capture",
                [&] { return QByteArray::number(d.payload.size()); });
    if (d.channel == ReceivedDatagram::Channel::Pfs) {
        PfsDatagram decoded;
        PfsDatagram::decode(d.payload, &decoded);
    }
}

// What the wire trackers are handed: lengths from the headers, never less
// than what was captured of them, and slices of the input.
struct CheckedSink : wire::PacketSink {
    qsizetype inputSize = 0;
    qint64 packets = 0;
    void check(qsizetype length, QByteArrayView payload)
    {
        ++packets;
        fuzz::check(length >= 0 && payload.size() <= length, "a payload longer than its header says",
                    [&] { return QByteArray::number(payload.size()) + " > " + QByteArray::number(length); });
        fuzz::check(payload.size() <= inputSize, "a payload larger than the input");
    }
    void udp(const wire::UdpPacket &p) override { check(p.length, p.payload); }
    void tcp(const wire::TcpSegment &s) override { check(s.length, s.payload); }
};

// The whole input as a capture file.
void readCapture(QByteArrayView bytes)
{
    PcapReader reader;
    CheckedSink sink;
    sink.inputSize = bytes.size();
    reader.setPacketSink(&sink);
    QString error;
    if (!reader.open(writeCapture(bytes), &error)) {
        fuzz::check(!error.isEmpty(), "a refused capture without an error");
        return;
    }
    ReceivedDatagram datagram;
    qint64 handedOut = 0;
    while (reader.next(&datagram)) {
        checkDatagram(datagram, bytes.size());
        ++handedOut;
    }
    fuzz::check(reader.stats().packets <= bytes.size() / 16 + 1, "more packets than the file can hold");
    fuzz::check(handedOut <= reader.stats().packets, "more datagrams than packets");
    fuzz::check(sink.packets <= reader.stats().packets, "more packets to the wire than in the capture");
}

// The same bytes as one frame of a link type the reader knows (the first byte chooses).
void decodeOneFrame(QByteArrayView bytes)
{
    static constexpr int kLinkTypes[]
        = {DLT_EN10MB, DLT_LINUX_SLL, 276 /* SLL2 */, DLT_NULL, DLT_LOOP, DLT_RAW, 228 /* IPV4 */};
    fuzz::Choices choose(bytes);
    const int linkType = kLinkTypes[choose.byte() % std::size(kLinkTypes)];
    PcapReader decoder;
    CheckedSink sink;
    sink.inputSize = bytes.size();
    decoder.setPacketSink(&sink);
    ReceivedDatagram datagram;
    // A wire length beyond the frame, as a snap length leaves it, when the next byte says so.
    const qint64 wireLength = choose.byte() & 1 ? bytes.size() + 1000 : -1;
    if (decoder.decodeFrame(linkType, choose.rest(), 0, &datagram, wireLength))
        checkDatagram(datagram, bytes.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes = fuzz::input(data, size);
    readCapture(bytes);
    decodeOneFrame(bytes);
    return 0;
}
