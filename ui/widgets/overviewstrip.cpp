// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/overviewstrip.h"

#include "ui/models/phonetablemodel.h"

#include "export/displayformat.h"
#include "render/phonestate.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <functional>

namespace pfs {

// One stat panel: a large number, a small label under it, an optional
// second line (a projection, a share), a coloured left edge. Clickable
// when given something to do, by mouse or by keyboard.
class StatTile : public QFrame {
public:
    explicit StatTile(QWidget *parent)
        : QFrame(parent)
        , m_value(newLabel(1.5, true))
        , m_label(newLabel(0.85, false))
        , m_detail(newLabel(0.85, false))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(10, 3, 8, 3);
        layout->setSpacing(0);
        layout->addWidget(m_value);
        layout->addWidget(m_label);
        layout->addWidget(m_detail);
        m_detail->hide();
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

    void show(const QString &value, const QString &label, const QString &detail)
    {
        m_value->setText(value);
        m_label->setText(label);
        m_detail->setText(detail);
        m_detail->setVisible(!detail.isEmpty());
    }
    QString value() const { return m_value->text(); }
    QString label() const { return m_label->text(); }
    QString detail() const { return m_detail->isVisibleTo(this) ? m_detail->text() : QString(); }
    const QList<QLabel *> labels() const { return {m_value, m_label, m_detail}; }

    void setAccent(const QColor &accent)
    {
        if (accent != m_accent) {
            m_accent = accent;
            update();
        }
    }
    // The number in a colour of its own (red trouble), or the text's.
    void setValueColour(const QColor &colour)
    {
        QPalette p = palette();
        p.setColor(QPalette::WindowText, colour.isValid() ? colour : palette().color(QPalette::Text));
        m_value->setPalette(p);
    }
    void setAction(std::function<void()> action)
    {
        m_action = std::move(action);
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
    }
    void setActive(bool active)
    {
        if (active != m_active) {
            m_active = active;
            update();
        }
    }
    bool isActive() const { return m_active; }
    // As wide as its widest text yet: a figure that shortens ("2 min to 3 min",
    // then "about 1 min") leaves the tiles where they were instead of
    // shifting every tile after it at each tick.
    QSize sizeHint() const override
    {
        const QSize wanted = QFrame::sizeHint();
        m_widest = qMax(m_widest, wanted.width());
        return {m_widest, wanted.height()};
    }
    void forgetWidth() { m_widest = 0; }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill = palette().color(QPalette::Base);
        if (m_active) {
            fill = m_accent;
            fill.setAlpha(55);
        }
        painter.setPen(m_active ? QPen(m_accent, 1.5) : QPen(palette().color(QPalette::Mid)));
        painter.setBrush(fill);
        painter.drawRect(box);
        painter.fillRect(QRect(0, 0, 5, height()), m_accent);
        if (hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box.adjusted(2, 2, -2, -2));
        }
        QFrame::paintEvent(event);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_action && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_action();
        QFrame::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool press = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return;
        if (m_action && press)
            m_action();
        else
            QFrame::keyPressEvent(event);
    }

private:
    QLabel *newLabel(double scale, bool bold)
    {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setAttribute(Qt::WA_TransparentForMouseEvents); // the tile takes the click
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        font.setBold(bold);
        label->setFont(font);
        return label;
    }

    QLabel *m_value;
    QLabel *m_label;
    QLabel *m_detail;
    QColor m_accent = Qt::gray;
    bool m_active = false;
    mutable int m_widest = 0;
    std::function<void()> m_action;
};

