// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Chipwatch::Ui::Settings;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshSettingsHaveTheDocumentedDefaults();
    void valuesSurviveAReopen();
    void recentLibrariesPutTheLatestFirstWithoutDuplicates();
    void recentLibrariesKeepOnlyTheNewestEntries();

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString iniFile() const { return m_dir->filePath(u"settings.ini"_s); }
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::freshSettingsHaveTheDocumentedDefaults()
{
    const Settings settings(iniFile());
    QVERIFY(settings.libraryPath().isEmpty());
    QVERIFY(settings.recentLibraries().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.mainSplitterState().isEmpty());
    QCOMPARE(settings.showOriginal(), false);
    QCOMPARE(settings.firstRunDone(), false);
    QVERIFY(settings.lastImportFolder().isEmpty());
}

void TestSettings::valuesSurviveAReopen()
{
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    {
        Settings settings(iniFile());
        settings.setLibraryPath(u"/data/lib.sqlite"_s);
        settings.setWindowGeometry(geometry);
        settings.setWindowState("state"_ba);
        settings.setMainSplitterState("splitter"_ba);
        settings.setArticleHeaderState("header"_ba);
        settings.setShowOriginal(true);
        settings.setFirstRunDone(true);
        settings.setLastImportFolder(u"/data/articles"_s);
        settings.sync();
    }
    const Settings settings(iniFile());
    QCOMPARE(settings.libraryPath(), u"/data/lib.sqlite"_s);
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), "state"_ba);
    QCOMPARE(settings.mainSplitterState(), "splitter"_ba);
    QCOMPARE(settings.articleHeaderState(), "header"_ba);
    QCOMPARE(settings.showOriginal(), true);
    QCOMPARE(settings.firstRunDone(), true);
    QCOMPARE(settings.lastImportFolder(), u"/data/articles"_s);
}

void TestSettings::recentLibrariesPutTheLatestFirstWithoutDuplicates()
{
    Settings settings(iniFile());
    settings.addRecentLibrary(u"/a/one.sqlite"_s);
    settings.addRecentLibrary(u"/a/two.sqlite"_s);
    settings.addRecentLibrary(u"/a/../a/one.sqlite"_s);
    QCOMPARE(settings.recentLibraries(), QStringList({u"/a/one.sqlite"_s, u"/a/two.sqlite"_s}));
    settings.clearRecentLibraries();
    QVERIFY(settings.recentLibraries().isEmpty());
}

void TestSettings::recentLibrariesKeepOnlyTheNewestEntries()
{
    Settings settings(iniFile());
    for (int i = 0; i < Settings::maxRecentLibraries + 3; ++i) {
        settings.addRecentLibrary(u"/libs/%1.sqlite"_s.arg(i));
    }
    const QStringList recent = settings.recentLibraries();
    QCOMPARE(recent.size(), Settings::maxRecentLibraries);
    QCOMPARE(recent.constFirst(), u"/libs/%1.sqlite"_s.arg(Settings::maxRecentLibraries + 2));
    QVERIFY(!recent.contains(u"/libs/0.sqlite"_s));
}

QTEST_APPLESS_MAIN(TestSettings)
#include "tst_settings.moc"
