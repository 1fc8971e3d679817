// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "capture/livesession.h"
#include "engine/demofeed.h"
#include "engine/rolloutengine.h"
#include "export/dataexport.h"
#include "export/displayformat.h"
#include "export/jsonwriter.h"
#include "export/snapshot.h"
#include "export/textreport.h"
#include "export/treeimage.h"
#include "logs/logimporter.h"
#include "protocol/dloadparser.h"
#include "protocol/modelledgrammar.h"
#include "protocol/visibletext.h"
#include "render/treerenderer.h"
#include "sim/simulator.h"
#include "snapshotoracle.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>
#include <optional>

using namespace pfs;

namespace {
// What the window hands the exporter for a snapshot.
// When the tests' exports are made: one time, so that a header read twice reads the same.
constexpr qint64 kExportedMs = 1'796'000'000'000; // 2026-11-29

ExportSource sourceOf(const EngineSnapshot &snapshot)
{
    return {snapshot.model.get(), snapshot.bandwidth, snapshot.clockMs, snapshot.source, kExportedMs};
}
} // namespace

class TestExport : public QObject {
    Q_OBJECT

private:
    RolloutModel m_model;
    EngineSnapshot m_snapshot;
    HierarchyId m_biggest = kNoHierarchy;
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The hostile rollout read through the log importer, plus one phone whose
    // host holds what no grammar lets through today (line breaks, a tab,
    // spaces): the exports must be safe for anything the model holds.
    struct Hostile {
        test::HostileRollout rollout = test::hostileRollout();
        QByteArray brokenHost = "new\nline\r\ttab x";
        RolloutModel model;
        EngineSnapshot snapshot;

        Hostile()
        {
            LogImporter importer(&model, QDate(2026, 11, 24));
            importer.addData(rollout.lines.join('\n'));
            importer.finish();
            DLoadEvent e;
            const QByteArray record
                = "NOT 08:00:01.0 DLoad: UPG start self=10.9.9.9 m=CP-7961G load=/dnld/a.loads pfs=on";
            if (DLoadParser::parse(record, e))
                model.apply(e, RecordOrigin{brokenHost, {}, 0}, 1);
            snapshot.model = std::shared_ptr<const RolloutModel>(std::shared_ptr<const RolloutModel>{}, &model);
            snapshot.bandwidth = BandwidthReport::compute(model);
            snapshot.clockMs = model.lastEventMs();
        }
        QList<QByteArray> allHosts() const { return rollout.hosts + QList<QByteArray>{brokenHost}; }
    };

    // What a cell of text that arrived must hold: shown, and never a formula.
    static QString expectedCell(const QByteArray &raw)
    {
        const QString shown = visibleText(raw);
        return QStringLiteral("=+-@").contains(shown.left(1)) && !shown.isEmpty() ? QLatin1Char('\'') + shown : shown;
    }

    // A box shows its name whole or cut with an ellipsis, never otherwise.
    static bool drawn(const QStringList &texts, const QString &name)
    {
        static const QChar kEllipsis(0x2026);
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return text == name || (text.size() > 8 && text.endsWith(kEllipsis) && name.startsWith(text.chopped(1)));
        });
    }

    // RFC 4180 records; std::nullopt when the text is not valid CSV.
    static std::optional<QList<QStringList>> parseCsv(const QString &text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false, wasQuoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                    field += text[++i];
                else if (c == QLatin1Char('"'))
                    quoted = false;
                else
                    field += c;
            } else if (c == QLatin1Char('"')) {
                if (!field.isEmpty() || wasQuoted)
                    return std::nullopt;
                quoted = wasQuoted = true;
            } else if (c == QLatin1Char(',') || c == QLatin1Char('\n')) {
                row.append(field);
                field.clear();
                wasQuoted = false;
                if (c == QLatin1Char('\n')) {
                    rows.append(row);
                    row.clear();
                }
            } else {
                if (wasQuoted)
                    return std::nullopt;
                field += c;
            }
        }
        if (quoted || !field.isEmpty() || !row.isEmpty())
            return std::nullopt;
        return rows;
    }

    // Every <text> element's text, trimmed.
    static QStringList svgTexts(const QByteArray &svg)
    {
        QXmlStreamReader xml(svg);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        return xml.hasError() ? QStringList() : texts;
    }

    static QString firstBadByte(const QByteArray &bytes, QByteArrayView allowedControls)
    {
        return test::unsafeText(bytes, allowedControls);
    }

    static void snapshotRows()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("demo, 80 phones") << QString();
        QTest::newRow("seed log") << QStringLiteral("seed-cisco-pfs-fr.txt");
        QTest::newRow("capture replay") << QStringLiteral("captures/tcp-s200.pcapng");
        QTest::newRow("hostile text") << QStringLiteral("hostile");
        QTest::newRow("wire and traces, faults, midway") << QStringLiteral("both@40");
        QTest::newRow("wire and traces, faults, at the end") << QStringLiteral("both");
        QTest::newRow("what cannot be rebuilt") << QStringLiteral("edges");
    }

    // The demo heard through the wire and its traces, with every kind of
    // fault: wire edges beside modelled ones, other parents, fallbacks;
    // stopped at `seconds` of its time, or run to its end (0).
    static void simulateBoth(RolloutModel *model, int seconds)
    {
        sim::Config config;
        config.phones = 60;
        config.seed = 3;
        config.faults = {2, 2, 1, 1};
        sim::Simulator simulator(config);
        DemoFeed feed(simulator, model, DemoSources::Both);
        const qint64 untilUs = seconds > 0 ? seconds * 1'000'000LL : std::numeric_limits<qint64>::max();
        for (qint64 us = 0; us < untilUs && !simulator.finished(); us += 5'000'000)
            simulator.advanceTo(us, feed);
        if (simulator.finished())
            feed.finish();
    }

    // A small hierarchy with what /3 must write because a reader could not
    // rebuild it: a peer source that is not the parent, children in another
    // order than members[], an edge of another provenance than most, another
    // parent claimed, a member by its broadcasts only.
    static void edgeCases(RolloutModel *model)
    {
        namespace m = pfs::modelled;
        constexpr quint32 kXid = 0x00C0FFEE, kRoot = 0x0A010001, kA = 0x0A010002, kB = 0x0A010003, kC = 0x0A010004,
                          kD = 0x0A010005, kE = 0x0A010006;
        qint64 us = 8LL * 3600 * 1'000'000;
        const auto feed = [&](const QByteArray &body) {
            const QByteArray record = m::record("INF", us += 1'000'000, body); // alive until applied
            DLoadEvent e;
            QVERIFY2(DLoadParser::parse(record, e), record.constData());
            model->apply(e, RecordOrigin{}, us / 1000);
        };
        for (const quint32 phone : {kRoot, kA, kB, kC, kD, kE})
            feed(m::upgradeStart(phone, "CP-7961G", "/dnld/SCCP41.9-4-2SR2-2S.loads", true));
        feed(m::transferStart(kXid, "/dnld/apps41.9-4-2ES26.sbn", 3000, 0, kRoot)); // the root, from TFTP
        feed(m::joined(kXid, kRoot, kA));
        model->applyBroadcastXid(kD, kXid, us / 1000); // a member before its edge
        feed(m::joined(kXid, kA, kB));
        feed(m::joined(kXid, kA, kD)); // A's children: B then D; members[]: D before B
        feed(m::transferStart(kXid, "/dnld/apps41.9-4-2ES26.sbn", 3000, kRoot, kB)); // not from its parent
        feed(m::joined(kXid, kRoot, kC));
        model->applyWireEdge(model->phoneByAddress(kC), model->phoneByAddress(kB),
                             QStringLiteral("apps41.9-4-2ES26.sbn"),
                             us / 1000); // the wire names another parent than the record
        feed(m::joined(kXid, kB, kE));
    }

    // The rollout a row of snapshotRows() names: the demo, a log imported, a
    // capture replayed, the hostile one or the demo through the wire.
    void loadRow(const QString &input, RolloutModel *imported, const Hostile &hostile, const RolloutModel **model)
    {
        *model = &m_model;
        if (input == QLatin1String("hostile")) {
            *model = &hostile.model;
        } else if (input == QLatin1String("edges")) {
            edgeCases(imported);
            *model = imported;
        } else if (input.startsWith(QLatin1String("both"))) {
            simulateBoth(imported, input.section(QLatin1Char('@'), 1).toInt());
            *model = imported;
        } else if (input.endsWith(QLatin1String(".txt"))) {
            LogImporter importer(imported, QDate(2026, 11, 24));
            QString error;
            QVERIFY2(importer.importFile(test::dataPath(input), &error), qPrintable(error));
            *model = imported;
        } else if (!input.isEmpty()) {
            LiveSession session(imported, test::loopbackSession());
            QString error;
            QSignalSpy finished(&session, &LiveSession::replayFinished);
            QVERIFY2(session.startReplay(test::dataPath(input), 0, &error), qPrintable(error));
            QVERIFY(finished.wait(30000));
            *model = imported;
        }
        QVERIFY(!(*model)->phones().empty());
    }

