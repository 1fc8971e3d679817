// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QString>
#include <QTest>

// Qt 6.4's QSKIP is variadic, and clang's -Wpedantic refuses a call without
// the variadic part (-Wgnu-zero-variadic-macro-arguments): this one takes the
// message alone.
#define PFSMON_SKIP(message)                                                                                           \
    do {                                                                                                               \
        QTest::qSkip(message, __FILE__, __LINE__);                                                                     \
        return;                                                                                                        \
    } while (false)

namespace pfs::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);
// Writes `content` to `path` whole, or stops the test run; returns `path`.
QString writeFile(const QString &path, const QByteArray &content);

} // namespace pfs::test

#include "protocol/dloadevent.h"

namespace pfs::test {

// One line naming every field an event carries: what golden files hold.
QByteArray describe(const DLoadEvent &event);

} // namespace pfs::test

#include "model/rolloutmodel.h"
#include "sim/simulator.h"

namespace pfs::test {

// A rollout simulated in-process: what a sender of the same configuration sent.
struct Expected {
    qint64 records = 0;
    qint64 broadcasts = 0;
    sim::GroundTruth truth;
};
Expected simulate(int phones, quint64 seed);

// A simulated rollout run to its end into `model`, as the demo feeds it.
void simulateInto(RolloutModel *model, int phones, quint64 seed);
// The hierarchy with the most members (the first of them on a tie); 0 when none.
HierarchyId biggestHierarchy(const RolloutModel &model);

// Peak resident memory of this process so far (VmHWM), in KiB; -1 where unknown (not Linux).
qint64 peakRssKib();

} // namespace pfs::test

#include <QList>

#include <atomic>

namespace pfs::test {

// Sends `count` datagrams to 127.0.0.1:port with sendmmsg(2), paced at
// `rate` a second (0: as fast as it goes), cycling through `messages`.
// Returns how many sends succeeded: what a receiver must account for.
// Loopback only. `sent` (optional) follows the count as it goes.
qint64 sendPaced(quint16 port, const QList<QByteArray> &messages, qint64 count, double rate,
                 std::atomic<qint64> *sent = nullptr);

// A DLoad record of about `size` bytes as an RFC 3164 syslog line: the
// host name carries `n` and the padding, so every line parses into a record.
QByteArray syslogLine(qint64 n, int size = 150);
} // namespace pfs::test

namespace pfs::test {

// A rollout as an attacker could send it: one hierarchy whose host names,
// model, file and load names, MAC and an unknown record carry terminal
// escapes, NUL, DEL, C1 controls (raw and as UTF-8), invalid UTF-8, bidi
// overrides and the metacharacters of DOT, XML and CSV, as far as the syslog
// and DLoad grammars let them through: a host, model, file or MAC is one
// token (no space, tab, CR or LF) and a file name has no '/'.
struct HostileRollout {
    quint32 xid = 0;
    QList<QByteArray> hosts; // one phone each; phone i's parent is phone (i - 1) / 2
    QList<quint32> addresses;
    QByteArray model, file, load, mac;
    QByteArray unknownRecord; // a DLoad record no grammar knows
    QList<QByteArray> lines;  // RFC 3164 syslog lines without line breaks, one datagram each
    QList<quint32> senders;   // for each line, the phone that sends it
};
HostileRollout hostileRollout();

// The first character of `text` that would act rather than show (a control,
// a format character such as a bidi override, a line or paragraph separator,
// a lone surrogate), as "U+XXXX at N"; empty when there is none. LF is
// allowed only when asked: multi-line output.
QString hiddenCharacter(QStringView text, bool allowLineFeed = false);
// The same for the bytes of a text file or stream, which must also be valid
// UTF-8; `allowedControls` lists the C0 controls of its own layout ("\n").
QString unsafeText(const QByteArray &bytes, QByteArrayView allowedControls);

} // namespace pfs::test

namespace pfs::test {

// Each line as one syslog UDP datagram from its sender to port 514, 1 ms
// apart, in a pcap file written by the console's own recorder; false when
// it cannot be written.
bool writeSyslogCapture(const QString &path, const QList<QByteArray> &lines, const QList<quint32> &senders);

} // namespace pfs::test

#include "capture/livesession.h"

namespace pfs::test {
// Every live source on a free loopback port (tests never listen elsewhere),
// ticking every 10 ms.
SessionConfig loopbackSession();
} // namespace pfs::test

namespace pfs::test {
// A copy of a file of tests/data without its last `chop` bytes, written into
// `folder`: a capture or log cut short, as a full disk or a killed tool leaves it.
QString writeCutCopy(const QString &dataFile, const QString &folder, qsizetype chop);
} // namespace pfs::test

namespace pfs::test {
// A rollout the wire saw, built by hand through the model's wire API: a root
// (10.20.0.5, MAC 001BD4000001) fetched kWireFile over TFTP with its tsize
// (3,000 bytes, observed), and a child (10.20.0.6) connected to it over TCP
// 4051 (an observed edge) and received 1,000 bytes of it (the file inferred).
// A modelled record then says the root received 2,999 bytes: kept as a claim.
struct WireRollout {
    static constexpr quint32 kRoot = 0x0a140005;
    static constexpr quint32 kChild = 0x0a140006;
    static inline const QString kFile = QStringLiteral("apps41.9-4-2ES26.sbn"); // in the catalogue
    RolloutModel model;
    PhoneId root = kNoPhone;
    PhoneId child = kNoPhone;
    HierarchyId hierarchy = kNoHierarchy;
};
WireRollout wireRollout();
} // namespace pfs::test
