// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/dialogs/exportdialog.h"

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
    m_save->setEnabled(m_source != nullptr);
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
