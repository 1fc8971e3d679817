// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "protocol/dloadevent.h"

#include <QByteArray>

// The record text of a parsed event, in the normalised form the parser reads
// back to the same event: "[SEV ][hh:mm:ss.uuuuuu ]DLoad: body", with the
// severity code as written and single spaces. The grammar's round trip
// (parse, format, parse) is held to it by the tests and the fuzz target.
namespace pfs {

QByteArray formatBody(const DLoadEvent &event);
QByteArray formatRecord(const DLoadEvent &event);

} // namespace pfs
