// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/httpdownloads.h"

#include "protocol/digits.h"
#include "protocol/visibletext.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace pfs::wire {
namespace {

// No IPv4 packet carries more: a longer payload is not a real segment.
constexpr qsizetype kMaxPayload = 65535;
// Messages read off one segment at once: far more than a segment of real
// traffic holds, and a bound on what a hostile one costs. The rest is read
// at the connection's next segment.
constexpr int kMaxStepsPerSegment = 1024;
constexpr qint64 kOpenEnded = std::numeric_limits<qint64>::max();

bool isSyn(const TcpSegment &segment)
{
    return segment.has(TcpSegment::Syn) && !segment.has(TcpSegment::Ack);
}

bool isSynAck(const TcpSegment &segment)
{
    return segment.has(TcpSegment::Syn) && segment.has(TcpSegment::Ack);
}

// Only the first `length` bytes are the segment's: anything after is link padding.
QByteArrayView capturedPayload(const TcpSegment &segment)
{
    return segment.payload.first(qMin<qsizetype>(segment.payload.size(), segment.length));
}

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '!' || c == '~' || c == '*' || c == '+' || c == '^' || c == '`' || c == '|' || c == '#'
        || c == '$' || c == '%' || c == '&' || c == '\'';
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

bool sameName(QByteArrayView name, QByteArrayView expected)
{
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

struct RequestLine {
    QByteArrayView method;
    QByteArrayView target;
};

// "METHOD SP target SP HTTP/x.y" (RFC 9112 §3). The target is what lies
// between the first and the last space, spaces and all: a hostile one is
// shown as it came.
std::optional<RequestLine> parseRequestLine(QByteArrayView line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last <= first + 1 || !line.sliced(last + 1).startsWith("HTTP/"))
        return std::nullopt;
    const RequestLine request{line.first(first), line.sliced(first + 1, last - first - 1)};
    if (!isToken(request.method))
        return std::nullopt;
    return request;
}

QByteArray percentDecoded(QByteArrayView text)
{
    QByteArray decoded;
    decoded.reserve(text.size()); // never longer than the text, itself within the header bound
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int high = text[i] == '%' && i + 2 < text.size() ? hexDigitValue(uchar(text[i + 1])) : -1;
        const int low = high >= 0 ? hexDigitValue(uchar(text[i + 2])) : -1;
        if (low >= 0) {
            decoded.append(char(high << 4 | low));
            i += 2;
        } else {
            decoded.append(text[i]); // not an escape: kept as it came
        }
    }
    return decoded;
}

// The path a request target names: a proxy's absolute form loses its
// scheme and authority, any target its query and fragment.
QByteArray pathOf(QByteArrayView target)
{
    const qsizetype scheme = target.indexOf("://");
    if (scheme > 0 && isToken(target.first(scheme))) {
        const qsizetype slash = target.indexOf('/', scheme + 3);
        target = slash < 0 ? QByteArrayView("/") : target.sliced(slash);
    }
    const qsizetype query = target.indexOf('?');
    const qsizetype fragment = target.indexOf('#');
    qsizetype end = target.size();
    if (query >= 0)
        end = query;
    if (fragment >= 0)
        end = qMin(end, fragment);
    return percentDecoded(target.first(end));
}

// "HTTP/x.y SP 3DIGIT [SP reason]"; 0 when the line is no status line.
int parseStatusLine(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    if (!line.startsWith("HTTP/") || space < 0 || line.size() < space + 4)
        return 0;
    if (line.size() > space + 4 && line[space + 4] != ' ')
        return 0;
    const std::optional<qint64> code = decimalNumber(line.sliced(space + 1, 3));
    return code && *code >= 100 ? int(*code) : 0;
}

struct ResponseHeader {
    int status = 0;
    qint64 contentLength = -1;
    bool lengthInvalid = false; // not a number, or two that differ: the body ends at the close
    bool transferEncoding = false;
    bool chunked = false;
};

