// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/timelinebar.h"

#include "export/displayformat.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTime>
#include <QToolButton>

namespace pfs {
namespace {

constexpr double kSpeeds[] = {1, 5, 20, 100, 0}; // 0: max
constexpr qint64 kDayMs = 24 * 3600 * 1000;

QToolButton *toolButton(QWidget *parent, QStyle::StandardPixmap icon)
{
    auto *button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    return button;
}

} // namespace

TimelineBar::TimelineBar(QWidget *parent)
    : QToolBar(parent)
    , m_play(toolButton(this, QStyle::SP_MediaPlay))
    , m_speedLabel(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_live(new QToolButton(this))
    , m_kind(new QComboBox(this))
    , m_previous(toolButton(this, QStyle::SP_MediaSeekBackward))
    , m_next(toolButton(this, QStyle::SP_MediaSeekForward))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineBar"));
    for (const double speed : kSpeeds)
        m_speed->addItem(QString(), speed);
    setSpeed(kDefaultSpeed);
    m_slider->setSingleStep(1000 / kSliderUnitMs); // Left, Right: a second
    m_slider->setPageStep(10000 / kSliderUnitMs);
    m_slider->setTracking(false); // a seek once the handle is let go, not at every pixel
    m_slider->setMinimumWidth(160);
    m_live->setCheckable(true);
    m_live->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_time->setTextFormat(Qt::PlainText);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setVisible(false);

    addWidget(m_play);
    addWidget(m_speedLabel);
    addWidget(m_speed);
    addWidget(m_slider);
    addWidget(m_time);
    addWidget(m_live);
    addSeparator();
    addWidget(m_kind);
    addWidget(m_previous);
    addWidget(m_next);
    addWidget(m_note);

    connect(m_play, &QToolButton::clicked, this, &TimelineBar::togglePlay);
    connect(m_live, &QToolButton::clicked, this, [this] {
        m_live->setChecked(m_state.live); // the engine's state says, once it is live
        Q_EMIT liveRequested();
    });
    connect(m_speed, &QComboBox::activated, this, [this] { Q_EMIT speedChosen(speed()); });
    connect(m_slider, &QSlider::valueChanged, this, &TimelineBar::sliderMoved);
    connect(m_previous, &QToolButton::clicked, this,
            [this] { Q_EMIT jumpRequested(MomentKind(m_kind->currentData().toInt()), -1); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { Q_EMIT jumpRequested(MomentKind(m_kind->currentData().toInt()), +1); });
    // Space plays or pauses wherever the focus is in the window, but in a text field.
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), parent ? parent : this);
    space->setContext(Qt::WindowShortcut);
    connect(space, &QShortcut::activated, this, &TimelineBar::togglePlay);
    fillKinds();
    retranslate();
    showTimes();
}

void TimelineBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void TimelineBar::retranslate()
{
    setWindowTitle(tr("Timeline"));
    m_speedLabel->setText(tr(" Speed: "));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, speedName(m_speed->itemData(i).toDouble()));
    m_speed->setToolTip(tr("How fast the rollout plays: times its own clock"));
    m_speed->setAccessibleName(tr("Speed"));
    m_slider->setToolTip(tr("The time shown: drag to see the rollout at any time (Left, Right: a second)"));
    m_slider->setAccessibleName(tr("Time shown"));
    m_live->setText(tr("Live"));
    m_live->setToolTip(tr("Follow the rollout as it comes in"));
    m_live->setAccessibleName(tr("Live"));
    m_kind->setToolTip(tr("What the arrows jump to"));
    m_kind->setAccessibleName(tr("Jump to"));
    m_previous->setToolTip(tr("Previous moment of that kind"));
    m_previous->setAccessibleName(tr("Previous moment"));
    m_next->setToolTip(tr("Next moment of that kind"));
    m_next->setAccessibleName(tr("Next moment"));
    m_time->setToolTip(tr("Rollout time shown / rollout time so far; the site's clock at that time, when known"));
    const int chosen = m_kind->currentIndex();
    fillKinds();
    m_kind->setCurrentIndex(qMax(0, chosen));
    showTimes();
}

