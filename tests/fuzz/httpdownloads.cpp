// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The TCP 6970 HTTP download tracker fed any sequence of segments between a
// server and four clients (two phones, two ports each), with small bounds.
// Checked on every event and after every segment: each download is told
// Requested first, Response at most once, Progress only when its body bytes
// grow, and exactly one end, with nothing after it; its counts never fall;
// its body never passes a Content-Length it read, and reaches it exactly
// when it completes; what it shows is visible text; the live downloads are
// the ones told Requested and not ended, within the bound on connections,
// with the bytes last told; the statistics agree with the events. At the
// end, expiring everything ends every download.
//
// Input: one header byte (bits 0-1 connections - 1, bit 2 a short idle time,
// bit 3 no linger, bit 4 sequence numbers near the 32-bit wrap, bits 5-6 the
// header bound: 64, 128, 512 or 8192 bytes), then 7 bytes per segment:
//   who    bits 0-1 the client, bit 2 sent by the server, bits 3-4 the ports
//          (3: both the server port, 2: neither, else the usual ones),
//          bits 5-7 all set: expire() at the current time instead
//   flags  bits 0-4 the TCP flags (FIN SYN RST PSH ACK), bit 5 a length no
//          IPv4 packet has, bit 6 1000 bytes more than captured (a snap
//          length), bit 7 no MAC
//   step   bits 6-7: 0 the next sequence number, 1 ahead by bits 0-5 * 100,
//          2 back by bits 0-5 * 100 (a retransmission), 3 ahead by
//          bits 0-5 << 26 (huge, up to 2^32: beyond any window or wrapped)
//   text   below 0x40: that many payload bytes from the input; 0x40-0x7f a
//          fragment of HTTP (kFragments); 0x80 and up (bits 0-6) * 100 body
//          bytes, none captured
//   cut    0: all captured; else at most cut - 1 bytes captured
//   ack    the other side's next sequence number minus ack * 100
//   time   microseconds * 1000 to the next segment; 0xFF ten minutes on,
//          0xFE an hour back (a damaged timestamp)
// The replay driver (replaymain.cpp) and libFuzzer both run it.
#include "fuzzcheck.h"

#include "wire/httpdownloads.h"

#include <array>
#include <cstdio>
#include <limits>
#include <map>

using namespace pfs;
using namespace pfs::wire;

namespace {

constexpr quint32 kServerAddress = 0x0a010001;
constexpr int kClients = 4;
constexpr int kMaxSegments = 4000;

const char *const kFragments[] = {
    "GET ",
    "HEAD ",
    "POST ",
    "/dnld/",
    "SEP001122334455.cnf.xml",
    "P003-8-12-00.loads",
    "?model=7841&x=/y",
    "%41%0a%zz",
    " HTTP/1.1\r\n",
    " HTTP/1.0\r\n",
    "Host: 10.1.0.1:6970\r\n",
    "\r\n",
    "\r\n\r\n",
    "\n\n",
    "HTTP/1.1 200 OK\r\n",
    "HTTP/1.1 404 Not Found\r\n",
    "HTTP/1.1 100 Continue\r\n\r\n",
    "HTTP/1.1 204 No Content\r\n",
    "HTTP/1.1 304 Not Modified\r\n",
    "HTTP/1.0 200 OK\r\n",
    "Content-Length: 0\r\n",
    "Content-Length: 10\r\n",
    "Content-Length: 1460\r\n",
    "content-LENGTH: 999999999999999999\r\n",
    "Content-Length: 10x\r\n",
    "Transfer-Encoding: chunked\r\n",
    "GET /dnld/a.sbn HTTP/1.1\r\n\r\n",
    "HEAD /dnld/b.sbn HTTP/1.1\r\n\r\n",
    "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n",
    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
    "0123456789",
    "\x1b[2J\xe2\x80\xae\x7f",
};
constexpr int kFragmentCount = int(sizeof kFragments / sizeof kFragments[0]);

Endpoint clientEndpoint(int client)
{
    return {0x0a140010 + quint32(client & 1), quint16(49152 + client / 2)};
}

QByteArray describe(const HttpDownload &d)
{
    char text[240];
    std::snprintf(text, sizeof text, "id %llu #%d status %d length %lld body %lld retx %lld state %d lost %d",
                  static_cast<unsigned long long>(d.id), d.requestIndex, d.statusCode,
                  static_cast<long long>(d.contentLength), static_cast<long long>(d.bodyBytes),
                  static_cast<long long>(d.retransmittedBytes), int(d.state), int(d.headerLost));
    return QByteArray(text);
}

bool isVisible(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x202e)
            return false;
    }
    return true;
}

