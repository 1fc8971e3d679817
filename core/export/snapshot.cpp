// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/snapshot.h"

#include "health/forecast.h"
#include "health/health.h"

#include "export/jsonwriter.h"
#include "protocol/ipv4.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>

namespace pfs {
namespace {

using L = QLatin1StringView;

// Addresses are written as text once per phone or peer; a fixed buffer, no
// QString::arg chain (issue #17: formatIpv4 ran 300 k times for a report).
void address(JsonWriter &w, quint32 ip)
{
    if (ip == 0) {
        w.null();
        return;
    }
    char text[kIpv4TextSize];
    w.value(L(text, writeIpv4(ip, text)));
}

void phoneAddress(JsonWriter &w, const RolloutModel &model, PhoneId id)
{
    const Phone *phone = model.phone(id);
    if (phone)
        address(w, phone->address);
    else
        w.null();
}

// The address of a phone's parent in `h`; 0 without one (or without an address).
quint32 parentAddress(const RolloutModel &model, const Hierarchy &h, PhoneId id)
{
    const Phone *parent = model.phone(h.parent(id));
    return parent ? parent->address : 0;
}

L latin(QByteArrayView key)
{
    return L(key.data(), key.size());
}

// A component as phones[].components[] holds it. pfsmon.snapshot/3 leaves
// out what a reader finds once elsewhere (issue #17: the report's size) and
// members at their default (false, 0, null), as protobuf's JSON mapping
// does: the name and XID are its hierarchy's, and a peer source is the
// phone's parent in that hierarchy, unless they differ.
void component(JsonWriter &w, const RolloutModel &model, const Phone &phone, const ComponentProgress &c)
{
    const Hierarchy *h = c.hierarchy ? model.hierarchy(c.hierarchy) : nullptr;
    w.beginObject();
    if (!h || h->file != c.file)
        w.member(L("name"), c.file);
    if (c.bytes)
        w.member(L("bytes"), c.bytes);
    w.member(L("total"), c.total);
    if (c.totalEstimated)
        w.member(L("totalEstimated"), true);
    w.member(L("state"), latin(RolloutModel::stateKey(c.state)));
    const bool started = c.state != ComponentState::Waiting || c.wanBytes || c.lanBytes;
    const bool fromPeer = started && !c.fromTftp;
    w.member(L("source"), !started ? L("none") : c.fromTftp ? L("tftp") : L("peer"));
    const quint32 sourceAddress = c.fromTftp ? 0 : c.peer;
    if (sourceAddress != (fromPeer && h ? parentAddress(model, *h, phone.id) : 0)) {
        w.key(L("sourceAddress"));
        address(w, sourceAddress);
    }
    if (c.wanBytes)
        w.member(L("wanBytes"), c.wanBytes);
    if (c.lanBytes)
        w.member(L("lanBytes"), c.lanBytes);
    w.member(L("progressFrom"), latin(ProvenanceNames::key(c.progressFrom)));
    if (c.hierarchy)
        w.member(L("hierarchy"), c.hierarchy);
    if (c.xid != (h ? h->xid : 0)) {
        w.key(L("xid"));
        if (c.xid)
            w.value(xidText(c.xid));
        else
            w.null();
    }
    w.endObject();
}

void figures(JsonWriter &w, const BandwidthFigures &f, qint64 bitsPerSecond)
{
    w.member(L("traditionalWanBytes"), f.traditionalWanBytes);
    w.member(L("actualWanBytes"), f.actualWanBytes);
    w.member(L("savedBytes"), f.savedBytes());
    w.member(L("savedPercent"), f.savedPercent());
    w.member(L("estimated"), f.estimated);
    w.member(L("observedSizes"), f.observedSizes);
    w.member(L("estimatedSizes"), f.estimatedSizes);
    w.member(L("unknownSizes"), f.unknownSizes);
    w.member(L("traditionalWayWanBytes"), f.traditionalWayWanBytes);
    w.member(L("traditionalWayPhones"), f.traditionalWayPhones);
    w.member(L("notHeardPhones"), f.notHeardPhones);
    if (bitsPerSecond > 0) {
        w.member(L("traditionalSeconds"), f.traditionalSeconds(bitsPerSecond));
        w.member(L("pfsSeconds"), f.pfsSeconds(bitsPerSecond));
    }
}

void figuresObject(JsonWriter &w, QLatin1StringView name, const BandwidthFigures &f, qint64 bitsPerSecond)
{
    w.key(name);
    w.beginObject();
    figures(w, f, bitsPerSecond);
    w.endObject();
}

// What a hierarchy's members[] leaves out, found once: the provenance most
// of its edges share, and the children a reader rebuilds from the parents
// (the members naming an address as parent, in members[] order).
struct MemberDefaults {
    std::optional<Provenance> parentFrom; // none without edges
    QHash<quint32, QList<quint32>> childrenByParent;

