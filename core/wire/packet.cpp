// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "wire/packet.h"

#include "protocol/visibletext.h"

namespace pfs::wire {

QString bareFileName(QByteArrayView path)
{
    // TFTP servers accept both separators; CUCM's paths use '/'.
    const qsizetype slash = qMax(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return visibleText(path.sliced(slash + 1));
}

} // namespace pfs::wire
