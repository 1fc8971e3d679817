// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/tree/treeview.h"

#include "protocol/ipv4.h"
#include "render/treerenderer.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

namespace pfs {

// One phone in one tree. It paints from the view's current snapshot, so a
// tick only asks for a repaint.
class PhoneNodeItem : public QGraphicsItem {
public:
    PhoneNodeItem(const TreeView *view, PhoneId phone, HierarchyId hierarchy)
        : m_view(view)
        , m_phone(phone)
        , m_hierarchy(hierarchy)
    {
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
    }

    PhoneId phone() const { return m_phone; }
    HierarchyId hierarchy() const { return m_hierarchy; }

    QRectF boundingRect() const override { return TreeRenderer::nodeRect(); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (const EngineSnapshot *s = m_view->snapshot())
            TreeRenderer::paintNode(*painter, *s->model, s->findingIndex, m_phone, m_hierarchy,
                                    TreeRenderer::levelOfDetail(painter->worldTransform()), isSelected());
    }

private:
    const TreeView *m_view;
    PhoneId m_phone;
    HierarchyId m_hierarchy;
};

// The edges and the trees' titles, under the boxes.
class ForestItem : public QGraphicsItem {
public:
    explicit ForestItem(const TreeScene &scene)
        : m_edges(scene.edges)
        , m_titles(scene.titles)
        , m_bounds(scene.bounds(2))
    {
        setZValue(-1);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        TreeRenderer::paintEdges(*painter, m_edges);
        for (const TreeScene::Title &title : m_titles)
            TreeRenderer::paintTitle(*painter, title);
    }

private:
    QList<TreeScene::Edge> m_edges;
    QList<TreeScene::Title> m_titles;
    QRectF m_bounds;
};

// The legend in a corner of the view, painted by the renderer the exports
// use. A child of the view, not of its viewport, and not a scene item: it
// stays put and the same size while the trees are scrolled and zoomed, and a
// scrolled viewport never drags a copy of it along.
class LegendOverlay : public QWidget {
public:
    explicit LegendOverlay(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

    void setKinds(const QList<Provenance> &kinds)
    {
        m_kinds = kinds;
        setToolTip(TreeRenderer::legendLines(kinds).join(QLatin1Char('\n')));
        resize(TreeRenderer::legendSize(kinds).toSize() + QSize(2, 2));
        update();
    }
    const QList<Provenance> &kinds() const { return m_kinds; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(0.5, 0.5);
        TreeRenderer::paintLegend(painter, m_kinds);
    }

private:
    QList<Provenance> m_kinds;
};

TreeView::TreeView(QWidget *parent)
    : QGraphicsView(parent)
    , m_legend(new LegendOverlay(this))
{
    m_legend->hide(); // until there is a tree
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    connect(scene(), &QGraphicsScene::selectionChanged, this, [this] {
        if (m_selecting)
            return;
        const QList<QGraphicsItem *> selected = scene()->selectedItems();
        if (!selected.isEmpty())
            Q_EMIT phoneSelected(static_cast<PhoneNodeItem *>(selected.first())->phone());
    });
}

TreeView::~TreeView()
{
    // The scene dies with the widget and clears its selection on the way:
    // nothing of this half-destroyed view may hear about it.
    scene()->disconnect(this);
}

void TreeView::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    const quint64 key = structureKey();
    // A big forest costs a rebuild of its scene: then at most one every two seconds.
    const bool due = m_rebuildMs < 50 || !m_sinceRebuild.isValid() || m_sinceRebuild.elapsed() > 2000;
    if (key != m_structure && due) {
        m_structure = key;
        rebuild();
    } else {
        viewport()->update();
    }
}

void TreeView::setHierarchy(HierarchyId hierarchy)
{
    m_hierarchy = hierarchy;
    m_structure = structureKey();
    m_autoFit = true;
    rebuild();
}

quint64 TreeView::structureKey() const
{
    return m_snapshot ? TreeScene::structureKey(*m_snapshot->model, m_hierarchy) : 0;
}

void TreeView::rebuild()
{
    m_sinceRebuild.start();
    QList<PhoneId> selected;
    for (QGraphicsItem *item : scene()->selectedItems())
        selected.append(static_cast<PhoneNodeItem *>(item)->phone());
    m_selecting = true;
    scene()->clear();
    m_nodes.clear();
    m_titles.clear();
    if (m_snapshot) {
        const TreeScene forest = TreeScene::build(*m_snapshot->model, m_hierarchy);
        for (const TreeScene::Node &n : forest.nodes) {
            auto *item = new PhoneNodeItem(this, n.phone, n.hierarchy);
            item->setPos(n.topCentre);
            scene()->addItem(item);
            m_nodes.push_back(item);
        }
        for (const TreeScene::Title &title : forest.titles)
            m_titles.append(title.text);
        m_legend->setKinds(forest.edgeKinds());
        if (!forest.isEmpty())
            scene()->addItem(new ForestItem(forest));
    }
    m_legend->setVisible(!m_nodes.empty());
    placeLegend();
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    for (const PhoneId id : std::as_const(selected))
        selectPhone(id, false);
    m_selecting = false;
    if (m_autoFit && !m_nodes.empty())
        fitInView(scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
    m_rebuildMs = double(m_sinceRebuild.nsecsElapsed()) / 1e6;
}

void TreeView::placeLegend()
{
    // Bottom left of the viewport, where a tidy tree, root on top, leaves room.
    const QRect area = viewport()->geometry();
    m_legend->move(area.left() + 6, area.bottom() - m_legend->height() - 5);
    m_legend->raise();
}

void TreeView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
}

void TreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_legend->setKinds(m_legend->kinds()); // its words and so its size
    QGraphicsView::changeEvent(event);
}

