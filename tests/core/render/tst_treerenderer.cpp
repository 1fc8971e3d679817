// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// How a phone and a tree look, on a QImage, with no widget: a phone's state
// from its components, every member of a hierarchy in its scene with an edge
// to its parent, boxes that never overlap, and each box in its state's colour;
// each edge in the style of its provenance, one table for every output.
#include "health/rolloutbucket.h"
#include "logs/logimporter.h"
#include "protocol/ipv4.h"
#include "render/edgestyle.h"
#include "render/overview.h"
#include "render/phonestate.h"
#include "render/treerenderer.h"
#include "testsupport.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace pfs;

namespace {

ComponentProgress componentIn(ComponentState state)
{
    ComponentProgress c;
    c.file = QStringLiteral("f.sbn");
    c.total = 100;
    c.bytes = state == ComponentState::Complete ? 100 : 10;
    c.state = state;
    return c;
}

Phone phoneWith(std::initializer_list<ComponentState> states, qint64 lastHeardMs = 1'000'000)
{
    Phone phone;
    phone.heardFrom = 1u << unsigned(Provenance::Trace);
    phone.lastHeardMs = lastHeardMs;
    for (const ComponentState s : states)
        phone.components.append(componentIn(s));
    return phone;
}

QString bytesWritten(qint64 bytes, const QLocale &)
{
    return QStringLiteral("%1 B").arg(bytes);
}

// Dark pixels (text) inside a box painted at `detail`, its top centre at (w/2, 10).
int inkInBox(const RolloutModel &model, PhoneId phone, HierarchyId hierarchy, double detail)
{
    const QRectF r = TreeRenderer::nodeRect();
    QImage image(int(r.width() * detail) + 20, int(r.height() * detail) + 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(image.width() / 2.0, 10);
    painter.scale(detail, detail);
    TreeRenderer::paintNode(painter, model, FindingIndex(), phone, hierarchy, detail, false);
    painter.end();
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
    }
    return ink;
}

} // namespace

Q_DECLARE_METATYPE(pfs::Phone)
Q_DECLARE_METATYPE(pfs::Provenance)

class TestTreeRenderer : public QObject {
    Q_OBJECT

private:
    RolloutModel m_model; // a finished 60-phone demo rollout
    HierarchyId m_biggest = kNoHierarchy;

private Q_SLOTS:
    void initTestCase()
    {
        test::simulateInto(&m_model, 60, 8);
        m_biggest = test::biggestHierarchy(m_model);
        QVERIFY(m_model.hierarchy(m_biggest)->members.size() > 5);
    }

    void phoneStateComesFromItsComponentsAndFindings_data()
    {
        using S = ComponentState;
        QTest::addColumn<Phone>("phone");
        QTest::addColumn<bool>("silent");
        QTest::addColumn<int>("state");
        Phone listed;
        listed.expected = true;
        QTest::newRow("nothing yet") << phoneWith({}) << false << int(PhoneState::Waiting);
        QTest::newRow("a transfer from TFTP wins")
            << phoneWith({S::Complete, S::FromTftp, S::Failed}) << false << int(PhoneState::FromTftp);
        QTest::newRow("from a peer") << phoneWith({S::Complete, S::FromPeer}) << false << int(PhoneState::FromPeer);
        QTest::newRow("all complete") << phoneWith({S::Complete, S::Complete}) << false << int(PhoneState::Complete);
        QTest::newRow("complete, however long ago")
            << phoneWith({S::Complete}, 0) << false << int(PhoneState::Complete);
        QTest::newRow("one failed") << phoneWith({S::Complete, S::Failed}) << false << int(PhoneState::Failed);
        // Silence is the health checks' judgement, not a fixed time: quiet long ago, still waiting.
        QTest::newRow("quiet long ago, not judged silent")
            << phoneWith({S::Waiting}, 0) << false << int(PhoneState::Waiting);
        QTest::newRow("judged silent") << phoneWith({S::FromPeer}) << true << int(PhoneState::Silent);
        QTest::newRow("listed, never heard") << listed << false << int(PhoneState::NotHeard);
        Phone traditional = phoneWith({S::Complete, S::FromTftp});
        traditional.pfsEnabled = false;
        QTest::newRow("PFS off") << traditional << false << int(PhoneState::NotInPfs);
    }

