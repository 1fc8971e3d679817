// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/models/hierarchymodel.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <QLocale>

#include <algorithm>
#include <functional>

namespace pfs {
namespace {

constexpr int kRoot = 0; // the invisible root node
constexpr int kAll = 1;  // "All hierarchies", the first top-level row

bool sameProgress(const pfs::Progress &a, const pfs::Progress &b)
{
    return a.doneBytes == b.doneBytes && a.totalBytes == b.totalBytes && a.components == b.components
        && a.completeComponents == b.completeComponents;
}

} // namespace

HierarchyModel::HierarchyModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    clear();
}

void HierarchyModel::clear()
{
    m_nodes.assign(2, Node());
    m_nodes[kRoot].kind = Kind::All;
    m_nodes[kAll].kind = Kind::All;
    m_nodes[kAll].parent = kRoot;
    m_nodes[kRoot].children = {kAll};
    m_fileNode.clear();
}

void HierarchyModel::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    // Another run's model with fewer hierarchies: its ids mean other files.
    const bool otherRun = !snapshot
        || (m_snapshot && snapshot->model.get() != m_snapshot->model.get()
            && qsizetype(snapshot->model->hierarchies().size()) < m_fileNode.size());
    m_snapshot = std::move(snapshot);
    if (otherRun || anyMoved()) {
        rebuild();
        return;
    }
    for (const Hierarchy &h : m_snapshot->model->hierarchies()) {
        if (!m_fileNode.contains(h.id))
            place(h, true);
    }
    refreshFigures();
}

void HierarchyModel::rebuild()
{
    beginResetModel();
    clear();
    if (m_snapshot) {
        for (const Hierarchy &h : m_snapshot->model->hierarchies())
            place(h, false);
    }
    refreshFigures();
    endResetModel();
}

void HierarchyModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    announceChanges(std::vector<bool>(m_nodes.size(), true));
}

bool HierarchyModel::anyMoved() const
{
    for (const Hierarchy &h : m_snapshot->model->hierarchies()) {
        const auto found = m_fileNode.constFind(h.id);
        if (found != m_fileNode.cend() && keyChanged(m_nodes[size_t(*found)], h))
            return true;
    }
    return false;
}

// A hierarchy's model or subnet learnt after its row was placed (the wire
// first, a record later): its row belongs elsewhere now.
bool HierarchyModel::keyChanged(const Node &file, const Hierarchy &hierarchy) const
{
    const Node &model = m_nodes[size_t(file.parent)];
    const Node &subnet = m_nodes[size_t(model.parent)];
    return model.model != hierarchy.model || subnet.hasSubnet != hierarchy.hasSubnet
        || (hierarchy.hasSubnet && subnet.subnet != hierarchy.subnet);
}

// Its subnet's row, its model's row under it, then its own row.
void HierarchyModel::place(const Hierarchy &hierarchy, bool announce)
{
    Node wanted;
    wanted.kind = Kind::Subnet;
    wanted.hasSubnet = hierarchy.hasSubnet;
    wanted.subnet = hierarchy.hasSubnet ? hierarchy.subnet : 0;
    const int subnet = childFor(kRoot, wanted, announce);
    wanted.kind = Kind::Model;
    wanted.model = hierarchy.model;
    const int model = childFor(subnet, wanted, announce);
    wanted.kind = Kind::File;
    wanted.hierarchy = hierarchy.id;
    wanted.xid = hierarchy.xid;
    wanted.file = hierarchy.file;
    m_fileNode.insert(hierarchy.id, childFor(model, wanted, announce));
}

