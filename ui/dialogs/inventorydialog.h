// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "inventory/inventorycsv.h"
#include "model/rolloutmodel.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// File ▸ Import inventory: a phone list loaded (InventoryCsv::loadFile) is
// shown as read, its first rows in a table, with one chooser per field for
// the column it comes from, as its header names proposed them, and what
// reading it so would give (phones, rows skipped, the first remarks), kept
// up to date as the user corrects the columns. Import stays disabled while
// no column names the phones (device name or MAC), and a line says why.
//
// The dialog is modal and short-lived: the language cannot change under
// it, so it has no retranslation.
namespace pfs {

class InventoryPreviewModel;

class InventoryDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 50; // phones, the header row aside
    static constexpr int kRemarksShown = 3;

    // `csv` loaded; `path` names it to the user.
    InventoryDialog(InventoryCsv csv, const QString &path, QWidget *parent = nullptr);

    ColumnMapping mapping() const { return m_mapping; }
    // What the mapping shown gives (on accept: what was imported).
    QList<ExpectedPhone> phones() const;
    InventoryCounts counts() const { return m_result.counts; }
    QStringList warnings() const { return m_result.warnings; }

    // For tests.
    QComboBox *chooser(InventoryField field) const { return m_choosers[size_t(field)]; }
    QCheckBox *headerChoice() const { return m_header; }
    QTableView *previewTable() const { return m_table; }
    QString summary() const;
    QString whyNot() const; // empty while Import is possible
    QPushButton *importButton() const { return m_import; }

private:
    QWidget *buildSource(const QString &path);
    QWidget *buildChoosers();
    QWidget *buildSummary();
    QString separatorName() const;
    QString columnName(int column) const;
    int columnCount() const;
    void fillChoosers();
    void choose(InventoryField field);
    void chooseHeader(bool firstRowIsHeader);
    void refresh();
    QString summaryText() const;
    QString problemText() const;

    InventoryCsv m_csv;
    QStringList m_loadWarnings; // shown once; left out of the summary's remarks
    ColumnMapping m_mapping;
    InventoryResult m_result;
    InventoryPreviewModel *m_preview;
    QTableView *m_table;
    std::array<QComboBox *, kInventoryFieldCount> m_choosers{};
    QCheckBox *m_header = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_problem = nullptr; // an icon and m_problemText
    QLabel *m_problemText = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace pfs
