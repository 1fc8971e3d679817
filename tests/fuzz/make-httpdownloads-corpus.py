#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
"""Writes the seed corpus of the httpdownloads fuzz target
(corpus/httpdownloads/): segment scripts in the target's input layout (see
httpdownloads.cpp), one file per situation the tracker must handle. Run it
again only to change them."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10
IMPOSSIBLE, SNAP, NO_MAC = 0x20, 0x40, 0x80

# Indexes into kFragments (httpdownloads.cpp), as the `text` byte gives them.
FRAGMENTS = [
    'GET ', 'HEAD ', 'POST ', '/dnld/', 'SEP001122334455.cnf.xml', 'P003-8-12-00.loads', '?model=7841&x=/y',
    '%41%0a%zz', ' HTTP/1.1\r\n', ' HTTP/1.0\r\n', 'Host: 10.1.0.1:6970\r\n', '\r\n', '\r\n\r\n', '\n\n',
    'HTTP/1.1 200 OK\r\n', 'HTTP/1.1 404 Not Found\r\n', 'HTTP/1.1 100 Continue\r\n\r\n',
    'HTTP/1.1 204 No Content\r\n', 'HTTP/1.1 304 Not Modified\r\n', 'HTTP/1.0 200 OK\r\n', 'Content-Length: 0\r\n',
    'Content-Length: 10\r\n', 'Content-Length: 1460\r\n', 'content-LENGTH: 999999999999999999\r\n',
    'Content-Length: 10x\r\n', 'Transfer-Encoding: chunked\r\n', 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n',
    'HEAD /dnld/b.sbn HTTP/1.1\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n',
    'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', '0123456789', '\x1b[2J\u202e\x7f',
]


def fragment(text):
    return 0x40 + FRAGMENTS.index(text)


def seg(client, from_server, flags, text=0, raw=b'', step=0, cut=0, ack=0, time=1, ports=0):
    """One segment: `text` a fragment, or raw bytes from the input (below 64), or a body (0x80 + hundreds)."""
    who = (client & 3) | (4 if from_server else 0) | (ports << 3)
    if raw:
        text = len(raw)
    elif isinstance(text, str):
        text = fragment(text)
    return bytes([who, flags, step, text, cut, ack, time]) + raw


def expire(time=0xff):
    return bytes([0xe0, 0, 0, 0, 0, 0, time])


def handshake(client):
    return seg(client, False, SYN) + seg(client, True, SYN | ACK) + seg(client, False, ACK)


def request(client, text):
    return seg(client, False, PSH | ACK, text)


def reply(client, text='', raw=b'', flags=PSH | ACK, **kwargs):
    return seg(client, True, flags, text, raw, **kwargs)


def closes(client):
    return seg(client, True, FIN | ACK) + seg(client, False, FIN | ACK) + seg(client, True, ACK)


def body(client, hundreds):
    return seg(client, True, PSH | ACK, 0x80 + hundreds)


def header(connections=4, short_idle=False, no_linger=False, near_wrap=False, bound=3):
    return bytes([(connections - 1) | (4 if short_idle else 0) | (8 if no_linger else 0) | (0x10 if near_wrap else 0)
                  | (bound << 5)])


SEEDS = {
    'get-200-close': header() + handshake(0) + request(0, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n')
    + reply(0, 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n') + reply(0, raw=b'abcde') + closes(0),
    'keep-alive-404': header() + handshake(1) + request(1, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n')
    + reply(1, 'HTTP/1.1 404 Not Found\r\n') + reply(1, 'Content-Length: 10\r\n') + reply(1, '\r\n')
    + reply(1, '0123456789') + request(1, 'HEAD /dnld/b.sbn HTTP/1.1\r\n\r\n')
    + reply(1, 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n') + request(1, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n')
    + reply(1, 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n') + reply(1, raw=b'12345') + seg(1, False, RST),
    'chunked-next-request-fin': header() + handshake(2) + request(2, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n')
    + reply(2, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n') + body(2, 5) + body(2, 3)
    + request(2, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n') + reply(2, 'HTTP/1.0 200 OK\r\n') + reply(2, '\r\n')
    + body(2, 7) + closes(2),
    'split-and-snap': header() + handshake(3) + request(3, 'GET ') + request(3, '/dnld/')
    + request(3, 'P003-8-12-00.loads') + request(3, '?model=7841&x=/y') + request(3, ' HTTP/1.1\r\n')
    + request(3, 'Host: 10.1.0.1:6970\r\n') + request(3, '\r\n') + reply(3, 'HTTP/1.1 200 OK\r\n', cut=10)
    + reply(3, 'Content-Length: 1460\r\n') + body(3, 14) + reply(3, raw=b'x' * 40, flags=PSH | ACK | SNAP, cut=5)
    + request(3, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n') + closes(3),
    'wrap-retransmit': header(near_wrap=True) + handshake(0) + request(0, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n')
    + reply(0, 'HTTP/1.1 200 OK\r\n') + reply(0, 'Content-Length: 1460\r\n') + reply(0, '\r\n') + body(0, 5)
    + seg(0, True, PSH | ACK, 0x85, step=0x85) + body(0, 5) + seg(0, True, PSH | ACK, 0x81, step=0x41)
    + body(0, 9) + seg(0, True, PSH | ACK, 0x81, step=0xd4) + closes(0),
    'mid-connection-eviction': header(connections=1, short_idle=True) + reply(0, 'HTTP/1.1 200 OK\r\n')
    + body(0, 10) + request(0, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n') + handshake(1)
    + request(1, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n') + handshake(2) + request(2, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n')
    + seg(2, True, SYN) + seg(3, False, SYN, ports=3) + seg(3, False, SYN, ports=2) + expire()
    + seg(2, True, PSH | ACK, 'HTTP/1.1 200 OK\r\n', time=0xfe) + seg(1, False, RST) + expire(),
    'overflow-hostile': header(bound=0) + handshake(0) + request(0, 'GET ') + request(0, '/dnld/')
    + request(0, '\x1b[2J\u202e\x7f') + request(0, '%41%0a%zz') + request(0, ' HTTP/1.1\r\n')
    + request(0, 'Host: 10.1.0.1:6970\r\n') + request(0, 'Host: 10.1.0.1:6970\r\n') + request(0, '\r\n')
    + handshake(1) + request(1, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n') + reply(1, 'HTTP/1.1 200 OK\r\n')
    + reply(1, 'Transfer-Encoding: chunked\r\n') + reply(1, 'Transfer-Encoding: chunked\r\n')
    + reply(1, 'content-LENGTH: 999999999999999999\r\n') + reply(1, '\r\n') + body(1, 2)
    + seg(1, True, PSH | ACK | IMPOSSIBLE, 0x81) + closes(1),
    'interim-nobody-pipelined': header(bound=1) + handshake(2) + request(2, 'HEAD /dnld/b.sbn HTTP/1.1\r\n\r\n')
    + request(2, 'GET /dnld/a.sbn HTTP/1.1\r\n\r\n') + request(2, 'POST ') + request(2, '/dnld/')
    + request(2, ' HTTP/1.1\r\n') + request(2, '\r\n') + reply(2, 'HTTP/1.1 100 Continue\r\n\r\n')
    + reply(2, 'HTTP/1.1 304 Not Modified\r\n') + reply(2, 'Content-Length: 10\r\n') + reply(2, '\n\n')
    + reply(2, 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n') + reply(2, raw=b'12345')
    + reply(2, 'HTTP/1.1 204 No Content\r\n') + reply(2, '\r\n') + closes(2),
}

if __name__ == '__main__':
    folder = os.path.join(HERE, 'corpus', 'httpdownloads')
    os.makedirs(folder, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(folder, name), 'wb') as f:
            f.write(data)
