// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/mainwindow.h"

#include "ui/dialogs/exportdialog.h"
#include "ui/dialogs/settingsdialog.h"

#include "protocol/ipv4.h"
#include "ui/models/componentmodel.h"
#include "ui/models/eventlogmodel.h"
#include "ui/models/hierarchymodel.h"
#include "ui/models/phonetablemodel.h"
#include "ui/tree/treeview.h"
#include "ui/widgets/bandwidthview.h"
#include "ui/widgets/progressdelegate.h"
#include "ui/widgets/statuspanel.h"

#include "export/exporter.h"
#include "export/snapshot.h"
#include "export/textreport.h"
#include "i18n/language.h"
#include "protocol/visibletext.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

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

} // namespace

// ---- window ---------------------------------------------------------------------

MainWindow::MainWindow(RolloutEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(ConsoleSettings::load())
    , m_phones(new PhoneTableModel(this))
    , m_hierarchies(new HierarchyModel(this))
    , m_components(new ComponentModel(this))
    , m_events(new EventLogModel(this))
    , m_eventFilter(new EventLogFilter(this))
    , m_phoneTrace(new EventLogFilter(this))
    , m_phoneProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    buildActions();
    buildViews();
    buildStatusBar();
    connect(engine, &RolloutEngine::snapshotReady, this, &MainWindow::showSnapshot, Qt::QueuedConnection);
    connect(engine, &RolloutEngine::recordsArrived, this, &MainWindow::showRecords, Qt::QueuedConnection);
    connect(
        engine, &RolloutEngine::failed, this,
        [this](const QString &message) { statusBar()->showMessage(visibleText(message), 15000); },
        Qt::QueuedConnection);
    retranslate();
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_bandwidth->setWanRate(m_settings.wanBitsPerSecond);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_demoAction = new QAction(this);
    m_listenAction = new QAction(this);
    m_stopAction = new QAction(this);
    m_openLogAction = new QAction(this);
    m_openCaptureAction = new QAction(this);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_settingsAction = new QAction(this);
    m_quitAction = new QAction(this);
    m_fitAction = new QAction(this);
    m_zoomInAction = new QAction(this);
    m_zoomOutAction = new QAction(this);
    m_aboutAction = new QAction(this);
    m_openLogAction->setShortcut(QKeySequence::Open);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_fitAction->setShortcut(Qt::CTRL | Qt::Key_0);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openLogAction);
    m_fileMenu->addAction(m_openCaptureAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_captureMenu = menuBar()->addMenu(QString());
    m_captureMenu->addAction(m_listenAction);
    m_captureMenu->addAction(m_demoAction);
    m_captureMenu->addAction(m_stopAction);
    m_captureMenu->addSeparator();
    m_captureMenu->addAction(m_settingsAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_languageMenu = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        QAction *action = m_languageMenu->addAction(Language::nativeName(code)); // each in its own language
        action->setCheckable(true);
        action->setChecked(code == Language::current());
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    connect(m_demoAction, &QAction::triggered, this, [this] { startDemo(sim::Config(), chosenSpeed()); });
    connect(m_listenAction, &QAction::triggered, this, [this] { startListening(); });
    connect(m_stopAction, &QAction::triggered, this,
            [this] { QMetaObject::invokeMethod(m_engine, &RolloutEngine::stop, Qt::QueuedConnection); });
    connect(m_openLogAction, &QAction::triggered, this, &MainWindow::openLog);
    connect(m_openCaptureAction, &QAction::triggered, this, &MainWindow::openCapture);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::buildViews()
{
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(m_listenAction);
    toolbar->addAction(m_demoAction);
    toolbar->addAction(m_stopAction);
    toolbar->addSeparator();
    m_speedLabel = new QLabel(this);
    toolbar->addWidget(m_speedLabel);
    m_speed = new QComboBox(this);
    for (const double speed : {1.0, 5.0, 20.0, 100.0, 0.0})
        m_speed->addItem(QString(), speed);
    m_speed->setCurrentIndex(2);
    toolbar->addWidget(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { inEngine([speed = chosenSpeed()](RolloutEngine *engine) { engine->setDemoSpeed(speed); }); });
    toolbar->addSeparator();
    toolbar->addAction(m_fitAction);
    toolbar->addAction(m_zoomInAction);
    toolbar->addAction(m_zoomOutAction);
    m_searchLabel = new QLabel(this);
    toolbar->addWidget(m_searchLabel);
    m_search = new QLineEdit(this);
    m_search->setMaximumWidth(220);
    m_search->setClearButtonEnabled(true);
    toolbar->addWidget(m_search);

    m_tree = new TreeView(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_tree->findPhone(m_search->text()))
            statusBar()->showMessage(tr("No phone matches \"%1\" in this view.").arg(m_search->text()), 5000);
    });
    connect(m_fitAction, &QAction::triggered, m_tree, &TreeView::fitAll);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { m_tree->zoomBy(1.25); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_tree->zoomBy(0.8); });
    connect(m_tree, &TreeView::phoneSelected, this, [this](PhoneId id) { selectPhone(id, m_tree); });

    m_hierarchyTable = new QTableView(this);
    m_hierarchyTable->setModel(m_hierarchies);
    m_hierarchyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hierarchyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hierarchyTable->setItemDelegateForColumn(HierarchyModel::ColumnProgress,
                                               new ProgressDelegate(HierarchyModel::RawRole, this));
    m_hierarchyTable->verticalHeader()->hide();
    m_hierarchyTable->horizontalHeader()->setStretchLastSection(true);
    m_hierarchyTable->verticalHeader()->setDefaultSectionSize(24);

    connect(m_hierarchyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const quint32 xid = m_hierarchies->xidAt(current.row());
                m_tree->setHierarchy(xid);
                m_phones->setHierarchy(xid);
            });

    m_phoneProxy->setSourceModel(m_phones);
    m_phoneProxy->setSortRole(PhoneTableModel::RawRole);
    m_phoneProxy->setFilterKeyColumn(-1);
    m_phoneProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_phoneTable = new QTableView(this);
    m_phoneTable->setModel(m_phoneProxy);
    m_phoneTable->setSortingEnabled(true);
    m_phoneTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phoneTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_phoneTable->setItemDelegateForColumn(PhoneTableModel::ColumnProgress,
                                           new ProgressDelegate(PhoneTableModel::RawRole, this));
    m_phoneTable->verticalHeader()->hide();
    m_phoneTable->verticalHeader()->setDefaultSectionSize(24);
    m_phoneTable->horizontalHeader()->setStretchLastSection(true);
    const std::pair<int, int> widths[]
        = {{PhoneTableModel::ColumnName, 150},    {PhoneTableModel::ColumnAddress, 100},
           {PhoneTableModel::ColumnModel, 90},    {PhoneTableModel::ColumnRole, 100},
           {PhoneTableModel::ColumnParent, 150},  {PhoneTableModel::ColumnComponent, 190},
           {PhoneTableModel::ColumnProgress, 90}, {PhoneTableModel::ColumnReceived, 80},
           {PhoneTableModel::ColumnSource, 130},  {PhoneTableModel::ColumnState, 110}};
    for (const auto &[column, width] : widths)
        m_phoneTable->setColumnWidth(column, width);
    connect(m_phoneTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectPhone(current.data(PhoneTableModel::PhoneIdRole).toInt(), m_phoneTable);
            });
    m_phoneFilter = new QLineEdit(this);
    m_phoneFilter->setClearButtonEnabled(true);
    connect(m_phoneFilter, &QLineEdit::textChanged, m_phoneProxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *phonesPage = new QWidget(this);
    auto *phonesLayout = new QVBoxLayout(phonesPage);
    phonesLayout->setContentsMargins(2, 2, 2, 2);
    phonesLayout->addWidget(m_phoneFilter);
    phonesLayout->addWidget(m_phoneTable);

    m_phoneTitle = new QLabel(this);
    m_phoneTitle->setTextFormat(Qt::PlainText);
    m_componentTable = new QTableView(this);
    m_componentTable->setModel(m_components);
    m_componentTable->setItemDelegateForColumn(ComponentModel::ColumnProgress,
                                               new ProgressDelegate(ComponentModel::RawRole, this));
    m_componentTable->verticalHeader()->hide();
    m_componentTable->setColumnWidth(ComponentModel::ColumnFile, 220);
    m_componentTable->horizontalHeader()->setStretchLastSection(true);
    m_phoneTrace->setSourceModel(m_events);
    m_phoneTrace->setPhoneAddress(0, QByteArray("\x01"));
    m_traceTable = new QTableView(this);
    m_traceTable->setModel(m_phoneTrace);
    m_traceTable->verticalHeader()->hide();
    m_traceTable->horizontalHeader()->setStretchLastSection(true);
    m_traceTable->setWordWrap(false);
    auto *phonePage = new QWidget(this);
    auto *phoneLayout = new QVBoxLayout(phonePage);
    phoneLayout->setContentsMargins(2, 2, 2, 2);
    phoneLayout->addWidget(m_phoneTitle);
    auto *phoneSplit = new QSplitter(Qt::Vertical, phonePage);
    phoneSplit->addWidget(m_componentTable);
    phoneSplit->addWidget(m_traceTable);
    phoneLayout->addWidget(phoneSplit);

    m_bandwidth = new BandwidthView(this);

    m_eventFilter->setSourceModel(m_events);
    m_eventTable = new QTableView(this);
    m_eventTable->setModel(m_eventFilter);
    m_eventTable->verticalHeader()->hide();
    m_eventTable->horizontalHeader()->setStretchLastSection(true);
    m_eventTable->setWordWrap(false);
    m_eventPhoneFilter = new QLineEdit(this);
    m_eventPhoneFilter->setClearButtonEnabled(true);
    connect(m_eventPhoneFilter, &QLineEdit::textChanged, m_eventFilter, &EventLogFilter::setPhoneText);
    m_severity = new QComboBox(this);
    for (const Severity s : {Severity::Debug, Severity::Info, Severity::Notice, Severity::Warning, Severity::Error})
        m_severity->addItem(QString(), int(s));
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_eventFilter->setMinSeverity(m_severity->currentData().toInt()); });
    m_grammar = new QComboBox(this);
    for (const int g : {-1, int(Grammar::Verified), int(Grammar::Modelled), int(Grammar::Unknown)})
        m_grammar->addItem(QString(), g);
    connect(m_grammar, &QComboBox::currentIndexChanged, this,
            [this] { m_eventFilter->setGrammar(m_grammar->currentData().toInt()); });
    auto *eventsPage = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->setContentsMargins(2, 2, 2, 2);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_eventPhoneFilter, 2);
    filters->addWidget(m_severity, 1);
    filters->addWidget(m_grammar, 1);
    eventsLayout->addLayout(filters);
    eventsLayout->addWidget(m_eventTable);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(phonesPage, QString());
    m_tabs->addTab(phonePage, QString());
    m_tabs->addTab(m_bandwidth, QString());
    m_tabs->addTab(eventsPage, QString());

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tree);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({520, 340});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(m_hierarchyTable);
    main->addWidget(right);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 4);
    main->setSizes({400, 1000});
    setCentralWidget(main);
}

