#pragma once

#include <QByteArray>
#include <QString>

namespace pfs::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

} // namespace pfs::test

#include "dloadevent.h"

namespace pfs::test {

// One line naming every field an event carries: what golden files hold.
QByteArray describe(const DLoadEvent &event);

} // namespace pfs::test

#include "simulator.h"

namespace pfs::test {

// A rollout simulated in-process: what a sender of the same configuration sent.
struct Expected {
    qint64 records = 0;
    qint64 broadcasts = 0;
    sim::GroundTruth truth;
};
Expected simulate(int phones, quint64 seed);

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
