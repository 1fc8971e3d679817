// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// bench_ingest: the highest rate of 150-byte syslog datagrams that pfsmon
// takes with zero loss, end to end (socket, receive thread, queue, Ingest,
// model), against a minimal recvmmsg(2) receiver on the same paced stream in
// the same run. Targets: zero loss at 200,000 datagrams/s and >= 80 % of the
// minimal receiver's rate. Rates are the sender's achieved rates: on a busy
// machine the sender may not outrun either receiver, so the receiving side's
// CPU time per datagram is printed too (process CPU less the sender thread's).
// --quick: short bursts and a short ladder, for the test suite; it fails only
// when a datagram is neither received nor counted lost. Then the same for
// syslog over TCP (ingesttcp.cpp), where a loss fails any run. --tcp: the
// TCP part alone.
#include "capture/livesession.h"
#include "ingesttcp.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace pfs;

namespace {

constexpr int kReceiveBuffer = 32 * 1024 * 1024; // the same for both receivers

struct Result {
    double achievedRate = 0;
    qint64 sent = 0;
    qint64 received = 0; // into the model, or counted by the minimal receiver
    qint64 lost = 0;     // counted lost (kernel + pfsmon), or missing
    bool accounted = false;
    double cpuUsPerDatagram = 0; // the receiving side: the process's CPU time less the sender's
};

qint64 cpuUs(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec
        + usage.ru_stime.tv_usec;
}

struct Stream {
    QList<QByteArray> lines;
    qint64 count = 0;
    double rate = 0;
};

// Sends on a thread of its own. `wait(done)` returns once `done` is true:
// it runs the event loop (pfsmon) or just sleeps (the minimal receiver),
// never spinning, so the sender has the processor time it can get.
template<typename Wait> qint64 sendAndWait(quint16 port, const Stream &stream, Result *result, Wait wait)
{
    std::atomic<bool> done{false};
    qint64 sent = 0;
    QElapsedTimer clock;
    clock.start();
    std::thread sender([&] {
        sent = test::sendPaced(port, stream.lines, stream.count, stream.rate);
        result->achievedRate = double(sent) * 1e9 / double(qMax<qint64>(1, clock.nsecsElapsed()));
        result->cpuUsPerDatagram = -double(cpuUs(RUSAGE_THREAD)); // the sender's part, taken off below
        done = true;
    });
    wait([&] { return done.load(); });
    sender.join();
    return sent;
}

// Once everything is counted: the receiving side's CPU per datagram.
void chargeCpu(Result *r, qint64 processCpuBefore)
{
    r->cpuUsPerDatagram
        = (double(cpuUs(RUSAGE_SELF) - processCpuBefore) + r->cpuUsPerDatagram) / double(qMax<qint64>(1, r->sent));
}

// Runs the event loop until `finished()` or the time is up, looking every 10 ms.
template<typename Finished> void runEventLoopUntil(Finished finished, int timeoutMs)
{
    QEventLoop loop;
    QTimer look;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (finished() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    look.start(10);
    loop.exec();
}

Result runPfsmon(const Stream &stream)
{
    SessionConfig config = test::loopbackSession();
    config.tickMs = SessionConfig{}.tickMs; // the program's own pace, not the tests' quick one
    config.receiveBuffer = kReceiveBuffer;
    RolloutModel model;
    LiveSession session(&model, config);
    session.start();
    Result r;
    const qint64 cpuBefore = cpuUs(RUSAGE_SELF);
    r.sent = sendAndWait(session.boundPort(ReceivedDatagram::Channel::SyslogUdp), stream, &r,
                         [](auto done) { runEventLoopUntil(done, 600000); });
    const auto counted = [&] {
        const SessionCounters c = session.counters();
        return model.counts().total + c.dropped + c.kernelDrops;
    };
    runEventLoopUntil([&] { return counted() >= r.sent; }, 10000);
    chargeCpu(&r, cpuBefore);
    session.stop();
    const SessionCounters c = session.counters();
    r.received = model.counts().total;
    r.lost = c.dropped + c.kernelDrops;
    r.accounted = r.received + r.lost == r.sent;
    return r;
}

// What an application can do at the least: recvmmsg into fixed buffers, count.
class MinimalReceiver {
public:
    MinimalReceiver()
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &kReceiveBuffer, sizeof kReceiveBuffer);
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &kReceiveBuffer, sizeof kReceiveBuffer);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~MinimalReceiver()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }
    quint16 port() const { return m_port; }
    qint64 received() const { return m_received; }
    qint64 drops() const
    {
        quint32 meminfo[SK_MEMINFO_VARS] = {};
        socklen_t length = sizeof meminfo;
        ::getsockopt(m_fd, SOL_SOCKET, SO_MEMINFO, meminfo, &length);
        return meminfo[SK_MEMINFO_DROPS];
    }

