// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>

// One link-layer frame as a capture handed it over: from an interface, a
// pipe or a file, every frame takes the same way into PcapReader's decoding.
namespace pfs {

struct CapturedFrame {
    QByteArray data;       // the bytes captured (at most the snap length)
    qint64 wireLength = 0; // the frame's length on the wire
    qint64 seconds = 0;    // capture time, as the capture wrote it
    qint64 microseconds = 0;
};

} // namespace pfs
