// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// How a site's phone list names a phone: by its CUCM device name
// ("SEP" + the MAC in 12 hex digits) or its MAC address as people write it,
// and its model as CUCM calls it ("Cisco 7961") or as the phone does
// ("CP-7961G", the form of DLoad records and the firmware catalogue).
namespace pfs {

// A MAC address written as 001122334455, 00:11:22:33:44:55,
// 00-11-22-33-44-55 or 0011.2233.4455 (either case), with or without a
// leading "SEP", surrounding spaces ignored. nullopt for anything else and for
// 000000000000, which names no phone.
std::optional<quint64> macFromText(QStringView text);

// The CUCM device name of the phone with this MAC: "SEP" + 12 upper-case hex digits.
QString deviceNameOf(quint64 mac);

// The phone's own name for a 79xx model pfsmon knows (the models of
// resources/firmware-catalogue.json), from CUCM's device type ("Cisco 7961",
// "Cisco 7961G-GE") or the product code ("CP-7961G", "7961G"); case and
// spacing do not matter. Empty when the model is not one of them.
QString knownPhoneModel(QStringView text);

} // namespace pfs
