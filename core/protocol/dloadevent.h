// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// One DLoad trace record turned into a typed event. The views point into the
// record text the parser was given: an event is valid only while that text is.
namespace pfs {

// Which grammar a record was understood by. Verified records appear in the
// seed document (a real root phone's console log); modelled ones are this
// project's own vocabulary for what the seed does not show (modelledgrammar.h).
enum class Grammar : quint8 { Verified, Modelled, Unknown };

enum class Severity : quint8 { Debug, Info, Notice, Warning, Error, Critical, Unknown };

enum class EventKind : quint8 {
    // Verified: every record form of the seed's excerpt.
    PeerListening,   // +++ fd=7 Listening on peer TCP port 4051
    UdpPortOpened,   // ^.idl_child.c-openUDPPort
    ParentState,     // |parent=-1><fd[0]=-1 fd[1]=-1 FULL=0
    BroadcastOffer,  // ^.idl_protocol.c-sendBroadcastOffer
    TimeoutHandler,  // ^.idl_timeout.c-doTimeout
    FunctionTrace,   // ^.file.c-function (any other)
    ClaimRoot,       // XID… TxBdcst ClaimRoot(tent): map=… strength=…
    Advertisement,   // XID… TxBdcst Ad N: ClaimRoot(tent)
    Timeout,         // Timeout XID… hier=ClaimRoot(tent)
    RootTftpCommand, // XID… Root sending TFTP XfrCmd on ROOT_WAITING TO
    RootConfirmed,   // UT:Confirmed root bumping strength
    HierarchyRoot,   // @@@HROOT:XID… H=… m=MODEL ROOT=IP /path/FILE
    // Modelled: child side and upgrade bracket (see modelledgrammar.h).
    UpgradeStart,     // UPG start self=IP m=MODEL load=/path pfs=on|off [mac=…]
    UpgradeDone,      // UPG done self=IP
    JoinedParent,     // XID… Joined parent=IP self=IP
    TransferStart,    // [XID…] Rx start /path size=N src=TFTP|IP self=IP
    TransferProgress, // [XID…] Rx progress /path bytes=N self=IP
    TransferDone,     // [XID…] Rx done /path bytes=N self=IP
    TransferFailed,   // [XID…] Rx failed /path bytes=N reason=WORD self=IP
    TftpFallback,     // [XID…] Fallback TFTP /path reason=WORD self=IP
    Unknown,          // kept raw, counted, shown
};

constexpr int kEventKindCount = int(EventKind::Unknown) + 1;

struct DLoadEvent {
    EventKind kind = EventKind::Unknown;
    Grammar grammar = Grammar::Unknown;
    Severity severity = Severity::Unknown;
    bool severityRepaired = false; // e.g. "NF" cut from "INF" by a PDF copy
    bool hasXid = false;
    bool tentative = false;  // ClaimRoot(tent)
    bool full = false;       // FULL=1
    bool fromTftp = false;   // transfer source is the TFTP server (else `peer`)
    qint64 timeOfDayUs = -1; // microseconds since midnight; -1 when absent
    quint32 xid = 0;
    quint32 map = 0;
    quint32 strength = 0;
    quint32 hierarchyHash = 0;   // H= of @@@HROOT
    quint32 address = 0;         // ROOT= / self= (host order); 0 when absent
    quint32 peer = 0;            // parent= / src= peer address (host order)
    int fd = -1;                 // +++ fd=
    int port = 0;                // Listening on peer TCP port
    int parentFd = -1;           // |parent=
    int childFd[2] = {-1, -1};   // fd[0]= fd[1]=
    int adNumber = 0;            // TxBdcst Ad N
    qint64 bytes = -1;           // bytes= (progress, done, failed)
    qint64 size = -1;            // size= (start)
    bool pfsEnabled = true;      // UPG start pfs=
    QByteArrayView severityText; // as written, e.g. "NF"
    QByteArrayView body;         // everything after "DLoad: "
    QByteArrayView model;        // m=
    QByteArrayView path;         // file path (HROOT, Rx, Fallback, UPG load=)
    QByteArrayView state;        // hier=, XfrCmd "on …", Ad "…", parent= raw
    QByteArrayView reason;       // reason=
    QByteArrayView mac;          // mac=
    QByteArrayView sourceFile;   // ^.idl_child.c
    QByteArrayView function;     // openUDPPort
};

// "XID080027F8", as the traces write it.
inline QString xidText(quint32 xid)
{
    return QStringLiteral("XID") + QStringLiteral("%1").arg(xid, 8, 16, QLatin1Char('0')).toUpper();
}

// Human names, for the UI and the headless summary.
class EventNames {
    Q_DECLARE_TR_FUNCTIONS(EventNames)
public:
    static QString grammar(Grammar grammar);
    static QString severity(Severity severity);
    static QByteArrayView severityCode(Severity severity); // "DBG", "INF", …
};

} // namespace pfs
