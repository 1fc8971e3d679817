// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "model/firmwarecatalogue.h"

#include "model/saturating.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace pfs {

qint64 FirmwareLoad::totalBytes() const
{
    qint64 total = 0;
    for (const FirmwareComponent &c : components)
        total = saturatingAdd(total, c.bytes);
    return total;
}

bool FirmwareLoad::estimated() const
{
    return std::any_of(components.cbegin(), components.cend(), [](const FirmwareComponent &c) { return c.estimate; });
}

const FirmwareComponent *FirmwareLoad::component(QStringView file) const
{
    const QString wanted = FirmwareCatalogue::fileName(file);
    for (const FirmwareComponent &c : components) {
        if (c.file == wanted)
            return &c;
    }
    return nullptr;
}

FirmwareCatalogue FirmwareCatalogue::builtIn()
{
    FirmwareCatalogue catalogue;
    QString error;
    if (!catalogue.loadFile(QStringLiteral(":/catalogue/firmware-catalogue.json"), &error))
        qFatal("built-in firmware catalogue is broken: %s", qPrintable(error));
    return catalogue;
}

bool FirmwareCatalogue::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open firmware catalogue %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("firmware catalogue %1 is larger than %2 bytes").arg(path).arg(kMaxFileBytes);
        return false;
    }
    if (!loadJson(file.readAll(), error)) {
        *error = tr("firmware catalogue %1: %2").arg(path, *error);
        return false;
    }
    return true;
}

static bool readComponents(const QJsonArray &array, FirmwareLoad *load, QString *error)
{
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        FirmwareComponent component;
        // Lookups go by file name ("/dnld/x.sbn" finds "x.sbn"): a path is kept as its file name.
        component.file = FirmwareCatalogue::fileName(object.value(QLatin1String("file")).toString());
        component.bytes = object.value(QLatin1String("bytes")).toInteger(-1);
        component.estimate = object.value(QLatin1String("estimate")).toBool(true);
        if (component.file.isEmpty() || component.bytes < 0) {
            *error = FirmwareCatalogue::tr("load %1 has a component without a file name or a size").arg(load->name);
            return false;
        }
        if (component.bytes > FirmwareCatalogue::kMaxComponentBytes) {
            *error = FirmwareCatalogue::tr("load %1: component %2 is larger than %3 bytes, more than any firmware file")
                         .arg(load->name, component.file, QLocale().toString(FirmwareCatalogue::kMaxComponentBytes));
            return false;
        }
        load->components.append(component);
    }
    return true;
}

bool FirmwareCatalogue::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = tr("not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toString() != kSchema) {
        *error = tr("schema is not %1").arg(kSchema);
        return false;
    }
    FirmwareCatalogue parsed;
    for (const QJsonValue &value : root.value(QLatin1String("loads")).toArray()) {
        FirmwareLoad load;
        load.name = fileName(value.toObject().value(QLatin1String("name")).toString());
        if (load.name.isEmpty()) {
            *error = tr("a load has no name");
            return false;
        }
        if (!readComponents(value.toObject().value(QLatin1String("components")).toArray(), &load, error))
            return false;
        parsed.m_loadIndex.insert(load.name, parsed.m_loads.size());
        for (const FirmwareComponent &c : std::as_const(load.components))
            parsed.m_componentIndex.insert(c.file, parsed.m_componentIndex.value(c.file, parsed.m_loads.size()));
        parsed.m_loads.append(load);
    }
    for (const QJsonValue &value : root.value(QLatin1String("models")).toArray()) {
        const QJsonObject object = value.toObject();
        PhoneModelInfo info;
        info.model = object.value(QLatin1String("model")).toString();
        info.supportsPfs = object.value(QLatin1String("pfs")).toBool(false);
        info.note = object.value(QLatin1String("note")).toString();
        for (const QJsonValue &load : object.value(QLatin1String("loads")).toArray())
            info.loads.append(load.toString());
        if (info.model.isEmpty()) {
            *error = tr("a model has no name");
            return false;
        }
        parsed.m_modelIndex.insert(info.model, parsed.m_models.size());
        parsed.m_models.append(info);
    }
    *this = parsed;
    return true;
}

const FirmwareLoad *FirmwareCatalogue::load(QStringView fileOrPath) const
{
    const auto it = m_loadIndex.constFind(fileName(fileOrPath));
    return it == m_loadIndex.cend() ? nullptr : &m_loads[*it];
}

const PhoneModelInfo *FirmwareCatalogue::model(QStringView model) const
{
    const auto it = m_modelIndex.constFind(model.toString());
    return it == m_modelIndex.cend() ? nullptr : &m_models[*it];
}

const FirmwareLoad *FirmwareCatalogue::loadOfComponent(QStringView fileOrPath) const
{
    const auto it = m_componentIndex.constFind(fileName(fileOrPath));
    return it == m_componentIndex.cend() ? nullptr : &m_loads[*it];
}

bool FirmwareCatalogue::modelLacksPfs(QStringView model) const
{
    const PhoneModelInfo *info = this->model(model);
    return info && !info->supportsPfs;
}

QString FirmwareCatalogue::fileName(QStringView fileOrPath)
{
    const qsizetype slash = fileOrPath.lastIndexOf(QLatin1Char('/'));
    return fileOrPath.sliced(slash + 1).toString();
}

} // namespace pfs
