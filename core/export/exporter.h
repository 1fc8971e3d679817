// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/bandwidth.h"
#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Every export of the rollout, for the window and the command line alike:
// the one list of formats and the one place that writes each.
namespace pfs {

enum class ExportFormat { Png, Svg, Pdf, Json, Csv, Dot };

// The state of the rollout an export is made of, at one time.
struct ExportSource {
    const RolloutModel *model = nullptr;
    BandwidthReport bandwidth;
    qint64 clockMs = 0;    // the rollout's "now" (the time of the snapshot)
    QString origin;        // what was read: "demo", a file name, "live"
    qint64 exportedMs = 0; // when the export is made (wall clock); 0: now
};

struct ExportOptions {
    HierarchyId hierarchy = kNoHierarchy; // the hierarchy drawn or written; none: every one
    double scale = 2.0;                   // PNG: pixels per scene unit
    bool paginate = false;                // PDF: tile across pages instead of fitting one
    qint64 wanBitsPerSecond = 2'000'000;
};

class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // In the order menus offer them.
    static const QList<ExportFormat> &formats();
    static QString name(ExportFormat format); // "png": option value and file suffix
    static std::optional<ExportFormat> fromName(const QString &name);
    // Drawn from the trees (PNG, SVG, PDF), rather than written as data.
    static bool isImage(ExportFormat format);

    // Written atomically; false with `error` set (one line) when it cannot be.
    static bool write(const ExportSource &source, ExportFormat format, const QString &path,
                      const ExportOptions &options, QString *error);
};

} // namespace pfs
