#include "dataexport.h"
#include "dloadparser.h"
#include "modelfeed.h"
#include "snapshot.h"
#include "testsupport.h"
#include "treeexport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pfs;

class TestExport : public QObject
{
    Q_OBJECT

private:
    RolloutModel m_model;
    EngineSnapshot m_snapshot;
    quint32 m_biggest = 0;
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    // A known rollout: 80 phones, seed 4, run to its end.
    void initTestCase()
    {
        sim::Config config;
        config.phones = 80;
        config.seed = 4;
        sim::Simulator simulator(config);
        ModelFeed feed(&m_model, config.startUtcMs);
        simulator.runToEnd(feed);
        m_snapshot.model = std::shared_ptr<const RolloutModel>(std::shared_ptr<const RolloutModel>{}, &m_model);
        m_snapshot.bandwidth = BandwidthReport::compute(m_model);
        m_snapshot.clockMs = m_model.lastEventMs();
        for (const quint32 xid : m_model.hierarchyXids()) {
            if (!m_biggest || m_model.hierarchy(xid)->members.size() > m_model.hierarchy(m_biggest)->members.size())
                m_biggest = xid;
        }
        QVERIFY(m_model.hierarchy(m_biggest)->members.size() > 10);
    }

    void png()
    {
        TreeExport::Options options;
        options.xid = m_biggest;
        options.scale = 1.5;
        QString error;
        QVERIFY2(TreeExport::write(m_snapshot, TreeExport::Format::Png, path("tree.png"), options, &error),
                 qPrintable(error));
        const QImage image(path("tree.png"));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), TreeExport::pngSize(m_snapshot, options));
        QVERIFY(image.width() > 500);
    }

    // Text stays text: every phone of the tree is one <text> element with its name.
    void svg()
    {
        TreeExport::Options options;
        options.xid = m_biggest;
        QString error;
        QVERIFY2(TreeExport::write(m_snapshot, TreeExport::Format::Svg, path("tree.svg"), options, &error),
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

    void pdf_data()
    {
        QTest::addColumn<bool>("paginate");
        QTest::addColumn<quint32>("xid");
        QTest::newRow("one tree, fit") << false << m_biggest;
        QTest::newRow("every tree, fit") << false << 0u;
        QTest::newRow("every tree, pages") << true << 0u;
    }

    void pdf()
    {
        QFETCH(bool, paginate);
        QFETCH(quint32, xid);
        TreeExport::Options options;
        options.xid = xid;
        options.paginate = paginate;
        QString error;
        QVERIFY2(TreeExport::write(m_snapshot, TreeExport::Format::Pdf, path("tree.pdf"), options, &error),
                 qPrintable(error));
        const QByteArray pdf = read(path("tree.pdf"));
        QVERIFY(pdf.startsWith("%PDF"));
        const int pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ")
                              + pdf.count("/Type /Page>") + pdf.count("/Type /Page/"));
        QCOMPARE(pages, TreeExport::pdfPages(m_snapshot, options));
        if (paginate)
            QVERIFY(pages > 1);
        const QString shown = TreeExport::header(m_snapshot, xid).join(QLatin1Char('\n'));
        QVERIFY(shown.contains(QLatin1String("saved")));
    }

    void jsonRoundTrip()
    {
        QString error;
        QVERIFY(Snapshot::write(Snapshot::toJson(m_model, m_snapshot.bandwidth, {}), path("s.json"), &error));
        const QJsonObject root = QJsonDocument::fromJson(read(path("s.json"))).object();
        const QJsonObject bw = root.value(QLatin1String("bandwidth")).toObject();
        QCOMPARE(bw.value(QLatin1String("traditionalWanBytes")).toInteger(), m_snapshot.bandwidth.overall.traditionalWanBytes);
        QCOMPARE(bw.value(QLatin1String("actualWanBytes")).toInteger(), m_snapshot.bandwidth.overall.actualWanBytes);
        QCOMPARE(root.value(QLatin1String("hierarchies")).toArray().size(), m_model.hierarchyXids().size());
        QCOMPARE(root.value(QLatin1String("phones")).toArray().size(), 80);
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
        QVERIFY(DLoadParser::parse("NOT 02:19:22.6 DLoad: UPG start self=10.0.0.2 m=CP-7961G load=/dnld/a,\"b\".loads pfs=on", e));
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

    void writesAreAtomicAndErrorsClear()
    {
        QString error;
        QVERIFY(DataExport::writeAtomically(path("a.txt"), "old", &error));
        QVERIFY(DataExport::writeAtomically(path("a.txt"), "new", &error));
        QCOMPARE(read(path("a.txt")), QByteArray("new"));
        QVERIFY(!DataExport::writeAtomically(QStringLiteral("/nonexistent-dir/a.csv"), "x", &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/a.csv")));
        TreeExport::Options options;
        QVERIFY(!TreeExport::write(m_snapshot, TreeExport::Format::Png, QStringLiteral("/nonexistent-dir/t.png"),
                                   options, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/t.png")));
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &name : left)
            QVERIFY2(!name.contains(QLatin1String(".tmp")) && !name.startsWith(QLatin1Char('.')), qPrintable(name));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
