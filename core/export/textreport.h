// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "health/forecast.h"

#include "logs/logimporter.h"
#include "model/bandwidth.h"
#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The plain-text summary of a rollout that headless runs print.
namespace pfs {

class TextReport {
    Q_DECLARE_TR_FUNCTIONS(TextReport)
public:
    static QString records(const RolloutModel &model, const ImportStats *stats, const QLocale &locale);
    // Live and replay: syslog records cut at SyslogParser::kMaxRecord.
    static QString truncatedRecords(qint64 records, const QLocale &locale);
    // Trees are drawn in full up to `treeDepth` levels (-1: all).
    static QString hierarchies(const RolloutModel &model, const QLocale &locale, int treeDepth = -1);
    static QString bandwidth(const BandwidthReport &report, qint64 wanBitsPerSecond, const QLocale &locale);
    static QString anomalies(const RolloutModel &model);
    // Against the site's inventory: the phones it lists that were never
    // heard, those heard that it does not list, and where model or load
    // differ; empty without an inventory.
    static QString inventory(const RolloutModel &model, const QLocale &locale);
    // The health findings at `nowMs` (core/health), warnings and errors one
    // a line; the phones upgrading the traditional way counted.
    static QString findings(const RolloutModel &model, qint64 nowMs, const QLocale &locale);
    // The same, of findings already assessed at that time.
    static QString findings(const QList<Finding> &found, const RolloutModel &model, const QLocale &locale);
    // The senders that relay other phones' records, with what came through each.
    // "Phones: 180 done, 12 in progress, …" then when every load will be in,
    // and what a traditional upgrade would still need.
    static QString forecast(const RolloutForecast &forecast, const BandwidthReport &bandwidth, qint64 wanBitsPerSecond,
                            const QLocale &locale);
    // The same, short, for a status bar.
    static QString forecastBrief(const RolloutForecast &forecast, const QLocale &locale);
    static QString relays(const RolloutModel &model, const QLocale &locale);
    static QString relay(const SyslogSender &sender, const QLocale &locale);
    static QString transports(const SyslogSender &sender);
};

} // namespace pfs