QByteArrayView withoutCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

void readHeaderField(QByteArrayView line, ResponseHeader &header)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return;
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (sameName(name, "content-length")) {
        const std::optional<qint64> length = decimalNumber(value);
        if (!length || (header.contentLength >= 0 && *length != header.contentLength))
            header.lengthInvalid = true;
        else
            header.contentLength = *length;
    } else if (sameName(name, "transfer-encoding")) {
        // The last coding decides whether the body is chunked (RFC 9112 §6.3).
        header.transferEncoding = true;
        const qsizetype comma = value.lastIndexOf(',');
        header.chunked = sameName(value.sliced(comma + 1).trimmed(), "chunked");
    }
}

ResponseHeader parseResponseHeader(QByteArrayView block)
{
    ResponseHeader header;
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart < block.size()) {
        qsizetype lineEnd = block.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = block.size();
        const QByteArrayView line = withoutCarriageReturn(block.sliced(lineStart, lineEnd - lineStart));
        if (first)
            header.status = parseStatusLine(line);
        else
            readHeaderField(line, header);
        first = false;
        lineStart = lineEnd + 1;
    }
    return header;
}

// Responses that never have a body, whatever their header says (RFC 9112 §6.3).
bool hasNoBody(HttpMethod method, int status)
{
    return method == HttpMethod::Head || status == 204 || status == 304;
}

} // namespace

// --- HttpHeaderReader -------------------------------------------------------

void HttpHeaderReader::restartAt(qint64 offset)
{
    const qint64 assembledEnd = m_start + m_text.size();
    if (m_status != Status::Idle && offset >= m_start && offset <= assembledEnd) {
        m_text.remove(0, offset - m_start); // what followed the last block is the next one's start
    } else {
        m_text.clear();
        m_stoppedBy = Loss::None; // a hole before the new start is no hole of this block
    }
    m_start = offset;
    m_status = Status::Reading;
    m_loss = Loss::None;
    m_blockLength = 0;
    findEnd(0);
    settle();
}

void HttpHeaderReader::stop()
{
    m_status = Status::Idle;
    m_loss = Loss::None;
    m_stoppedBy = Loss::None;
    m_blockLength = 0;
    m_text = QByteArray();
}

void HttpHeaderReader::add(qint64 segmentStart, QByteArrayView captured, qint64 length, qsizetype maxBytes)
{
    if (m_status == Status::Idle || m_status == Status::Lost || m_stoppedBy != Loss::None)
        return;
    const qint64 assembledEnd = m_start + m_text.size();
    if (length <= 0 || segmentStart + length <= assembledEnd)
        return; // nothing new: a retransmission, or no data
    if (segmentStart > assembledEnd) {
        stopAt(Loss::Hole); // the bytes between never came, or not yet: text cannot wait for them
        return;
    }
    const qint64 skip = assembledEnd - segmentStart;
    const qint64 usable = qint64(captured.size()) - skip;
    if (usable > 0) {
        const qsizetype before = m_text.size();
        const qint64 room = qMax<qint64>(0, maxBytes - before);
        m_text.append(captured.sliced(skip, qMin(usable, room)));
        if (m_status == Status::Reading)
            findEnd(qMax<qsizetype>(0, before - 3)); // a blank line may straddle the two segments
        if (usable > room) {
            stopAt(Loss::Overflow);
            return;
        }
    }
    if (captured.size() < length)
        stopAt(Loss::Cut); // the snap length: the rest crossed the wire uncaptured
}

QByteArrayView HttpHeaderReader::firstLine() const
{
    const QByteArrayView text(m_text);
    const qsizetype end = text.indexOf('\n');
    return end < 0 ? QByteArrayView() : withoutCarriageReturn(text.first(end));
}

