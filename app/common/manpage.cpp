// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/common/manpage.h"

#include <QStringList>

namespace pfs {

QString ManPage::escaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    out.replace(QLatin1Char('-'), QLatin1String("\\-"));
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        // A line starting with . or ' is a request to roff; \& (nothing) before it makes it text.
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

// "-h, --help" or "--phones count": bold names, the value's name in italics.
QString ManPage::optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << QLatin1String("\\fB")
                % escaped(name.size() == 1 ? QLatin1String("-") % name : QLatin1String("--") % name)
                % QLatin1String("\\fR");
    QString term = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        term += QLatin1String(" \\fI") % escaped(option.valueName()) % QLatin1String("\\fR");
    return term;
}

// An item whose term is roff already (optionTerm), its text plain.
static QString item(const QString &term, const QString &text)
{
    return QLatin1String(".TP\n") % term % QLatin1Char('\n') % ManPage::escaped(text) % QLatin1Char('\n');
}

QString ManPage::section(const ManSection &section)
{
    QString out = QLatin1String(".SH ") % escaped(section.title) % QLatin1Char('\n');
    for (const ManBlock &block : section.blocks) {
        switch (block.kind) {
        case ManBlock::Kind::Text: out += QLatin1String(".PP\n") % escaped(block.text) % QLatin1Char('\n'); break;
        case ManBlock::Kind::Example:
            out += QLatin1String(".PP\n.RS 4\n.nf\n") % escaped(block.text) % QLatin1String("\n.fi\n.RE\n");
            break;
        case ManBlock::Kind::Item: out += item(escaped(block.tag), block.text); break;
        }
    }
    return out;
}

QString ManPage::options(const CommandLineSpec &spec)
{
    QString out = QLatin1String(".SH ") % escaped(tr("OPTIONS")) % QLatin1Char('\n');
    out += item(QLatin1String("\\fB\\-h\\fR, \\fB\\-\\-help\\fR"), ManWords::helpOption());
    out += item(QLatin1String("\\fB\\-\\-help\\-all\\fR"), ManWords::helpAllOption());
    out += item(QLatin1String("\\fB\\-v\\fR, \\fB\\-\\-version\\fR"), ManWords::versionOption());
    for (const QCommandLineOption &option : spec.options)
        out += item(optionTerm(option), option.description());
    for (const PositionalArgument &argument : spec.positionals)
        out += item(QLatin1String("\\fI") % escaped(argument.name) % QLatin1String("\\fR"), argument.description);
    return out;
}

QString ManPage::write(const CommandLineSpec &spec, const QString &version, const QString &date)
{
    QString out = QLatin1String(".\\\" -*- coding: UTF-8 -*-\n"
                                ".\\\" Written by pfsmon's build from the program's command line: do not edit.\n")
        % QLatin1String(".TH ") % spec.program.toUpper() % QLatin1String(" 1 \"") % date % QLatin1String("\" \"")
        % spec.program % QLatin1Char(' ') % version % QLatin1String("\" \"") % escaped(tr("User Commands"))
        % QLatin1String("\"\n");
    out += QLatin1String(".nh\n"); // no hyphenation: "--replay" must not break as "--re-play"
    out += QLatin1String(".SH ") % escaped(tr("NAME")) % QLatin1Char('\n') % spec.program % QLatin1String(" \\- ")
        % escaped(spec.summary) % QLatin1Char('\n');
    out += QLatin1String(".SH ") % escaped(tr("SYNOPSIS")) % QLatin1Char('\n');
    for (const QString &synopsis : spec.synopses)
        out += QLatin1String(".PP\n\\fB") % spec.program % QLatin1String("\\fR ") % escaped(synopsis)
            % QLatin1Char('\n');
    out += section({tr("DESCRIPTION"), {{ManBlock::Kind::Text, {}, spec.description}}});
    out += options(spec);
    for (const ManSection &extra : spec.manSections)
        out += section(extra);
    return out;
}

} // namespace pfs