namespace {

// Tiles side by side, as many per row as fit, the rest on the next row; a
// row's spare width shared among its tiles, so that rows end flush.
// After Qt's flow layout example, with the rows stretched.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
        setSpacing(4);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = QSize(size.width() + item->sizeHint().width() + spacing(),
                         qMax(size.height(), item->sizeHint().height()));
        return size;
    }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    // Lays the items out in `rect` (when `apply`); returns the height used.
    int arrange(const QRect &rect, bool apply) const
    {
        QList<QLayoutItem *> visible;
        for (QLayoutItem *item : m_items) {
            if (!item->isEmpty())
                visible.append(item);
        }
        int y = rect.y();
        for (qsizetype first = 0; first < visible.size();) {
            qsizetype last = first;
            int used = visible[first]->sizeHint().width();
            int rowHeight = visible[first]->sizeHint().height();
            while (last + 1 < visible.size()
                   && used + spacing() + visible[last + 1]->sizeHint().width() <= rect.width()) {
                ++last;
                used += spacing() + visible[last]->sizeHint().width();
                rowHeight = qMax(rowHeight, visible[last]->sizeHint().height());
            }
            if (apply)
                placeRow(visible.mid(first, last - first + 1), QRect(rect.x(), y, rect.width(), rowHeight), used);
            y += rowHeight + spacing();
            first = last + 1;
        }
        return y - spacing() - rect.y();
    }

    void placeRow(const QList<QLayoutItem *> &row, const QRect &line, int used) const
    {
        const int spare = qMax(0, line.width() - used);
        int x = line.x();
        for (qsizetype i = 0; i < row.size(); ++i) {
            // The spare width shared out; the rounding's remainder to the first tiles.
            const int extra = int(spare / row.size() + (i < spare % row.size() ? 1 : 0));
            const int width = row[i]->sizeHint().width() + extra;
            row[i]->setGeometry(QRect(x, line.y(), width, line.height()));
            x += width + spacing();
        }
    }

    QList<QLayoutItem *> m_items;
};

QString countText(int count)
{
    return QLocale().toString(count);
}

} // namespace

OverviewStrip::OverviewStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewStrip"));
    auto *layout = new FlowLayout(this);
    for (int figure = 0; figure < FigureCount; ++figure) {
        auto *tile = new StatTile(this);
        m_tiles[size_t(figure)] = tile;
        layout->addWidget(tile);
        if (figure <= NotHeard)
            tile->setAction([this, figure] { clicked(Figure(figure)); });
    }
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_tiles[Done]->setAccent(PhoneStateStyle::colour(PhoneState::Complete));
    m_tiles[InProgress]->setAccent(PhoneStateStyle::colour(PhoneState::FromPeer));
    m_tiles[Waiting]->setAccent(PhoneStateStyle::colour(PhoneState::Waiting));
    m_tiles[InTrouble]->setAccent(PhoneStateStyle::severityColour(Finding::Severity::Error));
    m_tiles[NotHeard]->setAccent(PhoneStateStyle::colour(PhoneState::NotHeard));
    m_tiles[Saved]->setAccent(PhoneStateStyle::colour(PhoneState::Complete));
    m_tiles[WanUsed]->setAccent(PhoneStateStyle::colour(PhoneState::FromTftp));
    retranslate();
}

OverviewStrip::~OverviewStrip() = default;

std::optional<RolloutBucket> OverviewStrip::bucketOf(Figure figure)
{
    switch (figure) {
    case Done: return RolloutBucket::Done;
    case InProgress: return RolloutBucket::InProgress;
    case Waiting: return RolloutBucket::Waiting;
    case InTrouble: return RolloutBucket::InTrouble;
    case NotHeard: return RolloutBucket::NotHeard;
    default: return std::nullopt;
    }
}

void OverviewStrip::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    if (!snapshot || (m_snapshot && snapshot->model->phones().size() < m_snapshot->model->phones().size())) {
        for (StatTile *tile : m_tiles)
            tile->forgetWidth(); // another run
    }
    m_snapshot = std::move(snapshot);
    showFigures();
}

void OverviewStrip::setActiveBucket(std::optional<RolloutBucket> bucket)
{
    m_active = bucket;
    for (int figure = 0; figure < FigureCount; ++figure)
        m_tiles[size_t(figure)]->setActive(bucket && bucketOf(Figure(figure)) == bucket);
}

void OverviewStrip::clicked(Figure figure)
{
    const std::optional<RolloutBucket> bucket = bucketOf(figure);
    Q_EMIT bucketChosen(bucket == m_active ? std::nullopt : bucket);
}

QString OverviewStrip::value(Figure figure) const
{
    return m_tiles[size_t(figure)]->value();
}

QString OverviewStrip::label(Figure figure) const
{
    return m_tiles[size_t(figure)]->label();
}

QString OverviewStrip::detail(Figure figure) const
{
    return m_tiles[size_t(figure)]->detail();
}

QString OverviewStrip::toolTip(Figure figure) const
{
    return m_tiles[size_t(figure)]->toolTip();
}

