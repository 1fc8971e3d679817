// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "wire/packet.h"
#include "wire/tcpsequence.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <limits>
#include <list>

// The phones' HTTP downloads from the CUCM TFTP server on TCP 6970: newer
// firmware fetches its files there first and falls back to TFTP (UDP 69),
// so a root's WAN download may be either (../shared/docs/pfs-field-guide.md).
// Read as a passive observer: the request line from the start of the
// phone's stream (RFC 9112), the status line and the headers that frame the
// body (Content-Length, Transfer-Encoding) from the start of the server's,
// and the body's bytes from TCP sequence numbers (tcpsequence.h), never from
// captured payload: a capture cut to a small snap length still counts them.
// Everything is untrusted: header text is bounded, tables are bounded, what
// does not fit is counted, and no file is ever guessed.
namespace pfs::wire {

constexpr quint16 kCucmHttpPort = 6970;

enum class HttpMethod : quint8 { Get, Head };

// One request and its response.
struct HttpDownload {
    enum class State : quint8 {
        Requested, // the request read, no status yet
        Receiving, // the status read (below 400), the body flowing
        // The body reached its end: its Content-Length (none for HEAD, 204,
        // 304), or, without one, the server's FIN or the client's next
        // request. With headerLost the status may be unknown (0).
        Complete,
        Failed,    // a status of 400 or more (statusCode keeps it)
        Abandoned, // a reset before the end, the server closing early, idle, replaced or evicted
    };

    quint64 id = 0; // unique for the tracker's life
    Endpoint client;
    Endpoint server;
    quint64 clientMac = 0; // the request's Ethernet source, 0 when the capture has none
    int requestIndex = 1;  // 1 for a connection's first request, 2 for the next one kept alive…
    HttpMethod method = HttpMethod::Get;
    QString fileName;          // bare and visible (bareFileName), as the model keys components
    QString path;              // the path without its query, percent-decoded, made visible
    int statusCode = 0;        // 0 until the status line is read
    qint64 contentLength = -1; // the file's size as the server states it; -1 unknown (chunked, close-delimited)
    bool chunked = false;      // Transfer-Encoding ends in chunked: the body ends at the server's close
    // Body bytes that crossed the wire (from sequence numbers), never more
    // than contentLength. A chunked body counts its chunk framing too.
    qint64 bodyBytes = 0;
    // The response's header was not captured whole (a hole, the snap length,
    // over the bound): bodyBytes counts from the response's start, its header
    // included, up to the server's close, and statusCode is known only if
    // the status line was captured whole.
    bool headerLost = false;
    qint64 retransmittedBytes = 0; // body bytes the server sent again (counted once in bodyBytes)
    qint64 startUs = 0;            // capture time of the request
    qint64 lastUs = 0;             // capture time of the latest segment of it
    State state = State::Requested;
};

enum class HttpDownloadEvent : quint8 {
    Requested, // the request read
    Response,  // the status known
    Progress,  // bodyBytes grew
    Completed,
    Failed,
    Abandoned,
};

// Told of every download's life: Requested first, then Response and
// Progress, and exactly one of Completed, Failed or Abandoned last. Called
// from inside feed() and expire(); it must not call them back. The download
// is only valid during the call.
class HttpDownloadObserver {
public:
    virtual ~HttpDownloadObserver() = default;
    virtual void downloadChanged(HttpDownloadEvent event, const HttpDownload &download) = 0;
};

struct HttpDownloadStats {
    quint64 segments = 0;           // every segment fed
    quint64 httpSegments = 0;       // with the server port on either side
    quint64 untracked = 0;          // HTTP-port segments of no followed connection: joined mid-connection, a reset of
                                    // nothing, a handshake against the roles, both ports the server port
    quint64 joinedLate = 0;         // connections first seen after their SYN: not followed, no file guessed
    quint64 malformed = 0;          // a payload length no IPv4 packet carries: ignored
    quint64 outOfWindow = 0;        // a sequence number beyond any TCP window: ignored
    quint64 afterClose = 0;         // segments of a connection closed a moment ago (the last ACK, a late reset)
    quint64 connections = 0;        // opened by the phone's SYN
    quint64 evictedConnections = 0; // live connections pushed out by the bound
    quint64 downloads = 0;          // requests read (Requested)
    quint64 completed = 0;
    quint64 failed = 0;
    quint64 abandoned = 0; // of which evicted:
    quint64 evicted = 0;
    quint64 retransmittedBytes = 0; // body bytes sent again
    quint64 requestsUnreadable = 0; // a request line not captured whole, or not HTTP: the connection no longer followed
    quint64 otherMethods = 0;       // a request other than GET or HEAD: the connection no longer followed
    quint64 responsesUnreadable = 0; // a response header not captured whole (headerLost), or not HTTP
    quint64 headerOverflows = 0;     // header blocks over the bound (also counted as unreadable)
    quint64 requestsNotFollowed = 0; // requests read on a connection that lost its place: no download for them
};

struct HttpDownloadLimits {
    // Live connections, and those closed a moment ago (lingering), together;
    // each carries at most one download at a time, so this bounds the live
    // downloads too. When full, the least recently active one goes
    // (a live one's download is Abandoned and counted as evicted).
    qsizetype maxConnections = 16384;
    qint64 idleTimeoutUs = 120 * 1000 * 1000LL; // capture time without a segment before a connection is abandoned
    qint64 closedLingerUs = 10 * 1000 * 1000LL; // a closed connection still claims its trailing segments
    // A request's or a response's header block, from its first line to its
    // blank line: what is kept of it while it is read (an 8 KiB block is the
    // common server limit). Over it, the block is unreadable.
    qsizetype maxHeaderBytes = 8192;
};

// The header block of one message, reassembled in stream order from the
// captured bytes of segments: what a segment brings past the assembled end
// is appended (retransmissions add nothing), a segment starting beyond it is
// a hole, and a segment whose uncaptured bytes fall before the blank line
// (the snap length) is a cut. Either, or the bound, makes the block lost;
// what was assembled before stays readable (its first line may be whole).
class HttpHeaderReader {
public:
    enum class Status : quint8 { Idle, Reading, Complete, Lost };
    enum class Loss : quint8 { None, Hole, Cut, Overflow };