QStringList TreeView::legendLines() const
{
    return m_legend->isVisibleTo(this) ? TreeRenderer::legendLines(m_legend->kinds()) : QStringList();
}

QHash<PhoneId, int> TreeView::drawnChildren(HierarchyId hierarchy) const
{
    QHash<PhoneId, int> children;
    const Hierarchy *h = m_snapshot ? m_snapshot->model->hierarchy(hierarchy) : nullptr;
    for (const PhoneNodeItem *item : m_nodes) {
        if (item->hierarchy() != hierarchy || !h)
            continue;
        children[item->phone()] += 0;
        const PhoneId parent = h->parent(item->phone());
        if (parent != kNoPhone)
            children[parent] += 1;
    }
    return children;
}

void TreeView::selectPhone(PhoneId id, bool centre)
{
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    scene()->clearSelection();
    PhoneNodeItem *first = nullptr;
    for (PhoneNodeItem *item : m_nodes) {
        if (item->phone() == id) {
            item->setSelected(true);
            first = first ? first : item;
        }
    }
    m_selecting = wasSelecting;
    if (first && centre)
        centerOn(first);
}

bool TreeView::findPhone(const QString &text)
{
    if (!m_snapshot || text.trimmed().isEmpty())
        return false;
    for (PhoneNodeItem *item : m_nodes) {
        const Phone *phone = m_snapshot->model->phone(item->phone());
        const QString address = phone->address ? formatIpv4(phone->address) : QString();
        if (phone->displayName().contains(text, Qt::CaseInsensitive) || address.contains(text)) {
            selectPhone(item->phone(), true);
            Q_EMIT phoneSelected(item->phone());
            return true;
        }
    }
    return false;
}

void TreeView::fitAll()
{
    m_autoFit = true;
    fitInView(scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
}

void TreeView::mousePressEvent(QMouseEvent *event)
{
    m_autoFit = false; // a drag pans: keep what the user looks at
    QGraphicsView::mousePressEvent(event);
}

void TreeView::zoomBy(double factor)
{
    m_autoFit = false;
    const double current = transform().m11();
    if ((factor > 1 && current > 4) || (factor < 1 && current < 0.01))
        return;
    scale(factor, factor);
}

void TreeView::wheelEvent(QWheelEvent *event)
{
    zoomBy(event->angleDelta().y() > 0 ? 1.2 : 1 / 1.2);
    event->accept();
}

} // namespace pfs
