// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QStringList>

namespace Chipwatch::Cli {

// Each command takes its own arguments (after the command word) and returns the process exit code.
// Results go to standard output, messages to standard error.
int runExtract(const QStringList &arguments);
int runChips(const QStringList &arguments);
int runChart(const QStringList &arguments); // needs a QApplication
int runFacts(const QStringList &arguments);
int runExplain(const QStringList &arguments);
// Imports into a library file (--library FILE) with the analysis, as the GUI does; Ctrl+C stops it cleanly.
int runImport(const QStringList &arguments);

} // namespace Chipwatch::Cli