void MainWindow::buildStatusBar()
{
    m_statusPanel = new StatusPanel(this);
    statusBar()->addPermanentWidget(m_statusPanel);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("pfsmon — Peer Firmware Sharing console"));
    m_fileMenu->setTitle(tr("&File"));
    m_captureMenu->setTitle(tr("&Capture"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_demoAction->setText(tr("&Demo rollout"));
    m_demoAction->setToolTip(tr("Watch a simulated 200-phone rollout"));
    m_listenAction->setText(tr("&Listen"));
    m_listenAction->setToolTip(tr("Listen for PFS broadcasts and DLoad syslog on the configured ports"));
    m_stopAction->setText(tr("&Stop"));
    m_openLogAction->setText(tr("Open &log file…"));
    m_openCaptureAction->setText(tr("Open &capture for replay…"));
    m_exportAction->setText(tr("&Export…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_fitAction->setText(tr("&Fit"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_aboutAction->setText(tr("&About pfsmon"));
    m_speedLabel->setText(tr(" Speed: "));
    m_searchLabel->setText(tr("  Find phone: "));
    const QStringList speeds{tr("×1"), tr("×5"), tr("×20"), tr("×100"), tr("max")};
    for (int i = 0; i < speeds.size(); ++i)
        m_speed->setItemText(i, speeds[i]);
    m_search->setPlaceholderText(tr("name or address, Enter"));
    m_phoneFilter->setPlaceholderText(tr("Filter phones (any column)"));
    m_eventPhoneFilter->setPlaceholderText(tr("Filter by phone"));
    const QStringList severities{tr("All severities"), tr("Info and above"), tr("Notice and above"),
                                 tr("Warnings and errors"), tr("Errors")};
    for (int i = 0; i < severities.size(); ++i)
        m_severity->setItemText(i, severities[i]);
    const QStringList grammars{tr("All grammars"), tr("Verified"), tr("Modelled"), tr("Unknown")};
    for (int i = 0; i < grammars.size(); ++i)
        m_grammar->setItemText(i, grammars[i]);
    m_tabs->setTabText(0, tr("Phones"));
    m_tabs->setTabText(1, tr("Phone detail"));
    m_tabs->setTabText(2, tr("Bandwidth"));
    m_tabs->setTabText(3, tr("Event log"));
    m_phones->retranslate();
    m_hierarchies->retranslate();
    // French headers are longer: a picker column is as wide as its title needs.
    const int minimum[] = {115, 85, 55, 80};
    for (int column = 0; column <= HierarchyModel::ColumnProgress; ++column)
        m_hierarchyTable->setColumnWidth(
            column, qMax(minimum[column], m_hierarchyTable->horizontalHeader()->sectionSizeHint(column)));
    m_components->retranslate();
    m_events->retranslate();
    m_bandwidth->retranslate();
    showPhoneDetail(m_selectedPhone);
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
    return m_speed->currentData().toDouble();
}

void MainWindow::resetViews()
{
    m_events->clear();
    m_bandwidth->clearHistory();
    m_selectedPhone = kNoPhone;
    m_components->setPhone(kNoPhone);
    m_hierarchyTable->selectRow(0);
}

void MainWindow::startDemo(const sim::Config &config, double speed)
{
    resetViews();
    const int known = m_speed->findData(speed);
    if (known >= 0) {
        QSignalBlocker block(m_speed);
        m_speed->setCurrentIndex(known);
    }
    inEngine([config, speed](RolloutEngine *engine) { engine->startDemo(config, speed); });
}

void MainWindow::startReplay(const QString &file, double speed)
{
    resetViews();
    inEngine([file, speed](RolloutEngine *engine) { engine->startReplay(file, speed); });
}

void MainWindow::importLog(const QString &file)
{
    resetViews();
    inEngine([file](RolloutEngine *engine) { engine->importFile(file); });
}

void MainWindow::startListening()
{
    resetViews();
    inEngine([config = sessionConfigFor(m_settings.listen)](RolloutEngine *engine) { engine->startLive(config); });
}

void MainWindow::startListening(const ListenOptions &listen)
{
    m_settings.listen = listen;
    startListening();
}

void MainWindow::setLanguage(const QString &code)
{
    if (!Language::apply(code))
        return;
    QSettings().setValue(QStringLiteral("language"), code);
    for (QAction *action : m_languageMenu->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::selectHierarchy(quint32 xid)
{
    m_hierarchyTable->selectRow(m_hierarchies->rowOf(xid));
}

void MainWindow::showSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    const bool first = !m_snapshot;
    m_snapshot = snapshot;
    m_hierarchies->setSnapshot(snapshot);
    m_phones->setSnapshot(snapshot);
    m_components->setSnapshot(snapshot);
    m_tree->setSnapshot(snapshot);
    m_bandwidth->setSnapshot(snapshot);
    if (first && !m_hierarchyTable->currentIndex().isValid())
        m_hierarchyTable->selectRow(0);
    if (m_selectedPhone != kNoPhone)
        showPhoneDetail(m_selectedPhone);
    updateStatus();
    Q_EMIT snapshotShown();
}

void MainWindow::showRecords(const QList<RawRecord> &records)
{
    m_events->append(records);
}

// One selection for every view; `from` is the view the user clicked in.
void MainWindow::selectPhone(PhoneId id, QObject *from)
{
    if (id == m_selectedPhone)
        return;
    m_selectedPhone = id;
    if (from != m_tree)
        m_tree->selectPhone(id, true);
    if (from != m_phoneTable) {
        const QModelIndex source = m_phones->index(m_phones->rowOf(id), 0);
        const QModelIndex row = m_phoneProxy->mapFromSource(source);
        if (row.isValid()) {
            QSignalBlocker block(m_phoneTable->selectionModel());
            m_phoneTable->selectionModel()->setCurrentIndex(
                row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_phoneTable->scrollTo(row);
        }
    }
    m_components->setPhone(id);
    showPhoneDetail(id);
}

void MainWindow::showPhoneDetail(PhoneId id)
{
    const Phone *phone = m_snapshot && id != kNoPhone ? m_snapshot->model->phone(id) : nullptr;
    if (!phone) {
        m_phoneTitle->setText(tr("Select a phone in the tree or the table."));
        return;
    }
    m_phoneTitle->setText(tr("%1  %2  %3  load %4")
                              .arg(phone->displayName(), phone->address ? formatIpv4(phone->address) : QString(),
                                   visibleText(phone->model), visibleText(phone->load)));
    m_phoneTrace->setPhoneAddress(phone->address, phone->host);
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
    options.xid = m_tree->hierarchy();
    options.scale = scale;
    options.paginate = paginate;
    options.wanBitsPerSecond = m_settings.wanBitsPerSecond;
    return options;
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
    const QString name = QStringLiteral("pfsmon-%1.%2")
                             .arg(m_tree->hierarchy() ? xidText(m_tree->hierarchy()) : QStringLiteral("all"), suffix);
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
