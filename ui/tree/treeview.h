// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QElapsedTimer>
#include <QGraphicsView>

// The distribution tree(s), laid out and painted by render/treerenderer.h:
// root on top, each phone a box coloured by its state with its progress on
// the hierarchy's file. One hierarchy, or all of them side by side. Zoom with
// the wheel, pan by dragging, fit to the window; selecting a phone here
// selects it everywhere (phoneSelected).
namespace pfs {

class LegendOverlay;
class PhoneNodeItem;

class TreeView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TreeView(QWidget *parent = nullptr);
    ~TreeView() override;

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void setHierarchy(HierarchyId hierarchy); // kNoHierarchy: every one
    HierarchyId hierarchy() const { return m_hierarchy; }
    const EngineSnapshot *snapshot() const { return m_snapshot.get(); }

    void selectPhone(PhoneId id, bool centre);
    bool findPhone(const QString &text); // selects and centres the first match
    void fitAll();
    void zoomBy(double factor);

    int nodeCount() const { return int(m_nodes.size()); }
    // The trees' titles as drawn ("XID…  model  file").
    QStringList titles() const { return m_titles; }
    // The legend's lines as shown over the trees (edge kinds present, state
    // colours); empty while it is hidden (no tree).
    QStringList legendLines() const;
    // For tests: the children drawn under each node, by phone, in one hierarchy.
    QHash<PhoneId, int> drawnChildren(HierarchyId hierarchy) const;

Q_SIGNALS:
    void phoneSelected(pfs::PhoneId id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void placeLegend();
    quint64 structureKey() const;

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    HierarchyId m_hierarchy = kNoHierarchy;
    quint64 m_structure = 0;
    std::vector<PhoneNodeItem *> m_nodes;
    LegendOverlay *m_legend;
    QStringList m_titles;
    bool m_selecting = false;
    bool m_autoFit = true; // until the user zooms or pans by hand
    QElapsedTimer m_sinceRebuild;
    double m_rebuildMs = 0;
};

} // namespace pfs
