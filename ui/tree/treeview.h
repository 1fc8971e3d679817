// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QSet>

// The distribution tree of one hierarchy, laid out and painted by
// render/treerenderer.h: root on top, each phone a box coloured by its state
// for the hierarchy's file, showing what can be read at the zoom (colour and
// bar far away; name; name, address, model and bytes close up), with a
// tooltip summing the phone up. Zoom with the wheel, pan by dragging, fit to
// the window (refitted on resize until the user zooms or pans);
// double-clicking a box collapses or expands its subtree; selecting a phone
// here selects it everywhere (phoneSelected). With no hierarchy chosen
// ("All"), one compact block per model and subnet (render/overview.h)
// instead of every tree; a click on one chooses its hierarchy
// (hierarchyChosen). The legend is a strip under the trees, never over them;
// a click folds it to one line.
namespace pfs {

class LegendStrip;
class OverviewItem;
class PhoneNodeItem;

class TreeView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TreeView(QWidget *parent = nullptr);
    ~TreeView() override;

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void setHierarchy(HierarchyId hierarchy); // kNoHierarchy: the overview of every one
    HierarchyId hierarchy() const { return m_hierarchy; }
    const EngineSnapshot *snapshot() const { return m_snapshot.get(); }

    void selectPhone(PhoneId id, bool centre);
    // Selects the first match and zooms to it, close enough to read its box whole.
    bool findPhone(const QString &text);
    // The whole tree, as large as fits but no larger than its boxes read whole.
    void fitAll();
    void zoomBy(double factor);
    // The scale (device pixels per scene unit), what the boxes are drawn at.
    double zoom() const;

    // A subtree folded into its root's box ("+N").
    void setCollapsed(PhoneId phone, bool collapsed);
    bool isCollapsed(PhoneId phone) const { return m_collapsed.contains(phone); }

    int nodeCount() const { return int(m_nodes.size()); }
    // The trees' titles as drawn ("XID…  model  file").
    QStringList titles() const { return m_titles; }
    // The legend's lines (edge kinds present, state colours); empty while it
    // is hidden (nothing shown).
    QStringList legendLines() const;
    QWidget *legendWidget() const;
    void setLegendCollapsed(bool collapsed);
    // For tests: the children drawn under each node, by phone, in one hierarchy.
    QHash<PhoneId, int> drawnChildren(HierarchyId hierarchy) const;
    // What a box shows and says at a point of the viewport.
    PhoneId phoneAt(QPoint viewportPoint) const;
    QString toolTipAt(QPoint viewportPoint) const;
    // The phone's box, in viewport coordinates; null when not drawn.
    QRect boxOnScreen(PhoneId phone) const;
    // The "All" overview's blocks ("model subnet"), their text in order; empty for a tree.
    QStringList overviewBlocks() const;
    // Where the overview's block of `hierarchy` is, in viewport coordinates.
    QRect overviewBlockOnScreen(HierarchyId hierarchy) const;

Q_SIGNALS:
    void phoneSelected(pfs::PhoneId id);
    void hierarchyChosen(pfs::HierarchyId id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildTree();
    void rebuildOverview();
    void placeLegend();
    void fitTree();
    quint64 structureKey() const;
    PhoneNodeItem *nodeAt(QPoint viewportPoint) const;

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    HierarchyId m_hierarchy = kNoHierarchy;
    quint64 m_structure = 0;
    std::vector<PhoneNodeItem *> m_nodes;
    OverviewItem *m_overview = nullptr;
    LegendStrip *m_legend;
    QStringList m_titles;
    QSet<PhoneId> m_collapsed;
    bool m_selecting = false;
    bool m_autoFit = true; // until the user zooms or pans by hand
    QElapsedTimer m_sinceRebuild;
    double m_rebuildMs = 0;
};

} // namespace pfs
