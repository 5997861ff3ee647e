// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "launcher.h"
#include "text/languagedetector.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    Chipwatch::Core::LanguageDetector::keepScratchMemoryBetweenCalls();
    QApplication app(argc, argv);
    Chipwatch::Ui::Launcher::setApplicationMetadata();
    Chipwatch::Ui::Launcher::installTranslations(app);
    const Chipwatch::Ui::LaunchOptions options = Chipwatch::Ui::Launcher::parseCommandLine(app);
    return Chipwatch::Ui::Launcher::run(app, options);
}
