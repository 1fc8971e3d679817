// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArrayView>

// What the phones' traffic and logs carry, one definition each.
namespace pfs::wire {

// Every DLoad record holds this tag (the seed document's lines).
inline constexpr QByteArrayView kDLoadTag = "DLoad:";
// The same tag once a syslog relay took it for the APP-NAME.
inline constexpr QByteArrayView kDLoadApp = "DLoad";
// A UTF-8 byte order mark: RFC 5424 lets a MSG start with one; so do files.
inline constexpr QByteArrayView kUtf8Bom = "\xef\xbb\xbf";

} // namespace pfs::wire
