// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// The window is known to the desktop by the installed desktop file's name and
// shows pfsmon's icon at every size a desktop asks for.
#include "ui/desktopidentity.h"

#include <QApplication>
#include <QFileInfo>
#include <QTest>
#include <QWidget>

using namespace pfs;

class TestDesktopIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { DesktopIdentity::apply(); }

    void desktopFileNameIsTheDesktopFilesName()
    {
        const QFileInfo desktopFile(QStringLiteral(PFSMON_DESKTOP_FILE));
        QVERIFY2(desktopFile.exists(), qPrintable(desktopFile.filePath()));
        QCOMPARE(desktopFile.suffix(), QStringLiteral("desktop"));
        QCOMPARE(QGuiApplication::desktopFileName(), desktopFile.completeBaseName());
    }

    void everyWindowHasTheIcon()
    {
        QVERIFY(!QGuiApplication::windowIcon().isNull());
        QWidget window;
        QCOMPARE(window.windowIcon().cacheKey(), QGuiApplication::windowIcon().cacheKey());
    }

    void iconIsDrawnAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void iconIsDrawnAtEverySize()
    {
        QFETCH(int, size);
        const QIcon icon = DesktopIdentity::applicationIcon();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.actualSize(QSize(size, size)), QSize(size, size));
        const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The root's box, on top in the middle, in the colour of a phone fetching from TFTP.
        QCOMPARE(QColor(image.pixel(size / 2, size / 8)), QColor(0xe6, 0x7e, 0x22));
    }
};

QTEST_MAIN(TestDesktopIdentity)
#include "tst_desktopidentity.moc"
