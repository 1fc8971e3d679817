// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "model/rolloutmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

// What is wrong with the rollout, phone by phone, and why (issue #14): the
// one place its rules live. A pure function of the model and the time: the
// same model always gives the same findings, live, in a replay and in tests.
// Every threshold comes from the rollout's own observed pace, never from a
// fixed number alone, so that a phone waiting its turn is not "silent".
namespace pfs {

struct Finding {
    enum class Kind : quint8 {
        Stalled,            // its current file makes no progress for longer than its pace makes plausible
        FellBackToWan,      // fetched from the server a file its hierarchy distributes
        KeepsGoingToServer, // did so for every file (CSCus67416)
        NeverCameBack,      // finished, rebooted, and was not heard from again (CSCtg96408)
        Silent,             // stopped in the middle of a transfer, and not heard since, while the rollout goes on
        Traditional,        // PFS off, or a model without it: every file over the WAN
        NeverHeard,         // listed in the site's inventory, silent while most phones of its model take part
        NeverJoined,        // heard, yet no part in the rollout while most phones on its subnet have had files
        TreeAnomaly,        // one of the model's anomalies (third child, cycle, …)
    };
    enum class Severity : quint8 { Info, Warning, Error };

    Kind kind = Kind::Stalled;
    Severity severity = Severity::Warning;
    PhoneId phone = kNoPhone;
    HierarchyId hierarchy = kNoHierarchy;
    qint64 sinceMs = -1;      // when it began (model time)
    PhoneId other = kNoPhone; // the parent a stalled phone waits on, an anomaly's other phone
    QString file;             // the component concerned, when one is
    int anomaly = -1;         // TreeAnomaly: its index in RolloutModel::anomalies()
};

// A phone's findings in brief, for the views: its colour and its state.
struct PhoneHealth {
    bool troubled = false; // a warning or an error
    Finding::Severity worst = Finding::Severity::Info;
    Finding::Kind worstKind = Finding::Kind::Traditional;
    bool silent = false;
    int count = 0;
};

// Every phone's findings in brief, built once per assessment.
class FindingIndex {
public:
    FindingIndex() = default;
    explicit FindingIndex(const QList<Finding> &findings);
    PhoneHealth of(PhoneId phone) const { return m_byPhone.value(phone); }

private:
    QHash<PhoneId, PhoneHealth> m_byPhone;
};

// What a finding means for the WAN, as the bandwidth chart marks it: a
// fallback (a PFS phone fetched from the server a file its hierarchy
// distributes), an outage (a fetch from the TFTP server stopped: it stalled,
// or its phone fell silent in the middle of it; a hierarchy's root among
// them, whose children then wait), or nothing the WAN shows.
enum class WanEvent : quint8 { None, Fallback, Outage };

// The rollout's own pace, from which every "too long" is judged.
struct RolloutPace {
    // Typical throughput of one transfer from the server (the WAN) and from
    // a parent (the LAN), in bytes per second; 0 while none is known.
    qint64 wanBytesPerSecond = 0;
    qint64 lanBytesPerSecond = 0;
    // The WAN is one link: what each transfer on it gets now, its
    // throughput shared by those in flight (a transfer slows as others start).
    qint64 wanShareBytesPerSecond = 0;
    qint64 comebackMs = -1; // typical time from a phone's last file to its coming back; -1 none seen

    // How long the next report of a transfer's progress may plausibly take:
    // its own time between reports once it has some, else the whole file at
    // the typical throughput of its kind (a source may report only at the
    // end); -1 when nothing supports a guess.
    qint64 reportGapMs(const ComponentProgress &c) const;
};

class Health {
    Q_DECLARE_TR_FUNCTIONS(Health)
public:
    // No transfer is stalled, nor a phone silent, before this long, however brisk the pace.
    static constexpr qint64 kMinStallMs = 5'000;
    static constexpr qint64 kMinSilenceMs = 30'000;
    // A phone that is not back this many times the typical reboot never came back.
    static constexpr int kComebackFactor = 3;
    static constexpr int kPaceFactor = 4;

    static RolloutPace pace(const RolloutModel &model);
    // Every finding at `nowMs` (model time), phone by phone, then the anomalies.
    static QList<Finding> assess(const RolloutModel &model, qint64 nowMs);

    // What happened and what to do, in the user's language.
    static QString text(const Finding &finding, const RolloutModel &model);
    // What the finding rests on, one fact a line, each with where it comes
    // from (trace, wire, inferred, modelled, listed): the component's bytes
    // and times, when the phone was last heard and through what.
    static QStringList evidence(const Finding &finding, const RolloutModel &model);
    static QString kindName(Finding::Kind kind);
    static QByteArrayView kindKey(Finding::Kind kind); // stable, for exports
    static QByteArrayView severityKey(Finding::Severity severity);
    static QString timeText(qint64 ms); // a finding's time, as the event log writes it
    static WanEvent wanEvent(const Finding &finding, const RolloutModel &model);
};

} // namespace pfs
