// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The project's MODELLED DLoad vocabulary: the one place it is defined.
//
// The seed document shows only a root phone's console log. What a child phone
// prints when it joins a parent or receives a file, and how a phone brackets
// its upgrade, is not public. pfsmon needs those records for its simulator and
// for phones whose logs a field team can make say more, so it defines them
// here, in the style of the verified lines (severity, time, "DLoad:", XID…).
// The parser marks every event built from these forms Grammar::Modelled.
//
//   NOT t DLoad: UPG start self=IP m=MODEL load=/dnld/LOAD.loads pfs=on|off [mac=HEX12]
//   NOT t DLoad: UPG done self=IP
//   INF t DLoad: XIDxxxxxxxx Joined parent=IP self=IP
//   INF t DLoad: [XIDxxxxxxxx ]Rx start /dnld/FILE size=N src=TFTP|IP self=IP
//   DBG t DLoad: [XIDxxxxxxxx ]Rx progress /dnld/FILE bytes=N self=IP
//   INF t DLoad: [XIDxxxxxxxx ]Rx done /dnld/FILE bytes=N self=IP
//   ERR t DLoad: [XIDxxxxxxxx ]Rx failed /dnld/FILE bytes=N reason=WORD self=IP
//   WRN t DLoad: [XIDxxxxxxxx ]Fallback TFTP /dnld/FILE reason=WORD self=IP
//
// Every modelled record names the phone itself (self=IP), because a console
// log or a relayed syslog line may not say which phone it came from. Records
// without an XID belong to phones that upgrade the traditional way (PFS off or
// unsupported model). One XID is one distributed FILE (PFS works file by file,
// so each file has its own election and tree); the root's verified
// "@@@HROOT" record names that file.
namespace pfs::modelled {

inline constexpr QByteArrayView kUpgrade = "UPG ";
inline constexpr QByteArrayView kStart = "start ";
inline constexpr QByteArrayView kDone = "done ";
inline constexpr QByteArrayView kJoined = "Joined ";
inline constexpr QByteArrayView kReceive = "Rx ";
inline constexpr QByteArrayView kProgress = "progress ";
inline constexpr QByteArrayView kFailed = "failed ";
inline constexpr QByteArrayView kFallback = "Fallback TFTP ";
inline constexpr QByteArrayView kTftpSource = "TFTP";

// "hh:mm:ss.uuuuuu" for microseconds since midnight (wraps at 24 h).
QByteArray formatTime(qint64 microsecondsOfDay);
QByteArray formatAddress(quint32 address);
QByteArray formatXid(quint32 xid); // "XID080027F8"

// Each returns the record text after "DLoad: " (the body). Use record() to
// add the severity and time. xid == 0 means "no hierarchy" (traditional).
QByteArray upgradeStart(quint32 self, QByteArrayView model, QByteArrayView loadPath, bool pfs, QByteArrayView mac = {});
QByteArray upgradeDone(quint32 self);
QByteArray joined(quint32 xid, quint32 parent, quint32 self);
QByteArray transferStart(quint32 xid, QByteArrayView path, qint64 size, quint32 source, quint32 self);
QByteArray transferProgress(quint32 xid, QByteArrayView path, qint64 bytes, quint32 self);
QByteArray transferDone(quint32 xid, QByteArrayView path, qint64 bytes, quint32 self);
QByteArray transferFailed(quint32 xid, QByteArrayView path, qint64 bytes, QByteArrayView reason, quint32 self);
QByteArray tftpFallback(quint32 xid, QByteArrayView path, QByteArrayView reason, quint32 self);

// "SEV hh:mm:ss.uuuuuu DLoad: body"; severity is a code such as "INF".
QByteArray record(QByteArrayView severity, qint64 microsecondsOfDay, QByteArrayView body);

// Source address meaning "the TFTP server" in transferStart.
inline constexpr quint32 kTftp = 0;

} // namespace pfs::modelled
