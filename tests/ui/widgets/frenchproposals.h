// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QHash>
#include <QTranslator>

// The French of the strings the overview strip, the hierarchy tree and the
// phone table's state filter brought, as proposed to the translators, so
// that a test can lay the window out with the longest words it will show
// before translations/pfsmon_fr.ts has them. Installed over the real ones;
// strings it does not know fall through to them.
class FrenchProposals : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        const auto found = table().constFind(QString::fromUtf8(context) + u'|' + QString::fromUtf8(source));
        if (found == table().cend())
            return {};
        return n > 1 && !found->second.isEmpty() ? found->second : found->first;
    }

private:
    using Forms = std::pair<QString, QString>; // singular, plural (empty: the same)
    static const QHash<QString, Forms> &table()
    {
        static const QHash<QString, Forms> french = [] {
            QHash<QString, Forms> t;
            const auto add = [&](const char *context, const char *source, const char *one, const char *many = "") {
                t.insert(QString::fromUtf8(context) + u'|' + QString::fromUtf8(source),
                         {QString::fromUtf8(one), QString::fromUtf8(many)});
            };
            add("PhoneFilterProxy", "done", "terminés");
            add("PhoneFilterProxy", "in progress", "en cours");
            add("PhoneFilterProxy", "waiting", "en attente");
            add("PhoneFilterProxy", "in trouble", "en difficulté");
            add("PhoneFilterProxy", "not heard", "jamais entendus");
            add("PhonesTab", "State: %1 ×", "État : %1 ×");
            add("PhonesTab", "Only the phones in this state are listed. Click to list every phone.",
                "Seuls les téléphones dans cet état sont listés. Cliquez pour lister tous les téléphones.");
            add("OverviewStrip", "phones", "téléphones");
            add("OverviewStrip", "progress", "progression");
            add("OverviewStrip", "WAN used so far", "WAN utilisé jusqu'ici");
            add("OverviewStrip", "saved so far", "économisé jusqu'ici");
            add("OverviewStrip", "elapsed", "écoulé");
            add("OverviewStrip", "time left", "temps restant");
            add("OverviewStrip", "not yet", "pas encore");
            add("OverviewStrip", "%1 of %2", "%1 sur %2");
            add("OverviewStrip", "%1 of %Ln file(s)", "%1 sur %Ln fichier", "%1 sur %Ln fichiers");
            add("OverviewStrip", "projected: %1", "prévu : %1");
            add("OverviewStrip", "projected: %1 (estimate)", "prévu : %1 (estimation)");
            add("HierarchyModel", "unknown subnet", "sous-réseau inconnu");
            add("HierarchyModel", "unknown model", "modèle inconnu");
            add("HierarchyModel", "unknown file", "fichier inconnu");
            add("HierarchyModel", "%1 · %2", "%1 · %2");
            add("HierarchyModel", "%1 · %2 of %3", "%1 · %2 sur %3");
            add("HierarchyModel", "%1 · %2 of %Ln file(s)", "%1 · %2 sur %Ln fichier", "%1 · %2 sur %Ln fichiers");
            return t;
        }();
        return french;
    }
};
