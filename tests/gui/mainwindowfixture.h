// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "demotestdata.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "settings.h"
#include "storage/library.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real main window over a library and settings of its own in a temporary folder, as the GUI tests drive
// it, optionally with the demo articles imported (what `chipwatch --demo` shows; what they state is in
// tests/data/demo/expected.json). The steps answer an empty string on success, else why they failed, for the
// test to report.
class MainWindowFixture
{
public:
    static constexpr int importTimeoutMs = 120000;

    // The demo articles as the application carries them (the resource `chipwatch --demo` imports).
    static QString articlesDir() { return QStringLiteral(":/demo"); }

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

    // Imports the demo articles the way the application does on a first run (no report dialog), waits for the
    // list and for their analysis.
    QString importDemoArticles()
    {
        using namespace Qt::StringLiterals;
        QSignalSpy finished(window.get(), &Chipwatch::Ui::MainWindow::importFinished);
        if (!window->importPaths({articlesDir()}, Chipwatch::Ui::MainWindow::ImportOrigin::Background)) {
            return u"the import did not start"_s;
        }
        if (!finished.wait(importTimeoutMs) && finished.isEmpty()) {
            return u"the import did not finish"_s;
        }
        if (!QTest::qWaitFor([this] { return !window->isImporting() && !window->isAnalysing(); }, importTimeoutMs)) {
            return u"the analysis did not finish"_s;
        }
        const qint64 count = window->library()->articleCount();
        return count == DemoTestData::articleCount
                   ? QString()
                   : u"%1 articles imported, not %2"_s.arg(count).arg(DemoTestData::articleCount);
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
