// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/mainwindow.h"

#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/inventorydialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/models/eventlogmodel.h"
#include "ui/tree/treeview.h"
#include "ui/widgets/bandwidthview.h"
#include "ui/widgets/eventlogtab.h"
#include "ui/widgets/hierarchypicker.h"
#include "ui/widgets/overviewstrip.h"
#include "ui/widgets/phonedetailtab.h"
#include "ui/widgets/phonestab.h"
#include "ui/widgets/problemstab.h"
#include "ui/widgets/statuspanel.h"
#include "ui/widgets/timelinebar.h"

#include "export/exporter.h"
#include "i18n/language.h"
#include "protocol/dloadevent.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace pfs {
namespace {

// QMessageBox::warning() guesses from the text whether it is rich text: an
// error quoting a file name with markup in it would be rendered, not shown.
void warnPlainly(QWidget *parent, const QString &title, const QString &error)
{
    QMessageBox box(QMessageBox::Warning, title, visibleText(error), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

// New phones the Phones tab lists in one turn: 10,000 at once took 70 ms, a
// thousand take 7 ms.
constexpr int kPhonesPerTurn = 1000;

} // namespace

// ---- window ---------------------------------------------------------------------

MainWindow::MainWindow(RolloutEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(ConsoleSettings::load())
    , m_events(new EventLogModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    buildActions();
    buildToolBar();
    buildTimelineBar();
    buildViews();
    buildSnapshotSteps();
    m_statusPanel = new StatusPanel(this);
    statusBar()->addPermanentWidget(m_statusPanel);
    connect(engine, &RolloutEngine::snapshotReady, this, &MainWindow::showSnapshot, Qt::QueuedConnection);
    connect(engine, &RolloutEngine::recordsArrived, this, &MainWindow::showRecords, Qt::QueuedConnection);
    connect(
        engine, &RolloutEngine::failed, this,
        [this](const QString &message) { statusBar()->showMessage(visibleText(message), 15000); },
        Qt::QueuedConnection);
    retranslate();
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(firstSize());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_bandwidth->setWanRate(m_settings.wanBitsPerSecond);
}

MainWindow::~MainWindow() = default;

// 1400 × 900 where the screen has room, else what it has: on a 1366 × 768
// laptop the status bar must not start below the screen's edge.
QSize MainWindow::firstSize() const
{
    const QScreen *display = screen();
    const QSize wanted(1400, 900);
    return display ? wanted.boundedTo(display->availableGeometry().size()) : wanted;
}

PhoneTableModel *MainWindow::phoneModel() const
{
    return m_phonesTab->model();
}

HierarchyModel *MainWindow::hierarchyModel() const
{
    return m_hierarchies->model();
}

QTableView *MainWindow::phoneTable() const
{
    return m_phonesTab->table();
}

void MainWindow::buildActions()
{
    Actions &a = m_actions;
    for (QAction **action : {&a.demo, &a.listen, &a.stop, &a.openLog, &a.openCapture, &a.importInventory, &a.exportFile,
                             &a.settings, &a.quit, &a.fit, &a.zoomIn, &a.zoomOut, &a.about})
        *action = new QAction(this);
    a.exportFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    a.openLog->setShortcut(QKeySequence::Open);
    a.quit->setShortcut(QKeySequence::Quit);
    a.zoomIn->setShortcut(QKeySequence::ZoomIn);
    a.zoomOut->setShortcut(QKeySequence::ZoomOut);
    a.fit->setShortcut(Qt::CTRL | Qt::Key_0);

    m_menus.file = menuBar()->addMenu(QString());
    m_menus.file->addActions({a.openLog, a.openCapture, a.importInventory, a.exportFile});
    m_menus.file->addSeparator();
    m_menus.file->addAction(a.quit);
    m_menus.capture = menuBar()->addMenu(QString());
    m_menus.capture->addActions({a.listen, a.demo, a.stop});
    m_menus.capture->addSeparator();
    m_menus.capture->addAction(a.settings);
    m_menus.view = menuBar()->addMenu(QString());
    m_menus.view->addActions({a.fit, a.zoomIn, a.zoomOut});
    m_menus.language = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        QAction *action = m_menus.language->addAction(Language::nativeName(code)); // each in its own language
        action->setCheckable(true);
        action->setChecked(code == Language::current());
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
    m_menus.help = menuBar()->addMenu(QString());
    m_menus.help->addAction(a.about);

    connect(a.demo, &QAction::triggered, this, [this] { startDemo(sim::Config(), chosenSpeed()); });
    connect(a.listen, &QAction::triggered, this, [this] { startListening(); });
    connect(a.stop, &QAction::triggered, this, [this] { inEngine([](RolloutEngine *engine) { engine->stop(); }); });
    connect(a.openLog, &QAction::triggered, this, &MainWindow::openLog);
    connect(a.openCapture, &QAction::triggered, this, &MainWindow::openCapture);
    connect(a.importInventory, &QAction::triggered, this, &MainWindow::chooseInventory);
    connect(a.settings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(a.exportFile, &QAction::triggered, this, &MainWindow::exportDialog);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.about, &QAction::triggered, this, &MainWindow::about);
}

// Run controls, tree zoom and Find phone (the tree is built next, in buildViews).
void MainWindow::buildToolBar()
{
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addActions({m_actions.listen, m_actions.demo, m_actions.stop});
    toolbar->addSeparator();
    toolbar->addActions({m_actions.fit, m_actions.zoomIn, m_actions.zoomOut});
    m_searchLabel = new QLabel(this);
    toolbar->addWidget(m_searchLabel);
    m_search = new QLineEdit(this);
    m_search->setMaximumWidth(220);
    m_search->setClearButtonEnabled(true);
    toolbar->addWidget(m_search);
}

// The replay timeline under the toolbar: the speed lives there.
void MainWindow::buildTimelineBar()
{
    addToolBarBreak();
    m_timeline = new TimelineBar(this);
    addToolBar(m_timeline);
    connect(m_timeline, &TimelineBar::seekRequested, this,
            [this](qint64 ms) { inEngine([ms](RolloutEngine *engine) { engine->seek(ms); }); });
    connect(m_timeline, &TimelineBar::playRequested, this,
            [this] { inEngine([](RolloutEngine *engine) { engine->play(); }); });
    connect(m_timeline, &TimelineBar::pauseRequested, this,
            [this] { inEngine([](RolloutEngine *engine) { engine->pause(); }); });
    connect(m_timeline, &TimelineBar::liveRequested, this,
            [this] { inEngine([](RolloutEngine *engine) { engine->goLive(); }); });
    connect(m_timeline, &TimelineBar::speedChosen, this,
            [this](double speed) { inEngine([speed](RolloutEngine *engine) { engine->setSpeed(speed); }); });
    connect(m_timeline, &TimelineBar::jumpRequested, this, [this](MomentKind kind, int direction) {
        inEngine([kind, direction](RolloutEngine *engine) { engine->jump(kind, direction); });
    });
}

void MainWindow::buildViews()
{
    m_tree = new TreeView(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_tree->findPhone(m_search->text()))
            statusBar()->showMessage(tr("No phone matches \"%1\" in this view.").arg(m_search->text()), 5000);
    });
    connect(m_actions.fit, &QAction::triggered, m_tree, &TreeView::fitAll);
    connect(m_actions.zoomIn, &QAction::triggered, this, [this] { m_tree->zoomBy(1.25); });
    connect(m_actions.zoomOut, &QAction::triggered, this, [this] { m_tree->zoomBy(0.8); });
    connect(m_tree, &TreeView::phoneSelected, this, [this](PhoneId id) { selectPhone(id, m_tree); });
    connect(m_tree, &TreeView::hierarchyChosen, this, &MainWindow::selectHierarchy); // a block of "All"

    m_phonesTab = new PhonesTab(this);
    m_phonesTab->setRowsPerFill(kPhonesPerTurn);
    connect(m_phonesTab, &PhonesTab::phoneSelected, this, [this](PhoneId id) { selectPhone(id, m_phonesTab); });
    m_hierarchies = new HierarchyPicker(this);
    connect(m_hierarchies, &HierarchyPicker::hierarchyChosen, this, [this](HierarchyId hierarchy) {
        m_tree->setHierarchy(hierarchy);
        m_phonesTab->setHierarchy(hierarchy);
    });
    m_phoneDetail = new PhoneDetailTab(m_events, this);
    m_bandwidth = new BandwidthView(this);
    // A marker's phone, chosen everywhere; the tab stays, its sentence shown under the chart.
    connect(m_bandwidth, &BandwidthView::phoneChosen, this, [this](PhoneId id) { selectPhone(id, m_bandwidth); });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_phonesTab, QString());
    m_tabs->addTab(m_phoneDetail, QString());
    m_tabs->addTab(m_bandwidth, QString());
    m_eventLogTab = new EventLogTab(m_events, this);
    m_tabs->addTab(m_eventLogTab, QString());
    connect(m_eventLogTab, &EventLogTab::recordChosen, this, [this](quint32 address, const QByteArray &host) {
        if (const PhoneId id = m_snapshot ? EventLogTab::phoneOf(*m_snapshot->model, address, host) : kNoPhone;
            id != kNoPhone)
            selectPhone(id, m_eventLogTab);
    });
    m_problems = new ProblemsTab(this);
    m_tabs->addTab(m_problems, QString());
    connect(m_problems, &ProblemsTab::phoneChosen, this, [this](PhoneId id) {
        selectPhone(id, m_problems);
        m_tabs->setCurrentWidget(m_phoneDetail); // the evidence behind the finding
    });

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tree);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({520, 340});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_hierarchies);
    main->addWidget(right);
    main->setStretchFactor(0, 0); // a wider window widens the tree, the picker has what it needs
    main->setStretchFactor(1, 4);
    main->setSizes({610, 790}); // the picker's file, XID, phones and "x of y" whole at 1366 px
    // The overview strip over everything, under the toolbar: seen whatever the tabs show.
    m_overview = new OverviewStrip(this);
    connect(m_overview, &OverviewStrip::bucketChosen, this, [this](std::optional<RolloutBucket> bucket) {
        m_phonesTab->setStateFilter(bucket);
        m_tabs->setCurrentWidget(m_phonesTab);
    });
    connect(m_phonesTab, &PhonesTab::stateFilterChanged, m_overview, &OverviewStrip::setActiveBucket);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(4, 4, 4, 0);
    column->setSpacing(4);
    column->addWidget(m_overview);
    column->addWidget(main, 1);
    setCentralWidget(central);
}

