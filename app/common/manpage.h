// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCoreApplication>
#include <QString>

#include "app/common/commandlinespec.h"

// A command line's man page, in roff (man(7) macros), in the language
// installed: the build writes pfsmon(1) and pfssim(1) in English and French
// with app/packaging/manpage, from the same CommandLineSpec as --help.
namespace pfs {

class ManPage {
    Q_DECLARE_TR_FUNCTIONS(ManPage)
public:
    static QString write(const CommandLineSpec &spec, const QString &version, const QString &date);
    // Text shown as it is: roff's escape character, its control characters at
    // a line's start and its hyphens (so "--phones" copies as typed) made literal.
    static QString escaped(const QString &text);

private:
    static QString optionTerm(const QCommandLineOption &option);
    static QString options(const CommandLineSpec &spec);
    static QString section(const ManSection &section);
};

} // namespace pfs
