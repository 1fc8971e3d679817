// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// A site's phone list (any file a user may pick as the inventory): loading
// never faults and refuses in one line; reading, with the proposed mapping
// and with one the user might choose, keeps within the bounds (rows, fields,
// field bytes), accounts for every row, returns only phones known by a SEP
// name and a MAC, each once, in increasing line order, and warns in single
// lines with nothing hidden in them.
//
// Input: two bytes of choices (small bounds or the shipped ones; the seed of
// a mapping to try), then the file.
#include "fuzzcheck.h"

#include "inventory/inventorycsv.h"
#include "inventory/phoneidentity.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>

using namespace pfs;

namespace {

bool isOneLine(const QString &text)
{
    return !text.isEmpty() && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

// Small bounds let a few kilobytes of input reach every one of them.
InventoryLimits limitsFrom(fuzz::Choices *choices)
{
    InventoryLimits limits;
    const quint8 choice = choices->byte();
    if (choice & 1) {
        limits.maxFileBytes = 64 + choice * 8;
        limits.maxRows = 1 + choice % 16;
        limits.record.maxFields = 1 + choice % 8;
        limits.record.maxFieldBytes = 1 + choice % 32;
    }
    return limits;
}

// A mapping a user could set in the preview: any field on any column, or none.
ColumnMapping chosenMapping(fuzz::Choices *choices)
{
    QRandomGenerator random(choices->byte()); // one byte, so seed files stay files
    ColumnMapping mapping;
    for (int &column : mapping.columns)
        column = random.bounded(-2, 8);
    mapping.firstRowIsHeader = random.bounded(2) == 0;
    return mapping;
}

void checkPhone(const InventoryPhone &phone, const InventoryLimits &limits)
{
    fuzz::check(phone.mac != 0 && phone.mac <= 0xFFFFFFFFFFFFULL, "a phone without a MAC");
    fuzz::check(phone.name == deviceNameOf(phone.mac), "a phone whose name is not its MAC's SEP name",
                [&] { return phone.name.toUtf8(); });
    // A field is cut at maxFieldBytes bytes, and no byte decodes to more than
    // one UTF-16 unit; a known model is written the phone's way, whatever its length.
    const bool modelRewritten = knownPhoneModel(phone.model) == phone.model;
    for (const QString *text : {&phone.description, &phone.devicePool, &phone.load, &phone.model}) {
        if (text != &phone.model || !modelRewritten)
            fuzz::check(text->size() <= limits.record.maxFieldBytes, "a field beyond its bound");
    }
}

void checkResult(const InventoryResult &result, const ColumnMapping &mapping, const InventoryLimits &limits)
{
    if (!mapping.hasIdentity()) {
        fuzz::check(isOneLine(result.error) && result.phones.isEmpty(), "a mapping without identity read");
        return;
    }
    fuzz::check(result.error.isEmpty(), "an error for a loaded file", [&] { return result.error.toUtf8(); });
    const InventoryCounts &c = result.counts;
    fuzz::check(c.rows <= limits.maxRows, "more rows than the bound");
    fuzz::check(!c.truncated || c.rows == limits.maxRows, "truncated short of the bound");
    fuzz::check(c.rows == result.phones.size() + c.withoutIdentity + c.duplicates + c.malformed,
                "rows not accounted for");
    int lastLine = 0;
    QSet<quint64> macs;
    for (const InventoryPhone &phone : result.phones) {
        checkPhone(phone, limits);
        fuzz::check(phone.line > lastLine, "line numbers not increasing");
        lastLine = phone.line;
        fuzz::check(!macs.contains(phone.mac), "a phone returned twice");
        macs.insert(phone.mac);
    }
    for (const QString &warning : result.warnings) {
        fuzz::check(isOneLine(warning), "a warning of several lines", [&] { return warning.toUtf8(); });
        fuzz::check(test::hiddenCharacter(warning).isEmpty(), "a warning hiding a character",
                    [&] { return test::hiddenCharacter(warning).toUtf8(); });
    }
}

void checkLoaded(const InventoryCsv &csv, const InventoryLimits &limits)
{
    fuzz::check(csv.error().isEmpty(), "an error for a file that loaded");
    fuzz::check(QByteArrayView(",;\t|").contains(csv.separator()), "an unknown separator");
    fuzz::check(csv.headers().size() <= limits.record.maxFields, "a header beyond the field bound");
    const QList<QStringList> preview = csv.previewRows(3);
    fuzz::check(preview.size() <= 3 && !preview.isEmpty(), "a preview of the wrong size");
    for (const QStringList &row : preview)
        fuzz::check(row.size() <= limits.record.maxFields, "a preview row beyond the field bound");
    for (const QString &warning : csv.loadWarnings())
        fuzz::check(isOneLine(warning) && test::hiddenCharacter(warning).isEmpty(), "a bad load warning");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::Choices choices(fuzz::input(data, size));
    const InventoryLimits limits = limitsFrom(&choices);
    const ColumnMapping chosen = chosenMapping(&choices);
    InventoryCsv csv(limits);
    if (!csv.loadBytes(choices.rest().toByteArray())) {
        fuzz::check(isOneLine(csv.error()), "a refusal not in one line", [&] { return csv.error().toUtf8(); });
        fuzz::check(csv.read(csv.proposedMapping()).phones.isEmpty(), "phones from a refused file");
        return 0;
    }
    checkLoaded(csv, limits);
    checkResult(csv.read(csv.proposedMapping()), csv.proposedMapping(), limits);
    checkResult(csv.read(chosen), chosen, limits);
    return 0;
}
