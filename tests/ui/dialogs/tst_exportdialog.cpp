// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// File > Export warns of a PNG's size in the dialog, before any file is
// chosen: a very large image is announced with what to do, one too large
// to write cannot be saved; an ordinary one says nothing.
#include "ui/dialogs/exportdialog.h"

#include "export/treeimage.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTest>

using namespace pfs;

class TestExportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void warnsOfTheImagesSizeBeforeAFileIsChosen()
    {
        QVERIFY(ExportDialog::pngWarning(QSize(3000, 1200)).isEmpty());
        QVERIFY(!ExportDialog::pngWarning(QSize(20000, 3000)).isEmpty());
        QVERIFY(ExportDialog::pngWarning(QSize(30000, 20000)).contains(ExportDialog::tr("Too large").left(9)));

        RolloutModel model;
        test::simulateInto(&model, 1000, 6);
        const ExportSource source{&model, BandwidthReport::compute(model), model.lastEventMs(), QString(), 0};
        ExportOptions options;
        options.hierarchy = test::biggestHierarchy(model);
        options.scale = 1;
        ExportDialog dialog(&source, options);
        auto *format = dialog.findChild<QComboBox *>();
        auto *scale = dialog.findChild<QDoubleSpinBox *>();
        QVERIFY(format && scale);
        format->setCurrentIndex(format->findData(int(ExportFormat::Png)));
        dialog.show();
        QVERIFY2(dialog.warning().isEmpty(), qPrintable(dialog.warning()));
        QPushButton *save = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == ExportDialog::tr("Save as…"))
                save = button;
        }
        QVERIFY(save && save->isEnabled());
        scale->setValue(8);
        const QSize pixels = TreeImage::pngSize(source, dialog.options());
        QVERIFY(std::max(pixels.width(), pixels.height()) > 16000);
        QVERIFY(!dialog.warning().isEmpty());
        QCOMPARE(dialog.warning(), ExportDialog::pngWarning(pixels));
        QCOMPARE(save->isEnabled(), !TreeImage::pngTooLarge(pixels));
        // Another format: no PNG, no warning.
        format->setCurrentIndex(format->findData(int(ExportFormat::Svg)));
        QVERIFY(dialog.warning().isEmpty());
        QVERIFY(save->isEnabled());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
