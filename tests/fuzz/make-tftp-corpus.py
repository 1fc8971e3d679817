#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
"""Writes the seed corpus of the tftp fuzz target (corpus/tftp/): scripts of
UDP packets in the layout tftp.cpp reads, each one a TFTP exchange a phone
and its server really have. Run it again only to change them."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'corpus', 'tftp')

# Endpoint choices: address index (0 server, 1 phone A, 2 phone B) | port index << 2,
# ports [69, 50000, 50001, 40001, 40002, 1, 69, 40001].
SERVER_69, SERVER_TID, SERVER_TID2 = 0 | 0 << 2, 0 | 3 << 2, 0 | 4 << 2
PHONE_A, PHONE_B = 1 | 1 << 2, 2 | 2 << 2
FILES = {'apps': 0, 'cnf': 1, 'sgn': 2, 'term': 3, 'empty': 4}

WHOLE, STEP_MS = 0, 1
CUT_TO_22 = 160 + 22   # captured 22 bytes of the payload (tcpdump -s 64)
STEP_IDLE = 230        # (230 - 199) * 10 s: past any idle time the harness picks


def word(value):
    return struct.pack('!H', value)


def settings(max_transfers=16, idle_s=120, linger_100ms=50):
    return bytes([max_transfers - 1, idle_s - 1, linger_100ms])


def packet(src, dst, body, step=STEP_MS, cut=WHOLE):
    return bytes([src, dst, step, cut]) + body


def options(blksize=None, tsize=None, windowsize=None):
    which = (blksize is not None) | (tsize is not None) << 1 | (windowsize is not None) << 2
    out = bytes([which])
    if blksize is not None:
        out += word(blksize)
    if tsize is not None:
        out += word(tsize // 37)
    if windowsize is not None:
        out += bytes([windowsize])
    return out


def rrq(file, write=False, **opts):
    return bytes([2, int(write), FILES[file]]) + options(**opts)


def data(block, length):
    return bytes([4]) + word(block) + word(length)


def ack(block):
    return bytes([7]) + word(block)


def oack(**opts):
    return bytes([8]) + options(**opts)


def error(code, message):
    return bytes([9, code, len(message)]) + message


def raw(payload):
    return bytes([0]) + word(len(payload)) + payload


def download(client, tid, lengths):
    out = b''
    for block, length in enumerate(lengths, 1):
        out += packet(tid, client, data(block, length)) + packet(client, tid, ack(block))
    return out


SEEDS = {
    'plain-download': settings() + packet(PHONE_A, SERVER_69, rrq('apps'))
    + download(PHONE_A, SERVER_TID, [512, 512, 512, 100]),
    'options-window-resend': settings() + packet(PHONE_A, SERVER_69, rrq('term', blksize=1428, tsize=0, windowsize=4))
    + packet(SERVER_TID, PHONE_A, oack(blksize=1428, tsize=4 * 1428 + 37, windowsize=4))
    + packet(PHONE_A, SERVER_TID, ack(0))
    + b''.join(packet(SERVER_TID, PHONE_A, data(b, 1428)) for b in (1, 2, 3, 4, 3, 4))
    + packet(SERVER_TID, PHONE_A, data(5, 37)) + packet(PHONE_A, SERVER_TID, ack(5)),
    'gaps-and-rollover': settings() + packet(PHONE_A, SERVER_69, rrq('apps', blksize=8))
    + packet(SERVER_TID, PHONE_A, oack(blksize=8))
    + b''.join(packet(SERVER_TID, PHONE_A, data(b, 8)) for b in (1, 30000, 60000, 65535, 0, 65535, 1))
    + packet(SERVER_TID, PHONE_A, data(2, 3)),
    'config-not-found': settings() + packet(PHONE_A, SERVER_69, rrq('cnf'))
    + packet(SERVER_TID, PHONE_A, error(1, b'File not found')),
    'client-refuses-option': settings() + packet(PHONE_B, SERVER_69, rrq('sgn', blksize=65464))
    + packet(SERVER_TID, PHONE_B, oack(blksize=65464))
    + packet(PHONE_B, SERVER_TID, error(8, b'\x1b[31mrefused\n')),
    'two-phones-third-port': settings() + packet(PHONE_A, SERVER_69, rrq('apps'))
    + packet(PHONE_B, SERVER_69, rrq('apps'))
    + packet(SERVER_TID, PHONE_A, data(1, 512)) + packet(SERVER_TID2, PHONE_B, data(1, 512))
    + packet(SERVER_TID2, PHONE_A, data(2, 512))
    + packet(SERVER_TID, PHONE_A, data(2, 5)) + packet(SERVER_TID2, PHONE_B, data(2, 0)),
    'idle-and-evicted': settings(max_transfers=2, idle_s=30)
    + b''.join(packet(client, SERVER_69, rrq(f)) for client, f in ((PHONE_A, 'apps'), (PHONE_B, 'cnf')))
    + packet(1 | 2 << 2, SERVER_69, rrq('term'))
    + packet(SERVER_TID, PHONE_B, data(1, 512), step=STEP_IDLE),
    'write-request': settings() + packet(PHONE_A, SERVER_69, rrq('empty', write=True, tsize=37 * 20))
    + packet(SERVER_TID, PHONE_A, ack(0)) + packet(PHONE_A, SERVER_TID, data(1, 512))
    + packet(SERVER_TID, PHONE_A, ack(1)) + packet(PHONE_A, SERVER_TID, data(2, 228)),
    'snap-length-cut': settings() + packet(PHONE_A, SERVER_69, rrq('apps'))
    + b''.join(packet(SERVER_TID, PHONE_A, data(b, n), cut=CUT_TO_22) for b, n in ((1, 512), (2, 512), (3, 300))),
    'malformed': settings() + packet(PHONE_A, SERVER_69, raw(b'\x00\x01file'))
    + packet(PHONE_A, SERVER_69, raw(b'\x00\x07\x00\x01')) + packet(PHONE_A, SERVER_69, raw(b'\x00\x03\x01'))
    + packet(PHONE_A, SERVER_69, raw(b'\x00\x05\x00\x01oops')),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, script in SEEDS.items():
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(script)


if __name__ == '__main__':
    main()
