// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/tree/treeview.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "render/overview.h"
#include "render/treerenderer.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QWheelEvent>

namespace pfs {

// One phone in one tree. It paints from the view's current snapshot, so a
// tick only asks for a repaint.
class PhoneNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    PhoneNodeItem(const TreeView *view, const TreeScene::Node &node)
        : m_view(view)
        , m_phone(node.phone)
        , m_hierarchy(node.hierarchy)
        , m_hiddenBelow(node.hiddenBelow)
    {
        setFlag(ItemIsSelectable);
        setPos(node.topCentre);
    }

    int type() const override { return Type; }
    PhoneId phone() const { return m_phone; }
    HierarchyId hierarchy() const { return m_hierarchy; }

    QRectF boundingRect() const override
    {
        // Room under the box for its "+N" tab when collapsed, and for a wide outline.
        return TreeRenderer::nodeRect().adjusted(-8, -8, 8, m_hiddenBelow ? 40 : 8);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (const EngineSnapshot *s = m_view->snapshot())
            TreeRenderer::paintNode(*painter, *s->model, s->findingIndex, m_phone, m_hierarchy,
                                    TreeRenderer::levelOfDetail(painter->worldTransform()), isSelected(),
                                    m_hiddenBelow);
    }

private:
    const TreeView *m_view;
    PhoneId m_phone;
    HierarchyId m_hierarchy;
    int m_hiddenBelow;
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
        // A title grows when zoomed out (TreeRenderer::paintTitle), up to a level's height.
        QFont largest;
        largest.setPixelSize(int(TreeRenderer::kTitleMaxPixels));
        const QFontMetricsF metrics(largest);
        for (const TreeScene::Title &title : m_titles)
            m_bounds |= QRectF(title.topLeft, QSizeF(metrics.horizontalAdvance(title.text), metrics.height()));
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

// "All": one block per model and subnet, laid out for the view's width.
class OverviewItem : public QGraphicsItem {
public:
    OverviewItem() { setFlag(ItemUsesExtendedStyleOption); }
    void setOverview(Overview overview, double width)
    {
        prepareGeometryChange();
        m_overview = std::move(overview);
        m_overview.layout(width);
        update();
    }
    const Overview &overview() const { return m_overview; }

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_overview.size()); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        m_overview.paint(*painter, option->exposedRect); // a site's hundreds of blocks: those in sight
    }

private:
    Overview m_overview;
};

// The legend, in a strip the view keeps free under the trees (its viewport
// margin): it never hides a box. Painted by the renderer the exports use; a
// click folds it to its heading and back.
class LegendStrip : public QWidget {
public:
    explicit LegendStrip(QWidget *parent)
        : QWidget(parent)
    {
        setCursor(Qt::PointingHandCursor);
    }

    void setKinds(const QList<Provenance> &kinds)
    {
        m_kinds = kinds;
        setToolTip(TreeRenderer::legendLines(kinds).join(QLatin1Char('\n')));
        update();
    }
    const QList<Provenance> &kinds() const { return m_kinds; }
    bool collapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed) { m_collapsed = collapsed; }
    int heightFor(int width) const
    {
        return qCeil(TreeRenderer::legendStripSize(m_kinds, width, m_collapsed).height());
    }
    std::function<void()> toggled;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(rect(), palette().window());
        TreeRenderer::paintLegendStrip(painter, m_kinds, width(), m_collapsed);
    }
    void mousePressEvent(QMouseEvent *) override
    {
        m_collapsed = !m_collapsed;
        if (toggled)
            toggled();
    }

private:
    QList<Provenance> m_kinds;
    bool m_collapsed = false;
};

