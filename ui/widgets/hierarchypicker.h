// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QWidget>

class QTableView;

// The list on the window's left: "All hierarchies", then one row per
// distributed file. Choosing a row tells the tree and the phone table which
// file to show.
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

Q_SIGNALS:
    void hierarchyChosen(pfs::HierarchyId hierarchy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    HierarchyModel *m_model;
    QTableView *m_table;
};

} // namespace pfs
