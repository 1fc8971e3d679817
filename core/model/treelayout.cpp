// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/treelayout.h"

#include <QSet>

#include <algorithm>

namespace pfs {
namespace {

// Per depth below a subtree's root: its leftmost and rightmost x, relative to the root.
struct Contour {
    std::vector<double> left, right;
};

struct Builder {
    const std::function<QList<int>(int)> &childrenOf;
    QSet<int> seen;
    QHash<int, QList<int>> kids; // children actually drawn
    QHash<int, double> offset;   // x relative to the parent

    Contour place(int id)
    {
        QList<int> children;
        for (const int child : childrenOf(id)) {
            if (!seen.contains(child)) {
                seen.insert(child);
                children.append(child);
            }
        }
        kids.insert(id, children);
        Contour merged{{0.0}, {0.0}};
        double previousX = 0;
        std::vector<double> placedRight; // right contour of the children placed so far
        QList<double> xs;
        for (int i = 0; i < children.size(); ++i) {
            const Contour c = place(children[i]);
            double x = 0;
            if (i > 0) {
                // Closest position where no level overlaps the children to the left.
                double shift = previousX + 1.0;
                for (size_t d = 0; d < std::min(placedRight.size(), c.left.size()); ++d)
                    shift = std::max(shift, placedRight[d] - c.left[d] + 1.0);
                x = shift;
            }
            xs.append(x);
            previousX = x;
            if (placedRight.size() < c.right.size())
                placedRight.resize(c.right.size(), -1e300);
            for (size_t d = 0; d < c.right.size(); ++d)
                placedRight[d] = std::max(placedRight[d], c.right[d] + x);
            mergeChild(merged, c, x);
        }
        centreOver(id, children, xs, merged);
        return merged;
    }

    static void mergeChild(Contour &merged, const Contour &c, double x)
    {
        const size_t need = c.left.size() + 1;
        if (merged.left.size() < need) {
            merged.left.resize(need, 1e300);
            merged.right.resize(need, -1e300);
        }
        for (size_t d = 0; d < c.left.size(); ++d) {
            merged.left[d + 1] = std::min(merged.left[d + 1], c.left[d] + x);
            merged.right[d + 1] = std::max(merged.right[d + 1], c.right[d] + x);
        }
    }

    // The children were placed from 0 rightwards: shift them so the parent is centred.
    void centreOver(int id, const QList<int> &children, const QList<double> &xs, Contour &merged)
    {
        Q_UNUSED(id);
        if (children.isEmpty())
            return;
        const double centre = (xs.first() + xs.last()) / 2.0;
        for (int i = 0; i < children.size(); ++i)
            offset.insert(children[i], xs[i] - centre);
        for (size_t d = 1; d < merged.left.size(); ++d) {
            merged.left[d] -= centre;
            merged.right[d] -= centre;
        }
    }

    void output(int id, double x, int depth, TreeLayout &out)
    {
        out.index.insert(id, int(out.nodes.size()));
        out.nodes.push_back({id, x, depth});
        out.depth = std::max(out.depth, depth);
        for (const int child : kids.value(id))
            output(child, x + offset.value(child), depth + 1, out);
    }
};

} // namespace

TreeLayout TreeLayout::compute(const QList<int> &roots, const std::function<QList<int>(int)> &children, double gap)
{
    TreeLayout out;
    Builder builder{children, {}, {}, {}};
    double nextLeft = 0;
    for (const int root : roots) {
        if (builder.seen.contains(root))
            continue;
        builder.seen.insert(root);
        const Contour c = builder.place(root);
        const double minLeft = *std::min_element(c.left.begin(), c.left.end());
        const double maxRight = *std::max_element(c.right.begin(), c.right.end());
        const double rootX = nextLeft - minLeft;
        builder.output(root, rootX, 0, out);
        nextLeft = rootX + maxRight + 1.0 + gap;
    }
    if (!out.nodes.empty()) {
        const auto [lo, hi] = std::minmax_element(out.nodes.begin(), out.nodes.end(),
                                                  [](const Node &a, const Node &b) { return a.x < b.x; });
        out.width = hi->x - lo->x;
    }
    return out;
}

} // namespace pfs
