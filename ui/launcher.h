// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QApplication;

namespace Chipwatch::Ui {

// What `chipwatch` was asked to do on its command line.
struct LaunchOptions
{
    QStringList paths;     // files and folders to import and show
    QString library;       // library file to use instead of the remembered one
    QString screenshot;    // render the main window to this PNG and quit
    bool demo = false;     // the built-in demo articles in a temporary library
    bool dark = false;     // Fusion style with a dark palette
    QString page;          // "articles" or "dashboard": the page to show first
    QStringList companies; // filter the workspace by these companies
    QString metric;        // the metric the dashboard charts first
    QString entity;        // open the entity panel on this entity's mentions
};

// Everything main() does: command line, translations, the library to open, first run, screenshots.
class Launcher final
{
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Ui::Launcher)

public:
    // Sets the application's names and version; call right after constructing the QApplication.
    static void setApplicationMetadata();
    // Parses the command line of `app` (exits on --help, --version and errors, as QCommandLineParser does).
    static LaunchOptions parseCommandLine(const QApplication &app);
    static void installTranslations(QApplication &app);
    static void applyDarkPalette(QApplication &app);
    // Runs the GUI for `options` until the user quits (or the screenshot is written); the process exit code.
    static int run(QApplication &app, const LaunchOptions &options);
};

} // namespace Chipwatch::Ui
