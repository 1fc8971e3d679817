// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/receiveddatagram.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// One UDP port, read by a thread of its own: batches of datagrams with
// recvmmsg(2) into buffers allocated once, handed to the consumer's thread
// through a bounded hand-off. The kernel's own count of what it dropped for
// the socket (SO_RXQ_OVFL on every datagram, SO_MEMINFO when idle) is kept,
// so every datagram that reached the port is either received or counted lost.
// The receive thread touches nothing but the socket and the hand-off.
namespace pfs {

class UdpReceiver {
public:
    enum class Sharing : quint8 {
        Exclusive, // syslog: never take datagrams meant for the site's own daemon
        Shared,    // PFS broadcasts reach every socket bound to the port
    };
    struct Options {
        quint32 address = 0; // IPv4, host order; 0: any
        quint16 port = 0;    // 0: any free port
        Sharing sharing = Sharing::Exclusive;
        ReceivedDatagram::Channel channel = ReceivedDatagram::Channel::SyslogUdp;
        int receiveBuffer = 32 * 1024 * 1024; // asked for; the kernel may grant less
        qsizetype maxPending = 200000;        // the hand-off's bounds
        qint64 maxPendingBytes = 64LL * 1024 * 1024;
    };
    struct Counters {
        qint64 received = 0;    // read from the socket
        qint64 kernelDrops = 0; // dropped by the kernel before pfsmon could read them
        qint64 queueDrops = 0;  // read, but the hand-off was full
    };
    static constexpr int kBatch = 64;

    UdpReceiver();
    ~UdpReceiver();
    UdpReceiver(const UdpReceiver &) = delete;
    UdpReceiver &operator=(const UdpReceiver &) = delete;

    // Creates and binds the socket; on failure returns false with errno's value.
    bool open(const Options &options, int *error);
    // Starts the receive thread. `wake` is called from it whenever the
    // hand-off turns non-empty; the consumer then calls takeAll().
    void start(std::function<void()> wake);
    // Ends the thread (promptly, even under a flood), reads the kernel's final
    // drop count and closes the socket. Idempotent.
    void stop();

    // Swaps what was received since the last call into `out` (cleared first);
    // `out`'s storage is kept for the next batch.
    void takeAll(std::vector<ReceivedDatagram> *out);
    Counters counters() const;
    quint16 port() const { return m_port; }
    int grantedBuffer() const { return m_granted; } // bytes, as asked for (the kernel doubles it for bookkeeping)
    bool isOpen() const { return m_fd >= 0; }

private:
    struct Batch;
    void setUpSocket();
    void run();
    bool readBatch(Batch &batch);
    void handOff(std::vector<ReceivedDatagram> &datagrams);
    void noteKernelDrops(quint32 socketDrops);
    void refreshKernelDrops();

    Options m_options;
    int m_fd = -1;
    int m_wakeFd = -1;
    quint16 m_port = 0;
    int m_granted = 0;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::function<void()> m_wake;

    std::mutex m_mutex; // guards the hand-off
    std::vector<ReceivedDatagram> m_pending;
    qint64 m_pendingBytes = 0;

    std::atomic<qint64> m_received{0};
    std::atomic<qint64> m_kernelDrops{0};
    std::atomic<qint64> m_queueDrops{0};
    quint32 m_lastSocketDrops = 0; // the kernel's 32-bit counter, as last seen (receive thread, then stop())
};

} // namespace pfs