QWidget *OverviewStrip::tile(Figure figure) const
{
    return m_tiles[size_t(figure)];
}

void OverviewStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Other words, other widths: the tiles size afresh.
void OverviewStrip::retranslate()
{
    for (StatTile *tile : m_tiles)
        tile->forgetWidth();
    showFigures();
}

QString OverviewStrip::labelOf(Figure figure)
{
    if (const std::optional<RolloutBucket> bucket = bucketOf(figure))
        return PhoneFilterProxy::bucketName(*bucket);
    switch (figure) {
    case Phones: return tr("phones");
    case Progress: return tr("progress");
    case WanUsed: return tr("WAN used so far");
    case Saved: return tr("saved so far");
    case Elapsed: return tr("elapsed");
    case TimeLeft: return tr("time left");
    default: return {};
    }
}

// Every tile from the snapshot; without one, a dash over each label, so that
// the strip has its height from the start.
void OverviewStrip::showFigures()
{
    if (m_snapshot) {
        showCounts(*m_snapshot);
        showProgress(*m_snapshot);
        showBandwidth(*m_snapshot);
        showTimes(*m_snapshot);
        return;
    }
    for (int figure = 0; figure < FigureCount; ++figure)
        m_tiles[size_t(figure)]->show(QString(QChar(0x2013)), labelOf(Figure(figure)), QString());
}

void OverviewStrip::showCounts(const EngineSnapshot &snapshot)
{
    const RolloutCounts &counts = snapshot.forecast.rollout().counts;
    const int byBucket[] = {counts.done, counts.inProgress, counts.waiting, counts.inTrouble, counts.notHeard};
    m_tiles[Phones]->show(countText(counts.total()), labelOf(Phones), QString());
    m_tiles[Phones]->setToolTip(tr("Every phone heard, and the phones the site's inventory lists that were not heard "
                                   "yet. Each counts in one of the next five tiles.\nClick to list every phone."));
    // The rollout's health: the worst problem found, green when none.
    Finding::Severity worst = Finding::Severity::Info;
    for (const Finding &f : snapshot.findings)
        worst = qMax(worst, f.severity);
    m_tiles[Phones]->setAccent(worst == Finding::Severity::Info ? PhoneStateStyle::colour(PhoneState::Complete)
                                                                : PhoneStateStyle::severityColour(worst));
    const QString tips[] = {
        tr("Phones whose whole load has arrived, every file of it complete."),
        tr("Phones receiving a file now, from the TFTP server or from a peer."),
        tr("Phones heard that wait for their next file (their parent's, or their root's fetch)."),
        tr("Phones the health checks found a warning or an error for, whatever their progress: see the Problems "
           "tab."),
        tr("Phones the site's inventory lists that were not heard yet."),
    };
    for (int figure = Done; figure <= NotHeard; ++figure) {
        const int i = figure - Done;
        m_tiles[size_t(figure)]->show(countText(byBucket[i]), labelOf(Figure(figure)), QString());
        m_tiles[size_t(figure)]->setToolTip(
            //: %1: what the tile counts
            tr("%1\nObserved: from the phones' records and the wire. Click to list only these phones; click again "
               "to list every phone.")
                .arg(tips[i]));
    }
    m_tiles[InTrouble]->setValueColour(counts.inTrouble > 0 ? PhoneStateStyle::severityColour(Finding::Severity::Error)
                                                            : QColor());
}

