// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QHash>
#include <QList>

#include <functional>
#include <vector>

// Tidy drawing of trees (Reingold and Tilford): children below their parent,
// a parent centred over its children, subtrees packed as close as their
// contours allow, mirror-symmetric. Works on node ids and a children
// function, so it knows nothing of phones; a forest is laid out tree by tree,
// side by side. Units: x in node slots (neighbours are at least 1 apart),
// y in levels.
namespace pfs {

struct TreeLayout {
    struct Node {
        int id = 0;
        double x = 0;
        int depth = 0;
    };
    std::vector<Node> nodes; // pre-order, roots in the order given
    QHash<int, int> index;   // id -> position in nodes
    double width = 0;        // max x - min x over everything (0 for one node)
    int depth = 0;           // deepest level

    // Lays out the trees under `roots`; `children(id)` gives a node's
    // children. Nodes reached twice (a cycle or a shared child) are drawn once.
    static TreeLayout compute(const QList<int> &roots, const std::function<QList<int>(int)> &children,
                              double gap = 1.0);
};

} // namespace pfs