// What a consumer may rely on, checked on every event and after every segment.
class Checker : public HttpDownloadObserver {
public:
    void downloadChanged(HttpDownloadEvent event, const HttpDownload &download) override
    {
        checkShape(download);
        if (event == HttpDownloadEvent::Requested) {
            fuzz::check(m_seen.count(download.id) == 0, "a download requested twice",
                        [&] { return describe(download); });
            fuzz::check(download.state == HttpDownload::State::Requested && download.statusCode == 0
                            && download.bodyBytes == 0,
                        "requested in another state", [&] { return describe(download); });
            m_seen[download.id] = Seen{download};
            ++requested;
            return;
        }
        const auto seen = m_seen.find(download.id);
        fuzz::check(seen != m_seen.end(), "an event for a download never requested");
        Seen &s = seen->second;
        fuzz::check(!s.ended, "an event after the end", [&] { return describe(download); });
        checkGrowth(s.last, download);
        switch (event) {
        case HttpDownloadEvent::Response:
            fuzz::check(!s.responded && download.statusCode >= 100, "a second response, or one without status");
            s.responded = true;
            break;
        case HttpDownloadEvent::Progress:
            fuzz::check(download.bodyBytes > s.last.bodyBytes, "progress without growth",
                        [&] { return describe(download); });
            fuzz::check(download.state == HttpDownload::State::Receiving, "progress while not receiving");
            break;
        default: checkEnd(event, download); s.ended = true;
        }
        s.last = download;
    }

    void checkLive(const HttpDownloadTracker &tracker)
    {
        const QList<HttpDownload> live = tracker.liveDownloads();
        fuzz::check(live.size() == tracker.liveCount(), "live list and count disagree");
        fuzz::check(tracker.connectionCount() <= tracker.limits().maxConnections, "more connections than the bound");
        fuzz::check(quint64(live.size()) == requested - ended, "live downloads are not the requested, not ended");
        for (const HttpDownload &download : live) {
            const auto seen = m_seen.find(download.id);
            fuzz::check(seen != m_seen.end() && !seen->second.ended, "a live download never requested, or ended");
            fuzz::check(download.bodyBytes == seen->second.last.bodyBytes, "bytes grew untold",
                        [&] { return describe(download); });
            checkGrowth(seen->second.last, download);
        }
        const HttpDownloadStats &stats = tracker.stats();
        fuzz::check(stats.downloads == requested, "downloads disagree with the events");
        fuzz::check(stats.completed == completed && stats.failed == failed && stats.abandoned == abandoned,
                    "ends disagree with the events");
        fuzz::check(stats.evicted <= stats.abandoned && stats.httpSegments <= stats.segments
                        && stats.untracked <= stats.httpSegments
                        && stats.headerOverflows <= stats.requestsUnreadable + stats.responsesUnreadable
                                + stats.downloads + stats.requestsNotFollowed + stats.otherMethods,
                    "statistics out of order");
    }

    quint64 requested = 0;
    quint64 ended = 0;
    quint64 completed = 0;
    quint64 failed = 0;
    quint64 abandoned = 0;

private:
    struct Seen {
        HttpDownload last;
        bool responded = false;
        bool ended = false;
    };

