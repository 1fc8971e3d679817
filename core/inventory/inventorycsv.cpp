// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "inventory/inventorycsv.h"

#include "inventory/phoneidentity.h"
#include "protocol/dloadparser.h"
#include "protocol/visibletext.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <utility>

namespace pfs {
namespace {

using Problem = CsvReader::Problem;

// Enough rows to tell a column of MAC addresses from one of names, few
// enough that choosing columns costs nothing.
constexpr int kSampleRows = 50;
constexpr int kProblemKinds = int(Problem::UnclosedQuote) + 1;

// A kind of row the warnings sum up: how many, and the first one.
struct Tally {
    int count = 0;
    int firstLine = 0;
    QString example; // made visible

    void add(int line, QStringView text = {})
    {
        if (count++ == 0) {
            firstLine = line;
            example = visibleText(text);
        }
    }
};

struct RowTallies {
    Tally withoutIdentity;
    Tally duplicates;
    int firstDuplicated = 0; // the line of the row the first duplicate repeats
    Tally badAddresses;
    Tally unknownModels;
    Tally identityConflicts;
    std::array<Tally, kProblemKinds> problems;
};

QString cell(const CsvReader::Record &record, int column)
{
    return column >= 0 && column < record.fields.size() ? QString::fromUtf8(record.fields[column]) : QString();
}

QStringList cells(const CsvReader::Record &record)
{
    QStringList result;
    for (const QByteArray &field : record.fields)
        result.append(QString::fromUtf8(field));
    return result;
}

// Spreadsheets leave rows of bare separators (";;;;") after the data.
bool isBlank(const CsvReader::Record &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QByteArray &field) { return QByteArrayView(field).trimmed().isEmpty(); });
}

int lineOf(QByteArrayView text, qsizetype position)
{
    const QByteArrayView before = text.first(position);
    const qsizetype crlf = before.count("\r\n");
    return int(before.count('\n') + before.count('\r') - crlf + 1);
}

bool isIpv4(QStringView text)
{
    quint32 address = 0;
    return DLoadParser::parseIpv4(text.trimmed().toLatin1(), &address);
}

// The device name decides; the MAC column serves when there is no usable one.
std::optional<quint64> identityOf(const CsvReader::Record &record, const ColumnMapping &mapping, RowTallies *tallies)
{
    const std::optional<quint64> fromName = macFromText(cell(record, mapping.column(InventoryField::DeviceName)));
    const std::optional<quint64> fromMac = macFromText(cell(record, mapping.column(InventoryField::Mac)));
    if (fromName && fromMac && *fromName != *fromMac)
        tallies->identityConflicts.add(record.line);
    if (!fromName && !fromMac) {
        tallies->withoutIdentity.add(record.line);
        return std::nullopt;
    }
    return fromName ? fromName : fromMac;
}

QString modelOf(const CsvReader::Record &record, const ColumnMapping &mapping, RowTallies *tallies)
{
    const QString text = cell(record, mapping.column(InventoryField::Model));
    if (text.trimmed().isEmpty())
        return text;
    const QString known = knownPhoneModel(text);
    if (!known.isEmpty())
        return known;
    tallies->unknownModels.add(record.line, text);
    return text;
}

quint32 addressOf(const CsvReader::Record &record, const ColumnMapping &mapping, RowTallies *tallies)
{
    const QString text = cell(record, mapping.column(InventoryField::Address)).trimmed();
    quint32 address = 0;
    if (!text.isEmpty() && !DLoadParser::parseIpv4(text.toLatin1(), &address))
        tallies->badAddresses.add(record.line, text);
    return address;
}

std::optional<InventoryPhone> phoneFrom(const CsvReader::Record &record, const ColumnMapping &mapping,
                                        RowTallies *tallies)
{
    const std::optional<quint64> mac = identityOf(record, mapping, tallies);
    if (!mac)
        return std::nullopt;
    InventoryPhone phone;
    phone.mac = *mac;
    phone.name = deviceNameOf(*mac);
    phone.model = modelOf(record, mapping, tallies);
    phone.address = addressOf(record, mapping, tallies);
    phone.description = cell(record, mapping.column(InventoryField::Description));
    phone.devicePool = cell(record, mapping.column(InventoryField::DevicePool));
    phone.load = cell(record, mapping.column(InventoryField::Load));
    phone.line = record.line;
    return phone;
}

// The rows of a list, one at a time: phones kept, the others counted.
class RowCollector {
public:
    RowCollector(const ColumnMapping &mapping, int maxRows)
        : m_mapping(mapping)
        , m_maxRows(maxRows)
    {
    }

