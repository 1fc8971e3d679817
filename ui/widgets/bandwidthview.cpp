// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/bandwidthview.h"

#include "export/displayformat.h"
#include "protocol/visibletext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <qcustomplot.h>

namespace pfs {

namespace {
constexpr int kMaxPoints = 20000;
constexpr double kMiB = 1024.0 * 1024.0;
} // namespace

BandwidthView::BandwidthView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_chartView(new QChartView(this))
    , m_chart(new QChart)
    , m_usedBars(new QBarSet(QString()))
    , m_savedBars(new QBarSet(QString()))
    , m_models(new QBarCategoryAxis)
    , m_mebibytes(new QValueAxis)
{
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);
    m_plot->addGraph();
    m_plot->addGraph();
    m_plot->graph(0)->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
    m_plot->graph(1)->setPen(QPen(QColor(0x27, 0xae, 0x60), 2));
    m_plot->graph(1)->setBrush(QColor(0x27, 0xae, 0x60, 40));
    m_plot->legend->setVisible(true);
    m_plot->setMinimumHeight(180);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // Built once and updated in place: the chart owns these from here on.
    m_usedBars->setColor(QColor(0xe6, 0x7e, 0x22));
    m_savedBars->setColor(QColor(0x27, 0xae, 0x60));
    auto *series = new QBarSeries;
    series->append(m_usedBars);
    series->append(m_savedBars);
    m_chart->addSeries(series);
    m_mebibytes->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_models, Qt::AlignBottom);
    m_chart->addAxis(m_mebibytes, Qt::AlignLeft);
    series->attachAxis(m_models);
    series->attachAxis(m_mebibytes);
    m_chartView->setChart(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
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
    m_plot->graph(0)->setName(tr("Traditional upgrade (MiB over the WAN)"));
    m_plot->graph(1)->setName(tr("With PFS (MiB over the WAN)"));
    m_plot->xAxis->setLabel(tr("Rollout time (s)"));
    m_plot->yAxis->setLabel(tr("MiB"));
    m_plot->setLocale(QLocale()); // tick labels in the language's digits and separators
    m_chart->setTitle(tr("WAN per model: used and saved (MiB)"));
    m_plot->replot();
    updateBars();
    updateHeadline();
}

void BandwidthView::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    if (!m_snapshot)
        return;
    const qint64 now = m_snapshot->clockMs;
    if (m_firstMs < 0)
        m_firstMs = now;
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
    m_times.append(double(now - m_firstMs) / 1000.0);
    m_traditional.append(double(m_snapshot->bandwidth.observed.traditionalWanBytes) / kMiB);
    m_used.append(double(m_snapshot->bandwidth.observed.actualWanBytes) / kMiB);
    updatePlot();
    updateBars();
    updateHeadline();
}

QString BandwidthView::headline() const
{
    return m_headline->text();
}

void BandwidthView::updateHeadline()
{
    if (!m_snapshot) {
        m_headline->setText(tr("No rollout yet."));
        return;
    }
    const QLocale locale;
    const BandwidthFigures &f = m_snapshot->bandwidth.overall;
    QString text
        = tr("Saved %1 (%2) of %3 over the WAN: PFS needs %4. At %5 bit/s: traditional %6, PFS %7.")
              .arg(DisplayFormat::size(f.savedBytes(), locale), DisplayFormat::percent(f.savedPercent(), locale, 1),
                   DisplayFormat::size(f.traditionalWanBytes, locale), DisplayFormat::size(f.actualWanBytes, locale),
                   locale.toString(m_wanRate), DisplayFormat::duration(f.traditionalSeconds(m_wanRate), locale),
                   DisplayFormat::duration(f.pfsSeconds(m_wanRate), locale));
    // Which sizes the figures rest on, counted: observed (wire, records) or the
    // catalogue's estimates. It says "estimated" with numbers, so it replaces
    // the bare warning whenever there are sizes to count.
    const QString sizes = DisplayFormat::sizeSources(f);
    if (!sizes.isEmpty())
        text += QLatin1Char(' ') + sizes;
    else if (f.estimated)
        text += QLatin1Char(' ') + tr("Estimates: some sizes come from the firmware catalogue.");
    m_headline->setText(text);
}

void BandwidthView::updatePlot()
{
    m_plot->graph(0)->setData(m_times, m_traditional, true);
    m_plot->graph(1)->setData(m_times, m_used, true);
    m_plot->rescaleAxes();
    m_plot->yAxis->setRangeLower(0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void BandwidthView::updateBars()
{
    m_usedBars->setLabel(tr("Used"));
    m_savedBars->setLabel(tr("Saved"));
    if (!m_snapshot)
        return;
    QStringList models;
    QList<qreal> used, saved;
    double top = 1;
    const auto &byModel = m_snapshot->bandwidth.byModel;
    for (auto it = byModel.cbegin(); it != byModel.cend(); ++it) {
        QString name = it.key().isEmpty() ? tr("unknown") : visibleText(it.key());
        if (name.startsWith(QLatin1String("CP-")))
            name = name.mid(3); // "7961G": the axis has room for the number
        models.append(name);
        used.append(double(it->actualWanBytes) / kMiB);
        saved.append(double(it->savedBytes()) / kMiB);
        top = std::max(top, double(it->traditionalWanBytes) / kMiB);
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
    refill(m_usedBars, used);
    refill(m_savedBars, saved);
    m_mebibytes->setRange(0, top);
}

} // namespace pfs
