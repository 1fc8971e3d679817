// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// What the phones' traffic and logs carry, one definition each.
namespace pfs::wire {

// Every DLoad record holds this tag (the seed document's lines).
inline constexpr QByteArrayView kDLoadTag = "DLoad:";
// The same tag once a syslog relay took it for the APP-NAME.
inline constexpr QByteArrayView kDLoadApp = "DLoad";
// A UTF-8 byte order mark: RFC 5424 lets a MSG start with one; so do files.
inline constexpr QByteArrayView kUtf8Bom = "\xef\xbb\xbf";

// PFS: the UDP broadcasts that form the hierarchy and the TCP transfers
// between phones, both on this port.
inline constexpr quint16 kPfsPort = 4051;
// The phones' default syslog destination port (pfs-field-guide.md): pfsmon
// listens there unless told otherwise, in the window as on the command line.
inline constexpr quint16 kSyslogUdpPort = 514;

} // namespace pfs::wire
