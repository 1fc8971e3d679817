// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// The one rule for showing untrusted text (host names, records, file and
// model names from datagrams, logs and captures): every character that would
// act instead of show is written out as an escape, so a terminal, a table
// cell, a tree box or an exported file shows what arrived and nothing else.
//
//   \\          a backslash of the text: escapes stay unambiguous, so a host
//               literally named "\x1b" never looks like one holding an ESC
//   \xNN        a C0 control (tab, LF and CR included: every display is one
//               line, and a tab's width hides or shifts what follows), DEL,
//               or a byte that is not part of valid UTF-8
//   \u{NNNN}    a C1 control (U+0080–U+009F), a format character (bidi
//               embeddings, overrides, isolates and marks — Trojan Source —,
//               zero-width space, BOM, soft hyphen…; ZWNJ and ZWJ excepted,
//               scripts need them), a line or paragraph separator, or a lone
//               surrogate
//
// Everything else, any language's letters included, is shown as it is. The
// result holds no character that needs escaping: applying the rule twice
// escapes the backslashes again, so display text is never fed back in.
// Raw bytes stay raw where they are data (the JSON snapshot, filters).
namespace pfs {

// `utf8`: bytes as received, valid UTF-8 or not.
QString visibleText(QByteArrayView utf8);
// Text already decoded (invalid bytes became U+FFFD, which is shown).
QString visibleText(QStringView text);

} // namespace pfs
