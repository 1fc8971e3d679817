// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/firmwarecatalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

// A seeded, discrete-event simulation of a PFS rollout in virtual time: N
// phones on one or more subnets, a TFTP server across a WAN link, phones
// electing a root per model, subnet and file, forming binary trees and
// passing each file down them over the LAN. It writes what a console would
// hear (DLoad traces, PFS broadcasts) and keeps the ground truth to check a
// console against. Same configuration and seed, same output, byte for byte.
//
// Modelled, as the field guide allows: the child-side traces
// (modelledgrammar.h), the broadcast payloads (pfsdatagram.h), the timings,
// and one election per file (PFS works file by file).
namespace pfs::sim {

struct ModelShare {
    QString model;
    double weight = 0;
};

struct Faults {
    int vanish = 0;    // phones that disappear mid-transfer; their children rejoin elsewhere
    int stall = 0;     // transfers that stall; the phone falls back to TFTP
    int keepTftp = 0;  // CSCus67416: PFS on, yet the phone fetches everything from TFTP
    int neverBack = 0; // CSCtg96408: the phone never comes back after its reboot

    int total() const { return vanish + stall + keepTftp + neverBack; }
};

struct Config {
    int phones = 200;
    quint64 seed = 1;
    int phonesPerSubnet = 240;        // one /24 per this many phones
    quint32 firstSubnet = 0x0A140000; // 10.20.0.0
    QList<ModelShare> mix = defaultMix();
    double pfsDisabledShare = 0.01;
    qint64 wanBitsPerSecond = 2'000'000;
    qint64 wanLatencyUs = 40'000;
    qint64 lanBitsPerSecond = 100'000'000;
    qint64 resetSpreadUs = 5'000'000;                 // phones are reset in bulk within this window
    qint64 rebootUs = 30'000'000;                     // from the last component to "UPG done"
    qint64 peerTimeoutUs = 3'000'000;                 // a child notices a lost parent
    qint64 stallTimeoutUs = 8'000'000;                // a stalled transfer is given up
    int progressSteps = 10;                           // progress records per file
    qint64 startTimeOfDayUs = 8LL * 3600 * 1'000'000; // traces' clock at virtual time 0
    qint64 startUtcMs = 1795507200000;                // 2026-11-24T08:00:00Z, for syslog headers
    Faults faults;

    static QList<ModelShare> defaultMix();
};

enum class SyslogFormat : quint8 { Rfc3164, Rfc5424 };

struct SimPhone {
    int index = 0;
    quint32 address = 0;
    QByteArray mac;  // 12 hex digits
    QByteArray host; // "SEP" + mac
    QString model;
    QString load; // .loads file name
    bool pfsEnabled = true;
    bool modelHasPfs = true;
    SyslogFormat syslog = SyslogFormat::Rfc3164;
    enum class Fault : quint8 { None, Vanish, Stall, KeepTftp, NeverBack } fault = Fault::None;
};

// What the simulator knows to be true, to hold a console's view against.
struct GroundTruth {
    struct Tree {
        quint32 xid = 0;
        QString model;
        quint32 subnet = 0;
        QString file;
        quint32 root = 0;
        QHash<quint32, quint32> parentOf; // child address -> parent address
        QList<quint32> members;
    };
    QList<Tree> trees;
    // What arrived of the current attempt: its traces may lag (simulator.cpp, noteBytes).
    QHash<quint32, QHash<QString, qint64>> componentBytes; // phone -> file -> bytes of the current attempt
    qint64 traditionalWanBytes = 0;                        // every phone × its load size
    qint64 actualWanBytes = 0;                             // every byte that crossed the WAN
    qint64 rootWanBytes = 0;                               // the roots' fetches
    qint64 fallbackWanBytes = 0;                           // TFTP bytes of PFS phones that were not roots
    qint64 traditionalPhonesWanBytes = 0;                  // phones without PFS
    int vanished = 0, stalled = 0, keptTftp = 0, neverBack = 0;
    int completedPhones = 0;
};

// One file transfer as it starts: from the TFTP server across the WAN, or
// from a parent phone over TCP 4051.
struct TransferStart {
    int id = 0;                       // unique for the run; the later hooks name the transfer by it
    const SimPhone *phone = nullptr;  // the receiver
    const SimPhone *parent = nullptr; // the sending phone; null: the TFTP server
    QByteArray path;                  // as the records name it ("/dnld/FILE")
    qint64 size = 0;                  // bytes
    quint32 xid = 0;                  // the hierarchy's, 0 for a traditional fetch
};

// Why a transfer's data stopped flowing.
enum class TransferEnd : quint8 {
    Complete,     // every byte arrived
    Stalled,      // the sender stopped sending; the receiver gives up after Config::stallTimeoutUs
    SenderGone,   // the parent vanished; the receiver notices after Config::peerTimeoutUs
    ReceiverGone, // the receiving phone vanished
};

// Where the simulation's output goes; called in time order.
class Sink {
public:
    virtual ~Sink() = default;
    // One DLoad record ("SEV hh:mm:ss.uuuuuu DLoad: …") printed by `phone`.
    virtual void record(qint64 timeUs, const SimPhone &phone, const QByteArray &record) = 0;
    // One UDP 4051 broadcast from `phone` (payload in pfsdatagram.h's layout).
    virtual void broadcast(qint64 timeUs, const SimPhone &phone, const QByteArray &payload) = 0;

