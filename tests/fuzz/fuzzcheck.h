// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <type_traits>

// What every fuzz target shares: a check that stops the run the way a crash
// does (libFuzzer and the replay driver both record it), and the input as a
// byte view.
namespace pfs::fuzz {

[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", detail.constData());
    std::fflush(stderr);
    __builtin_trap();
}

inline void check(bool condition, const char *what, const QByteArray &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// The detail as a function, called only when the check fails: checks run on
// every input, and formatting their details would cost more than checking.
template<typename Detail, typename = std::enable_if_t<std::is_invocable_r_v<QByteArray, Detail>>>
inline void check(bool condition, const char *what, Detail &&detail)
{
    if (!condition)
        fail(what, detail());
}

inline QByteArrayView input(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Reads small numbers off the front of the input, for choices the target
// makes (cut points, limits); zero once the input is used up.
class Choices {
public:
    explicit Choices(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    quint8 byte()
    {
        if (m_bytes.isEmpty())
            return 0;
        const auto value = quint8(m_bytes.front());
        m_bytes = m_bytes.sliced(1);
        return value;
    }
    quint16 word()
    {
        // Two statements: the operands of | are unsequenced, so one
        // expression could read the bytes in either order.
        const quint16 high = byte();
        return quint16(high << 8 | byte());
    }
    QByteArrayView rest() const { return m_bytes; }

private:
    QByteArrayView m_bytes;
};

} // namespace pfs::fuzz
