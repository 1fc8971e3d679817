// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "inventory/inventorycsv.h"
#include "model/rolloutmodel.h"

// The site's inventory file into the phones the model expects: the one
// path from a CUCM export to RolloutEngine::setInventory, for the command
// line and the window alike.
namespace pfs {

struct InventoryFile {
    QList<ExpectedPhone> phones;
    QStringList warnings; // one line each: rows skipped or kept with a doubt, counted
    InventoryCounts counts;
};

// The columns as their header names propose them. False with a one-line
// `error` when the file is refused or names neither device nor MAC.
bool readInventoryFile(const QString &path, InventoryFile *out, QString *error);
QList<ExpectedPhone> expectedPhones(const QList<InventoryPhone> &phones);

} // namespace pfs