    MemberDefaults(const RolloutModel &model, const Hierarchy &h)
    {
        std::array<int, size_t(Provenance::Listed) + 1> edges{};
        for (const PhoneId id : h.members) {
            if (h.parent(id) == kNoPhone)
                continue;
            ++edges[size_t(h.edgeProvenance(id))];
            if (const quint32 parent = parentAddress(model, h, id))
                childrenByParent[parent].append(model.phone(id)->address);
        }
        const auto most = std::max_element(edges.cbegin(), edges.cend()); // the first of a tie
        if (*most > 0)
            parentFrom = Provenance(most - edges.cbegin());
    }
};

// A member's children, when a reader could not find them from the others'
// parents: they became its children in another order than they joined, or
// it has no address to be named by.
void childrenUnlessRebuilt(JsonWriter &w, const RolloutModel &model, const Hierarchy &h, const MemberDefaults &defaults,
                           const Phone &phone)
{
    QList<quint32> children;
    for (const PhoneId child : h.children(phone.id))
        children.append(model.phone(child) ? model.phone(child)->address : 0);
    if (phone.address && children == defaults.childrenByParent.value(phone.address))
        return;
    w.key(L("children"));
    w.beginArray();
    for (const quint32 child : children)
        address(w, child);
    w.endArray();
}

// A member's place in its hierarchy (its component is in phones[]).
void member(JsonWriter &w, const RolloutModel &model, const Hierarchy &h, const MemberDefaults &defaults, PhoneId id)
{
    const Phone *phone = model.phone(id);
    w.beginObject();
    w.key(L("address"));
    address(w, phone->address);
    if (!phone->address) // nothing else names it: its host and children say who it is
        w.member(L("host"), QString::fromUtf8(phone->host));
    if (h.parent(id) != kNoPhone) {
        w.key(L("parent"));
        phoneAddress(w, model, h.parent(id));
        if (h.edgeProvenance(id) != defaults.parentFrom)
            w.member(L("parentFrom"), latin(ProvenanceNames::key(h.edgeProvenance(id))));
    }
    if (h.joinedLate.contains(id))
        w.member(L("joinedLate"), true);
    if (const auto claim = h.otherParent.constFind(id); claim != h.otherParent.cend()) {
        w.key(L("otherParent"));
        phoneAddress(w, model, claim->parent);
        w.member(L("otherParentFrom"), latin(ProvenanceNames::key(claim->from)));
    }
    if (h.xid && phone->broadcastXid == h.xid)
        w.member(L("memberFrom"), latin(ProvenanceNames::key(Provenance::Inferred)));
    childrenUnlessRebuilt(w, model, h, defaults, *phone);
    w.endObject();
}

void hierarchy(JsonWriter &w, const RolloutModel &model, const Hierarchy &h, const BandwidthReport &bw,
               qint64 bitsPerSecond)
{
    w.beginObject();
    w.member(L("id"), h.id);
    w.key(L("xid"));
    if (h.xid)
        w.value(xidText(h.xid));
    else
        w.null();
    w.member(L("model"), h.model);
    w.key(L("subnet"));
    if (h.hasSubnet)
        w.value(formatSubnet(h.subnet, model.subnetPrefix()));
    else
        w.null();
    w.member(L("file"), h.file);
    w.member(L("load"), h.load);
    w.key(L("root"));
    phoneAddress(w, model, model.effectiveRoot(h));
    w.member(L("rootConfirmed"), h.rootConfirmed);
    w.member(L("advertisements"), h.advertisements);
    w.member(L("timeouts"), h.timeouts);
    const MemberDefaults defaults(model, h);
    if (defaults.parentFrom)
        w.member(L("parentFrom"), latin(ProvenanceNames::key(*defaults.parentFrom)));
    w.key(L("members"));
    w.beginArray();
    for (const PhoneId id : h.members)
        member(w, model, h, defaults, id);
    w.endArray();
    figuresObject(w, L("bandwidth"), bw.byHierarchy.value(h.id), bitsPerSecond);
    w.endObject();
}

// Seconds, or null for a time nothing supports.
void secondsOrNull(JsonWriter &w, qint64 ms)
{
    if (ms < 0)
        w.null();
    else
        w.value(double(ms) / 1000);
}

void timeLeft(JsonWriter &w, const TimeLeft &left)
{
    if (!left.known()) {
        w.null();
        return;
    }
    w.beginArray();
    secondsOrNull(w, left.lowMs);
    secondsOrNull(w, left.highMs);
    w.endArray();
}

// The forecast at the time of the last event (core/health/forecast.h): seconds left as [low, high].
void eta(JsonWriter &w, const RolloutForecast &f, const BandwidthReport &bw, qint64 wanBitsPerSecond, qint64 atMs)
{
    w.beginObject();
    w.member(L("atMs"), atMs);
    w.key(L("end"));
    timeLeft(w, f.end);
    w.key(L("traditionalLeft"));
    secondsOrNull(w, f.traditionalLeftMs(bw.overall, wanBitsPerSecond));
    w.key(L("wanBytesLeft"));
    if (f.wanBytesLeft < 0)
        w.null();
    else
        w.value(f.wanBytesLeft);
    w.member(L("wanBytesPerSecond"), f.wanBytesPerSecond);
    w.key(L("phones"));
    w.beginObject();
    w.member(L("done"), f.counts.done);
    w.member(L("inProgress"), f.counts.inProgress);
    w.member(L("waiting"), f.counts.waiting);
    w.member(L("inTrouble"), f.counts.inTrouble);
    w.member(L("notHeard"), f.counts.notHeard);
    w.endObject();
    w.endObject();
}

void phoneObject(JsonWriter &w, const RolloutModel &model, const Phone &phone, const Forecast &forecast)
{
    w.beginObject();
    w.key(L("address"));
    address(w, phone.address);
    w.member(L("host"), QString::fromUtf8(phone.host));
    w.member(L("mac"), phone.mac);
    w.member(L("model"), phone.model);
    w.member(L("load"), phone.load);
    w.member(L("pfs"), model.usesPfs(phone));
    w.member(L("upgradeDone"), phone.upgradeDone);
    w.member(L("records"), phone.records);
    w.member(L("unknownRecords"), phone.unknownRecords);
    w.member(L("lastHeardMs"), phone.lastHeardMs);
    w.key(L("components"));
    w.beginArray();
    for (const ComponentProgress &c : phone.components)
        component(w, model, phone, c);
    w.endArray();
    w.member(L("heard"), phone.heardFrom != 0);
    const PhoneForecast phoneEta = forecast.phone(phone.id);
    w.key(L("eta"));
    w.beginObject();
    w.key(L("file"));
    timeLeft(w, phoneEta.file);
    w.key(L("load"));
    timeLeft(w, phoneEta.load);
    w.endObject();
    if (phone.expected) {
        w.key(L("listed"));
        w.beginObject();
        w.member(L("model"), phone.listedModel);
        w.member(L("load"), phone.listedLoad);
        w.key(L("address"));
        address(w, phone.listedAddress);
        w.member(L("description"), phone.description);
        w.endObject();
    }
    w.endObject();
}

void records(JsonWriter &w, const RecordCounts &counts)
{
    w.beginObject();
    w.member(L("total"), counts.total);
    w.member(L("verified"), counts.byGrammar[size_t(Grammar::Verified)]);
    w.member(L("modelled"), counts.byGrammar[size_t(Grammar::Modelled)]);
    w.member(L("unknown"), counts.byGrammar[size_t(Grammar::Unknown)]);
    w.endObject();
}

void anomalies(JsonWriter &w, const RolloutModel &model)
{
    static constexpr const char *kKinds[] = {"thirdChild",     "cycle",       "selfParent",      "modelMismatch",
                                             "subnetMismatch", "rootChanged", "sourcesDisagree", "parentsDisagree"};
    static_assert(std::size(kKinds) == size_t(Anomaly::Kind::ParentsDisagree) + 1, "a key for every kind");
    w.beginArray();
    for (const Anomaly &a : model.anomalies()) {
        w.beginObject();
        w.member(L("kind"), L(kKinds[size_t(a.kind)]));
        w.member(L("hierarchy"), a.hierarchy);
        w.key(L("phone"));
        phoneAddress(w, model, a.phone);
        w.key(L("other"));
        phoneAddress(w, model, a.other);
        w.member(L("timeMs"), a.timeMs);
        w.member(L("text"), RolloutModel::anomalyText(a, model));
        w.endObject();
    }
    w.endArray();
}

void relays(JsonWriter &w, const RolloutModel &model)
{
    w.beginArray();
    for (const SyslogSender &sender : model.relays()) {
        w.beginObject();
        w.member(L("address"), formatIpv4(sender.address)); // a string even for 0.0.0.0, as before
        w.key(L("transports"));
        w.beginArray();
        if (sender.overUdp)
            w.value(L("udp"));
        if (sender.overTcp)
            w.value(L("tcp"));
        w.endArray();
        w.member(L("records"), sender.records);
        w.member(L("phones"), qint64(sender.phones.size()));
        w.member(L("reason"), latin(RolloutModel::relayReasonKey(sender.relayReason)));
        w.member(L("firstHeardMs"), sender.firstHeardMs);
        w.member(L("lastHeardMs"), sender.lastHeardMs);
        w.endObject();
    }
    w.endArray();
}

void bandwidth(JsonWriter &w, const BandwidthReport &bw, qint64 wanBitsPerSecond)
{
    // The projection at the top, as before; `soFar` and `projected` name the two plainly.
    w.beginObject();
    figures(w, bw.projected(), wanBitsPerSecond);
    w.member(L("wanBitsPerSecond"), wanBitsPerSecond);
    figuresObject(w, L("observed"), bw.soFar(), 0);
    figuresObject(w, L("soFar"), bw.soFar(), 0);
    figuresObject(w, L("projected"), bw.projected(), wanBitsPerSecond);
    w.member(L("phonesWithoutSize"), bw.phonesWithoutSize);
    w.key(L("byModel"));
    w.beginObject();
    for (auto it = bw.byModel.cbegin(); it != bw.byModel.cend(); ++it) {
        w.key(QStringView(it.key()));
        w.beginObject();
        figures(w, *it, wanBitsPerSecond);
        w.endObject();
    }
    w.endObject();
    w.endObject();
}

} // namespace

QJsonObject Snapshot::findingJson(const Finding &f, const RolloutModel &model)
{
    const auto addressOf = [&model](PhoneId id) {
        const Phone *phone = model.phone(id);
        return phone && phone->address ? QJsonValue(formatIpv4(phone->address)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o;
    o.insert(QLatin1String("kind"), QString(latin(Health::kindKey(f.kind))));
    o.insert(QLatin1String("severity"), QString(latin(Health::severityKey(f.severity))));
    o.insert(QLatin1String("phone"), addressOf(f.phone));
    o.insert(QLatin1String("hierarchy"), f.hierarchy);
    o.insert(QLatin1String("file"), f.file.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.file));
    o.insert(QLatin1String("other"), addressOf(f.other));
    o.insert(QLatin1String("sinceMs"), f.sinceMs);
    o.insert(QLatin1String("text"), Health::text(f, model));
    o.insert(QLatin1String("evidence"), QJsonArray::fromStringList(Health::evidence(f, model)));
    return o;
}

// Written member by member as the model is walked: nothing of the report is
// held in memory but the writer's buffer.
void Snapshot::writeJson(JsonWriter &w, const RolloutModel &model, const BandwidthReport &bw,
                         const SnapshotContext &context)
{
    w.beginObject();
    w.member(L("schema"), kSchema);
    w.member(L("generator"), L("pfsmon " PFSMON_VERSION));
    w.member(L("source"), context.source);
    w.member(L("subnetPrefix"), model.subnetPrefix());
    w.key(L("records"));
    records(w, model.counts());
    w.key(L("hierarchies"));
    w.beginArray();
    for (const HierarchyId id : model.hierarchyIds())
        hierarchy(w, model, *model.hierarchy(id), bw, context.wanBitsPerSecond);
    w.endArray();
    const qint64 nowMs = model.lastEventMs();
    // Once, for the findings and the forecast (issue #17: each assessment
    // walks every phone).
    const QList<Finding> findings = context.findings ? *context.findings : Health::assess(model, nowMs);
    const Forecast forecast(model, findings, nowMs);
    w.key(L("phones"));
    w.beginArray();
    for (const Phone &phone : model.phones()) {
        if (!phone.merged)
            phoneObject(w, model, phone, forecast);
    }
    w.endArray();
    w.key(L("anomalies"));
    anomalies(w, model);
    w.key(L("findings"));
    w.beginArray();
    for (const Finding &f : findings)
        w.value(QJsonValue(findingJson(f, model))); // small, and the alerts send the same object
    w.endArray();
    w.key(L("eta"));
    eta(w, forecast.rollout(), bw, context.wanBitsPerSecond, nowMs);
    w.key(L("relays"));
    relays(w, model);
    w.key(L("bandwidth"));
    bandwidth(w, bw, context.wanBitsPerSecond);
    w.endObject();
}

QJsonObject Snapshot::toJson(const RolloutModel &model, const BandwidthReport &bw, const SnapshotContext &context)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonWriter writer(&buffer);
        writeJson(writer, model, bw, context);
    }
    return QJsonDocument::fromJson(buffer.data()).object();
}

bool Snapshot::write(const RolloutModel &model, const BandwidthReport &bw, const SnapshotContext &context,
                     const QString &path, QString *error, JsonWriter::Style style)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool written = false;
    {
        JsonWriter writer(&file, style);
        writeJson(writer, model, bw, context);
        written = writer.flush();
    }
    if (!written || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Snapshot::write(const QJsonObject &snapshot, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(snapshot).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pfs
