// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/pfssim/pcapfilewriter.h"

#include <pcap/pcap.h>

#include <cstdio>
#include <unistd.h>

namespace pfs {

PcapFileWriter::~PcapFileWriter()
{
    closeDumper();
    m_file.cancelWriting();
}

bool PcapFileWriter::open(const QString &path, int snapLength, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_pcap = pcap_open_dead(DLT_EN10MB, snapLength);
    // libpcap writes through a stdio stream of its own, on a copy of the
    // temporary file's descriptor; QSaveFile keeps the rename.
    const int fd = m_pcap ? dup(m_file.handle()) : -1;
    FILE *stream = fd >= 0 ? fdopen(fd, "wb") : nullptr;
    if (fd >= 0 && !stream)
        close(fd);
    m_dumper = stream ? pcap_dump_fopen(m_pcap, stream) : nullptr;
    if (!m_dumper) {
        if (stream)
            fclose(stream);
        *error = tr("cannot write %1: %2").arg(path, tr("libpcap cannot start the file"));
        closeDumper();
        m_file.cancelWriting();
        return false;
    }
    return true;
}

void PcapFileWriter::frame(qint64 utcUs, QByteArrayView captured, qint64 originalLength)
{
    pcap_pkthdr header{};
    header.ts.tv_sec = time_t(utcUs / 1000000);
    header.ts.tv_usec = suseconds_t(utcUs % 1000000);
    header.caplen = bpf_u_int32(captured.size());
    header.len = bpf_u_int32(originalLength);
    pcap_dump(reinterpret_cast<u_char *>(m_dumper), &header, reinterpret_cast<const u_char *>(captured.data()));
    ++m_frames;
}

bool PcapFileWriter::commit(QString *error)
{
    const bool flushed = m_dumper && pcap_dump_flush(m_dumper) == 0;
    closeDumper();
    if (!flushed) {
        *error = tr("cannot write %1: %2").arg(m_file.fileName(), tr("the disk refused the data"));
        m_file.cancelWriting();
        return false;
    }
    if (!m_file.commit()) {
        *error = tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void PcapFileWriter::closeDumper()
{
    if (m_dumper) {
        pcap_dump_close(m_dumper);
        m_dumper = nullptr;
    }
    if (m_pcap) {
        pcap_close(m_pcap);
        m_pcap = nullptr;
    }
}

} // namespace pfs
