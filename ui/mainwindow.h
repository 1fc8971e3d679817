// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/livesession.h"
#include "engine/rolloutengine.h"
#include "export/exporter.h"
#include "ui/dialogs/settingsdialog.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;
class QSortFilterProxyModel;

namespace pfs {

class BandwidthView;
class ComponentModel;
class EventLogFilter;
class EventLogModel;
class HierarchyModel;
class PhoneTableModel;
class StatusPanel;
class TreeView;

// The console: hierarchy picker, live tree, phone table and phone detail,
// bandwidth charts, event log, status bar. All data comes from a
// RolloutEngine living in a worker thread, as snapshots once per tick.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(RolloutEngine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDemo(const sim::Config &config, double speed);
    void startReplay(const QString &file, double speed);
    void importLog(const QString &file);
    void startListening(); // as Capture > Settings says, or the command line said
    // Listens as `listen` says, and so does every Listen after it (a command
    // line's choice holds for the whole run, over the saved settings).
    void startListening(const pfs::ListenOptions &listen);

    // For tests and exports.
    PhoneTableModel *phoneModel() const { return m_phones; }
    HierarchyModel *hierarchyModel() const { return m_hierarchies; }
    TreeView *treeView() const { return m_tree; }
    QTableView *phoneTable() const { return m_phoneTable; }
    BandwidthView *bandwidthView() const { return m_bandwidth; }
    EventLogModel *eventLog() const { return m_events; }
    std::shared_ptr<const EngineSnapshot> lastSnapshot() const { return m_snapshot; }
    void selectHierarchy(quint32 xid);
    // Switches the whole console, at once, and remembers the choice.
    void setLanguage(const QString &code);
    // File ▸ Export without its dialogs: what would be written, and writing it.
    QString exportPreview(const QString &format, double scale, bool paginate) const;
    bool exportTo(const QString &format, const QString &file, double scale, bool paginate, QString *error);

Q_SIGNALS:
    void snapshotShown();

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
    ExportSource exportSource() const; // the last snapshot
    ExportOptions exportOptions(double scale, bool paginate) const;
    void buildActions();
    void buildViews();
    void buildStatusBar();
    void retranslate();
    void showSnapshot(std::shared_ptr<const EngineSnapshot> snapshot);
    void showRecords(const QList<RawRecord> &records);
    void selectPhone(PhoneId id, QObject *from);
    void showPhoneDetail(PhoneId id);
    void updateStatus();
    void openLog();
    void openCapture();
    void editSettings();
    void exportDialog();
    void about();
    double chosenSpeed() const;
    void resetViews();

    RolloutEngine *m_engine;
    ConsoleSettings m_settings;
    std::shared_ptr<const EngineSnapshot> m_snapshot;
    PhoneId m_selectedPhone = kNoPhone;

    PhoneTableModel *m_phones;
    HierarchyModel *m_hierarchies;
    ComponentModel *m_components;
    EventLogModel *m_events;
    EventLogFilter *m_eventFilter;
    EventLogFilter *m_phoneTrace;
    QSortFilterProxyModel *m_phoneProxy;

    TreeView *m_tree;
    QTableView *m_hierarchyTable;
    QTableView *m_phoneTable;
    QTableView *m_componentTable;
    QTableView *m_eventTable;
    QTableView *m_traceTable;
    BandwidthView *m_bandwidth;
    QTabWidget *m_tabs;
    QLabel *m_phoneTitle;
    QLineEdit *m_search;
    QLineEdit *m_phoneFilter;
    QLineEdit *m_eventPhoneFilter;
    QComboBox *m_severity;
    QComboBox *m_grammar;
    QComboBox *m_speed;
    StatusPanel *m_statusPanel;

    QMenu *m_fileMenu, *m_captureMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu;
    QAction *m_demoAction, *m_listenAction, *m_stopAction, *m_openLogAction, *m_openCaptureAction;
    QAction *m_exportAction;
    QAction *m_settingsAction, *m_quitAction, *m_fitAction, *m_zoomInAction, *m_zoomOutAction, *m_aboutAction;
    QLabel *m_speedLabel;
    QLabel *m_searchLabel;
};

} // namespace pfs
