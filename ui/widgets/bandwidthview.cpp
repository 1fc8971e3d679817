// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/bandwidthview.h"

#include "export/displayformat.h"
#include "protocol/visibletext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

#include <qcustomplot.h>

namespace pfs {

namespace {
constexpr int kMaxPoints = 20000;
constexpr double kMinSpanS = 10;  // a time axis never narrower: a single point is not a range
constexpr int kMarkerReachPx = 5; // how near the pointer must come to a marker's line
constexpr int kMarkersInTip = 3;  // markers close together: the nearest few in one tooltip
const QColor kWarning(0xe6, 0x7e, 0x22);
const QColor kError(0x8b, 0x10, 0x10);
const QColor kPfs(0x29, 0x80, 0xb9);

QColor severityColour(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? kError : kWarning;
}

// When the rollout began as the model knows it: its first transfer, or the
// first snapshot when that came earlier. A log imported at once gives one
// snapshot, at its end; its axis still starts where the rollout did.
qint64 rolloutStartMs(const EngineSnapshot &snapshot)
{
    qint64 start = snapshot.clockMs;
    for (const Phone &phone : snapshot.model->phones()) {
        for (const ComponentProgress &c : phone.components) {
            if (c.startedMs >= 0)
                start = qMin(start, c.startedMs);
        }
    }
    return start;
}
} // namespace

BandwidthView::SizeUnit BandwidthView::sizeUnit(double largestBytes, const QLocale &locale)
{
    // SI, 1000-based, as DisplayFormat::size writes sizes; the unit's name is
    // the locale's own (kB, MB, GB; ko, Mo, Go in French).
    double scale = 1000;
    while (largestBytes >= 1000 * scale && scale < 1e12)
        scale *= 1000;
    QString name = locale.formattedDataSize(qint64(scale), 0, QLocale::DataSizeSIFormat);
    name.remove(locale.toString(1));
    return {scale, name.trimmed()};
}

BandwidthView::BandwidthView(QWidget *parent)
    : QWidget(parent)
    , m_soFar(new QLabel(this))
    , m_projection(new QLabel(this))
    , m_sizes(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_chartView(new QChartView(this))
    , m_chart(new QChart)
    , m_pfsBars(new QBarSet(QString()))
    , m_traditionalWayBars(new QBarSet(QString()))
    , m_savedBars(new QBarSet(QString()))
    , m_models(new QBarCategoryAxis)
    , m_barValues(new QValueAxis)
{
    // A label per line: a label's text never holds a line break (tst_mainwindow).
    for (QLabel *label : {m_soFar, m_projection, m_sizes}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont big = m_soFar->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_soFar->setFont(big);
    for (int i = 0; i < 4; ++i)
        m_plot->addGraph();
    m_plot->graph(0)->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
    m_plot->graph(1)->setPen(QPen(QColor(0x27, 0xae, 0x60), 2));
    m_plot->graph(1)->setBrush(QColor(0x27, 0xae, 0x60, 40));
    // Graphs 2 and 3 hold no data: the legend's entries for the markers' two shapes.
    for (int i : {2, 3}) {
        m_plot->graph(i)->setLineStyle(QCPGraph::lsNone);
        m_plot->graph(i)->setScatterStyle(
            QCPScatterStyle(i == 2 ? QCPScatterStyle::ssCircle : QCPScatterStyle::ssSquare, kWarning, kWarning, 7));
    }
    m_plot->legend->setVisible(true);
    // Small, in a row of its own over the axes: inside them it hid the curves.
    QFont small = m_plot->legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_plot->legend->setFont(small);
    m_plot->legend->setIconSize(18, 10);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 0));
    for (const int i : {2, 3}) // until there are markers
        m_plot->graph(i)->removeFromLegend();
    m_plot->setMinimumHeight(140);
    // In the chart, top right: a line under it would not fit a short tab.
    m_markerNote = new QCPItemText(m_plot);
    m_markerNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_markerNote->position->setCoords(0.99, 0.02);
    m_markerNote->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_markerNote->setFont(small);
    m_markerNote->setBrush(QColor(255, 255, 255, 200));
    m_markerNote->setPadding(QMargins(3, 1, 3, 1));
    m_markerNote->setSelectable(false);
    m_markerNote->setVisible(false);
    m_plot->installEventFilter(this); // the legend's rows follow the chart's width
    m_plot->setMouseTracking(true);   // hovering a marker shows its finding
    connect(m_plot, &QCustomPlot::mouseMove, this, &BandwidthView::hoverMarker);
    connect(m_plot, &QCustomPlot::mousePress, this, &BandwidthView::clickMarker);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // The tab may be short (it shares the window's height with the tree):
    // the chart's own margins would leave its bars no room.
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setFont(small);
    QFont title = m_chart->titleFont();
    title.setPointSizeF(small.pointSizeF());
    m_chart->setTitleFont(title);
    // Built once and updated in place: the chart owns these from here on.
    // Stacked, each bar is the model's traditional upgrade: what PFS phones
    // use, what phones upgrading the traditional way use, and what is saved.
    m_pfsBars->setColor(kPfs);
    m_traditionalWayBars->setColor(QColor(0x95, 0xa5, 0xa6));
    m_savedBars->setColor(QColor(0x27, 0xae, 0x60));
    auto *series = new QStackedBarSeries;
    series->append(m_pfsBars);
    series->append(m_traditionalWayBars);
    series->append(m_savedBars);
    m_chart->addSeries(series);
    m_barValues->setTickCount(3); // more would not fit a short tab: Qt Charts elides them all
    m_barValues->setLabelsFont(small);
    m_models->setLabelsFont(small);
    m_models->setTruncateLabels(false); // "7960G" and "7961G" must not both read "796…"
    m_chart->setLocalizeNumbers(true);  // tick labels in the language's digits and separators
    m_chart->addAxis(m_models, Qt::AlignBottom);
    m_chart->addAxis(m_barValues, Qt::AlignLeft);
    series->attachAxis(m_models);
    series->attachAxis(m_barValues);
    m_chartView->setChart(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(140);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // as the stretch says, from the start
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_soFar);
    layout->addWidget(m_projection);
    layout->addWidget(m_sizes);
    layout->addWidget(splitter, 1);
    retranslate();
}

BandwidthView::~BandwidthView() = default;

void BandwidthView::setWanRate(qint64 bitsPerSecond)
{
    m_wanRate = bitsPerSecond;
    updateHeadline();
}

void BandwidthView::clearHistory()
{
    m_times.clear();
    m_traditional.clear();
    m_used.clear();
    m_firstMs = -1;
    for (const Marker &marker : std::as_const(m_markers))
        removeMarker(marker);
    m_markers.clear();
    m_markerIndex.clear();
    m_unmarked = 0;
    m_chosen.clear();
    updateMarkerNote();
    updateLegend();
    updatePlot();
}

void BandwidthView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BandwidthView::retranslate()
{
    m_plot->graph(0)->setName(tr("Traditional upgrade"));
    m_plot->graph(1)->setName(tr("With PFS"));
    m_plot->graph(2)->setName(tr("Fallback to the WAN"));
    m_plot->graph(3)->setName(tr("WAN fetch stopped"));
    m_plot->xAxis->setLabel(tr("Rollout time (s)"));
    m_plot->setLocale(QLocale()); // tick labels in the language's digits and separators
    m_chart->setLocale(QLocale());
    updatePlot();
    updateBars();
    updateHeadline();
    updateMarkerNote();
}

void BandwidthView::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    if (!m_snapshot)
        return;
    const qint64 now = m_snapshot->clockMs;
    if (m_firstMs < 0) {
        m_firstMs = rolloutStartMs(*m_snapshot);
        if (m_firstMs < now) { // at the start nothing had moved yet
            m_times.append(0);
            m_traditional.append(0);
            m_used.append(0);
        }
    }
    if (m_times.size() >= kMaxPoints) { // thin the history: keep every other point
        for (qsizetype i = 1; i < m_times.size() / 2; ++i) {
            m_times[i] = m_times[2 * i];
            m_traditional[i] = m_traditional[2 * i];
            m_used[i] = m_used[2 * i];
        }
        m_times.resize(m_times.size() / 2);
        m_traditional.resize(m_times.size());
        m_used.resize(m_times.size());
    }
    addPoint(double(now - m_firstMs) / 1000.0, double(m_snapshot->bandwidth.observed.traditionalWanBytes),
             double(m_snapshot->bandwidth.observed.actualWanBytes));
    updatePlot(); // first: a marker's point needs the curve's data
    updateMarkers();
    updateBars();
    updateHeadline();
}

