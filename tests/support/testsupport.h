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
