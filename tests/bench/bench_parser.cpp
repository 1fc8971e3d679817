// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// bench_parser: records/s of the DLoad parser against a straightforward
// std::regex parser of the same records (measured in the same run), and
// events/s of the rollout model. Targets: >= 2,000,000 records/s and >= 20x
// the reference. Exit status 1 when the in-run ratio misses its target.
#include "model/rolloutmodel.h"
#include "protocol/dloadparser.h"
#include "protocol/modelledgrammar.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>
#include <regex>
#include <string>
#include <vector>

using namespace pfs;
namespace m = pfs::modelled;

namespace {

struct Corpus {
    std::vector<QByteArray> records;
    std::vector<QByteArray> hosts; // sender of each record
};

// The seed's verified records plus a simulated rollout's modelled ones.
Corpus makeCorpus(int phones)
{
    Corpus corpus;
    const QList<QByteArray> seed = test::readData(QStringLiteral("seed-records.txt")).trimmed().split('\n');
    for (const QByteArray &r : seed) {
        corpus.records.push_back(r);
        corpus.hosts.push_back("SEP000000000000");
    }
    const char *files[] = {"/dnld/apps41.9-4-2ES26.sbn", "/dnld/cnu41.9-4-2ES26.sbn", "/dnld/dsp41.9-4-2ES26.sbn"};
    qint64 t = 8 * 3600 * 1000000LL;
    for (int i = 0; i < phones; ++i) {
        const quint32 self = 0x0A000000u + quint32(i) + 2;
        const quint32 parent = i == 0 ? 0 : 0x0A000000u + quint32((i - 1) / 2) + 2;
        const QByteArray host = "SEP" + QByteArray::number(0x001100000000LL + i, 16).toUpper();
        auto add = [&](const char *sev, const QByteArray &body) {
            corpus.records.push_back(m::record(sev, t += 997, body));
            corpus.hosts.push_back(host);
        };
        add("NOT", m::upgradeStart(self, "CP-7961G", "/dnld/SCCP41.9-4-2SR2-2S.loads", true));
        for (quint32 f = 0; f < 3; ++f) {
            const quint32 xid = 0x08002700u + f;
            if (parent)
                add("INF", m::joined(xid, parent, self));
            add("INF", m::transferStart(xid, files[f], 1000000, parent ? parent : m::kTftp, self));
            for (int p = 1; p < 8; ++p)
                add("DBG", m::transferProgress(xid, files[f], p * 125000, self));
            add("INF", m::transferDone(xid, files[f], 1000000, self));
        }
    }
    return corpus;
}

// The reference: one std::regex per record form, tried in turn, fields
// extracted from the match groups; what a first version would do.
class RegexParser {
public:
    RegexParser()
    {
        const char *head = R"(^([A-Z]{1,4})?\s*(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?\s+DLoad:\s*)";
        const char *bodies[] = {
            R"(\+\+\+ fd=(-?\d+) Listening on peer TCP port (\d+)\s*$)",
            R"(\^\.([^-]+)-(\S+)\s*$)",
            R"(\|parent=([^>]*)><fd\[0\]=(-?\d+) fd\[1\]=(-?\d+) FULL=(\d+)\s*$)",
            R"(XID([0-9A-Fa-f]{1,8}) TxBdcst ClaimRoot(\(tent\))?: map=([0-9a-f]+) strength=([0-9a-f]+)\s*$)",
            R"(XID([0-9A-Fa-f]{1,8}) TxBdcst Ad (\d+): (.*)$)",
            R"(Timeout XID([0-9A-Fa-f]{1,8}) hier=(.*)$)",
            R"(XID([0-9A-Fa-f]{1,8}) Root sending TFTP XfrCmd on (.*)$)",
            R"(UT:Confirmed root bumping strength\s*$)",
            R"(@@@HROOT:XID([0-9A-Fa-f]{1,8}) H=([0-9A-Fa-f]+) m=(\S+) ROOT=(\d+\.\d+\.\d+\.\d+) (\S+)\s*$)",
            R"(UPG start self=(\S+) m=(\S+) load=(\S+) pfs=(on|off)(?: mac=(\S+))?\s*$)",
            R"(UPG done self=(\S+)\s*$)",
            R"(XID([0-9A-Fa-f]{1,8}) Joined parent=(\S+) self=(\S+)\s*$)",
            R"((?:XID([0-9A-Fa-f]{1,8}) )?Rx start (\S+) size=(\d+) src=(\S+) self=(\S+)\s*$)",
            R"((?:XID([0-9A-Fa-f]{1,8}) )?Rx (progress|done) (\S+) bytes=(\d+) self=(\S+)\s*$)",
            R"((?:XID([0-9A-Fa-f]{1,8}) )?Rx failed (\S+) bytes=(\d+) reason=(\S+) self=(\S+)\s*$)",
            R"((?:XID([0-9A-Fa-f]{1,8}) )?Fallback TFTP (\S+) reason=(\S+) self=(\S+)\s*$)",
        };
        for (const char *body : bodies)
            m_forms.emplace_back(std::string(head) + body, std::regex::optimize);
    }

