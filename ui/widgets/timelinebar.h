// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "engine/enginesnapshot.h"
#include "engine/timeline.h"

#include <QToolBar>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

// The replay timeline's bar, under the toolbar (issue #15): play or pause,
// the speed, a slider over the run's time span with the time shown as
// rollout time ("12:34 / 25:10") and the site's clock where the times are
// its own, Live, and the jumps to the previous or next moment of a chosen
// kind. It shows the engine's TimelineState and asks for changes by
// signals; it never changes what it shows by itself. Keys: Space plays or
// pauses (in the whole window), Left and Right step on the focused slider.
namespace pfs {

class TimelineBar : public QToolBar {
    Q_OBJECT
public:
    static constexpr int kSliderUnitMs = 100;

    explicit TimelineBar(QWidget *parent = nullptr);

    void showState(const TimelineState &state);
    // Shows that speed as chosen (added to the choices when it is not one), without a signal.
    void setSpeed(double speed);
    double speed() const;

    // For tests.
    QSlider *slider() const { return m_slider; }
    QToolButton *playButton() const { return m_play; }
    QToolButton *liveButton() const { return m_live; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QComboBox *speedBox() const { return m_speed; }
    QComboBox *kindBox() const { return m_kind; }
    QString timeText() const;
    QString noteText() const;
    const TimelineState &state() const { return m_state; }

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void playRequested();
    void pauseRequested();
    void liveRequested();
    void speedChosen(double speed);
    void jumpRequested(pfs::MomentKind kind, int direction);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillKinds();
    void togglePlay();
    void sliderMoved(int value);
    void showTimes();
    QString elapsed(qint64 ms) const;
    QString speedName(double speed) const;

    TimelineState m_state;
    QToolButton *m_play;
    QLabel *m_speedLabel;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_time;
    QToolButton *m_live;
    QComboBox *m_kind;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_note;
};

} // namespace pfs