// Findings of any kind or of one, then the events.
void TimelineBar::fillKinds()
{
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Any finding"), int(MomentKind::AnyFinding));
    for (const Finding::Kind kind :
         {Finding::Kind::Stalled, Finding::Kind::FellBackToWan, Finding::Kind::KeepsGoingToServer,
          Finding::Kind::NeverCameBack, Finding::Kind::Silent, Finding::Kind::Traditional, Finding::Kind::NeverHeard,
          Finding::Kind::NeverJoined, Finding::Kind::TreeAnomaly})
        m_kind->addItem(tr("Finding: %1").arg(Health::kindName(kind)), int(momentOf(kind)));
    m_kind->addItem(tr("A hierarchy's root chosen"), int(MomentKind::RootChosen));
    m_kind->addItem(tr("A file completed"), int(MomentKind::FileCompleted));
}

QString TimelineBar::speedName(double speed) const
{
    return speed > 0 ? tr("×%1").arg(QLocale().toString(speed)) : tr("max");
}

void TimelineBar::setSpeed(double speed)
{
    const QSignalBlocker block(m_speed);
    int index = m_speed->findData(speed);
    if (index < 0) { // --speed 4: shown as such, among the others by pace
        index = 0;
        while (index < m_speed->count() && m_speed->itemData(index).toDouble() > 0
               && m_speed->itemData(index).toDouble() < speed)
            ++index;
        m_speed->insertItem(index, speedName(speed), speed);
    }
    m_speed->setCurrentIndex(index);
}

double TimelineBar::speed() const
{
    return m_speed->currentData().toDouble();
}

void TimelineBar::togglePlay()
{
    if (m_state.playing)
        Q_EMIT pauseRequested();
    else
        Q_EMIT playRequested();
}

void TimelineBar::sliderMoved(int value)
{
    if (m_state.originMs < 0)
        return;
    Q_EMIT seekRequested(m_state.originMs + qint64(value) * kSliderUnitMs);
}

void TimelineBar::showState(const TimelineState &state)
{
    m_state = state;
    const bool known = state.originMs >= 0 && state.edgeMs >= state.originMs;
    if (!m_slider->isSliderDown()) { // never under the user's hand
        const QSignalBlocker block(m_slider);
        m_slider->setRange(known ? int((qMax(state.earliestMs, state.originMs) - state.originMs) / kSliderUnitMs) : 0,
                           known ? int((state.edgeMs - state.originMs) / kSliderUnitMs) : 0);
        m_slider->setValue(known ? int((state.shownMs - state.originMs) / kSliderUnitMs) : 0);
    }
    m_slider->setEnabled(known);
    m_play->setIcon(style()->standardIcon(state.playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setEnabled(known);
    m_live->setChecked(state.live);
    m_previous->setEnabled(known);
    m_next->setEnabled(known);
    if (speed() != state.speed)
        setSpeed(state.speed);
    showTimes();
}

// h:mm:ss past an hour, else mm:ss, in the locale's digits.
QString TimelineBar::elapsed(qint64 ms) const
{
    const QLocale locale;
    ms = qMax<qint64>(0, ms);
    const QString minutes = locale.toString(QTime(0, 0).addMSecs(int(ms % 3'600'000)), QStringLiteral("mm:ss"));
    return ms >= 3'600'000 ? QStringLiteral("%1:%2").arg(locale.toString(ms / 3'600'000), minutes) : minutes;
}

void TimelineBar::showTimes()
{
    const TimelineState &s = m_state;
    m_play->setText(s.playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(s.playing ? tr("Stop the time shown (Space)") : tr("Play the rollout at the speed (Space)"));
    m_play->setAccessibleName(m_play->text());
    if (s.originMs < 0 || s.edgeMs < s.originMs) {
        m_time->setText(QStringLiteral("--:-- / --:--"));
    } else {
        QString text = QStringLiteral("%1 / %2").arg(elapsed(s.shownMs - s.originMs), elapsed(s.edgeMs - s.originMs));
        if (s.siteClock) {
            // A console log gives the time of day only: then no date (it would say 1970).
            const QLocale locale;
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.shownMs);
            const QString time = locale.toString(at.time(), QStringLiteral("HH:mm:ss"));
            text += QStringLiteral("  (%1)").arg(s.shownMs >= kDayMs ? locale.toString(at.date(), QLocale::ShortFormat)
                                                         + QLatin1Char(' ') + time
                                                                     : time);
        }
        m_time->setText(text);
    }
    m_note->setVisible(s.gaveUp);
    if (s.gaveUp)
        m_note->setText(tr("Before %1 let go: the timeline keeps at most %2")
                            .arg(elapsed(s.earliestMs - s.originMs), DisplayFormat::size(s.boundBytes, QLocale())));
}

QString TimelineBar::timeText() const
{
    return m_time->text();
}

QString TimelineBar::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

} // namespace pfs
