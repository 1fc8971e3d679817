// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// A copy of Snapshot::toJson's QJsonObject builder as it was before the
// report was streamed (pfsmon.snapshot/2), and pfsmon.snapshot/3 built from
// it by taking out what /3 does not repeat: the oracles of tst_export's
// streamed-report tests.
#include "snapshotoracle.h"

#include "health/forecast.h"
#include "health/health.h"

#include "protocol/ipv4.h"

#include <QJsonArray>
#include <QMap>

#include <iterator>

namespace pfs::test {
namespace {

QJsonValue addressValue(quint32 address)
{
    return address ? QJsonValue(formatIpv4(address)) : QJsonValue(QJsonValue::Null);
}

QJsonValue phoneAddress(const RolloutModel &model, PhoneId id)
{
    const Phone *phone = model.phone(id);
    return phone ? addressValue(phone->address) : QJsonValue(QJsonValue::Null);
}

QString latin(QByteArrayView key)
{
    return QString::fromLatin1(key.data(), key.size());
}

QJsonObject componentJson(const ComponentProgress &c)
{
    QJsonObject o;
    o.insert(QLatin1String("name"), c.file);
    o.insert(QLatin1String("bytes"), c.bytes);
    o.insert(QLatin1String("total"), c.total);
    o.insert(QLatin1String("totalEstimated"), c.totalEstimated);
    o.insert(QLatin1String("state"), latin(RolloutModel::stateKey(c.state)));
    const bool started = c.state != ComponentState::Waiting || c.wanBytes || c.lanBytes;
    o.insert(QLatin1String("source"),
             !started         ? QStringLiteral("none")
                 : c.fromTftp ? QStringLiteral("tftp")
                              : QStringLiteral("peer"));
    o.insert(QLatin1String("sourceAddress"), c.fromTftp ? QJsonValue(QJsonValue::Null) : addressValue(c.peer));
    o.insert(QLatin1String("wanBytes"), c.wanBytes);
    o.insert(QLatin1String("lanBytes"), c.lanBytes);
    o.insert(QLatin1String("progressFrom"), latin(ProvenanceNames::key(c.progressFrom)));
    if (c.hierarchy)
        o.insert(QLatin1String("hierarchy"), c.hierarchy);
    if (c.xid)
        o.insert(QLatin1String("xid"), xidText(c.xid));
    return o;
}

// pfsmon.snapshot/3's component: members at their default left out, and
// what its hierarchy says (name, XID, the parent a peer source is) too.
QJsonObject componentJsonV3(const RolloutModel &model, const Phone &phone, const ComponentProgress &c)
{
    QJsonObject o = componentJson(c);
    o.remove(QLatin1String("xid"));
    const Hierarchy *h = model.hierarchy(c.hierarchy);
    const auto dropIf = [&o](const char *key, const QJsonValue &value) {
        if (o.value(QLatin1String(key)) == value)
            o.remove(QLatin1String(key));
    };
    dropIf("bytes", 0);
    dropIf("totalEstimated", false);
    dropIf("wanBytes", 0);
    dropIf("lanBytes", 0);
    const bool peer = o.value(QLatin1String("source")) == QLatin1String("peer");
    const PhoneId parent = h ? h->parent(phone.id) : kNoPhone;
    dropIf("sourceAddress", peer ? phoneAddress(model, parent) : QJsonValue(QJsonValue::Null));
    if (h) {
        dropIf("name", h->file);
        if (c.xid != h->xid)
            o.insert(QLatin1String("xid"), c.xid ? QJsonValue(xidText(c.xid)) : QJsonValue(QJsonValue::Null));
    } else if (c.xid) {
        o.insert(QLatin1String("xid"), xidText(c.xid));
    }
    return o;
}

QJsonArray componentsJson(const QList<ComponentProgress> &components)
{
    QJsonArray array;
    for (const ComponentProgress &c : components)
        array.append(componentJson(c));
    return array;
}

QJsonObject figuresJson(const BandwidthFigures &f, qint64 bitsPerSecond)
{
    QJsonObject o;
    o.insert(QLatin1String("traditionalWanBytes"), f.traditionalWanBytes);
    o.insert(QLatin1String("actualWanBytes"), f.actualWanBytes);
    o.insert(QLatin1String("savedBytes"), f.savedBytes());
    o.insert(QLatin1String("savedPercent"), f.savedPercent());
    o.insert(QLatin1String("estimated"), f.estimated);
    o.insert(QLatin1String("observedSizes"), f.observedSizes);
    o.insert(QLatin1String("estimatedSizes"), f.estimatedSizes);
    o.insert(QLatin1String("unknownSizes"), f.unknownSizes);
    o.insert(QLatin1String("traditionalWayWanBytes"), f.traditionalWayWanBytes);
    o.insert(QLatin1String("traditionalWayPhones"), f.traditionalWayPhones);
    o.insert(QLatin1String("notHeardPhones"), f.notHeardPhones);
    if (bitsPerSecond > 0) {
        o.insert(QLatin1String("traditionalSeconds"), f.traditionalSeconds(bitsPerSecond));
        o.insert(QLatin1String("pfsSeconds"), f.pfsSeconds(bitsPerSecond));
    }
    return o;
}

QJsonObject hierarchyPhoneJson(const RolloutModel &model, const Hierarchy &h, PhoneId id)
{
    const Phone *phone = model.phone(id);
    QJsonObject o;
    o.insert(QLatin1String("address"), addressValue(phone->address));
    o.insert(QLatin1String("host"), QString::fromUtf8(phone->host));
    o.insert(QLatin1String("parent"), phoneAddress(model, h.parent(id)));
    if (h.parent(id) != kNoPhone)
        o.insert(QLatin1String("parentFrom"), latin(ProvenanceNames::key(h.edgeProvenance(id))));
    if (h.joinedLate.contains(id))
        o.insert(QLatin1String("joinedLate"), true);
    if (const auto claim = h.otherParent.constFind(id); claim != h.otherParent.cend()) {
        o.insert(QLatin1String("otherParent"), phoneAddress(model, claim->parent));
        o.insert(QLatin1String("otherParentFrom"), latin(ProvenanceNames::key(claim->from)));
    }
    if (h.xid && phone->broadcastXid == h.xid)
        o.insert(QLatin1String("memberFrom"), latin(ProvenanceNames::key(Provenance::Inferred)));
    QJsonArray children;
    for (const PhoneId child : h.children(id))
        children.append(phoneAddress(model, child));
    o.insert(QLatin1String("children"), children);
    const ComponentProgress *c = phone->component(h.file);
    o.insert(QLatin1String("components"), c ? QJsonArray{componentJson(*c)} : QJsonArray{});
    return o;
}

QJsonObject hierarchyJson(const RolloutModel &model, const Hierarchy &h, const BandwidthReport &bw,
                          qint64 bitsPerSecond)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), h.id);
    o.insert(QLatin1String("xid"), h.xid ? QJsonValue(xidText(h.xid)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("model"), h.model);
    o.insert(QLatin1String("subnet"),
             h.hasSubnet ? QJsonValue(formatSubnet(h.subnet, model.subnetPrefix())) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("file"), h.file);
    o.insert(QLatin1String("load"), h.load);
    o.insert(QLatin1String("root"), phoneAddress(model, model.effectiveRoot(h)));
    o.insert(QLatin1String("rootConfirmed"), h.rootConfirmed);
    o.insert(QLatin1String("advertisements"), h.advertisements);
    o.insert(QLatin1String("timeouts"), h.timeouts);
    QJsonArray phones;
    for (const PhoneId id : h.members)
        phones.append(hierarchyPhoneJson(model, h, id));
    o.insert(QLatin1String("phones"), phones);
    o.insert(QLatin1String("bandwidth"), figuresJson(bw.byHierarchy.value(h.id), bitsPerSecond));
    return o;
}