    void phoneStateComesFromItsComponentsAndFindings()
    {
        QFETCH(Phone, phone);
        QFETCH(bool, silent);
        QFETCH(int, state);
        PhoneHealth health;
        health.silent = silent;
        QCOMPARE(int(phoneState(phone, m_model, health)), state);
    }

    // A phone with a problem is outlined in its severity's colour, near and far.
    void aTroubledBoxIsOutlinedInItsFindingsColour()
    {
        const PhoneId phone = m_model.hierarchy(m_biggest)->members.first();
        Finding finding;
        finding.kind = Finding::Kind::NeverCameBack;
        finding.severity = Finding::Severity::Error;
        finding.phone = phone;
        const FindingIndex findings({finding});
        const QColor red = PhoneStateStyle::severityColour(Finding::Severity::Error);
        const QRectF r = TreeRenderer::nodeRect();
        for (const double detail : {1.0, 0.2}) {
            QImage image(int(r.width()) + 20, int(r.height()) + 20, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(10 + r.width() / 2, 10);
            painter.scale(detail, detail);
            TreeRenderer::paintNode(painter, m_model, findings, phone, m_biggest, detail, false);
            painter.end();
            const QPoint leftEdge(int(10 + r.width() / 2 + r.left() * detail), int(10 + r.height() / 2 * detail));
            QCOMPARE(image.pixelColor(leftEdge).rgb(), red.rgb());
        }
        QVERIFY(TreeRenderer::legendLines({}).contains(TreeRenderer::tr("error (Problems tab)")));
    }

    // In a hierarchy's tree a box shows the state of that hierarchy's file:
    // a phone that has it is complete there, whatever else its load needs.
    void aTreeShowsTheStateOfItsFile()
    {
        const Hierarchy &h = *m_model.hierarchy(m_biggest);
        Phone phone = *m_model.phone(h.members.last());
        QCOMPARE(phone.component(h.file)->state, ComponentState::Complete);
        ComponentProgress next = componentIn(ComponentState::Waiting);
        next.file = QStringLiteral("next.sbn");
        phone.components.append(next);
        QCOMPARE(phoneState(phone, m_model, {}), PhoneState::Waiting); // its whole load: not yet
        QCOMPARE(phoneStateOn(phone, m_model, {}, &h), PhoneState::Complete);
        QCOMPARE(phoneStateOn(phone, m_model, {}, nullptr), PhoneState::Waiting);
    }

    // The seed log: the root said "Root sending TFTP XfrCmd", no byte yet: it
    // fetches from TFTP. Known by its address alone, its box names its model once.
    void seedRootIsFetchingFromTftpAndNamedOnce()
    {
        RolloutModel model;
        LogImporter importer(&model);
        QString error;
        QVERIFY2(importer.importFile(test::dataPath(QStringLiteral("seed-cisco-pfs-fr.txt")), &error),
                 qPrintable(error));
        const Hierarchy &h = *model.hierarchyByXid(0x080027F8);
        const Phone &root = *model.phone(h.root);
        QCOMPARE(phoneStateOn(root, model, {}, &h), PhoneState::FromTftp);
        // The same in the tables (its overall state) and in the counts.
        QCOMPARE(phoneState(root, model, {}), PhoneState::FromTftp);
        QCOMPARE(rolloutBucket(root, model, false), RolloutBucket::InProgress);
        const QStringList lines = TreeRenderer::boxLines(model, h.root, h.id, BoxDetail::Full);
        QCOMPARE(lines.value(0), QStringLiteral("10.106.117.68"));
        QCOMPARE(lines.value(1), QStringLiteral("CP-7961G"));
        QCOMPARE(lines.join(u' ').count(QLatin1String("CP-7961G")), 1);
        QVERIFY(TreeRenderer::toolTip(model, FindingIndex(), h.root, h.id)
                    .contains(PhoneStateStyle::name(PhoneState::FromTftp)));
    }

    // A box shows what can be read at its scale, never an elided word: colour
    // far away, then the name, then its address and model, then its bytes.
    void boxesShowWhatFitsAtEachZoom()
    {
        TreeRenderer::setSizeFormat(&bytesWritten);
        const Hierarchy &h = *m_model.hierarchy(m_biggest);
        const PhoneId id = h.members.last();
        const Phone &phone = *m_model.phone(id);
        QCOMPARE(TreeRenderer::boxDetail(0.1), BoxDetail::Colour);
        QCOMPARE(TreeRenderer::boxDetail(0.7), BoxDetail::Name);
        QCOMPARE(TreeRenderer::boxDetail(1.0), BoxDetail::Label);
        QCOMPARE(TreeRenderer::boxDetail(2.0), BoxDetail::Full);
        QVERIFY(TreeRenderer::boxLines(m_model, id, m_biggest, BoxDetail::Colour).isEmpty());
        QCOMPARE(TreeRenderer::boxLines(m_model, id, m_biggest, BoxDetail::Name), QStringList{phone.displayName()});
        const QStringList label = TreeRenderer::boxLines(m_model, id, m_biggest, BoxDetail::Label);
        QCOMPARE(label.size(), 2);
        QVERIFY(label[1].contains(formatIpv4(phone.address)) && label[1].contains(phone.model));
        const QStringList full = TreeRenderer::boxLines(m_model, id, m_biggest, BoxDetail::Full);
        QCOMPARE(full.size(), 3);
        const qint64 size = phone.component(h.file)->total;
        QCOMPARE(full[2], TreeRenderer::tr("%1 of %2").arg(bytesWritten(size, {}), bytesWritten(size, {})));
        for (const QString &line : full)
            QVERIFY2(!line.contains(QChar(0x2026)), qPrintable(line));
        // Painted: no text far away, a name close enough to read, more closer still.
        QCOMPARE(inkInBox(m_model, id, m_biggest, 0.15), 0);
        const int name = inkInBox(m_model, id, m_biggest, 0.75);
        const int label2 = inkInBox(m_model, id, m_biggest, 1.0);
        QVERIFY2(name > 0, qPrintable(QString::number(name)));
        QVERIFY(label2 > 0);
        QVERIFY(inkInBox(m_model, id, m_biggest, 2.0) > label2);
        TreeRenderer::setSizeFormat(nullptr);
    }

    void collapsedSubtreesAreFoldedIntoTheirRoot()
    {
        const Hierarchy &h = *m_model.hierarchy(m_biggest);
        const PhoneId root = m_model.effectiveRoot(h);
        const TreeScene folded = TreeScene::build(m_model, m_biggest, {root});
        QCOMPARE(folded.nodes.size(), size_t(1));
        QCOMPARE(folded.nodes.front().hiddenBelow, int(h.members.size()) - 1);
        QVERIFY(folded.edges.isEmpty());
        const PhoneId child = h.children(root).value(0);
        const TreeScene one = TreeScene::build(m_model, m_biggest, {child});
        const TreeScene all = TreeScene::build(m_model, m_biggest);
        const auto hidden = std::find_if(one.nodes.cbegin(), one.nodes.cend(),
                                         [child](const TreeScene::Node &n) { return n.phone == child; });
        QVERIFY(hidden != one.nodes.cend());
        QCOMPARE(one.nodes.size(), all.nodes.size() - size_t(hidden->hiddenBelow));
    }

    void tooltipSumsThePhoneUp()
    {
        TreeRenderer::setSizeFormat(&bytesWritten);
        const Hierarchy &h = *m_model.hierarchy(m_biggest);
        const PhoneId root = m_model.effectiveRoot(h);
        const PhoneId child = h.children(root).value(0);
        const QString tip = TreeRenderer::toolTip(m_model, FindingIndex(), child, m_biggest);
        for (const QString &part : {m_model.phone(child)->displayName(), formatIpv4(m_model.phone(child)->address),
                                    h.file, PhoneStateStyle::name(PhoneState::Complete),
                                    TreeRenderer::tr("Parent: %1").arg(m_model.phone(root)->displayName())})
            QVERIFY2(tip.contains(part), qPrintable(tip + u'|' + part));
        QVERIFY(TreeRenderer::toolTip(m_model, FindingIndex(), root, m_biggest)
                    .contains(TreeRenderer::tr("Root of this hierarchy")));
        TreeRenderer::setSizeFormat(nullptr);
    }

    // The legend as a strip: wraps into more rows when narrow, one row folded.
    void legendStripWrapsAndFolds()
    {
        const QList<Provenance> kinds{Provenance::Wire, Provenance::Modelled};
        const QSizeF wide = TreeRenderer::legendStripSize(kinds, 3000, false);
        const QSizeF narrow = TreeRenderer::legendStripSize(kinds, 500, false);
        const QSizeF folded = TreeRenderer::legendStripSize(kinds, 500, true);
        QVERIFY(narrow.width() <= 500);
        QVERIFY(narrow.height() > wide.height());
        QVERIFY(folded.height() < wide.height() + 1e-9);
        QVERIFY(folded.height() < narrow.height());
        QImage image(narrow.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        TreeRenderer::paintLegendStrip(painter, kinds, 500, false);
        painter.end();
        bool complete = false; // the "complete" swatch is somewhere in it
        for (int y = 0; y < image.height() && !complete; ++y) {
            for (int x = 0; x < image.width() && !complete; ++x)
                complete = image.pixel(x, y) == PhoneStateStyle::colour(PhoneState::Complete).rgb();
        }
        QVERIFY(complete);
    }

    // "All" at a glance: a block per model and subnet, its phones by state,
    // each file with its progress; a point in a file's row gives its hierarchy.
    void overviewHasABlockPerModelAndSubnet()
    {
        Overview overview = Overview::build(m_model, FindingIndex());
        QSet<PhoneId> phones;
        int files = 0;
        for (const Hierarchy &h : m_model.hierarchies())
            phones.unite(QSet<PhoneId>(h.members.cbegin(), h.members.cend()));
        int counted = 0;
        for (const Overview::Block &block : overview.blocks()) {
            counted += block.phones;
            files += int(block.files.size());
            QCOMPARE(block.states[size_t(PhoneState::Complete)], block.phones); // the finished demo
            QCOMPARE(block.progress, 1.0);
        }
        QCOMPARE(counted, int(phones.size()));
        QCOMPARE(files, int(m_model.hierarchies().size()));
        for (qsizetype i = 1; i < overview.blocks().size(); ++i) // by subnet, then model
            QVERIFY(std::tie(overview.blocks()[i - 1].network, overview.blocks()[i - 1].model)
                    < std::tie(overview.blocks()[i].network, overview.blocks()[i].model));
        const QSizeF size = overview.layout(1000);
        QVERIFY(size.width() <= 1000);
        for (const Overview::Block &block : overview.blocks()) {
            for (const Overview::File &file : block.files)
                QCOMPARE(overview.hierarchyAt(file.rect.center()), file.hierarchy);
            QCOMPARE(overview.hierarchyAt(block.rect.topLeft() + QPointF(4, 4)), block.files.first().hierarchy);
        }
        QCOMPARE(overview.hierarchyAt(QPointF(-5, -5)), kNoHierarchy);
        QImage image(size.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        overview.paint(painter);
        painter.end();
        const QRectF bar = overview.blocks().first().rect;
        bool green = false;
        for (int x = int(bar.left()); x < int(bar.right()) && !green; ++x) {
            for (int y = int(bar.top()); y < int(bar.bottom()) && !green; ++y)
                green = image.pixel(x, y) == PhoneStateStyle::colour(PhoneState::Complete).rgb();
        }
        QVERIFY(green);
    }

    // A tree's title stays readable zoomed out: at least 8 device pixels tall.
    void titlesStayReadableZoomedOut()
    {
        for (const double detail : {1.0, 0.15}) {
            QImage image(700, 200, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(detail, detail);
            TreeRenderer::paintTitle(painter, {QStringLiteral("XID080027F8  CP-7961G  SCCP41.loads"), QPointF(10, 10)});
            painter.end();
            int top = image.height(), bottom = -1;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) < 128) {
                        top = std::min(top, y);
                        bottom = std::max(bottom, y);
                    }
                }
            }
            QVERIFY2(bottom - top + 1 >= 8, qPrintable(QStringLiteral("%1: %2 px").arg(detail).arg(bottom - top + 1)));
        }
    }