// Of the rollout's every phone's whole load, as "All hierarchies" and the
// exported trees say it (RolloutModel::overallProgress).
void OverviewStrip::showProgress(const EngineSnapshot &snapshot)
{
    // RolloutModel::overallProgress's sum (tst_overviewstrip holds them equal),
    // in the one pass that counts the sizes estimated: at 10,000 phones a
    // pass costs milliseconds of the tick.
    pfs::Progress progress;
    int estimated = 0;
    for (const Phone &phone : snapshot.model->phones()) {
        for (const ComponentProgress &c : phone.components) {
            progress += c.progress();
            estimated += c.total >= 0 && c.totalEstimated;
        }
    }
    const QLocale locale;
    QString ofWhat;
    if (progress.totalBytes > 0)
        //: Progress: %1 bytes received of %2 bytes, both with their unit
        ofWhat = tr("%1 of %2")
                     .arg(DisplayFormat::size(progress.doneBytes, locale),
                          DisplayFormat::size(progress.totalBytes, locale));
    else if (progress.components > 0)
        //: Progress when no size is known: %1 files complete of %n
        ofWhat
            = tr("%1 of %Ln file(s)", nullptr, progress.components).arg(locale.toString(progress.completeComponents));
    m_tiles[Progress]->show(DisplayFormat::share(progress.fraction(), locale), labelOf(Progress), ofWhat);
    m_tiles[Progress]->setAccent(progress.fraction() >= 1 ? PhoneStateStyle::colour(PhoneState::Complete)
                                                          : PhoneStateStyle::colour(PhoneState::FromPeer));
    QString tip
        = tr("Every phone's whole load, in bytes of known size: %1 of %2 received; %3 of %Ln file(s) complete. "
             "The same figure as \"All hierarchies\".",
             nullptr, progress.components)
              .arg(DisplayFormat::size(progress.doneBytes, locale), DisplayFormat::size(progress.totalBytes, locale),
                   locale.toString(progress.completeComponents));
    if (estimated > 0)
        tip += QLatin1Char('\n')
            + tr("An estimate: %Ln file size(s) come from the firmware catalogue, not from the phones.", nullptr,
                 estimated);
    else
        tip += QLatin1Char('\n') + tr("Observed: every size comes from the phones' records or the wire.");
    m_tiles[Progress]->setToolTip(tip);
}

void OverviewStrip::showBandwidth(const EngineSnapshot &snapshot)
{
    const QLocale locale;
    const BandwidthFigures &soFar = snapshot.bandwidth.soFar();
    const BandwidthFigures &projected = snapshot.bandwidth.projected();
    const auto projection = [&](qint64 bytes) {
        return projected.estimated ? tr("projected: %1 (estimate)").arg(DisplayFormat::size(bytes, locale))
                                   : tr("projected: %1").arg(DisplayFormat::size(bytes, locale));
    };
    m_tiles[WanUsed]->show(DisplayFormat::size(soFar.actualWanBytes, locale), labelOf(WanUsed),
                           projection(projected.actualWanBytes));
    m_tiles[Saved]->show(DisplayFormat::size(soFar.savedBytes(), locale), labelOf(Saved),
                         projection(projected.savedBytes()));
    // The bandwidth tab's two sentences: observed so far, and the projection with what it rests on.
    const QString figures = DisplayFormat::savedSoFar(soFar, locale) + QLatin1Char('\n')
        + DisplayFormat::projected(snapshot.bandwidth, locale);
    m_tiles[WanUsed]->setToolTip(tr("Bytes that crossed the WAN so far (observed): the roots' fetches from the TFTP "
                                    "server, fallbacks and phones upgrading the traditional way.")
                                 + QLatin1Char('\n') + figures);
    m_tiles[Saved]->setToolTip(tr("What PFS saved so far (observed): the bytes the phones received less those that "
                                  "crossed the WAN, against a traditional upgrade where every phone fetches every "
                                  "file over the WAN.")
                               + QLatin1Char('\n') + figures);
}

void OverviewStrip::showTimes(const EngineSnapshot &snapshot)
{
    const QLocale locale;
    const RolloutForecast &forecast = snapshot.forecast.rollout();
    m_tiles[Elapsed]->show(forecast.elapsedMs < 0 ? tr("not yet")
                                                  : DisplayFormat::duration(double(forecast.elapsedMs) / 1000, locale),
                           labelOf(Elapsed), QString());
    m_tiles[Elapsed]->setToolTip(tr("Since the rollout's first fetch over the WAN (observed)."));
    m_tiles[Elapsed]->setAccent(PhoneStateStyle::colour(PhoneState::Waiting));
    m_tiles[TimeLeft]->show(DisplayFormat::timeLeft(forecast.end, locale), labelOf(TimeLeft), QString());
    m_tiles[TimeLeft]->setToolTip(tr("An estimate until every phone has its whole load, from the rates observed so "
                                     "far: a range from the brisker to the slower of them; unknown while nothing "
                                     "supports a guess. Reboots after the last file are not counted."));
    const bool over = forecast.end.known() && forecast.end.highMs == 0;
    m_tiles[TimeLeft]->setAccent(over ? PhoneStateStyle::colour(PhoneState::Complete)
                                      : PhoneStateStyle::colour(PhoneState::Waiting));
}

} // namespace pfs
