// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// Log files (console logs, rsyslog files) through the importer into the
// model: any bytes, cut into any chunks, import without a fault, give the
// same result however they are chunked, and leave a model whose invariants
// hold.
#include "fuzzcheck.h"

#include "logs/logimporter.h"
#include "modelinvariants.h"

#include <QBuffer>

using namespace pfs;

namespace {

const FirmwareCatalogue &catalogue()
{
    static const FirmwareCatalogue builtIn = FirmwareCatalogue::builtIn();
    return builtIn;
}

QByteArray summary(const LogImporter &importer, const RolloutModel &model)
{
    const ImportStats &s = importer.stats();
    return "lines=" + QByteArray::number(s.lines) + " records=" + QByteArray::number(s.records)
        + " syslog=" + QByteArray::number(s.syslogLines) + " other=" + QByteArray::number(s.otherSyslogLines)
        + " ignored=" + QByteArray::number(s.ignoredLines) + " truncated=" + QByteArray::number(s.truncatedLines)
        + " phones=" + QByteArray::number(qsizetype(model.phones().size())) + " hierarchies="
        + QByteArray::number(model.hierarchies().size()) + " events=" + QByteArray::number(model.counts().total);
}

void checkImport(const LogImporter &importer, const RolloutModel &model)
{
    const ImportStats &s = importer.stats();
    qint64 byGrammar = 0;
    for (const qint64 n : s.byGrammar)
        byGrammar += n;
    fuzz::check(byGrammar == s.records && s.records == model.counts().total, "import counters disagree",
                [&] { return summary(importer, model); });
    fuzz::check(s.unknownSamples.size() <= LogImporter::kUnknownSamples, "too many unknown samples kept");
    fuzz::check(s.otherSyslogLines <= s.syslogLines && s.syslogLines <= s.lines, "line counters disagree");
    const QByteArray broken = test::modelInvariantViolation(model);
    fuzz::check(broken.isEmpty(), "model invariant broken after import", broken);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Choices choose(fuzz::input(data, size));
    const quint8 piece = choose.byte();
    const QByteArrayView text = choose.rest();
    const QDate reference(2026, 11, 24);

    // As a file: through the binary sniffing of importDevice.
    RolloutModel fromDevice(catalogue());
    LogImporter deviceImporter(&fromDevice, reference);
    QByteArray bytes = text.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const bool imported = deviceImporter.importDevice(&buffer, "console:fuzz", &error);
    // Compressed or UTF-16 files are sniffed after decoding; plain ones as
    // they are, less a UTF-8 byte order mark (the reader drops it first).
    const bool decoded = text.startsWith("\x1f\x8b") || text.startsWith("\xff\xfe") || text.startsWith("\xfe\xff");
    const QByteArrayView plain = text.startsWith("\xef\xbb\xbf") ? text.sliced(3) : text;
    fuzz::check(
        decoded
            || imported
                == LogImporter::binaryReason(plain.first(qMin(plain.size(), LogImporter::kSniffBytes))).isEmpty(),
        "importDevice and binaryReason disagree");
    fuzz::check(imported || !error.isEmpty(), "a refused file without an error");
    if (!imported)
        return 0;
    checkImport(deviceImporter, fromDevice);

    // As a stream cut in pieces: the same import, for text the file reader
    // took as it is (addData does not decompress, decode or strip colours).
    const ImportStats &read = deviceImporter.stats();
    if (read.encoding != LogTextReader::Encoding::Utf8 || read.gzipMembers != 0 || !read.damage.isEmpty()
        || read.escapedLines != 0 || decoded)
        return 0;
    RolloutModel fromPieces(catalogue());
    LogImporter pieceImporter(&fromPieces, reference);
    pieceImporter.setSource("console:fuzz");
    const qsizetype step = 1 + piece % 64;
    for (qsizetype i = 0; i < text.size(); i += step)
        pieceImporter.addData(text.sliced(i, qMin(step, text.size() - i)));
    pieceImporter.finish();
    checkImport(pieceImporter, fromPieces);
    fuzz::check(summary(pieceImporter, fromPieces) == summary(deviceImporter, fromDevice),
                "the import depends on how the text is chunked",
                summary(pieceImporter, fromPieces) + " vs " + summary(deviceImporter, fromDevice));
    return 0;
}
