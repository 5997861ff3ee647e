// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "commands.h"
#include "text/languagedetector.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "main", "Usage: chipwatch-cli COMMAND [OPTIONS] PATH...\n"
                "\n"
                "Reads article files (.txt, .md, .html, .htm, .json) and folders of them.\n"
                "\n"
                "Commands:\n"
                "  extract --jsonl PATH...   one JSON object per article: text, article ranges,\n"
                "                            title, date, language, source, entities, figures, facts\n"
                "  chips --json PATH...      the chip table: chip, vendor, kind, purpose, what it is\n"
                "                            compared with, claims with their sentences\n"
                "  chart --metric METRIC --out FILE PATH...\n"
                "                            one metric as a bar chart (png, svg, pdf);\n"
                "                            --company NAME, --currency CODE, --forecasts, --format,\n"
                "                            --width, --height\n"
                "  explain FILE...           for every figure: its trigger, frame, role, subject\n"
                "                            and how it was found, period, polarity, modality,\n"
                "                            and the fact it became or why none\n"
                "  facts --csv PATH...       the facts as CSV: subject, metric, value, unit, period,\n"
                "                            article, date, source, file, sentence\n"
                "                            (--decimal-comma: 26,5 and ';' between fields; --bom)\n"
                "  import --library FILE PATH...\n"
                "                            import and analyse into a library file (created if\n"
                "                            needed), as the GUI does; prints the import report;\n"
                "                            exit status 130 when interrupted with Ctrl+C\n"
                "\n"
                "Options:\n"
                "  -h, --help                show this help (COMMAND --help: the command's own)\n"
                "  -v, --version             show the version\n"
                "\n"
                "Exit status: 0 all files read, 1 nothing could be read, 2 usage error,\n"
                "3 some files were refused (their reasons are on standard error).\n");
}

} // namespace

int main(int argc, char *argv[])
{
    Chipwatch::Core::LanguageDetector::keepScratchMemoryBetweenCalls();
    // Charts are drawn with widgets, which need a QApplication; without a display it renders offscreen.
    const bool drawsCharts = argc > 1 && qstrcmp(argv[1], "chart") == 0;
    if (drawsCharts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app =
        drawsCharts ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"chipwatch-cli"_s);
    QCoreApplication::setOrganizationName(u"Chipwatch"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIPWATCH_VERSION));
    // Messages in the user's language, from the catalogue the window uses (:/i18n, linked in with chipwatch_ui), and
    // Qt's own for QCommandLineParser's.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), u"chipwatch"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&translator);
    }

    // Results go to standard output and problems to standard error; progress chatter stays off unless asked for
    // through QT_LOGGING_RULES. So do the library's warnings: they repeat, for the log, the messages that the
    // commands print themselves (why a library cannot be opened, why an article could not be stored).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(
            u"chipwatch.*.info=false\nchipwatch.*.debug=false\nchipwatch.core.library.warning=false"_s);
    }

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == u"-h" || command == u"--help" || command == u"help") {
        out << usage();
        return 0;
    }
    if (command == u"-v" || command == u"--version") {
        out << "chipwatch-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == u"extract") {
        return Chipwatch::Cli::runExtract(args);
    }
    if (command == u"chips") {
        return Chipwatch::Cli::runChips(args);
    }
    if (command == u"chart") {
        return Chipwatch::Cli::runChart(args);
    }
    if (command == u"explain") {
        return Chipwatch::Cli::runExplain(args);
    }
    if (command == u"facts") {
        return Chipwatch::Cli::runFacts(args);
    }
    if (command == u"import") {
        return Chipwatch::Cli::runImport(args);
    }
    err << QCoreApplication::translate("main", "chipwatch-cli: unknown command '%1'.").arg(command) << "\n\n"
        << usage();
    return 2;
}