    // Returns the form's index, or -1 (unknown); fills a few fields as the real parser does.
    int parse(const QByteArray &record, std::vector<std::string> &fields) const
    {
        const std::string text(record.constData(), size_t(record.size()));
        std::smatch match;
        for (size_t i = 0; i < m_forms.size(); ++i) {
            if (std::regex_match(text, match, m_forms[i])) {
                fields.assign(match.begin() + 1, match.end());
                return int(i);
            }
        }
        return -1;
    }

private:
    std::vector<std::regex> m_forms;
};

double bestRate(int rounds, qint64 itemsPerRound, const std::function<void()> &work)
{
    double best = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        best = std::max(best, double(itemsPerRound) / seconds);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const Corpus corpus = makeCorpus(quick ? 300 : 2000);
    const qint64 n = qint64(corpus.records.size());
    const int passes = quick ? 5 : 20;

    // Sanity: both parsers recognise the same records, or the race is unfair.
    RegexParser reference;
    qint64 knownFast = 0, knownRegex = 0;
    std::vector<std::string> fields;
    for (const QByteArray &r : corpus.records) {
        DLoadEvent e;
        knownFast += DLoadParser::parse(r, e) && e.kind != EventKind::Unknown;
        knownRegex += reference.parse(r, fields) >= 0;
    }
    if (knownFast != n || knownRegex != n) {
        std::printf("corpus mismatch: parser knows %lld, reference %lld of %lld records\n", (long long)knownFast,
                    (long long)knownRegex, (long long)n);
        return 1;
    }

    volatile quint32 sink = 0;
    const double parserRate = bestRate(5, n * passes, [&] {
        DLoadEvent e;
        for (int p = 0; p < passes; ++p) {
            for (const QByteArray &r : corpus.records) {
                DLoadParser::parse(r, e);
                sink = sink + quint32(e.kind);
            }
        }
    });
    const qint64 regexRecords = std::min<qint64>(n, quick ? 3000 : 20000);
    const double regexRate = bestRate(3, regexRecords, [&] {
        for (qint64 i = 0; i < regexRecords; ++i)
            sink = sink + quint32(reference.parse(corpus.records[size_t(i)], fields));
    });

    std::vector<DLoadEvent> events(static_cast<size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        DLoadParser::parse(corpus.records[size_t(i)], events[size_t(i)]);
    const FirmwareCatalogue catalogue = FirmwareCatalogue::builtIn();
    const double modelRate = bestRate(5, n, [&] {
        RolloutModel model(catalogue);
        RecordOrigin origin;
        for (qint64 i = 0; i < n; ++i) {
            origin.host = corpus.hosts[size_t(i)];
            model.apply(events[size_t(i)], origin, i);
        }
        sink = sink + quint32(model.phones().size());
    });

    const double ratio = parserRate / regexRate;
    std::printf("corpus: %lld records (%s run)\n", (long long)n, quick ? "quick" : "full");
    std::printf("parser: %.0f records/s (target >= 2000000: %s)\n", parserRate, parserRate >= 2e6 ? "met" : "NOT met");
    std::printf("std::regex reference: %.0f records/s\n", regexRate);
    std::printf("ratio: %.1f (target >= 20: %s)\n", ratio, ratio >= 20 ? "met" : "NOT met");
    std::printf("model: %.0f events/s\n", modelRate);
    return ratio >= 20 ? 0 : 1;
}
