// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "import/importer.h"
#include "mainwindow.h"
#include "settings.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real main window over a library and settings of its own in a temporary folder, as the GUI tests drive
// it, optionally with the shared article set imported. The steps answer an empty string on success, else why
// they failed, for the test to report.
class MainWindowFixture
{
public:
    static constexpr int importTimeoutMs = 120000;

    static QString articlesDir() { return QStringLiteral(CHIPWATCH_SHARED_DIR "/articles"); }

    static bool sharedArticlesAvailable() { return QDir(articlesDir()).exists(); }

    // A shown window on library.sqlite in the folder; a second call after reset() reopens the same library
    // with the same settings, as a restart does.
    QString openWindow(bool savesState = false)
    {
        using namespace Qt::StringLiterals;
        if (!dir.isValid()) {
            return u"no temporary folder: "_s + dir.errorString();
        }
        qRegisterMetaType<Chipwatch::Core::ImportReport>();
        QStandardPaths::setTestModeEnabled(true);
        if (!settings) {
            settings = std::make_unique<Chipwatch::Ui::Settings>(dir.filePath(u"settings.ini"_s));
        }
        window = std::make_unique<Chipwatch::Ui::MainWindow>(*settings);
        window->setSavesState(savesState);
        QString error;
        if (!window->openLibrary(dir.filePath(u"library.sqlite"_s), &error)) {
            return error;
        }
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) ? QString() : u"the window was never shown"_s;
    }

    // Imports the shared article set the way the demo articles are (no report dialog) and waits for the list.
    QString importSharedArticles()
    {
        using namespace Qt::StringLiterals;
        QSignalSpy finished(window.get(), &Chipwatch::Ui::MainWindow::importFinished);
        if (!window->importPaths({articlesDir()}, Chipwatch::Ui::MainWindow::ImportOrigin::Background)) {
            return u"the import did not start"_s;
        }
        return finished.wait(importTimeoutMs) || !finished.isEmpty() ? QString() : u"the import did not finish"_s;
    }

    // The window first (it uses the settings), then the settings.
    void reset()
    {
        window.reset();
        settings.reset();
    }

    QTemporaryDir dir;
    std::unique_ptr<Chipwatch::Ui::Settings> settings;
    std::unique_ptr<Chipwatch::Ui::MainWindow> window;
};
