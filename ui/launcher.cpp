// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "launcher.h"

#include "articletablemodel.h"
#include "charts/metricchartview.h"
#include "companyfilterpanel.h"
#include "dashboard.h"
#include "mainwindow.h"
#include "settings.h"
#include "storage/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPalette>
#include <QPixmap>
#include <QProxyStyle>
#include <QSaveFile>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLauncher, "chipwatch.ui.launcher")

namespace Chipwatch::Ui {

namespace {

const QString demoResource = u":/demo"_s;

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stream);
    std::fflush(stream);
}

bool writeScreenshot(QWidget &window, const QString &fileName, QString *error)
{
    const QPixmap pixmap = window.grab();
    if (pixmap.isNull()) {
        *error = Launcher::tr("the window could not be rendered");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

void Launcher::setApplicationMetadata()
{
    QCoreApplication::setOrganizationName(u"Chipwatch"_s);
    QCoreApplication::setApplicationName(u"chipwatch"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIPWATCH_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Chipwatch"_s);
    QGuiApplication::setDesktopFileName(u"org.chipwatch.Chipwatch"_s);
}

LaunchOptions Launcher::parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Chipwatch follows the AI-chip race through news articles. Without arguments it opens your library "
           "(on the first run with the demo articles in it)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"path"_s, tr("Article files or folders to import and show."), tr("[path...]"));
    const QCommandLineOption library(u"library"_s, tr("Use the library <file> (created if missing)."), tr("file"));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        tr("Render the main window to the PNG <file> once the articles are loaded, print its path and quit. "
           "Without paths or --library, the demo articles are shown."),
        tr("file"));
    const QCommandLineOption demo(u"demo"_s, tr("Open the built-in demo articles in a temporary library."));
    const QCommandLineOption dark(u"dark"_s, tr("Use a dark colour palette."));
    const QCommandLineOption page(u"page"_s, tr("Show the <page> first: articles or dashboard."), tr("page"));
    const QCommandLineOption company(
        u"company"_s, tr("Filter the articles, charts and chip table by <name> (repeatable)."), tr("name"));
    const QCommandLineOption metric(u"metric"_s, tr("Chart the <metric> first (e.g. revenue)."), tr("metric"));
    const QCommandLineOption entity(u"entity"_s, tr("List every mention of the entity <name> in the entity panel."),
                                    tr("name"));
    parser.addOptions({library, screenshot, demo, dark, page, company, metric, entity});
    parser.process(app);

    LaunchOptions options;
    options.paths = parser.positionalArguments();
    options.library = parser.value(library);
    options.screenshot = parser.value(screenshot);
    options.demo = parser.isSet(demo);
    options.dark = parser.isSet(dark);
    options.page = parser.value(page).toLower();
    options.companies = parser.values(company);
    options.metric = parser.value(metric);
    options.entity = parser.value(entity);
    if (!options.page.isEmpty() && options.page != u"articles"_s && options.page != u"dashboard"_s) {
        printLine(stderr, tr("chipwatch: unknown page %1 (articles or dashboard)").arg(options.page));
        options.page.clear();
    }
    return options;
}

void Launcher::installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"chipwatch"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    }
}

namespace {

// Fusion draws a check box's frame in a shade of the window colour, which on a dark window is as dark as the
// box: unchecked boxes (the company filter's) vanish. The frame is drawn from a lighter window colour instead.
class DarkFusionStyle final : public QProxyStyle
{
public:
    DarkFusionStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        // Item views draw their check boxes through PE_IndicatorCheckBox too, with a button option.
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if ((element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) && button) {
            QStyleOptionButton lighter(*button);
            lighter.palette.setColor(QPalette::Window, option->palette.color(QPalette::Text).darker(150));
            QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

} // namespace

void Launcher::applyDarkPalette(QApplication &app)
{
    app.setStyle(new DarkFusionStyle); // the application takes ownership
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7a, 0xc6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x43));
    palette.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3a));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    app.setPalette(palette);
}

