// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QWidget>

class QCustomPlot; // kept out of dependants' headers
class QLabel;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
class QBarSeries;
QT_END_NAMESPACE

// WAN bandwidth: headline figures (saved bytes and percent, time of both
// methods at the WAN rate, marked as estimates when sizes are), a live time
// chart of the WAN bytes used against a traditional upgrade (QCustomPlot),
// and used against saved per model (Qt Charts).
namespace pfs {

class BandwidthView : public QWidget {
    Q_OBJECT
public:
    explicit BandwidthView(QWidget *parent = nullptr);
    ~BandwidthView() override;

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void setWanRate(qint64 bitsPerSecond);
    void clearHistory();

    QString headline() const; // for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeadline();
    void updatePlot();
    void updateBars();

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    qint64 m_wanRate = 2'000'000;
    QLabel *m_headline;
    QCustomPlot *m_plot;
    QChartView *m_chartView;
    QChart *m_chart;
    QBarSet *m_usedBars;
    QBarSet *m_savedBars;
    QBarCategoryAxis *m_models;
    QValueAxis *m_mebibytes;
    QList<double> m_times, m_traditional, m_used;
    qint64 m_firstMs = -1;
};

} // namespace pfs