    // Reads a new block from stream offset `offset`, keeping the text
    // already assembled from there on (a message that followed the last one
    // in the same segments).
    void restartAt(qint64 offset);
    void stop(); // Idle, its memory released
    void add(qint64 segmentStart, QByteArrayView captured, qint64 length, qsizetype maxBytes);

    Status status() const { return m_status; }
    Loss loss() const { return m_loss; }
    qint64 start() const { return m_start; }
    qint64 blockEnd() const { return m_start + m_blockLength; } // Complete: the offset after the blank line
    QByteArrayView block() const { return QByteArrayView(m_text).first(m_blockLength); } // Complete
    QByteArrayView text() const { return m_text; }                                       // all assembled so far
    // The first line, when it was captured whole: a lost block's is still read.
    QByteArrayView firstLine() const;

private:
    void findEnd(qsizetype from);
    void stopAt(Loss loss);
    void settle();

    Status m_status = Status::Idle;
    Loss m_loss = Loss::None;
    Loss m_stoppedBy = Loss::None; // nothing more can join the text; lost unless it is complete
    qint64 m_start = 0;
    qsizetype m_blockLength = 0;
    QByteArray m_text;
};

// Follows every connection to the server port from the phone's SYN: the
// client (phone) sends requests, one after another on a kept-alive
// connection (each next one read once the previous response is over), and
// the server answers each with a status, headers and a body of
// Content-Length bytes. A body without Content-Length (chunked, or an
// HTTP/1.0 body ended by the close) ends at the server's FIN, or where the
// client's next request acknowledges it read to. A connection the capture
// joined after its SYN is counted (joinedLate) and not followed: no file is
// guessed. Memory is bounded by maxConnections and maxHeaderBytes, never by
// the capture's length; body segments allocate nothing. Time is the
// capture's (segment times).
class HttpDownloadTracker {
public:
    explicit HttpDownloadTracker(quint16 serverPort = kCucmHttpPort, const HttpDownloadLimits &limits = {});