// `parent`'s child matching `wanted` (a subnet or a model), else a new one
// inserted in order.
int HierarchyModel::childFor(int parent, const Node &wanted, bool announce)
{
    const QList<int> &siblings = m_nodes[size_t(parent)].children;
    const auto matches = [&](const Node &node) {
        switch (wanted.kind) {
        case Kind::Subnet: return node.hasSubnet == wanted.hasSubnet && node.subnet == wanted.subnet;
        case Kind::Model: return node.model == wanted.model;
        default: return false;
        }
    };
    qsizetype position = siblings.size();
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        const Node &node = m_nodes[size_t(siblings[i])];
        if (node.kind == Kind::All)
            continue;
        if (matches(node))
            return siblings[i];
        if (position == siblings.size() && before(wanted, node))
            position = i;
    }
    if (announce)
        beginInsertRows(indexOfNode(parent, 0), int(position), int(position));
    const int added = int(m_nodes.size());
    m_nodes.push_back(wanted);
    m_nodes.back().parent = parent;
    m_nodes[size_t(parent)].children.insert(position, added);
    if (announce)
        endInsertRows();
    return added;
}

// Subnets in address order (unknown last), models by name (unknown last),
// files in the order they appeared (a load's order).
bool HierarchyModel::before(const Node &a, const Node &b) const
{
    switch (a.kind) {
    case Kind::Subnet: return a.hasSubnet != b.hasSubnet ? a.hasSubnet : a.subnet < b.subnet;
    case Kind::Model: return a.model.isEmpty() != b.model.isEmpty() ? !a.model.isEmpty() : a.model < b.model;
    case Kind::File: return a.hierarchy < b.hierarchy;
    case Kind::All: return true;
    }
    return false;
}

// Each file row's figures from its hierarchy, each group's from its rows,
// "All" from the rollout; then dataChanged for the rows that changed.
void HierarchyModel::refreshFigures()
{
    std::vector<bool> changed(m_nodes.size(), false);
    if (!m_snapshot) {
        announceChanges(changed);
        return;
    }
    const RolloutModel &model = *m_snapshot->model;
    const auto set = [&](int index, const pfs::Progress &progress, int phones) {
        Node &node = m_nodes[size_t(index)];
        changed[size_t(index)] = !sameProgress(node.progress, progress) || node.phones != phones;
        node.progress = progress;
        node.phones = phones;
    };
    std::vector<int> stamp(model.phones().size(), -1); // the group that last counted each phone
    for (const int subnet : m_nodes[kRoot].children) {
        if (subnet == kAll)
            continue;
        pfs::Progress subnetSum;
        for (const int group : m_nodes[size_t(subnet)].children) {
            pfs::Progress modelSum;
            for (const int file : m_nodes[size_t(group)].children) {
                Node &node = m_nodes[size_t(file)];
                const Hierarchy *h = model.hierarchy(node.hierarchy);
                const bool renamed = h && (h->xid != node.xid || h->file != node.file);
                if (h) {
                    node.xid = h->xid;
                    node.file = h->file;
                    set(file, model.progress(*h), int(h->members.size()));
                }
                changed[size_t(file)] = changed[size_t(file)] || renamed;
                modelSum += node.progress;
            }
            set(group, modelSum, distinctPhones(group, stamp));
            subnetSum += modelSum;
        }
        set(subnet, subnetSum, distinctPhones(subnet, stamp));
    }
    const int phones = int(std::count_if(model.phones().cbegin(), model.phones().cend(),
                                         [](const Phone &phone) { return !phone.merged; }));
    set(kAll, model.overallProgress(), phones);
    announceChanges(changed);
}

// A phone takes part in one hierarchy per file: a group counts it once.
int HierarchyModel::distinctPhones(int node, std::vector<int> &stamp) const
{
    const RolloutModel &model = *m_snapshot->model;
    int count = 0;
    const std::function<void(int)> visit = [&](int index) {
        const Node &n = m_nodes[size_t(index)];
        if (n.kind != Kind::File) {
            for (const int child : n.children)
                visit(child);
            return;
        }
        const Hierarchy *h = model.hierarchy(n.hierarchy);
        for (const PhoneId id : h ? h->members : QList<PhoneId>()) {
            if (id >= 0 && size_t(id) < stamp.size() && stamp[size_t(id)] != node) {
                stamp[size_t(id)] = node;
                ++count;
            }
        }
    };
    visit(node);
    return count;
}

