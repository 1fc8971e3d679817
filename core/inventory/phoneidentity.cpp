// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "inventory/phoneidentity.h"

#include "protocol/digits.h"

namespace pfs {
namespace {

constexpr qsizetype kMacDigits = 12;

// 12 hex digits, every separator (if any) at its place: every `groupSize`
// digits, all the same character, one of `separators`.
std::optional<quint64> groupedHex(QStringView text, int groupSize, QStringView separators)
{
    const qsizetype groups = kMacDigits / groupSize;
    if (text.size() != kMacDigits + groups - 1)
        return std::nullopt;
    const QChar separator = groupSize < kMacDigits ? text[groupSize] : QChar();
    if (groupSize < kMacDigits && !separators.contains(separator))
        return std::nullopt;
    quint64 mac = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if ((i + 1) % (groupSize + 1) == 0) {
            if (text[i] != separator)
                return std::nullopt;
            continue;
        }
        const int digit = hexDigitValue(text[i].unicode());
        if (digit < 0)
            return std::nullopt;
        mac = mac << 4 | quint64(digit);
    }
    return mac;
}

// "Cisco Unified IP Phone 7961G-GE" -> "7961GGE": upper case, without
// spaces, dashes, underscores and the words around the number.
QString compactModel(QStringView text)
{
    QString compact;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            compact.append(c.toUpper());
    }
    for (const QLatin1StringView prefix : {QLatin1StringView("CISCO"), QLatin1StringView("UNIFIED"),
                                           QLatin1StringView("IPPHONE"), QLatin1StringView("CP")}) {
        if (compact.startsWith(prefix))
            compact.remove(0, prefix.size());
    }
    // "7961G" is the 7961: the G ends every 79xx product code.
    if (compact.size() == 5 && compact.endsWith(QLatin1Char('G')))
        compact.chop(1);
    return compact;
}

struct ModelName {
    QLatin1StringView compact; // as compactModel() writes it
    QLatin1StringView phone;   // as the phone and the firmware catalogue write it
};

// CUCM names these models "Cisco 7906" … "Cisco 7975", with "Cisco 7941G-GE"
// and "Cisco 7961G-GE" apart, and the 7971 only as "Cisco 7971" (its one
// product is the CP-7971G-GE): CUCM's device type table (typeproduct).
constexpr ModelName kKnownModels[] = {
    {QLatin1StringView("7906"), QLatin1StringView("CP-7906G")},
    {QLatin1StringView("7911"), QLatin1StringView("CP-7911G")},
    {QLatin1StringView("7931"), QLatin1StringView("CP-7931G")},
    {QLatin1StringView("7940"), QLatin1StringView("CP-7940G")},
    {QLatin1StringView("7941"), QLatin1StringView("CP-7941G")},
    {QLatin1StringView("7941GGE"), QLatin1StringView("CP-7941G-GE")},
    {QLatin1StringView("7942"), QLatin1StringView("CP-7942G")},
    {QLatin1StringView("7945"), QLatin1StringView("CP-7945G")},
    {QLatin1StringView("7960"), QLatin1StringView("CP-7960G")},
    {QLatin1StringView("7961"), QLatin1StringView("CP-7961G")},
    {QLatin1StringView("7961GGE"), QLatin1StringView("CP-7961G-GE")},
    {QLatin1StringView("7962"), QLatin1StringView("CP-7962G")},
    {QLatin1StringView("7965"), QLatin1StringView("CP-7965G")},
    {QLatin1StringView("7970"), QLatin1StringView("CP-7970G")},
    {QLatin1StringView("7971"), QLatin1StringView("CP-7971G-GE")},
    {QLatin1StringView("7971GGE"), QLatin1StringView("CP-7971G-GE")},
    {QLatin1StringView("7975"), QLatin1StringView("CP-7975G")},
};

} // namespace

std::optional<quint64> macFromText(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"SEP", Qt::CaseInsensitive))
        text = text.sliced(3);
    std::optional<quint64> mac = groupedHex(text, kMacDigits, {});
    if (!mac)
        mac = groupedHex(text, 2, u":-");
    if (!mac)
        mac = groupedHex(text, 4, u".");
    if (mac == quint64(0))
        return std::nullopt;
    return mac;
}

QString deviceNameOf(quint64 mac)
{
    return QLatin1StringView("SEP")
        + QString::number(mac & 0xFFFFFFFFFFFFULL, 16).rightJustified(kMacDigits, QLatin1Char('0')).toUpper();
}

QString knownPhoneModel(QStringView text)
{
    const QString compact = compactModel(text);
    for (const ModelName &known : kKnownModels) {
        if (compact == known.compact)
            return known.phone;
    }
    return {};
}

} // namespace pfs
