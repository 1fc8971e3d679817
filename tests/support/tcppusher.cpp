// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "tcppusher.h"

#include "protocol/modelledgrammar.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pfs::test {

namespace {
constexpr qint64 kMarker = 987654321; // stands for the number while the template is made
}

NumberedFrames::NumberedFrames(int phone)
    : m_host("SEP" + QByteArray::number(0x001100000000LL + phone, 16).toUpper())
{
    namespace m = pfs::modelled;
    const quint32 self = 0x0A000002u + quint32(phone);
    const QByteArray record = m::record("DBG", 8 * 3600 * 1000000LL,
                                        m::transferProgress(0x08002700u, "/dnld/apps41.9-4-2ES26.sbn", kMarker, self));
    const QByteArray line = "<191>Nov 24 08:00:00 " + m_host + ' ' + record;
    const QByteArray marker = QByteArray::number(kMarker);
    const qsizetype at = line.indexOf(marker);
    m_prefix = line.left(at);
    m_suffix = line.mid(at + marker.size());
}

QByteArray NumberedFrames::frame(qint64 number) const
{
    return m_prefix + QByteArray::number(number) + m_suffix;
}

void NumberedFrames::append(QByteArray *out, qint64 number) const
{
    char digits[24];
    const int n = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(number));
    const qsizetype size = m_prefix.size() + n + m_suffix.size();
    out->append(QByteArray::number(size)).append(' ');
    out->append(m_prefix).append(digits, n).append(m_suffix);
}

TcpPusher::TcpPusher(quint16 port, Producer produce)
    : m_thread([this, port, produce = std::move(produce)] { run(port, produce); })
{
}

TcpPusher::~TcpPusher()
{
    m_thread.join();
}

void TcpPusher::run(quint16 port, const Producer &produce)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        m_error = QStringLiteral("connect: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    } else {
        QByteArray batch;
        while (m_error.isEmpty() && (batch.clear(), produce(&batch))) {
            for (qsizetype done = 0; done < batch.size();) {
                const ssize_t n = ::send(fd, batch.constData() + done, size_t(batch.size() - done), MSG_NOSIGNAL);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0) {
                    m_error = QStringLiteral("send: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
                    break;
                }
                done += n;
                m_sent += n;
            }
        }
    }
    if (fd >= 0)
        ::close(fd);
    m_finished = true;
}

} // namespace pfs::test
