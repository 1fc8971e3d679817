// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace pfs::test {

// Octet-counted syslog frames that carry a number: a phone's "Rx progress"
// DLoad record in an RFC 3164 envelope, whose byte count is the frame's
// sequence number, so a receiver can check that every frame arrived, in order.
class NumberedFrames {
public:
    explicit NumberedFrames(int phone = 0); // each phone its own host name and address
    // Appends "LEN SP MSG" for `number`.
    void append(QByteArray *out, qint64 number) const;
    QByteArray frame(qint64 number) const; // MSG alone
    QByteArray host() const { return m_host; }

private:
    QByteArray m_host, m_prefix, m_suffix;
};

// A client on a thread of its own, with a plain blocking socket: connects to
// 127.0.0.1:`port` and sends the batches `produce` gives as fast as the
// receiver takes them, then closes. The test's event loop keeps running.
class TcpPusher {
public:
    using Producer = std::function<bool(QByteArray *batch)>; // fills the next batch; false: no more

    TcpPusher(quint16 port, Producer produce);
    ~TcpPusher(); // waits for the thread
    TcpPusher(const TcpPusher &) = delete;
    TcpPusher &operator=(const TcpPusher &) = delete;

    bool finished() const { return m_finished.load(); }
    bool failed() const { return finished() && !m_error.isEmpty(); }
    QString error() const { return finished() ? m_error : QString(); }
    qint64 bytesSent() const { return m_sent.load(); }

private:
    void run(quint16 port, const Producer &produce);

    QString m_error; // written by the thread before m_finished
    std::atomic<bool> m_finished{false};
    std::atomic<qint64> m_sent{0};
    std::thread m_thread;
};

} // namespace pfs::test