// The window's own words; each tab translates itself on LanguageChange.
void MainWindow::retranslate()
{
    setWindowTitle(tr("pfsmon — Peer Firmware Sharing console"));
    m_menus.file->setTitle(tr("&File"));
    m_menus.capture->setTitle(tr("&Capture"));
    m_menus.view->setTitle(tr("&View"));
    m_menus.language->setTitle(tr("&Language"));
    m_menus.help->setTitle(tr("&Help"));
    m_actions.demo->setText(tr("&Demo rollout"));
    m_actions.demo->setToolTip(tr("Watch a simulated 200-phone rollout"));
    m_actions.listen->setText(tr("&Listen"));
    m_actions.listen->setToolTip(tr(
        "Listen for PFS broadcasts and DLoad syslog on the configured ports, or capture on the configured interface"));
    m_actions.stop->setText(tr("&Stop"));
    m_actions.openLog->setText(tr("Open &log file…"));
    m_actions.openCapture->setText(tr("Open &capture for replay…"));
    m_actions.importInventory->setText(tr("Import &inventory…"));
    m_actions.importInventory->setToolTip(
        tr("Read the site's phone list (a CUCM export as CSV): its phones are expected"));
    m_actions.exportFile->setText(tr("&Export…"));
    m_actions.settings->setText(tr("&Settings…"));
    m_actions.quit->setText(tr("&Quit"));
    m_actions.fit->setText(tr("&Fit"));
    m_actions.zoomIn->setText(tr("Zoom &in"));
    m_actions.zoomOut->setText(tr("Zoom &out"));
    m_actions.about->setText(tr("&About pfsmon"));
    m_searchLabel->setText(tr("  Find phone: "));
    m_search->setPlaceholderText(tr("name or address, Enter"));
    m_tabs->setTabText(0, tr("Phones"));
    m_tabs->setTabText(1, tr("Phone detail"));
    m_tabs->setTabText(2, tr("Bandwidth"));
    m_tabs->setTabText(3, tr("Event log"));
    showProblemCount();
    m_events->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

double MainWindow::chosenSpeed() const
{
    return m_timeline->speed();
}

void MainWindow::resetViews()
{
    m_events->clear();
    m_bandwidth->clearHistory();
    m_selectedPhone = kNoPhone;
    m_tree->selectPhone(kNoPhone, false); // an id of the run before names another phone in the next
    m_phoneDetail->showPhone(kNoPhone);
    m_eventLogTab->clearImport();
    m_importShown = false;
    m_hierarchies->select(0);
}

void MainWindow::startDemo(const sim::Config &config, double speed, DemoSources sources)
{
    m_timeline->setSpeed(speed); // the speed it runs at, shown as such (--speed 4: ×4)
    startRun([config, speed, sources](RolloutEngine *engine) { engine->startDemo(config, speed, sources); });
}

void MainWindow::startReplay(const QString &file, double speed)
{
    // The capture's own ports are known; those of Capture > Settings (or the
    // command line) are recognised too, as in a headless replay.
    // Read as fast as it goes, played from its start at the speed: the
    // timeline reaches any time of the file read so far.
    m_timeline->setSpeed(speed);
    startRun([file, speed, config = sessionConfigFor(m_settings.listen)](RolloutEngine *engine) {
        engine->setSpeed(speed);
        if (engine->startReplay(file, 0, config))
            engine->playFromStart();
    });
}

void MainWindow::importLog(const QString &file)
{
    startRun([file](RolloutEngine *engine) { engine->importFile(file); });
}

void MainWindow::startListening()
{
    // An interface chosen: capture there (passive), instead of opening the ports.
    startRun(
        [config = sessionConfigFor(m_settings.listen), capture = m_settings.listen.capture](RolloutEngine *engine) {
            if (capture.interface.isEmpty())
                engine->startLive(config);
            else
                engine->startCapture(config, capture);
        });
}

void MainWindow::useListenOptions(const ListenOptions &listen)
{
    m_settings.listen = listen;
}

void MainWindow::startListening(const ListenOptions &listen)
{
    useListenOptions(listen);
    startListening();
}

void MainWindow::setLanguage(const QString &code)
{
    if (!Language::apply(code))
        return;
    QSettings().setValue(QStringLiteral("language"), code);
    for (QAction *action : m_menus.language->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::selectHierarchy(HierarchyId hierarchy)
{
    m_hierarchies->select(hierarchy);
}

// The views take a snapshot one after another, each in a turn of the event
// loop of its own, so that the window answers between them (issue #17: at
// 10,000 phones all of them in one turn stalled it for 25 to 140 ms, and
// the painting came on top). A round through the views shows one snapshot;
// snapshots arriving meanwhile wait, the newest taking the place of an older
// one, and the next round shows the newest. A round always ends, however
// fast snapshots come, so the window's own parts never stop following.
void MainWindow::buildSnapshotSteps()
{
    using Snapshot = std::shared_ptr<const EngineSnapshot>;
    m_steps.push_back({[this](const Snapshot &s) { m_overview->setSnapshot(s); }, {}, {}});
    m_steps.push_back({[this](const Snapshot &s) { m_hierarchies->setSnapshot(s); }, {}, {}});
    // The Phones tab fills a large table a part a turn.
    m_steps.push_back({[this](const Snapshot &s) { m_phonesTab->setSnapshot(s); },
                       [this] { return m_phonesTab->filling(); }, [this] { m_phonesTab->fillMore(); }});
    m_steps.push_back({[this](const Snapshot &s) { m_tree->setSnapshot(s); }, {}, {}});
    m_steps.push_back({[this](const Snapshot &s) {
                           m_phoneDetail->setSnapshot(s);
                           m_bandwidth->setSnapshot(s);
                       },
                       {},
                       {}});
    m_steps.push_back({[this](const Snapshot &s) { m_problems->setSnapshot(s); }, {}, {}});
}

void MainWindow::showSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    if (showingOldRun())
        return;
    m_waiting = std::move(snapshot);
    queueSnapshotStep();
}

void MainWindow::queueSnapshotStep()
{
    if (std::exchange(m_stepQueued, true))
        return;
    QMetaObject::invokeMethod(this, &MainWindow::showSnapshotStep, Qt::QueuedConnection);
}

// The next view of the round takes the round's snapshot (or its next part);
// after the last, finishSnapshot, and the next round if a snapshot waits.
void MainWindow::showSnapshotStep()
{
    m_stepQueued = false;
    if (showingOldRun()) { // a new run started: the views were reset for it
        m_showing.reset();
        m_waiting.reset();
        return;
    }
    if (!m_showing) {
        if (!m_waiting)
            return;
        m_showing = std::exchange(m_waiting, nullptr);
        m_step = 0;
        m_stepBegun = false;
    }
    SnapshotStep &step = m_steps[m_step];
    if (std::exchange(m_stepBegun, true))
        step.more();
    else
        step.show(m_showing);
    if (!step.unfinished || !step.unfinished()) {
        m_stepBegun = false;
        ++m_step;
    }
    if (m_step == m_steps.size())
        finishSnapshot();
    if (m_showing || m_waiting)
        queueSnapshotStep();
}

void MainWindow::finishSnapshot()
{
    const bool first = !m_snapshot;
    m_snapshot = std::exchange(m_showing, nullptr);
    const TimelineState &timeline = m_snapshot->timeline;
    m_timeline->showState(timeline);
    m_events->showUntil(timeline.live ? -1 : timeline.shownMs);
    m_bandwidth->showUntil(timeline.live ? -1 : timeline.shownMs);
    showProblemCount();
    if (m_snapshot->imported && !m_importShown)
        showImport(*m_snapshot->imported);
    if (first && !m_hierarchies->hasChoice())
        m_hierarchies->select(0);
    updateStatus();
    Q_EMIT snapshotShown();
}

void MainWindow::showRecords(const QList<RawRecord> &records)
{
    if (showingOldRun())
        return;
    m_events->append(records);
}

// What the file gave, over the Event log; in short in the status bar (its
// room is shared with the sources), after the damage line when it was damaged.
void MainWindow::showImport(const ImportStats &stats)
{
    m_importShown = true;
    m_eventLogTab->showImport(stats);
    const QString read = tr("Imported %Ln record(s): see the Event log", nullptr, int(stats.records));
    statusBar()->showMessage(stats.damage.isEmpty() ? read : visibleText(stats.damage) + QLatin1String("  ") + read,
                             30000);
}

// The tab says how many warnings and errors there are: seen from every tab.
void MainWindow::showProblemCount()
{
    const int problems = m_problems->problems();
    m_tabs->setTabText(m_tabs->indexOf(m_problems),
                       problems ? tr("Problems (%1)").arg(QLocale().toString(problems)) : tr("Problems"));
}

// One selection for every view; `from` is the view the user clicked in.
void MainWindow::selectPhone(PhoneId id, QObject *from)
{
    if (id == m_selectedPhone)
        return;
    m_selectedPhone = id;
    if (from != m_tree)
        m_tree->selectPhone(id, true);
    if (from != m_phonesTab)
        m_phonesTab->showSelected(id);
    m_phoneDetail->showPhone(id);
}

void MainWindow::updateStatus()
{
    m_statusPanel->show(m_snapshot.get(), m_events->discarded());
}

void MainWindow::openLog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a console or syslog log"), QString(),
                                                      tr("Logs (*.txt *.log *.gz);;All files (*)"));
    if (!file.isEmpty())
        importLog(file);
}