void HttpHeaderReader::findEnd(qsizetype from)
{
    // Empty lines before a message are skipped (RFC 9112 §2.2): a client
    // may send one after a request.
    qsizetype blank = 0;
    while (blank < m_text.size() && (m_text[blank] == '\r' || m_text[blank] == '\n'))
        ++blank;
    if (blank > 0) {
        m_text.remove(0, blank);
        m_start += blank;
        from = 0;
    }
    // The blank line ends the block: CRLF CRLF, or bare LFs, which RFC 9112
    // lets a reader accept.
    const QByteArrayView text(m_text);
    for (qsizetype lf = text.indexOf('\n', from); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
        qsizetype next = lf + 1;
        if (next < text.size() && text[next] == '\r')
            ++next;
        if (next < text.size() && text[next] == '\n') {
            m_blockLength = next + 1;
            m_status = Status::Complete;
            return;
        }
    }
}

void HttpHeaderReader::stopAt(Loss loss)
{
    m_stoppedBy = loss;
    settle();
}

void HttpHeaderReader::settle()
{
    // A complete block keeps what follows it only as far as it was captured;
    // the next block read from there is lost unless it is whole before it.
    if (m_status == Status::Reading && m_stoppedBy != Loss::None) {
        m_status = Status::Lost;
        m_loss = m_stoppedBy;
    }
}

// --- HttpDownloadTracker -----------------------------------------------------

HttpDownloadTracker::HttpDownloadTracker(quint16 serverPort, const HttpDownloadLimits &limits)
    : m_serverPort(serverPort)
    , m_limits(limits)
{
    m_limits.maxConnections = qMax<qsizetype>(1, m_limits.maxConnections);
    m_limits.idleTimeoutUs = qMax<qint64>(0, m_limits.idleTimeoutUs);
    m_limits.closedLingerUs = qBound<qint64>(0, m_limits.closedLingerUs, m_limits.idleTimeoutUs);
    m_limits.maxHeaderBytes = qMax<qsizetype>(64, m_limits.maxHeaderBytes);
}

bool HttpDownloadTracker::feed(const TcpSegment &segment)
{
    ++m_stats.segments;
    expire(segment.timeUs);
    const bool fromServerPort = segment.source.port == m_serverPort;
    const bool toServerPort = segment.destination.port == m_serverPort;
    if (!fromServerPort && !toServerPort)
        return false;
    ++m_stats.httpSegments;
    if (fromServerPort && toServerPort) {
        ++m_stats.untracked; // no way to tell the server
        return true;
    }
    if (segment.length < 0 || segment.length > kMaxPayload) {
        ++m_stats.malformed;
        return true;
    }
    m_segmentTimeUs = segment.timeUs;
    track(segment, fromServerPort);
    return true;
}

void HttpDownloadTracker::expire(qint64 nowUs)
{
    m_nowUs = qMax(m_nowUs, nowUs);
    // The list is in order of activity: the first entry not yet idle ends
    // the scan. Capture times that step back can delay an expiry, never
    // hasten one.
    while (!m_entries.empty()) {
        const Entries::iterator oldest = m_entries.begin();
        const qint64 timeout = oldest->kind == Entry::Kind::Closed ? m_limits.closedLingerUs : m_limits.idleTimeoutUs;
        qint64 idle = 0;
        if (!qSubOverflow(m_nowUs, oldest->touchedUs, &idle) && idle <= timeout)
            break;
        if (oldest->downloadLive)
            finish(*oldest, HttpDownload::State::Abandoned);
        remove(oldest);
    }
}

QList<HttpDownload> HttpDownloadTracker::liveDownloads() const
{
    QList<HttpDownload> downloads;
    downloads.reserve(m_liveDownloads);
    for (const Entry &entry : m_entries) {
        if (entry.downloadLive)
            downloads.append(entry.download);
    }
    return downloads;
}

