// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "sim/wireframe.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

typedef struct pcap pcap_t;
typedef struct pcap_dumper pcap_dumper_t;

// Writes frames into a classic pcap file (link type Ethernet) through
// libpcap, atomically: into a temporary file beside the target, renamed over
// it by commit() only when everything was written. Without a commit (an
// error, or the writer destroyed) the target is left as it was.
namespace pfs {

class PcapFileWriter : public sim::FrameConsumer {
    Q_DECLARE_TR_FUNCTIONS(PcapFileWriter)
public:
    PcapFileWriter() = default;
    ~PcapFileWriter() override;
    PcapFileWriter(const PcapFileWriter &) = delete;
    PcapFileWriter &operator=(const PcapFileWriter &) = delete;

    bool open(const QString &path, int snapLength, QString *error);
    void frame(qint64 utcUs, QByteArrayView captured, qint64 originalLength) override;
    // Flushes, closes and renames into place; false with `error` set when any
    // of it failed (then nothing replaced the target).
    bool commit(QString *error);

    qint64 frames() const { return m_frames; }

private:
    void closeDumper();

    QSaveFile m_file;
    pcap_t *m_pcap = nullptr;
    pcap_dumper_t *m_dumper = nullptr;
    qint64 m_frames = 0;
};

} // namespace pfs