void MainWindow::openCapture()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a capture to replay"), QString(),
                                                      tr("Captures (*.pcap *.pcapng *.cap);;All files (*)"));
    if (!file.isEmpty())
        startReplay(file, chosenSpeed());
}

// The folder is remembered: the site's list is exported once and read again.
void MainWindow::chooseInventory()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("inventory/folder"), QDir::homePath()).toString();
    const QString file = QFileDialog::getOpenFileName(this, tr("Import the site's phone list"), folder,
                                                      tr("Phone lists (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("inventory/folder"), QFileInfo(file).absolutePath());
    importInventory(file);
}

void MainWindow::importInventory(const QString &file)
{
    InventoryCsv csv;
    if (!csv.loadFile(file)) {
        warnPlainly(this, tr("Import inventory"), csv.error());
        return;
    }
    InventoryDialog dialog(std::move(csv), file, this);
    if (dialog.exec() == QDialog::Accepted)
        applyInventory(dialog.phones());
}

void MainWindow::applyInventory(const QList<ExpectedPhone> &phones)
{
    inEngine([phones](RolloutEngine *engine) { engine->applyInventory(phones); });
    statusBar()->showMessage(tr("Inventory: %Ln phone(s) expected", nullptr, int(phones.size())), 15000);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.chosen();
    m_settings.save();
    m_bandwidth->setWanRate(m_settings.wanBitsPerSecond);
    FirmwareCatalogue chosen = FirmwareCatalogue::builtIn();
    QString error;
    if (!m_settings.catalogueFile.isEmpty() && !chosen.loadFile(m_settings.catalogueFile, &error)) {
        warnPlainly(this, tr("Firmware catalogue"), error);
        return;
    }
    inEngine([chosen](RolloutEngine *engine) { engine->setCatalogue(chosen); });
}

ExportSource MainWindow::exportSource() const
{
    return {m_snapshot->model.get(), m_snapshot->bandwidth, m_snapshot->clockMs, m_snapshot->source};
}

ExportOptions MainWindow::exportOptions(double scale, bool paginate) const
{
    ExportOptions options;
    options.hierarchy = m_tree->hierarchy();
    options.scale = scale;
    options.paginate = paginate;
    options.wanBitsPerSecond = m_settings.wanBitsPerSecond;
    return options;
}

QString MainWindow::exportedName() const
{
    const Hierarchy *shown = m_snapshot ? m_snapshot->model->hierarchy(m_tree->hierarchy()) : nullptr;
    if (!shown)
        return QStringLiteral("all");
    if (shown->xid)
        return xidText(shown->xid);
    // Known only from the wire: named by what names it, model, subnet and file,
    // kept to characters every file system and shell takes.
    const QString subnet
        = shown->hasSubnet ? formatSubnet(shown->subnet, m_snapshot->model->subnetPrefix()) : QString();
    QStringList parts;
    for (const QString &part : {shown->model, subnet, shown->file}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    QString name = parts.join(QLatin1Char('-')).left(80);
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-')
            c = u'_';
    }
    return name.isEmpty() || name.startsWith(u'.') ? QStringLiteral("hierarchy-%1").arg(shown->id) : name;
}

QString MainWindow::exportPreview(const QString &formatName, double scale, bool paginate) const
{
    const ExportSource source = m_snapshot ? exportSource() : ExportSource{};
    return ExportDialog::preview(m_snapshot ? &source : nullptr,
                                 Exporter::fromName(formatName).value_or(ExportFormat::Json),
                                 exportOptions(scale, paginate));
}

bool MainWindow::exportTo(const QString &formatName, const QString &file, double scale, bool paginate, QString *error)
{
    const std::optional<ExportFormat> format = Exporter::fromName(formatName);
    if (!format || !m_snapshot) {
        *error = tr("nothing to export");
        return false;
    }
    return Exporter::write(exportSource(), *format, file, exportOptions(scale, paginate), error);
}

// Format, options, a preview of what will be written, then a file: the file
// dialog asks before replacing a file, and the folder is remembered.
void MainWindow::exportDialog()
{
    const ExportSource source = m_snapshot ? exportSource() : ExportSource{};
    ExportDialog dialog(m_snapshot ? &source : nullptr, exportOptions(2, false), this);
    if (dialog.exec() != QDialog::Accepted || !m_snapshot)
        return;
    const QString suffix = Exporter::name(dialog.format());
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString name = QStringLiteral("pfsmon-%1.%2").arg(exportedName(), suffix);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export to"), QDir(folder).filePath(name),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(file).absolutePath());
    QString error;
    if (!Exporter::write(source, dialog.format(), file, dialog.options(), &error)) {
        warnPlainly(this, tr("Export"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(visibleText(file)), 8000);
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About pfsmon"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("pfsmon %1\n\nWatches Cisco Peer Firmware Sharing rollouts: rebuilds the distribution trees from "
                   "the phones' DLoad traces and PFS broadcasts, and shows the WAN bandwidth saved.\n\n"
                   "Verified record forms come from Cisco's PFS document; child-side records, broadcast payloads "
                   "and firmware sizes are pfsmon's model and are marked as such.")
                    .arg(QStringLiteral(PFSMON_VERSION)));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace pfs
