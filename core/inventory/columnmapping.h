// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

// Which column of a phone list holds what: proposed from the header names
// (fromHeaders()), shown in a preview, corrected by the user, then applied
// (InventoryCsv::read()).
namespace pfs {

enum class InventoryField : quint8 { DeviceName, Mac, Model, Address, Description, DevicePool, Load };
inline constexpr int kInventoryFieldCount = 7;

struct ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    static constexpr int kNoColumn = -1;

    std::array<int, kInventoryFieldCount> columns{kNoColumn, kNoColumn, kNoColumn, kNoColumn,
                                                  kNoColumn, kNoColumn, kNoColumn};
    bool firstRowIsHeader = true; // false: the first row is a phone, columns are known by position

    int column(InventoryField field) const { return columns[size_t(field)]; }
    void setColumn(InventoryField field, int column) { columns[size_t(field)] = column; }
    // A phone is known by its device name or its MAC: without either column nothing can be read.
    bool hasIdentity() const;
    bool operator==(const ColumnMapping &other) const
    {
        return columns == other.columns && firstRowIsHeader == other.firstRowIsHeader;
    }

    // Each field's column found by its header name, tolerant of case, spaces,
    // punctuation and accents, among the names CUCM's exports use (and the
    // usual hand-made ones); a column serves one field at most.
    static ColumnMapping fromHeaders(const QStringList &headers);
    // "Device Pool", "device_pool", "DEVICE-POOL" -> "devicepool".
    static QString normalisedHeader(const QString &header);
    // The field's name in the user's language, for a preview's column chooser.
    static QString fieldLabel(InventoryField field);
};

} // namespace pfs