    void add(const CsvReader::Record &record)
    {
        if (m_rows == m_maxRows) {
            m_truncated = true;
            return;
        }
        ++m_rows;
        if (record.problem != Problem::None) {
            m_tallies.problems[size_t(record.problem)].add(record.line);
            return;
        }
        std::optional<InventoryPhone> phone = phoneFrom(record, m_mapping, &m_tallies);
        if (phone && !isDuplicate(*phone))
            m_phones.append(std::move(*phone));
    }

    int rows() const { return m_rows; }
    bool truncated() const { return m_truncated; }
    const RowTallies &tallies() const { return m_tallies; }
    QList<InventoryPhone> takePhones() { return std::move(m_phones); }

private:
    bool isDuplicate(const InventoryPhone &phone)
    {
        const auto first = m_lineOfMac.constFind(phone.mac);
        if (first == m_lineOfMac.cend()) {
            m_lineOfMac.insert(phone.mac, phone.line);
            return false;
        }
        if (m_tallies.duplicates.count == 0)
            m_tallies.firstDuplicated = *first;
        m_tallies.duplicates.add(phone.line);
        return true;
    }

    const ColumnMapping &m_mapping;
    RowTallies m_tallies;
    QHash<quint64, int> m_lineOfMac;
    QList<InventoryPhone> m_phones;
    int m_maxRows;
    int m_rows = 0;
    bool m_truncated = false;
};

// The column most of whose non-empty cells `fits`, among those not taken; -1 when none.
int columnOfKind(const QList<QStringList> &rows, const ColumnMapping &mapping,
                 const std::function<bool(QStringView)> &fits)
{
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, row.size());
    int best = ColumnMapping::kNoColumn;
    int bestFits = 0;
    for (int column = 0; column < int(width); ++column) {
        if (std::find(mapping.columns.cbegin(), mapping.columns.cend(), column) != mapping.columns.cend())
            continue;
        int filled = 0, fitting = 0;
        for (const QStringList &row : rows) {
            const QStringView value = column < row.size() ? QStringView(row[column]).trimmed() : QStringView();
            filled += value.isEmpty() ? 0 : 1;
            fitting += !value.isEmpty() && fits(value) ? 1 : 0;
        }
        if (fitting > bestFits && fitting * 2 >= filled) {
            best = column;
            bestFits = fitting;
        }
    }
    return best;
}

QStringList rowWarnings(const RowTallies &tallies, const std::function<QString(Problem)> &problemText)
{
    QStringList warnings;
    for (int kind = 0; kind < kProblemKinds; ++kind) {
        const Tally &t = tallies.problems[size_t(kind)];
        if (t.count > 0 && Problem(kind) == Problem::UnclosedQuote)
            warnings.append(InventoryCsv::tr("line %1: a quoted field opened there is never closed: the rest of "
                                             "the file was skipped")
                                .arg(t.firstLine));
        else if (t.count > 0)
            warnings.append(InventoryCsv::tr("%n row(s) skipped: %1 (first at line %2)", nullptr, t.count)
                                .arg(problemText(Problem(kind)))
                                .arg(t.firstLine));
    }
    if (const Tally &t = tallies.withoutIdentity; t.count > 0)
        warnings.append(InventoryCsv::tr("%n row(s) without a usable device name or MAC address skipped (first at "
                                         "line %1)",
                                         nullptr, t.count)
                            .arg(t.firstLine));
    if (const Tally &t = tallies.duplicates; t.count > 0)
        warnings.append(InventoryCsv::tr("%n row(s) repeating an earlier phone skipped, the first kept (line %1 "
                                         "repeats line %2)",
                                         nullptr, t.count)
                            .arg(t.firstLine)
                            .arg(tallies.firstDuplicated));
    if (const Tally &t = tallies.identityConflicts; t.count > 0)
        warnings.append(InventoryCsv::tr("%n row(s) whose MAC address is not the device name's kept under the "
                                         "device name (first at line %1)",
                                         nullptr, t.count)
                            .arg(t.firstLine));
    if (const Tally &t = tallies.badAddresses; t.count > 0)
        warnings.append(InventoryCsv::tr("%n row(s) whose IP address is not an IPv4 address kept without one "
                                         "(first at line %1: %2)",
                                         nullptr, t.count)
                            .arg(t.firstLine)
                            .arg(t.example));
    if (const Tally &t = tallies.unknownModels; t.count > 0)
        warnings.append(InventoryCsv::tr("%n row(s) with a model pfsmon does not know kept as written (first at "
                                         "line %1: %2)",
                                         nullptr, t.count)
                            .arg(t.firstLine)
                            .arg(t.example));
    return warnings;
}

