// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/udpreceiver.h"

#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>

namespace pfs {

namespace {
constexpr int kMaxDatagram = 65536; // the largest IPv4 UDP payload fits
constexpr int kControlBytes = 128;  // SO_RXQ_OVFL, SO_TIMESTAMP, IP_PKTINFO
constexpr int kIdlePollMs = 100;    // then read the kernel's drop count anew
constexpr int kBatchesPerWakeCheck = 16;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

bool enable(int fd, int level, int option)
{
    const int on = 1;
    return ::setsockopt(fd, level, option, &on, sizeof on) == 0;
}
} // namespace

// Buffers allocated once per thread: no allocation per datagram but its payload's own.
struct UdpReceiver::Batch {
    // Left uninitialised: only the pages that datagrams fill are ever touched.
    std::unique_ptr<char[]> data{new char[size_t(kBatch) * kMaxDatagram]};
    std::unique_ptr<char[]> control{new char[size_t(kBatch) * kControlBytes]};
    sockaddr_in from[kBatch];
    iovec iov[kBatch];
    mmsghdr messages[kBatch];
    std::vector<ReceivedDatagram> out;

    void reset()
    {
        for (int i = 0; i < kBatch; ++i) {
            iov[i] = {data.get() + size_t(i) * kMaxDatagram, kMaxDatagram};
            messages[i].msg_hdr = {};
            messages[i].msg_hdr.msg_name = &from[i];
            messages[i].msg_hdr.msg_namelen = sizeof from[i];
            messages[i].msg_hdr.msg_iov = &iov[i];
            messages[i].msg_hdr.msg_iovlen = 1;
            messages[i].msg_hdr.msg_control = control.get() + size_t(i) * kControlBytes;
            messages[i].msg_hdr.msg_controllen = kControlBytes;
            messages[i].msg_len = 0;
        }
    }
};

UdpReceiver::UdpReceiver() = default;

UdpReceiver::~UdpReceiver()
{
    stop();
}

bool UdpReceiver::open(const Options &options, int *error)
{
    m_options = options;
    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        *error = errno;
        return false;
    }
    // Exclusive: no SO_REUSEADDR/SO_REUSEPORT, so a port a syslog daemon
    // holds is refused instead of silently taken over.
    if (options.sharing == Sharing::Shared)
        enable(m_fd, SOL_SOCKET, SO_REUSEADDR);
    setUpSocket();
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(options.port);
    address.sin_addr.s_addr = htonl(options.address);
    if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        *error = errno;
        closeFd(m_fd);
        return false;
    }
    socklen_t length = sizeof address;
    ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_wakeFd < 0) {
        *error = errno;
        closeFd(m_fd);
        return false;
    }
    return true;
}

// A large buffer rides out bursts; SO_RCVBUFFORCE passes net.core.rmem_max
// when the process may (CAP_NET_ADMIN), else the kernel caps SO_RCVBUF there.
void UdpReceiver::setUpSocket()
{
    const int asked = m_options.receiveBuffer;
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &asked, sizeof asked);
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &asked, sizeof asked);
    int granted = 0;
    socklen_t length = sizeof granted;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &granted, &length) == 0)
        m_granted = granted / 2; // the kernel reports twice the size: half is for its bookkeeping
    enable(m_fd, SOL_SOCKET, SO_RXQ_OVFL);
    enable(m_fd, SOL_SOCKET, SO_TIMESTAMP);
    enable(m_fd, IPPROTO_IP, IP_PKTINFO);
}