// Seconds, or null for a time nothing supports.
QJsonValue secondsOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(ms) / 1000);
}

QJsonValue timeLeftJson(const TimeLeft &left)
{
    if (!left.known())
        return QJsonValue::Null;
    return QJsonArray{secondsOrNull(left.lowMs), secondsOrNull(left.highMs)};
}

// The forecast at the time of the last event (core/health/forecast.h): seconds left as [low, high].
QJsonObject etaJson(const RolloutForecast &f, const BandwidthReport &bw, qint64 wanBitsPerSecond, qint64 atMs)
{
    QJsonObject counts;
    counts.insert(QLatin1String("done"), f.counts.done);
    counts.insert(QLatin1String("inProgress"), f.counts.inProgress);
    counts.insert(QLatin1String("waiting"), f.counts.waiting);
    counts.insert(QLatin1String("inTrouble"), f.counts.inTrouble);
    counts.insert(QLatin1String("notHeard"), f.counts.notHeard);
    QJsonObject o;
    o.insert(QLatin1String("atMs"), atMs);
    o.insert(QLatin1String("end"), timeLeftJson(f.end));
    o.insert(QLatin1String("traditionalLeft"), secondsOrNull(f.traditionalLeftMs(bw.overall, wanBitsPerSecond)));
    o.insert(QLatin1String("wanBytesLeft"),
             f.wanBytesLeft < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(f.wanBytesLeft));
    o.insert(QLatin1String("wanBytesPerSecond"), f.wanBytesPerSecond);
    o.insert(QLatin1String("phones"), counts);
    return o;
}

