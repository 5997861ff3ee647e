// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "commands.h"

#include "analysis/articleanalyzer.h"
#include "analysis/chiptable.h"
#include "charts/chartexporter.h"
#include "charts/metricchartview.h"
#include "export/exchangeformat.h"
#include "extract/knowledgebase.h"
#include "import/articleloader.h"
#include "import/importer.h"
#include "pipeline/analysedimport.h"
#include "pipeline/analyzercache.h"
#include "progressline.h"
#include "storage/library.h"
#include "workspace/csvexporter.h"
#include "workspace/currencyrates.h"
#include "workspace/factrecords.h"
#include "workspace/metricchartmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QtConcurrent>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

namespace {

// Set by Ctrl+C during an import. The handler does nothing else: a lock-free atomic store is all a signal handler
// may do safely; the importer reads the flag between files and inside the reading and analysis of each.
std::atomic<bool> interruptRequested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");

} // namespace

extern "C" {
static void chipwatchCliOnInterrupt(int /*signal*/)
{
    interruptRequested.store(true);
}
}

namespace Chipwatch::Cli {

// The translation context of the commands' messages: the qualified name, which is what lupdate records for
// Commands::tr() calls (it records a free tr() helper's calls under the namespace, which no lookup ever used).
class Commands final
{
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Cli::Commands)
};

namespace {

// Parses a command's arguments; prints help or errors itself. Returns the exit code to stop with, or -1 to go on.
int parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                 const QString &description = {})
{
    parser.setApplicationDescription(description.isEmpty() ? Commands::tr("chipwatch-cli %1").arg(command)
                                                           : description);
    parser.addPositionalArgument(u"PATH"_s, Commands::tr("Article files or folders."), u"PATH..."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Commands::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"chipwatch-cli "_s + command} + arguments)) {
        QTextStream(stderr) << "chipwatch-cli " << command << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "chipwatch-cli " << command << ": " << Commands::tr("no files or folders given.")
                            << '\n';
        return 2;
    }
    return -1;
}

struct AnalysedArticle
{
    LoadedArticle article;
    ArticleAnalysis analysis;
};

struct AnalysedFiles
{
    QList<AnalysedArticle> articles;
    QList<RefusedFile> refused;
    QString assumedDate; // what dates an undated article: the latest date of the others (ArticleAnalyzer)
};

// Loads the files in parallel (they are independent); the result keeps the order given. The articles are not
// analysed yet: an undated one is dated by all the others.
AnalysedFiles loadAll(const QStringList &paths)
{
    AnalysedFiles all;
    const QStringList files = ArticleLoader::collectFiles(paths, &all.refused);
    const QList<LoadResult> loaded =
        QtConcurrent::blockingMapped(files, [](const QString &path) { return ArticleLoader::loadFile(path); });
    QStringList dates;
    for (const LoadResult &file : loaded) {
        all.refused << file.refused;
        for (const LoadedArticle &article : file.articles) {
            dates << article.document.meta.date;
            all.articles.append({article, {}});
        }
    }
    all.assumedDate = ArticleAnalyzer::assumedDateFor(dates);
    return all;
}

// loadAll(), then the analyses in parallel.
AnalysedFiles loadAndAnalyse(const QStringList &paths, const ArticleAnalyzer &analyzer)
{
    AnalysedFiles all = loadAll(paths);
    QtConcurrent::blockingMap(all.articles, [&analyzer, &all](AnalysedArticle &a) {
        const CleanedDocument &doc = a.article.document;
        a.analysis = analyzer.analyze(doc.text, doc.body, doc.meta.language, doc.meta.date, nullptr, all.assumedDate);
    });
    return all;
}

// Reports refused files on stderr; returns the exit code for what was read.
int finish(const QString &command, const AnalysedFiles &files)
{
    QTextStream err(stderr);
    for (const RefusedFile &r : files.refused) {
        err << r.filePath << ": " << r.reason << '\n';
    }
    if (files.articles.isEmpty()) {
        err << "chipwatch-cli " << command << ": " << Commands::tr("no article could be read.") << '\n';
        return 1;
    }
    return files.refused.isEmpty() ? 0 : 3;
}