    static void checkShape(const HttpDownload &d)
    {
        fuzz::check(d.server.address == kServerAddress && d.server.port == kCucmHttpPort, "a server that is none");
        fuzz::check(d.client.port != kCucmHttpPort, "a client on the server port");
        fuzz::check(d.bodyBytes >= 0 && d.retransmittedBytes >= 0 && d.contentLength >= -1 && d.requestIndex >= 1,
                    "a count below zero", [&] { return describe(d); });
        // A length read from the header bounds the body exactly.
        if (d.contentLength >= 0 && !d.headerLost)
            fuzz::check(d.bodyBytes <= d.contentLength, "a body past its Content-Length", [&] { return describe(d); });
        fuzz::check(isVisible(d.path) && isVisible(d.fileName), "text from the wire shown raw");
        fuzz::check(!d.fileName.contains(QLatin1Char('/')), "a file name with a folder");
    }

    static void checkGrowth(const HttpDownload &before, const HttpDownload &now)
    {
        fuzz::check(now.bodyBytes >= before.bodyBytes && now.retransmittedBytes >= before.retransmittedBytes
                        && now.lastUs >= before.lastUs,
                    "a count went down", [&] { return describe(before).append(" -> ").append(describe(now)); });
        fuzz::check(now.client == before.client && now.server == before.server && now.startUs == before.startUs
                        && now.path == before.path && now.method == before.method
                        && now.requestIndex == before.requestIndex,
                    "a download changed identity");
        fuzz::check(before.statusCode == 0 || now.statusCode == before.statusCode, "the status changed");
    }

    void checkEnd(HttpDownloadEvent event, const HttpDownload &d)
    {
        ++ended;
        switch (event) {
        case HttpDownloadEvent::Completed: {
            ++completed;
            fuzz::check(d.state == HttpDownload::State::Complete && d.statusCode < 400, "completed wrongly");
            const bool noBody = d.method == HttpMethod::Head || d.statusCode == 204 || d.statusCode == 304;
            if (d.contentLength >= 0 && !d.headerLost)
                fuzz::check(d.bodyBytes == (noBody ? 0 : d.contentLength), "completed short of its length",
                            [&] { return describe(d); });
            break;
        }
        case HttpDownloadEvent::Failed:
            ++failed;
            fuzz::check(d.state == HttpDownload::State::Failed && d.statusCode >= 400, "failed without a failure");
            break;
        default: ++abandoned; fuzz::check(d.state == HttpDownload::State::Abandoned, "abandoned in another state");
        }
    }

    std::map<quint64, Seen> m_seen;
};

// Each side's next sequence number, per client, as a sender would keep it.
struct Streams {
    std::array<std::array<quint32, 2>, kClients> next{};
};

struct Decoded {
    TcpSegment segment;
    QByteArray payload; // the segment's view points into it
    bool expireInstead = false;
};

QByteArray payloadFor(fuzz::Choices &choose, quint8 text, qint64 *length)
{
    QByteArray bytes;
    if (text < 0x40) {
        const QByteArrayView rest = choose.rest();
        bytes = rest.first(qMin<qsizetype>(text, rest.size())).toByteArray();
        choose = fuzz::Choices(rest.sliced(bytes.size()));
        *length = bytes.size();
    } else if (text < 0x80) {
        bytes = QByteArray(kFragments[(text & 0x3F) % kFragmentCount]);
        *length = bytes.size();
    } else {
        *length = (text & 0x7F) * 100; // body bytes, none captured
    }
    return bytes;
}

