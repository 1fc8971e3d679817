// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// pfsmon.snapshot/2 rebuilt from a /3 report the way README.md tells a
// reader to, from the JSON alone: the proof that /3 dropped repetitions,
// not facts (tst_export compares the result with the /2 oracle).
#include "snapshotoracle.h"

#include <QHash>
#include <QJsonArray>

namespace pfs::test {
namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

// A phone as members[] and phones[] name it: its address, or its host for a
// phone without one.
QString phoneKey(const QJsonObject &o)
{
    const QJsonValue address = o.value(key("address"));
    return address.isNull() ? QLatin1String("host:") + o.value(key("host")).toString() : address.toString();
}

struct Hierarchies {
    QHash<int, QJsonObject> byId;
    QHash<int, QHash<QString, QJsonObject>> members; // by hierarchy, by phoneKey

    explicit Hierarchies(const QJsonArray &hierarchies)
    {
        for (const QJsonValue &value : hierarchies) {
            const QJsonObject h = value.toObject();
            const int id = h.value(key("id")).toInt();
            byId.insert(id, h);
            for (const QJsonValue &m : h.value(key("members")).toArray())
                members[id].insert(phoneKey(m.toObject()), m.toObject());
        }
    }
};

// A component with what /3 leaves out put back: the defaults, and its
// hierarchy's file, XID and the phone's parent there for a peer source.
QJsonObject fullComponent(QJsonObject c, const QString &phone, const Hierarchies &hierarchies)
{
    const bool inHierarchy = c.contains(key("hierarchy"));
    const int id = c.value(key("hierarchy")).toInt();
    const QJsonObject h = hierarchies.byId.value(id);
    if (!c.contains(key("name")))
        c.insert(key("name"), h.value(key("file")));
    for (const char *number : {"bytes", "wanBytes", "lanBytes"}) {
        if (!c.contains(key(number)))
            c.insert(key(number), 0);
    }
    if (!c.contains(key("totalEstimated")))
        c.insert(key("totalEstimated"), false);
    if (!c.contains(key("sourceAddress"))) {
        const QJsonObject member = hierarchies.members.value(id).value(phone);
        const bool fromParent = inHierarchy && c.value(key("source")) == QLatin1String("peer");
        c.insert(key("sourceAddress"), fromParent ? member.value(key("parent")) : QJsonValue(QJsonValue::Null));
        if (c.value(key("sourceAddress")).isUndefined())
            c.insert(key("sourceAddress"), QJsonValue(QJsonValue::Null));
    }
    if (c.value(key("xid")).isNull())
        c.remove(key("xid"));
    else if (!c.contains(key("xid")) && inHierarchy && !h.value(key("xid")).isNull())
        c.insert(key("xid"), h.value(key("xid")));
    return c;
}

// The members naming `address` as their parent, in members[] order.
QJsonArray childrenOf(const QJsonValue &address, const QJsonArray &members)
{
    QJsonArray children;
    for (const QJsonValue &m : members) {
        const QJsonValue parent = m.toObject().value(key("parent"));
        if (!parent.isUndefined() && !parent.isNull() && parent == address)
            children.append(m.toObject().value(key("address")));
    }
    return children;
}

QJsonObject phoneOfV2(const QJsonObject &member, const QJsonObject &h, const QJsonObject &phone)
{
    const QJsonArray members = h.value(key("members")).toArray();
    QJsonObject o;
    o.insert(key("address"), member.value(key("address")));
    o.insert(key("host"), phone.value(key("host")));
    const bool hasParent = member.contains(key("parent"));
    o.insert(key("parent"), hasParent ? member.value(key("parent")) : QJsonValue(QJsonValue::Null));
    if (hasParent)
        o.insert(key("parentFrom"),
                 member.value(key("parentFrom")).isUndefined() ? h.value(key("parentFrom"))
                                                               : member.value(key("parentFrom")));
    for (const char *copied : {"joinedLate", "otherParent", "otherParentFrom", "memberFrom"}) {
        if (member.contains(key(copied)))
            o.insert(key(copied), member.value(key(copied)));
    }
    o.insert(key("children"),
             member.contains(key("children")) ? member.value(key("children"))
                                              : QJsonValue(childrenOf(member.value(key("address")), members)));
    QJsonArray components;
    for (const QJsonValue &c : phone.value(key("components")).toArray()) {
        if (c.toObject().value(key("name")) == h.value(key("file"))) {
            components.append(c);
            break;
        }
    }
    o.insert(key("components"), components);
    return o;
}

} // namespace

QJsonObject snapshotV2FromV3(const QJsonObject &v3)
{
    QJsonObject root = v3;
    root.insert(key("schema"), QStringLiteral("pfsmon.snapshot/2"));
    const Hierarchies hierarchies(v3.value(key("hierarchies")).toArray());
    QJsonArray phones;
    QHash<QString, QJsonObject> phoneByKey;
    for (const QJsonValue &value : v3.value(key("phones")).toArray()) {
        QJsonObject phone = value.toObject();
        QJsonArray components;
        for (const QJsonValue &c : phone.value(key("components")).toArray())
            components.append(fullComponent(c.toObject(), phoneKey(phone), hierarchies));
        phone.insert(key("components"), components);
        phoneByKey.insert(phoneKey(phone), phone);
        phones.append(phone);
    }
    root.insert(key("phones"), phones);
    QJsonArray hierarchiesV2;
    for (const QJsonValue &value : v3.value(key("hierarchies")).toArray()) {
        QJsonObject h = value.toObject();
        QJsonArray phonesOfH;
        for (const QJsonValue &m : h.value(key("members")).toArray())
            phonesOfH.append(phoneOfV2(m.toObject(), h, phoneByKey.value(phoneKey(m.toObject()))));
        h.remove(key("members"));
        h.remove(key("parentFrom"));
        h.insert(key("phones"), phonesOfH);
        hierarchiesV2.append(h);
    }
    root.insert(key("hierarchies"), hierarchiesV2);
    return root;
}

} // namespace pfs::test
