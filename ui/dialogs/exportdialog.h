// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "export/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

// File ▸ Export: a format, its options, and a preview of what will be
// written (the PNG's pixels, the PDF's pages and header, the CSV's rows),
// before any file is chosen.
namespace pfs {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `source` null: nothing to export yet (the preview says so).
    ExportDialog(const ExportSource *source, const ExportOptions &options, QWidget *parent = nullptr);

    ExportFormat format() const;
    ExportOptions options() const;

    static QString preview(const ExportSource *source, ExportFormat format, const ExportOptions &options);
    // What to know of a PNG of `pixels` before choosing a file: empty when
    // it is of an ordinary size; else how large it is and what to do.
    static QString pngWarning(QSize pixels);
    // The warning shown under the preview (empty: hidden).
    QString warning() const;

private:
    void refresh();

    const ExportSource *m_source;
    ExportOptions m_options;
    QComboBox *m_format;
    QDoubleSpinBox *m_scale;
    QCheckBox *m_paginate;
    QLabel *m_preview;
    QLabel *m_warning;
    QPushButton *m_save;
};

} // namespace pfs
