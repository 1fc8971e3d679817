// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// Firmware catalogue JSON (a user may load any file): loading never faults;
// a catalogue that loads has sizes within a firmware file's bound, totals
// that never overflow, and finds every load and component it lists.
#include "fuzzcheck.h"

#include "model/firmwarecatalogue.h"

using namespace pfs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::input(data, size).toByteArray();
    FirmwareCatalogue catalogue;
    QString error;
    if (!catalogue.loadJson(json, &error)) {
        fuzz::check(!error.isEmpty() && catalogue.isEmpty(), "a refused catalogue without an error, or half loaded");
        return 0;
    }
    fuzz::check(error.isEmpty(), "an error for a catalogue that loaded");
    for (const FirmwareLoad &load : catalogue.loads()) {
        qint64 sum = 0;
        for (const FirmwareComponent &c : load.components) {
            fuzz::check(c.bytes >= 0 && c.bytes <= FirmwareCatalogue::kMaxComponentBytes,
                        "a component size beyond any firmware file", [&] { return QByteArray::number(c.bytes); });
            fuzz::check(!c.file.isEmpty(), "a component without a file name");
            sum += c.bytes; // cannot overflow: each is bounded and the file is at most 4 MiB
            fuzz::check(load.component(c.file) != nullptr, "a component its load does not find",
                        [&] { return c.file.toUtf8(); });
        }
        fuzz::check(load.totalBytes() == sum, "a load total that is not the sum of its components");
        fuzz::check(catalogue.load(FirmwareCatalogue::fileName(load.name)) != nullptr,
                    "a load the catalogue does not find", [&] { return load.name.toUtf8(); });
    }
    for (const PhoneModelInfo &model : catalogue.models()) {
        fuzz::check(catalogue.model(model.model) != nullptr, "a model the catalogue does not find");
        fuzz::check(catalogue.modelLacksPfs(model.model) == !catalogue.model(model.model)->supportsPfs,
                    "a model's PFS support read two ways");
    }
    return 0;
}
