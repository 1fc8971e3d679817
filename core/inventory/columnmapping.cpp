// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "inventory/columnmapping.h"

#include <QList>

#include <algorithm>

namespace pfs {
namespace {

// Header names per field, normalised, the likeliest first. Where they come from:
//  - CUCM Bulk Administration, "Export the Fields for All Phone Details
//    Option" (Bulk Administration Guide for CUCM, Release 15, chapter
//    "Text-Based CSV Files", cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/bat/15/):
//    "Device Name", "Description", "Device Pool", "Phone Load Name",
//    "Device Type", "Device Protocol", then per line "Directory Number 1"…;
//    its phone file formats name "MAC Address", and files made with BAT's
//    "Create File Format" write the names in upper case ("MAC ADDRESS,
//    DESCRIPTION,DIRECTORY NUMBER 1").
//  - CUCM Administration's Find and List Phones table: "Device Name(Line)",
//    "Description", "Device Pool", "Device Protocol", "Status",
//    "IPv4 Address".
//  - RisPort70's SelectCmDevice (the real-time data RTMT's device search
//    shows): Name, IPAddress, Description, DirNumber, ActiveLoadID; AXL calls
//    the device type "product". "Load Information" and "Model" as RTMT or a
//    report may title them were not found in a public source: kept as
//    likely names.
//  - Hand-made lists, in English and French: "MAC", "IP", "Modèle",
//    "Adresse MAC", "Adresse IP", "Firmware".
// "Name" alone is a device name when nothing better is there; a column of
// people's names under it reads as phones without a usable name, and the
// device name then falls back to the MAC column.
struct FieldNames {
    InventoryField field;
    QList<QLatin1StringView> names;
};

QList<FieldNames> knownHeaderNames()
{
    using L = QLatin1StringView;
    return {
        {InventoryField::DeviceName,
         {L("devicename"), L("devicenameline"), L("phonename"), L("nomduperipherique"), L("nomdelappareil"),
          L("device"), L("name")}},
        {InventoryField::Mac, {L("macaddress"), L("mac"), L("macaddr"), L("adressemac")}},
        {InventoryField::Model,
         {L("devicetype"), L("model"), L("phonemodel"), L("phonetype"), L("product"), L("modele"), L("typedappareil"),
          L("type")}},
        {InventoryField::Address, {L("ipaddress"), L("ipv4address"), L("ip"), L("ipv4"), L("ipaddr"), L("adresseip")}},
        {InventoryField::Description, {L("description"), L("devicedescription"), L("desc")}},
        {InventoryField::DevicePool, {L("devicepool"), L("devicepoolname"), L("pool")}},
        {InventoryField::Load,
         {L("phoneloadname"), L("loadinformation"), L("activeloadid"), L("activeload"), L("loadid"), L("loadname"),
          L("phoneload"), L("load"), L("firmwareload"), L("firmwareversion"), L("firmware")}},
    };
}

} // namespace

bool ColumnMapping::hasIdentity() const
{
    return column(InventoryField::DeviceName) >= 0 || column(InventoryField::Mac) >= 0;
}

ColumnMapping ColumnMapping::fromHeaders(const QStringList &headers)
{
    QStringList normalised;
    for (const QString &header : headers)
        normalised.append(normalisedHeader(header));
    QList<bool> taken(normalised.size(), false);
    ColumnMapping mapping;
    for (const FieldNames &known : knownHeaderNames()) {
        for (const QLatin1StringView name : known.names) {
            const auto match = std::find_if(normalised.cbegin(), normalised.cend(), [&](const QString &header) {
                return header == name && !taken[qsizetype(&header - normalised.constData())];
            });
            if (match == normalised.cend())
                continue;
            const int column = int(match - normalised.cbegin());
            mapping.setColumn(known.field, column);
            taken[column] = true;
            break;
        }
    }
    return mapping;
}

QString ColumnMapping::normalisedHeader(const QString &header)
{
    // Decomposed first, so "Modèle" keeps its "e" and drops the accent.
    const QString decomposed = header.normalized(QString::NormalizationForm_KD);
    QString result;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

QString ColumnMapping::fieldLabel(InventoryField field)
{
    switch (field) {
    case InventoryField::DeviceName: return tr("Device name");
    case InventoryField::Mac: return tr("MAC address");
    case InventoryField::Model: return tr("Model");
    case InventoryField::Address: return tr("IP address");
    case InventoryField::Description: return tr("Description");
    case InventoryField::DevicePool: return tr("Device pool");
    case InventoryField::Load: return tr("Load");
    }
    return {};
}

} // namespace pfs
