// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/hierarchypicker.h"

#include "ui/models/hierarchymodel.h"
#include "ui/widgets/progressdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTreeView>
#include <QVBoxLayout>

namespace pfs {
namespace {

// The bar's text drawn whole: the column as wide as the text plus the bar's
// own frame and margins, which the plain text's size hint leaves out.
class WholeTextProgressDelegate : public ProgressDelegate {
public:
    using ProgressDelegate::ProgressDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return ProgressDelegate::sizeHint(option, index) + QSize(16, 0);
    }
};

} // namespace

HierarchyPicker::HierarchyPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new HierarchyModel(this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setIndentation(14);
    m_view->setItemDelegateForColumn(HierarchyModel::ColumnProgress,
                                     new WholeTextProgressDelegate(HierarchyModel::RawRole, m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // Not ResizeToContents: it measures every row on every tick's
    // dataChanged (30 ms a tick at 1,000 phones). The figures' columns are as
    // wide as their widest possible text; the names', as its rows.
    header->setSectionResizeMode(QHeaderView::Interactive);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HierarchyPicker::chosen);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HierarchyPicker::expandNew);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        m_rowsCame = true;
    });
    retranslate();
}

void HierarchyPicker::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
    fitNamesNowAndThen();
}

// The names' column fits its rows when rows come, and otherwise every few
// seconds, for a file's name may come late (the wire first, a record later):
// fitting measures every row's text, 5 ms a snapshot at 10,000 phones (#17).
void HierarchyPicker::fitNamesNowAndThen()
{
    constexpr qint64 kRefitMs = 2000;
    if (!m_rowsCame && m_sinceNamesFitted.isValid() && m_sinceNamesFitted.elapsed() < kRefitMs)
        return;
    m_view->resizeColumnToContents(HierarchyModel::ColumnName);
    m_sinceNamesFitted.start();
    m_rowsCame = false;
}

// The figures' columns fit their widest text: a count of five digits, a
// progress of "100 % · 999.9 MB of 999.9 MB" or of thousands of files.
void HierarchyPicker::fitFigureColumns()
{
    Progress sized;
    sized.doneBytes = sized.totalBytes = 999'949'999;
    sized.components = sized.completeComponents = 9'999;
    Progress unsized;
    unsized.components = unsized.completeComponents = 9'999;
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    int progress = 0;
    for (const Progress &sample : {sized, unsized}) {
        const int text = option.fontMetrics.horizontalAdvance(m_model->progressText(sample));
        progress = qMax(progress, text + 16 + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
    }
    const int phones = qMax(m_view->header()->sectionSizeHint(HierarchyModel::ColumnPhones),
                            option.fontMetrics.horizontalAdvance(QLocale().toString(99'999)) + 12);
    m_view->setColumnWidth(HierarchyModel::ColumnPhones, phones);
    m_view->setColumnWidth(HierarchyModel::ColumnProgress,
                           qMax(progress, m_view->header()->sectionSizeHint(HierarchyModel::ColumnProgress)));
    m_view->resizeColumnToContents(HierarchyModel::ColumnName);
}

// A subnet's or a model's row shows its first file and opens on the others.
void HierarchyPicker::chosen(const QModelIndex &current)
{
    const QModelIndex row = current.siblingAtColumn(0);
    const HierarchyModel::Kind kind = m_model->kindAt(row);
    if (kind == HierarchyModel::Kind::Subnet || kind == HierarchyModel::Kind::Model)
        m_view->expand(row);
    Q_EMIT hierarchyChosen(current.isValid() ? m_model->hierarchyAt(row) : kNoHierarchy);
}

// New subnets and models open: the files under them are what one chooses.
void HierarchyPicker::expandNew(const QModelIndex &parent, int first, int last)
{
    m_rowsCame = true;
    for (int row = first; row <= last; ++row)
        m_view->expand(m_model->index(row, 0, parent));
}

void HierarchyPicker::select(HierarchyId hierarchy)
{
    const QModelIndex row = m_model->indexOf(hierarchy);
    for (QModelIndex above = row.parent(); above.isValid(); above = above.parent())
        m_view->expand(above);
    m_view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool HierarchyPicker::hasChoice() const
{
    return m_view->currentIndex().isValid();
}

void HierarchyPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HierarchyPicker::retranslate()
{
    m_model->retranslate();
    fitFigureColumns();
}

} // namespace pfs
