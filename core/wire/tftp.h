// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "wire/packet.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <limits>
#include <list>
#include <optional>

// TFTP as a passive observer sees it: the packets (RFC 1350, options RFC 2347,
// blksize RFC 2348, tsize and timeout RFC 2349, windowsize RFC 7440) and the
// transfers they make. This is the phones' WAN download of firmware (UDP 69)
// and of their SEP<MAC>.cnf.xml. Everything here is read from untrusted
// captures: every length is checked, every table bounded, and what does not
// fit is counted, never guessed at.
namespace pfs::wire {

enum class TftpOpcode : quint16 { ReadRequest = 1, WriteRequest = 2, Data = 3, Ack = 4, Error = 5, OptionAck = 6 };

struct TftpOption {
    QByteArray name; // lower-cased: option names are case-insensitive (RFC 2347)
    QByteArray value;
};

struct TftpPacket {
    static constexpr qsizetype kHeaderSize = 4;        // opcode, then block number or error code
    static constexpr qsizetype kMaxText = 512;         // a request fits in 512 bytes (RFC 2347)
    static constexpr qsizetype kMaxOptions = 16;       // kept; the rest counted in optionsDropped
    static constexpr qsizetype kMaxUdpPayload = 65507; // IPv4: 65535 - IP header - UDP header

    TftpOpcode opcode = TftpOpcode::Data;
    QByteArray fileName;       // RRQ/WRQ: the path as sent (raw bytes; show through visibleText)
    QByteArray mode;           // RRQ/WRQ: lower-cased ("octet", "netascii")
    QList<TftpOption> options; // RRQ/WRQ/OACK, in their order
    int optionsDropped = 0;    // options past kMaxOptions, or cut off by the snap length
    quint16 block = 0;         // DATA/ACK: the 16-bit block number
    qsizetype dataLength = 0;  // DATA: bytes of data that crossed the wire (original length - 4)
    quint16 errorCode = 0;     // ERROR
    QByteArray errorMessage;   // ERROR: raw bytes, at most kMaxText

    // Decodes one UDP payload: `captured` is what the capture kept,
    // `originalLength` the payload's length on the wire. nullopt for a
    // malformed packet (unknown opcode, header cut short, a string without
    // its NUL, a string over kMaxText). A capture cut by its snap length
    // still gives DATA's full length, an ERROR with its message cut, and a
    // request or OACK with the options it kept (the cut one counted dropped).
    static std::optional<TftpPacket> parse(QByteArrayView captured, qsizetype originalLength);

    bool isRequest() const { return opcode == TftpOpcode::ReadRequest || opcode == TftpOpcode::WriteRequest; }
    // The option's value as a decimal number; nullopt when absent or not a
    // number of at most 18 digits. The first occurrence wins.
    std::optional<qint64> numericOption(QByteArrayView name) const;
};

enum class TftpEvent { Requested, Progress, Completed, Failed, Abandoned };

struct TftpTransfer {
    enum class State { Requested, Transferring, Complete, Failed, Abandoned };

    static constexpr int kDefaultBlockSize = 512;

    Endpoint client;
    Endpoint server;          // the port is the server's transfer ID once bound, the request's port before
    bool serverBound = false; // the server has answered from its transfer ID
    bool write = false;       // a WRQ: the data flows from the client to the server
    quint64 clientMac = 0;    // the request's Ethernet source, 0 when the capture has none
    quint64 configMac = 0;    // the MAC a SEP<MAC>.cnf.xml request names, 0 for any other file
    QString fileName;         // bare and visible, as the model keys components
    QString path;             // the whole path as requested, made visible
    qint64 startUs = 0;       // capture time of the request
    qint64 lastUs = 0;        // capture time of the latest packet
    qint64 bytes = 0;         // data bytes of distinct blocks, the capture's gaps included at the block size
    qint64 tsize = -1;        // the file's size as stated (OACK, or a WRQ's own tsize); -1 unknown
    qint64 blocks = 0;        // the highest block reached (64-bit: rollovers extended)
    int blockSize = kDefaultBlockSize;
    int windowSize = 1;
    State state = State::Requested;
    quint16 errorCode = 0;          // Failed: the ERROR's code
    QString errorText;              // Failed: the ERROR's message, made visible
    qint64 retransmittedBlocks = 0; // DATA packets that carried a block already counted
    qint64 lostBlocks = 0;          // blocks the capture missed: skipped over, counted at the block size
};

// Told of every transfer's life. Called from inside TftpTracker::feed() and
// expire(); it must not call them back. The transfer is only valid during
// the call.
class TftpObserver {
public:
    virtual ~TftpObserver() = default;
    virtual void transferChanged(TftpEvent event, const TftpTransfer &transfer) = 0;
};

struct TftpStats {
    qint64 packets = 0;           // every packet fed
    qint64 tftpPackets = 0;       // consumed as TFTP
    qint64 malformed = 0;         // on the server port or of a transfer, and not TFTP
    qint64 unknownTransferId = 0; // a transfer's peer, from or to another port than its transfer ID
    qint64 unexpected = 0;        // valid TFTP that fits nowhere: DATA the wrong way, a block before the first…
    qint64 afterEnd = 0;          // of a finished transfer (the final ACK, a late retransmission)
    qint64 transfers = 0;         // requests that opened a transfer
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 abandoned = 0; // idle, evicted or replaced by a new request on the same port
    qint64 evicted = 0;   // of those, pushed out by the bound on live transfers
    qint64 retransmittedBlocks = 0;
    qint64 lostBlocks = 0;
    qint64 optionsDropped = 0;
};

struct TftpTrackerSettings {
    static constexpr qsizetype kMaxTransfers = 16384;