void HttpDownloadTracker::track(const TcpSegment &segment, bool fromServer)
{
    const Endpoint &client = fromServer ? segment.destination : segment.source;
    const Endpoint &server = fromServer ? segment.source : segment.destination;
    const Key key{client.address, server.address, client.port};
    const auto found = m_index.constFind(key);
    const Entries::iterator it = found == m_index.cend() ? m_entries.end() : *found;
    if (isNewConnection(it == m_entries.end() ? nullptr : &*it, segment, fromServer)) {
        if (it != m_entries.end()) {
            // A new ISN on the same ports: what they carried ended unseen.
            if (it->downloadLive)
                finish(*it, HttpDownload::State::Abandoned);
            remove(it);
        }
        open(key, segment);
        return;
    }
    if (it == m_entries.end()) {
        joinLate(key, segment);
        return;
    }
    switch (it->kind) {
    case Entry::Kind::Closed: ++m_stats.afterClose; return; // not touched: stragglers never keep it
    case Entry::Kind::JoinedLate:
        ++m_stats.untracked;
        if (segment.has(TcpSegment::Rst))
            remove(it);
        else
            touch(it);
        return;
    case Entry::Kind::Followed: break;
    }
    touch(it);
    if (fromServer)
        fromServerSide(it, segment);
    else
        fromClientSide(it, segment);
}

bool HttpDownloadTracker::isNewConnection(const Entry *entry, const TcpSegment &segment, bool fromServer) const
{
    if (fromServer || !isSyn(segment))
        return false;
    // The same ISN again is the SYN retransmitted.
    return entry == nullptr || entry->kind == Entry::Kind::JoinedLate || entry->clientIsn != segment.sequence;
}

void HttpDownloadTracker::open(const Key &key, const TcpSegment &segment)
{
    makeRoom();
    Entry entry;
    entry.key = key;
    entry.clientIsn = segment.sequence;
    entry.client.start(segment.sequence + 1);
    entry.request.restartAt(0);
    entry.response.restartAt(0);
    entry.download.client = segment.source;
    entry.download.server = segment.destination;
    entry.download.clientMac = segment.sourceMac;
    entry.touchedUs = m_nowUs;
    m_entries.push_back(std::move(entry));
    m_index.insert(key, std::prev(m_entries.end()));
    ++m_stats.connections;
}

void HttpDownloadTracker::joinLate(const Key &key, const TcpSegment &segment)
{
    ++m_stats.untracked;
    // A reset ends it, a handshake against the roles belongs to no connection.
    if (segment.has(TcpSegment::Rst) || segment.has(TcpSegment::Syn))
        return;
    makeRoom();
    Entry entry;
    entry.key = key;
    entry.kind = Entry::Kind::JoinedLate;
    entry.touchedUs = m_nowUs;
    m_entries.push_back(std::move(entry));
    m_index.insert(key, std::prev(m_entries.end()));
    ++m_stats.joinedLate;
}

void HttpDownloadTracker::fromClientSide(Entries::iterator it, const TcpSegment &segment)
{
    Entry &entry = *it;
    if (segment.has(TcpSegment::Rst)) {
        reset(it);
        return;
    }
    if (segment.has(TcpSegment::Syn)) {
        m_stats.untracked += isSynAck(segment) ? 1 : 0; // a SYN-ACK from the client is against the roles
        return;                                         // else the SYN retransmitted
    }
    if (segment.has(TcpSegment::Ack))
        entry.server.start(segment.acknowledgement); // unless the SYN-ACK started it: the response's first byte
    const TcpSequenceSpace::Received received = entry.client.receive(segment.sequence, segment.length);
    if (received.outOfWindow) {
        ++m_stats.outOfWindow;
        return;
    }
    if (!entry.clientLost) {
        const bool wasComplete = entry.request.status() == HttpHeaderReader::Status::Complete;
        entry.request.add(received.start, capturedPayload(segment), segment.length, m_limits.maxHeaderBytes);
        if (!wasComplete && entry.request.status() == HttpHeaderReader::Status::Complete
            && segment.has(TcpSegment::Ack))
            endBodyAtClientAck(entry, segment.acknowledgement);
    }
    advance(entry, nullptr);
    if (segment.has(TcpSegment::Fin))
        entry.clientFin = true;
    if (entry.clientFin && entry.serverFin)
        close(it);
}

