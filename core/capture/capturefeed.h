// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/capturedframe.h"
#include "capture/framereader.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// Frames from a live capture or a pcap stream, always passive: an
// interface through Wireshark's dumpcap (its pcapng read from a pipe) or
// through libpcap directly, standard input or a FIFO (a capture taken
// elsewhere, e.g. `ssh host tcpdump -U -w -`). Nothing is ever sent: pfsmon
// opens no socket on the interface and never injects. The interface is
// put in promiscuous mode, which only receives: on a SPAN or mirror port
// the phones' frames are not addressed to this machine.
namespace pfs {

// Phones' syslog (UDP 514) and broadcasts (UDP 4051) are in "udp"; TCP 4051
// carries the tree's transfers, TCP 6970 the HTTP downloads.
inline constexpr char kDefaultCaptureFilter[] = "udp or tcp port 4051 or tcp port 6970";

struct CaptureOptions {
    enum class Backend : quint8 { Auto, Dumpcap, Libpcap };
    QString interface;
    QString filter = QString::fromLatin1(kDefaultCaptureFilter);
    Backend backend = Backend::Auto;
};

// What decides how to capture; CaptureFeed::facts() gathers them, tests make their own.
struct CaptureFacts {
    QString dumpcap;             // dumpcap's path when it is in PATH and runs (`dumpcap -D`), else empty
    bool selfMayCapture = false; // root, or CAP_NET_RAW in pfsmon's effective capabilities
};

struct CaptureInterface {
    QString name;
    QString description;
};

class CaptureFeed : public QObject {
    Q_OBJECT
public:
    enum class Method : quint8 { None, Dumpcap, Libpcap, Stream };

    explicit CaptureFeed(QObject *parent = nullptr);
    ~CaptureFeed() override;

    // The Wireshark way: dumpcap when the user may run it, else libpcap when
    // pfsmon may capture itself, else None (permissionMessage() says what to do).
    static Method choose(const CaptureFacts &facts, CaptureOptions::Backend wanted);
    static CaptureFacts facts();
    // The one line when capturing is not permitted: `reason`, then both remedies.
    static QString permissionMessage(const QString &interface, const QString &reason, const QString &program);
    // libpcap's device list (pcap_findalldevs).
    static QList<CaptureInterface> interfaces(QString *error);
    // False with pcap_compile's message when `filter` is not a valid BPF expression.
    static bool checkFilter(const QString &filter, QString *error);
    // "-" (standard input), a FIFO, a character device or a socket: read as it arrives, not replayed.
    static bool isStream(const QString &path);

    bool openInterface(const CaptureOptions &options, const CaptureFacts &facts, QString *error);
    bool openStream(const QString &path, QString *error);
    // Ends the capture: dumpcap is asked to stop, the reading thread ends. Idempotent.
    void stop();

    void take(std::vector<CapturedFrame> *out, qsizetype max) { m_reader.take(out, max); }
    // Frames are coming: a live handle is open, or the stream's header was read.
    bool running() const { return m_reader.linkType() != 0 && !ended(); }
    bool ended() const;
    QString failure() const;
    int linkType() const { return m_reader.linkType(); }
    Method method() const { return m_method; }
    QString description() const { return m_description; }
    FrameReader::Counters counters() const { return m_reader.counters(); }

Q_SIGNALS:
    // Frames were queued, the capture started, or it ended (from any thread).
    void changed();

private:
    bool startDumpcap(const CaptureOptions &options, const QString &dumpcap, QString *error);
    bool startLibpcap(const CaptureOptions &options, const CaptureFacts &facts, QString *error);
    void readDumpcapErrors();
    QString dumpcapFailure() const;

    FrameReader m_reader;
    std::unique_ptr<QProcess> m_dumpcap;
    QStringList m_dumpcapErrors; // its last lines on standard error
    QString m_interface;
    QString m_description;
    Method m_method = Method::None;
    bool m_stopped = false; // stopped by us: dumpcap's exit is no failure
};

} // namespace pfs