// dataChanged per run of neighbouring rows that changed, as qBittorrent's
// transfer list does: a quiet tick tells the view almost nothing.
void HierarchyModel::announceChanges(const std::vector<bool> &changed)
{
    m_rowsChanged = 0;
    for (size_t parent = 0; parent < m_nodes.size(); ++parent) {
        const QList<int> &rows = m_nodes[parent].children;
        const QModelIndex parentIndex = indexOfNode(int(parent), 0);
        for (qsizetype first = 0; first < rows.size(); ++first) {
            if (!changed[size_t(rows[first])])
                continue;
            qsizetype last = first;
            while (last + 1 < rows.size() && changed[size_t(rows[last + 1])])
                ++last;
            Q_EMIT dataChanged(index(int(first), 0, parentIndex), index(int(last), ColumnCount - 1, parentIndex));
            m_rowsChanged += int(last - first + 1);
            first = last;
        }
    }
}

QModelIndex HierarchyModel::indexOfNode(int node, int column) const
{
    return node == kRoot ? QModelIndex() : createIndex(rowOfNode(node), column, quintptr(node));
}

int HierarchyModel::rowOfNode(int node) const
{
    return int(m_nodes[size_t(m_nodes[size_t(node)].parent)].children.indexOf(node));
}

QModelIndex HierarchyModel::index(int row, int column, const QModelIndex &parent) const
{
    const int node = parent.isValid() ? int(parent.internalId()) : kRoot;
    if (parent.column() > 0 || column < 0 || column >= ColumnCount || row < 0
        || row >= m_nodes[size_t(node)].children.size())
        return {};
    return createIndex(row, column, quintptr(m_nodes[size_t(node)].children[row]));
}

QModelIndex HierarchyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[size_t(child.internalId())].parent;
    return parent == kRoot ? QModelIndex() : indexOfNode(parent, 0);
}

int HierarchyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_nodes[size_t(parent.isValid() ? parent.internalId() : kRoot)].children.size());
}

int HierarchyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HierarchyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnName: return tr("Hierarchy");
    case ColumnPhones: return tr("Phones");
    case ColumnProgress: return tr("Progress");
    }
    return {};
}

QModelIndex HierarchyModel::indexOf(HierarchyId hierarchy) const
{
    if (hierarchy == kNoHierarchy)
        return indexOfNode(kAll, 0);
    const auto found = m_fileNode.constFind(hierarchy);
    return found == m_fileNode.cend() ? QModelIndex() : indexOfNode(*found, 0);
}

HierarchyId HierarchyModel::hierarchyAt(const QModelIndex &index) const
{
    return index.isValid() ? firstHierarchy(int(index.internalId())) : kNoHierarchy;
}

HierarchyModel::Kind HierarchyModel::kindAt(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes[size_t(index.internalId())].kind : Kind::All;
}

pfs::Progress HierarchyModel::progressAt(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes[size_t(index.internalId())].progress : pfs::Progress();
}

// A file row's hierarchy; a group's first file's, depth first; none for "All".
HierarchyId HierarchyModel::firstHierarchy(int node) const
{
    const Node &n = m_nodes[size_t(node)];
    if (n.kind == Kind::File)
        return n.hierarchy;
    for (const int child : n.children) {
        if (const HierarchyId found = firstHierarchy(child); found != kNoHierarchy)
            return found;
    }
    return kNoHierarchy;
}

QVariant HierarchyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[size_t(index.internalId())];
    switch (role) {
    case HierarchyRole: return firstHierarchy(int(index.internalId()));
    case KindRole: return int(node.kind);
    case Qt::TextAlignmentRole:
        return index.column() == ColumnPhones ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: return index.column() == ColumnProgress ? progressTip(node) : nameTip(node);
    case Qt::DisplayRole:
    case RawRole: break;
    default: return {};
    }
    const bool raw = role == RawRole;
    switch (index.column()) {
    case ColumnName: return name(node);
    case ColumnPhones:
        if (!m_snapshot)
            return {};
        return raw ? QVariant(node.phones) : QVariant(QLocale().toString(node.phones));
    case ColumnProgress:
        if (!m_snapshot)
            return {};
        return raw ? QVariant(node.progress.fraction()) : QVariant(progressText(node.progress));
    }
    return {};
}

