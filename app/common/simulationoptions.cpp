// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/common/simulationoptions.h"

namespace pfs {

QList<QCommandLineOption> SimulationOptions::options(int defaultPhones)
{
    return {
        {QStringLiteral("phones"), tr("Simulated phones (default %1).").arg(defaultPhones), tr("count"),
         QString::number(defaultPhones)},
        {QStringLiteral("seed"), tr("Seed of the simulation: the same seed gives the same rollout (default 1)."),
         tr("number"), QStringLiteral("1")},
        {QStringLiteral("fault-vanish"), tr("Phones that disappear mid-transfer."), tr("count"), QStringLiteral("0")},
        {QStringLiteral("fault-stall"), tr("Transfers that stall, so the phone falls back to TFTP."), tr("count"),
         QStringLiteral("0")},
        {QStringLiteral("fault-keep-tftp"), tr("Phones that keep going to the TFTP server with PFS on (CSCus67416)."),
         tr("count"), QStringLiteral("0")},
        {QStringLiteral("fault-never-back"), tr("Phones that never come back after their reboot (CSCtg96408)."),
         tr("count"), QStringLiteral("0")},
    };
}

static bool readCount(const QCommandLineParser &parser, const QString &name, int min, int max, int *value,
                      QString *error)
{
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (ok && *value >= min && *value <= max)
        return true;
    *error = SimulationOptions::tr("--%1 must be a number from %2 to %3").arg(name).arg(min).arg(max);
    return false;
}

bool SimulationOptions::read(const QCommandLineParser &parser, sim::Config *config, QString *error)
{
    bool ok = false;
    config->seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        *error = tr("--seed must be a non-negative number");
        return false;
    }
    return readCount(parser, QStringLiteral("phones"), 1, 100000, &config->phones, error)
        && readCount(parser, QStringLiteral("fault-vanish"), 0, 100000, &config->faults.vanish, error)
        && readCount(parser, QStringLiteral("fault-stall"), 0, 100000, &config->faults.stall, error)
        && readCount(parser, QStringLiteral("fault-keep-tftp"), 0, 100000, &config->faults.keepTftp, error)
        && readCount(parser, QStringLiteral("fault-never-back"), 0, 100000, &config->faults.neverBack, error);
}

} // namespace pfs
