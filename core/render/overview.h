// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "health/health.h"
#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <array>

class QPainter;

// "All hierarchies" at a glance: instead of a forest of every tree, one
// compact block per model and subnet with its phones, their states as a
// stacked bar, its progress, and each file it distributes with its own
// progress. A click on a block chooses its hierarchy (hierarchyAt). Drawn in
// device pixels on any QPainter, laid out for a given width. Qt GUI only.
namespace pfs {

class Overview {
    Q_DECLARE_TR_FUNCTIONS(Overview)
public:
    static constexpr int kStates = 8; // PhoneState's values

    struct File {
        HierarchyId hierarchy = kNoHierarchy;
        QString name; // the file, made visible
        int phones = 0;
        double progress = 0; // 0..1
        QRectF rect;         // its row, once laid out
    };
    struct Block {
        QString model; // made visible; empty when unknown
        QString subnet;
        quint32 network = 0; // the subnet's address, for the order
        int phones = 0;
        std::array<int, kStates> states{}; // phones per PhoneState
        double progress = 0;               // over its files' bytes, 0..1
        QList<File> files;                 // biggest first
        QRectF rect;                       // once laid out
    };

    // One block per model and subnet of the model's hierarchies, by subnet
    // then model. Each phone's overall state (phoneState).
    static Overview build(const RolloutModel &model, const FindingIndex &findings);

    const QList<Block> &blocks() const { return m_blocks; }
    // Blocks flowed into columns no wider than `width`; returns the size used.
    QSizeF layout(double width);
    QSizeF size() const { return m_size; }
    // The hierarchy under `point`: a file's row gives its own, the rest of a
    // block its biggest file's; none outside the blocks.
    HierarchyId hierarchyAt(QPointF point) const;
    // A block's text, for its tooltip and for tests.
    QString summary(const Block &block) const;
    // The blocks that meet `exposed` (null: every one).
    void paint(QPainter &painter, const QRectF &exposed = {}) const;

private:
    void paintBlock(QPainter &painter, const Block &block) const;

    QList<Block> m_blocks;
    QSizeF m_size;
};

} // namespace pfs
