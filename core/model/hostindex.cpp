// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/hostindex.h"

namespace pfs {

qint64 HostIndex::sepNumber(QByteArrayView name)
{
    constexpr qsizetype kDigits = 12;
    if (name.size() != 3 + kDigits || !name.startsWith("SEP"))
        return -1;
    qint64 number = 0;
    for (qsizetype i = 3; i < name.size(); ++i) {
        const char c = name[i];
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return -1; // lower case or no digit: not the canonical spelling
        number = number * 16 + digit;
    }
    return number;
}

int HostIndex::value(QByteArrayView name) const
{
    if (name.isEmpty())
        return kNone;
    const qint64 number = sepNumber(name);
    if (number >= 0)
        return m_sep.value(quint64(number), kNone);
    return m_other.value(QByteArray::fromRawData(name.data(), name.size()), kNone);
}

void HostIndex::insert(QByteArrayView name, int id)
{
    const qint64 number = sepNumber(name);
    if (number >= 0)
        m_sep.insert(quint64(number), id);
    else
        m_other.insert(name.toByteArray(), id);
}

void HostIndex::replace(int from, int into)
{
    for (auto it = m_sep.begin(); it != m_sep.end(); ++it) {
        if (*it == from)
            *it = into;
    }
    for (auto it = m_other.begin(); it != m_other.end(); ++it) {
        if (*it == from)
            *it = into;
    }
}

} // namespace pfs