// How the output names an article: its file name, with the position for one of several articles in a JSON file.
QString articleName(const LoadedArticle &article)
{
    return QFileInfo(article.filePath).fileName() +
           (article.format == ArticleFormat::Json ? u'#' + QString::number(article.indexInFile) : QString());
}

bool writeStdout(const QByteArray &bytes)
{
    QFile out;
    return out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush();
}

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonl(u"jsonl"_s,
                                   Commands::tr("Write one JSON object per article (JSON Lines); the default."));
    parser.addOption(jsonl);
    if (const int code = parseCommand(parser, u"extract"_s, arguments); code >= 0) {
        return code;
    }
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    const AnalysedFiles files = loadAndAnalyse(parser.positionalArguments(), analyzer);

    QByteArray out;
    for (const AnalysedArticle &a : files.articles) {
        out += QJsonDocument(ExchangeFormat::articleObject(a.article, &a.analysis)).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    if (!writeStdout(out)) {
        return 1;
    }
    return finish(u"extract"_s, files);
}

int runChips(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, Commands::tr("Write the chip table as JSON; the default."));
    parser.addOption(json);
    if (const int code = parseCommand(parser, u"chips"_s, arguments); code >= 0) {
        return code;
    }
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    const AnalysedFiles files = loadAndAnalyse(parser.positionalArguments(), analyzer);

    ChipTable table(kb);
    for (const AnalysedArticle &a : files.articles) {
        table.addArticle(articleName(a.article), a.article.document.text, a.analysis);
    }
    if (!writeStdout(QJsonDocument(table.toJson()).toJson(QJsonDocument::Indented))) {
        return 1;
    }
    return finish(u"chips"_s, files);
}

int runFacts(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(u"csv"_s, Commands::tr("Write the facts as CSV (UTF-8, RFC 4180); the default."));
    const QCommandLineOption decimalComma(
        u"decimal-comma"_s, Commands::tr("Write numbers with a decimal comma and separate fields with ';'."));
    const QCommandLineOption bom(u"bom"_s, Commands::tr("Start with a UTF-8 byte order mark (for some spreadsheets)."));
    parser.addOptions({csv, decimalComma, bom});
    if (const int code = parseCommand(parser, u"facts"_s, arguments); code >= 0) {
        return code;
    }
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    const AnalysedFiles files = loadAndAnalyse(parser.positionalArguments(), analyzer);

    QList<FactRecord> facts;
    for (const AnalysedArticle &a : files.articles) {
        const CleanedDocument &doc = a.article.document;
        facts << factRecords(a.analysis, doc.text, doc.meta, articleName(a.article));
    }
    CsvOptions options;
    options.decimal = parser.isSet(decimalComma) ? CsvOptions::Decimal::Comma : CsvOptions::Decimal::Point;
    options.byteOrderMark = parser.isSet(bom);
    if (!writeStdout(CsvExporter::factsCsv(facts, options))) {
        return 1;
    }
    return finish(u"facts"_s, files);
}