QString BandwidthView::headline() const
{
    QStringList lines;
    for (const QLabel *label : {m_soFar, m_projection, m_sizes}) {
        if (!label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(QLatin1Char('\n'));
}

void BandwidthView::updateHeadline()
{
    if (!m_snapshot) {
        m_soFar->setText(tr("No rollout yet."));
        m_projection->clear();
        m_sizes->clear();
        return;
    }
    const QLocale locale;
    const BandwidthReport &report = m_snapshot->bandwidth;
    m_soFar->setText(DisplayFormat::savedSoFar(report.soFar(), locale));
    QString projection = DisplayFormat::projected(report, locale);
    if (const QString time = DisplayFormat::wanTime(report.projected(), m_wanRate, locale); !time.isEmpty())
        projection += QLatin1Char(' ') + time;
    m_projection->setText(projection);
    // Which sizes the figures rest on, counted: observed (wire, records) or the
    // catalogue's estimates. It says "estimated" with numbers, so it replaces
    // the bare warning whenever there are sizes to count.
    QString sizes = DisplayFormat::sizeSources(report.projected());
    if (sizes.isEmpty() && report.projected().estimated)
        sizes = tr("Estimates: some sizes come from the firmware catalogue.");
    m_sizes->setText(sizes);
    m_sizes->setVisible(!sizes.isEmpty());
}

// ---- the replay timeline ---------------------------------------------------------

void BandwidthView::showUntil(qint64 ms)
{
    if (ms == m_untilMs)
        return;
    m_untilMs = ms;
    updatePlot();
}

// In time order: a seek back brings an earlier time than the last point's.
void BandwidthView::addPoint(double seconds, double traditional, double used)
{
    const qsizetype at = std::upper_bound(m_times.cbegin(), m_times.cend(), seconds) - m_times.cbegin();
    if (at > 0 && m_times[at - 1] == seconds) { // that time again: its latest figures
        m_traditional[at - 1] = traditional;
        m_used[at - 1] = used;
        return;
    }
    m_times.insert(at, seconds);
    m_traditional.insert(at, traditional);
    m_used.insert(at, used);
}

qsizetype BandwidthView::shownPoints() const
{
    if (m_untilMs < 0 || m_firstMs < 0)
        return m_times.size();
    const double until = double(m_untilMs - m_firstMs) / 1000.0;
    return std::upper_bound(m_times.cbegin(), m_times.cend(), until) - m_times.cbegin();
}

// The curves up to the time shown, in the unit their largest value calls
// for, named in the axis title; the axes span the data, from the rollout's
// start, never before it.
void BandwidthView::updatePlot()
{
    const QLocale locale;
    const qsizetype shown = shownPoints();
    const double largest = shown == 0 ? 0 : std::max(m_traditional[shown - 1], m_used[shown - 1]);
    const SizeUnit unit = sizeUnit(largest, locale);
    const auto scaled = [&unit, shown](const QList<double> &bytes) {
        QList<double> values(shown);
        std::transform(bytes.cbegin(), bytes.cbegin() + shown, values.begin(),
                       [&unit](double b) { return b / unit.scale; });
        return values;
    };
    m_plot->graph(0)->setData(m_times.first(shown), scaled(m_traditional), true);
    m_plot->graph(1)->setData(m_times.first(shown), scaled(m_used), true);
    m_plot->yAxis->setLabel(tr("Over the WAN (%1)").arg(unit.name));
    m_plot->xAxis->setRange(0, std::max(shown == 0 ? 0.0 : m_times[shown - 1], kMinSpanS));
    m_plot->yAxis->setRange(0, std::max(largest / unit.scale * 1.05, 1.0));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void BandwidthView::updateBars()
{
    m_pfsBars->setLabel(tr("With PFS"));
    m_traditionalWayBars->setLabel(tr("Phones without PFS"));
    m_savedBars->setLabel(tr("Saved"));
    if (!m_snapshot)
        return;
    QStringList models;
    QList<qreal> pfs, traditionalWay, saved;
    const auto &byModel = m_snapshot->bandwidth.byModel; // projected, as the headline's second line
    double top = 0;
    for (const BandwidthFigures &f : byModel)
        top = std::max({top, double(f.traditionalWanBytes), double(f.actualWanBytes)});
    const SizeUnit unit = sizeUnit(top, QLocale());
    m_chart->setTitle(tr("WAN per model: used and saved (%1)").arg(unit.name));
    for (auto it = byModel.cbegin(); it != byModel.cend(); ++it) {
        QString name = it.key().isEmpty() ? tr("unknown") : visibleText(it.key());
        if (name.startsWith(QLatin1String("CP-")))
            name = name.mid(3); // "7961G": the axis has room for the number
        models.append(name);
        pfs.append(double(it->actualWanBytes - it->traditionalWayWanBytes) / unit.scale);
        traditionalWay.append(double(it->traditionalWayWanBytes) / unit.scale);
        saved.append(double(qMax<qint64>(it->savedBytes(), 0)) / unit.scale); // retries may cost more than they save
    }
    if (m_models->categories() != models) {
        m_models->clear();
        m_models->append(models);
    }
    const auto refill = [](QBarSet *set, const QList<qreal> &values) {
        if (set->count() != values.size()) {
            set->remove(0, set->count());
            set->append(values);
            return;
        }
        for (int i = 0; i < values.size(); ++i)
            set->replace(i, values[i]);
    };
    refill(m_pfsBars, pfs);
    refill(m_traditionalWayBars, traditionalWay);
    refill(m_savedBars, saved);
    m_barValues->setRange(0, std::max(top / unit.scale, 1.0));
    m_barValues->applyNiceNumbers(); // 0, 500, 1,000 rather than 0, 388, 776
    m_barValues->setLabelFormat(m_barValues->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

// A marker for each fallback and outage in this snapshot's findings: the
// ones already drawn kept (their finding updated), new ones drawn within
// the bound, those of findings gone removed.
void BandwidthView::updateMarkers()
{
    const RolloutModel &model = *m_snapshot->model;
    QList<Marker> kept;
    QMap<MarkerKey, qsizetype> index;
    m_unmarked = 0;
    for (const Finding &f : m_snapshot->findings) {
        const WanEvent event = Health::wanEvent(f, model);
        if (event == WanEvent::None || f.sinceMs < 0)
            continue;
        // A first fallback that turns into "keeps going" stays one event: the key has no Finding::Kind.
        const MarkerKey key{f.phone, int(event), f.sinceMs};
        if (index.contains(key))
            continue;
        if (kept.size() >= kMaxMarkers) {
            ++m_unmarked;
            continue;
        }
        index.insert(key, kept.size());
        const auto known = m_markerIndex.constFind(key);
        kept.append(known != m_markerIndex.cend() ? m_markers[*known] : makeMarker(f, event));
        kept.last().finding = f;
        styleMarker(kept.last());
    }
    for (auto it = m_markerIndex.cbegin(); it != m_markerIndex.cend(); ++it) {
        if (!index.contains(it.key()))
            removeMarker(m_markers[*it]);
    }
    m_markers = kept;
    m_markerIndex = index;
    updateMarkerNote();
    updateLegend();
}

BandwidthView::Marker BandwidthView::makeMarker(const Finding &finding, WanEvent event)
{
    Marker marker;
    marker.finding = finding;
    marker.event = event;
    // On the chart's time axis, which begins with the first snapshot.
    marker.x = qMax(0.0, double(finding.sinceMs - m_firstMs) / 1000.0);
    marker.line = new QCPItemStraightLine(m_plot);
    marker.line->point1->setCoords(marker.x, 0);
    marker.line->point2->setCoords(marker.x, 1);
    marker.line->setSelectable(false);
    marker.tracer = new QCPItemTracer(m_plot);
    marker.tracer->setGraph(m_plot->graph(1)); // on the WAN curve of PFS at that time
    marker.tracer->setGraphKey(marker.x);
    marker.tracer->setInterpolating(true);
    marker.tracer->setStyle(event == WanEvent::Outage ? QCPItemTracer::tsSquare : QCPItemTracer::tsCircle);
    marker.tracer->setSize(8);
    marker.tracer->setSelectable(false);
    return marker;
}

void BandwidthView::styleMarker(const Marker &marker)
{
    const QColor colour = severityColour(marker.finding.severity);
    marker.line->setPen(QPen(colour, 1, Qt::DashLine));
    marker.tracer->setPen(QPen(colour, 1.5));
    marker.tracer->setBrush(colour);
}

void BandwidthView::removeMarker(const Marker &marker)
{
    m_plot->removeItem(marker.line);
    m_plot->removeItem(marker.tracer);
}

// The markers' two entries only when there are markers; the entries in
// one row over the chart when it is wide enough, else in two.
void BandwidthView::updateLegend()
{
    bool changed = false;
    for (const int i : {2, 3}) {
        QCPGraph *entry = m_plot->graph(i);
        const bool wanted = !m_markers.isEmpty();
        if (wanted != (m_plot->legend->itemWithPlottable(entry) != nullptr)) {
            changed = true;
            wanted ? entry->addToLegend() : entry->removeFromLegend();
        }
    }
    int width = 0;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        width += m_plot->legend->item(i)->minimumOuterSizeHint().width();
    const int wrap = width + 20 > m_plot->width() ? 2 : 0;
    if (wrap != m_plot->legend->wrap()) {
        m_plot->legend->setWrap(wrap);
        changed = true;
    }
    if (changed) {
        m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

bool BandwidthView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        updateLegend();
    return QWidget::eventFilter(watched, event);
}

QString BandwidthView::timeAxisTitle() const
{
    return m_plot->xAxis->label();
}

QString BandwidthView::valueAxisTitle() const
{
    return m_plot->yAxis->label();
}

std::pair<double, double> BandwidthView::timeRange() const
{
    return {m_plot->xAxis->range().lower, m_plot->xAxis->range().upper};
}

double BandwidthView::lastTime() const
{
    return m_times.isEmpty() ? -1 : m_times.last();
}

QRect BandwidthView::legendArea() const
{
    return m_plot->legend->outerRect();
}

QString BandwidthView::barChartTitle() const
{
    return m_chart->title();
}

QStringList BandwidthView::legendNames() const
{
    QStringList names;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->legend->item(i)))
            names.append(item->plottable()->name());
    }
    return names;
}

void BandwidthView::updateMarkerNote()
{
    m_markerNote->setText(
        tr("%Ln more fallback(s) and outage(s) not marked (see the Problems tab)", nullptr, m_unmarked));
    m_markerNote->setVisible(m_unmarked > 0);
}

QString BandwidthView::markerText(int index) const
{
    if (!m_snapshot || index < 0 || index >= m_markers.size())
        return {};
    const Marker &marker = m_markers[index];
    const RolloutModel &model = *m_snapshot->model;
    const Phone *phone = model.phone(marker.finding.phone);
    return tr("%1: %2 at %3", "chart marker: phone, kind of finding, time")
               .arg(phone ? phone->displayName() : QString(), Health::kindName(marker.finding.kind),
                    Health::timeText(marker.finding.sinceMs))
        + QLatin1Char('\n') + Health::text(marker.finding, model);
}

QString BandwidthView::chosenMarkerText() const
{
    return m_chosen;
}

QWidget *BandwidthView::plot() const
{
    return m_plot;
}

int BandwidthView::plotItems() const
{
    return m_plot->itemCount() - 1; // the markers' lines and points: all but the note
}

QRect BandwidthView::plotArea() const
{
    return m_plot->axisRect()->rect();
}

QPoint BandwidthView::markerPosition(int index) const
{
    if (index < 0 || index >= m_markers.size())
        return {};
    return QPoint(int(m_plot->xAxis->coordToPixel(m_markers[index].x) + 0.5), plotArea().center().y());
}

// The markers whose line passes within reach of `pixel`, nearest first.
QList<int> BandwidthView::markersNear(const QPoint &pixel) const
{
    if (!m_plot->axisRect()->rect().contains(pixel))
        return {};
    QList<std::pair<double, int>> near;
    for (int i = 0; i < m_markers.size(); ++i) {
        const double distance = std::abs(m_plot->xAxis->coordToPixel(m_markers[i].x) - pixel.x());
        if (distance <= kMarkerReachPx)
            near.append({distance, i});
    }
    std::stable_sort(near.begin(), near.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> indexes;
    for (const auto &n : std::as_const(near))
        indexes.append(n.second);
    return indexes;
}

void BandwidthView::hoverMarker(QMouseEvent *event)
{
    const QList<int> near = markersNear(event->pos());
    if (near.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    showMarkerTip(near, event->globalPosition().toPoint());
}

void BandwidthView::showMarkerTip(const QList<int> &near, const QPoint &globalPosition)
{
    QStringList texts;
    for (const int index : near.mid(0, kMarkersInTip))
        texts.append(markerText(index));
    if (near.size() > kMarkersInTip)
        texts.append(tr("… and %Ln more here.", nullptr, int(near.size() - kMarkersInTip)));
    // Plain text: a phone's name is the network's, never markup.
    QToolTip::showText(globalPosition,
                       Qt::convertFromPlainText(texts.join(QLatin1String("\n\n")), Qt::WhiteSpaceNormal), m_plot);
}

void BandwidthView::clickMarker(QMouseEvent *event)
{
    const QList<int> near = markersNear(event->pos());
    if (near.isEmpty())
        return;
    m_chosen = markerText(near.first());
    showMarkerTip(near, event->globalPosition().toPoint()); // also where nothing hovers (touch)
    Q_EMIT phoneChosen(m_markers[near.first()].finding.phone);
}

} // namespace pfs
