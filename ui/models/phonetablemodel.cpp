// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/models/phonetablemodel.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/phonestate.h"

#include <QDateTime>

namespace pfs {

PhoneTableModel::PhoneTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PhoneTableModel::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    const bool reset
        = !m_snapshot || !snapshot || snapshot->model->phones().size() < m_snapshot->model->phones().size();
    if (reset)
        beginResetModel();
    m_snapshot = std::move(snapshot);
    QList<PhoneId> added;
    if (reset) {
        m_ids.clear();
        m_rowOf.clear();
    }
    static const PhoneList kNoPhones; // both sides lvalues: the snapshot's list is not copied
    const PhoneList &phones = m_snapshot ? m_snapshot->model->phones() : kNoPhones;
    for (const Phone &phone : phones) {
        if (!phone.merged && !m_rowOf.contains(phone.id))
            added.append(phone.id);
    }
    // A phone merged into another since the last snapshot: its row goes.
    for (int row = int(m_ids.size()) - 1; !reset && row >= 0; --row) {
        if (phones[size_t(m_ids[row])].merged) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    if (!reset && !added.isEmpty())
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + added.size() - 1));
    m_ids.append(added);
    m_rowOf.clear();
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids[row], row);
    if (reset)
        endResetModel();
    else if (!added.isEmpty())
        endInsertRows();
    if (!reset && !m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

// Role and Parent both depend on the file chosen: both are told (Parent
// was not, and kept the previous hierarchy's parents until the next tick).
void PhoneTableModel::setHierarchy(HierarchyId hierarchy)
{
    static_assert(ColumnParent == ColumnRole + 1, "one range for the columns the hierarchy changes");
    m_hierarchy = hierarchy;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, ColumnRole), index(int(m_ids.size()) - 1, ColumnParent));
}

void PhoneTableModel::retranslate()
{
    m_locale = QLocale();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

int PhoneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PhoneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnName: return tr("Phone");
    case ColumnAddress: return tr("Address");
    case ColumnModel: return tr("Model");
    case ColumnRole: return tr("Role");
    case ColumnParent: return tr("Parent");
    case ColumnComponent: return tr("Component");
    case ColumnProgress: return tr("Progress");
    case ColumnReceived: return tr("Received");
    case ColumnSource: return tr("Source");
    case ColumnState: return tr("State");
    case ColumnLastHeard: return tr("Last heard");
    case ColumnInState: return tr("In state");
    case ColumnEta: return tr("Time left");
    }
    return {};
}

QVariant PhoneTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_snapshot || index.row() >= m_ids.size())
        return {};
    const Phone &phone = m_snapshot->model->phones()[size_t(m_ids[index.row()])];
    switch (role) {
    case Qt::DisplayRole: return display(phone, index.column());
    case RawRole: return raw(phone, index.column());
    case PhoneIdRole: return phone.id;
    case BucketRole:
        return int(rolloutBucket(phone, *m_snapshot->model, m_snapshot->findingIndex.of(phone.id).troubled));
    case Qt::TextAlignmentRole:
        return index.column() == ColumnReceived ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DecorationRole:
        return index.column() == ColumnState ? QVariant(PhoneStateStyle::colour(stateOf(phone))) : QVariant();
    case Qt::BackgroundRole: return troubleTint(phone);
    case Qt::ToolTipRole: {
        const QVariant tip = troubleTip(phone);
        if (index.column() != ColumnParent && index.column() != ColumnSource)
            return tip;
        const QVariant peer = peerTip(phone, index.column());
        return tip.isValid() && peer.isValid()
            ? QVariant(QStringLiteral("%1 · %2").arg(peer.toString(), tip.toString()))
            : peer.isValid() ? peer
                             : tip;
    }
    default: return {};
    }
}

PhoneState PhoneTableModel::stateOf(const Phone &phone) const
{
    return phoneState(phone, *m_snapshot->model, m_snapshot->findingIndex.of(phone.id));
}

// A light wash of the worst finding's colour over the whole row.
QVariant PhoneTableModel::troubleTint(const Phone &phone) const
{
    QColor colour = PhoneStateStyle::troubleColour(m_snapshot->findingIndex.of(phone.id));
    if (!colour.isValid())
        return {};
    colour.setAlpha(60);
    return colour;
}

QVariant PhoneTableModel::troubleTip(const Phone &phone) const
{
    const PhoneHealth health = m_snapshot->findingIndex.of(phone.id);
    if (!health.troubled)
        return {};
    //: %1: the worst problem found ("stalled"); %2: how many problems the phone has
    return tr("%1 (%Ln problem(s): see the Problems tab)", nullptr, health.count)
        .arg(Health::kindName(health.worstKind));
}

