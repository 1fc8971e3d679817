// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/widgets/eventlogtab.h"

#include "ui/models/eventlogmodel.h"
#include "ui/widgets/tables.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace pfs {

EventLogTab::EventLogTab(EventLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_filter(new EventLogFilter(this))
    , m_import(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_grammar(new QComboBox(this))
{
    m_filter->setSourceModel(log);
    m_import->setObjectName(QStringLiteral("importSummary"));
    m_import->setTextFormat(Qt::PlainText);
    m_import->setWordWrap(true);
    m_import->hide();
    m_phone->setClearButtonEnabled(true);
    connect(m_phone, &QLineEdit::textChanged, m_filter, &EventLogFilter::setPhoneText);
    for (const Severity s : {Severity::Debug, Severity::Info, Severity::Notice, Severity::Warning, Severity::Error})
        m_severity->addItem(QString(), int(s));
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinSeverity(m_severity->currentData().toInt()); });
    for (const int g : {-1, int(Grammar::Verified), int(Grammar::Modelled), int(Grammar::Unknown)})
        m_grammar->addItem(QString(), g);
    connect(m_grammar, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setGrammar(m_grammar->currentData().toInt()); });
    m_table = newConsoleTable(m_filter, this);
    connect(m_table, &QTableView::doubleClicked, this, &EventLogTab::chooseRecord);
    followNewRecords();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_import);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_phone, 2);
    filters->addWidget(m_severity, 1);
    filters->addWidget(m_grammar, 1);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    retranslate();
}

// The reader's own scrolling says whether to follow: at the bottom, yes.
// A range that grows (records came) keeps a following view at the bottom.
void EventLogTab::followNewRecords()
{
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_following = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_following)
            bar->setValue(maximum);
    });
    // The oldest records let go (the log is bounded) move the rest up: a
    // reader scrolled up keeps the records they were reading in view.
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this, bar](const QModelIndex &, int first, int last) {
        if (!m_following && first < bar->value())
            bar->setValue(bar->value() - (qMin(last, bar->value() - 1) - first + 1));
    });
}

void EventLogTab::chooseRecord(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT recordChosen(index.data(EventLogModel::AddressRole).toUInt(),
                        index.data(EventLogModel::HostRole).toByteArray());
}

PhoneId EventLogTab::phoneOf(const RolloutModel &model, quint32 address, const QByteArray &host)
{
    if (!host.isEmpty()) {
        for (const Phone &phone : model.phones()) {
            if (!phone.merged && phone.host == host)
                return phone.id;
        }
    }
    return address ? model.phoneByAddress(address) : kNoPhone;
}

void EventLogTab::showImport(const ImportStats &stats)
{
    m_stats = stats;
    m_import->setText(importSummary(stats));
    m_import->show();
}

void EventLogTab::clearImport()
{
    m_stats.reset();
    m_import->clear();
    m_import->hide();
}

QString EventLogTab::importLine() const
{
    return m_import->isVisible() || m_stats ? m_import->text() : QString();
}

// "Imported: 360 lines read; 26 records (20 verified, 6 modelled, 0 unknown);
// 334 lines without a record." Counts in the default locale (%Ln), which
// follows the language chosen.
QString EventLogTab::importSummary(const ImportStats &stats)
{
    const auto count = [&](Grammar g) { return int(stats.byGrammar[size_t(g)]); };
    const QString grammars = QStringList{tr("%Ln verified", "records", count(Grammar::Verified)),
                                         tr("%Ln modelled", "records", count(Grammar::Modelled)),
                                         tr("%Ln unknown", "records", count(Grammar::Unknown))}
                                 .join(tr(", "));
    //: %1: lines read; %2: records found; %3: the records by grammar; %4: lines without a record
    QString text
        = tr("Imported: %1; %2 (%3); %4")
              .arg(tr("%Ln line(s) read", nullptr, int(stats.lines)), tr("%Ln record(s)", nullptr, int(stats.records)),
                   grammars,
                   tr("%Ln line(s) without a record", nullptr, int(stats.ignoredLines + stats.otherSyslogLines)));
    if (stats.truncatedLines > 0)
        //: %1: the summary so far
        text = tr("%1; %Ln line(s) or record(s) too long, cut at their limit", nullptr, int(stats.truncatedLines))
                   .arg(text);
    if (stats.syslogLines > 0)
        //: %1: the summary so far
        text = tr("%1; a syslog or journal prefix removed from %Ln line(s)", nullptr, int(stats.syslogLines)).arg(text);
    return text;
}

void EventLogTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventLogTab::retranslate()
{
    m_phone->setPlaceholderText(tr("Filter by phone"));
    const QStringList severities{tr("All severities"), tr("Info and above"), tr("Notice and above"),
                                 tr("Warnings and errors"), tr("Errors")};
    for (int i = 0; i < severities.size(); ++i)
        m_severity->setItemText(i, severities[i]);
    const QStringList grammars{tr("All grammars"), tr("Verified"), tr("Modelled"), tr("Unknown")};
    for (int i = 0; i < grammars.size(); ++i)
        m_grammar->setItemText(i, grammars[i]);
    if (m_stats)
        m_import->setText(importSummary(*m_stats));
    fitColumns(m_table);
}

void EventLogTab::fitColumns(QTableView *table)
{
    fitColumnTo(table, EventLogModel::ColumnTime, {QStringLiteral("00:00:00.000")});
    fitColumnTo(table, EventLogModel::ColumnPhone,
                {QStringLiteral("SEP001BD4000000"), QStringLiteral("255.255.255.255")});
    QStringList severities, grammars;
    for (const Severity s : {Severity::Debug, Severity::Info, Severity::Notice, Severity::Warning, Severity::Error,
                             Severity::Critical, Severity::Unknown})
        severities.append(EventNames::severity(s));
    for (const Grammar g : {Grammar::Verified, Grammar::Modelled, Grammar::Unknown})
        grammars.append(EventNames::grammar(g));
    fitColumnTo(table, EventLogModel::ColumnSeverity, severities);
    fitColumnTo(table, EventLogModel::ColumnGrammar, grammars);
}

} // namespace pfs
