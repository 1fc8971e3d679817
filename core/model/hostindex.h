// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

// The model's phones by the name their records carry (the syslog HOSTNAME,
// or a stream's identity). Nearly every name is a phone's own, "SEP" and 12
// upper-case hex digits: those are kept by the number they spell, with no
// text to allocate or compare (a record's lookup was a string hash, a memcmp
// and a cache miss on the key: issue #17); any other name by its bytes. A
// name maps exactly as its bytes would: "SEP001bd4…" in lower case is
// another name, kept by its bytes.
namespace pfs {

class HostIndex {
public:
    static constexpr int kNone = -1;

    int value(QByteArrayView name) const;
    void insert(QByteArrayView name, int id);
    // Every name of `from` names `into` from now on.
    void replace(int from, int into);

private:
    // The number a canonical SEP name spells, else -1.
    static qint64 sepNumber(QByteArrayView name);

    QHash<quint64, int> m_sep;
    QHash<QByteArray, int> m_other;
};

} // namespace pfs
