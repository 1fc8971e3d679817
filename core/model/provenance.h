// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "protocol/dloadevent.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Where a fact in the model comes from, so that nothing modelled or inferred
// is ever shown as observed (README, "Provenance"):
// - trace: a record of the verified grammar, as real phones print it;
// - wire: observed in the traffic itself (TFTP, HTTP, TCP 4051, MAC addresses);
// - inferred: derived by pfsmon from other facts (a file's size from the
//   catalogue, which file a connection carried);
// - modelled: a record of pfsmon's own grammar, which real phones do not
//   print (the simulator's child-side records);
// - listed: the site's inventory (CUCM's list of its phones): what a phone
//   is configured as, not what it was seen doing.
namespace pfs {

enum class Provenance : quint8 { None, Trace, Wire, Inferred, Modelled, Listed };

// What a record of `grammar` makes of the facts it states.
Provenance provenanceOf(Grammar grammar);

class ProvenanceNames {
    Q_DECLARE_TR_FUNCTIONS(ProvenanceNames)
public:
    static QString name(Provenance provenance);       // shown: "trace", "modelled"…
    static QByteArrayView key(Provenance provenance); // stable, for exports
};

} // namespace pfs
