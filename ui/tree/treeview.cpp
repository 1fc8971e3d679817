// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/tree/treeview.h"

#include "model/treelayout.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "ui/models/phonestate.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <cmath>

namespace pfs {

namespace {
constexpr double kNodeWidth = 132;
constexpr double kNodeHeight = 46;
constexpr double kSlot = 150; // horizontal distance of neighbours
constexpr double kLevel = 90; // vertical distance of levels
constexpr double kTreeGap = 1.5;
} // namespace

// One phone in one tree. It paints from the view's current snapshot, so a
// tick only asks for a repaint.
class PhoneNodeItem : public QGraphicsItem {
public:
    PhoneNodeItem(const TreeView *view, PhoneId phone, quint32 xid)
        : m_view(view)
        , m_phone(phone)
        , m_xid(xid)
    {
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
    }

    PhoneId phone() const { return m_phone; }
    quint32 xid() const { return m_xid; }

    QRectF boundingRect() const override { return {-kNodeWidth / 2, 0, kNodeWidth, kNodeHeight}; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const EngineSnapshot *s = m_view->snapshot();
        const Phone *phone = s ? s->model->phone(m_phone) : nullptr;
        if (!phone)
            return;
        const PhoneState state = phoneState(*phone, s->clockMs);
        const QColor colour = PhoneStateStyle::colour(state);
        const QRectF r = boundingRect();
        const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
        if (detail < 0.35) { // far away: a coloured box is all one can see
            painter->setPen(isSelected() ? QPen(Qt::black, 0) : Qt::NoPen);
            painter->fillRect(r, isSelected() ? QColor(Qt::black) : colour);
            return;
        }
        painter->setPen(QPen(isSelected() ? QColor(Qt::black) : colour.darker(130), isSelected() ? 3 : 1));
        painter->setBrush(colour.lighter(165));
        painter->drawRoundedRect(r, 6, 6);
        const double fraction = progressOn(*s->model, *phone);
        const QRectF bar(r.left() + 6, r.bottom() - 11, (r.width() - 12) * fraction, 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRect(bar);
        painter->setPen(Qt::black);
        QFont font = painter->font();
        font.setPixelSize(11); // scene units: the same on screen, in PNG, SVG and PDF
        painter->setFont(font);
        const QString name = phone->displayName();
        const QString model = visibleText(phone->model);
        const QString second = phone->address && !phone->host.isEmpty() ? formatIpv4(phone->address) : model;
        painter->drawText(r.adjusted(6, 3, -6, -20), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          painter->fontMetrics().elidedText(name, Qt::ElideRight, int(r.width() - 12)));
        painter->setPen(QColor(60, 60, 60));
        painter->drawText(r.adjusted(6, 18, -6, -12), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                          painter->fontMetrics().elidedText(second + QLatin1String("  ") + model, Qt::ElideRight,
                                                            int(r.width() - 12)));
    }

private:
    double progressOn(const RolloutModel &model, const Phone &phone) const
    {
        const Hierarchy *h = model.hierarchy(m_xid);
        const ComponentProgress *c = h ? phone.component(h->file) : currentComponent(phone);
        return c ? c->progress().fraction() : 0.0;
    }

    const TreeView *m_view;
    PhoneId m_phone;
    quint32 m_xid;
};

TreeView::TreeView(QWidget *parent)
    : QGraphicsView(parent)
{
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

void TreeView::setHierarchy(quint32 xid)
{
    m_xid = xid;
    m_structure = structureKey();
    m_autoFit = true;
    rebuild();
}

// Changes whenever the drawn trees would: members, edges, the chosen hierarchy.
quint64 TreeView::structureKey() const
{
    if (!m_snapshot)
        return 0;
    const RolloutModel &model = *m_snapshot->model;
    quint64 key = m_xid * 0x9e3779b97f4a7c15ULL + 1;
    for (const quint32 xid : model.hierarchyXids()) {
        if (m_xid && xid != m_xid)
            continue;
        const Hierarchy &h = *model.hierarchy(xid);
        key = key * 31 + quint64(h.members.size()) * 7 + quint64(model.effectiveRoot(h) + 2);
        for (auto it = h.parentOf.cbegin(); it != h.parentOf.cend(); ++it)
            key += quint64(it.key() + 1) * 2654435761ULL ^ quint64(it.value() + 1) * 40503ULL;
    }
    return key;
}

struct TreeView::PlacedTree {
    TreeLayout layout;
    double widthSlots = 0;
};

// The forest wraps into rows, so "All" fills the view instead of a thin strip.
void TreeView::rebuild()
{
    m_sinceRebuild.start();
    QList<PhoneId> selected;
    for (QGraphicsItem *item : scene()->selectedItems())
        selected.append(static_cast<PhoneNodeItem *>(item)->phone());
    m_selecting = true;
    scene()->clear();
    m_nodes.clear();
    if (m_snapshot) {
        const RolloutModel &model = *m_snapshot->model;
        QList<quint32> xids;
        std::vector<PlacedTree> trees;
        double total = 0, widest = 0, deepest = 0;
        for (const quint32 xid : model.hierarchyXids()) {
            if (m_xid && xid != m_xid)
                continue;
            xids.append(xid);
            trees.push_back(layoutTree(*model.hierarchy(xid)));
            total += trees.back().widthSlots;
            widest = std::max(widest, trees.back().widthSlots);
            deepest = std::max(deepest, double(trees.back().layout.depth + 1));
        }
        const double rowWidth = std::max(widest, std::sqrt(total * deepest * 2.0 * kLevel / kSlot));
        QPointF origin(0, 0);
        double rowDepth = 0;
        for (int i = 0; i < xids.size(); ++i) {
            if (origin.x() > 0 && origin.x() + trees[size_t(i)].widthSlots > rowWidth) {
                origin = QPointF(0, origin.y() + (rowDepth + 1) * kLevel + 40);
                rowDepth = 0;
            }
            addTree(*model.hierarchy(xids[i]), trees[size_t(i)], origin);
            origin.rx() += trees[size_t(i)].widthSlots;
            rowDepth = std::max(rowDepth, double(trees[size_t(i)].layout.depth));
        }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    for (const PhoneId id : std::as_const(selected))
        selectPhone(id, false);
    m_selecting = false;
    if (m_autoFit && !m_nodes.empty())
        fitInView(scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
    m_rebuildMs = double(m_sinceRebuild.nsecsElapsed()) / 1e6;
}

TreeView::PlacedTree TreeView::layoutTree(const Hierarchy &h) const
{
    const RolloutModel &model = *m_snapshot->model;
    PlacedTree tree;
    tree.layout = TreeLayout::compute(model.treeRoots(h), [&h](int id) { return h.children(id); });
    double minX = 0;
    for (const TreeLayout::Node &n : tree.layout.nodes)
        minX = std::min(minX, n.x);
    for (TreeLayout::Node &n : tree.layout.nodes)
        n.x -= minX;
    tree.widthSlots = tree.layout.width + 1 + kTreeGap;
    return tree;
}

void TreeView::addTree(const Hierarchy &h, const PlacedTree &tree, QPointF origin)
{
    const double left = origin.x() * kSlot + kNodeWidth / 2;
    const double top = origin.y() + 30;
    QPainterPath edges;
    for (const TreeLayout::Node &n : tree.layout.nodes) {
        auto *item = new PhoneNodeItem(this, n.id, h.xid);
        item->setPos(left + n.x * kSlot, top + n.depth * kLevel);
        scene()->addItem(item);
        m_nodes.push_back(item);
        const PhoneId parent = h.parent(n.id);
        if (parent != kNoPhone && tree.layout.index.contains(parent)) {
            const TreeLayout::Node &p = tree.layout.nodes[size_t(tree.layout.index.value(parent))];
            edges.moveTo(left + p.x * kSlot, top + p.depth * kLevel + kNodeHeight);
            edges.lineTo(left + n.x * kSlot, top + n.depth * kLevel);
        }
    }
    auto *lines = scene()->addPath(edges, QPen(QColor(120, 120, 120), 1.2));
    lines->setZValue(-1);
    QFont titleFont = font();
    titleFont.setPixelSize(12);
    auto *title = scene()->addSimpleText(
        QStringLiteral("%1  %2  %3").arg(xidText(h.xid), visibleText(h.model), visibleText(h.file)), titleFont);
    title->setPos(left - kNodeWidth / 2, origin.y());
}

QHash<PhoneId, int> TreeView::drawnChildren(quint32 xid) const
{
    QHash<PhoneId, int> children;
    const Hierarchy *h = m_snapshot ? m_snapshot->model->hierarchy(xid) : nullptr;
    for (const PhoneNodeItem *item : m_nodes) {
        if (item->xid() != xid || !h)
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
