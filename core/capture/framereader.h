// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/capturedframe.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

typedef struct pcap pcap_t;
struct pcap_pkthdr;

// Reads link-layer frames on a thread of its own, as they arrive, and hands
// them to the consumer's thread through a bounded queue: from a live libpcap
// handle, or from a pcap/pcapng byte stream (standard input, a FIFO,
// dumpcap's output). Reading a pipe blocks, so it never happens on the
// event loop's thread. The thread waits in poll(2) beside a wake-up
// descriptor, so stop() ends it at once whatever the writer does.
namespace pfs {

class FrameReader {
public:
    // A live interface cannot be slowed down: a frame that finds the queue
    // full is dropped and counted. A stream can: its reader waits for room,
    // the pipe fills and its writer waits, and nothing is lost.
    enum class WhenFull : quint8 { Drop, Wait };
    struct Limits {
        qsizetype maxFrames = 100000;
        qint64 maxBytes = 64LL * 1024 * 1024;
    };
    struct Counters {
        qint64 frames = 0;      // read from the capture
        qint64 dropped = 0;     // the queue was full (WhenFull::Drop)
        qint64 kernelDrops = 0; // live: lost before libpcap read them (pcap_stats)
    };

    FrameReader() = default;
    ~FrameReader();
    FrameReader(const FrameReader &) = delete;
    FrameReader &operator=(const FrameReader &) = delete;

    // `notify` is called from the reading thread when the queue turns
    // non-empty, when the stream's header was read, and at the end.
    // Takes an activated live handle (closed by the reader).
    void startLive(pcap_t *live, Limits limits, std::function<void()> notify);
    // Takes `fd` (closed by the reader); its header is read on the thread.
    void startStream(int fd, WhenFull whenFull, Limits limits, std::function<void()> notify);
    // Ends the thread promptly; what it queued stays to be taken. Idempotent.
    void stop();

    // Moves at most `max` queued frames into `out` (cleared first).
    void take(std::vector<CapturedFrame> *out, qsizetype max);
    // The capture's link type; 0 until a stream's header was read.
    int linkType() const { return m_linkType.load(); }
    // The thread is done (end of the stream, an error, or stopped).
    bool ended() const { return m_ended.load(); }
    // Why reading stopped early (empty at a clean end or after stop()).
    QString error() const;
    Counters counters() const;

private:
    void start(WhenFull whenFull, Limits limits, std::function<void()> notify);
    void runStream(int fd);
    void runLive();
    void readFrames(pcap_t *pcap);
    void drainLive(pcap_t *pcap);
    static CapturedFrame frameOf(const pcap_pkthdr *header, const unsigned char *data);
    bool push(CapturedFrame frame);
    void finish(const QString &error);

    pcap_t *m_pcap = nullptr; // live only
    int m_wakeFd = -1;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_ended{false};
    std::atomic<int> m_linkType{0};
    std::function<void()> m_notify;
    WhenFull m_whenFull = WhenFull::Drop;
    Limits m_limits;

    mutable std::mutex m_mutex; // guards the queue and the error
    std::condition_variable m_room;
    std::deque<CapturedFrame> m_queue;
    qint64 m_queuedBytes = 0;
    QString m_error;
    std::atomic<qint64> m_frames{0};
    std::atomic<qint64> m_dropped{0};
    std::atomic<qint64> m_kernelDrops{0};
};

} // namespace pfs
