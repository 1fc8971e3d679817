// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"
#include "health/rolloutbucket.h"

#include <QWidget>

#include <array>
#include <optional>

// The strip at the top of the window (issue #15), in the spirit of
// Grafana's stat panels: the rollout at a glance, one tile per figure, a
// large number over a small label, a coloured edge for its state or health.
// Phones: total, then one tile per bucket of the forecast's counts (done,
// in progress, waiting, in trouble, not heard); the rollout's progress; the
// WAN bytes used and saved so far (with their projection at the end); the
// time elapsed and left. Every tile's tooltip says what the figure is and
// whether it is observed or estimated. A bucket's tile is clickable: the
// window then lists only its phones (bucketChosen); the tile of the bucket
// shown is marked (setActiveBucket). Tiles wrap onto a second row rather
// than cut a word when the window is narrow.
namespace pfs {

class StatTile;

class OverviewStrip : public QWidget {
    Q_OBJECT
public:
    enum Figure {
        Phones,
        Done,
        InProgress,
        Waiting,
        InTrouble,
        NotHeard,
        Progress,
        WanUsed,
        Saved,
        Elapsed,
        TimeLeft,
        FigureCount
    };

    explicit OverviewStrip(QWidget *parent = nullptr);
    ~OverviewStrip() override;

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    // Marks the bucket the phone table is limited to; nullopt: none.
    void setActiveBucket(std::optional<pfs::RolloutBucket> bucket);
    std::optional<RolloutBucket> activeBucket() const { return m_active; }

    // What a tile shows, for tests: its number, label, second line, tooltip.
    QString value(Figure figure) const;
    QString label(Figure figure) const;
    QString detail(Figure figure) const;
    QString toolTip(Figure figure) const;
    QWidget *tile(Figure figure) const;

    static std::optional<RolloutBucket> bucketOf(Figure figure);
    static QString labelOf(Figure figure);

Q_SIGNALS:
    // A tile clicked: its bucket, or nullopt to list every phone (the
    // Phones tile, or the active tile clicked again).
    void bucketChosen(std::optional<pfs::RolloutBucket> bucket);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFigures();
    void showCounts(const EngineSnapshot &snapshot);
    void showProgress(const EngineSnapshot &snapshot);
    void showBandwidth(const EngineSnapshot &snapshot);
    void showTimes(const EngineSnapshot &snapshot);
    void clicked(Figure figure);

    std::array<StatTile *, FigureCount> m_tiles{};
    std::shared_ptr<const EngineSnapshot> m_snapshot;
    std::optional<RolloutBucket> m_active;
};

} // namespace pfs
