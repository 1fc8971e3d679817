// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The desktop integration as built (app/packaging): the desktop file and the
// AppStream metainfo say what the top CMakeLists.txt says, so neither can
// drift from the program, and every hicolor icon is rendered at its size.
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The [Desktop Entry] group's keys and values.
QHash<QString, QString> readDesktopEntry(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QHash<QString, QString> entry;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QStringLiteral("[Desktop Entry]");
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inEntry && equals > 0 && !line.startsWith(QLatin1Char('#')))
            entry.insert(line.left(equals), line.mid(equals + 1));
    }
    return entry;
}

// One metainfo element as the tests look at it: its path from the root
// ("component/releases/release"), attributes and text.
struct Element {
    QString path;
    QXmlStreamAttributes attributes;
    QString text;
};

QList<Element> readElements(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Element> elements;
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            stack.append(xml.name().toString());
            elements.append({stack.join(QLatin1Char('/')), xml.attributes(), QString()});
        } else if (xml.isEndElement()) {
            stack.removeLast();
        } else if (xml.isCharacters() && !elements.isEmpty()) {
            elements.last().text += xml.text().trimmed();
        }
    }
    return xml.hasError() ? QList<Element>() : elements;
}

// The untranslated texts of the elements at path.
QStringList textsAt(const QList<Element> &elements, const QString &path)
{
    QStringList texts;
    for (const Element &e : elements)
        if (e.path == path && !e.attributes.hasAttribute(QStringLiteral("xml:lang")))
            texts.append(e.text);
    return texts;
}

const Element *firstAt(const QList<Element> &elements, const QString &path)
{
    for (const Element &e : elements)
        if (e.path == path)
            return &e;
    return nullptr;
}

QStringList iconSizes()
{
    return QStringLiteral(PFSMON_ICON_SIZES).split(QLatin1Char(','));
}

} // namespace

class TestDesktopFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void desktopFileIsNamedAfterTheAppId()
    {
        QCOMPARE(QFileInfo(QStringLiteral(PFSMON_DESKTOP_FILE)).fileName(), QStringLiteral(PFSMON_APP_ID ".desktop"));
        QCOMPARE(QFileInfo(QStringLiteral(PFSMON_METAINFO_FILE)).fileName(),
                 QStringLiteral(PFSMON_APP_ID ".metainfo.xml"));
    }

    void desktopEntryRunsAndShowsTheProgram()
    {
        const QHash<QString, QString> entry = readDesktopEntry(QStringLiteral(PFSMON_DESKTOP_FILE));
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("pfsmon %f"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), QStringLiteral(PFSMON_APP_ID));
        // Qt's X11 WM_CLASS is the program's name (argv[0] and applicationName).
        QCOMPARE(entry.value(QStringLiteral("StartupWMClass")), QStringLiteral("pfsmon"));
        for (const char *key : {"GenericName", "GenericName[fr]", "Comment", "Comment[fr]", "Keywords[fr]"})
            QVERIFY2(!entry.value(QLatin1String(key)).isEmpty(), key);
    }

    void metainfoSaysWhatCMakeSays()
    {
        const QList<Element> elements = readElements(QStringLiteral(PFSMON_METAINFO_FILE));
        QVERIFY(!elements.isEmpty());
        QCOMPARE(textsAt(elements, QStringLiteral("component/id")), QStringList{QStringLiteral(PFSMON_APP_ID)});
        QCOMPARE(textsAt(elements, QStringLiteral("component/launchable")),
                 QStringList{QStringLiteral(PFSMON_APP_ID ".desktop")});
        QCOMPARE(textsAt(elements, QStringLiteral("component/url")).value(0), QStringLiteral(PFSMON_HOMEPAGE));
        QCOMPARE(textsAt(elements, QStringLiteral("component/provides/binary")),
                 (QStringList{QStringLiteral("pfsmon"), QStringLiteral("pfssim")}));
        const Element *release = firstAt(elements, QStringLiteral("component/releases/release"));
        QVERIFY(release);
        QCOMPARE(release->attributes.value(QStringLiteral("version")), QStringLiteral(PFSMON_VERSION));
        QCOMPARE(release->attributes.value(QStringLiteral("date")), QStringLiteral(PFSMON_RELEASE_DATE));
        const QString screenshot = textsAt(elements, QStringLiteral("component/screenshots/screenshot/image")).value(0);
        QVERIFY2(screenshot.startsWith(QStringLiteral(PFSMON_HOMEPAGE "/")), qPrintable(screenshot));
    }

    // A software centre and the menu offer pfsmon for the same files.
    void desktopFileAndMetainfoOpenTheSameTypes()
    {
        const QHash<QString, QString> entry = readDesktopEntry(QStringLiteral(PFSMON_DESKTOP_FILE));
        const QStringList desktopTypes
            = entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        const QList<Element> elements = readElements(QStringLiteral(PFSMON_METAINFO_FILE));
        QVERIFY(!desktopTypes.isEmpty());
        QCOMPARE(textsAt(elements, QStringLiteral("component/provides/mediatype")), desktopTypes);
    }

    void everyIconIsRenderedAtItsSize_data()
    {
        QTest::addColumn<int>("size");
        for (const QString &size : iconSizes())
            QTest::newRow(qPrintable(size)) << size.toInt();
    }

    void everyIconIsRenderedAtItsSize()
    {
        QFETCH(int, size);
        const QString path = QStringLiteral(PFSMON_ICON_ROOT "/%1x%1/apps/" PFSMON_APP_ID ".png").arg(size);
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        // The root's box, on top in the middle, is drawn and opaque.
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 8)), 255);
        QCOMPARE(qAlpha(image.pixel(size / 2, size * 3 / 4)), 0); // between the two subtrees: see-through
    }

    void theScalableIconIsTheDrawing()
    {
        const QString copy = QStringLiteral(PFSMON_ICON_ROOT "/scalable/apps/" PFSMON_APP_ID ".svg");
        QFile built(copy), source(QStringLiteral(PFSMON_ICON_SVG));
        QVERIFY(built.open(QIODevice::ReadOnly));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(built.readAll(), source.readAll());
        QVERIFY(QSvgRenderer(copy).isValid());
    }
};

QTEST_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
