// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/exporter.h"

#include "export/dataexport.h"
#include "export/snapshot.h"
#include "export/treeimage.h"

namespace pfs {

const QList<ExportFormat> &Exporter::formats()
{
    static const QList<ExportFormat> all{ExportFormat::Png,  ExportFormat::Svg, ExportFormat::Pdf,
                                         ExportFormat::Json, ExportFormat::Csv, ExportFormat::Dot};
    return all;
}

QString Exporter::name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Dot: return QStringLiteral("dot");
    }
    return {};
}

std::optional<ExportFormat> Exporter::fromName(const QString &name)
{
    for (const ExportFormat format : formats()) {
        if (name.compare(Exporter::name(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

bool Exporter::isImage(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Svg || format == ExportFormat::Pdf;
}

bool Exporter::write(const ExportSource &source, ExportFormat format, const QString &path, const ExportOptions &options,
                     QString *error)
{
    const RolloutModel &model = *source.model;
    switch (format) {
    case ExportFormat::Png:
    case ExportFormat::Svg:
    case ExportFormat::Pdf: return TreeImage::write(source, format, path, options, error);
    case ExportFormat::Json:
        return Snapshot::write(model, source.bandwidth, {source.origin, options.wanBitsPerSecond}, path, error);
    case ExportFormat::Csv: return DataExport::writeAtomically(path, DataExport::csv(model), error);
    case ExportFormat::Dot: return DataExport::writeAtomically(path, DataExport::dot(model, options.hierarchy), error);
    }
    return false;
}

} // namespace pfs