QJsonObject phoneJson(const RolloutModel &model, const Phone &phone, const Forecast &forecast)
{
    QJsonObject o;
    o.insert(QLatin1String("address"), addressValue(phone.address));
    o.insert(QLatin1String("host"), QString::fromUtf8(phone.host));
    o.insert(QLatin1String("mac"), phone.mac);
    o.insert(QLatin1String("model"), phone.model);
    o.insert(QLatin1String("load"), phone.load);
    o.insert(QLatin1String("pfs"), model.usesPfs(phone));
    o.insert(QLatin1String("upgradeDone"), phone.upgradeDone);
    o.insert(QLatin1String("records"), phone.records);
    o.insert(QLatin1String("unknownRecords"), phone.unknownRecords);
    o.insert(QLatin1String("lastHeardMs"), phone.lastHeardMs);
    o.insert(QLatin1String("components"), componentsJson(phone.components));
    o.insert(QLatin1String("heard"), phone.heardFrom != 0);
    const PhoneForecast eta = forecast.phone(phone.id);
    o.insert(
        QLatin1String("eta"),
        QJsonObject{{QLatin1String("file"), timeLeftJson(eta.file)}, {QLatin1String("load"), timeLeftJson(eta.load)}});
    if (phone.expected) {
        QJsonObject listed;
        listed.insert(QLatin1String("model"), phone.listedModel);
        listed.insert(QLatin1String("load"), phone.listedLoad);
        listed.insert(QLatin1String("address"), addressValue(phone.listedAddress));
        listed.insert(QLatin1String("description"), phone.description);
        o.insert(QLatin1String("listed"), listed);
    }
    return o;
}

QJsonObject recordsJson(const RecordCounts &counts)
{
    QJsonObject o;
    o.insert(QLatin1String("total"), counts.total);
    o.insert(QLatin1String("verified"), counts.byGrammar[size_t(Grammar::Verified)]);
    o.insert(QLatin1String("modelled"), counts.byGrammar[size_t(Grammar::Modelled)]);
    o.insert(QLatin1String("unknown"), counts.byGrammar[size_t(Grammar::Unknown)]);
    return o;
}

// What core/health finds at the time of the last event.
QJsonArray findingsJson(const RolloutModel &model, const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &f : findings)
        array.append(Snapshot::findingJson(f, model));
    return array;
}

