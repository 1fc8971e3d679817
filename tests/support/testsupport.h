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
