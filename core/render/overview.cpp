// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "render/overview.h"

#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/phonestate.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace pfs {
namespace {

constexpr double kBlockWidth = 330; // pixels; wider views get more columns
constexpr double kGap = 12;
constexpr double kPad = 8;
constexpr double kTitleRow = 18;
constexpr double kLineRow = 16;
constexpr double kBarHeight = 12;
constexpr double kCountRow = 16;
constexpr double kFileRow = 18;
constexpr double kSwatch = 10;

QFont fontOf(int pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QString percentText(double fraction)
{
    return Overview::tr("%1 %").arg(QLocale().toString(qRound(100 * fraction)));
}

// The states with phones in them, each a swatch and its count, flowed into
// rows of `width`: where each goes, relative to the rows' top left.
QList<std::pair<int, QPointF>> countPlaces(const Overview::Block &block, double width, double *height)
{
    const QFontMetricsF metrics(fontOf(11));
    QList<std::pair<int, QPointF>> places;
    double x = 0, y = 0;
    for (int state = 0; state < Overview::kStates; ++state) {
        if (block.states[size_t(state)] == 0)
            continue;
        const double w = kSwatch + 4 + metrics.horizontalAdvance(QLocale().toString(block.states[size_t(state)]));
        if (x > 0 && x + w > width) {
            x = 0;
            y += kCountRow;
        }
        places.append({state, QPointF(x, y)});
        x += w + 10;
    }
    *height = places.isEmpty() ? 0 : y + kCountRow;
    return places;
}

double blockHeight(const Overview::Block &block, double width)
{
    double counts = 0;
    countPlaces(block, width - 2 * kPad, &counts);
    return kPad + kTitleRow + kLineRow + 4 + kBarHeight + 4 + counts + 4 + double(block.files.size()) * kFileRow + kPad;
}

} // namespace

Overview Overview::build(const RolloutModel &model, const FindingIndex &findings)
{
    // The hierarchies by block first, then each block's phones counted once:
    // a mark per phone, not a set per block (10,000 phones every tick).
    Overview overview;
    QHash<QString, qsizetype> blockOf;
    QList<QList<const Hierarchy *>> hierarchiesOf;
    for (const Hierarchy &h : model.hierarchies()) {
        const QString subnet = h.hasSubnet ? formatSubnet(h.subnet, model.subnetPrefix()) : QString();
        const QString key = h.model + QLatin1Char('\n') + subnet;
        auto found = blockOf.constFind(key);
        if (found == blockOf.cend()) {
            found = blockOf.insert(key, overview.m_blocks.size());
            overview.m_blocks.append({visibleText(h.model), subnet, h.hasSubnet ? h.subnet : 0, 0, {}, 0, {}, {}});
            hierarchiesOf.append(QList<const Hierarchy *>());
        }
        hierarchiesOf[found.value()].append(&h);
    }
    // By subnet, then model: a site reads in the order of its addresses.
    std::vector<qsizetype> order(size_t(overview.m_blocks.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&overview](qsizetype a, qsizetype b) {
        const Block &x = overview.m_blocks[a], &y = overview.m_blocks[b];
        return std::tie(x.network, x.model) < std::tie(y.network, y.model);
    });
    QList<Block> sorted;
    QList<QList<const Hierarchy *>> sortedHierarchies;
    for (const qsizetype i : order) {
        sorted.append(overview.m_blocks[i]);
        sortedHierarchies.append(hierarchiesOf[i]);
    }
    overview.m_blocks = sorted;
    hierarchiesOf = sortedHierarchies;
    std::vector<qsizetype> countedIn(size_t(model.phones().size()), -1);
    for (qsizetype i = 0; i < overview.m_blocks.size(); ++i) {
        Block &block = overview.m_blocks[i];
        Progress progress;
        for (const Hierarchy *h : std::as_const(hierarchiesOf[i])) {
            const Progress file = model.progress(*h);
            progress += file;
            const QString name = h->file.isEmpty() ? tr("unknown file") : visibleText(h->file);
            block.files.append({h->id, name, int(h->members.size()), file.fraction(), {}});
            for (const PhoneId id : h->members) {
                if (id < 0 || size_t(id) >= countedIn.size() || countedIn[size_t(id)] == i)
                    continue;
                countedIn[size_t(id)] = i;
                ++block.phones;
                if (const Phone *phone = model.phone(id))
                    ++block.states[size_t(phoneState(*phone, model, findings.of(id)))];
            }
        }
        block.progress = progress.fraction();
        std::stable_sort(block.files.begin(), block.files.end(),
                         [](const File &a, const File &b) { return a.phones > b.phones; });
    }
    return overview;
}

QSizeF Overview::layout(double width)
{
    const int columns = std::max(1, int((width - kGap) / (kBlockWidth + kGap)));
    const double blockWidth = std::max(kBlockWidth, (width - kGap) / columns - kGap);
    std::vector<double> bottoms(size_t(columns), kGap);
    for (Block &block : m_blocks) {
        // Into the shortest column, so that the grid stays even.
        const auto shortest = std::min_element(bottoms.begin(), bottoms.end());
        const double left = kGap + double(shortest - bottoms.begin()) * (blockWidth + kGap);
        block.rect = QRectF(left, *shortest, blockWidth, blockHeight(block, blockWidth));
        double top = block.rect.bottom() - kPad - double(block.files.size()) * kFileRow;
        for (File &file : block.files) {
            file.rect = QRectF(left + kPad, top, blockWidth - 2 * kPad, kFileRow);
            top += kFileRow;
        }
        *shortest = block.rect.bottom() + kGap;
    }
    m_size = QSizeF(kGap + columns * (blockWidth + kGap), *std::max_element(bottoms.begin(), bottoms.end()));
    return m_size;
}

HierarchyId Overview::hierarchyAt(QPointF point) const
{
    for (const Block &block : m_blocks) {
        if (!block.rect.contains(point))
            continue;
        for (const File &file : block.files) {
            if (file.rect.contains(point))
                return file.hierarchy;
        }
        return block.files.isEmpty() ? kNoHierarchy : block.files.first().hierarchy;
    }
    return kNoHierarchy;
}

QString Overview::summary(const Block &block) const
{
    QStringList lines{block.model.isEmpty() ? tr("unknown model") : block.model};
    if (!block.subnet.isEmpty())
        lines.first() += QLatin1String("  ") + block.subnet;
    //: The "All hierarchies" view: %n phones of one model on one subnet, %1 their progress
    lines.append(tr("%n phone(s), %1", nullptr, block.phones).arg(percentText(block.progress)));
    for (int state = 0; state < kStates; ++state) {
        if (block.states[size_t(state)] > 0)
            lines.append(QStringLiteral("%1: %2").arg(PhoneStateStyle::name(PhoneState(state)),
                                                      QLocale().toString(block.states[size_t(state)])));
    }
    for (const File &file : block.files)
        //: The "All hierarchies" view: a file, %n phones in its tree, %1 its progress
        lines.append(tr("%1: %n phone(s), %2", nullptr, file.phones).arg(file.name, percentText(file.progress)));
    return lines.join(QLatin1Char('\n'));
}

void Overview::paint(QPainter &painter, const QRectF &exposed) const
{
    for (const Block &block : m_blocks) {
        if (exposed.isNull() || exposed.intersects(block.rect))
            paintBlock(painter, block);
    }
}

void Overview::paintBlock(QPainter &painter, const Block &block) const
{
    painter.save();
    painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(block.rect, 5, 5);
    const double left = block.rect.left() + kPad, width = block.rect.width() - 2 * kPad;
    double top = block.rect.top() + kPad;
    painter.setPen(Qt::black);
    painter.setFont(fontOf(13, true));
    const QString title = block.model.isEmpty() ? tr("unknown model") : block.model;
    painter.drawText(QRectF(left, top, width, kTitleRow), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     block.subnet.isEmpty() ? title : title + QLatin1String("   ") + block.subnet);
    top += kTitleRow;
    painter.setFont(fontOf(11));
    painter.drawText(QRectF(left, top, width, kLineRow), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     tr("%n phone(s), %1", nullptr, block.phones).arg(percentText(block.progress)));
    top += kLineRow + 4;
    // The states as one stacked bar, in the legend's order.
    double x = left;
    for (int state = 0; state < kStates; ++state) {
        const double w = block.phones ? width * block.states[size_t(state)] / block.phones : 0;
        painter.fillRect(QRectF(x, top, w, kBarHeight), PhoneStateStyle::colour(PhoneState(state)));
        x += w;
    }
    top += kBarHeight + 4;
    double countsHeight = 0;
    for (const auto &[state, at] : countPlaces(block, width, &countsHeight)) {
        const QPointF p(left + at.x(), top + at.y());
        painter.fillRect(QRectF(p.x(), p.y() + (kCountRow - kSwatch) / 2, kSwatch, kSwatch),
                         PhoneStateStyle::colour(PhoneState(state)));
        painter.drawText(QRectF(p.x() + kSwatch + 4, p.y(), 200, kCountRow),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         QLocale().toString(block.states[size_t(state)]));
    }
    for (const File &file : block.files) {
        const QRectF bar(file.rect.right() - 130, file.rect.top() + 4, 90, file.rect.height() - 8);
        QFont font = fontOf(11);
        const double room = bar.left() - 6 - file.rect.left();
        const double needed = QFontMetricsF(font).horizontalAdvance(file.name);
        if (needed > room) // smaller rather than cut: a file name is read whole
            font.setPixelSize(std::max(8, int(11 * room / needed)));
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(file.rect.left(), file.rect.top(), room, file.rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, file.name);
        painter.fillRect(bar, QColor(0xe4, 0xe4, 0xe4));
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * file.progress, bar.height()),
                         PhoneStateStyle::colour(file.progress >= 1 ? PhoneState::Complete : PhoneState::FromPeer));
        painter.setFont(fontOf(11));
        painter.drawText(
            QRectF(bar.right() + 4, file.rect.top(), file.rect.right() - bar.right() - 4, file.rect.height()),
            Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, percentText(file.progress));
    }
    painter.restore();
}

} // namespace pfs