private Q_SLOTS:
    // A known rollout: 80 phones, seed 4, run to its end.
    void initTestCase()
    {
        test::simulateInto(&m_model, 80, 4);
        m_snapshot.model = std::shared_ptr<const RolloutModel>(std::shared_ptr<const RolloutModel>{}, &m_model);
        m_snapshot.bandwidth = BandwidthReport::compute(m_model);
        m_snapshot.clockMs = m_model.lastEventMs();
        m_biggest = test::biggestHierarchy(m_model);
        QVERIFY(m_model.hierarchy(m_biggest)->members.size() > 10);
    }

    void png()
    {
        ExportOptions options;
        options.hierarchy = m_biggest;
        options.scale = 1.5;
        QString error;
        QVERIFY2(TreeImage::write(sourceOf(m_snapshot), ExportFormat::Png, path("tree.png"), options, &error),
                 qPrintable(error));
        const QImage image(path("tree.png"));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), TreeImage::pngSize(sourceOf(m_snapshot), options));
        QVERIFY(image.width() > 500);
    }

    // Text stays text: every phone of the tree is one <text> element with its name.
    void svg()
    {
        ExportOptions options;
        options.hierarchy = m_biggest;
        QString error;
        QVERIFY2(TreeImage::write(sourceOf(m_snapshot), ExportFormat::Svg, path("tree.svg"), options, &error),
                 qPrintable(error));
        QXmlStreamReader xml(read(path("tree.svg")));
        QHash<QString, int> texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                ++texts[xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed()];
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const Hierarchy &h = *m_model.hierarchy(m_biggest);
        for (const PhoneId id : h.members)
            QCOMPARE(texts.value(m_model.phone(id)->displayName()), 1);
    }

    // The legend sits above the trees and names the edge kinds drawn: the
    // demo's modelled edges, then one edge the wire observed.
    void svgHasTheLegend()
    {
        RolloutModel model = m_model;
        const Hierarchy &h = *model.hierarchy(m_biggest);
        const PhoneId child = h.members.last();
        QVERIFY(h.parent(child) != kNoPhone);
        model.applyWireEdge(child, h.parent(child), h.file, model.lastEventMs());
        EngineSnapshot snapshot = m_snapshot;
        snapshot.model = std::shared_ptr<const RolloutModel>(std::shared_ptr<const RolloutModel>{}, &model);
        ExportOptions options;
        options.hierarchy = m_biggest;
        QString error;
        QVERIFY2(TreeImage::write(sourceOf(snapshot), ExportFormat::Svg, path("legend.svg"), options, &error),
                 qPrintable(error));
        QVERIFY2(TreeImage::write(sourceOf(m_snapshot), ExportFormat::Svg, path("modelled.svg"), options, &error),
                 qPrintable(error));
        const QStringList both = svgTexts(read(path("legend.svg")));
        const QStringList modelled = svgTexts(read(path("modelled.svg")));
        for (const char *line : {"Tree edges", "modelled (pfsmon's own records)", "Phones", "complete"}) {
            QVERIFY2(both.contains(QLatin1String(line)), line);
            QVERIFY2(modelled.contains(QLatin1String(line)), line);
        }
        // Only the kinds present: the wire's line appears with the wire's edge.
        QVERIFY(both.contains(QLatin1String("observed on the wire (TCP 4051)")));
        QVERIFY(!modelled.contains(QLatin1String("observed on the wire (TCP 4051)")));
        // The PNG grows by the legend, and so does what the dialog announces.
        const QSize png = TreeImage::pngSize(sourceOf(m_snapshot), options);
        QVERIFY(png.height() > TreeScene::build(m_model, m_biggest).bounds(20).height() + 60);
    }

    // Which sizes the figures rest on, said in the header and by DisplayFormat.
    void sizeSourcesAreCounted()
    {
        const BandwidthFigures &f = m_snapshot.bandwidth.overall;
        qsizetype components = 0;
        for (const Phone &phone : m_model.phones())
            components += phone.merged ? 0 : phone.components.size();
        QCOMPARE(qsizetype(f.observedSizes + f.estimatedSizes + f.unknownSizes), components);
        QVERIFY(f.observedSizes > 0); // the demo's records state size=

        BandwidthFigures mixed;
        mixed.observedSizes = 12;
        mixed.estimatedSizes = 1;
        QCOMPARE(DisplayFormat::sizeSources(mixed),
                 QStringLiteral("Sizes: 12 observed (tsize, Content-Length, size=), 1 estimated from the firmware "
                                "catalogue."));
        QCOMPARE(DisplayFormat::sizeSources(BandwidthFigures{}), QString());
        const QStringList header = TreeImage::header(sourceOf(m_snapshot), m_biggest);
        QVERIFY(header.contains(DisplayFormat::sizeSources(f)));
    }

    // One convention for sizes everywhere: SI units (1,000), in the locale's
    // words; progress never reads 0 % once begun nor 100 % before the end.
    void sizesAndSharesFollowOneConvention()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates), fr(QLocale::French, QLocale::France);
        QCOMPARE(DisplayFormat::size(584, en), QStringLiteral("584 bytes"));
        QCOMPARE(DisplayFormat::size(6'100'000, en), QStringLiteral("6.1 MB"));
        QCOMPARE(DisplayFormat::size(6'100'000, fr), QStringLiteral("6,1 Mo"));
        QCOMPARE(DisplayFormat::sizeScale(900, en).divisor, 1.0);
        QCOMPARE(DisplayFormat::sizeScale(2'500'000, en).divisor, 1e6);
        QCOMPARE(DisplayFormat::sizeScale(2'500'000, en).unit, QStringLiteral("MB"));
        QCOMPARE(DisplayFormat::sizeScale(2'500'000, fr).unit, QStringLiteral("Mo"));
        QCOMPARE(DisplayFormat::sizeScale(3'000'000'000, en).unit, QStringLiteral("GB"));

        Progress started;
        started.doneBytes = 584;
        started.totalBytes = 6'100'000;
        QCOMPARE(DisplayFormat::sizeOf(started, en), QStringLiteral("584 bytes of 6.1 MB"));
        QCOMPARE(DisplayFormat::share(started.fraction(), en), QStringLiteral("< 1 %"));
        QCOMPARE(DisplayFormat::share(0.9996, en), QStringLiteral("99 %"));
        QCOMPARE(DisplayFormat::share(1.0, en), QStringLiteral("100 %"));
        QCOMPARE(DisplayFormat::share(0.0, en), QStringLiteral("0 %"));
        QCOMPARE(DisplayFormat::sizeOf(Progress{}, en), QStringLiteral("0 bytes"));
    }

    // The header names its two clocks: the rollout's time the trees show,
    // and the wall clock's when the file was made (#15 item 11).
    void headerNamesTheRolloutsTimeAndTheExports()
    {
        const QLocale locale;
        const QString shown = locale.toString(QDateTime::fromMSecsSinceEpoch(m_snapshot.clockMs), QLocale::LongFormat);
        const QString exported = locale.toString(QDateTime::fromMSecsSinceEpoch(kExportedMs), QLocale::LongFormat);
        QVERIFY(shown != exported);
        const QStringList header = TreeImage::header(sourceOf(m_snapshot), m_biggest);
        QCOMPARE(header.value(1),
                 TreeImage::tr("Rollout time shown: %1 (the rollout's own clock); exported: %2").arg(shown, exported));
    }

    // PNG and SVG carry the PDF's header above their legend and trees: drawn,
    // and kept as the PNG's text and the SVG's description.
    void pngAndSvgCarryTheHeader()
    {
        ExportOptions options;
        options.hierarchy = m_biggest;
        options.scale = 1;
        QString error;
        QVERIFY2(TreeImage::write(sourceOf(m_snapshot), ExportFormat::Png, path("headed.png"), options, &error),
                 qPrintable(error));
        const QStringList header = TreeImage::header(sourceOf(m_snapshot), m_biggest);
        const QImage image(path("headed.png"));
        QCOMPARE(image.text(QStringLiteral("Description")), header.join(u'\n'));
        // Ink in the header's rows at the top, above the legend's box.
        int ink = 0;
        for (int y = 20; y < 20 + 18 * int(header.size()); ++y) {
            for (int x = 20; x < std::min(image.width(), 400); ++x)
                ink += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
        }
        QVERIFY2(ink > 100, qPrintable(QString::number(ink)));
        QVERIFY2(TreeImage::write(sourceOf(m_snapshot), ExportFormat::Svg, path("headed.svg"), options, &error),
                 qPrintable(error));
        const QStringList texts = svgTexts(read(path("headed.svg")));
        for (const QString &line : header)
            QVERIFY2(texts.contains(line), qPrintable(line));
    }

    // A paginated PDF of a deep tree: each page holds whole parts of it,
    // every part a title over its boxes (never a heading alone), every box
    // with all its children in its part, or folded (+N) with its subtree
    // starting a later part under it drawn again; every phone shown.
    void paginatedPdfKeepsSubtreesTogether()
    {
        RolloutModel model;
        test::simulateInto(&model, 1000, 6);
        const HierarchyId deep = test::biggestHierarchy(model);
        const Hierarchy &h = *model.hierarchy(deep);
        QVERIFY(h.members.size() > 60);
        EngineSnapshot snapshot;
        snapshot.model = std::shared_ptr<const RolloutModel>(std::shared_ptr<const RolloutModel>{}, &model);
        snapshot.clockMs = model.lastEventMs();
        ExportOptions options;
        options.hierarchy = deep;
        options.paginate = true;
        const auto pages = TreeImage::pdfPageParts(sourceOf(snapshot), options);
        QVERIFY(pages.size() > 1);
        QHash<PhoneId, int> shown, folded;
        for (const auto &page : pages) {
            QVERIFY(!page.empty());
            for (const TreeScene &part : page) {
                QCOMPARE(part.titles.size(), qsizetype(1));
                QVERIFY(!part.nodes.empty()); // a heading has its boxes under it, on its page
                QSet<PhoneId> inPart;
                for (const TreeScene::Node &node : part.nodes) {
                    inPart.insert(node.phone);
                    QVERIFY(part.titles.first().topLeft.y() < node.topCentre.y());
                    ++shown[node.phone];
                    if (node.hiddenBelow > 0)
                        ++folded[node.phone];
                }
                for (const TreeScene::Node &node : part.nodes) {
                    if (node.hiddenBelow > 0)
                        continue;
                    for (const PhoneId child : h.children(node.phone))
                        QVERIFY(inPart.contains(child)); // its whole subtree, here
                }
                // No part overlaps another on its page.
                for (const TreeScene &other : page) {
                    if (&other != &part)
                        QVERIFY(!part.bounds().intersects(other.bounds()));
                }
            }
        }
        for (const PhoneId id : h.members)
            QCOMPARE(shown.value(id), 1 + folded.value(id)); // once, and again atop its continuation
        QVERIFY(!folded.isEmpty());
        QCOMPARE(TreeImage::pdfPages(sourceOf(snapshot), options), int(pages.size()));
        QString error;
        QVERIFY2(TreeImage::write(sourceOf(snapshot), ExportFormat::Pdf, path("deep.pdf"), options, &error),
                 qPrintable(error));
    }

    void pdf_data()
    {
        QTest::addColumn<bool>("paginate");
        QTest::addColumn<HierarchyId>("hierarchy");
        QTest::newRow("one tree, fit") << false << m_biggest;
        QTest::newRow("every tree, fit") << false << kNoHierarchy;
        QTest::newRow("every tree, pages") << true << kNoHierarchy;
    }

    void pdf()
    {
        QFETCH(bool, paginate);
        QFETCH(HierarchyId, hierarchy);
        ExportOptions options;
        options.hierarchy = hierarchy;
        options.paginate = paginate;
        QString error;
        QVERIFY2(TreeImage::write(sourceOf(m_snapshot), ExportFormat::Pdf, path("tree.pdf"), options, &error),
                 qPrintable(error));
        const QByteArray pdf = read(path("tree.pdf"));
        QVERIFY(pdf.startsWith("%PDF"));
        const int pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ")
                              + pdf.count("/Type /Page>") + pdf.count("/Type /Page/"));
        QCOMPARE(pages, TreeImage::pdfPages(sourceOf(m_snapshot), options));
        if (paginate)
            QVERIFY(pages > 1);
        const QString shown = TreeImage::header(sourceOf(m_snapshot), hierarchy).join(QLatin1Char('\n'));
        QVERIFY(shown.contains(QLatin1String("saved")));
    }

    // The header of a PDF or SVG tree gives the rollout's one progress, as the
    // window's hierarchy list does for "All hierarchies" (tst_mainwindow): for
    // the finished demo rollout, and for one phone half-way through a file of
    // known size beside one receiving a file whose size it never stated (which
    // counts in neither sum).
    void headerGivesTheRolloutsProgress_data()
    {
        QTest::addColumn<bool>("unknownSize");
        QTest::newRow("demo rollout") << false;
        QTest::newRow("a size unknown") << true;
    }

    void headerGivesTheRolloutsProgress()
    {
        QFETCH(bool, unknownSize);
        RolloutModel model;
        auto snapshot = std::make_shared<EngineSnapshot>(m_snapshot);
        if (unknownSize) {
            const auto feed = [&model](const QByteArray &host, const QByteArray &body) {
                DLoadEvent e;
                const QByteArray record = modelled::record("INF", 1000, body);
                QVERIFY(DLoadParser::parse(record, e));
                model.apply(e, RecordOrigin{host, {}, 0}, 1);
            };
            const quint32 a = 0x0A000002, b = 0x0A000003;
            feed("A", modelled::transferStart(0, "/dnld/a.sbn", 1000, modelled::kTftp, a));
            feed("A", modelled::transferProgress(0, "/dnld/a.sbn", 500, a));
            feed("B",
                 modelled::transferStart(0, "/dnld/b.sbn", FirmwareCatalogue::kMaxComponentBytes + 1, modelled::kTftp,
                                         b));
            feed("B", modelled::transferProgress(0, "/dnld/b.sbn", 500, b));
            QCOMPARE(model.phone(model.phoneByAddress(b))->component(u"b.sbn")->total, -1);
            snapshot->model = std::shared_ptr<const RolloutModel>(std::shared_ptr<const RolloutModel>{}, &model);
            snapshot->bandwidth = BandwidthReport::compute(model);
        }
        const RolloutModel &shownModel = *snapshot->model;
        const QString all = DisplayFormat::share(shownModel.overallProgress().fraction(), QLocale());
        const QString header = TreeImage::header(sourceOf(*snapshot), 0).join(QLatin1Char('\n'));
        const QRegularExpressionMatch shown
            = QRegularExpression(QStringLiteral("Overall progress (\\S+ %)")).match(header);
        QVERIFY2(shown.hasMatch(), qPrintable(header));
        QCOMPARE(shown.captured(1), all);
        QCOMPARE(all,
                 unknownSize ? QLocale().toString(50) + QLatin1String(" %")
                             : QLocale().toString(100) + QLatin1String(" %"));
    }

    void jsonRoundTrip()
    {
        QString error;
        QVERIFY(Snapshot::write(Snapshot::toJson(m_model, m_snapshot.bandwidth, {}), path("s.json"), &error));
        const QJsonObject root = QJsonDocument::fromJson(read(path("s.json"))).object();
        const QJsonObject bw = root.value(QLatin1String("bandwidth")).toObject();
        QCOMPARE(bw.value(QLatin1String("traditionalWanBytes")).toInteger(),
                 m_snapshot.bandwidth.overall.traditionalWanBytes);
        QCOMPARE(bw.value(QLatin1String("actualWanBytes")).toInteger(), m_snapshot.bandwidth.overall.actualWanBytes);
        QCOMPARE(root.value(QLatin1String("hierarchies")).toArray().size(), m_model.hierarchies().size());
        QCOMPARE(root.value(QLatin1String("phones")).toArray().size(), 80);
    }

    // The report is streamed (issue #17): what it writes must read back,
    // value for value, as the QJsonObject tree built from the model apart
    // (the oracle, tests/core/export/snapshotoracle.cpp), for every style and
    // for a simulated rollout, the seed log, a capture replay and hostile text.
    void streamedSnapshotEqualsTheTreeBuilder_data() { snapshotRows(); }

    void streamedSnapshotEqualsTheTreeBuilder()
    {
        QFETCH(QString, input);
        RolloutModel imported;
        const Hostile hostile;
        const RolloutModel *model = nullptr;
        loadRow(input, &imported, hostile, &model);
        if (QTest::currentTestFailed())
            return;
        const BandwidthReport bw = BandwidthReport::compute(*model);
        const SnapshotContext context{QStringLiteral("a \"source\"\n"), 2'000'000};
        const QJsonObject expected = test::oracleSnapshot(*model, bw, context);
        QVERIFY(expected.value(QLatin1String("phones")).toArray().size() > 0);
        QCOMPARE(Snapshot::toJson(*model, bw, context), expected);
        for (const auto style : {JsonWriter::Style::Compact, JsonWriter::Style::Lines, JsonWriter::Style::Indented}) {
            QString error;
            QVERIFY2(Snapshot::write(*model, bw, context, path("streamed.json"), &error, style), qPrintable(error));
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(read(path("streamed.json")), &parseError);
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QCOMPARE(document.object(), expected);
        }
    }

    // pfsmon.snapshot/3 writes each fact once (issue #17), and loses none:
    // /2 rebuilt from a /3 report as README.md tells a reader (children from
    // the parents, each member's component from phones[], the defaults and
    // the hierarchy's file, XID and parent put back) is /2 as it was written.
    void snapshotThreeSaysAllThatTwoSaid_data() { snapshotRows(); }

    void snapshotThreeSaysAllThatTwoSaid()
    {
        QFETCH(QString, input);
        RolloutModel imported;
        const Hostile hostile;
        const RolloutModel *model = nullptr;
        loadRow(input, &imported, hostile, &model);
        if (QTest::currentTestFailed())
            return;
        const BandwidthReport bw = BandwidthReport::compute(*model);
        const SnapshotContext context{QStringLiteral("source"), 2'000'000};
        const QJsonObject v3 = Snapshot::toJson(*model, bw, context);
        QCOMPARE(v3.value(QLatin1String("schema")).toString(), QStringLiteral("pfsmon.snapshot/3"));
        const QJsonObject v2 = test::oracleSnapshotV2(*model, bw, context);
        const QJsonObject rebuilt = test::snapshotV2FromV3(v3);
        const QJsonArray rebuiltHierarchies = rebuilt.value(QLatin1String("hierarchies")).toArray();
        const QJsonArray hierarchies = v2.value(QLatin1String("hierarchies")).toArray();
        QCOMPARE(rebuiltHierarchies.size(), hierarchies.size());
        for (qsizetype i = 0; i < hierarchies.size(); ++i) // one by one: a failure names the hierarchy
            QCOMPARE(rebuiltHierarchies[i].toObject(), hierarchies[i].toObject());
        QCOMPARE(rebuilt.value(QLatin1String("phones")), v2.value(QLatin1String("phones")));
        QCOMPARE(rebuilt, v2);
        // and /3 is never the larger: nothing is written twice (a capture
        // of syslog alone has no hierarchy, so no repetition to leave out).
        QVERIFY(QJsonDocument(v3).toJson(QJsonDocument::Compact).size()
                <= QJsonDocument(v2).toJson(QJsonDocument::Compact).size());
    }

    // What a reader could not rebuild is written: edgeCases() has one of each.
    void snapshotThreeWritesWhatCannotBeRebuilt()
    {
        RolloutModel model;
        edgeCases(&model);
        const QJsonObject v3 = Snapshot::toJson(model, BandwidthReport::compute(model), {});
        QSet<QString> written;
        for (const QJsonValue &h : v3.value(QLatin1String("hierarchies")).toArray()) {
            for (const QJsonValue &member : h.toObject().value(QLatin1String("members")).toArray()) {
                for (const QString &key : member.toObject().keys())
                    written.insert(key);
            }
        }
        for (const QJsonValue &phone : v3.value(QLatin1String("phones")).toArray()) {
            for (const QJsonValue &c : phone.toObject().value(QLatin1String("components")).toArray()) {
                if (c.toObject().contains(QLatin1String("sourceAddress")))
                    written.insert(QStringLiteral("sourceAddress"));
            }
        }
        for (const char *key :
             {"children", "parentFrom", "otherParent", "otherParentFrom", "memberFrom", "sourceAddress"})
            QVERIFY2(written.contains(QLatin1String(key)), key);
    }

    // Lines: one hierarchy, phone or finding a line, so grep and head work on a report.
    void linesStyleGivesOnePhoneALine()
    {
        QString error;
        QVERIFY(Snapshot::write(m_model, m_snapshot.bandwidth, {}, path("lines.json"), &error));
        const QList<QByteArray> lines = read(path("lines.json")).split('\n');
        const qsizetype phoneLines = std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
            return line.startsWith("{\"address\":") && line.contains("\"mac\":");
        });
        QCOMPARE(phoneLines, qsizetype(80));
    }

    // Strings as QJsonDocument writes them, byte for byte: RFC 8259 escapes,
    // every control character, UTF-8 for the rest, and a lone surrogate
    // (invalid UTF-16) as its \u escape.
    void jsonWriterEscapesAsQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls.append(QChar(c));
        QTest::newRow("controls") << controls + QChar(0x7f);
        QTest::newRow("quote, backslash, slash") << QStringLiteral("a\"b\\c/d");
        QTest::newRow("Latin-1 and BMP") << QStringLiteral(u"déploiement € \u2028 \uFEFF \uFFFF");
        QTest::newRow("surrogate pair") << QStringLiteral(u"téléphone 😀");
        QTest::newRow("lone high surrogate") << (QStringLiteral("x") + QChar(0xd83d) + QStringLiteral("y"));
        QTest::newRow("high surrogate at the end") << (QStringLiteral("x") + QChar(0xd83d));
        QTest::newRow("lone low surrogate") << (QChar(0xde00) + QStringLiteral("y"));
        QTest::newRow("pair reversed") << (QString(QChar(0xde00)) + QChar(0xd83d));
        QTest::newRow("empty") << QString();
    }

    void jsonWriterEscapesAsQJsonDocument()
    {
        QFETCH(QString, text);
        const QByteArray expected
            = QJsonDocument(QJsonArray{text, QJsonObject{{text, text}}}).toJson(QJsonDocument::Compact);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter w(&buffer);
            w.beginArray();
            w.value(text);
            w.beginObject();
            w.key(QStringView(text));
            w.value(text);
            w.endObject();
            w.endArray();
        }
        QCOMPARE(buffer.data(), expected);
        QCOMPARE(QJsonDocument::fromJson(buffer.data()).array().at(0).toString(),
                 QJsonDocument::fromJson(expected).array().at(0).toString());
    }

    // Latin-1 text (the schema's keys, addresses, states) escapes as the same
    // text in UTF-16 does: plain runs at once, every other byte one by one.
    void jsonWriterLatin1AsQJsonDocument()
    {
        QByteArray every;
        for (int c = 1; c < 256; ++c)
            every.append(char(c));
        const QByteArray texts[] = {every, QByteArray("plain 10.20.0.1"), QByteArray("run then \"quote\""),
                                    QByteArray("caf\xe9"), QByteArray()};
        for (const QByteArray &text : texts) {
            const QLatin1StringView latin(text.constData(), text.size());
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                JsonWriter w(&buffer);
                w.beginArray();
                w.value(latin);
                w.endArray();
            }
            QCOMPARE(buffer.data(), QJsonDocument(QJsonArray{QString(latin)}).toJson(QJsonDocument::Compact));
        }
    }

    // Numbers as QJsonDocument writes them: integers whole, doubles at their
    // shortest exact form, and null for what JSON cannot hold.
    void jsonWriterNumbersAsQJsonDocument()
    {
        const double doubles[] = {0.0,
                                  -0.0,
                                  0.1,
                                  1.5,
                                  -2.25,
                                  1e21,
                                  1e-7,
                                  123456789.123,
                                  1795518952712.0,
                                  1.0 / 3,
                                  std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::denorm_min(),
                                  std::nan(""),
                                  std::numeric_limits<double>::infinity()};
        const qint64 integers[] = {0, -1, 42, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
        QJsonArray array;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter w(&buffer);
            w.beginArray();
            for (const double d : doubles) {
                array.append(d);
                w.value(d);
            }
            for (const qint64 i : integers) {
                array.append(i);
                w.value(i);
            }
            array.append(true);
            w.value(true);
            array.append(QJsonValue::Null);
            w.null();
            w.endArray();
        }
        QCOMPARE(buffer.data(), QJsonDocument(array).toJson(QJsonDocument::Compact));
    }

    // Indented: parses, and nests as QJsonDocument's (4 spaces a level).
    void jsonWriterIndents()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter w(&buffer, JsonWriter::Style::Indented);
            w.beginObject();
            w.member(QLatin1StringView("a"), 1);
            w.key(QLatin1StringView("b"));
            w.beginArray();
            w.value(true);
            w.null();
            w.endArray();
            w.endObject();
        }
        const QJsonObject object{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QJsonArray{true, QJsonValue::Null}}};
        QCOMPARE(buffer.data(), QJsonDocument(object).toJson(QJsonDocument::Indented));
    }

    // Saved so far and projected at the end, each said plainly and the same
    // way in the window (DisplayFormat), the text report and the JSON report.
    void bandwidthSaysSoFarAndProjected()
    {
        BandwidthReport report;
        report.observed.traditionalWanBytes = 4000;
        report.observed.actualWanBytes = 1000;
        report.overall.traditionalWanBytes = 10000;
        report.overall.actualWanBytes = 2500;
        report.overall.estimated = true;
        report.overall.traditionalWayPhones = 2;
        report.overall.traditionalWayWanBytes = 600;
        report.overall.notHeardPhones = 3;
        report.phonesWithoutSize = 1;
        const QLocale locale;
        const QString soFar = DisplayFormat::savedSoFar(report.soFar(), locale);
        QCOMPARE(soFar,
                 QStringLiteral("Saved so far: %1 of %2 moved (%3); %4 crossed the WAN.")
                     .arg(DisplayFormat::size(3000, locale), DisplayFormat::size(4000, locale),
                          DisplayFormat::percent(75.0, locale, 1), DisplayFormat::size(1000, locale)));
        const QString projected = DisplayFormat::projected(report, locale);
        QVERIFY2(projected.startsWith(QStringLiteral("Projected at the end (estimate): %1 saved of the %2")
                                          .arg(DisplayFormat::size(7500, locale), DisplayFormat::size(10000, locale))),
                 qPrintable(projected));
        QVERIFY(projected.contains(DisplayFormat::size(600, locale) + QLatin1String(" for 2 ")));
        QVERIFY(projected.contains(QLatin1String("upgrading the traditional way")));
        QVERIFY(projected.contains(QLatin1String("listed in the inventory but not heard yet")));
        QVERIFY(projected.contains(QLatin1String("left out")));
        report.overall.estimated = false;
        report.overall.traditionalWayPhones = report.overall.notHeardPhones = report.phonesWithoutSize = 0;
        QCOMPARE(DisplayFormat::projected(report, locale),
                 QStringLiteral("Projected at the end: %1 saved of the %2 a traditional upgrade moves over the WAN "
                                "(%3); PFS needs %4.")
                     .arg(DisplayFormat::size(7500, locale), DisplayFormat::size(10000, locale),
                          DisplayFormat::percent(75.0, locale, 1), DisplayFormat::size(2500, locale)));
        const QString text = TextReport::bandwidth(report, 8000, locale);
        QVERIFY2(text.contains(soFar) && text.contains(DisplayFormat::projected(report, locale)), qPrintable(text));
        QVERIFY(text.contains(DisplayFormat::wanTime(report.projected(), 8000, locale)));
        QVERIFY(DisplayFormat::wanTime(report.projected(), 0, locale).isEmpty());

        report.overall.notHeardPhones = 3;
        const QJsonObject bw = Snapshot::toJson(m_model, report, {}).value(QLatin1String("bandwidth")).toObject();
        const QJsonObject jsonSoFar = bw.value(QLatin1String("soFar")).toObject();
        const QJsonObject jsonProjected = bw.value(QLatin1String("projected")).toObject();
        QCOMPARE(jsonSoFar.value(QLatin1String("savedBytes")).toInteger(), 3000);
        QCOMPARE(jsonSoFar.value(QLatin1String("notHeardPhones")).toInteger(), 0);
        QCOMPARE(jsonProjected.value(QLatin1String("savedBytes")).toInteger(), 7500);
        QCOMPARE(jsonProjected.value(QLatin1String("notHeardPhones")).toInteger(), 3);
        QCOMPARE(jsonProjected.value(QLatin1String("traditionalWayWanBytes")).toInteger(), 600);
        // The keys of before stay: the projection at the top, `observed` for so far.
        QCOMPARE(bw.value(QLatin1String("savedBytes")).toInteger(), 7500);
        QCOMPARE(bw.value(QLatin1String("observed")).toObject(), jsonSoFar);
        QCOMPARE(bw.value(QLatin1String("phonesWithoutSize")).toInteger(), 0);
    }

    // The demo's edges and transfers are pfsmon's own modelled records: every
    // export says so, and never calls them observed.
    void exportsSayWhereFactsComeFrom()
    {
        const QJsonObject root = Snapshot::toJson(m_model, m_snapshot.bandwidth, {});
        int edges = 0, components = 0;
        for (const QJsonValue &h : root.value(QLatin1String("hierarchies")).toArray()) {
            int itsEdges = 0;
            for (const QJsonValue &member : h.toObject().value(QLatin1String("members")).toArray()) {
                const QJsonObject o = member.toObject();
                QVERIFY(!o.contains(QLatin1String("parentFrom"))); // none differs from the hierarchy's
                itsEdges += o.contains(QLatin1String("parent"));
            }
            if (itsEdges > 0) // the provenance most of its edges share, said once
                QCOMPARE(h.toObject().value(QLatin1String("parentFrom")).toString(), QStringLiteral("modelled"));
            edges += itsEdges;
        }
        for (const QJsonValue &phone : root.value(QLatin1String("phones")).toArray()) {
            for (const QJsonValue &c : phone.toObject().value(QLatin1String("components")).toArray()) {
                QCOMPARE(c.toObject().value(QLatin1String("progressFrom")).toString(), QStringLiteral("modelled"));
                ++components;
            }
        }
        QVERIFY(edges > 40);
        QVERIFY(components > 80);

        const QByteArray dot = DataExport::dot(m_model, m_biggest);
        const qsizetype arrows = dot.count("->");
        QVERIFY(arrows > 5);
        QCOMPARE(dot.count("[style=dashed, color="), arrows);
        QCOMPARE(dot.count("provenance=modelled]"), arrows);

        const QList<QByteArray> lines = DataExport::csv(m_model).trimmed().split('\n');
        const qsizetype column = lines.first().split(',').indexOf("progress_from");
        QVERIFY(column > 0);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QCOMPARE(lines[i].split(',').value(column), QByteArray("modelled"));
    }

    // One row per phone per component; the bytes add up to the model's.
    void csvRoundTrip()
    {
        QString error;
        QVERIFY(DataExport::writeAtomically(path("p.csv"), DataExport::csv(m_model), &error));
        const QList<QByteArray> lines = read(path("p.csv")).trimmed().split('\n');
        const QList<QByteArray> header = lines.first().split(',');
        const qsizetype bytesColumn = header.indexOf("bytes"), wanColumn = header.indexOf("wan_bytes");
        QVERIFY(bytesColumn > 0 && wanColumn > 0);
        qint64 rows = 0, bytes = 0, wan = 0;
        for (const Phone &p : m_model.phones())
            rows += p.components.size();
        QCOMPARE(qint64(lines.size() - 1), rows);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(','); // no field of this rollout needs quoting
            QCOMPARE(fields.size(), header.size());
            bytes += fields[bytesColumn].toLongLong();
            wan += fields[wanColumn].toLongLong();
        }
        QCOMPARE(wan, m_model.observedWanBytes());
        QCOMPARE(bytes, m_snapshot.bandwidth.overall.traditionalWanBytes); // all complete: bytes = sizes
    }

    void csvQuotesWhatNeedsIt()
    {
        RolloutModel model;
        DLoadEvent e;
        QVERIFY(DLoadParser::parse(
            "NOT 02:19:22.6 DLoad: UPG start self=10.0.0.2 m=CP-7961G load=/dnld/a,\"b\".loads pfs=on", e));
        model.apply(e, RecordOrigin{"SEP,1", {}, 0}, 1);
        const QByteArray csv = DataExport::csv(model);
        QVERIFY(csv.contains("\"SEP,1\""));
        QCOMPARE(csv.count('\n'), 2); // header, and the phone's row though its load is unknown
    }

    void dotParsesWithGraphviz()
    {
        const QByteArray dot = DataExport::dot(m_model, m_biggest);
        QCOMPARE(dot.count(" -> "), m_model.hierarchy(m_biggest)->parentOf.size());
        QCOMPARE(dot.count("[label="), m_model.hierarchy(m_biggest)->members.size());
        const QString graphviz = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (graphviz.isEmpty())
            PFSMON_SKIP("Graphviz is not installed: the DOT text was checked, not rendered");
        QProcess process;
        process.start(graphviz, {QStringLiteral("-Tsvg")});
        process.write(DataExport::dot(m_model, 0));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("<svg"));
    }

    void hostileTextInCsvIsShownAndNeverAFormula()
    {
        const Hostile hostile;
        const QByteArray csv = DataExport::csv(hostile.model);
        QVERIFY2(firstBadByte(csv, "\n").isEmpty(), qPrintable(firstBadByte(csv, "\n")));
        const std::optional<QList<QStringList>> rows = parseCsv(QString::fromUtf8(csv));
        QVERIFY(rows.has_value());
        const QStringList header = rows->first();
        const qsizetype host = header.indexOf(QLatin1String("host")), phone = header.indexOf(QLatin1String("phone"));
        QStringList hosts;
        for (qsizetype i = 1; i < rows->size(); ++i) {
            const QStringList &row = rows->at(i);
            QCOMPARE(row.size(), header.size());
            hosts.append(row[host]);
            QCOMPARE(row[phone], row[host].isEmpty() ? row[phone] : row[host]);
            for (const char *column : {"phone", "host", "mac", "model", "load", "component"}) {
                const QString cell = row[header.indexOf(QLatin1String(column))];
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));
            }
        }
        for (const QByteArray &raw : hostile.allHosts())
            QVERIFY2(hosts.contains(expectedCell(raw)), qPrintable(expectedCell(raw)));
        QVERIFY(hosts.contains(QLatin1String("'=cmd|'/Ccalc'!A0")));
        QVERIFY(hosts.contains(QLatin1String("new\\x0aline\\x0d\\x09tab x")));
        QVERIFY(csv.contains(",'=1+2\\x1b[31m,")); // the MAC
        QVERIFY(csv.contains(",-1,"));             // our own numbers keep their sign: a total not known yet
    }

    // Graphviz itself reads the file: exactly the phones, edges and one
    // cluster, each label drawn as the window shows it, nothing injected.
    void hostileTextInDotStaysInItsLabels()
    {
        const QString graphviz = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (graphviz.isEmpty())
            QSKIP("Graphviz is not installed");
        const Hostile hostile;
        const Hierarchy &h = *hostile.model.hierarchyByXid(hostile.rollout.xid);
        QCOMPARE(h.members.size(), hostile.rollout.hosts.size());
        const QByteArray dot = DataExport::dot(hostile.model, 0);
        QVERIFY2(firstBadByte(dot, "\n").isEmpty(), qPrintable(firstBadByte(dot, "\n")));
        QProcess process;
        process.start(graphviz, {QStringLiteral("-Tsvg")});
        process.write(dot);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(process.readAllStandardError().isEmpty(), dot.constData());
        QXmlStreamReader svg(process.readAllStandardOutput());
        QHash<QString, int> groups;
        QStringList texts;
        while (!svg.atEnd()) {
            if (svg.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (svg.name() == QLatin1String("g"))
                ++groups[svg.attributes().value(QLatin1String("class")).toString()];
            else if (svg.name() == QLatin1String("text"))
                texts.append(svg.readElementText());
        }
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
        QCOMPARE(groups.value(QStringLiteral("cluster")), 1);
        QCOMPARE(groups.value(QStringLiteral("node")), h.members.size());
        QCOMPARE(groups.value(QStringLiteral("edge")), h.parentOf.size());
        QCOMPARE(texts.count(QStringLiteral("%1 %2 %3")
                                 .arg(xidText(h.xid), visibleText(hostile.rollout.model),
                                      visibleText(QString::fromUtf8(hostile.rollout.file)))),
                 1);
        for (const QByteArray &raw : hostile.rollout.hosts)
            QVERIFY2(texts.count(visibleText(raw)) == 1, qPrintable(visibleText(raw)));
    }

    // JSON is data, not display: hosts come back exactly, controls included;
    // only bytes that are not UTF-8 at all turn into U+FFFD.
    void hostileTextInJsonComesBackExactly()
    {
        const Hostile hostile;
        QString error;
        const QJsonObject snapshot = Snapshot::toJson(hostile.model, hostile.snapshot.bandwidth, {});
        QVERIFY(Snapshot::write(snapshot, path("h.json"), &error));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(read(path("h.json")), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QSet<QByteArray> hosts;
        for (const QJsonValue &phone : document.object().value(QLatin1String("phones")).toArray())
            hosts.insert(phone.toObject().value(QLatin1String("host")).toString().toUtf8());
        int exact = 0;
        for (const QByteArray &raw : hostile.allHosts()) {
            const bool utf8 = QString::fromUtf8(raw).toUtf8() == raw;
            QVERIFY2(hosts.contains(utf8 ? raw : QString::fromUtf8(raw).toUtf8()), raw.toHex().constData());
            exact += utf8;
        }
        QCOMPARE(exact, hostile.allHosts().size() - 1); // all but the one of invalid UTF-8
        QVERIFY(hosts.contains(QByteArrayLiteral("N\0UL\x7f\x1b[2J")));
    }

    void hostileTextInSvgIsValidXmlAndShown()
    {
        const Hostile hostile;
        ExportOptions options;
        options.hierarchy = hostile.model.hierarchyByXid(hostile.rollout.xid)->id;
        QString error;
        QVERIFY2(TreeImage::write(sourceOf(hostile.snapshot), ExportFormat::Svg, path("h.svg"), options, &error),
                 qPrintable(error));
        const QByteArray bytes = read(path("h.svg"));
        QVERIFY2(firstBadByte(bytes, "\t\n\r").isEmpty(), qPrintable(firstBadByte(bytes, "\t\n\r")));
        QXmlStreamReader xml(bytes);
        QStringList texts;
        QString description;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
            else if (xml.name() == QLatin1String("desc"))
                description = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QByteArray &raw : hostile.rollout.hosts)
            QVERIFY2(drawn(texts, visibleText(raw)), qPrintable(visibleText(raw)));
        // The header, exactly: neither markup nor escaped twice.
        QCOMPARE(description,
                 TreeImage::header(sourceOf(hostile.snapshot), hostile.model.hierarchyByXid(hostile.rollout.xid)->id)
                     .join(QLatin1Char('\n')));
        QVERIFY(description.contains(visibleText(hostile.rollout.model)));
    }

    void hostileTextInPngAndPdfRenders()
    {
        const Hostile hostile;
        ExportOptions options;
        QString error;
        QVERIFY2(TreeImage::write(sourceOf(hostile.snapshot), ExportFormat::Png, path("h.png"), options, &error),
                 qPrintable(error));
        QCOMPARE(QImage(path("h.png")).size(), TreeImage::pngSize(sourceOf(hostile.snapshot), options));
        options.hierarchy = hostile.model.hierarchyByXid(hostile.rollout.xid)->id;
        QVERIFY2(TreeImage::write(sourceOf(hostile.snapshot), ExportFormat::Pdf, path("h.pdf"), options, &error),
                 qPrintable(error));
        QVERIFY(read(path("h.pdf")).startsWith("%PDF"));
        for (const QString &line :
             TreeImage::header(sourceOf(hostile.snapshot), hostile.model.hierarchyByXid(hostile.rollout.xid)->id))
            QVERIFY2(test::hiddenCharacter(line).isEmpty(), qPrintable(line));
    }

    void writesAreAtomicAndErrorsClear()
    {
        QString error;
        QVERIFY(DataExport::writeAtomically(path("a.txt"), "old", &error));
        QVERIFY(DataExport::writeAtomically(path("a.txt"), "new", &error));
        QCOMPARE(read(path("a.txt")), QByteArray("new"));
        QVERIFY(!DataExport::writeAtomically(QStringLiteral("/nonexistent-dir/a.csv"), "x", &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/a.csv")));
        ExportOptions options;
        QVERIFY(!TreeImage::write(sourceOf(m_snapshot), ExportFormat::Png, QStringLiteral("/nonexistent-dir/t.png"),
                                  options, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/t.png")));
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &name : left)
            QVERIFY2(!name.contains(QLatin1String(".tmp")) && !name.startsWith(QLatin1Char('.')), qPrintable(name));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