void HttpDownloadTracker::fromServerSide(Entries::iterator it, const TcpSegment &segment)
{
    Entry &entry = *it;
    if (segment.has(TcpSegment::Rst)) {
        reset(it);
        return;
    }
    if (isSyn(segment)) {
        ++m_stats.untracked; // the server does not open connections
        return;
    }
    if (isSynAck(segment)) {
        entry.server.start(segment.sequence + 1);
        return;
    }
    entry.server.start(segment.sequence); // unless started: the handshake went on unseen
    const TcpSequenceSpace::Received received = entry.server.receive(segment.sequence, segment.length);
    if (received.outOfWindow) {
        ++m_stats.outOfWindow;
        return;
    }
    m_stats.retransmittedBytes += received.retransmitted;
    if (entry.downloadLive && entry.phase == ServerPhase::Body)
        entry.download.retransmittedBytes += qint64(received.retransmitted);
    const Piece piece{received.start, capturedPayload(segment), segment.length};
    advance(entry, &piece);
    if (segment.has(TcpSegment::Fin) && !entry.serverFin) {
        entry.serverFin = true;
        serverClosed(entry, received.end);
    }
    if (entry.clientFin && entry.serverFin)
        close(it);
}

void HttpDownloadTracker::reset(Entries::iterator it)
{
    if (it->downloadLive)
        finish(*it, HttpDownload::State::Abandoned);
    close(it);
}

// Reads as far as the connection's text and sequence numbers allow: the
// next request once the previous response is over, its response's header,
// its body's bytes, and again when the body ended inside this segment.
void HttpDownloadTracker::advance(Entry &entry, const Piece *serverPiece)
{
    for (int step = 0; step < kMaxStepsPerSegment; ++step) {
        bool moved = startNextRequest(entry);
        moved = readResponse(entry, serverPiece) || moved;
        moved = countBody(entry) || moved;
        if (!moved)
            return;
    }
}

bool HttpDownloadTracker::startNextRequest(Entry &entry)
{
    if (entry.downloadLive || entry.phase == ServerPhase::Body || entry.clientLost)
        return false;
    HttpHeaderReader &request = entry.request;
    const bool followed = entry.phase == ServerPhase::Header && !entry.serverFin;
    switch (request.status()) {
    case HttpHeaderReader::Status::Complete:
        if (!followed)
            ++m_stats.requestsNotFollowed; // the connection lost its place: its answer cannot be found
        else if (!openDownload(entry, request.firstLine()))
            return true;
        request.restartAt(request.blockEnd());
        return true;
    case HttpHeaderReader::Status::Lost:
        // Its first line may still name the file; where the next request
        // starts is unknown either way.
        entry.clientLost = true;
        if (request.loss() == HttpHeaderReader::Loss::Overflow)
            ++m_stats.headerOverflows;
        if (!followed)
            ++m_stats.requestsNotFollowed;
        else if (request.firstLine().isEmpty())
            loseConnection(entry, &m_stats.requestsUnreadable);
        else
            openDownload(entry, request.firstLine());
        request.stop();
        return true;
    default: return false;
    }
}

bool HttpDownloadTracker::openDownload(Entry &entry, QByteArrayView requestLine)
{
    const std::optional<RequestLine> request = parseRequestLine(requestLine);
    if (!request) {
        loseConnection(entry, &m_stats.requestsUnreadable);
        return false;
    }
    const bool get = request->method == QByteArrayView("GET");
    if (!get && request->method != QByteArrayView("HEAD")) {
        // Its body, if any, would hide where the next request starts.
        loseConnection(entry, &m_stats.otherMethods);
        return false;
    }
    const QByteArray path = pathOf(request->target);
    HttpDownload &download = entry.download;
    const HttpDownload previous = download;
    download = HttpDownload{};
    download.id = m_nextId++;
    download.client = previous.client;
    download.server = previous.server;
    download.clientMac = previous.clientMac;
    download.requestIndex = ++entry.requests;
    download.method = get ? HttpMethod::Get : HttpMethod::Head;
    download.fileName = bareFileName(path);
    download.path = visibleText(path);
    download.startUs = download.lastUs = m_segmentTimeUs;
    entry.downloadLive = true;
    ++m_liveDownloads;
    ++m_stats.downloads;
    report(HttpDownloadEvent::Requested, entry);
    return true;
}