int Launcher::run(QApplication &app, const LaunchOptions &options)
{
    if (options.dark) {
        applyDarkPalette(app);
    }
    const bool screenshotMode = !options.screenshot.isEmpty();
    const bool useDemo = options.demo || (screenshotMode && options.paths.isEmpty() && options.library.isEmpty());

    // A screenshot neither reads nor changes the user's preferences: it must look the same everywhere.
    QTemporaryDir scratch;
    if ((useDemo || screenshotMode) && !scratch.isValid()) {
        printLine(stderr, tr("chipwatch: cannot create a temporary folder: %1").arg(scratch.errorString()));
        return 1;
    }
    std::optional<Settings> settingsStorage;
    if (screenshotMode) {
        settingsStorage.emplace(scratch.filePath(u"settings.ini"_s));
    } else {
        settingsStorage.emplace();
    }
    Settings &settings = *settingsStorage;

    QString location;
    if (useDemo) {
        location = scratch.filePath(u"demo.sqlite"_s);
    } else if (screenshotMode && options.library.isEmpty()) {
        location = scratch.filePath(u"screenshot.sqlite"_s); // never the user's own library
    } else if (!options.library.isEmpty()) {
        location = options.library;
    } else {
        location = settings.libraryPath().isEmpty() ? Core::Library::defaultLocation() : settings.libraryPath();
    }
    if (location != u":memory:"_s) {
        QDir().mkpath(QFileInfo(location).absolutePath());
    }

    MainWindow window(settings);
    window.setSavesState(!screenshotMode);
    QString error;
    bool damaged = false;
    if (!window.openLibrary(location, &error, Core::Library::OpenMode::ReadWrite, &damaged) &&
        !(damaged && !screenshotMode && window.offerDamagedLibrary(location, error))) {
        const QString message = tr("Cannot open the library %1: %2").arg(QDir::toNativeSeparators(location), error);
        printLine(stderr, u"chipwatch: "_s + message);
        if (!screenshotMode && !damaged) { // a damaged library had its own dialog
            QMessageBox::critical(nullptr, tr("Chipwatch"), message);
        }
        return 1;
    }
    if (useDemo) {
        window.setLibraryDescription(tr("Demo library (temporary)"));
    } else if (screenshotMode && options.library.isEmpty()) {
        window.setLibraryDescription(tr("Temporary library"));
    }
    if (!useDemo && !screenshotMode) {
        settings.addRecentLibrary(window.library()->location()); // a recovered library is another file
    }

    QStringList toImport;
    MainWindow::ImportOrigin origin = MainWindow::ImportOrigin::User;
    bool firstRun = false;
    if (useDemo) {
        toImport = {demoResource};
        origin = MainWindow::ImportOrigin::Background;
    } else if (!options.paths.isEmpty()) {
        for (const QString &path : options.paths) {
            toImport << QFileInfo(path).absoluteFilePath();
        }
    } else if (!settings.firstRunDone() && !screenshotMode) {
        firstRun = true;
        toImport = {demoResource};
        origin = MainWindow::ImportOrigin::Background;
    }
    if (screenshotMode) {
        origin = MainWindow::ImportOrigin::Background; // no report dialog to wait for
        window.resize(1440, 900);
    }

    if (!options.page.isEmpty()) {
        window.showPage(options.page == u"dashboard"_s ? MainWindow::Page::Dashboard : MainWindow::Page::Articles);
    }
    if (!options.metric.isEmpty() && window.dashboard()) {
        window.dashboard()->metricChart()->setMetric(options.metric);
    }
    const auto applyCompanies = [&] {
        if (!options.companies.isEmpty()) {
            Core::ArticleFilter filter = window.articleFilter();
            filter.companies = options.companies;
            window.setArticleFilter(filter);
        }
    };
    applyCompanies();
    if (!options.entity.isEmpty() && toImport.isEmpty()) {
        window.showEntity(options.entity);
    }

    int exitCode = 0;
    const auto takeScreenshot = [&] {
        // The first article the (filtered) list shows.
        if (window.articleProxy()->rowCount() > 0) {
            window.selectArticleRow(window.articleProxy()->mapToSource(window.articleProxy()->index(0, 0)).row());
        }
        // Let the reader and the list lay themselves out before the window is grabbed.
        QTimer::singleShot(100, &window, [&] {
            QString writeError;
            if (writeScreenshot(window, options.screenshot, &writeError)) {
                printLine(stdout, QFileInfo(options.screenshot).absoluteFilePath());
            } else {
                printLine(stderr, tr("chipwatch: cannot write %1: %2").arg(options.screenshot, writeError));
                exitCode = 1;
            }
            app.exit(exitCode);
        });
    };

    QObject::connect(&window, &MainWindow::importFinished, &window, [&](const Core::ImportReport &report) {
        if (firstRun && !report.cancelled) {
            settings.setFirstRunDone(true);
        }
        // Companies the library did not mention before the import are in the panel now.
        applyCompanies();
        if (!options.entity.isEmpty()) {
            window.showEntity(options.entity);
        }
        if (screenshotMode) {
            takeScreenshot();
        }
    });

    window.show();
    const bool importing = !toImport.isEmpty() && window.importPaths(toImport, origin);
    if (screenshotMode && !importing) {
        takeScreenshot();
    }
    if (!importing && firstRun) {
        settings.setFirstRunDone(true);
    }
    qCDebug(lcLauncher) << "started with library" << location << "importing" << toImport;
    const int code = app.exec();
    return screenshotMode ? exitCode : code;
}

} // namespace Chipwatch::Ui
