#!/usr/bin/env python3
"""Writes the crafted (hostile) captures next to this script: regression
inputs for the pcap reader's security fixes (issue #11). Run it again only to
change them; tst_pcap asserts what pfsmon makes of each."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
LINKTYPE_RAW = 101


def checksum(header):
    total = sum(struct.unpack('!10H', header))
    while total >> 16:
        total = (total & 0xffff) + (total >> 16)
    return ~total & 0xffff


def ipv4(protocol, payload, total=None, ihl=5, flags_fragment=0):
    total = 20 + len(payload) if total is None else total
    header = struct.pack('!BBHHHBBH4s4s', 0x40 | ihl, 0, total, 0, flags_fragment, 64, protocol, 0,
                         bytes([10, 20, 0, 23]), bytes([127, 0, 0, 1]))
    header = header[:10] + struct.pack('!H', checksum(header)) + header[12:]
    return header + b'\0' * (ihl * 4 - 20) + payload


def tcp(sequence, data, flags=0x18, offset=5, dport=601):
    return struct.pack('!HHIIBBHHH', 40000, dport, sequence & 0xffffffff, 0, offset << 4, flags, 65535, 0, 0) + data


def udp(data, length=None, dport=514):
    return struct.pack('!HHHH', 40000, dport, 8 + len(data) if length is None else length, 0) + data


def pcap(name, packets):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, LINKTYPE_RAW))
        for i, (packet, wire) in enumerate(packets):
            f.write(struct.pack('<IIII', 1795507200 + i, 0, len(packet), wire or len(packet)))
            f.write(packet)


def frame(data, sequence):
    return ipv4(6, tcp(sequence, data)), 0


# Sequence numbers 2^31 and more from the expected one, either way, and across the wrap.
START = 1000
FIRST = b'16 <13>first record'
EVIL = b'16 <13>evil! record'
AFTER = b'16 <13>after record'
packets = [(ipv4(6, tcp(START, b'', flags=0x02)), 0)]  # SYN
nxt = START + 1


def send(data, sequence):
    global nxt
    packets.append(frame(data, sequence))
    nxt = sequence + len(data)


send(FIRST, nxt)
send(EVIL, nxt + 0x80000000)                 # 2^31 ahead: qint32 INT_MIN before the fix
send(AFTER, nxt)                             # in order after it
send(EVIL, nxt + 0x7fffffff)                 # 2^31 - 1 ahead
send(EVIL, nxt - 0x80000001)                 # 2^31 + 1 behind
send(b'15 <13>wrap-record', 0xfffffff8)      # somewhere else, and the sequence wraps inside the segment
send(b'17 <13>past the wrap', nxt)           # in order across the wrap
send(b'15 <13>far behind!', nxt - 0x20000000)
send(b'15 <13>far behind!', nxt - 18)        # a retransmission: dropped
pcap('tcp-sequence-jumps.pcap', packets)

# Lengths that lie: every one must be refused without reading past the packet.
pcap('lengths-that-lie.pcap', [
    (ipv4(17, udp(b'<13>ihl too long'), ihl=15)[:40], 0),               # IHL 60 > packet
    (ipv4(17, udp(b'<13>total short'), total=12), 0),                   # total < IHL
    (ipv4(17, udp(b'<13>total long'), total=60000), 0),                 # total > packet, not cut
    (ipv4(17, udp(b'<13>udp length 3', length=3)), 0),                  # UDP length < 8
    (ipv4(17, udp(b'<13>udp length big', length=9000)), 0),            # UDP length > packet, not cut
    (ipv4(6, tcp(5, b'9 <13>offset', offset=15)), 0),                   # data offset past the segment
    (ipv4(6, tcp(5, b'9 <13>offset', offset=2)), 0),                    # data offset < 20
    (ipv4(17, udp(b'<13>fragment')[:8], flags_fragment=0x2000), 0),    # first fragment
    (ipv4(17, udp(b'<13>fragment'), flags_fragment=0x0003), 0),        # later fragment
    (b'\x45', 0),                                                        # one byte
    (ipv4(17, udp(b'<13>whole one')), 0),                                # the only good packet
])


def block(kind, body):
    body += b'\0' * (-len(body) % 4)
    length = 12 + len(body)
    return struct.pack('<II', kind, length) + body + struct.pack('<I', length)


def option(code, value):
    return struct.pack('<HH', code, len(value)) + value + b'\0' * (-len(value) % 4)


def epb(interface, timestamp, packet):
    return block(6, struct.pack('<IIIII', interface, timestamp >> 32, timestamp & 0xffffffff, len(packet), len(packet))
                 + packet)


# Timestamps at the ends of 64 bits in several resolutions, and huge offsets.
# Ethernet: libpcap 1.10 refuses a second raw-IP interface ("a type 101
# different from the type of the first interface").
LINKTYPE_ETHERNET = 1
syslog = b'\x11' * 12 + b'\x08\x00' + ipv4(17, udp(b'<13>Nov 24 08:00:00 h DLoad: time'))
END = option(0, b'')
with open(os.path.join(HERE, 'pcapng-timestamps.pcapng'), 'wb') as f:
    f.write(block(0x0a0d0d0a, struct.pack('<IHHq', 0x1a2b3c4d, 1, 0, -1)))
    f.write(block(1, struct.pack('<HHI', LINKTYPE_ETHERNET, 0, 0)))                                  # 10^-6
    f.write(block(1, struct.pack('<HHI', LINKTYPE_ETHERNET, 0, 0) + option(9, b'\x00') + END))      # 10^0: seconds
    f.write(block(1, struct.pack('<HHI', LINKTYPE_ETHERNET, 0, 0) + option(9, b'\x09') + END))      # 10^-9
    f.write(block(1, struct.pack('<HHI', LINKTYPE_ETHERNET, 0, 0) + option(9, b'\x80') + END))      # 2^0
    f.write(block(1, struct.pack('<HHI', LINKTYPE_ETHERNET, 0, 0) + option(14, struct.pack('<q', 2**62)) + END))
    f.write(block(1, struct.pack('<HHI', LINKTYPE_ETHERNET, 0, 0) + option(14, struct.pack('<q', -2**62)) + END))
    for interface in range(6):
        f.write(epb(interface, 2**64 - 1, syslog))
        f.write(epb(interface, 1795507200123456, syslog))
