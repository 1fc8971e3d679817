// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/verifiedgrammar.h"

#include "protocol/modelledgrammar.h"

namespace pfs::verified {
namespace {

QByteArray hex8(quint32 value)
{
    return QByteArray::number(value, 16).rightJustified(8, '0');
}

QByteArray xidPrefix(quint32 xid)
{
    QByteArray out = modelled::formatXid(xid);
    out.append(' ');
    return out;
}

} // namespace

QByteArray listening(int fd, int port)
{
    QByteArray out("+++ fd=");
    out.append(QByteArray::number(fd)).append(" Listening on peer TCP port ").append(QByteArray::number(port));
    return out;
}

QByteArray functionTrace(QByteArrayView file, QByteArrayView function)
{
    QByteArray out("^.");
    out.append(file).append('-').append(function);
    return out;
}

QByteArray parentState(int parentFd, int fd0, int fd1, bool full)
{
    return parentState(QByteArray::number(parentFd), fd0, fd1, full);
}

QByteArray parentState(QByteArrayView parent, int fd0, int fd1, bool full)
{
    QByteArray out("|parent=");
    out.append(parent).append("><fd[0]=").append(QByteArray::number(fd0));
    out.append(" fd[1]=").append(QByteArray::number(fd1)).append(" FULL=").append(full ? "1" : "0");
    return out;
}

QByteArray claimRoot(quint32 xid, quint32 map, quint32 strength, bool tentative)
{
    QByteArray out = xidPrefix(xid);
    out.append(tentative ? "TxBdcst ClaimRoot(tent): map=" : "TxBdcst ClaimRoot: map=")
        .append(hex8(map))
        .append(" strength=")
        .append(hex8(strength));
    return out;
}

QByteArray advertisement(quint32 xid, int number, QByteArrayView claim)
{
    QByteArray out = xidPrefix(xid);
    out.append("TxBdcst Ad ").append(QByteArray::number(number)).append(": ").append(claim);
    return out;
}

QByteArray timeout(quint32 xid, QByteArrayView hierarchy)
{
    QByteArray out("Timeout ");
    out.append(modelled::formatXid(xid)).append(" hier=").append(hierarchy);
    return out;
}

QByteArray rootTftpCommand(quint32 xid, QByteArrayView state)
{
    QByteArray out = xidPrefix(xid);
    out.append("Root sending TFTP XfrCmd on ").append(state);
    return out;
}

QByteArray rootConfirmed()
{
    return QByteArray("UT:Confirmed root bumping strength");
}

QByteArray hierarchyRoot(quint32 xid, quint32 hash, QByteArrayView model, quint32 root, QByteArrayView path)
{
    QByteArray out("@@@HROOT:");
    out.append(modelled::formatXid(xid)).append(" H=").append(hex8(hash)).append(" m=").append(model);
    out.append(" ROOT=").append(modelled::formatAddress(root)).append(' ').append(path);
    return out;
}

} // namespace pfs::verified