TreeView::TreeView(QWidget *parent)
    : QGraphicsView(parent)
    , m_legend(new LegendStrip(this))
{
    TreeRenderer::setSizeFormat(&DisplayFormat::size);
    m_legend->hide(); // until there is something to explain
    m_legend->toggled = [this] { placeLegend(); };
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
    if (!m_hierarchy) {
        // Cheaper than asking what changed, but at a site of 10,000 phones
        // (a rebuild over 4 ms) at most once a second: a summary a second old.
        const bool due = m_rebuildMs < 4 || !m_sinceRebuild.isValid() || m_sinceRebuild.elapsed() > 1000;
        if (due) {
            m_sinceRebuild.start();
            rebuildOverview();
            m_rebuildMs = double(m_sinceRebuild.nsecsElapsed()) / 1e6;
        }
        return;
    }
    const quint64 key = structureKey();
    // A big tree costs a rebuild of its scene: then at most one every two seconds.
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
    if (hierarchy != m_hierarchy)
        m_collapsed.clear();
    m_hierarchy = hierarchy;
    m_structure = structureKey();
    m_autoFit = true;
    rebuild();
}

quint64 TreeView::structureKey() const
{
    if (!m_snapshot || !m_hierarchy)
        return 0;
    quint64 key = TreeScene::structureKey(*m_snapshot->model, m_hierarchy);
    for (const PhoneId id : m_collapsed)
        key ^= quint64(id + 1) * 0x9e3779b97f4a7c15ULL;
    return key;
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
    m_overview = nullptr;
    if (m_hierarchy)
        rebuildTree();
    else
        rebuildOverview();
    for (const PhoneId id : std::as_const(selected))
        selectPhone(id, false);
    m_selecting = false;
    m_rebuildMs = double(m_sinceRebuild.nsecsElapsed()) / 1e6;
}

void TreeView::rebuildTree()
{
    setAlignment(Qt::AlignCenter);
    const TreeScene forest = m_snapshot ? TreeScene::build(*m_snapshot->model, m_hierarchy, m_collapsed) : TreeScene();
    for (const TreeScene::Node &n : forest.nodes) {
        auto *item = new PhoneNodeItem(this, n);
        scene()->addItem(item);
        m_nodes.push_back(item);
    }
    for (const TreeScene::Title &title : forest.titles)
        m_titles.append(title.text);
    m_legend->setKinds(forest.edgeKinds());
    if (!forest.isEmpty())
        scene()->addItem(new ForestItem(forest));
    m_legend->setVisible(!m_nodes.empty());
    placeLegend();
    // The trees and their titles as drawn close up: a title grown for a far view does not count.
    scene()->setSceneRect(forest.bounds(20));
    if (m_autoFit && !m_nodes.empty())
        fitTree();
}

void TreeView::rebuildOverview()
{
    if (!m_overview) {
        m_overview = new OverviewItem;
        scene()->addItem(m_overview);
        resetTransform(); // the blocks are drawn in pixels, for the view's width
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    const double width = viewport()->width() / std::max(zoom(), 0.01);
    m_overview->setOverview(m_snapshot ? Overview::build(*m_snapshot->model, m_snapshot->findingIndex) : Overview(),
                            width);
    const bool any = !m_overview->overview().blocks().isEmpty();
    if (m_legend->isVisible() != any || !m_legend->kinds().isEmpty()) {
        m_legend->setKinds({}); // the states' colours: the blocks draw no edges
        m_legend->setVisible(any);
        placeLegend();
    }
    scene()->setSceneRect(m_overview->boundingRect());
}

void TreeView::placeLegend()
{
    // In a margin of its own under the viewport: the trees never go behind it.
    const int height = m_legend->isVisible() ? m_legend->heightFor(viewport()->width()) : 0;
    setViewportMargins(0, 0, 0, height);
    const QRect area = viewport()->geometry();
    m_legend->setGeometry(area.left(), area.bottom() + 1, area.width(), height);
    m_legend->update();
}

void TreeView::fitTree()
{
    // The scene's rectangle is the trees with a margin: fitting it leaves no scroll bar.
    const QRectF trees = sceneRect();
    if (trees.isEmpty())
        return;
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2, 2);
    // Never larger than the boxes need to read whole: a small tree is not blown up.
    const double scale
        = std::min({room.width() / trees.width(), room.height() / trees.height(), TreeRenderer::kFullDetail});
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(trees.center());
}

void TreeView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    if (!m_hierarchy && m_overview)
        rebuildOverview(); // its columns follow the width
    else if (m_autoFit && !m_nodes.empty())
        fitTree();
}

void TreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_legend->setKinds(m_legend->kinds()); // its words and so its size
        placeLegend();
    }
    QGraphicsView::changeEvent(event);
}

bool TreeView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

QStringList TreeView::legendLines() const
{
    return m_legend->isVisibleTo(this) ? TreeRenderer::legendLines(m_legend->kinds()) : QStringList();
}

QWidget *TreeView::legendWidget() const
{
    return m_legend;
}

void TreeView::setLegendCollapsed(bool collapsed)
{
    m_legend->setCollapsed(collapsed);
    placeLegend();
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

PhoneNodeItem *TreeView::nodeAt(QPoint viewportPoint) const
{
    const QPointF at = mapToScene(viewportPoint);
    for (QGraphicsItem *item : scene()->items(at)) {
        if (item->type() == PhoneNodeItem::Type && TreeRenderer::nodeRect().contains(item->mapFromScene(at)))
            return static_cast<PhoneNodeItem *>(item);
    }
    return nullptr;
}

PhoneId TreeView::phoneAt(QPoint viewportPoint) const
{
    const PhoneNodeItem *item = nodeAt(viewportPoint);
    return item ? item->phone() : kNoPhone;
}

QString TreeView::toolTipAt(QPoint viewportPoint) const
{
    if (!m_snapshot)
        return {};
    if (m_overview) {
        const QPointF at = mapToScene(viewportPoint);
        for (const Overview::Block &block : m_overview->overview().blocks()) {
            if (block.rect.contains(at))
                return m_overview->overview().summary(block) + QLatin1Char('\n') + tr("Click a file to see its tree.");
        }
        return {};
    }
    const PhoneNodeItem *item = nodeAt(viewportPoint);
    return item ? TreeRenderer::toolTip(*m_snapshot->model, m_snapshot->findingIndex, item->phone(), m_hierarchy)
                : QString();
}

QRect TreeView::boxOnScreen(PhoneId phone) const
{
    for (const PhoneNodeItem *item : m_nodes) {
        if (item->phone() == phone)
            return mapFromScene(TreeRenderer::nodeRect().translated(item->pos())).boundingRect();
    }
    return {};
}

QStringList TreeView::overviewBlocks() const
{
    QStringList blocks;
    if (m_overview) {
        for (const Overview::Block &block : m_overview->overview().blocks())
            blocks.append(m_overview->overview().summary(block));
    }
    return blocks;
}

QRect TreeView::overviewBlockOnScreen(HierarchyId hierarchy) const
{
    if (!m_overview)
        return {};
    for (const Overview::Block &block : m_overview->overview().blocks()) {
        for (const Overview::File &file : block.files) {
            if (file.hierarchy == hierarchy)
                return mapFromScene(file.rect).boundingRect();
        }
    }
    return {};
}

void TreeView::setCollapsed(PhoneId phone, bool collapsed)
{
    if (collapsed == m_collapsed.contains(phone))
        return;
    if (collapsed)
        m_collapsed.insert(phone);
    else
        m_collapsed.remove(phone);
    m_structure = structureKey();
    rebuild();
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
            m_autoFit = false;
            if (zoom() < TreeRenderer::kFullDetail) // close enough to read its box whole
                setTransform(QTransform::fromScale(TreeRenderer::kFullDetail, TreeRenderer::kFullDetail));
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
    if (m_hierarchy)
        fitTree();
    else if (m_overview) {
        resetTransform();
        rebuildOverview();
    }
}

double TreeView::zoom() const
{
    return TreeRenderer::levelOfDetail(transform());
}

void TreeView::mousePressEvent(QMouseEvent *event)
{
    if (m_overview && event->button() == Qt::LeftButton) {
        const HierarchyId chosen = m_overview->overview().hierarchyAt(mapToScene(event->pos()));
        if (chosen) {
            Q_EMIT hierarchyChosen(chosen);
            event->accept();
            return;
        }
    }
    m_autoFit = false; // a drag pans: keep what the user looks at
    QGraphicsView::mousePressEvent(event);
}

void TreeView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const PhoneNodeItem *item = nodeAt(event->pos())) {
        setCollapsed(item->phone(), !isCollapsed(item->phone()));
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
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
