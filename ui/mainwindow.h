// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/livesession.h"
#include "engine/rolloutengine.h"
#include "export/exporter.h"
#include "ui/dialogs/settingsdialog.h"

#include <QMainWindow>

#include <functional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTabWidget;

namespace pfs {

class BandwidthView;
class EventLogModel;
class EventLogTab;
class HierarchyModel;
class HierarchyPicker;
class OverviewStrip;
class PhoneDetailTab;
class PhonesTab;
class ProblemsTab;
class PhoneTableModel;
class StatusPanel;
class TimelineBar;
class TreeView;

// The console: hierarchy picker, live tree, and the tabs below it (phones,
// phone detail, bandwidth, event log, problems), menus, toolbar and status bar. The
// window wires them together: one selection of hierarchy and phone for every
// view. All data comes from a RolloutEngine living in a worker thread, as
// snapshots once per tick.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(RolloutEngine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDemo(const sim::Config &config, double speed, DemoSources sources = DemoSources::Both);
    void startReplay(const QString &file, double speed);
    void importLog(const QString &file);
    void startListening(); // as Capture > Settings says, or the command line said
    // The command line's ports, address, allow-list and recording: every
    // Listen and replay of this run uses them, over the saved settings.
    void useListenOptions(const pfs::ListenOptions &listen);
    void startListening(const pfs::ListenOptions &listen); // useListenOptions, then Listen
    // File ▸ Import inventory once its file is chosen: read, shown in
    // InventoryDialog, and applied when the user accepts it.
    void importInventory(const QString &file);
    // The engine expects these phones, in the run under way and the next ones.
    void applyInventory(const QList<pfs::ExpectedPhone> &phones);

    // For tests and exports.
    PhoneTableModel *phoneModel() const;
    HierarchyModel *hierarchyModel() const;
    TreeView *treeView() const { return m_tree; }
    QTableView *phoneTable() const;
    BandwidthView *bandwidthView() const { return m_bandwidth; }
    ProblemsTab *problemsTab() const { return m_problems; }
    OverviewStrip *overview() const { return m_overview; }
    QTabWidget *tabs() const { return m_tabs; }
    EventLogModel *eventLog() const { return m_events; }
    EventLogTab *eventLogTab() const { return m_eventLogTab; }
    TimelineBar *timelineBar() const { return m_timeline; }
    // The snapshot every view shows (snapshotShown said so); a newer one may be
    // on its way through the views.
    std::shared_ptr<const EngineSnapshot> lastSnapshot() const { return m_snapshot; }
    void selectHierarchy(HierarchyId hierarchy);
    // Switches the whole console, at once, and remembers the choice.
    void setLanguage(const QString &code);
    // File ▸ Export without its dialogs: what would be written, and writing it.
    QString exportPreview(const QString &format, double scale, bool paginate) const;
    bool exportTo(const QString &format, const QString &file, double scale, bool paginate, QString *error);

Q_SIGNALS:
    void snapshotShown(); // every view shows lastSnapshot()

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Runs `call` in the engine's thread, in order with the other calls: the
    // compiler checks it, where invokeMethod by name was checked at run time.
    template<typename Call> void inEngine(Call call)
    {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, call] { call(engine); }, Qt::QueuedConnection);
    }
    // A new run: the views reset, and what the engine still sends of the
    // run before (queued before `start` ran) is dropped, never shown in it.
    template<typename Start> void startRun(Start start)
    {
        resetViews();
        const quint64 run = ++m_run;
        inEngine([this, run, start](RolloutEngine *engine) {
            QMetaObject::invokeMethod(
                this, [this, run] { m_shownRun = run; }, Qt::QueuedConnection);
            start(engine);
        });
    }
    bool showingOldRun() const { return m_shownRun != m_run; }
    ExportSource exportSource() const; // the last snapshot
    ExportOptions exportOptions(double scale, bool paginate) const;
    QString exportedName() const; // of the hierarchy shown, for a file name
    void buildActions();
    void buildToolBar();
    void buildTimelineBar();
    void buildViews();
    void retranslate();
    // One view's part of showing a snapshot, done in a turn of the event loop
    // of its own (see showSnapshot).
    struct SnapshotStep {
        std::function<void(const std::shared_ptr<const EngineSnapshot> &)> show;
        std::function<bool()> unfinished; // the view wants more turns for the same snapshot
        std::function<void()> more;       // its next part
    };
    void buildSnapshotSteps();
    void showSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void queueSnapshotStep();
    void showSnapshotStep();
    void finishSnapshot();
    void showRecords(const QList<RawRecord> &records);
    void showImport(const ImportStats &stats);
    void selectPhone(PhoneId id, QObject *from);
    void showProblemCount();
    void updateStatus();
    void openLog();
    void openCapture();
    void chooseInventory();
    void editSettings();
    void exportDialog();
    void about();
    double chosenSpeed() const;
    QSize firstSize() const; // before any saved geometry
    void resetViews();

    RolloutEngine *m_engine;
    ConsoleSettings m_settings;
    std::shared_ptr<const EngineSnapshot> m_snapshot; // the one every view shows
    std::shared_ptr<const EngineSnapshot> m_showing;  // the one the views take in this round
    std::shared_ptr<const EngineSnapshot> m_waiting;  // the newest, for the next round
    std::vector<SnapshotStep> m_steps;
    size_t m_step = 0;         // the view whose turn comes next in the round
    bool m_stepBegun = false;  // that view took the round's snapshot and wants more turns
    bool m_stepQueued = false; // a showSnapshotStep is on its way
    PhoneId m_selectedPhone = kNoPhone;
    bool m_importShown = false; // the run's import summary, shown once
    quint64 m_run = 0;          // the run started last
    quint64 m_shownRun = 0;     // the run whose snapshots and records arrive now
    EventLogModel *m_events;    // the Event log tab's, and the Phone detail tab's trace

    OverviewStrip *m_overview;
    HierarchyPicker *m_hierarchies;
    TreeView *m_tree;
    QTabWidget *m_tabs;
    PhonesTab *m_phonesTab;
    PhoneDetailTab *m_phoneDetail;
    BandwidthView *m_bandwidth;
    EventLogTab *m_eventLogTab;
    ProblemsTab *m_problems;
    StatusPanel *m_statusPanel;

    struct Menus {
        QMenu *file, *capture, *view, *language, *help;
    } m_menus;
    struct Actions {
        QAction *demo, *listen, *stop, *openLog, *openCapture, *importInventory, *exportFile, *settings, *quit;
        QAction *fit, *zoomIn, *zoomOut, *about;
    } m_actions;
    TimelineBar *m_timeline;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
};

} // namespace pfs