    // What the transport does, for a sink that writes the wire (wiretraffic.h);
    // the others ignore it. Called in the same time order as the above, and
    // never changing what they produce.
    //
    // The phone booted and asks the TFTP server for its SEP<MAC>.cnf.xml: at
    // its first boot, and after the reboot that ends its upgrade.
    virtual void configRequested(qint64 /*timeUs*/, const SimPhone & /*phone*/) { }
    // `transfer.phone` and `.parent` point into Simulator::phones().
    virtual void transferStarted(qint64 /*timeUs*/, const TransferStart & /*transfer*/) { }
    // `bytes` of the transfer have arrived by `timeUs` (the fluid model knows
    // them at its progress milestones; in between the pace is even).
    virtual void transferProgress(qint64 /*timeUs*/, int /*transfer*/, qint64 /*bytes*/) { }
    // No more data flows: `bytes` arrived in all. Once per transfer.
    virtual void transferEnded(qint64 /*timeUs*/, int /*transfer*/, qint64 /*bytes*/, TransferEnd /*how*/) { }
    // The receiver gives up on a transfer that stopped (Stalled or
    // SenderGone) and closes its side: once, or never when it vanished first.
    virtual void transferAbandoned(qint64 /*timeUs*/, int /*transfer*/) { }
    // Virtual time reached `timeUs` (the end of Simulator::advanceTo): no
    // hook comes earlier any more. A sink that holds output back until then
    // (wiretraffic.h) lets it go: a step in which nothing flows at its end
    // has no other hook to tell it so.
    virtual void timeReached(qint64 /*timeUs*/) { }
};

class Simulator {
    Q_DECLARE_TR_FUNCTIONS(Simulator)
public:
    explicit Simulator(Config config, FirmwareCatalogue catalogue = FirmwareCatalogue::builtIn());
    ~Simulator();
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    // Runs every event up to and including `untilUs` of virtual time.
    void advanceTo(qint64 untilUs, Sink &sink);
    void runToEnd(Sink &sink);
    bool finished() const;
    qint64 now() const;
    qint64 nextEventTime() const; // -1 when finished

    const QList<SimPhone> &phones() const;
    const GroundTruth &truth() const;
    // The faults that happened (GroundTruth's counts), without the truth's
    // bytes per phone and file that truth() builds: a summary's, at any size.
    Faults faultsMet() const;
    const Config &config() const;

    // Checks a configuration; empty when usable, else why not.
    static QString validate(const Config &config, const FirmwareCatalogue &catalogue);

private:
    void runUntil(qint64 untilUs, Sink &sink);

    struct Impl;
    std::unique_ptr<Impl> d;
};

// RFC 3164 or RFC 5424 line around one record, as a phone would send it.
QByteArray wrapSyslog(SyslogFormat format, const QByteArray &host, qint64 utcMs, const QByteArray &record);

} // namespace pfs::sim
