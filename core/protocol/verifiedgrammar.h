// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Formatters for the VERIFIED DLoad record forms, exactly as the seed's root
// phone prints them (see dloadevent.h for the list). Each returns the body
// after "DLoad: "; modelled::record() adds severity and time. The simulator
// writes its verified lines with these, and a test holds them to the seed.
namespace pfs::verified {

QByteArray listening(int fd, int port);                                 // +++ fd=7 Listening on peer TCP port 4051
QByteArray functionTrace(QByteArrayView file, QByteArrayView function); // ^.idl_child.c-openUDPPort
QByteArray parentState(int parentFd, int fd0, int fd1, bool full);      // |parent=-1><fd[0]=-1 fd[1]=-1 FULL=0
// The same with the parent as written (a descriptor, or a peer's address).
QByteArray parentState(QByteArrayView parent, int fd0, int fd1, bool full);
QByteArray claimRoot(quint32 xid, quint32 map, quint32 strength, bool tentative = true);
// The defaults are what the seed's root prints; the parser keeps other wordings.
QByteArray advertisement(quint32 xid, int number, QByteArrayView claim = "ClaimRoot(tent)");
QByteArray timeout(quint32 xid, QByteArrayView hierarchy = "ClaimRoot(tent)");
QByteArray rootTftpCommand(quint32 xid, QByteArrayView state = "ROOT_WAITING TO");
QByteArray rootConfirmed();
QByteArray hierarchyRoot(quint32 xid, quint32 hash, QByteArrayView model, quint32 root, QByteArrayView path);

inline constexpr QByteArrayView kOpenUdpPort = "openUDPPort";
inline constexpr QByteArrayView kSendBroadcastOffer = "sendBroadcastOffer";
inline constexpr QByteArrayView kDoTimeout = "doTimeout";
inline constexpr QByteArrayView kChildFile = "idl_child.c";
inline constexpr QByteArrayView kProtocolFile = "idl_protocol.c";
inline constexpr QByteArrayView kTimeoutFile = "idl_timeout.c";

} // namespace pfs::verified