InventoryCounts countsOf(const RowTallies &tallies, int rows, bool truncated)
{
    InventoryCounts counts;
    counts.rows = rows;
    counts.withoutIdentity = tallies.withoutIdentity.count;
    counts.duplicates = tallies.duplicates.count;
    for (const Tally &t : tallies.problems)
        counts.malformed += t.count;
    counts.badAddresses = tallies.badAddresses.count;
    counts.unknownModels = tallies.unknownModels.count;
    counts.identityConflicts = tallies.identityConflicts.count;
    counts.truncated = truncated;
    return counts;
}

// Excel workbooks are what people pick first: say so rather than "binary".
bool isWorkbook(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0");
}

} // namespace

InventoryCsv::InventoryCsv()
    : InventoryCsv(InventoryLimits())
{
}

InventoryCsv::InventoryCsv(InventoryLimits limits)
    : m_limits(limits)
{
}

bool InventoryCsv::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("cannot read %1: %2").arg(path, file.errorString()));
    if (!file.isSequential() && file.size() > m_limits.maxFileBytes)
        return refuse(tr("phone list %1: %2").arg(path, tooLarge()));
    // One byte more than allowed tells a pipe too long from one just long enough.
    const QByteArray bytes = file.read(m_limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("cannot read %1: %2").arg(path, file.errorString()));
    if (!loadBytes(bytes))
        return refuse(tr("phone list %1: %2").arg(path, m_error));
    return true;
}

bool InventoryCsv::loadBytes(const QByteArray &bytes)
{
    *this = InventoryCsv(m_limits);
    if (bytes.size() > m_limits.maxFileBytes)
        return refuse(tooLarge());
    if (isWorkbook(bytes))
        return refuse(tr("an Excel workbook, not CSV: save it as CSV first"));
    decode(bytes);
    if (const qsizetype nul = m_text.indexOf('\0'); nul >= 0)
        return refuse(tr("line %1 holds a NUL byte: not a text file").arg(lineOf(m_text, nul)));
    findBody();
    if (!readHeader())
        return false;
    proposeMapping();
    m_loaded = true;
    return true;
}

bool InventoryCsv::refuse(const QString &error)
{
    m_error = error;
    m_loaded = false;
    return false;
}

// Everything becomes UTF-8 once, so the reader has one encoding to scan.
void InventoryCsv::decode(const QByteArray &bytes)
{
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom == QStringConverter::Utf8) {
        m_text = bytes.sliced(3);
    } else if (bom) {
        QStringDecoder decoder(*bom); // drops the BOM
        m_text = QString(decoder(bytes)).toUtf8();
    } else if (QByteArrayView(bytes).isValidUtf8()) {
        m_text = bytes;
    } else {
        // Excel's plain "CSV" is in the Windows code page: 1252 in Western Europe.
        QStringDecoder decoder("windows-1252");
        if (!decoder.isValid()) // Qt without ICU
            decoder = QStringDecoder(QStringConverter::Latin1);
        m_text = QString(decoder(bytes)).toUtf8();
        m_encodingWarnings.append(tr("not UTF-8: read as Windows-1252, as Excel saves CSV"));
    }
}

// Past leading empty lines, and past Excel's "sep=;" line, which names the separator.
void InventoryCsv::findBody()
{
    while (m_bodyStart < m_text.size() && (m_text[m_bodyStart] == '\n' || m_text[m_bodyStart] == '\r'))
        ++m_bodyStart;
    m_bodyLine = lineOf(m_text, m_bodyStart);
    const QByteArrayView rest = QByteArrayView(m_text).sliced(m_bodyStart);
    const bool sepLine = rest.size() >= 5 && rest.first(4).compare("sep=", Qt::CaseInsensitive) == 0
        && QByteArrayView(",;\t|").contains(rest[4]) && (rest.size() == 5 || rest[5] == '\r' || rest[5] == '\n');
    if (!sepLine) {
        m_separator = CsvReader::detectSeparator(rest);
        return;
    }
    m_separator = rest[4];
    m_bodyStart += 5;
    if (m_bodyStart < m_text.size() && m_text[m_bodyStart] == '\r')
        ++m_bodyStart;
    if (m_bodyStart < m_text.size() && m_text[m_bodyStart] == '\n')
        ++m_bodyStart;
    m_bodyLine = lineOf(m_text, m_bodyStart);
}

