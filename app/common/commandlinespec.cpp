// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "app/common/commandlinespec.h"

#include <cstring>

namespace pfs {

void CommandLineSpec::applyTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options);
    for (const PositionalArgument &argument : positionals)
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
}

QString CommandLineSpec::languageFromArgs(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

QString ManWords::helpOption()
{
    return tr("Print the options and what they do, then exit.");
}

QString ManWords::helpAllOption()
{
    return tr("Print the options, Qt's own included, then exit.");
}

QString ManWords::versionOption()
{
    return tr("Print the version, then exit.");
}

} // namespace pfs
