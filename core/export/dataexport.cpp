// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "export/dataexport.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/edgestyle.h"

#include <QSaveFile>

namespace pfs {
namespace {

// RFC 4180: quote a field that holds a separator, a quote or a line break.
QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

// Display text that arrived from the network, for a cell: a leading
// apostrophe before = + - or @, which a spreadsheet would otherwise run as
// a formula (OWASP's advice against CSV injection). Our own numbers keep
// their sign: only text that arrived goes through here.
QString formulaInert(const QString &shown)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@");
    return !shown.isEmpty() && kFormulaStarts.contains(shown.front()) ? QLatin1Char('\'') + shown : shown;
}

// The body of a DOT double-quoted string that Graphviz shows as `lines`,
// one under the other. The DOT grammar reads \" as a quote; in labels
// Graphviz then reads \\ as a backslash and \n \l \r \N \G… as escapes,
// so every backslash of the text is doubled. The lines are display text: no
// line break or other control is left in them.
QByteArray dotLabel(const QStringList &lines)
{
    QByteArrayList escaped;
    for (const QString &line : lines) {
        QByteArray utf8 = line.toUtf8();
        utf8.replace('\\', "\\\\").replace('"', "\\\"");
        escaped.append(utf8);
    }
    return '"' + escaped.join("\\n") + '"';
}

QString addressOf(const Phone *phone)
{
    return phone && phone->address ? formatIpv4(phone->address) : QString();
}

void dotTree(const RolloutModel &model, const Hierarchy &h, QByteArray &out)
{
    const QByteArray prefix = "h" + QByteArray::number(h.id) + "_";
    out += "  subgraph cluster_" + QByteArray::number(h.id) + " {\n";
    out += "    label="
        + dotLabel(
               {QStringLiteral("%1 %2 %3").arg(RolloutModel::xidName(h), visibleText(h.model), visibleText(h.file))})
        + ";\n";
    for (const PhoneId id : h.members) {
        const Phone *phone = model.phone(id);
        const ComponentProgress *c = phone->component(h.file);
        const double progress = c ? c->progress().fraction() : 0.0;
        const QStringList label{phone->displayName(), addressOf(phone), DisplayFormat::share(progress, QLocale::c())};
        out += "    " + prefix + QByteArray::number(id) + " [label=" + dotLabel(label);
        if (model.effectiveRoot(h) == id)
            out += ", shape=doubleoctagon";
        out += "];\n";
    }
    for (auto it = h.parentOf.cbegin(); it != h.parentOf.cend(); ++it) {
        out += "    " + prefix + QByteArray::number(it.value()) + " -> " + prefix + QByteArray::number(it.key())
            + EdgeStyle::dotAttributes(h.edgeProvenance(it.key())) + ";\n";
    }
    out += "  }\n";
}

} // namespace

QByteArray DataExport::csv(const RolloutModel &model)
{
    QByteArray out = "phone,host,address,mac,model,load,pfs,component,xid,state,source,source_address,bytes,total,"
                     "total_estimated,wan_bytes,lan_bytes,last_heard_ms,progress_from\n";
    for (const Phone &phone : model.phones()) {
        if (phone.merged)
            continue;
        // A phone whose load is not known yet still gets its row.
        const QList<ComponentProgress> components
            = phone.components.isEmpty() ? QList<ComponentProgress>{ComponentProgress{}} : phone.components;
        for (const ComponentProgress &c : components) {
            const QStringList fields{formulaInert(phone.displayName()),
                                     formulaInert(visibleText(phone.host)),
                                     addressOf(&phone),
                                     formulaInert(visibleText(phone.mac)),
                                     formulaInert(visibleText(phone.model)),
                                     formulaInert(visibleText(phone.load)),
                                     model.usesPfs(phone) ? QStringLiteral("1") : QStringLiteral("0"),
                                     formulaInert(visibleText(c.file)),
                                     c.xid ? xidText(c.xid) : QString(),
                                     QString::fromLatin1(RolloutModel::stateKey(c.state).toByteArray()),
                                     c.state == ComponentState::Waiting ? QString()
                                         : c.fromTftp                   ? QStringLiteral("tftp")
                                                                        : QStringLiteral("peer"),
                                     c.fromTftp || !c.peer ? QString() : formatIpv4(c.peer),
                                     QString::number(c.bytes),
                                     QString::number(c.total),
                                     c.totalEstimated ? QStringLiteral("1") : QStringLiteral("0"),
                                     QString::number(c.wanBytes),
                                     QString::number(c.lanBytes),
                                     QString::number(phone.lastHeardMs),
                                     QString::fromLatin1(ProvenanceNames::key(c.progressFrom).toByteArray())};
            QByteArrayList row;
            for (const QString &field : fields)
                row.append(csvField(field));
            out += row.join(',') + '\n';
        }
    }
    return out;
}

QByteArray DataExport::dot(const RolloutModel &model, HierarchyId hierarchy)
{
    QByteArray out = "digraph pfs {\n  node [shape=box, fontsize=10];\n";
    for (const HierarchyId each : model.hierarchyIds()) {
        if (!hierarchy || each == hierarchy)
            dotTree(model, *model.hierarchy(each), out);
    }
    out += "}\n";
    return out;
}

bool DataExport::writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pfs