void UdpReceiver::start(std::function<void()> wake)
{
    if (m_fd < 0 || m_thread.joinable())
        return;
    m_wake = std::move(wake);
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void UdpReceiver::stop()
{
    if (m_thread.joinable()) {
        m_stopping = true;
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
        m_thread.join();
    }
    if (m_fd >= 0)
        refreshKernelDrops();
    closeFd(m_fd);
    closeFd(m_wakeFd);
}

void UdpReceiver::run()
{
    Batch batch;
    pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
    while (!m_stopping.load(std::memory_order_relaxed)) {
        const int ready = ::poll(fds, 2, kIdlePollMs);
        if (ready == 0) {
            refreshKernelDrops(); // drops after the last datagram read show up only here
            continue;
        }
        if (ready < 0 && errno != EINTR)
            break; // cannot happen with valid descriptors; never spin on it
        if (ready < 0 || (fds[1].revents & POLLIN))
            continue; // interrupted, or told to stop: the loop's condition decides
        // Read until the socket is empty, looking up now and then for a stop.
        for (int n = 0; readBatch(batch); ++n) {
            if (n % kBatchesPerWakeCheck == kBatchesPerWakeCheck - 1 && m_stopping.load(std::memory_order_relaxed))
                break;
        }
    }
}

// One recvmmsg; false once the socket has nothing more.
bool UdpReceiver::readBatch(Batch &batch)
{
    batch.reset();
    const int count = ::recvmmsg(m_fd, batch.messages, kBatch, MSG_DONTWAIT, nullptr);
    if (count <= 0)
        return false;
    const qint64 nowUs
        = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count(); // when SO_TIMESTAMP gives none
    batch.out.clear();
    batch.out.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const msghdr &header = batch.messages[i].msg_hdr;
        ReceivedDatagram d;
        d.channel = m_options.channel;
        d.payload = QByteArray(static_cast<const char *>(batch.iov[i].iov_base), qsizetype(batch.messages[i].msg_len));
        d.source = ntohl(batch.from[i].sin_addr.s_addr);
        d.sourcePort = ntohs(batch.from[i].sin_port);
        d.destination = m_options.address;
        d.destinationPort = m_port;
        d.timeUs = nowUs;
        for (cmsghdr *c = CMSG_FIRSTHDR(&header); c; c = CMSG_NXTHDR(const_cast<msghdr *>(&header), c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
                quint32 drops = 0;
                std::memcpy(&drops, CMSG_DATA(c), sizeof drops);
                noteKernelDrops(drops);
            } else if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_TIMESTAMP) {
                timeval time{};
                std::memcpy(&time, CMSG_DATA(c), sizeof time);
                d.timeUs = qint64(time.tv_sec) * 1000000 + time.tv_usec;
            } else if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                in_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                d.destination = ntohl(info.ipi_addr.s_addr);
            }
        }
        batch.out.push_back(std::move(d));
    }
    m_received.fetch_add(count, std::memory_order_relaxed);
    handOff(batch.out);
    return count == kBatch;
}

void UdpReceiver::handOff(std::vector<ReceivedDatagram> &datagrams)
{
    bool wasEmpty = false;
    qint64 dropped = 0;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        wasEmpty = m_pending.empty();
        for (ReceivedDatagram &d : datagrams) {
            if (qsizetype(m_pending.size()) >= m_options.maxPending
                || m_pendingBytes + d.payload.size() > m_options.maxPendingBytes) {
                ++dropped;
                continue;
            }
            m_pendingBytes += d.payload.size();
            m_pending.push_back(std::move(d));
        }
    }
    if (dropped)
        m_queueDrops.fetch_add(dropped, std::memory_order_relaxed);
    // Only the first datagram after a takeAll() wakes the consumer; as it
    // takes everything, nothing can stay behind without a wake-up on its way.
    if (wasEmpty && m_wake)
        m_wake();
}

void UdpReceiver::takeAll(std::vector<ReceivedDatagram> *out)
{
    out->clear();
    const std::lock_guard<std::mutex> lock(m_mutex);
    std::swap(*out, m_pending);
    m_pendingBytes = 0;
}

UdpReceiver::Counters UdpReceiver::counters() const
{
    return {m_received.load(std::memory_order_relaxed), m_kernelDrops.load(std::memory_order_relaxed),
            m_queueDrops.load(std::memory_order_relaxed)};
}

// The kernel's count is 32 bits and readings may come slightly out of order
// (a datagram queued before the last SO_MEMINFO): only forward steps count.
void UdpReceiver::noteKernelDrops(quint32 socketDrops)
{
    const qint32 step = qint32(socketDrops - m_lastSocketDrops);
    if (step <= 0)
        return;
    m_lastSocketDrops = socketDrops;
    m_kernelDrops.fetch_add(step, std::memory_order_relaxed);
}

void UdpReceiver::refreshKernelDrops()
{
    quint32 meminfo[SK_MEMINFO_VARS] = {};
    socklen_t length = sizeof meminfo;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_MEMINFO, meminfo, &length) == 0
        && length > SK_MEMINFO_DROPS * sizeof(quint32))
        noteKernelDrops(meminfo[SK_MEMINFO_DROPS]);
}

} // namespace pfs
