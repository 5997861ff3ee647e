// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Runs `chipwatch --screenshot` the way the run script does where there is no display.
#include "demotestdata.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreenshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesANonBlankPng_data();
    void writesANonBlankPng();
    void refusesAnUnwritablePath();

private:
    // Runs the executable with its own settings and data folders, so the user's are never touched.
    static bool runChipwatch(const QStringList &arguments, const QTemporaryDir &home, QByteArray *out, int *exitCode);
};

bool TestScreenshot::runChipwatch(const QStringList &arguments, const QTemporaryDir &home, QByteArray *out,
                                  int *exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"HOME"_s, home.path());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(CHIPWATCH_EXECUTABLE), arguments);
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    *out = process.readAllStandardOutput();
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty()) {
        qDebug().noquote() << "chipwatch stderr:" << err.left(2000);
    }
    return true;
}

void TestScreenshot::writesANonBlankPng_data()
{
    QTest::addColumn<bool>("withArticles");
    QTest::newRow("articles given") << true;
    QTest::newRow("demo articles") << false;
}

void TestScreenshot::writesANonBlankPng()
{
    QFETCH(bool, withArticles);
    // The demo articles as files a user gives on the command line, or the built-in ones.
    const QString articles = DemoTestData::articlesDir();
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString png = home.filePath(u"shot.png"_s);
    QStringList arguments{u"--screenshot"_s, png};
    if (withArticles) {
        arguments << u"--library"_s << home.filePath(u"library.sqlite"_s) << articles;
    }
    QByteArray out;
    int exitCode = -1;
    QVERIFY2(runChipwatch(arguments, home, &out, &exitCode), "chipwatch did not finish");
    QCOMPARE(exitCode, 0);
    QCOMPARE(QString::fromUtf8(out).trimmed(), QFileInfo(png).absoluteFilePath());

    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Non-blank: a rendered window has text, frames and a selection, so many distinct colours, and
    // content in both halves (article list on the left, reader on the right).
    QSet<QRgb> colours;
    QSet<QRgb> left;
    QSet<QRgb> right;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            (x < image.width() / 3 ? left : right).insert(pixel);
        }
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY(left.size() > 10);
    QVERIFY(right.size() > 10);
    if (withArticles) {
        // The library the window listed is the one given on the command line, with every article in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"screenshot"_s);
        db.setDatabaseName(home.filePath(u"library.sqlite"_s));
        QVERIFY(db.open());
        {
            QSqlQuery count(u"SELECT count(*) FROM articles"_s, db);
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), DemoTestData::articleCount);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"screenshot"_s);
    }
    // The user's settings were not written: a screenshot leaves no trace but the PNG and the library.
    QVERIFY(!QDir(home.filePath(u"config"_s)).exists() || QDir(home.filePath(u"config"_s)).isEmpty());
}

void TestScreenshot::refusesAnUnwritablePath()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QByteArray out;
    int exitCode = -1;
    QVERIFY(runChipwatch({u"--screenshot"_s, home.filePath(u"no/such/folder/shot.png"_s)}, home, &out, &exitCode));
    QVERIFY(exitCode != 0);
    QVERIFY(out.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
