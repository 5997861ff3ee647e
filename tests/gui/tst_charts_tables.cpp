// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// The mention timeline and the chip table over the demo articles, and CSV export from the UI.
#include "analysis/articleanalyzer.h"
#include "charts/chiptableview.h"
#include "charts/mentiontimelineview.h"
#include "demotestdata.h"
#include "extract/knowledgebase.h"
#include "import/importer.h"
#include "storage/library.h"
#include "workspace/chiptablemodel.h"
#include "workspace/csvexporter.h"
#include "workspace/mentiontimelinemodel.h"

#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

class TestChartsTables final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineHasOneLinePerCompanyFromTheModel();
    void activatingAChipRowLeadsToASentenceNamingIt();
    void chipTableSortsAndFilters();
    void csvExportsFollowTheDecimalChoice_data();
    void csvExportsFollowTheDecimalChoice();

private:
    std::unique_ptr<Core::Library> m_library;
    std::unique_ptr<Core::KnowledgeBase> m_kb;
    QTemporaryDir m_dir;
};

void TestChartsTables::initTestCase()
{
    const QString articles = DemoTestData::articlesDir();
    m_library = std::make_unique<Core::Library>(u":memory:"_s);
    QString error;
    QVERIFY2(m_library->open(&error), qPrintable(error));
    m_kb = std::make_unique<Core::KnowledgeBase>(Core::KnowledgeBase::builtIn());
    const Core::ArticleAnalyzer analyzer(*m_kb);
    Core::Importer::run(*m_library, {articles}, {}, &analyzer, m_kb->revision());
    QCOMPARE(m_library->articleCount(), DemoTestData::articleCount);
}

void TestChartsTables::timelineHasOneLinePerCompanyFromTheModel()
{
    Ui::MentionTimelineView view(*m_library);
    view.setCompanies({u"Nvidia"_s, u"Huawei"_s});
    QCOMPARE(view.series().size(), 2);
    Core::MentionTimelineModel *model = view.model();
    QVERIFY(model->rowCount() > 0);
    int total = 0;
    for (int i = 0; i < 2; ++i) {
        QLineSeries *series = view.series().at(i);
        QCOMPARE(series->count(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QPointF p = series->at(row);
            QCOMPARE(p.x(), model->data(model->index(row, Core::MentionTimelineModel::xColumn(i))).toDouble());
            QCOMPARE(p.y(), model->data(model->index(row, Core::MentionTimelineModel::yColumn(i))).toDouble());
            total += int(p.y());
        }
    }
    QVERIFY2(total > 0, "neither company is mentioned in a dated article");
}

void TestChartsTables::activatingAChipRowLeadsToASentenceNamingIt()
{
    Ui::ChipTableView view(*m_library, *m_kb);
    QVERIFY(view.model()->rowCount() > 0);
    QSignalSpy spy(&view, &Ui::ChipTableView::sourceActivated);
    const QModelIndex first = view.proxy()->index(0, Core::ChipTableModel::ChipColumn);
    emit view.table()->activated(first);
    QCOMPARE(spy.size(), 1);
    const std::optional<Core::StoredArticle> article = m_library->article(spy.at(0).at(0).toLongLong());
    QVERIFY(article);
    const qint64 start = spy.at(0).at(1).toLongLong();
    const qint64 end = spy.at(0).at(2).toLongLong();
    QVERIFY(start >= 0 && start < end && end <= article->document.text.size());
    QVERIFY(!first.data().toString().isEmpty());
}

void TestChartsTables::chipTableSortsAndFilters()
{
    Ui::ChipTableView view(*m_library, *m_kb);
    const int rows = view.proxy()->rowCount();
    QVERIFY(rows > 1);
    view.table()->sortByColumn(Core::ChipTableModel::ChipColumn, Qt::AscendingOrder);
    for (int row = 1; row < rows; ++row) {
        const QString before = view.proxy()->index(row - 1, 0).data(Core::SortRole).toString();
        const QString after = view.proxy()->index(row, 0).data(Core::SortRole).toString();
        QVERIFY2(QString::compare(before, after, Qt::CaseInsensitive) <= 0 || before <= after,
                 qPrintable(before + u" > "_s + after));
    }
    const QString chip = view.proxy()->index(0, 0).data().toString();
    auto *filter = view.findChild<QLineEdit *>(u"chipFilter"_s);
    QVERIFY(filter);
    filter->setText(chip);
    QVERIFY(view.proxy()->rowCount() >= 1);
    QVERIFY(view.proxy()->rowCount() <= rows);
    filter->setText(u"no chip is called like this"_s);
    QCOMPARE(view.proxy()->rowCount(), 0);
}

void TestChartsTables::csvExportsFollowTheDecimalChoice_data()
{
    QTest::addColumn<bool>("comma");
    QTest::newRow("decimal point") << false;
    QTest::newRow("decimal comma") << true;
}

void TestChartsTables::csvExportsFollowTheDecimalChoice()
{
    QFETCH(bool, comma);
    Ui::ChipTableView view(*m_library, *m_kb);
    Core::CsvOptions options;
    options.decimal = comma ? Core::CsvOptions::Decimal::Comma : Core::CsvOptions::Decimal::Point;
    QString error;
    const QString chips = m_dir.filePath(u"chips-%1.csv"_s.arg(comma));
    const QString facts = m_dir.filePath(u"facts-%1.csv"_s.arg(comma));
    QVERIFY2(view.writeChipsCsv(chips, options, &error), qPrintable(error));
    QVERIFY2(view.writeFactsCsv(facts, options, &error), qPrintable(error));

    QFile chipFile(chips);
    QVERIFY(chipFile.open(QIODevice::ReadOnly));
    const QList<QStringList> chipRows = Core::CsvExporter::parse(chipFile.readAll(), options.separator());
    QCOMPARE(chipRows.size(), view.model()->rowCount() + 1);
    QVERIFY(chipRows.at(0).size() > 2);

    QFile factFile(facts);
    QVERIFY(factFile.open(QIODevice::ReadOnly));
    const QList<QStringList> factRows = Core::CsvExporter::parse(factFile.readAll(), options.separator());
    QVERIFY(factRows.size() > 1);
    const qsizetype valueColumn = factRows.at(0).indexOf(u"value"_s);
    QVERIFY2(valueColumn >= 0, qPrintable(factRows.at(0).join(u'|')));
    // The articles state whole numbers only, so the choice shows in the field separator; the number format
    // itself is CsvExporter's own test.
    QVERIFY(factRows.at(0).size() > 5);
    for (qsizetype i = 1; i < factRows.size(); ++i) {
        QCOMPARE(factRows.at(i).size(), factRows.at(0).size());
        bool isNumber = false;
        QString value = factRows.at(i).value(valueColumn);
        (comma ? QLocale(QLocale::German) : QLocale::c()).toDouble(value, &isNumber);
        QVERIFY2(isNumber, qPrintable(value));
    }
}

QTEST_MAIN(TestChartsTables)
#include "tst_charts_tables.moc"