private:
    void run()
    {
        constexpr int kBatch = 64, kSize = 2048;
        std::vector<char> data(size_t(kBatch) * kSize);
        iovec iov[kBatch];
        mmsghdr messages[kBatch];
        for (int i = 0; i < kBatch; ++i) {
            iov[i] = {data.data() + size_t(i) * kSize, kSize};
            messages[i] = {};
            messages[i].msg_hdr.msg_iov = &iov[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        pollfd fd{m_fd, POLLIN, 0};
        while (!m_stop) {
            if (::poll(&fd, 1, 50) <= 0)
                continue;
            const int n = ::recvmmsg(m_fd, messages, kBatch, MSG_DONTWAIT, nullptr);
            if (n > 0)
                m_received += n;
        }
    }

    int m_fd = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_received{0};
};

Result runMinimal(const Stream &stream)
{
    MinimalReceiver receiver;
    Result r;
    const qint64 cpuBefore = cpuUs(RUSAGE_SELF);
    r.sent = sendAndWait(receiver.port(), stream, &r, [](auto done) {
        while (!done())
            QThread::msleep(10);
    });
    QElapsedTimer settle;
    settle.start();
    while (receiver.received() + receiver.drops() < r.sent && settle.elapsed() < 10000)
        QThread::msleep(10);
    chargeCpu(&r, cpuBefore);
    r.received = receiver.received();
    r.lost = r.sent - r.received;
    r.accounted = receiver.drops() == r.lost;
    return r;
}

struct Ladder {
    double best = 0; // highest achieved rate without loss
    int lossesInARow = 0;
    double cpuUs = 0; // receiving CPU per datagram, at the largest burst
};

void report(const char *who, double target, const Result &r)
{
    std::printf("  %-8s target %8.0f/s achieved %8.0f/s: sent %8lld, received %8lld, lost %7lld, receiving CPU "
                "%.2f us/datagram%s\n",
                who, target, r.achievedRate, static_cast<long long>(r.sent), static_cast<long long>(r.received),
                static_cast<long long>(r.lost), r.cpuUsPerDatagram, r.accounted ? "" : "  (NOT ACCOUNTED FOR)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    if (app.arguments().contains(QStringLiteral("--tcp")))
        return benchTcpIngest(quick) ? 0 : 1;
    const double burstSeconds = quick ? 0.25 : 2.0;
    const std::vector<double> rates = quick
        ? std::vector<double>{20000, 100000, 200000}
        : std::vector<double>{10000, 20000, 50000, 100000, 150000, 200000, 300000, 400000, 600000, 800000, 1000000};
    Stream stream;
    for (int i = 0; i < 1000; ++i)
        stream.lines.append(test::syslogLine(i, 150));
    std::printf("bench_ingest: bursts of %.2f s of %lld-byte syslog datagrams on loopback, receive buffer %d MiB "
                "asked%s\n",
                burstSeconds, static_cast<long long>(stream.lines.first().size()), kReceiveBuffer >> 20,
                quick ? " (quick)" : "");
    Ladder pfsmon, minimal;
    bool allAccounted = true;
    for (const double rate : rates) {
        if (pfsmon.lossesInARow >= 2 && minimal.lossesInARow >= 2)
            break;
        stream.rate = rate;
        stream.count = qint64(rate * burstSeconds);
        const auto step = [&](const char *who, Ladder &ladder, Result (*run)(const Stream &)) {
            if (ladder.lossesInARow >= 2)
                return;
            const Result r = run(stream);
            report(who, rate, r);
            allAccounted = allAccounted && r.accounted;
            ladder.cpuUs = r.cpuUsPerDatagram;
            if (r.lost == 0 && r.accounted) {
                ladder.best = qMax(ladder.best, r.achievedRate);
                ladder.lossesInARow = 0;
            } else {
                ++ladder.lossesInARow;
            }
        };
        step("pfsmon", pfsmon, runPfsmon);
        step("minimal", minimal, runMinimal);
    }
    const double ratio = minimal.best > 0 ? pfsmon.best / minimal.best : 0;
    std::printf("highest zero-loss rate: pfsmon %.0f/s (into the model), minimal recvmmsg receiver %.0f/s; "
                "ratio %.2f (targets: 200000/s and 0.80)\n",
                pfsmon.best, minimal.best, ratio);
    std::printf("receiving CPU per datagram at the last burst: pfsmon %.2f us (one core: about %.0f/s), minimal "
                "%.2f us (about %.0f/s)\n",
                pfsmon.cpuUs, pfsmon.cpuUs > 0 ? 1e6 / pfsmon.cpuUs : 0.0, minimal.cpuUs,
                minimal.cpuUs > 0 ? 1e6 / minimal.cpuUs : 0.0);
    std::printf("\n");
    const bool tcpWhole = benchTcpIngest(quick);
    if (!allAccounted) {
        std::printf("FAIL: some datagrams were neither received nor counted lost\n");
        return 1;
    }
    if (!tcpWhole) {
        std::printf("FAIL: TCP frames were lost\n");
        return 1;
    }
    if (!quick && (pfsmon.best < 200000 || ratio < 0.8)) {
        std::printf("target missed\n");
        return 1;
    }
    return 0;
}
