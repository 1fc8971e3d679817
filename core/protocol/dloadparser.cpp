// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "protocol/dloadparser.h"
#include "protocol/wire.h"

#include "protocol/digits.h"
#include "protocol/modelledgrammar.h"

#include <cstring>

namespace pfs {
namespace {

// One comparison for nearly every byte: spaces and tabs are both <= ' '.
bool isSpace(char c)
{
    return uchar(c) <= ' ' && (c == ' ' || c == '\t');
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A forward-only reader over one record; every method leaves the cursor
// unchanged when it returns false.
struct Cursor {
    const char *p;
    const char *end;

    bool atEnd() const { return p >= end; }
    bool skip(QByteArrayView literal)
    {
        if (end - p < literal.size() || std::memcmp(p, literal.data(), size_t(literal.size())) != 0)
            return false;
        p += literal.size();
        return true;
    }
    void skipSpaces()
    {
        while (p < end && isSpace(*p))
            ++p;
    }
    QByteArrayView token() // memchr, not a loop: paths make tokens long
    {
        const char *start = p;
        if (p >= end)
            return {start, 0};
        const char *space = static_cast<const char *>(std::memchr(p, ' ', size_t(end - p)));
        const char *stop = space ? space : end;
        const char *tab = static_cast<const char *>(std::memchr(p, '\t', size_t(stop - p)));
        p = tab ? tab : stop;
        return {start, p - start};
    }
    QByteArrayView until(char stop)
    {
        const char *start = p;
        while (p < end && *p != stop)
            ++p;
        return {start, p - start};
    }
    QByteArrayView rest()
    {
        const char *last = end;
        while (last > p && isSpace(last[-1]))
            --last;
        QByteArrayView view(p, last - p);
        p = end;
        return view;
    }
    bool hex32(quint32 *value)
    {
        quint32 v = 0;
        int n = 0;
        for (; p + n < end && n < 8; ++n) {
            const int h = hexDigitValue(uchar(p[n]));
            if (h < 0)
                break;
            v = (v << 4) | quint32(h);
        }
        if (n == 0)
            return false;
        p += n;
        *value = v;
        return true;
    }
    bool integer(qint64 *value)
    {
        const char *q = p;
        const bool negative = q < end && *q == '-';
        if (negative)
            ++q;
        qint64 v = 0;
        int digits = 0;
        for (; q < end && isDigit(*q); ++q, ++digits) {
            if (digits == 18)
                return false; // would overflow: not a field of ours
            v = v * 10 + (*q - '0');
        }
        if (digits == 0)
            return false;
        p = q;
        *value = negative ? -v : v;
        return true;
    }
    bool smallInt(int *value)
    {
        qint64 v = 0;
        const char *save = p;
        if (!integer(&v) || v < -1000000 || v > 1000000) {
            p = save;
            return false;
        }
        *value = int(v);
        return true;
    }
};

const char *findTag(QByteArrayView record)
{
    if (record.size() < wire::kDLoadTag.size()) // also a null view: no pointer arithmetic on it
        return nullptr;
    const char *p = record.data();
    const char *last = p + record.size() - wire::kDLoadTag.size();
    for (; p <= last; ++p) {
        p = static_cast<const char *>(std::memchr(p, 'D', size_t(last - p + 1)));
        if (!p)
            return nullptr;
        if (std::memcmp(p, wire::kDLoadTag.data(), size_t(wire::kDLoadTag.size())) == 0)
            return p;
    }
    return nullptr;
}

// A known time of day (not -1) is taken instead of the digits' token.
void parsePrefix(QByteArrayView prefix, DLoadEvent &event, qint64 knownTimeOfDayUs)
{
    Cursor c{prefix.data(), prefix.data() + prefix.size()};
    event.timeOfDayUs = knownTimeOfDayUs;
    while (true) {
        c.skipSpaces();
        if (c.atEnd())
            return;
        const QByteArrayView tok = c.token();
        if (!tok.isEmpty() && isDigit(tok.front())) {
            if (knownTimeOfDayUs < 0)
                DLoadParser::parseTimeOfDay(tok, &event.timeOfDayUs);
        } else if (event.severityText.isEmpty()) {
            event.severityText = tok;
            event.severity = DLoadParser::severityFromCode(tok, &event.severityRepaired);
        }
    }
}

bool setVerified(DLoadEvent &event, EventKind kind)
{
    event.kind = kind;
    event.grammar = Grammar::Verified;
    return true;
}

bool setModelled(DLoadEvent &event, EventKind kind)
{
    event.kind = kind;
    event.grammar = Grammar::Modelled;
    return true;
}

// +++ fd=7 Listening on peer TCP port 4051
bool parseListening(Cursor c, DLoadEvent &e)
{
    return c.skip("+++ fd=") && c.smallInt(&e.fd) && c.skip(" Listening on peer TCP port ") && c.smallInt(&e.port)
        && (c.skipSpaces(), c.atEnd()) && setVerified(e, EventKind::PeerListening);
}

// ^.idl_child.c-openUDPPort
bool parseFunctionTrace(Cursor c, DLoadEvent &e)
{
    if (!c.skip("^."))
        return false;
    e.sourceFile = c.until('-');
    if (e.sourceFile.isEmpty() || !c.skip("-"))
        return false;
    e.function = c.rest();
    if (e.function.isEmpty())
        return false;
    if (e.function == "openUDPPort")
        return setVerified(e, EventKind::UdpPortOpened);
    if (e.function == "sendBroadcastOffer")
        return setVerified(e, EventKind::BroadcastOffer);
    if (e.function == "doTimeout")
        return setVerified(e, EventKind::TimeoutHandler);
    return setVerified(e, EventKind::FunctionTrace);
}

// |parent=-1><fd[0]=-1 fd[1]=-1 FULL=0
bool parseParentState(Cursor c, DLoadEvent &e)
{
    if (!c.skip("|parent="))
        return false;
    e.state = c.until('>');
    // The seed prints a descriptor ("-1"); a peer's address is read as one, never as its first octet.
    Cursor value{e.state.data(), e.state.data() + e.state.size()};
    if (!(value.smallInt(&e.parentFd) && value.atEnd())) {
        e.parentFd = -1;
        DLoadParser::parseIpv4(e.state, &e.peer);
    }
    int full = 0;
    if (!(c.skip("><fd[0]=") && c.smallInt(&e.childFd[0]) && c.skip(" fd[1]=") && c.smallInt(&e.childFd[1])
          && c.skip(" FULL=") && c.smallInt(&full)))
        return false;
    e.full = full != 0;
    return setVerified(e, EventKind::ParentState);
}

// UT:Confirmed root bumping strength
bool parseRootConfirmed(Cursor c, DLoadEvent &e)
{
    return c.skip("UT:Confirmed root bumping strength") && (c.skipSpaces(), c.atEnd())
        && setVerified(e, EventKind::RootConfirmed);
}

// Timeout XID080027F8 hier=ClaimRoot(tent)
bool parseTimeout(Cursor c, DLoadEvent &e)
{
    if (!(c.skip("Timeout XID") && c.hex32(&e.xid) && c.skip(" hier=")))
        return false;
    e.hasXid = true;
    e.state = c.rest();
    return setVerified(e, EventKind::Timeout);
}

// @@@HROOT:XID080027F8 H=36685558 m=CP-7961G ROOT=10.106.117.68 /dnld/SCCP41.9-4-2SR2-2S.loads
bool parseHierarchyRoot(Cursor c, DLoadEvent &e)
{
    if (!(c.skip("@@@HROOT:XID") && c.hex32(&e.xid) && c.skip(" H=") && c.hex32(&e.hierarchyHash) && c.skip(" m=")))
        return false;
    e.hasXid = true;
    e.model = c.token();
    if (e.model.isEmpty() || !c.skip(" ROOT="))
        return false;
    if (!DLoadParser::parseIpv4(c.token(), &e.address))
        return false;
    c.skipSpaces();
    e.path = c.token();
    c.skipSpaces();
    return !e.path.isEmpty() && c.atEnd() && setVerified(e, EventKind::HierarchyRoot);
}

// TxBdcst ClaimRoot(tent): map=ff9d7cb9 strength=31d4d43d  |  TxBdcst Ad 1: ClaimRoot(tent)
bool parseBroadcast(Cursor c, DLoadEvent &e)
{
    if (c.skip("ClaimRoot")) {
        e.tentative = c.skip("(tent)");
        if (!(c.skip(": map=") && c.hex32(&e.map) && c.skip(" strength=") && c.hex32(&e.strength)))
            return false;
        c.skipSpaces();
        return c.atEnd() && setVerified(e, EventKind::ClaimRoot);
    }
    if (!(c.skip("Ad ") && c.smallInt(&e.adNumber) && c.skip(":")))
        return false;
    c.skipSpaces();
    e.state = c.rest();
    e.tentative = e.state.endsWith("(tent)");
    return setVerified(e, EventKind::Advertisement);
}

// The "key=value" fields a modelled form has (modelledgrammar.h).
enum Field : unsigned {
    kSelf = 1u << 0,
    kParent = 1u << 1,
    kSource = 1u << 2,
    kSize = 1u << 3,
    kBytes = 1u << 4,
    kModel = 1u << 5,
    kLoad = 1u << 6,
    kReason = 1u << 7,
    kMac = 1u << 8,
    kPfs = 1u << 9,
};

struct FieldKey {
    QByteArrayView key;
    Field field;
};

constexpr FieldKey kFieldKeys[] = {
    {"self", kSelf}, {"parent", kParent}, {"src", kSource},    {"size", kSize}, {"bytes", kBytes},
    {"m", kModel},   {"load", kLoad},     {"reason", kReason}, {"mac", kMac},   {"pfs", kPfs},
};

// 0 for a key that is not one of `fields`: ignored, so that a field another
// form has (a "load=" in an Rx record) never overwrites this form's own.
unsigned fieldOf(QByteArrayView key, unsigned fields)
{
    for (const FieldKey &k : kFieldKeys) {
        if (equal(k.key, key))
            return k.field & fields;
    }
    return 0;
}

// Trailing "key=value" fields of the modelled records: those of the form
// (`fields`) are read, any other key is skipped (newer tools may add some).
bool parseFields(Cursor c, DLoadEvent &e, unsigned fields)
{
    while (true) {
        c.skipSpaces();
        if (c.atEnd())
            return true;
        const QByteArrayView field = c.token();
        const void *equals = std::memchr(field.data(), '=', size_t(field.size()));
        const qsizetype eq = equals ? static_cast<const char *>(equals) - field.data() : -1;
        if (eq <= 0)
            return false;
        const QByteArrayView value = field.sliced(eq + 1);
        Cursor v{value.data(), value.data() + value.size()};
        bool ok = true;
        switch (fieldOf(field.first(eq), fields)) {
        case kSelf: ok = DLoadParser::parseIpv4(value, &e.address); break;
        case kParent: ok = DLoadParser::parseIpv4(value, &e.peer); break;
        case kSource:
            e.fromTftp = value == modelled::kTftpSource;
            e.peer = 0;
            ok = e.fromTftp || DLoadParser::parseIpv4(value, &e.peer);
            break;
        case kSize: ok = v.integer(&e.size) && v.atEnd() && e.size >= 0; break;
        case kBytes: ok = v.integer(&e.bytes) && v.atEnd() && e.bytes >= 0; break;
        case kModel: e.model = value; break;
        case kLoad: e.path = value; break;
        case kReason: e.reason = value; break;
        case kMac: e.mac = value; break;
        case kPfs:
            ok = value == "on" || value == "off";
            e.pfsEnabled = value == "on";
            break;
        default: break;
        }
        if (!ok)
            return false;
    }
}

bool hasFields(const DLoadEvent &e, bool self, bool bytes)
{
    return (!self || e.address != 0) && (!bytes || e.bytes >= 0);
}

// Rx start|progress|done|failed /path …  and  Fallback TFTP /path …
bool parseTransfer(Cursor c, DLoadEvent &e)
{
    if (c.skip(modelled::kFallback)) {
        e.path = c.token();
        return !e.path.isEmpty() && parseFields(c, e, kReason | kSelf) && hasFields(e, true, false)
            && setModelled(e, EventKind::TftpFallback);
    }
    if (!c.skip(modelled::kReceive))
        return false;
    EventKind kind;
    unsigned fields = kSelf;
    if (c.skip(modelled::kStart)) {
        kind = EventKind::TransferStart;
        fields |= kSize | kSource;
    } else if (c.skip(modelled::kProgress)) {
        kind = EventKind::TransferProgress;
        fields |= kBytes;
    } else if (c.skip(modelled::kDone)) {
        kind = EventKind::TransferDone;
        fields |= kBytes;
    } else if (c.skip(modelled::kFailed)) {
        kind = EventKind::TransferFailed;
        fields |= kBytes | kReason;
    } else {
        return false;
    }
    e.path = c.token();
    if (e.path.isEmpty() || !parseFields(c, e, fields))
        return false;
    const bool ok = kind == EventKind::TransferStart ? e.size >= 0 && (e.fromTftp || e.peer != 0) && e.address != 0
                                                     : hasFields(e, true, true);
    return ok && setModelled(e, kind);
}

// UPG start … | UPG done …
bool parseUpgrade(Cursor c, DLoadEvent &e)
{
    if (!c.skip(modelled::kUpgrade))
        return false;
    if (c.skip(modelled::kStart))
        return parseFields(c, e, kSelf | kModel | kLoad | kPfs | kMac) && e.address != 0 && !e.model.isEmpty()
            && !e.path.isEmpty() && setModelled(e, EventKind::UpgradeStart);
    if (c.skip(modelled::kDone))
        return parseFields(c, e, kSelf) && e.address != 0 && setModelled(e, EventKind::UpgradeDone);
    return false;
}

// XID080027F8 …
bool parseXidRecord(Cursor c, DLoadEvent &e)
{
    if (!(c.skip("XID") && c.hex32(&e.xid) && c.skip(" ")))
        return false;
    e.hasXid = true;
    if (c.skip("TxBdcst "))
        return parseBroadcast(c, e);
    if (c.skip("Root sending TFTP XfrCmd on ")) {
        e.state = c.rest();
        return setVerified(e, EventKind::RootTftpCommand);
    }
    // XID 0 is how the modelled grammar says "no hierarchy": a transfer
    // without one, and no join at all (there is nothing to join).
    if (c.skip(modelled::kJoined))
        return e.xid != 0 && parseFields(c, e, kParent | kSelf) && e.peer != 0 && e.address != 0
            && setModelled(e, EventKind::JoinedParent);
    e.hasXid = e.xid != 0;
    return parseTransfer(c, e);
}

bool parseBody(Cursor c, DLoadEvent &e)
{
    if (c.atEnd())
        return false;
    switch (*c.p) {
    case '+': return parseListening(c, e);
    case '^': return parseFunctionTrace(c, e);
    case '|': return parseParentState(c, e);
    case '@': return parseHierarchyRoot(c, e);
    case 'X': return parseXidRecord(c, e);
    case 'T': return parseTimeout(c, e);
    case 'U': return parseRootConfirmed(c, e) || parseUpgrade(c, e);
    case 'R':
    case 'F': return parseTransfer(c, e);
    default: return false;
    }
}

} // namespace

bool DLoadParser::parse(QByteArrayView record, DLoadEvent &event)
{
    return parse(record, event, -1);
}

bool DLoadParser::parse(QByteArrayView record, DLoadEvent &event, qint64 timeOfDayUs)
{
    event = DLoadEvent{};
    const char *tag = findTag(record);
    if (!tag)
        return false;
    parsePrefix(QByteArrayView(record.data(), tag - record.data()), event, timeOfDayUs);
    Cursor body{tag + wire::kDLoadTag.size(), record.data() + record.size()};
    body.skipSpaces();
    event.body = QByteArrayView(body.p, body.end - body.p);
    if (parseBody(body, event))
        return true;
    // A body of no known form: what the prefix said, and nothing a form began to read.
    DLoadEvent unknown;
    unknown.severity = event.severity;
    unknown.severityRepaired = event.severityRepaired;
    unknown.severityText = event.severityText;
    unknown.timeOfDayUs = event.timeOfDayUs;
    unknown.body = event.body;
    event = unknown;
    return true;
}

Severity DLoadParser::severityFromCode(QByteArrayView code, bool *repaired)
{
    struct Code {
        QByteArrayView text;
        Severity severity;
    };
    static constexpr Code codes[] = {
        {"DBG", Severity::Debug},    {"INF", Severity::Info},  {"NOT", Severity::Notice},   {"WRN", Severity::Warning},
        {"WARN", Severity::Warning}, {"ERR", Severity::Error}, {"CRT", Severity::Critical}, {"CRI", Severity::Critical},
    };
    if (repaired)
        *repaired = false;
    for (const Code &c : codes) {
        if (equal(code, c.text))
            return c.severity;
    }
    // A code cut at its start (PDF copies lose the first letter): accept it
    // when exactly one known code ends with it.
    if (code.size() < 2)
        return Severity::Unknown;
    Severity match = Severity::Unknown;
    int matches = 0;
    for (const Code &c : codes) {
        if (c.text.endsWith(code) && c.severity != match) {
            match = c.severity;
            ++matches;
        }
    }
    if (matches != 1)
        return Severity::Unknown;
    if (repaired)
        *repaired = true;
    return match;
}

bool DLoadParser::parseTimeOfDay(QByteArrayView text, qint64 *microseconds)
{
    auto two = [&](qsizetype at, int max, int *out) {
        if (text.size() < at + 2 || !isDigit(text[at]) || !isDigit(text[at + 1]))
            return false;
        *out = (text[at] - '0') * 10 + (text[at + 1] - '0');
        return *out <= max;
    };
    int h = 0, m = 0, s = 0;
    if (!(two(0, 23, &h) && text.size() >= 8 && text[2] == ':' && two(3, 59, &m) && text[5] == ':' && two(6, 60, &s)))
        return false;
    // A leap second (":60") is the last microsecond of its minute: the time
    // stays within its day and after every record of second 59, as a day of
    // 86,400 s (QTime's, the model's) can hold it.
    const bool leapSecond = s == 60;
    qint64 fraction = 0;
    if (text.size() > 8) {
        if (text[8] != '.' || text.size() == 9 || text.size() > 15)
            return false;
        int digits = 0;
        for (qsizetype i = 9; i < text.size(); ++i, ++digits) {
            if (!isDigit(text[i]))
                return false;
            fraction = fraction * 10 + (text[i] - '0');
        }
        for (; digits < 6; ++digits)
            fraction *= 10;
    }
    if (leapSecond) {
        s = 59;
        fraction = 999999;
    }
    *microseconds = ((qint64(h) * 60 + m) * 60 + s) * 1000000 + fraction;
    return true;
}

bool DLoadParser::parseIpv4(QByteArrayView text, quint32 *address)
{
    quint32 result = 0;
    int octets = 0;
    qsizetype i = 0;
    while (octets < 4) {
        int value = 0;
        int digits = 0;
        for (; i < text.size() && isDigit(text[i]) && digits < 3; ++i, ++digits)
            value = value * 10 + (text[i] - '0');
        if (digits == 0 || value > 255)
            return false;
        result = (result << 8) | quint32(value);
        ++octets;
        if (octets < 4) {
            if (i >= text.size() || text[i] != '.')
                return false;
            ++i;
        }
    }
    if (i != text.size())
        return false;
    *address = result;
    return true;
}

} // namespace pfs
