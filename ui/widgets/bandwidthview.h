// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"

#include <QLocale>
#include <QMap>
#include <QWidget>

#include <tuple>

class QCustomPlot; // kept out of dependants' headers
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QLabel;
class QMouseEvent;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

// WAN bandwidth: headline figures (saved so far, from the bytes actually
// moved; projected at the end, marked as an estimate when it is one; time of
// both methods at the WAN rate), a live time chart of the WAN bytes used
// against a traditional upgrade (QCustomPlot) with a marker for each
// fallback and outage core/health finds, and per model the WAN used with PFS,
// used the traditional way and saved (Qt Charts).
//
// A marker stands for one finding of the snapshot (phone, kind of event,
// start): hovering or clicking it shows the finding's sentence, and a click
// chooses its phone. The markers are the
// snapshot's findings, as the Problems tab lists them: one that core/health
// no longer finds (a stall that resumed) loses its marker, which would
// otherwise pile up over a long rollout. At most kMaxMarkers, the others
// counted; clearHistory() removes them with the curves.
namespace pfs {

class BandwidthView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxMarkers = 200;

    explicit BandwidthView(QWidget *parent = nullptr);
    ~BandwidthView() override;

    void setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void setWanRate(qint64 bitsPerSecond);
    void clearHistory();
    // The replay timeline: the curves up to `ms` (model time) only; -1 all.
    // A snapshot of an earlier time than the last one takes its place in time.
    void showUntil(qint64 ms);

    // A chart's unit for values up to `largestBytes`: kB, MB, GB or TB, SI
    // (1000-based) as DisplayFormat::size, named as the locale names it.
    struct SizeUnit {
        double scale = 1000;
        QString name;
    };
    static SizeUnit sizeUnit(double largestBytes, const QLocale &locale);

    // For tests.
    QString headline() const;
    QString timeAxisTitle() const;
    QString valueAxisTitle() const;              // the time chart's, with its unit
    std::pair<double, double> timeRange() const; // seconds since the rollout's start
    double lastTime() const;                     // the curves' last point's, -1 without one
    QString barChartTitle() const;
    QStringList legendNames() const;
    QRect legendArea() const; // in the time chart's pixels
    int markerCount() const { return int(m_markers.size()); }
    int markersNotShown() const { return m_unmarked; }
    QString markerText(int index) const;    // its tooltip
    QString chosenMarkerText() const;       // the last clicked marker's
    QWidget *plot() const;                  // the time chart
    int plotItems() const;                  // lines and points drawn on it
    QRect plotArea() const;                 // its axes' rectangle, in its pixels
    QPoint markerPosition(int index) const; // in its pixels

Q_SIGNALS:
    void phoneChosen(PhoneId phone); // a marker was clicked

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using MarkerKey = std::tuple<PhoneId, int, qint64>; // phone, WanEvent, start
    struct Marker {
        Finding finding;
        WanEvent event = WanEvent::None;
        double x = 0; // seconds on the chart's time axis
        QCPItemStraightLine *line = nullptr;
        QCPItemTracer *tracer = nullptr;
    };

    void retranslate();
    void updateHeadline();
    void updatePlot();
    void updateBars();
    void updateMarkers();
    Marker makeMarker(const Finding &finding, WanEvent event);
    void styleMarker(const Marker &marker);
    void removeMarker(const Marker &marker);
    void updateMarkerNote();
    void updateLegend();
    QList<int> markersNear(const QPoint &pixel) const;
    void hoverMarker(QMouseEvent *event);
    void showMarkerTip(const QList<int> &near, const QPoint &globalPosition);
    void clickMarker(QMouseEvent *event);

    std::shared_ptr<const EngineSnapshot> m_snapshot;
    qint64 m_wanRate = 2'000'000;
    QLabel *m_soFar; // the headline: saved so far, projected at the end, the sizes they rest on
    QLabel *m_projection;
    QLabel *m_sizes;
    QCustomPlot *m_plot;
    QCPItemText *m_markerNote; // how many were not marked
    QChartView *m_chartView;
    QChart *m_chart;
    QBarSet *m_pfsBars;
    QBarSet *m_traditionalWayBars;
    QBarSet *m_savedBars;
    QBarCategoryAxis *m_models;
    QValueAxis *m_barValues;
    QList<double> m_times, m_traditional, m_used;
    qint64 m_firstMs = -1;
    qint64 m_untilMs = -1; // showUntil
    void addPoint(double seconds, double traditional, double used);
    qsizetype shownPoints() const;
    QList<Marker> m_markers;
    QMap<MarkerKey, qsizetype> m_markerIndex;
    int m_unmarked = 0; // the snapshot's events over the bound
    QString m_chosen;   // the clicked marker's sentence
};

} // namespace pfs