void HttpDownloadTracker::loseConnection(Entry &entry, quint64 *counter)
{
    ++*counter;
    entry.clientLost = true;
    entry.request.stop();
    entry.phase = ServerPhase::Lost;
    entry.response.stop();
}

bool HttpDownloadTracker::readResponse(Entry &entry, const Piece *serverPiece)
{
    if (entry.phase != ServerPhase::Header)
        return false;
    HttpHeaderReader &response = entry.response;
    if (serverPiece)
        response.add(serverPiece->start, serverPiece->captured, serverPiece->length, m_limits.maxHeaderBytes);
    switch (response.status()) {
    case HttpHeaderReader::Status::Complete:
        if (!entry.downloadLive)
            return false; // its request not read yet
        applyResponseHeader(entry);
        return true;
    case HttpHeaderReader::Status::Lost:
        if (entry.downloadLive) {
            loseResponse(entry);
        } else {
            // A response to no request read: nothing after it can be placed.
            loseConnection(entry, &m_stats.responsesUnreadable);
            m_stats.headerOverflows += response.loss() == HttpHeaderReader::Loss::Overflow ? 1 : 0;
        }
        return true;
    default: return false;
    }
}

void HttpDownloadTracker::applyResponseHeader(Entry &entry)
{
    HttpHeaderReader &response = entry.response;
    const ResponseHeader header = parseResponseHeader(response.block());
    if (header.status == 0) {
        loseResponse(entry); // not HTTP: counted from its start, as if not captured
        return;
    }
    if (header.status < 200) {
        // An interim response (100 Continue): the final one follows.
        response.restartAt(response.blockEnd());
        return;
    }
    HttpDownload &download = entry.download;
    download.statusCode = header.status;
    download.chunked = header.chunked;
    download.contentLength = header.transferEncoding || header.lengthInvalid ? -1 : header.contentLength;
    entry.phase = ServerPhase::Body;
    entry.bodyStart = response.blockEnd();
    if (hasNoBody(download.method, header.status))
        entry.bodyEnd = entry.bodyStart;
    else if (download.contentLength >= 0)
        entry.bodyEnd = entry.bodyStart + download.contentLength;
    else
        entry.bodyEnd = kOpenEnded; // ends at the server's close, or at the client's next request
    response.stop();
    respond(entry);
}

void HttpDownloadTracker::loseResponse(Entry &entry)
{
    HttpHeaderReader &response = entry.response;
    ++m_stats.responsesUnreadable;
    m_stats.headerOverflows += response.loss() == HttpHeaderReader::Loss::Overflow ? 1 : 0;
    HttpDownload &download = entry.download;
    download.headerLost = true;
    download.statusCode = parseStatusLine(response.firstLine());
    entry.phase = ServerPhase::Body;
    entry.bodyStart = response.start();
    entry.bodyEnd = kOpenEnded;
    response.stop();
    if (download.statusCode != 0) {
        respond(entry);
    } else {
        download.state = HttpDownload::State::Receiving;
    }
}

void HttpDownloadTracker::respond(Entry &entry)
{
    HttpDownload &download = entry.download;
    download.state = HttpDownload::State::Receiving;
    report(HttpDownloadEvent::Response, entry);
    if (download.statusCode >= 400)
        finish(entry, HttpDownload::State::Failed); // the connection still skips its error page
}

