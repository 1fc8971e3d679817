// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "inventory/columnmapping.h"
#include "inventory/csvreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The site's phone list, as CUCM exports it (Bulk Administration "Export
// Phones", the Find and List Phones page, a device list from RTMT) or as
// someone typed it into a spreadsheet: CSV in UTF-8 (with or without a BOM),
// UTF-16 with a BOM (Excel's "Unicode text") or Windows-1252 (Excel's CSV in
// most Western European languages), separated by ',', ';' (a French Excel) or
// tabs, found from the header line, or given by an Excel "sep=;" first line.
//
// Use: load the file, show headers(), previewRows() and proposedMapping() to
// the user, let them correct the mapping, then read(mapping).
//
// A file is untrusted and read whole, so it is bounded (InventoryLimits). A
// file beyond the size bound, empty, binary or without a readable first row
// is refused with one line (error()). Rows are counted and skipped, never
// fatal: malformed or beyond a bound, without a usable device name or MAC,
// duplicates; each kind is summed up in one warning line. Text from the file
// (descriptions, pools, loads, unknown models) is kept as read: show it
// through visibleText(). Warnings quote it already made visible.
namespace pfs {

struct InventoryPhone {
    QString name;        // "SEP" + 12 upper-case hex digits: the device name, or the one CUCM gives its MAC
    quint64 mac = 0;     // never 0 for a phone read
    QString model;       // the phone's own name when pfsmon knows the model ("CP-7961G"), else as read
    quint32 address = 0; // IPv4 in host order; 0 when the list gives none
    QString description; // as read
    QString devicePool;  // as read
    QString load;        // as read ("SCCP41.9-4-2SR2-2S", or empty: the device default)
    int line = 0;        // the line its row starts on, from 1
};

// Rows after the header, blank ones aside: rows == phones + withoutIdentity + duplicates + malformed.
struct InventoryCounts {
    int rows = 0;
    int withoutIdentity = 0;   // skipped: no usable device name or MAC address
    int duplicates = 0;        // skipped: the same MAC as an earlier row, which is kept
    int malformed = 0;         // skipped: beyond a field bound, or not CSV
    int badAddresses = 0;      // kept without an address: not a dotted-quad IPv4 address
    int unknownModels = 0;     // kept with the model as read
    int identityConflicts = 0; // kept under the device name: the MAC column names another phone
    bool truncated = false;    // more rows than InventoryLimits::maxRows: the rest was not read
};

struct InventoryResult {
    QList<InventoryPhone> phones; // in file order, line numbers increasing
    InventoryCounts counts;
    QStringList warnings; // one line each: the load's (the proposal's only when it was read), then the rows'
    QString error;        // one line; set when nothing could be read
};

struct InventoryLimits {
    // The file is read whole: ~130,000 phones at the ~500 bytes a row of
    // tests/data/inventory/bat-export-all-details.csv ("All Details").
    qint64 maxFileBytes = qint64(64) << 20;
    int maxRows = 200'000; // far more phones than one rollout watches
    CsvReader::Limits record;
};

class InventoryCsv {
    Q_DECLARE_TR_FUNCTIONS(InventoryCsv)
public:
    InventoryCsv();
    explicit InventoryCsv(InventoryLimits limits);

    // False with error() when the file is refused; true leaves it ready to read.
    bool loadFile(const QString &path);
    bool loadBytes(const QByteArray &bytes);
    QString error() const { return m_error; }

    char separator() const { return m_separator; }
    QStringList headers() const { return m_headers; } // the first row's cells, as read
    ColumnMapping proposedMapping() const { return m_proposed; }
    // How the file was read (its encoding) and how the proposal was made
    // (columns chosen by their contents, no header row), for the preview.
    QStringList loadWarnings() const { return m_encodingWarnings + m_proposalWarnings; }
    // The file's first `count` rows (the header row included), cells as read, for a preview.
    QList<QStringList> previewRows(int count) const;

    InventoryResult read(const ColumnMapping &mapping) const;

private:
    bool refuse(const QString &error);
    void decode(const QByteArray &bytes);
    void findBody();
    bool readHeader();
    void proposeMapping();
    void chooseColumnsByContents(ColumnMapping *mapping, const QList<QStringList> &rows);
    CsvReader bodyReader() const;
    QString problemText(CsvReader::Problem problem) const;
    QString tooLarge() const;

    InventoryLimits m_limits;
    QByteArray m_text; // UTF-8, without a BOM
    qsizetype m_bodyStart = 0;
    int m_bodyLine = 1; // the line m_bodyStart is on
    char m_separator = ',';
    QStringList m_headers;
    ColumnMapping m_proposed;
    QStringList m_encodingWarnings;
    QStringList m_proposalWarnings;
    QString m_error;
    bool m_loaded = false;
};

} // namespace pfs
