// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Chart exports: files of the requested size, not blank, in the format asked for.
#include "charts/chartexporter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Ui;

class TestExport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pngHasTheRequestedPixelSizeAndIsNotBlank_data();
    void pngHasTheRequestedPixelSizeAndIsNotBlank();
    void svgIsXmlWithTheRequestedSize();
    void pdfHasOnePageOfTheRequestedAspect();
    void formatNamesAreRecognised_data();
    void formatNamesAreRecognised();
    void unwritableTargetGivesAnErrorAndNoFile();
    void exportLeavesTheChartGeometryAlone();

private:
    std::unique_ptr<QChart> m_chart;
    QTemporaryDir m_dir;
};

void TestExport::init()
{
    m_chart = std::make_unique<QChart>();
    m_chart->setTitle(u"Revenue (million CNY)"_s);
    auto *series = new QBarSeries;
    auto *a = new QBarSet(u"Alpha"_s);
    *a << 743 << 120;
    auto *b = new QBarSet(u"Beta"_s);
    *b << 300 << 410;
    series->append(a);
    series->append(b);
    m_chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append({u"2024"_s, u"2025-H1"_s});
    auto *values = new QValueAxis;
    values->setTitleText(u"million CNY"_s);
    m_chart->addAxis(categories, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    m_chart->setBackgroundBrush(Qt::white);
    m_chart->setTitleBrush(Qt::black);
}

void TestExport::pngHasTheRequestedPixelSizeAndIsNotBlank_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("default") << QSize(1600, 900) << 1.0 << QSize(1600, 900);
    QTest::newRow("small") << QSize(640, 400) << 1.0 << QSize(640, 400);
    QTest::newRow("double scale") << QSize(800, 450) << 2.0 << QSize(1600, 900);
}

void TestExport::pngHasTheRequestedPixelSizeAndIsNotBlank()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(QSize, pixels);
    const QString file = m_dir.filePath(u"chart.png"_s);
    ChartExporter::Options options;
    options.size = size;
    options.scale = scale;
    options.footnote = u"Sources: a test"_s;
    QCOMPARE(ChartExporter::exportToFile(m_chart.get(), file, options), QString());

    QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), pixels);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 3; y += 7) {
        for (int x = 0; x < image.width() && colours.size() < 3; x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 1, "the exported chart is blank");
}

void TestExport::svgIsXmlWithTheRequestedSize()
{
    const QString file = m_dir.filePath(u"chart.svg"_s);
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Svg;
    options.size = QSize(1200, 700);
    QCOMPARE(ChartExporter::exportToFile(m_chart.get(), file, options), QString());

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString width;
    QString height;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (xml.name() == u"svg"_s && width.isEmpty()) {
                width = xml.attributes().value(u"width"_s).toString();
                height = xml.attributes().value(u"height"_s).toString();
            }
            ++elements;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(width.startsWith(u"1200"_s) || width.startsWith(u"317"_s), qPrintable(width));
    QVERIFY(!height.isEmpty());
    const double w = width.remove(QRegularExpression(u"[a-z]+$"_s)).toDouble();
    const double h = height.remove(QRegularExpression(u"[a-z]+$"_s)).toDouble();
    QVERIFY(h > 0);
    QVERIFY(qAbs(w / h - 1200.0 / 700.0) < 0.01);
    QVERIFY2(elements > 20, "the SVG has hardly any content");
}

void TestExport::pdfHasOnePageOfTheRequestedAspect()
{
    const QString file = m_dir.filePath(u"chart.pdf"_s);
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Pdf;
    options.size = QSize(1600, 900);
    QCOMPARE(ChartExporter::exportToFile(m_chart.get(), file, options), QString());

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 2000);
    const QRegularExpression box(u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"_s);
    const QRegularExpressionMatch match = box.match(QString::fromLatin1(pdf));
    QVERIFY2(match.hasMatch(), "no page size in the PDF");
    const double w = match.captured(1).toDouble();
    const double h = match.captured(2).toDouble();
    QVERIFY(h > 0);
    QVERIFY2(qAbs(w / h - 16.0 / 9.0) < 0.01, qPrintable(u"%1 x %2"_s.arg(w).arg(h)));
}

void TestExport::formatNamesAreRecognised_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::newRow("png") << u"png"_s << int(ChartExporter::Format::Png);
    QTest::newRow("upper svg") << u"SVG"_s << int(ChartExporter::Format::Svg);
    QTest::newRow("dotted pdf") << u".pdf"_s << int(ChartExporter::Format::Pdf);
    QTest::newRow("unknown") << u"gif"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestExport::formatNamesAreRecognised()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<ChartExporter::Format> parsed = ChartExporter::formatFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, format);
}

void TestExport::unwritableTargetGivesAnErrorAndNoFile()
{
    const QString file = m_dir.filePath(u"no/such/folder/chart.png"_s);
    const QString error = ChartExporter::exportToFile(m_chart.get(), file, {});
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(file));
}

void TestExport::exportLeavesTheChartGeometryAlone()
{
    m_chart->resize(500, 300);
    const QRectF before = m_chart->geometry();
    QCOMPARE(ChartExporter::renderImage(m_chart.get(), {}).size(), QSize(1600, 900));
    QCOMPARE(m_chart->geometry(), before);
    QVERIFY(!m_chart->scene());
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
