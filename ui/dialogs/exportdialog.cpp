// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/dialogs/exportdialog.h"

#include "export/displayformat.h"
#include "export/snapshot.h"
#include "export/treeimage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace pfs {

ExportDialog::ExportDialog(const ExportSource *source, const ExportOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_options(options)
    , m_format(new QComboBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_paginate(new QCheckBox(tr("Spread over pages instead of fitting one"), this))
    , m_preview(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);
    for (const ExportFormat each : Exporter::formats())
        m_format->addItem(Exporter::name(each).toUpper(), int(each));
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(options.scale);
    m_paginate->setChecked(options.paginate);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setMinimumWidth(460);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("PNG scale"), m_scale);
    form->addRow(tr("PDF"), m_paginate);
    form->addRow(tr("Will write"), m_preview);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b03a2e; font-weight: bold"));
    m_warning->hide();
    form->addRow(m_warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save as…"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::refresh);
    connect(m_paginate, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions chosen = m_options;
    chosen.scale = m_scale->value();
    chosen.paginate = m_paginate->isChecked();
    return chosen;
}

void ExportDialog::refresh()
{
    m_scale->setEnabled(format() == ExportFormat::Png);
    m_paginate->setEnabled(format() == ExportFormat::Pdf);
    m_preview->setText(preview(m_source, format(), options()));
    const bool png = m_source && format() == ExportFormat::Png;
    const QSize pixels = png ? TreeImage::pngSize(*m_source, options()) : QSize();
    const QString warn = png ? pngWarning(pixels) : QString();
    m_warning->setText(warn);
    m_warning->setVisible(!warn.isEmpty());
    m_save->setEnabled(m_source != nullptr && !(png && TreeImage::pngTooLarge(pixels)));
}

QString ExportDialog::warning() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

QString ExportDialog::pngWarning(QSize pixels)
{
    // Held whole in memory while painted, four bytes a pixel; viewers and
    // browsers refuse or crawl past about 16,000 pixels a side.
    const qint64 bytes = qint64(pixels.width()) * pixels.height() * 4;
    const QString size = DisplayFormat::size(bytes, QLocale());
    if (TreeImage::pngTooLarge(pixels))
        return tr("Too large to write: %1 × %2 pixels would take %3 of memory. Lower the scale, choose one "
                  "hierarchy, or export SVG or PDF.")
            .arg(QLocale().toString(pixels.width()), QLocale().toString(pixels.height()), size);
    if (std::max(pixels.width(), pixels.height()) > 16000 || bytes > 256'000'000)
        return tr("A very large image: %1 × %2 pixels, %3 of memory while it is made; many viewers cannot open "
                  "it. Lower the scale, or export SVG or PDF.")
            .arg(QLocale().toString(pixels.width()), QLocale().toString(pixels.height()), size);
    return {};
}

QString ExportDialog::preview(const ExportSource *source, ExportFormat format, const ExportOptions &options)
{
    if (!source)
        return tr("Nothing to export yet: start the demo, listen, or open a file.");
    const RolloutModel &model = *source->model;
    const Hierarchy *shown = model.hierarchy(options.hierarchy);
    const QString what = shown
        ? tr("hierarchy %1 (%n phone(s))", nullptr, int(shown->members.size())).arg(model.hierarchyName(*shown))
        : tr("all %n hierarchies", nullptr, int(model.hierarchies().size()));
    qint64 rows = 0;
    switch (format) {
    case ExportFormat::Png: {
        const QSize size = TreeImage::pngSize(*source, options);
        return tr("PNG image of the tree of %1, %2 × %3 pixels.").arg(what).arg(size.width()).arg(size.height());
    }
    case ExportFormat::Svg: return tr("SVG drawing (vector, text kept as text) of the tree of %1.").arg(what);
    case ExportFormat::Pdf:
        return tr("PDF of the tree of %1 on %n A4 page(s), each with this header:\n%2", nullptr,
                  TreeImage::pdfPages(*source, options))
            .arg(what, TreeImage::header(*source, options.hierarchy).join(QLatin1Char('\n')));
    case ExportFormat::Csv:
        for (const Phone &phone : model.phones())
            rows += phone.merged ? 0 : qMax<qsizetype>(1, phone.components.size());
        return tr("CSV, UTF-8 with a header row: %n row(s), one per phone per component.", nullptr, int(rows));
    case ExportFormat::Dot:
        return tr("Graphviz DOT of the tree of %1, nodes labelled with phone and progress.").arg(what);
    case ExportFormat::Json: break;
    }
    return tr("JSON snapshot (%1) of %n hierarchies and every phone.", nullptr, int(model.hierarchies().size()))
        .arg(Snapshot::kSchema);
}

} // namespace pfs
