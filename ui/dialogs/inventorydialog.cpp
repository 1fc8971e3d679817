// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/dialogs/inventorydialog.h"

#include "ui/models/inventorypreviewmodel.h"

#include "engine/inventoryfile.h"
#include "protocol/visibletext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pfs {
namespace {

constexpr int kChoosersPerRow = 4;
constexpr qsizetype kRemarkChars = 240; // a remark quotes a cell: a long one would fill the dialog
constexpr qsizetype kHeaderChars = 40;  // a column's name in a chooser
constexpr qsizetype kSampleChars = 24;  // a first row's value naming a column without a header

// Text made visible already (the reader's remarks): only cut, never escaped twice.
QString cut(const QString &visible, qsizetype maxChars)
{
    return visible.size() <= maxChars ? visible : visible.first(maxChars) + QStringLiteral("…");
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // every word of it comes from the file
    label->setWordWrap(true);
    // A word too long to wrap (a header of 200 letters, quoted in a remark)
    // is cut at the dialog's edge instead of widening it past the screen.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

} // namespace

InventoryDialog::InventoryDialog(InventoryCsv csv, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_csv(std::move(csv))
    , m_loadWarnings(m_csv.loadWarnings())
    , m_mapping(m_csv.proposedMapping())
    , m_preview(new InventoryPreviewModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Import inventory"));
    m_preview->setRows(m_csv.previewRows(kPreviewRows + 1));
    m_table->setModel(m_preview);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSource(path));
    layout->addWidget(m_table, 1);
    layout->addWidget(buildChoosers());
    layout->addWidget(buildSummary());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillChoosers();
    refresh();
    const QScreen *display = screen();
    const QSize wanted(1000, 640);
    resize(display ? wanted.boundedTo(display->availableGeometry().size() * 0.95) : wanted);
}

// The file, its separator, and how it was read when that needs saying.
QWidget *InventoryDialog::buildSource(const QString &path)
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    QLabel *file = plainLabel(box);
    file->setText(visibleText(QFileInfo(path).fileName()));
    file->setToolTip(visibleText(path));
    form->addRow(tr("File"), file);
    QStringList read{tr("Columns separated by %1").arg(separatorName())};
    for (const QString &warning : m_loadWarnings)
        read.append(cut(warning, kRemarkChars));
    QLabel *how = plainLabel(box);
    how->setText(read.join(QLatin1Char('\n')));
    form->addRow(tr("Format"), how);
    return box;
}

QString InventoryDialog::separatorName() const
{
    switch (m_csv.separator()) {
    case ',': return tr("commas");
    case ';': return tr("semicolons");
    case '\t': return tr("tabs");
    case '|': return tr("vertical bars");
    default: return QStringLiteral("\"%1\"").arg(QLatin1Char(m_csv.separator()));
    }
}

// One chooser per field, labelled with it, four to a row: the table keeps the height.
QWidget *InventoryDialog::buildChoosers()
{
    auto *box = new QGroupBox(tr("Columns to read"), this);
    auto *grid = new QGridLayout(box);
    m_header = new QCheckBox(tr("First row is a header"), box);
    m_header->setChecked(m_mapping.firstRowIsHeader);
    grid->addWidget(m_header, 0, 0, 1, 2 * kChoosersPerRow);
    for (int i = 0; i < kInventoryFieldCount; ++i) {
        const auto field = InventoryField(i);
        auto *chooser = new QComboBox(box);
        // A long header must not widen the dialog past the screen.
        chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        chooser->setMinimumContentsLength(14);
        auto *label = new QLabel(ColumnMapping::fieldLabel(field), box);
        label->setBuddy(chooser);
        const int row = 1 + i / kChoosersPerRow, column = 2 * (i % kChoosersPerRow);
        grid->addWidget(label, row, column);
        grid->addWidget(chooser, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        m_choosers[size_t(i)] = chooser;
        connect(chooser, &QComboBox::currentIndexChanged, this, [this, field] { choose(field); });
    }
    connect(m_header, &QCheckBox::toggled, this, &InventoryDialog::chooseHeader);
    return box;
}

QWidget *InventoryDialog::buildSummary()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = plainLabel(box);
    layout->addWidget(m_summary);
    m_problem = new QWidget(box);
    auto *row = new QHBoxLayout(m_problem);
    row->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(m_problem);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    row->addWidget(icon, 0, Qt::AlignTop);
    m_problemText = plainLabel(m_problem);
    row->addWidget(m_problemText, 1);
    // Its room is kept while hidden: the dialog does not jump as the choice changes.
    QSizePolicy policy = m_problem->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_problem->setSizePolicy(policy);
    layout->addWidget(m_problem);
    return box;
}

