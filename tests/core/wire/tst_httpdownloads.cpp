// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/httpdownloads.h"

#include <QTest>

#include <algorithm>
#include <deque>

using namespace pfs::wire;

namespace {

constexpr quint32 kPhoneAddress = 0x0a140014;  // 10.20.0.20
constexpr quint32 kServerAddress = 0x0a010001; // 10.1.0.1, the CUCM TFTP server
constexpr quint64 kPhoneMac = 0x00112233445a;
constexpr quint64 kServerMac = 0x0000aa000001;
constexpr quint8 kAck = TcpSegment::Ack;
constexpr quint8 kPshAck = TcpSegment::Psh | TcpSegment::Ack;
constexpr qint64 kSecond = 1000 * 1000;

QByteArray okHeader(qint64 contentLength)
{
    return "HTTP/1.1 200 OK\r\nServer: CUCM\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

QByteArray getRequest(QByteArrayView target)
{
    return "GET " + target.toByteArray() + " HTTP/1.1\r\nHost: 10.1.0.1:6970\r\n\r\n";
}

// Every change the tracker reports, copied as it was at the time.
class Recorder : public HttpDownloadObserver {
public:
    struct Change {
        HttpDownloadEvent event;
        HttpDownload download;
    };

    void downloadChanged(HttpDownloadEvent event, const HttpDownload &download) override
    {
        changes.append({event, download});
    }

    int count(HttpDownloadEvent event) const
    {
        return int(std::count_if(changes.cbegin(), changes.cend(),
                                 [event](const Change &change) { return change.event == event; }));
    }

    QList<HttpDownloadEvent> events() const
    {
        QList<HttpDownloadEvent> list;
        for (const Change &change : changes)
            list.append(change.event);
        return list;
    }

    // The downloads as they ended, in order.
    QList<HttpDownload> ended() const
    {
        QList<HttpDownload> list;
        for (const Change &change : changes) {
            if (change.event == HttpDownloadEvent::Completed || change.event == HttpDownloadEvent::Failed
                || change.event == HttpDownloadEvent::Abandoned)
                list.append(change.download);
        }
        return list;
    }

    const HttpDownload &last() const { return changes.constLast().download; }

    QList<Change> changes;
};

// One phone-to-server connection, segment by segment. Each side's offset is
// in bytes of data from its first data byte (ISN + 1) and moves on as that
// side sends; each segment is one millisecond after the previous one.
// Payloads live as long as the connection.
class Connection {
public:
    Connection(quint32 clientIsn, quint32 serverIsn, quint16 clientPort = 50000, quint32 clientAddress = kPhoneAddress)
        : client{clientAddress, clientPort}
        , server{kServerAddress, kCucmHttpPort}
        , m_clientIsn(clientIsn)
        , m_serverIsn(serverIsn)
    {
    }

    TcpSegment syn() { return make(true, TcpSegment::Syn, m_clientIsn, 0, {}, 0); }
    TcpSegment synAck() { return make(false, TcpSegment::Syn | kAck, m_serverIsn, m_clientIsn + 1, {}, 0); }
    TcpSegment handshakeAck() { return fromClient(kAck, {}, 0); }

    // Data from the phone, all captured.
    TcpSegment clientSends(const QByteArray &text) { return fromClient(kPshAck, text, text.size()); }
    // Data from the server: `captured` of `length` bytes kept by the capture.
    TcpSegment serverSends(const QByteArray &text) { return fromServer(kPshAck, text, text.size()); }
    TcpSegment serverSendsCut(QByteArrayView captured, qint64 length) { return fromServer(kPshAck, captured, length); }
    TcpSegment body(qint64 length, qint64 captured = -1)
    {
        const QByteArray bytes(captured < 0 ? length : captured, 'b');
        return fromServer(kPshAck, bytes, length);
    }
    // The server's data again from `offset` (a retransmission).
    TcpSegment serverResends(qint64 offset, qint64 length)
    {
        const QByteArray bytes(length, 'b');
        return make(false, kPshAck, serverSequence(offset), clientSequence(m_clientOffset), bytes, length);
    }

    TcpSegment serverFin() { return fromServer(TcpSegment::Fin | kAck, {}, 0); }
    TcpSegment clientFin() { return fromClient(TcpSegment::Fin | kAck, {}, 0); }
    TcpSegment serverRst() { return fromServer(TcpSegment::Rst | kAck, {}, 0); }
    TcpSegment clientRst() { return fromClient(TcpSegment::Rst, {}, 0); }

    // Skips what the capture did not see.
    void clientSkips(qint64 bytes) { m_clientOffset += bytes; }

    qint64 timeUs = 100 * kSecond;
    Endpoint client;
    Endpoint server;

private:
    quint32 clientSequence(qint64 offset) const { return m_clientIsn + 1 + quint32(quint64(offset)); }
    quint32 serverSequence(qint64 offset) const { return m_serverIsn + 1 + quint32(quint64(offset)); }

    TcpSegment fromClient(quint8 flags, QByteArrayView captured, qint64 length)
    {
        TcpSegment segment
            = make(true, flags, clientSequence(m_clientOffset), serverSequence(m_serverOffset), captured, length);
        m_clientOffset += length + (flags & TcpSegment::Fin ? 1 : 0);
        return segment;
    }
    TcpSegment fromServer(quint8 flags, QByteArrayView captured, qint64 length)
    {
        TcpSegment segment
            = make(false, flags, serverSequence(m_serverOffset), clientSequence(m_clientOffset), captured, length);
        m_serverOffset += length + (flags & TcpSegment::Fin ? 1 : 0);
        return segment;
    }
    TcpSegment make(bool fromPhone, quint8 flags, quint32 sequence, quint32 acknowledgement, QByteArrayView captured,
                    qint64 length)
    {
        m_payloads.emplace_back(captured.toByteArray());
        TcpSegment segment;
        timeUs += 1000;
        segment.timeUs = timeUs;
        segment.sourceMac = fromPhone ? kPhoneMac : kServerMac;
        segment.source = fromPhone ? client : server;
        segment.destination = fromPhone ? server : client;
        segment.flags = flags;
        segment.sequence = sequence;
        segment.acknowledgement = acknowledgement;
        segment.length = length;
        segment.payload = m_payloads.back();
        return segment;
    }

    quint32 m_clientIsn;
    quint32 m_serverIsn;
    qint64 m_clientOffset = 0;
    qint64 m_serverOffset = 0;
    std::deque<QByteArray> m_payloads;
};

// A tracker with its recorder attached.
struct Watch {
    explicit Watch(const HttpDownloadLimits &limits = {})
        : tracker(kCucmHttpPort, limits)
    {
        tracker.setObserver(&recorder);
    }
    void feed(const TcpSegment &segment) { QVERIFY(tracker.feed(segment)); }
    void handshake(Connection &connection)
    {
        feed(connection.syn());
        feed(connection.synAck());
        feed(connection.handshakeAck());
    }
    void fetch(Connection &connection, QByteArrayView target, qint64 size, qint64 segmentSize = 1460)
    {
        feed(connection.clientSends(getRequest(target)));
        feed(connection.serverSends(okHeader(size)));
        for (qint64 sent = 0; sent < size; sent += segmentSize)
            feed(connection.body(qMin(segmentSize, size - sent)));
    }
    HttpDownloadTracker tracker;
    Recorder recorder;
};

} // namespace

class TestHttpDownloads : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void okWithContentLengthInSeveralSegments()
    {
        Watch watch;
        Connection connection(1000, 900000);
        watch.handshake(connection);
        QCOMPARE(watch.recorder.changes.size(), 0); // a connection is no download yet
        watch.feed(connection.clientSends(getRequest("/dnld/P003-8-12-00.loads")));
        QCOMPARE(watch.recorder.events(), QList<HttpDownloadEvent>{HttpDownloadEvent::Requested});
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Requested);
        QCOMPARE(watch.tracker.liveCount(), 1);
        watch.feed(connection.serverSends(okHeader(4000)));
        QCOMPARE(watch.recorder.last().statusCode, 200);
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Receiving);
        watch.feed(connection.body(1460));
        watch.feed(connection.body(1460));
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(2920));
        watch.feed(connection.body(1080));

        const QList<HttpDownloadEvent> expected{HttpDownloadEvent::Requested, HttpDownloadEvent::Response,
                                                HttpDownloadEvent::Progress,  HttpDownloadEvent::Progress,
                                                HttpDownloadEvent::Progress,  HttpDownloadEvent::Completed};
        QCOMPARE(watch.recorder.events(), expected);
        const HttpDownload &done = watch.recorder.last();
        QCOMPARE(done.state, HttpDownload::State::Complete);
        QCOMPARE(done.bodyBytes, qint64(4000));
        QCOMPARE(done.contentLength, qint64(4000));
        QCOMPARE(done.statusCode, 200);
        QCOMPARE(done.method, HttpMethod::Get);
        QCOMPARE(done.fileName, QStringLiteral("P003-8-12-00.loads"));
        QCOMPARE(done.path, QStringLiteral("/dnld/P003-8-12-00.loads"));
        QCOMPARE(done.client, connection.client);
        QCOMPARE(done.server, connection.server);
        QCOMPARE(done.clientMac, kPhoneMac);
        QCOMPARE(done.requestIndex, 1);
        QVERIFY(!done.headerLost);
        QVERIFY(!done.chunked);
        QCOMPARE(done.startUs, 100 * kSecond + 4000);
        QCOMPARE(done.lastUs, connection.timeUs);
        QCOMPARE(watch.tracker.liveCount(), 0);
        QCOMPARE(watch.tracker.stats().completed, quint64(1));
        QCOMPARE(watch.tracker.stats().downloads, quint64(1));

        // The close, then the last ACK: it belongs to the closed connection.
        watch.feed(connection.serverFin());
        watch.feed(connection.clientFin());
        watch.feed(connection.handshakeAck());
        QCOMPARE(watch.tracker.stats().afterClose, quint64(1));
        QCOMPARE(watch.tracker.stats().joinedLate, quint64(0));
        QCOMPARE(watch.recorder.changes.size(), expected.size()); // nothing after the end
    }

    void requestLineSplitOverTwoSegments()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends("GET /SEP00112233"));
        QCOMPARE(watch.recorder.changes.size(), 0);
        watch.feed(connection.clientSends("445A.cnf.xml HTTP/1.1\r\nHost: x\r"));
        QCOMPARE(watch.recorder.changes.size(), 0); // the header is not over yet
        watch.feed(connection.clientSends("\n\r\n"));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Requested), 1);
        QCOMPARE(watch.recorder.last().fileName, QStringLiteral("SEP00112233445A.cnf.xml"));
        watch.feed(connection.serverSends(okHeader(3) + "abc"));
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(3));
    }

    void responseHeaderSplitOverTwoSegments()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/a.sbn")));
        watch.feed(connection.serverSends("HTTP/1.1 200 OK\r\nContent-Le"));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Response), 0);
        watch.feed(connection.serverSends("ngth: 10\r\n\r")); // the blank line itself split
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Response), 0);
        watch.feed(connection.serverSends("\n0123"));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Response), 1);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(4));
        watch.feed(connection.serverSends("456789"));
        const HttpDownload &done = watch.recorder.last();
        QCOMPARE(done.state, HttpDownload::State::Complete);
        QCOMPARE(done.contentLength, qint64(10));
        QCOMPARE(done.bodyBytes, qint64(10));
    }

    void aHoleInTheResponseHeaderLosesItsTextNotItsBytes()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/a.sbn")));
        watch.feed(connection.serverSends("HTTP/1.1 200 OK\r\n"));
        connection.serverSendsCut({}, 20); // "Content-Length: 10\r\n", lost to the capture
        watch.feed(connection.serverSends("\r\n0123456789"));
        QCOMPARE(watch.tracker.stats().responsesUnreadable, quint64(1));
        const HttpDownload &download = watch.recorder.last();
        QVERIFY(download.headerLost); // never read as a header without its length
        QCOMPARE(download.statusCode, 200);
        QCOMPARE(download.contentLength, qint64(-1));
        QCOMPARE(download.bodyBytes, qint64(17 + 20 + 12)); // from the response's start
        QCOMPARE(download.state, HttpDownload::State::Receiving);
    }

    void aHoleInTheRequestLineNamesNoFile()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends("GET /a"));
        connection.clientSkips(6); // "bc.sbn" never captured
        watch.feed(connection.clientSends(" HTTP/1.1\r\n\r\n"));
        QCOMPARE(watch.recorder.changes.size(), 0); // never "/a"
        QCOMPARE(watch.tracker.stats().requestsUnreadable, quint64(1));
    }

    void headerNamesAreCaseInsensitive()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/a.sbn")));
        watch.feed(connection.serverSends("HTTP/1.1 200 OK\r\ncOnTeNt-LeNgTh:  6 \r\n\r\n"));
        QCOMPARE(watch.recorder.last().contentLength, qint64(6));
        watch.feed(connection.body(6));
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
    }

    void notFoundFailsWithItsCodeAndTheConnectionGoesOn()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/missing.loads")));
        watch.feed(connection.serverSends("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\n"));
        const QList<HttpDownloadEvent> expected{HttpDownloadEvent::Requested, HttpDownloadEvent::Response,
                                                HttpDownloadEvent::Failed};
        QCOMPARE(watch.recorder.events(), expected);
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Failed);
        QCOMPARE(watch.recorder.last().statusCode, 404);
        QCOMPARE(watch.tracker.stats().failed, quint64(1));
        QCOMPARE(watch.tracker.liveCount(), 0);
        // Its error page is skipped: the next request's answer is found after it.
        watch.feed(connection.serverSends("Not found"));
        QCOMPARE(watch.recorder.changes.size(), expected.size());
        watch.fetch(connection, "/there.loads", 100);
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().fileName, QStringLiteral("there.loads"));
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(100));
        QCOMPARE(watch.recorder.last().requestIndex, 2);
    }

    void keepAliveTwoFilesOnOneConnection()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.fetch(connection, "/dnld/one.sbn", 3000);
        watch.fetch(connection, "/dnld/two.sbn", 5000);
        const QList<HttpDownload> ended = watch.recorder.ended();
        QCOMPARE(ended.size(), 2);
        QCOMPARE(ended[0].fileName, QStringLiteral("one.sbn"));
        QCOMPARE(ended[0].bodyBytes, qint64(3000));
        QCOMPARE(ended[0].requestIndex, 1);
        QCOMPARE(ended[1].fileName, QStringLiteral("two.sbn"));
        QCOMPARE(ended[1].bodyBytes, qint64(5000));
        QCOMPARE(ended[1].requestIndex, 2);
        QCOMPARE(ended[1].state, HttpDownload::State::Complete);
        QVERIFY(ended[0].id != ended[1].id);
        QCOMPARE(watch.tracker.stats().connections, quint64(1));
        QCOMPARE(watch.tracker.stats().completed, quint64(2));
    }

    void pipelinedRequestsAndAResponseThatEndsInsideASegment()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/one.sbn") + getRequest("/two.sbn")));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Requested), 1); // the second waits for the first's answer
        // The first body ends inside the segment that starts the second response.
        watch.feed(connection.serverSends(okHeader(5) + "12345" + okHeader(8) + "abc"));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Completed), 1);
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Requested), 2);
        QCOMPARE(watch.recorder.last().fileName, QStringLiteral("two.sbn"));
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(3));
        watch.feed(connection.serverSends("defgh"));
        const QList<HttpDownload> ended = watch.recorder.ended();
        QCOMPARE(ended.size(), 2);
        QCOMPARE(ended[0].bodyBytes, qint64(5));
        QCOMPARE(ended[1].bodyBytes, qint64(8));
        QCOMPARE(ended[1].contentLength, qint64(8));
    }

    void headRequestHasNoBody()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends("HEAD /big.sbn HTTP/1.1\r\n\r\n"));
        watch.feed(connection.serverSends(okHeader(5000000)));
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().method, HttpMethod::Head);
        QCOMPARE(watch.recorder.last().contentLength, qint64(5000000)); // the size, stated
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(0));
        watch.fetch(connection, "/big.sbn", 2000);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(2000));
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
    }

    void chunkedBodyEndsAtTheServersFin()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/c.sbn")));
        watch.feed(connection.serverSends("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n"
                                          "Content-Length: 3\r\n\r\n"));
        QCOMPARE(watch.recorder.last().contentLength, qint64(-1)); // Transfer-Encoding overrides it
        QVERIFY(watch.recorder.last().chunked);
        watch.feed(connection.body(1000));
        watch.feed(connection.body(500));
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Receiving);
        watch.feed(connection.serverFin());
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(1500)); // the FIN is no byte
        QCOMPARE(watch.tracker.stats().completed, quint64(1));
        // A request after the server closed has no answer to follow.
        watch.feed(connection.clientSends(getRequest("/d.sbn")));
        QCOMPARE(watch.tracker.stats().requestsNotFollowed, quint64(1));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Requested), 1);
    }

    void closeDelimitedHttp10BodyEndsAtFin()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends("GET /old.sbn HTTP/1.0\r\n\r\n"));
        watch.feed(connection.serverSends("HTTP/1.0 200 OK\r\n\r\nabcdef"));
        QCOMPARE(watch.recorder.last().contentLength, qint64(-1));
        QVERIFY(!watch.recorder.last().chunked);
        watch.feed(connection.body(100));
        watch.feed(connection.serverFin());
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(106));
    }

    void chunkedBodyEndsWhereTheNextRequestAcknowledges()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/one.sbn")));
        watch.feed(connection.serverSends("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"));
        watch.feed(connection.body(700));
        watch.feed(connection.clientSends(getRequest("/two.sbn"))); // acknowledges all 700
        QCOMPARE(watch.recorder.ended().size(), 1);
        QCOMPARE(watch.recorder.ended()[0].state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.ended()[0].bodyBytes, qint64(700));
        QCOMPARE(watch.recorder.last().fileName, QStringLiteral("two.sbn"));
        watch.feed(connection.serverSends(okHeader(40)));
        watch.feed(connection.body(40));
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(40));
    }

    void snapLengthCutBodyStillCounts()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/cut.sbn")));
        watch.feed(connection.serverSends(okHeader(3 * 1460)));
        for (int i = 0; i < 3; ++i)
            watch.feed(connection.body(1460, 10)); // tcpdump -s 76: 10 bytes of each kept
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(3 * 1460));
    }

    void snapLengthCutHeaderCountsFromTheResponseStart()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/cut.sbn")));
        const QByteArray header = okHeader(2000);
        // The header and the body's start in one segment, cut after the status line.
        watch.feed(connection.serverSendsCut(QByteArrayView(header).first(20), header.size() + 1000));
        QCOMPARE(watch.tracker.stats().responsesUnreadable, quint64(1));
        QCOMPARE(watch.recorder.last().statusCode, 200); // the status line was captured whole
        QVERIFY(watch.recorder.last().headerLost);
        QCOMPARE(watch.recorder.last().contentLength, qint64(-1));
        watch.feed(connection.body(1000, 0));
        watch.feed(connection.serverFin());
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(header.size() + 2000)); // its header included
    }

    void snapLengthCutRequestLineNamesNoFile()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        const QByteArray request = getRequest("/dnld/long-name.sbn");
        TcpSegment cut = connection.clientSends(request);
        cut.payload = cut.payload.first(12);
        watch.feed(cut);
        QCOMPARE(watch.recorder.changes.size(), 0);
        QCOMPARE(watch.tracker.stats().requestsUnreadable, quint64(1));
        watch.feed(connection.serverSends(okHeader(10)));
        QCOMPARE(watch.recorder.changes.size(), 0); // its answer is nobody's
    }

    void retransmittedBodySegmentCountsOnce()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/r.sbn")));
        const QByteArray header = okHeader(3000);
        watch.feed(connection.serverSends(header));
        watch.feed(connection.body(1460));
        const int progressBefore = watch.recorder.count(HttpDownloadEvent::Progress);
        watch.feed(connection.serverResends(header.size(), 1460));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Progress), progressBefore); // nothing grew
        watch.feed(connection.body(1540));
        const HttpDownload &done = watch.recorder.last();
        QCOMPARE(done.state, HttpDownload::State::Complete);
        QCOMPARE(done.bodyBytes, qint64(3000));
        QCOMPARE(done.retransmittedBytes, qint64(1460));
        QCOMPARE(watch.tracker.stats().retransmittedBytes, quint64(1460));
    }

    void sequenceNumbersWrapAround()
    {
        Watch watch;
        // The phone's sequence numbers wrap inside its first request, the
        // server's inside the first body and again… never: 2^32 is far.
        Connection connection(0xFFFFFFF0u, 0xFFFFFF00u);
        watch.handshake(connection);
        watch.fetch(connection, "/dnld/wrap-one.sbn", 20000);
        // A body segment sent again from before the wrap, once the count is past it.
        watch.feed(connection.serverResends(okHeader(20000).size(), 1460));
        QCOMPARE(watch.tracker.stats().retransmittedBytes, quint64(1460));
        QCOMPARE(watch.tracker.stats().outOfWindow, quint64(0));
        watch.fetch(connection, "/dnld/wrap-two.sbn", 3000);
        const QList<HttpDownload> ended = watch.recorder.ended();
        QCOMPARE(ended.size(), 2);
        QCOMPARE(ended[0].fileName, QStringLiteral("wrap-one.sbn"));
        QCOMPARE(ended[0].bodyBytes, qint64(20000));
        QCOMPARE(ended[1].fileName, QStringLiteral("wrap-two.sbn"));
        QCOMPARE(ended[1].bodyBytes, qint64(3000));
        QCOMPARE(ended[1].state, HttpDownload::State::Complete);
    }

    void resetMidBodyAbandons()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/r.sbn")));
        watch.feed(connection.serverSends(okHeader(10000)));
        watch.feed(connection.body(1460));
        watch.feed(connection.clientRst());
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Abandoned);
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Abandoned), 1);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(1460));
        QCOMPARE(watch.tracker.stats().abandoned, quint64(1));
        QCOMPARE(watch.tracker.liveCount(), 0);
        watch.feed(connection.body(1460)); // in flight when the reset came
        QCOMPARE(watch.tracker.stats().afterClose, quint64(1));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Abandoned), 1);
    }

    void serverClosingBeforeTheLengthAbandons()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/r.sbn")));
        watch.feed(connection.serverSends(okHeader(10000)));
        watch.feed(connection.body(500));
        watch.feed(connection.serverFin());
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Abandoned);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(500));
    }

    void responseHeaderOverTheBound()
    {
        HttpDownloadLimits limits;
        limits.maxHeaderBytes = 256;
        Watch watch(limits);
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/big-header.sbn")));
        const QByteArray header
            = "HTTP/1.1 200 OK\r\nX-Padding: " + QByteArray(400, 'p') + "\r\nContent-Length: 1000\r\n\r\n";
        watch.feed(connection.serverSends(header));
        QCOMPARE(watch.tracker.stats().headerOverflows, quint64(1));
        QCOMPARE(watch.tracker.stats().responsesUnreadable, quint64(1));
        // Reported as far as it was read: the status, and bytes from the response's start.
        QCOMPARE(watch.recorder.last().statusCode, 200);
        QVERIFY(watch.recorder.last().headerLost);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(header.size()));
        watch.feed(connection.body(1000));
        watch.feed(connection.serverFin());
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(header.size() + 1000));
    }

    void requestHeaderOverTheBoundStillNamesItsFile()
    {
        HttpDownloadLimits limits;
        limits.maxHeaderBytes = 256;
        Watch watch(limits);
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends("GET /named.sbn HTTP/1.1\r\nCookie: " + QByteArray(500, 'c') + "\r\n\r\n"));
        QCOMPARE(watch.tracker.stats().headerOverflows, quint64(1));
        QCOMPARE(watch.recorder.last().fileName, QStringLiteral("named.sbn"));
        watch.feed(connection.serverSends(okHeader(20)));
        watch.feed(connection.body(20));
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
        // Where the next request starts is unknown: none is read.
        watch.feed(connection.clientSends(getRequest("/next.sbn")));
        QCOMPARE(watch.recorder.count(HttpDownloadEvent::Requested), 1);
    }

    void hostilePathIsMadeVisibleAndDecoded()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends("GET /dnld/evil\x1b[2J%0a%41%zz\xe2\x80\xae.sbn HTTP/1.1\r\n\r\n"));
        const HttpDownload &download = watch.recorder.last();
        QCOMPARE(download.path, QStringLiteral("/dnld/evil\\x1b[2J\\x0aA%zz\\u{202e}.sbn"));
        QCOMPARE(download.fileName, QStringLiteral("evil\\x1b[2J\\x0aA%zz\\u{202e}.sbn"));
        for (const QChar c : download.path)
            QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e);
    }

    void queryAndAbsoluteFormAreStripped()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/dnld/P003.loads?model=7841&x=/y.sbn#top")));
        QCOMPARE(watch.recorder.last().fileName, QStringLiteral("P003.loads"));
        QCOMPARE(watch.recorder.last().path, QStringLiteral("/dnld/P003.loads"));
        Connection proxied(9, 99, 50001);
        watch.handshake(proxied);
        watch.feed(proxied.clientSends(getRequest("http://10.1.0.1:6970/dnld/Q.sbn?v=2")));
        QCOMPARE(watch.recorder.last().path, QStringLiteral("/dnld/Q.sbn"));
    }

    void notHttpAndOtherMethodsAreCounted()
    {
        Watch watch;
        Connection garbage(5, 77);
        watch.handshake(garbage);
        watch.feed(garbage.clientSends("\x16\x03\x01 hello\r\n\r\n"));
        QCOMPARE(watch.tracker.stats().requestsUnreadable, quint64(1));
        Connection post(6, 78, 50001);
        watch.handshake(post);
        watch.feed(post.clientSends("POST /upload HTTP/1.1\r\nContent-Length: 4\r\n\r\nGET "));
        QCOMPARE(watch.tracker.stats().otherMethods, quint64(1));
        QCOMPARE(watch.recorder.changes.size(), 0);
    }

    void idleConnectionsExpire()
    {
        HttpDownloadLimits limits;
        limits.idleTimeoutUs = 5 * kSecond;
        Watch watch(limits);
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/slow.sbn")));
        watch.feed(connection.serverSends(okHeader(100000)));
        watch.feed(connection.body(1000));
        watch.tracker.expire(connection.timeUs + 5 * kSecond); // exactly the idle time: not yet
        QCOMPARE(watch.tracker.liveCount(), 1);
        watch.tracker.expire(connection.timeUs + 5 * kSecond + 1);
        QCOMPARE(watch.tracker.liveCount(), 0);
        QCOMPARE(watch.tracker.connectionCount(), 0);
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Abandoned);
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(1000));
        QCOMPARE(watch.tracker.stats().abandoned, quint64(1));
        QCOMPARE(watch.tracker.stats().evicted, quint64(0));
    }

    void aFullTableEvictsTheLeastRecentlyActive()
    {
        HttpDownloadLimits limits;
        limits.maxConnections = 2;
        Watch watch(limits);
        Connection first(5, 77, 50001);
        Connection second(6, 78, 50002);
        Connection third(7, 79, 50003);
        watch.handshake(first);
        watch.feed(first.clientSends(getRequest("/1.sbn")));
        watch.handshake(second);
        watch.feed(second.clientSends(getRequest("/2.sbn")));
        watch.feed(first.serverSends(okHeader(10))); // first is now the more recent
        watch.handshake(third);
        QCOMPARE(watch.tracker.connectionCount(), 2);
        QCOMPARE(watch.tracker.stats().evicted, quint64(1));
        QCOMPARE(watch.tracker.stats().evictedConnections, quint64(1));
        QCOMPARE(watch.recorder.last().fileName, QStringLiteral("2.sbn"));
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Abandoned);
        const QList<HttpDownload> live = watch.tracker.liveDownloads();
        QCOMPARE(live.size(), 1);
        QCOMPARE(live[0].fileName, QStringLiteral("1.sbn"));
        QCOMPARE(watch.tracker.liveCount(), 1);
    }

    void midConnectionCaptureIsCountedNotGuessed()
    {
        Watch watch;
        Connection connection(5, 77);
        connection.syn(); // not captured
        connection.synAck();
        connection.clientSends(getRequest("/unseen.sbn"));
        watch.feed(connection.serverSends(okHeader(3000)));
        watch.feed(connection.body(1460));
        watch.feed(connection.handshakeAck());
        watch.feed(connection.body(1540));
        watch.feed(connection.clientSends(getRequest("/second.sbn")));
        watch.feed(connection.serverSends(okHeader(10)));
        QCOMPARE(watch.recorder.changes.size(), 0);
        QCOMPARE(watch.tracker.stats().joinedLate, quint64(1)); // one connection
        QCOMPARE(watch.tracker.stats().untracked, quint64(6));  // all its segments
        QCOMPARE(watch.tracker.stats().downloads, quint64(0));
        QCOMPARE(watch.tracker.connectionCount(), 1);
        // A new SYN on the same ports is a connection of its own, followed.
        Connection again(1000, 2000);
        watch.handshake(again);
        watch.fetch(again, "/after.sbn", 10);
        QCOMPARE(watch.recorder.last().state, HttpDownload::State::Complete);
    }

    void requestNotCapturedFromItsStartNamesNoFile()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        connection.clientSkips(4); // "GET " never captured
        watch.feed(connection.clientSends("/x.sbn HTTP/1.1\r\n\r\n"));
        QCOMPARE(watch.tracker.stats().requestsUnreadable, quint64(1));
        QCOMPARE(watch.recorder.changes.size(), 0);
    }

    void otherPortsAreNotConsumed()
    {
        Watch watch;
        Connection connection(5, 77);
        connection.server.port = 80;
        QVERIFY(!watch.tracker.feed(connection.syn()));
        QVERIFY(!watch.tracker.feed(connection.clientSends(getRequest("/a.sbn"))));
        QCOMPARE(watch.tracker.stats().segments, quint64(2));
        QCOMPARE(watch.tracker.stats().httpSegments, quint64(0));
        QCOMPARE(watch.tracker.connectionCount(), 0);
        Connection both(5, 77, kCucmHttpPort);
        QVERIFY(watch.tracker.feed(both.syn()));
        QCOMPARE(watch.tracker.stats().untracked, quint64(1));
        HttpDownloadTracker elsewhere(8080);
        Connection onOtherPort(5, 77);
        QVERIFY(!elsewhere.feed(onOtherPort.syn()));
    }

    void impossibleLengthsAndFarSequencesAreIgnored()
    {
        Watch watch;
        Connection connection(5, 77);
        watch.handshake(connection);
        watch.feed(connection.clientSends(getRequest("/a.sbn")));
        watch.feed(connection.serverSends(okHeader(100)));
        TcpSegment huge = connection.body(10);
        huge.length = 70000;
        watch.feed(huge);
        QCOMPARE(watch.tracker.stats().malformed, quint64(1));
        TcpSegment far = connection.body(10);
        far.sequence += 0x50000000u;
        watch.feed(far);
        QCOMPARE(watch.tracker.stats().outOfWindow, quint64(1));
        QCOMPARE(watch.recorder.last().bodyBytes, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestHttpDownloads)
#include "tst_httpdownloads.moc"