    void sceneHoldsEveryMemberUnderItsParent()
    {
        const Hierarchy &h = *m_model.hierarchy(m_biggest);
        const TreeScene scene = TreeScene::build(m_model, m_biggest);
        QCOMPARE(qsizetype(scene.nodes.size()), h.members.size());
        QCOMPARE(scene.titles.size(), qsizetype(1));
        QCOMPARE(scene.edges.size(), h.members.size() - m_model.treeRoots(h).size());
        const QRectF bounds = scene.bounds();
        for (const TreeScene::Node &node : scene.nodes) {
            QCOMPARE(node.hierarchy, m_biggest);
            QVERIFY(bounds.contains(TreeRenderer::nodeRect().translated(node.topCentre)));
        }
        for (size_t i = 0; i < scene.nodes.size(); ++i) {
            for (size_t j = i + 1; j < scene.nodes.size(); ++j) {
                const QRectF a = TreeRenderer::nodeRect().translated(scene.nodes[i].topCentre);
                QVERIFY(!a.intersects(TreeRenderer::nodeRect().translated(scene.nodes[j].topCentre)));
            }
        }
    }

    void everyHierarchyIsInTheWholeForest()
    {
        const TreeScene all = TreeScene::build(m_model, 0);
        qsizetype members = 0;
        for (const Hierarchy &h : m_model.hierarchies())
            members += h.members.size();
        QCOMPARE(qsizetype(all.nodes.size()), members);
        QCOMPARE(all.titles.size(), qsizetype(m_model.hierarchies().size()));
    }