bool HttpDownloadTracker::countBody(Entry &entry)
{
    if (entry.phase != ServerPhase::Body)
        return false;
    const qint64 highest = entry.server.highestEnd();
    if (entry.downloadLive) {
        const qint64 bytes = qMin(highest, entry.bodyEnd) - entry.bodyStart;
        if (bytes > entry.download.bodyBytes) {
            entry.download.bodyBytes = bytes;
            report(HttpDownloadEvent::Progress, entry);
        }
    }
    if (entry.bodyEnd == kOpenEnded || highest < entry.bodyEnd)
        return false;
    if (entry.downloadLive)
        finish(entry, HttpDownload::State::Complete);
    entry.phase = ServerPhase::Header;
    entry.response.restartAt(entry.bodyEnd);
    return true;
}

void HttpDownloadTracker::endBodyAtClientAck(Entry &entry, quint32 acknowledgement)
{
    // A client sends its next request only once it read the whole
    // response: a body without a length ended where it acknowledges.
    if (entry.phase != ServerPhase::Body || entry.bodyEnd != kOpenEnded)
        return;
    const qint64 highest = entry.server.highestEnd();
    const qint64 acknowledged = entry.server.offsetOf(highest, acknowledgement);
    if (acknowledged >= entry.bodyStart && acknowledged <= highest)
        entry.bodyEnd = acknowledged;
}

void HttpDownloadTracker::serverClosed(Entry &entry, qint64 finOffset)
{
    if (entry.downloadLive) {
        if (entry.phase == ServerPhase::Body && entry.bodyEnd == kOpenEnded) {
            // The close ends a body without a length: its bytes are all counted.
            entry.bodyEnd = qMax(finOffset, entry.bodyStart);
            countBody(entry);
        } else {
            finish(entry, HttpDownload::State::Abandoned); // closed before the status, or before the length
        }
    }
    // Nothing more comes from the server: later requests are not followed.
    entry.phase = ServerPhase::Lost;
    entry.response.stop();
}

void HttpDownloadTracker::report(HttpDownloadEvent event, const Entry &entry)
{
    if (m_observer)
        m_observer->downloadChanged(event, entry.download);
}

void HttpDownloadTracker::finish(Entry &entry, HttpDownload::State state)
{
    entry.download.state = state;
    entry.downloadLive = false;
    --m_liveDownloads;
    switch (state) {
    case HttpDownload::State::Complete:
        ++m_stats.completed;
        report(HttpDownloadEvent::Completed, entry);
        break;
    case HttpDownload::State::Failed:
        ++m_stats.failed;
        report(HttpDownloadEvent::Failed, entry);
        break;
    default:
        ++m_stats.abandoned;
        report(HttpDownloadEvent::Abandoned, entry);
        break;
    }
}

void HttpDownloadTracker::close(Entries::iterator it)
{
    Entry &entry = *it;
    if (entry.downloadLive)
        finish(entry, HttpDownload::State::Abandoned);
    // A tombstone keeps only what tells its stragglers from a new connection.
    entry.kind = Entry::Kind::Closed;
    entry.request.stop();
    entry.response.stop();
    entry.download = HttpDownload{};
    touch(it);
}

void HttpDownloadTracker::touch(Entries::iterator it)
{
    it->touchedUs = m_nowUs;
    if (it->downloadLive)
        it->download.lastUs = qMax(it->download.lastUs, m_segmentTimeUs);
    m_entries.splice(m_entries.end(), m_entries, it);
}

void HttpDownloadTracker::remove(Entries::iterator it)
{
    m_index.remove(it->key);
    m_entries.erase(it);
}

void HttpDownloadTracker::makeRoom()
{
    while (m_index.size() >= m_limits.maxConnections && !m_entries.empty()) {
        const Entries::iterator oldest = m_entries.begin();
        if (oldest->kind != Entry::Kind::Closed)
            ++m_stats.evictedConnections;
        if (oldest->downloadLive) {
            ++m_stats.evicted;
            finish(*oldest, HttpDownload::State::Abandoned);
        }
        remove(oldest);
    }
}

} // namespace pfs::wire