QJsonArray anomaliesJson(const RolloutModel &model)
{
    static constexpr const char *kKinds[] = {"thirdChild",     "cycle",       "selfParent",      "modelMismatch",
                                             "subnetMismatch", "rootChanged", "sourcesDisagree", "parentsDisagree"};
    static_assert(std::size(kKinds) == size_t(Anomaly::Kind::ParentsDisagree) + 1, "a key for every kind");
    QJsonArray array;
    for (const Anomaly &a : model.anomalies()) {
        QJsonObject o;
        o.insert(QLatin1String("kind"), QLatin1String(kKinds[size_t(a.kind)]));
        o.insert(QLatin1String("hierarchy"), a.hierarchy);
        o.insert(QLatin1String("phone"), phoneAddress(model, a.phone));
        o.insert(QLatin1String("other"), phoneAddress(model, a.other));
        o.insert(QLatin1String("timeMs"), a.timeMs);
        o.insert(QLatin1String("text"), RolloutModel::anomalyText(a, model));
        array.append(o);
    }
    return array;
}

QJsonArray relaysJson(const RolloutModel &model)
{
    QJsonArray array;
    for (const SyslogSender &sender : model.relays()) {
        QJsonObject o;
        o.insert(QLatin1String("address"), formatIpv4(sender.address));
        QJsonArray transports;
        if (sender.overUdp)
            transports.append(QLatin1String("udp"));
        if (sender.overTcp)
            transports.append(QLatin1String("tcp"));
        o.insert(QLatin1String("transports"), transports);
        o.insert(QLatin1String("records"), sender.records);
        o.insert(QLatin1String("phones"), qint64(sender.phones.size()));
        o.insert(QLatin1String("reason"), latin(RolloutModel::relayReasonKey(sender.relayReason)));
        o.insert(QLatin1String("firstHeardMs"), sender.firstHeardMs);
        o.insert(QLatin1String("lastHeardMs"), sender.lastHeardMs);
        array.append(o);
    }
    return array;
}

// The provenance most of a hierarchy's edges share (the lowest of a tie);
// none without edges.
QJsonValue mostEdgesFrom(const Hierarchy &h)
{
    QMap<int, int> edges;
    for (const PhoneId id : h.members) {
        if (h.parent(id) != kNoPhone)
            ++edges[int(h.edgeProvenance(id))];
    }
    int best = -1;
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        if (best < 0 || it.value() > edges.value(best))
            best = it.key();
    }
    return best < 0 ? QJsonValue(QJsonValue::Undefined) : latin(ProvenanceNames::key(Provenance(best)));
}

QJsonObject memberJsonV3(const RolloutModel &model, const Hierarchy &h, const QJsonValue &edgesFrom, PhoneId id)
{
    const QJsonObject v2 = hierarchyPhoneJson(model, h, id);
    QJsonObject o;
    for (const char *key : {"address", "joinedLate", "otherParent", "otherParentFrom", "memberFrom"}) {
        if (v2.contains(QLatin1String(key)))
            o.insert(QLatin1String(key), v2.value(QLatin1String(key)));
    }
    const QJsonValue address = v2.value(QLatin1String("address"));
    if (address.isNull())
        o.insert(QLatin1String("host"), v2.value(QLatin1String("host")));
    if (h.parent(id) != kNoPhone) {
        o.insert(QLatin1String("parent"), v2.value(QLatin1String("parent")));
        if (v2.value(QLatin1String("parentFrom")) != edgesFrom)
            o.insert(QLatin1String("parentFrom"), v2.value(QLatin1String("parentFrom")));
    }
    // The children a reader finds: the members naming this address as parent.
    QJsonArray found;
    for (const PhoneId other : h.members) {
        const QJsonValue parent = phoneAddress(model, h.parent(other));
        if (h.parent(other) != kNoPhone && !parent.isNull() && parent == address)
            found.append(phoneAddress(model, other));
    }
    const QJsonArray children = v2.value(QLatin1String("children")).toArray();
    if (address.isNull() || children != found)
        o.insert(QLatin1String("children"), children);
    return o;
}

QJsonObject hierarchyJsonV3(const RolloutModel &model, const Hierarchy &h, const BandwidthReport &bw,
                            qint64 bitsPerSecond)
{
    QJsonObject o = hierarchyJson(model, h, bw, bitsPerSecond);
    o.remove(QLatin1String("phones"));
    const QJsonValue edgesFrom = mostEdgesFrom(h);
    if (!edgesFrom.isUndefined())
        o.insert(QLatin1String("parentFrom"), edgesFrom);
    QJsonArray members;
    for (const PhoneId id : h.members)
        members.append(memberJsonV3(model, h, edgesFrom, id));
    o.insert(QLatin1String("members"), members);
    return o;
}

} // namespace

