// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

// Where each fact pfsmon shows of one phone comes from, as the Phone detail
// tab lists it: the sources it was heard through, its model and load, its
// MAC, whether it came back, each component's progress and size, a lower
// ranked source's claim, and its edge in each hierarchy. Plain text, control
// characters made visible, numbers and times in `locale`.
namespace pfs {

class PhoneEvidence {
    Q_DECLARE_TR_FUNCTIONS(PhoneEvidence)
public:
    static QStringList lines(const RolloutModel &model, const Phone &phone, const QLocale &locale);

private:
    static QString heardThrough(const Phone &phone);
    static QString modelAndLoad(const Phone &phone);
    static QString address(const Phone &phone);
    static QString component(const RolloutModel &model, const ComponentProgress &c, const QLocale &locale);
    static QString edge(const RolloutModel &model, const Hierarchy &h, const Phone &phone);
};

} // namespace pfs
