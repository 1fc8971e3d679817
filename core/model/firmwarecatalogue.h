// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// Firmware catalogue: phone model -> load (.loads) -> component files with
// sizes. Shipped as a resource (resources/firmware-catalogue.json) and
// replaceable by a user file of the same schema. Public sources give no
// sizes, so sizes carry an "estimate" flag that follows them into every
// bandwidth figure they feed.
namespace pfs {

struct FirmwareComponent {
    QString file;
    qint64 bytes = 0;
    bool estimate = true;
};

struct FirmwareLoad {
    QString name; // e.g. "SCCP41.9-4-2SR2-2S.loads"
    QList<FirmwareComponent> components;

    qint64 totalBytes() const;
    bool estimated() const;
    const FirmwareComponent *component(QStringView file) const;
};

struct PhoneModelInfo {
    QString model; // e.g. "CP-7961G"
    bool supportsPfs = false;
    QStringList loads;
    QString note;
};

class FirmwareCatalogue {
    Q_DECLARE_TR_FUNCTIONS(FirmwareCatalogue)
public:
    static constexpr QLatin1StringView kSchema{"pfsmon.catalogue/1"};
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
    // No phone firmware file comes near it (the largest known are a few MB):
    // a size beyond it, in a catalogue or a record, is no firmware file's.
    static constexpr qint64 kMaxComponentBytes = qint64(1) << 30;

    // The catalogue shipped in the binary.
    static FirmwareCatalogue builtIn();

    bool loadFile(const QString &path, QString *error);
    bool loadJson(const QByteArray &json, QString *error);

    // Lookups take a bare file name or a path ("/dnld/X.loads").
    const FirmwareLoad *load(QStringView fileOrPath) const;
    const PhoneModelInfo *model(QStringView model) const;
    // The load a component file belongs to (first match), or nullptr.
    const FirmwareLoad *loadOfComponent(QStringView fileOrPath) const;
    // True when the model is known not to do PFS; unknown models are assumed able.
    bool modelLacksPfs(QStringView model) const;

    QList<PhoneModelInfo> models() const { return m_models; }
    QList<FirmwareLoad> loads() const { return m_loads; }
    bool isEmpty() const { return m_loads.isEmpty(); }

    static QString fileName(QStringView fileOrPath);

private:
    QList<PhoneModelInfo> m_models;
    QList<FirmwareLoad> m_loads;
    QHash<QString, qsizetype> m_loadIndex;
    QHash<QString, qsizetype> m_modelIndex;
    QHash<QString, qsizetype> m_componentIndex; // component file -> load index
};

} // namespace pfs