QJsonObject oracleSnapshotV2(const RolloutModel &model, const BandwidthReport &bw, const SnapshotContext &context)
{
    QJsonObject root;
    root.insert(QLatin1String("schema"), QStringLiteral("pfsmon.snapshot/2"));
    root.insert(QLatin1String("generator"), QStringLiteral("pfsmon " PFSMON_VERSION));
    root.insert(QLatin1String("source"), context.source);
    root.insert(QLatin1String("subnetPrefix"), model.subnetPrefix());
    root.insert(QLatin1String("records"), recordsJson(model.counts()));
    QJsonArray hierarchies;
    for (const HierarchyId id : model.hierarchyIds())
        hierarchies.append(hierarchyJson(model, *model.hierarchy(id), bw, context.wanBitsPerSecond));
    root.insert(QLatin1String("hierarchies"), hierarchies);
    const qint64 nowMs = model.lastEventMs();
    const QList<Finding> findings = Health::assess(model, nowMs); // once, for the findings and the forecast
    const Forecast forecast(model, findings, nowMs);
    QJsonArray phones;
    for (const Phone &phone : model.phones()) {
        if (!phone.merged)
            phones.append(phoneJson(model, phone, forecast));
    }
    root.insert(QLatin1String("phones"), phones);
    root.insert(QLatin1String("anomalies"), anomaliesJson(model));
    root.insert(QLatin1String("findings"), findingsJson(model, findings));
    root.insert(QLatin1String("eta"), etaJson(forecast.rollout(), bw, context.wanBitsPerSecond, nowMs));
    root.insert(QLatin1String("relays"), relaysJson(model));
    // The projection at the top, as before; `soFar` and `projected` name the two plainly.
    QJsonObject bandwidth = figuresJson(bw.projected(), context.wanBitsPerSecond);
    bandwidth.insert(QLatin1String("wanBitsPerSecond"), context.wanBitsPerSecond);
    bandwidth.insert(QLatin1String("observed"), figuresJson(bw.soFar(), 0));
    bandwidth.insert(QLatin1String("soFar"), figuresJson(bw.soFar(), 0));
    bandwidth.insert(QLatin1String("projected"), figuresJson(bw.projected(), context.wanBitsPerSecond));
    bandwidth.insert(QLatin1String("phonesWithoutSize"), bw.phonesWithoutSize);
    QJsonObject byModel;
    for (auto it = bw.byModel.cbegin(); it != bw.byModel.cend(); ++it)
        byModel.insert(it.key(), figuresJson(*it, context.wanBitsPerSecond));
    bandwidth.insert(QLatin1String("byModel"), byModel);
    root.insert(QLatin1String("bandwidth"), bandwidth);
    return root;
}

QJsonObject oracleSnapshot(const RolloutModel &model, const BandwidthReport &bw, const SnapshotContext &context)
{
    QJsonObject root = oracleSnapshotV2(model, bw, context);
    root.insert(QLatin1String("schema"), Snapshot::kSchema);
    QJsonArray hierarchies;
    for (const HierarchyId id : model.hierarchyIds())
        hierarchies.append(hierarchyJsonV3(model, *model.hierarchy(id), bw, context.wanBitsPerSecond));
    root.insert(QLatin1String("hierarchies"), hierarchies);
    const QJsonArray phonesV2 = root.value(QLatin1String("phones")).toArray();
    QJsonArray phones;
    for (const Phone &phone : model.phones()) {
        if (phone.merged)
            continue;
        QJsonObject o = phonesV2.at(phones.size()).toObject();
        QJsonArray components;
        for (const ComponentProgress &c : phone.components)
            components.append(componentJsonV3(model, phone, c));
        o.insert(QLatin1String("components"), components);
        phones.append(o);
    }
    root.insert(QLatin1String("phones"), phones);
    return root;
}

} // namespace pfs::test
