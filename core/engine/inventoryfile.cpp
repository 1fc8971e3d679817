// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "engine/inventoryfile.h"

#include <QCoreApplication>

namespace pfs {

bool readInventoryFile(const QString &path, InventoryFile *out, QString *error)
{
    InventoryCsv csv;
    if (!csv.loadFile(path)) {
        *error = csv.error();
        return false;
    }
    const InventoryResult result = csv.read(csv.proposedMapping());
    if (!result.error.isEmpty()) {
        // Named as the reader names a file it refuses.
        *error = QCoreApplication::translate("InventoryCsv", "phone list %1: %2").arg(path, result.error);
        return false;
    }
    out->phones = expectedPhones(result.phones);
    out->warnings = result.warnings;
    out->counts = result.counts;
    return true;
}

QList<ExpectedPhone> expectedPhones(const QList<InventoryPhone> &phones)
{
    QList<ExpectedPhone> expected;
    expected.reserve(phones.size());
    for (const InventoryPhone &p : phones)
        expected.append({p.name.toLatin1(), p.mac, p.model, p.load, p.address, p.description});
    return expected;
}

} // namespace pfs
