// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QElapsedTimer>
#include <QWidget>

class QTreeView;

// The tree on the window's left: "All hierarchies", then subnet → model →
// file (a hierarchy, with its XID), each with its phones and progress.
// Choosing a file row tells the tree view and the phone table which file to
// show; "All" shows every hierarchy (kNoHierarchy). A subnet or model row
// shows its first file, the one its phones fetch first, and opens to list
// the others: the tree view always shows one tree or all of them.
// Columns take the width their text needs, never cut it: a narrow panel
// scrolls sideways instead.
namespace pfs {

class HierarchyModel;

class HierarchyPicker : public QWidget {
    Q_OBJECT
public:
    explicit HierarchyPicker(QWidget *parent = nullptr);

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void select(HierarchyId hierarchy); // kNoHierarchy: all
    bool hasChoice() const;
    HierarchyModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void hierarchyChosen(pfs::HierarchyId hierarchy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitFigureColumns();
    void chosen(const QModelIndex &current);
    void expandNew(const QModelIndex &parent, int first, int last);
    void fitNamesNowAndThen();

    HierarchyModel *m_model;
    QTreeView *m_view;
    QElapsedTimer m_sinceNamesFitted;
    bool m_rowsCame = true; // since the names were last fitted
};

} // namespace pfs