// Every column a row of the preview has, and any the proposal chose beyond them.
int InventoryDialog::columnCount() const
{
    int columns = std::max(int(m_csv.headers().size()), m_preview->columnCount());
    for (const int column : m_mapping.columns)
        columns = std::max(columns, column + 1);
    return columns;
}

// By its header when the first row is one; else by its place and first value.
QString InventoryDialog::columnName(int column) const
{
    const QString number = QString::number(column + 1);
    const QString first = m_csv.headers().value(column).trimmed();
    if (first.isEmpty())
        return InventoryPreviewModel::tr("Column %1").arg(number); // as the preview's header names it
    if (m_mapping.firstRowIsHeader)
        return InventoryPreviewModel::shown(first, kHeaderChars);
    return tr("Column %1: %2").arg(number, InventoryPreviewModel::shown(first, kSampleChars));
}

void InventoryDialog::fillChoosers()
{
    const int columns = columnCount();
    for (int i = 0; i < kInventoryFieldCount; ++i) {
        QComboBox *chooser = m_choosers[size_t(i)];
        const QSignalBlocker quiet(chooser);
        chooser->clear();
        chooser->addItem(tr("(none)"), ColumnMapping::kNoColumn);
        for (int column = 0; column < columns; ++column)
            chooser->addItem(columnName(column), column);
        chooser->setCurrentIndex(std::max(0, chooser->findData(m_mapping.column(InventoryField(i)))));
    }
}

// A column gives one field: the field that had it gives none now, as the
// proposal never gives one column twice.
void InventoryDialog::choose(InventoryField field)
{
    const int column = chooser(field)->currentData().toInt();
    for (int i = 0; i < kInventoryFieldCount; ++i) {
        const auto other = InventoryField(i);
        if (other == field || column == ColumnMapping::kNoColumn || m_mapping.column(other) != column)
            continue;
        m_mapping.setColumn(other, ColumnMapping::kNoColumn);
        const QSignalBlocker quiet(chooser(other));
        chooser(other)->setCurrentIndex(0);
    }
    m_mapping.setColumn(field, column);
    refresh();
}

void InventoryDialog::chooseHeader(bool firstRowIsHeader)
{
    m_mapping.firstRowIsHeader = firstRowIsHeader;
    fillChoosers(); // the columns' names change
    refresh();
}

// The whole file is read again: what Import gives is what the summary says.
void InventoryDialog::refresh()
{
    m_result = m_csv.read(m_mapping);
    m_preview->setMapping(m_mapping);
    m_summary->setText(summaryText());
    const QString problem = problemText();
    m_problemText->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_import->setEnabled(problem.isEmpty());
}

QString InventoryDialog::summaryText() const
{
    const InventoryCounts &n = m_result.counts;
    QStringList lines{tr("%Ln phone(s) will be expected.", nullptr, int(m_result.phones.size()))};
    if (const int skipped = n.withoutIdentity + n.duplicates + n.malformed; skipped > 0)
        lines.first() += QLatin1Char(' ') + tr("%Ln row(s) skipped.", nullptr, skipped);
    QStringList remarks = m_result.warnings;
    remarks.removeIf([this](const QString &w) { return m_loadWarnings.contains(w); }); // shown above
    for (const QString &remark : remarks.first(std::min(remarks.size(), qsizetype(kRemarksShown))))
        lines.append(QStringLiteral("• ") + cut(remark, kRemarkChars));
    if (remarks.size() > kRemarksShown)
        lines.append(tr("… and %Ln more remark(s).", nullptr, int(remarks.size() - kRemarksShown)));
    return lines.join(QLatin1Char('\n'));
}

QString InventoryDialog::problemText() const
{
    if (!m_mapping.hasIdentity())
        return tr("Choose the column of the device name or of the MAC address: pfsmon knows a phone by one of them.");
    if (!m_result.error.isEmpty())
        return cut(m_result.error, kRemarkChars);
    if (m_result.phones.isEmpty())
        return tr("No row gives a device name (SEP…) or a MAC address in the chosen columns: choose others.");
    return {};
}

QList<ExpectedPhone> InventoryDialog::phones() const
{
    return expectedPhones(m_result.phones);
}

QString InventoryDialog::summary() const
{
    return m_summary->text();
}

QString InventoryDialog::whyNot() const
{
    return m_problem->isHidden() ? QString() : m_problemText->text();
}

} // namespace pfs
