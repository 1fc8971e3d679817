// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "i18n/language.h"
#include "ui/mainwindow.h"
#include "ui/models/hierarchymodel.h"
#include "ui/models/phonetablemodel.h"
#include "ui/widgets/eventlogtab.h"
#include "ui/widgets/phonedetailtab.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace pfs;

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("pfsmon-tests")); }

    void switchingLanguageRetranslatesTheWindow()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        RolloutEngine engine;
        MainWindow window(&engine);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Phones"));
        QLabel *detailTitle = window.findChild<PhoneDetailTab *>()->findChild<QLabel *>();
        QComboBox *severities = window.findChild<EventLogTab *>()->findChild<QComboBox *>();
        QCOMPARE(detailTitle->text(), QStringLiteral("Select a phone in the tree or the table."));
        QCOMPARE(severities->itemText(0), QStringLiteral("All severities"));
        QCOMPARE(window.phoneModel()
                     ->headerData(PhoneTableModel::ColumnLastHeard, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Last heard"));

        window.setLanguage(QStringLiteral("fr"));
        // Qt posts LanguageChange to every widget: it arrives with the event loop.
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Téléphones"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Bande passante"));
        QCOMPARE(window.phoneModel()
                     ->headerData(PhoneTableModel::ColumnLastHeard, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Dernier signe"));
        QVERIFY(window.windowTitle().contains(QLatin1String("micrologiciel")));
        // Each tab translates itself, hidden ones too.
        QCOMPARE(detailTitle->text(), QStringLiteral("Sélectionnez un téléphone dans l'arbre ou le tableau."));
        QCOMPARE(severities->itemText(0), QStringLiteral("Toutes les gravités"));
        QCOMPARE(window.hierarchyModel()->headerData(HierarchyModel::ColumnName, Qt::Horizontal, Qt::DisplayRole),
                 QStringLiteral("Hiérarchie"));

        window.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Phones"));
        QCOMPARE(detailTitle->text(), QStringLiteral("Select a phone in the tree or the table."));
    }

    // Qt's own words (standard buttons, file dialogs) in the chosen language:
    // Qt's translations (qt6-translations-l10n, installed by .ci/setup.sh)
    // are loaded with pfsmon's.
    void qtsOwnDialogsSpeakTheChosenLanguage()
    {
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "All Files (*)"), QStringLiteral("Tous les fichiers (*)"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(),
                 QStringLiteral("Cancel"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
