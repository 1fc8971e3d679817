// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/phonestab.h"

#include "ui/models/phonetablemodel.h"
#include "ui/widgets/tables.h"

#include "export/displayformat.h"
#include "model/provenance.h"
#include "render/phonestate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pfs {

PhonesTab::PhonesTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new PhoneTableModel(this))
    , m_proxy(new PhoneFilterProxy(this))
    , m_table(newConsoleTable(m_proxy, this))
    , m_filter(new QLineEdit(this))
    , m_stateChip(new QToolButton(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PhoneTableModel::RawRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setSortingEnabled(true);
    // A header starts with a descending indicator: the list opened on its
    // last name. A phone list reads from its first name.
    m_table->sortByColumn(PhoneTableModel::ColumnName, Qt::AscendingOrder);
    showProgressIn(m_table, PhoneTableModel::ColumnProgress, PhoneTableModel::RawRole);
    // "In state" and "Last heard" read against the clock: the rows in sight are
    // repainted, none is told (telling 10,000 rows each tick stalled the window).
    connect(m_model, &PhoneTableModel::clockMoved, m_table->viewport(), qOverload<>(&QWidget::update));
    const std::pair<int, int> widths[]
        = {{PhoneTableModel::ColumnName, 150},    {PhoneTableModel::ColumnAddress, 100},
           {PhoneTableModel::ColumnModel, 90},    {PhoneTableModel::ColumnRole, 100},
           {PhoneTableModel::ColumnParent, 150},  {PhoneTableModel::ColumnComponent, 190},
           {PhoneTableModel::ColumnProgress, 90}, {PhoneTableModel::ColumnReceived, 80},
           {PhoneTableModel::ColumnSource, 230},  {PhoneTableModel::ColumnState, 130},
           {PhoneTableModel::ColumnInState, 90},  {PhoneTableModel::ColumnEta, 130}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT phoneSelected(current.data(PhoneTableModel::PhoneIdRole).toInt());
            });
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_stateChip->setObjectName(QStringLiteral("stateFilterChip"));
    m_stateChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stateChip->hide();
    connect(m_stateChip, &QToolButton::clicked, this, [this] { setStateFilter(std::nullopt); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_stateChip);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    retranslate();
}

void PhonesTab::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
    sortWhenFilled();
}

void PhonesTab::setRowsPerFill(int rows)
{
    m_model->setRowsPerFill(rows);
}

bool PhonesTab::filling() const
{
    return m_model->filling();
}

void PhonesTab::fillMore()
{
    m_model->fillMore();
    sortWhenFilled();
}

// While the table fills in parts, the rows of each part go under the others
// and the rows are sorted once it is full: sorting each part in merged its
// rows one by one among those listed, dearer with each part (issue #17).
void PhonesTab::sortWhenFilled()
{
    if (m_model->filling()) {
        m_proxy->setDynamicSortFilter(false);
        return;
    }
    if (m_proxy->dynamicSortFilter())
        return;
    m_proxy->setDynamicSortFilter(true); // sorts every row
    // The rows whose cells changed while the sorting waited were not filtered again.
    if (m_proxy->filtering())
        m_proxy->refilter();
}

void PhonesTab::setHierarchy(HierarchyId hierarchy)
{
    m_model->setHierarchy(hierarchy);
}

void PhonesTab::setStateFilter(std::optional<RolloutBucket> bucket)
{
    if (bucket == m_proxy->bucket())
        return;
    m_proxy->setBucket(bucket);
    showStateChip();
    Q_EMIT stateFilterChanged(bucket);
}

std::optional<RolloutBucket> PhonesTab::stateFilter() const
{
    return m_proxy->bucket();
}

// The chip says which state the rows are limited to; a click removes it.
void PhonesTab::showStateChip()
{
    const std::optional<RolloutBucket> bucket = m_proxy->bucket();
    m_stateChip->setVisible(bucket.has_value());
    if (!bucket)
        return;
    //: A removable filter beside the text filter; %1: a state ("in trouble"); × removes it
    m_stateChip->setText(tr("State: %1 ×").arg(PhoneFilterProxy::bucketName(*bucket)));
    m_stateChip->setToolTip(tr("Only the phones in this state are listed. Click to list every phone."));
}

void PhonesTab::showSelected(PhoneId id)
{
    const QModelIndex row = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!row.isValid())
        return;
    QSignalBlocker block(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(row);
}

void PhonesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PhonesTab::retranslate()
{
    m_model->retranslate();
    m_filter->setPlaceholderText(tr("Filter phones (any column)"));
    showStateChip();
    fitColumns();
}

// The columns whose text has a known longest form are as wide as it, in the
// language shown: "999.9 MB of 999.9 MB", a peer with its provenance.
void PhonesTab::fitColumns()
{
    const QLocale locale;
    Progress widest;
    widest.doneBytes = widest.totalBytes = 999'949'999;
    fitColumnTo(m_table, PhoneTableModel::ColumnReceived, {DisplayFormat::sizeOf(widest, locale)});
    QStringList sources;
    for (const Provenance from : {Provenance::Trace, Provenance::Wire, Provenance::Inferred, Provenance::Modelled})
        sources.append(PhoneStateStyle::tr("%1 (%2)").arg(
            PhoneStateStyle::tr("peer %1").arg(QStringLiteral("SEP001BD4000000")), ProvenanceNames::name(from)));
    fitColumnTo(m_table, PhoneTableModel::ColumnSource, sources);
}

} // namespace pfs