// Its whole load's time left: "done", a range, or "unknown".
QString PhoneTableModel::etaText(const Phone &phone) const
{
    if (phone.heardFrom == 0)
        return {};
    return DisplayFormat::timeLeft(m_snapshot->forecast.phone(phone.id).load, m_locale);
}

QString PhoneTableModel::role(const Phone &phone) const
{
    return PhoneStateStyle::roles(phone, *m_snapshot->model, m_hierarchy);
}

// Its parent in the chosen file, else in the file it is fetching.
PhoneId PhoneTableModel::parentOf(const Phone &phone) const
{
    const RolloutModel &model = *m_snapshot->model;
    const ComponentProgress *c = currentComponent(phone);
    const Hierarchy *h = model.hierarchy(m_hierarchy ? m_hierarchy : (c ? c->hierarchy : kNoHierarchy));
    return h ? h->parent(phone.id) : kNoPhone;
}

// Parent and Source name a peer alike; their tooltip adds its address (one
// line: a tooltip with a line break is refused for text from the network).
QVariant PhoneTableModel::peerTip(const Phone &phone, int column) const
{
    const RolloutModel &model = *m_snapshot->model;
    if (column == ColumnParent) {
        const PhoneId parent = parentOf(phone);
        return parent != kNoPhone ? QVariant(PhoneStateStyle::peerNameAndAddress(model, parent)) : QVariant();
    }
    const ComponentProgress *c = currentComponent(phone);
    return c && c->state != ComponentState::Waiting ? QVariant(PhoneStateStyle::source(*c, model, true)) : QVariant();
}

QVariant PhoneTableModel::display(const Phone &phone, int column) const
{
    const ComponentProgress *c = currentComponent(phone);
    switch (column) {
    case ColumnName: return phone.displayName();
    case ColumnAddress: return phone.address ? formatIpv4(phone.address) : QString();
    case ColumnModel: return visibleText(phone.model);
    case ColumnRole: return role(phone);
    case ColumnParent: return PhoneStateStyle::peerName(*m_snapshot->model, parentOf(phone));
    case ColumnComponent: return c ? visibleText(c->file) : QString();
    case ColumnProgress: return DisplayFormat::share(phone.progress().fraction(), m_locale);
    case ColumnReceived: return DisplayFormat::sizeOf(phone.progress(), m_locale);
    case ColumnSource: return c ? PhoneStateStyle::source(*c, *m_snapshot->model) : QString();
    case ColumnState: return PhoneStateStyle::name(stateOf(phone));
    case ColumnInState: {
        const qint64 since = stateSinceMs(phone, stateOf(phone));
        return since < 0 || m_snapshot->clockMs < since
            ? QString()
            : DisplayFormat::duration(double(m_snapshot->clockMs - since) / 1000, m_locale);
    }
    case ColumnEta: return etaText(phone);
    case ColumnLastHeard:
        return phone.lastHeardMs < 0 ? QString() : DisplayFormat::lastHeard(phone, m_snapshot->clockMs, m_locale);
    }
    return {};
}

QVariant PhoneTableModel::raw(const Phone &phone, int column) const
{
    switch (column) {
    case ColumnAddress: return phone.address;
    case ColumnProgress: return phone.progress().fraction();
    case ColumnReceived: return phone.progress().doneBytes;
    case ColumnState: return int(stateOf(phone));
    case ColumnInState: return stateSinceMs(phone, stateOf(phone));
    case ColumnEta: return m_snapshot->forecast.phone(phone.id).load.highMs;
    case ColumnLastHeard: return phone.lastHeardMs;
    default: return display(phone, column);
    }
}

PhoneFilterProxy::PhoneFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void PhoneFilterProxy::setBucket(std::optional<RolloutBucket> bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    invalidateRowsFilter();
}

QString PhoneFilterProxy::bucketName(RolloutBucket bucket)
{
    switch (bucket) {
    case RolloutBucket::Done: return tr("done");
    case RolloutBucket::InProgress: return tr("in progress");
    case RolloutBucket::Waiting: return tr("waiting");
    case RolloutBucket::InTrouble: return tr("in trouble");
    case RolloutBucket::NotHeard: return tr("not heard");
    }
    return {};
}

bool PhoneFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_bucket
        && sourceModel()->index(sourceRow, 0, sourceParent).data(PhoneTableModel::BucketRole).toInt() != int(*m_bucket))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace pfs
