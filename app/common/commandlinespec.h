// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

// What a program's command line is, told once. --help is built from it
// (applyTo) and so are the man pages (manpage.h, written at build time), so
// the two cannot disagree. The man page's own prose (exit status, capture
// permissions, examples) lives here too, beside the options it speaks of.
namespace pfs {

struct ManBlock {
    enum class Kind { Text, Example, Item };
    Kind kind = Kind::Text;
    QString tag;  // Item: the term described, e.g. an exit status
    QString text; // Example: lines of shell, kept as they are
};

struct ManSection {
    QString title; // already translated, in capitals as man pages have them
    QList<ManBlock> blocks;
};

struct PositionalArgument {
    QString name;
    QString description;
    QString syntax; // as --help shows it, e.g. "[file]"
};

struct CommandLineSpec {
    QString program;      // "pfsmon"
    QString summary;      // the man page's NAME line, after "program -"
    QString description;  // --help's first paragraph and the man page's DESCRIPTION
    QStringList synopses; // each a form of the command after the program's name, e.g. "[options] [file]"
    QList<QCommandLineOption> options;
    QList<PositionalArgument> positionals;
    QList<ManSection> manSections; // after OPTIONS, in order

    void applyTo(QCommandLineParser &parser) const;
    // "--lang fr" / "--lang=fr" before a parser exists: the help must be in that language.
    static QString languageFromArgs(int argc, char **argv);
};

// The words every man page of ours shares, translated.
class ManWords {
    Q_DECLARE_TR_FUNCTIONS(ManWords)
public:
    static QString helpOption();
    static QString helpAllOption();
    static QString versionOption();
};

} // namespace pfs