bool InventoryCsv::readHeader()
{
    CsvReader reader = bodyReader();
    CsvReader::Record record;
    while (reader.next(&record)) {
        if (isBlank(record))
            continue;
        if (record.problem != Problem::None)
            return refuse(
                tr("line %1: the first row cannot be read: %2").arg(record.line).arg(problemText(record.problem)));
        m_headers = cells(record);
        return true;
    }
    return refuse(tr("the file is empty"));
}

void InventoryCsv::proposeMapping()
{
    m_proposed = ColumnMapping::fromHeaders(m_headers);
    if (m_proposed.hasIdentity())
        return;
    // No header names the phone: perhaps there is no header at all.
    const bool headerless = std::any_of(m_headers.cbegin(), m_headers.cend(),
                                        [](const QString &c) { return macFromText(c).has_value(); });
    if (headerless) {
        m_proposed.firstRowIsHeader = false;
        m_proposalWarnings.append(tr("the first row holds a phone, not column names: it is read as one"));
    }
    QList<QStringList> sample = previewRows(kSampleRows + 1);
    if (!headerless && !sample.isEmpty())
        sample.removeFirst();
    chooseColumnsByContents(&m_proposed, sample);
}

void InventoryCsv::chooseColumnsByContents(ColumnMapping *mapping, const QList<QStringList> &rows)
{
    const std::pair<InventoryField, std::function<bool(QStringView)>> kinds[] = {
        {InventoryField::Mac, [](QStringView v) { return macFromText(v).has_value(); }},
        {InventoryField::Model, [](QStringView v) { return !knownPhoneModel(v).isEmpty(); }},
        {InventoryField::Address, isIpv4},
    };
    for (const auto &[field, fits] : kinds) {
        if (mapping->column(field) != ColumnMapping::kNoColumn)
            continue;
        const int column = columnOfKind(rows, *mapping, fits);
        if (column == ColumnMapping::kNoColumn)
            continue;
        mapping->setColumn(field, column);
        if (mapping->firstRowIsHeader)
            m_proposalWarnings.append(tr("%1: no column name matches; column %2 (\"%3\") was chosen by its contents")
                                          .arg(ColumnMapping::fieldLabel(field))
                                          .arg(column + 1)
                                          .arg(visibleText(m_headers.value(column))));
    }
}

QList<QStringList> InventoryCsv::previewRows(int count) const
{
    QList<QStringList> rows;
    CsvReader reader = bodyReader();
    CsvReader::Record record;
    while (rows.size() < count && reader.next(&record)) {
        if (!isBlank(record))
            rows.append(cells(record));
    }
    return rows;
}

InventoryResult InventoryCsv::read(const ColumnMapping &mapping) const
{
    InventoryResult result;
    if (!m_loaded) {
        result.error = m_error.isEmpty() ? tr("no phone list was loaded") : m_error;
        return result;
    }
    if (!mapping.hasIdentity()) {
        result.error = tr("no column is chosen for the device name or the MAC address");
        return result;
    }
    RowCollector rows(mapping, m_limits.maxRows);
    CsvReader reader = bodyReader();
    CsvReader::Record record;
    bool headerToSkip = mapping.firstRowIsHeader;
    while (!rows.truncated() && reader.next(&record)) {
        if (!isBlank(record) && !std::exchange(headerToSkip, false))
            rows.add(record);
    }
    result.phones = rows.takePhones();
    result.counts = countsOf(rows.tallies(), rows.rows(), rows.truncated());
    result.warnings = m_encodingWarnings;
    if (mapping == m_proposed)
        result.warnings += m_proposalWarnings;
    result.warnings += rowWarnings(rows.tallies(), [this](Problem p) { return problemText(p); });
    if (rows.truncated())
        result.warnings.append(tr("more than %1 rows: only the first %1 were read").arg(m_limits.maxRows));
    return result;
}

QString InventoryCsv::tooLarge() const
{
    return tr("larger than %1 MiB, more than any phone list").arg(m_limits.maxFileBytes >> 20);
}

CsvReader InventoryCsv::bodyReader() const
{
    return CsvReader(QByteArrayView(m_text).sliced(m_bodyStart), m_separator, m_limits.record, m_bodyLine);
}

QString InventoryCsv::problemText(Problem problem) const
{
    switch (problem) {
    case Problem::None: return {};
    case Problem::TooManyFields: return tr("more than %1 fields").arg(m_limits.record.maxFields);
    case Problem::FieldTooLong: return tr("a field longer than %1 bytes").arg(m_limits.record.maxFieldBytes);
    case Problem::TextAfterQuote: return tr("text after the closing quote of a field");
    case Problem::UnclosedQuote: return tr("a quoted field is never closed");
    }
    return {};
}

} // namespace pfs
