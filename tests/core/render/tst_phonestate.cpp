// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// A phone's roles in the trees read in one order everywhere (root, parent,
// leaf), whatever the order of the files it takes part in; a peer is named
// alike wherever a view names one: its display name, and with its address
// where there is room.
#include "render/phonestate.h"

#include "protocol/ipv4.h"
#include "testsupport.h"

#include <QTest>

using namespace pfs;

class TestPhoneState : public QObject {
    Q_OBJECT

private:
    RolloutModel m_model;

private Q_SLOTS:
    void initTestCase() { test::simulateInto(&m_model, 120, 5); }

    void rolesReadRootParentLeaf()
    {
        const QStringList order{PhoneStateStyle::roleName(TreeRole::Root), PhoneStateStyle::roleName(TreeRole::Parent),
                                PhoneStateStyle::roleName(TreeRole::Leaf)};
        int several = 0, parentThenLeaf = 0;
        for (const Phone &phone : m_model.phones()) {
            if (phone.merged || !m_model.usesPfs(phone))
                continue;
            const QStringList roles
                = PhoneStateStyle::roles(phone, m_model, kNoHierarchy).split(PhoneStateStyle::tr(", "));
            // Each role once, in the one order, whatever order its files came in.
            int last = -1;
            for (const QString &role : roles) {
                const int at = int(order.indexOf(role));
                QVERIFY2(at > last, qPrintable(phone.displayName() + QLatin1String(": ") + roles.join(u'|')));
                last = at;
            }
            several += roles.size() > 1;
            // The phones that were listed "leaf, parent" before: a leaf in an earlier file.
            TreeRole first;
            if (roles == QStringList{order[1], order[2]} && !phone.hierarchies.isEmpty()
                && treeRole(phone, *m_model.hierarchy(phone.hierarchies.first()), m_model, &first)
                && first == TreeRole::Leaf)
                ++parentThenLeaf;
        }
        QVERIFY(several > 0);        // the run has what the test is about
        QVERIFY(parentThenLeaf > 0); // and phones whose first file made them a leaf
    }

    void roleInOneFile()
    {
        const HierarchyId id = test::biggestHierarchy(m_model);
        const Hierarchy &h = *m_model.hierarchy(id);
        const Phone &root = *m_model.phone(m_model.effectiveRoot(h));
        QCOMPARE(PhoneStateStyle::roles(root, m_model, id), PhoneStateStyle::roleName(TreeRole::Root));
        const PhoneId child = h.children(root.id).value(0, kNoPhone);
        QVERIFY(child != kNoPhone);
        QCOMPARE(PhoneStateStyle::roles(*m_model.phone(child), m_model, id),
                 PhoneStateStyle::roleName(TreeRole::Parent));
    }

    // The source of a phone fetching from its parent names the parent as the
    // Parent column does; the address comes with it where there is room.
    void peersAreNamedLikeParents()
    {
        int checked = 0;
        for (const Phone &phone : m_model.phones()) {
            for (const ComponentProgress &c : phone.components) {
                const Hierarchy *h = m_model.hierarchy(c.hierarchy);
                if (c.fromTftp || c.state == ComponentState::Waiting || !h || h->parent(phone.id) == kNoPhone)
                    continue;
                const Phone &parent = *m_model.phone(h->parent(phone.id));
                if (parent.address != c.peer)
                    continue;
                QCOMPARE(PhoneStateStyle::peerName(m_model, c.peer), PhoneStateStyle::peerName(m_model, parent.id));
                QCOMPARE(PhoneStateStyle::peerName(m_model, c.peer), parent.displayName());
                QVERIFY(PhoneStateStyle::source(c, m_model).contains(parent.displayName()));
                const QString full = PhoneStateStyle::source(c, m_model, true);
                QVERIFY2(full.contains(parent.displayName()) && full.contains(formatIpv4(parent.address)),
                         qPrintable(full));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
        // An address no phone holds is shown as the address.
        QCOMPARE(PhoneStateStyle::peerName(m_model, 0xC0A80001u), QStringLiteral("192.168.0.1"));
        QCOMPARE(PhoneStateStyle::peerNameAndAddress(m_model, 0xC0A80001u), QStringLiteral("192.168.0.1"));
    }
};

QTEST_MAIN(TestPhoneState)
#include "tst_phonestate.moc"