namespace {

QString oneLine(QStringView text, qsizetype maxLength)
{
    QString s = text.toString().simplified();
    if (s.size() > maxLength) {
        s = s.left(maxLength - 1) + u'…';
    }
    return s;
}

QString numberText(double value)
{
    return QString::number(value, 'f', std::abs(value) >= 1000 || value == std::floor(value) ? 0 : 2);
}

} // namespace

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parseCommand(parser, u"explain"_s, arguments); code >= 0) {
        return code;
    }
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    const AnalysedFiles files = loadAll(parser.positionalArguments());
    const QString &assumedDate = files.assumedDate;
    QTextStream out(stdout);
    int read = 0;
    for (const AnalysedArticle &loaded : files.articles) {
        const LoadedArticle &article = loaded.article;
        const CleanedDocument &doc = article.document;
        QList<FigureStatement> statements;
        const ArticleAnalysis analysis =
            analyzer.analyze(doc.text, doc.body, doc.meta.language, doc.meta.date, &statements, assumedDate);
        const QString date = doc.meta.date.isEmpty()
                                 ? Commands::tr("none; periods without a year assume %1").arg(assumedDate)
                                 : doc.meta.date;
        out << "== " << articleName(article) << "  (" << Commands::tr("language") << ' ' << doc.meta.language << ", "
            << Commands::tr("date") << ' ' << date << ")\n";
        QHash<qsizetype, const FigureStatement *> byFigure;
        for (const FigureStatement &st : std::as_const(statements)) {
            byFigure.insert(st.figure, &st);
        }
        qsizetype lastSentence = -1;
        for (qsizetype i = 0; i < analysis.figures.size(); ++i) {
            const Figure &fig = analysis.figures[i];
            const QStringView surface = QStringView(doc.text).mid(fig.span.start, fig.span.length());
            for (qsizetype s = 0; s < analysis.sentences.size(); ++s) {
                const TextSpan &span = analysis.sentences[s].span;
                if (span.start <= fig.span.start && fig.span.start < span.end && s != lastSentence) {
                    out << "\n  " << Commands::tr("sentence") << ": "
                        << oneLine(QStringView(doc.text).mid(span.start, span.length()), 220) << '\n';
                    lastSentence = s;
                }
            }
            out << "  [" << fig.span.start << '-' << fig.span.end << "] \"" << surface << "\"  "
                << figureTypeName(fig.type) << ' '
                << (fig.type == FigureType::Date ? fig.isoDate : numberText(fig.value))
                << (fig.unit.isEmpty() ? QString() : u' ' + fig.unit) << '\n';
            const FigureStatement *st = byFigure.value(i, nullptr);
            if (!st) {
                out << "      -> " << Commands::tr("no fact: only money and percentages inside a sentence make facts")
                    << '\n';
                continue;
            }
            out << "      " << Commands::tr("trigger") << ": " << (st->trigger.isEmpty() ? u"-"_s : st->trigger)
                << (st->frame.isEmpty() ? QString() : u" ("_s + st->frame + u')') << "  " << Commands::tr("role")
                << ": " << st->role << "  " << Commands::tr("modality") << ": " << st->modality << "  "
                << Commands::tr("polarity") << ": "
                << (st->polarity < 0   ? u"-"_s
                    : st->polarity > 0 ? u"+"_s
                                       : u"none"_s)
                << '\n';
            out << "      " << Commands::tr("subject") << ": "
                << (st->subject.isEmpty() ? u"-"_s : st->subject + u" ("_s + st->subjectHow + u')') << "  "
                << Commands::tr("period") << ": "
                << (st->period.isEmpty() ? u"-"_s : st->period + u" ("_s + st->periodHow + u')') << '\n';
            if (st->fact >= 0 && st->fact < analysis.facts.size()) {
                const Fact &f = analysis.facts[st->fact];
                QStringList values;
                for (const FactValue &v : f.values) {
                    values << numberText(v.value) + u' ' + v.unit;
                }
                out << "      -> " << Commands::tr("fact") << ": " << f.subject << ' ' << f.metric << ' '
                    << values.join(u" = ") << ' ' << (f.period.isEmpty() ? u"(no period)"_s : f.period) << "  ["
                    << factKindName(f.kind) << ", " << factRoleName(f.role)
                    << (f.basePeriod.isEmpty() ? QString() : u", "_s + Commands::tr("against") + u' ' + f.basePeriod)
                    << "]\n";
            } else {
                out << "      -> " << Commands::tr("no fact") << ": " << st->reason << '\n';
            }
        }
        out << '\n';
        ++read;
    }
    out.flush();
    QTextStream err(stderr);
    for (const RefusedFile &r : std::as_const(files.refused)) {
        err << r.filePath << ": " << r.reason << '\n';
    }
    if (read == 0) {
        err << "chipwatch-cli explain: " << Commands::tr("no article could be read.") << '\n';
        return 1;
    }
    return files.refused.isEmpty() ? 0 : 3;
}

