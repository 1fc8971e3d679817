// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QColor>
#include <QCoreApplication>

// How a phone looks in every view: one state, one colour, one word.
namespace pfs {

enum class PhoneState : quint8 { Waiting, FromTftp, FromPeer, Complete, Failed, Silent, NotInPfs };

// A phone not heard for this long, and not done, is silent.
inline constexpr qint64 kSilentAfterMs = 60'000;

PhoneState phoneState(const Phone &phone, qint64 nowMs);
// The component being fetched, else the last one touched, else null.
const ComponentProgress *currentComponent(const Phone &phone);

// The colour and the word of each state, the same in every view and export.
struct PhoneStateStyle {
    Q_DECLARE_TR_FUNCTIONS(PhoneStateStyle)
public:
    static QColor colour(PhoneState state);
    static QString name(PhoneState state);
    // Where a component comes from and how pfsmon knows it: "peer 10.20.0.7
    // (modelled)", "TFTP (trace)"; empty while it waits.
    static QString source(const ComponentProgress &component);
};

} // namespace pfs