    // Close up, a complete phone's progress bar is full and in its state's
    // colour; far away, the whole box is that colour.
    void boxesArePaintedInTheirStatesColour()
    {
        const PhoneId phone = m_model.hierarchy(m_biggest)->members.first();
        const QColor complete = PhoneStateStyle::colour(PhoneState::Complete);
        const QRectF r = TreeRenderer::nodeRect();
        for (const double detail : {1.0, 0.2}) {
            QImage image(int(r.width()) + 20, int(r.height()) + 20, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(10 + r.width() / 2, 10);
            TreeRenderer::paintNode(painter, m_model, FindingIndex(), phone, m_biggest, detail, false);
            painter.end();
            // Inside the bar (6 px from the box's sides, 11 px from its foot, 6 high),
            // at its left and right ends: it is full.
            for (const double x : {r.left() + 8, r.right() - 8}) {
                const QPoint at(int(10 + r.width() / 2 + x), int(10 + r.bottom() - 8));
                QCOMPARE(image.pixelColor(at).rgb(), complete.rgb());
            }
        }
    }

    // The demo's edges are modelled; one edge the wire then observes is
    // drawn as observed, the others stay modelled, and the scene says so.
    void edgesCarryTheirProvenance()
    {
        RolloutModel model = m_model;
        const Hierarchy &before = *model.hierarchy(m_biggest);
        const PhoneId child = before.members.last();
        const PhoneId parent = before.parent(child);
        QVERIFY(parent != kNoPhone);
        QCOMPARE(model.applyWireEdge(child, parent, before.file, model.lastEventMs()), m_biggest);
        const TreeScene scene = TreeScene::build(model, m_biggest);
        QMap<Provenance, int> kinds;
        for (const TreeScene::Edge &edge : scene.edges)
            ++kinds[edge.from];
        QCOMPARE(kinds.value(Provenance::Wire), 1);
        QCOMPARE(kinds.value(Provenance::Modelled), int(scene.edges.size()) - 1);
        QCOMPARE(scene.edgeKinds(), (QList<Provenance>{Provenance::Wire, Provenance::Modelled}));
        QCOMPARE(TreeScene::build(m_model, m_biggest).edgeKinds(), QList<Provenance>{Provenance::Modelled});
        // A change of provenance alone redraws the tree.
        QVERIFY(TreeScene::structureKey(model, m_biggest) != TreeScene::structureKey(m_model, m_biggest));
    }

    // One table: solid for seen edges, dotted inferred, dashed modelled, in
    // the painter and in DOT alike; never thinner than a device pixel and a half.
    void edgeStylesAreOneRule_data()
    {
        QTest::addColumn<Provenance>("from");
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("dot");
        QTest::newRow("wire") << Provenance::Wire << int(Qt::SolidLine) << QByteArray("style=solid");
        QTest::newRow("trace") << Provenance::Trace << int(Qt::SolidLine) << QByteArray("style=solid");
        QTest::newRow("inferred") << Provenance::Inferred << int(Qt::DotLine) << QByteArray("style=dotted");
        QTest::newRow("modelled") << Provenance::Modelled << int(Qt::DashLine) << QByteArray("style=dashed");
    }

    void edgeStylesAreOneRule()
    {
        QFETCH(Provenance, from);
        QFETCH(int, line);
        QFETCH(QByteArray, dot);
        const EdgeStyle style = EdgeStyle::of(from);
        QCOMPARE(int(style.pen(1).style()), line);
        QVERIFY(EdgeStyle::dotAttributes(from).contains(dot));
        QVERIFY(EdgeStyle::dotAttributes(from).contains(style.colour.name().toLatin1()));
        QVERIFY(style.pen(0.05).widthF() * 0.05 >= 1.5 - 1e-9);
        QVERIFY(!EdgeStyle::legendLabel(from).isEmpty());
    }

    // Painted, a wire edge is an unbroken line, a modelled one a dashed line.
    void edgesArePaintedInTheirStyle()
    {
        QImage image(220, 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        TreeRenderer::paintEdges(
            painter, {{QLineF(10, 10, 210, 10), Provenance::Wire}, {QLineF(10, 30, 210, 30), Provenance::Modelled}});
        painter.end();
        auto inked = [&image](int y) {
            int count = 0;
            for (int x = 20; x < 200; ++x)
                count += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
            return count;
        };
        QCOMPARE(inked(10), 180);
        QVERIFY(inked(30) > 40);
        QVERIFY(inked(30) < 150);
    }

    // The legend lists the kinds asked for, then the states' colours.
    void legendNamesEdgesAndStates()
    {
        const QStringList lines = TreeRenderer::legendLines({Provenance::Wire, Provenance::Inferred});
        QCOMPARE(lines.value(1), EdgeStyle::legendLabel(Provenance::Wire));
        QCOMPARE(lines.value(2), EdgeStyle::legendLabel(Provenance::Inferred));
        QVERIFY(!lines.contains(EdgeStyle::legendLabel(Provenance::Modelled)));
        QVERIFY(lines.contains(PhoneStateStyle::name(PhoneState::FromPeer)));
        const QSizeF two = TreeRenderer::legendSize({Provenance::Wire, Provenance::Inferred});
        QVERIFY(two.width() > 100 && two.height() > 40);
        QImage image(two.toSize(), QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        TreeRenderer::paintLegend(painter, {Provenance::Wire, Provenance::Inferred});
        painter.end();
        QVERIFY(qGray(image.pixel(image.width() / 2, 3)) > 100); // its light box, above the words
    }
};

QTEST_MAIN(TestTreeRenderer)
#include "tst_treerenderer.moc"