int runChart(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption metric(
        u"metric"_s, Commands::tr("The metric to chart: %1.").arg(Ui::MetricChartView::metrics().join(u", "_s)),
        u"METRIC"_s);
    const QCommandLineOption company(u"company"_s, Commands::tr("Only this company (repeat for several)."), u"NAME"_s);
    const QCommandLineOption currency(u"currency"_s, Commands::tr("Convert money to this currency (ISO 4217)."),
                                      u"CODE"_s);
    const QCommandLineOption format(
        u"format"_s, Commands::tr("png, svg or pdf (default: from the file name, else png)."), u"FORMAT"_s);
    const QCommandLineOption width(u"width"_s, Commands::tr("Width in pixels (default 1600)."), u"W"_s, u"1600"_s);
    const QCommandLineOption height(u"height"_s, Commands::tr("Height in pixels (default 900)."), u"H"_s, u"900"_s);
    const QCommandLineOption out(u"out"_s, Commands::tr("The file to write."), u"FILE"_s);
    const QCommandLineOption forecasts(
        u"forecasts"_s,
        Commands::tr("Also draw forecasts and estimates, as bars of their own (default: reported values only)."));
    parser.addOptions({metric, company, currency, format, width, height, out, forecasts});
    if (const int code = parseCommand(parser, u"chart"_s, arguments); code >= 0) {
        return code;
    }
    QTextStream err(stderr);
    const auto usageError = [&err](const QString &message) {
        err << "chipwatch-cli chart: " << message << '\n';
        return 2;
    };
    if (!parser.isSet(metric) || !Ui::MetricChartView::metrics().contains(parser.value(metric))) {
        return usageError(
            Commands::tr("--metric must be one of: %1.").arg(Ui::MetricChartView::metrics().join(u", "_s)));
    }
    if (!parser.isSet(out)) {
        return usageError(Commands::tr("--out FILE is required."));
    }
    const QString fileName = parser.value(out);
    const std::optional<Ui::ChartExporter::Format> chosen =
        Ui::ChartExporter::formatFromName(parser.isSet(format) ? parser.value(format) : QFileInfo(fileName).suffix());
    if (!chosen) {
        if (parser.isSet(format)) {
            return usageError(Commands::tr("unknown format '%1' (png, svg or pdf).").arg(parser.value(format)));
        }
    }
    bool widthOk = false;
    bool heightOk = false;
    Ui::ChartExporter::Options options;
    options.format = chosen.value_or(Ui::ChartExporter::Format::Png);
    options.size = QSize(parser.value(width).toInt(&widthOk), parser.value(height).toInt(&heightOk));
    if (!widthOk || !heightOk || options.size.width() < 1 || options.size.height() < 1) {
        return usageError(Commands::tr("--width and --height take whole numbers of pixels above 0."));
    }

    // The same path as the GUI: an in-memory library, imported and analysed, feeds the same chart model.
    Library library(u":memory:"_s);
    QString error;
    if (!library.open(&error)) {
        err << "chipwatch-cli chart: " << error << '\n';
        return 1;
    }
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    const ImportReport report = Importer::run(library, parser.positionalArguments(), {}, &analyzer, kb.revision());
    for (const RefusedFile &r : report.refused) {
        err << r.filePath << ": " << r.reason << '\n';
    }
    if (library.articleCount() == 0) {
        err << "chipwatch-cli chart: " << Commands::tr("no article could be read.") << '\n';
        return 1;
    }
    CurrencyRates rates(library);
    if (!rates.reload(&error)) {
        err << "chipwatch-cli chart: " << error << '\n';
        return 1;
    }

    Ui::MetricChartView view(library, &rates);
    view.setMetric(parser.value(metric));
    if (parser.isSet(currency)) {
        view.setCurrency(parser.value(currency).toUpper());
    }
    if (parser.isSet(company)) {
        view.setSubjects(parser.values(company));
    }
    view.setIncludeForecasts(parser.isSet(forecasts));
    if (view.model()->rowCount() == 0) {
        err << "chipwatch-cli chart: "
            << Commands::tr("the articles state no figure for '%1'.").arg(parser.value(metric)) << '\n';
        return 1;
    }
    options.footnote = view.sourceFootnote();
    error = Ui::ChartExporter::exportToFile(view.chart(), fileName, options);
    if (!error.isEmpty()) {
        err << "chipwatch-cli chart: " << error << '\n';
        return 1;
    }
    return report.refused.isEmpty() ? 0 : 3;
}

