// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/framereader.h"

#include <pcap/pcap.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <utility>

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace pfs {
namespace {

constexpr auto kStatsInterval = std::chrono::seconds(1);
constexpr auto kDrainTime = std::chrono::milliseconds(300); // beyond the live handle's block timeout (100 ms)

// libpcap reads a stream through a FILE*. This one reads its descriptor
// only once poll(2) says there are bytes, and gives end-of-file as soon as
// the wake-up descriptor is signalled: a reader waiting on a silent pipe
// can always be stopped.
struct StreamCookie {
    int fd = -1;
    int wakeFd = -1;
};

ssize_t readStream(void *cookie, char *buffer, size_t size)
{
    const auto *stream = static_cast<const StreamCookie *>(cookie);
    while (true) {
        pollfd fds[2] = {{stream->fd, POLLIN, 0}, {stream->wakeFd, POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (fds[1].revents != 0)
            return 0; // stopped: the end of the stream as far as libpcap knows
        const ssize_t n = read(stream->fd, buffer, size);
        if (n >= 0)
            return n;
        if (errno != EAGAIN && errno != EINTR)
            return -1;
    }
}

int closeStream(void *cookie)
{
    const auto *stream = static_cast<const StreamCookie *>(cookie);
    const int result = close(stream->fd);
    delete stream;
    return result;
}

} // namespace

FrameReader::~FrameReader()
{
    stop();
}

void FrameReader::start(WhenFull whenFull, Limits limits, std::function<void()> notify)
{
    m_whenFull = whenFull;
    m_limits = limits;
    m_notify = std::move(notify);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

void FrameReader::startLive(pcap_t *live, Limits limits, std::function<void()> notify)
{
    start(WhenFull::Drop, limits, std::move(notify));
    m_pcap = live;
    m_linkType = pcap_datalink(live);
    m_thread = std::thread([this] { runLive(); });
}

void FrameReader::startStream(int fd, WhenFull whenFull, Limits limits, std::function<void()> notify)
{
    start(whenFull, limits, std::move(notify));
    m_thread = std::thread([this, fd] { runStream(fd); });
}

void FrameReader::stop()
{
    m_stopping = true;
    if (m_wakeFd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t written = write(m_wakeFd, &one, sizeof one);
    }
    if (m_pcap)
        pcap_breakloop(m_pcap); // wakes a live handle's poll (libpcap 1.10 on Linux); its timeout does otherwise
    {
        std::lock_guard lock(m_mutex);
        m_room.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    if (m_pcap) {
        pcap_close(m_pcap);
        m_pcap = nullptr;
    }
    if (m_wakeFd >= 0) {
        close(m_wakeFd);
        m_wakeFd = -1;
    }
}

void FrameReader::runStream(int fd)
{
    auto *cookie = new StreamCookie{fd, m_wakeFd};
    FILE *file = fopencookie(cookie, "r", {readStream, nullptr, nullptr, closeStream});
    if (!file) {
        closeStream(cookie);
        finish(QStringLiteral("cannot read the stream"));
        return;
    }
    char message[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, message);
    if (!pcap) {
        std::fclose(file);
        finish(m_stopping ? QString() : QString::fromLocal8Bit(message));
        return;
    }
    m_linkType = pcap_datalink(pcap);
    if (m_notify)
        m_notify();   // the header is read: the capture is running
    readFrames(pcap); // a stream's handle is this thread's alone: stop() wakes it through the cookie
    pcap_close(pcap); // closes the FILE*, and through it `fd`
}

void FrameReader::runLive()
{
    readFrames(m_pcap);
}

void FrameReader::readFrames(pcap_t *pcap)
{
    const bool live = m_whenFull == WhenFull::Drop;
    auto statsDue = std::chrono::steady_clock::now() + kStatsInterval;
    QString error;
    while (!m_stopping) {
        pcap_pkthdr *header = nullptr;
        const u_char *data = nullptr;
        const int status = pcap_next_ex(pcap, &header, &data);
        if (status == 1) {
            push(frameOf(header, data));
        } else if (status == PCAP_ERROR_BREAK) {
            break; // the end of the stream, or stop()
        } else if (status == PCAP_ERROR) {
            error = QString::fromLocal8Bit(pcap_geterr(pcap));
            break;
        }
        if (live && std::chrono::steady_clock::now() >= statsDue) {
            pcap_stat stats{};
            if (pcap_stats(pcap, &stats) == 0)
                m_kernelDrops = qint64(stats.ps_drop);
            statsDue = std::chrono::steady_clock::now() + kStatsInterval;
        }
    }
    if (live && m_stopping)
        drainLive(pcap);
    finish(m_stopping ? QString() : error);
}

// Stopped: the frames already in the kernel's buffer arrived before the
// stop, so they are read too. The kernel hands a block of them over once it
// is full or as old as the handle's timeout: what is there, and what comes
// within kDrainMs, is read without blocking; a silent interface ends it.
void FrameReader::drainLive(pcap_t *pcap)
{
    char message[PCAP_ERRBUF_SIZE] = {};
    const int fd = pcap_get_selectable_fd(pcap);
    if (fd < 0 || pcap_setnonblock(pcap, 1, message) != 0)
        return;
    const auto deadline = std::chrono::steady_clock::now() + kDrainTime;
    bool breakSeen = false; // the first read after pcap_breakloop() reports it, and clears it
    while (true) {
        pcap_pkthdr *header = nullptr;
        const u_char *data = nullptr;
        const int status = pcap_next_ex(pcap, &header, &data);
        if (status == 1) {
            push(frameOf(header, data));
            continue;
        }
        if (status == PCAP_ERROR_BREAK && !std::exchange(breakSeen, true))
            continue;
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd ready{fd, POLLIN, 0};
        if (status != 0 || left.count() <= 0 || poll(&ready, 1, int(left.count())) <= 0)
            break;
    }
    pcap_stat stats{};
    if (pcap_stats(pcap, &stats) == 0)
        m_kernelDrops = qint64(stats.ps_drop);
}

CapturedFrame FrameReader::frameOf(const pcap_pkthdr *header, const u_char *data)
{
    CapturedFrame frame;
    frame.data = QByteArray(reinterpret_cast<const char *>(data), qsizetype(header->caplen));
    frame.wireLength = qint64(header->len);
    frame.seconds = qint64(header->ts.tv_sec);
    frame.microseconds = qint64(header->ts.tv_usec);
    return frame;
}

bool FrameReader::push(CapturedFrame frame)
{
    ++m_frames;
    bool wasEmpty = false;
    {
        std::unique_lock lock(m_mutex);
        const auto full = [this, &frame] {
            return qsizetype(m_queue.size()) >= m_limits.maxFrames
                || m_queuedBytes + frame.data.size() > m_limits.maxBytes;
        };
        if (m_whenFull == WhenFull::Wait)
            m_room.wait(lock, [&] { return m_stopping || !full() || m_queue.empty(); });
        if (m_stopping && m_whenFull == WhenFull::Wait && full())
            return ++m_dropped, false; // stopped while waiting for room
        if (full() && !m_queue.empty()) {
            ++m_dropped;
            return false;
        }
        wasEmpty = m_queue.empty();
        m_queuedBytes += frame.data.size();
        m_queue.push_back(std::move(frame));
    }
    if (wasEmpty && m_notify)
        m_notify();
    return true;
}

void FrameReader::finish(const QString &error)
{
    {
        std::lock_guard lock(m_mutex);
        m_error = error;
    }
    m_ended = true;
    if (m_notify)
        m_notify();
}

void FrameReader::take(std::vector<CapturedFrame> *out, qsizetype max)
{
    out->clear();
    std::lock_guard lock(m_mutex);
    while (!m_queue.empty() && qsizetype(out->size()) < max) {
        m_queuedBytes -= m_queue.front().data.size();
        out->push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    m_room.notify_all();
}

QString FrameReader::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

FrameReader::Counters FrameReader::counters() const
{
    return {m_frames.load(), m_dropped.load(), m_kernelDrops.load()};
}

} // namespace pfs
