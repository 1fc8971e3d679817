#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
"""Writes the seed corpus of the peerflows fuzz target (corpus/peerflows/):
segment sequences in the target's input layout (see peerflows.cpp), one file
per situation the tracker must handle. Run it again only to change them."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10


def seg(child, from_parent, flags, length=0, step=0, ack=0, time=1, ports=0):
    who = (child & 3) | (4 if from_parent else 0) | (ports << 3)
    return bytes([who, flags, step, length >> 8 & 0xff, length & 0xff, ack, time])


def expire(time=0xff):
    return bytes([0xe0, 0, 0, 0, 0, 0, time])


def handshake(child):
    return seg(child, False, SYN) + seg(child, True, SYN | ACK) + seg(child, False, ACK)


def transfer(child, segments, length=1460):
    out = b''
    for _ in range(segments):
        out += seg(child, True, PSH | ACK, length) + seg(child, False, ACK)
    return out


def fin_fin(child):
    return (seg(child, True, FIN | ACK) + seg(child, False, ACK) + seg(child, False, FIN | ACK)
            + seg(child, True, ACK))


SEEDS = {
    # header: bits 0-1 max connections - 1, 2-3 closed remembered, 4 short idle, 5 no linger, 6 near the wrap
    'transfer-fin': bytes([0x07]) + handshake(0) + seg(0, False, PSH | ACK, 40) + transfer(0, 4) + fin_fin(0),
    'wrap-around': bytes([0x47]) + handshake(1) + transfer(1, 8) + fin_fin(1),
    'retransmit-out-of-order': bytes([0x03]) + handshake(0) + transfer(0, 2)
    + seg(0, True, PSH | ACK, 1000, step=0x41)  # ahead: a hole
    + seg(0, True, PSH | ACK, 1000, step=0x82)  # back: fills it
    + seg(0, True, PSH | ACK, 1000, step=0x82)  # further back: a retransmission
    + seg(0, False, ACK, ack=2),
    'refused-and-untracked': bytes([0x05]) + seg(2, False, SYN) + seg(2, True, RST | ACK)
    + seg(2, False, SYN, step=0x45) + seg(3, False, SYN, ports=3) + seg(3, True, ACK, ports=2),
    'mid-connection-jumps': bytes([0x13]) + seg(1, False, ACK, ack=3) + transfer(1, 3)
    + seg(1, True, PSH | ACK, 1460, step=0xd4)  # 1.25 GiB ahead: beyond any window
    + seg(1, True, PSH | ACK, 1460, step=0xf0)  # 3 GiB ahead: behind, modulo 2^32
    + seg(1, True, PSH | ACK, 1460, time=0xff)
    + seg(1, True, PSH | ACK, 1460, time=0xfe) + seg(1, False, RST),
    'eviction-expiry': bytes([0x00]) + handshake(0) + handshake(1) + transfer(0, 1) + handshake(2)
    + transfer(1, 1) + handshake(3) + expire() + seg(3, True, PSH | ACK, 500) + expire(),
    'lengths-and-snap': bytes([0x26]) + handshake(2) + seg(2, True, PSH | ACK, 0xff05)
    + seg(2, True, PSH | ACK, 0xfe10) + seg(2, True, PSH | ACK, 0xffff - 0x200) + transfer(2, 2, 64)
    + seg(2, True, RST),
    'port-reuse': bytes([0x0b]) + handshake(3) + transfer(3, 2) + fin_fin(3)
    + seg(3, False, SYN, step=0x44) + seg(3, True, SYN | ACK, step=0x50) + seg(3, False, ACK)
    + transfer(3, 1) + seg(3, False, SYN, step=0x42),
}

if __name__ == '__main__':
    folder = os.path.join(HERE, 'corpus', 'peerflows')
    os.makedirs(folder, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(folder, name), 'wb') as f:
            f.write(data)