QString HierarchyModel::name(const Node &node) const
{
    switch (node.kind) {
    case Kind::All: return tr("All hierarchies");
    case Kind::Subnet:
        return node.hasSubnet && m_snapshot ? formatSubnet(node.subnet, m_snapshot->model->subnetPrefix())
                                            : tr("unknown subnet");
    case Kind::Model: return node.model.isEmpty() ? tr("unknown model") : visibleText(node.model);
    case Kind::File: {
        const QString file = node.file.isEmpty() ? tr("unknown file") : visibleText(node.file);
        Hierarchy xid;
        xid.xid = node.xid;
        //: A hierarchy's row: %1 its file, %2 its XID ("0x3C2F", or "no XID")
        return tr("%1 · %2").arg(file, RolloutModel::xidName(xid));
    }
    }
    return {};
}

// "45 % · 12.3 MB of 27.1 MB"; of files when no size is known.
QString HierarchyModel::progressText(const pfs::Progress &progress) const
{
    const QLocale locale;
    const QString share = DisplayFormat::share(progress.fraction(), locale);
    if (progress.totalBytes > 0)
        //: Progress: %1 the share, %2 received of %3, sizes with their unit
        return tr("%1 · %2 of %3")
            .arg(share, DisplayFormat::size(progress.doneBytes, locale),
                 DisplayFormat::size(progress.totalBytes, locale));
    if (progress.components > 0)
        //: Progress when no size is known: %1 the share, %2 files complete of %n
        return tr("%1 · %2 of %Ln file(s)", nullptr, progress.components)
            .arg(share, locale.toString(progress.completeComponents));
    return share;
}

QString HierarchyModel::progressTip(const Node &node) const
{
    if (!m_snapshot)
        return {};
    const QLocale locale;
    const pfs::Progress &p = node.progress;
    //: %1 a share ("45 %"); %2 and %3 sizes; %4 how many files are complete of %n
    QString tip
        = tr("%1 received: %2 of %3, in bytes of known size; %4 of %Ln file(s) complete.", nullptr, p.components)
              .arg(DisplayFormat::share(p.fraction(), locale), DisplayFormat::size(p.doneBytes, locale),
                   DisplayFormat::size(p.totalBytes, locale), locale.toString(p.completeComponents));
    switch (node.kind) {
    case Kind::File: return tip + QLatin1Char(' ') + tr("Of this file, over the phones of its tree.");
    case Kind::Subnet:
    case Kind::Model: return tip + QLatin1Char(' ') + tr("The sum of the files under this row.");
    case Kind::All: break;
    }
    pfs::Progress distributed;
    for (const int subnet : m_nodes[kRoot].children) {
        if (subnet != kAll)
            distributed += m_nodes[size_t(subnet)].progress;
    }
    return tip + QLatin1Char(' ')
        + tr("Of every phone's whole load, the overview's figure. The hierarchies below distribute %1 of its %2; "
             "the rest is fetched from the server (phones upgrading the traditional way) or not placed in a "
             "hierarchy yet.")
              .arg(DisplayFormat::size(distributed.totalBytes, locale), DisplayFormat::size(p.totalBytes, locale));
}

QString HierarchyModel::nameTip(const Node &node) const
{
    if (!m_snapshot)
        return {};
    const RolloutModel &model = *m_snapshot->model;
    switch (node.kind) {
    case Kind::All:
        return tr("Every phone: the tree view shows each model's hierarchies in brief, the phone table every phone.");
    case Kind::File: {
        const Hierarchy *h = model.hierarchy(node.hierarchy);
        //: %1 the hierarchy's name (its XID, or model, subnet and file), %2 its file
        return h ? tr("%1: the tree distributing %2 to %Ln phone(s).", nullptr, node.phones)
                       .arg(model.hierarchyName(*h), name(node))
                 : QString();
    }
    case Kind::Subnet:
    case Kind::Model: {
        const Hierarchy *first = model.hierarchy(firstHierarchy(int(&node - m_nodes.data())));
        return first ? tr("Choosing this row shows the tree of its first file, %1; expand it for the others.")
                           .arg(visibleText(first->file))
                     : QString();
    }
    }
    return {};
}

} // namespace pfs
