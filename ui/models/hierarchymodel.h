// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QAbstractItemModel>

#include <vector>

// The hierarchy picker's tree: "All hierarchies" first, then one row per
// subnet, under it one per phone model, under that one per distributed file
// (a hierarchy, with its XID). Each row gives its phones and its progress.
//
// Progress, one definition (core's Progress) summed upwards: a file row is
// its hierarchy's (RolloutModel::progress), a model or subnet row the sum of
// its rows, so a parent always agrees with its children. "All hierarchies"
// is the rollout's (RolloutModel::overallProgress: every phone's whole load,
// the overview strip's and the exports' figure); its tooltip says how much of
// it the hierarchies distribute. The text says "x of y" with the unit;
// RawRole gives the fraction the progress bar draws.
//
// Hierarchies are only ever added: a new one inserts its row (and its subnet
// and model rows when new), in order; each snapshot then emits dataChanged
// for the rows whose figures changed only. A hierarchy that moves to another
// model or subnet (its model learnt later) resets the model.
namespace pfs {

class HierarchyModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ColumnName, ColumnPhones, ColumnProgress, ColumnCount };
    // HierarchyRole: the hierarchy choosing the row shows (a file row's own,
    // a subnet or model row's first file, kNoHierarchy for "All").
    enum Roles { RawRole = Qt::UserRole + 1, HierarchyRole, KindRole };
    enum class Kind { All, Subnet, Model, File };

    explicit HierarchyModel(QObject *parent = nullptr);
    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The row of a hierarchy (column 0); "All" for kNoHierarchy.
    QModelIndex indexOf(HierarchyId hierarchy) const;
    // A row's progress as shown: "45 % · 12.3 MB of 27.1 MB", or in files.
    QString progressText(const pfs::Progress &progress) const;
    HierarchyId hierarchyAt(const QModelIndex &index) const;
    Kind kindAt(const QModelIndex &index) const;
    pfs::Progress progressAt(const QModelIndex &index) const;
    // The figures' last update, for the benchmark and tests: rows told.
    int rowsChangedLastTime() const { return m_rowsChanged; }

private:
    struct Node {
        Kind kind = Kind::File;
        int parent = -1;     // node index; -1 for the invisible root
        QList<int> children; // node indexes, in row order
        HierarchyId hierarchy = kNoHierarchy;
        bool hasSubnet = false;
        quint32 subnet = 0;
        QString model;
        // Shown, kept to tell which rows changed.
        quint32 xid = 0;
        QString file;
        pfs::Progress progress;
        int phones = 0;
    };

    void rebuild();
    void clear();
    void place(const Hierarchy &hierarchy, bool announce);
    int childFor(int parent, const Node &wanted, bool announce);
    bool before(const Node &a, const Node &b) const;
    bool keyChanged(const Node &file, const Hierarchy &hierarchy) const;
    bool anyMoved() const;
    void refreshFigures();
    int distinctPhones(int node, std::vector<int> &stamp) const;
    void announceChanges(const std::vector<bool> &changed);
    QModelIndex indexOfNode(int node, int column) const;
    int rowOfNode(int node) const;
    HierarchyId firstHierarchy(int node) const;
    QString name(const Node &node) const;
    QString progressTip(const Node &node) const;
    QString nameTip(const Node &node) const;

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    std::vector<Node> m_nodes; // 0: the invisible root; 1: "All hierarchies"
    QHash<HierarchyId, int> m_fileNode;
    int m_rowsChanged = 0;
};

} // namespace pfs