    void setObserver(HttpDownloadObserver *observer) { m_observer = observer; } // not owned; may be null

    // Whether the segment is HTTP-port traffic (either port the server
    // port), followed or counted. First expires what is idle.
    bool feed(const TcpSegment &segment);
    // Abandons the downloads of connections idle at `nowUs` (capture time),
    // and forgets closed connections past their linger time.
    void expire(qint64 nowUs);

    const HttpDownloadStats &stats() const { return m_stats; }
    const HttpDownloadLimits &limits() const { return m_limits; }
    qsizetype connectionCount() const { return m_index.size(); } // live and lingering
    qsizetype liveCount() const { return m_liveDownloads; }      // downloads Requested or Receiving
    QList<HttpDownload> liveDownloads() const;                   // least recently active first

private:
    using Key = ClientServerKey;

    // Where the server's stream is: reading a response header, in a body,
    // or lost (what follows cannot be told apart).
    enum class ServerPhase : quint8 { Header, Body, Lost };

    struct Entry {
        Key key;
        enum class Kind : quint8 { Followed, JoinedLate, Closed } kind = Kind::Followed;
        quint32 clientIsn = 0;
        TcpSequenceSpace client; // offset 0: the request's first byte
        TcpSequenceSpace server; // offset 0: the first response's first byte
        HttpHeaderReader request;
        HttpHeaderReader response;
        bool clientLost = false; // the next request cannot be located
        bool clientFin = false;
        bool serverFin = false;
        ServerPhase phase = ServerPhase::Header;
        qint64 bodyStart = 0;
        qint64 bodyEnd = std::numeric_limits<qint64>::max(); // max: ends at the server's close
        bool downloadLive = false;
        int requests = 0;
        HttpDownload download; // the current one, or the last one once finished
        qint64 touchedUs = 0;  // the tracker's clock at its latest segment (or at its close)
    };
    using Entries = std::list<Entry>; // least recently active first

    // A segment as one side's stream sees it.
    struct Piece {
        qint64 start = 0; // offset of its first byte
        QByteArrayView captured;
        qint64 length = 0;
    };

    void track(const TcpSegment &segment, bool fromServer);
    bool isNewConnection(const Entry *entry, const TcpSegment &segment, bool fromServer) const;
    void open(const Key &key, const TcpSegment &segment);
    void joinLate(const Key &key, const TcpSegment &segment);
    void fromClientSide(Entries::iterator it, const TcpSegment &segment);
    void fromServerSide(Entries::iterator it, const TcpSegment &segment);
    void reset(Entries::iterator it);

    void advance(Entry &entry, const Piece *serverPiece);
    bool startNextRequest(Entry &entry);
    bool openDownload(Entry &entry, QByteArrayView requestLine);
    void loseConnection(Entry &entry, quint64 *counter);
    bool readResponse(Entry &entry, const Piece *serverPiece);
    void applyResponseHeader(Entry &entry);
    void loseResponse(Entry &entry);
    void respond(Entry &entry);
    bool countBody(Entry &entry);
    void endBodyAtClientAck(Entry &entry, quint32 acknowledgement);
    void serverClosed(Entry &entry, qint64 finOffset);

    void report(HttpDownloadEvent event, const Entry &entry);
    void finish(Entry &entry, HttpDownload::State state);
    void close(Entries::iterator it);
    void touch(Entries::iterator it);
    void remove(Entries::iterator it);
    void makeRoom();
    void expireIdle();

    quint16 m_serverPort;
    HttpDownloadLimits m_limits;
    HttpDownloadObserver *m_observer = nullptr;
    HttpDownloadStats m_stats;
    Entries m_entries;
    QHash<Key, Entries::iterator> m_index;
    qsizetype m_liveDownloads = 0;
    quint64 m_nextId = 1;
    // The latest capture time seen: a time that steps back never revives a connection.
    qint64 m_nowUs = std::numeric_limits<qint64>::min();
    qint64 m_segmentTimeUs = 0; // the time of the segment being read
};

} // namespace pfs::wire
