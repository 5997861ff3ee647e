// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// `chipwatch-cli chart`: runs the real executable on the demo articles without a display, as a script would.
#include "demotestdata.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestExportCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartWritesAnImageOfTheRequestedSize_data();
    void chartWritesAnImageOfTheRequestedSize();
    void unknownMetricIsAUsageError();

private:
    int run(const QStringList &arguments, QByteArray *errors = nullptr) const;

    QString m_articles;
    QTemporaryDir m_dir;
};

int TestExportCli::run(const QStringList &arguments, QByteArray *errors) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The command must choose the offscreen platform by itself when there is no display.
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHIPWATCH_CLI), arguments);
    if (!process.waitForFinished(120000)) {
        return -1;
    }
    if (errors) {
        *errors = process.readAllStandardError();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestExportCli::initTestCase()
{
    m_articles = DemoTestData::articlesDir();
    QVERIFY(QDir(m_articles).exists());
    QVERIFY(m_dir.isValid());
}

void TestExportCli::chartWritesAnImageOfTheRequestedSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("currency");
    QTest::newRow("default currency") << QSize(1200, 700) << QString();
    QTest::newRow("in dollars") << QSize(800, 600) << u"USD"_s;
}

void TestExportCli::chartWritesAnImageOfTheRequestedSize()
{
    QFETCH(QSize, size);
    QFETCH(QString, currency);
    const QString file = m_dir.filePath(u"revenue-%1.png"_s.arg(size.width()));
    QStringList arguments{u"chart"_s,
                          u"--metric"_s,
                          u"revenue"_s,
                          u"--format"_s,
                          u"png"_s,
                          u"--width"_s,
                          QString::number(size.width()),
                          u"--height"_s,
                          QString::number(size.height()),
                          u"--out"_s,
                          file};
    if (!currency.isEmpty()) {
        arguments << u"--currency"_s << currency;
    }
    arguments << m_articles;
    QByteArray errors;
    QCOMPARE(run(arguments, &errors), 0);
    const QImage image(file);
    QVERIFY2(!image.isNull(), errors.constData());
    QCOMPARE(image.size(), size);
    const QRgb corner = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 5) {
        for (int x = 0; x < image.width() && !varied; x += 5) {
            varied = image.pixel(x, y) != corner;
        }
    }
    QVERIFY2(varied, "the chart is blank");
}

void TestExportCli::unknownMetricIsAUsageError()
{
    const QString file = m_dir.filePath(u"none.png"_s);
    QByteArray errors;
    QCOMPARE(run({u"chart"_s, u"--metric"_s, u"weather"_s, u"--out"_s, file, m_articles}, &errors), 2);
    QVERIFY(errors.contains("--metric"));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