    quint16 serverPort = 69;
    qint64 idleUs = 120'000'000;            // capture time without a packet before a transfer is abandoned
    qint64 lingerUs = 10'000'000;           // a finished transfer still claims its trailing packets (at most idleUs)
    qsizetype maxTransfers = kMaxTransfers; // live and lingering transfers together (at least 1)
};

// Follows transfers from their request to their end. Memory is bounded by
// maxTransfers, never by the capture's length: a finished transfer is
// reported, then kept only as a small tombstone for lingerUs (so its final
// ACK is recognised) and dropped. No heap allocation per DATA packet.
// Time is the capture's (packet times, never the wall clock).
class TftpTracker {
public:
    explicit TftpTracker(TftpTrackerSettings settings = {});

    void setObserver(TftpObserver *observer) { m_observer = observer; } // not owned; may be null

    // Whether the packet was TFTP: a request to the server port, or a packet
    // of a transfer the tracker follows. First abandons idle transfers.
    bool feed(const UdpPacket &packet);
    // Abandons the transfers idle at `nowUs` (capture time), and forgets
    // tombstones past their linger time.
    void expire(qint64 nowUs);

    const TftpStats &stats() const { return m_stats; }
    const TftpTrackerSettings &settings() const { return m_settings; }
    qsizetype liveTransfers() const { return m_live; }            // Requested or Transferring
    qsizetype trackedTransfers() const { return m_index.size(); } // live and tombstones
    QList<TftpTransfer> transfersInProgress() const;              // the live ones, least recently active first

    // SEP + 12 hex digits + .cnf.xml (or .cnf.xml.sgn), case-insensitive:
    // the phone's configuration file, whose request says the phone came (back).
    static std::optional<quint64> configFileMac(QStringView fileName);

private:
    // A transfer is named by its client's address and port and the server's
    // address: the server's port (its transfer ID) is learnt from its reply.
    using Key = ClientServerKey;

    struct Entry {
        Key key;
        TftpTransfer transfer;
        quint64 nextBlock = 1;   // the ordinal of the next new block (blocks count from 1)
        bool wrapsToOne = false; // block numbers roll over 65535 -> 1 (decided at the first rollover)
        bool finished = false;   // reported: a tombstone claiming trailing packets
    };
    using Entries = std::list<Entry>; // least recently active first
    enum class Direction { FromServer, FromClient };
    struct Match {
        Entries::iterator it;
        Direction direction;
    };

    bool feedToServerPort(const UdpPacket &packet);
    bool feedTransferPacket(const UdpPacket &packet);
    std::optional<Match> match(const UdpPacket &packet) const;
    void feedMatched(Match match, const UdpPacket &packet, const std::optional<TftpPacket> &parsed);
    void handleRequest(const UdpPacket &packet, const TftpPacket &request);
    void openTransfer(const Key &key, const UdpPacket &packet, const TftpPacket &request);
    void handle(Entries::iterator it, const TftpPacket &packet);
    void handleOptionAck(Entries::iterator it, const TftpPacket &packet);
    void handleData(Entries::iterator it, const TftpPacket &packet);
    void handleError(Entries::iterator it, const TftpPacket &packet);
    void addNewBlock(Entries::iterator it, quint64 ordinal, qsizetype length);

    void touch(Entries::iterator it, qint64 timeUs);
    void report(TftpEvent event, const TftpTransfer &transfer);
    void finish(Entries::iterator it, TftpTransfer::State state, TftpEvent event);
    void abandon(Entries::iterator it);
    void remove(Entries::iterator it);
    void makeRoom();
    qint64 timeoutOf(const Entry &entry) const;

    TftpTrackerSettings m_settings;
    TftpObserver *m_observer = nullptr;
    TftpStats m_stats;
    Entries m_entries;
    QHash<Key, Entries::iterator> m_index;
    qsizetype m_live = 0;
    // The latest capture time seen: a time that steps back never revives a transfer.
    qint64 m_nowUs = std::numeric_limits<qint64>::min();
};

} // namespace pfs::wire