Decoded decode(fuzz::Choices &choose, Streams &streams, qint64 *nowUs)
{
    const quint8 who = choose.byte();
    const quint8 flags = choose.byte();
    const quint8 step = choose.byte();
    const quint8 text = choose.byte();
    const quint8 cut = choose.byte();
    const quint8 ack = choose.byte();
    const quint8 time = choose.byte();

    Decoded decoded;
    *nowUs += time == 0xFF ? 600LL * 1000 * 1000 : time == 0xFE ? -3600LL * 1000 * 1000 : time * 1000LL;
    decoded.expireInstead = (who & 0xE0) == 0xE0;
    const int client = who & 3;
    const bool fromServer = who & 4;
    const int ports = (who >> 3) & 3;
    TcpSegment &segment = decoded.segment;
    segment.timeUs = *nowUs;
    const Endpoint server{kServerAddress, quint16(ports == 2 ? 6971 : kCucmHttpPort)};
    const Endpoint clientSide{clientEndpoint(client).address, ports == 3 ? kCucmHttpPort : clientEndpoint(client).port};
    segment.source = fromServer ? server : clientSide;
    segment.destination = fromServer ? clientSide : server;
    segment.sourceMac = (flags & 0x80) ? 0 : (fromServer ? 0x020000000001 : 0x020000000010 + quint64(client));
    segment.flags = flags & 0x1F;

    qint64 length = 0;
    decoded.payload = payloadFor(choose, text, &length);
    if (cut > 0)
        decoded.payload.truncate(cut - 1);
    if (flags & 0x40)
        length += 1000;
    segment.length = (flags & 0x20) ? 70000 : length;
    segment.payload = decoded.payload;

    quint32 &next = streams.next[size_t(client)][fromServer ? 0 : 1];
    const quint32 amount = step & 0x3F;
    switch (step >> 6) {
    case 1: next += amount * 100; break;
    case 2: next -= amount * 100; break;
    case 3: next += amount << 26; break;
    default: break;
    }
    segment.sequence = next;
    segment.acknowledgement = streams.next[size_t(client)][fromServer ? 1 : 0] - ack * 100u;
    // As a sender would: its SYN and FIN take a sequence number each.
    next += quint32(length & 0xFFFF) + (segment.has(TcpSegment::Syn) ? 1 : 0) + (segment.has(TcpSegment::Fin) ? 1 : 0);
    return decoded;
}

HttpDownloadLimits limitsFrom(quint8 header)
{
    static constexpr qsizetype kHeaderBounds[] = {64, 128, 512, 8192};
    HttpDownloadLimits limits;
    limits.maxConnections = 1 + (header & 3);
    limits.idleTimeoutUs = (header & 0x04) ? 50LL * 1000 * 1000 : 120LL * 1000 * 1000;
    limits.closedLingerUs = (header & 0x08) ? 0 : 10LL * 1000 * 1000;
    limits.maxHeaderBytes = kHeaderBounds[(header >> 5) & 3];
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Choices choose(fuzz::input(data, size));
    const quint8 header = choose.byte();
    Streams streams;
    const quint32 start = (header & 0x10) ? 0xFFFFFF00u : 1000u; // near the wrap, or not
    for (int client = 0; client < kClients; ++client) {
        streams.next[size_t(client)][0] = start + quint32(client) * 0x01000000u;
        streams.next[size_t(client)][1] = start + 0x40000000u + quint32(client) * 0x01000000u;
    }

    HttpDownloadTracker tracker(kCucmHttpPort, limitsFrom(header));
    Checker checker;
    tracker.setObserver(&checker);
    qint64 nowUs = 0;
    for (int i = 0; i < kMaxSegments && !choose.rest().isEmpty(); ++i) {
        const Decoded decoded = decode(choose, streams, &nowUs);
        if (decoded.expireInstead) {
            tracker.expire(nowUs);
        } else {
            const TcpSegment &segment = decoded.segment;
            const bool http = segment.source.port == kCucmHttpPort || segment.destination.port == kCucmHttpPort;
            fuzz::check(tracker.feed(segment) == http, "feed() misjudged HTTP-port traffic");
        }
        checker.checkLive(tracker);
    }
    // Far past any segment time the input can reach: every download ends.
    tracker.expire(std::numeric_limits<qint64>::max());
    checker.checkLive(tracker);
    fuzz::check(tracker.liveCount() == 0 && tracker.connectionCount() == 0 && checker.requested == checker.ended,
                "a download outlived the capture");
    return 0;
}