namespace {

// The import's counts, as the GUI's import report shows them; one "label: number" line each, for people and scripts.
void printImportSummary(const ImportReport &report)
{
    QTextStream out(stdout);
    out << Commands::tr("Files examined: %1").arg(report.filesSeen) << '\n'
        << Commands::tr("Articles imported: %1").arg(report.importedIds.size()) << '\n'
        << Commands::tr("Duplicates (already in the library): %1").arg(report.duplicates.size()) << '\n'
        << Commands::tr("Refused files: %1").arg(report.refused.size()) << '\n'
        << Commands::tr("Not article files: %1").arg(report.skipped.size()) << '\n';
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption libraryOption(
        u"library"_s,
        Commands::tr("The library file to import into; created when it does not exist (its folder must)."), u"FILE"_s);
    parser.addOption(libraryOption);
    const QString description =
        Commands::tr("chipwatch-cli import: imports article files and folders into a library and analyses them,\n"
                     "as the import of the Chipwatch window does.\n"
                     "\n"
                     "Prints the counts on standard output and each refused file with its reason on standard\n"
                     "error; on a terminal, a progress line on standard error. Ctrl+C stops after the article\n"
                     "at hand; the articles imported before stay in the library.\n"
                     "\n"
                     "Exit status: 0 every file imported or already in the library, 1 the library cannot be\n"
                     "opened or no article could be read, 2 usage error, 3 some files were refused,\n"
                     "130 interrupted.");
    if (const int code = parseCommand(parser, u"import"_s, arguments, description); code >= 0) {
        return code;
    }
    QTextStream err(stderr);
    if (!parser.isSet(libraryOption) || parser.value(libraryOption).isEmpty()) {
        err << "chipwatch-cli import: " << Commands::tr("--library FILE is required.") << '\n';
        return 2;
    }
    const QString location = parser.value(libraryOption);
    const QFileInfo info(location);
    // A mistyped folder is an error, not a reason to create one (Library::open would).
    if (const QFileInfo folder(info.absolutePath()); !folder.isDir()) {
        const QString why = folder.exists()
                                ? Commands::tr("cannot create the library %1: %2 is not a folder.")
                                : Commands::tr("cannot create the library %1: the folder %2 does not exist.");
        err << "chipwatch-cli import: "
            << why.arg(QDir::toNativeSeparators(location), QDir::toNativeSeparators(info.absolutePath())) << '\n';
        return 1;
    }
    Library library(location);
    QString error;
    // A damaged, read-only or foreign file is refused here, before anything is written to it.
    if (!library.open(&error)) {
        err << "chipwatch-cli import: " << error << '\n';
        if (library.isDamaged()) {
            err << "chipwatch-cli import: "
                << Commands::tr(
                       "nothing was imported. Open the library in Chipwatch to read it read-only or to recover what "
                       "can still be read into a new library.")
                << '\n';
        }
        return 1;
    }

    ProgressLine progressLine(stderr);
    interruptRequested.store(false);
    const auto previousHandler = std::signal(SIGINT, chipwatchCliOnInterrupt);
    const QLocale locale;
    const auto onProgress = [&progressLine, &locale](int done, int total, const QString &file) {
        if (!file.isEmpty()) {
            progressLine.update(
                Commands::tr("Importing %1 of %2: %3")
                    .arg(locale.toString(done + 1), locale.toString(total), QFileInfo(file).fileName()));
        }
        return !interruptRequested.load();
    };
    // The same pipeline as the window's import: the analyser of the library's knowledge base, then the import.
    progressLine.update(Commands::tr("Preparing the analysis…"), true);
    AnalyzerCache analyzers;
    const ImportReport report =
        importAndAnalyse(library, analyzers, parser.positionalArguments(), onProgress, &interruptRequested);
    std::signal(SIGINT, previousHandler == SIG_ERR ? SIG_DFL : previousHandler);
    progressLine.clear();

    printImportSummary(report);
    for (const RefusedFile &r : std::as_const(report.refused)) {
        err << r.filePath << ": " << r.reason << '\n';
    }
    if (report.cancelled) {
        err << "chipwatch-cli import: "
            << Commands::tr("interrupted; the articles imported before that stay in the library.") << '\n';
        return 130;
    }
    if (report.importedIds.isEmpty() && report.duplicates.isEmpty()) {
        err << "chipwatch-cli import: " << Commands::tr("no article could be read.") << '\n';
        return 1;
    }
    return report.refused.isEmpty() ? 0 : 3;
}

} // namespace Chipwatch::Cli
