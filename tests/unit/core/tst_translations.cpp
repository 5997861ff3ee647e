// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// The core's messages reach German users: each core class translates in the context lupdate records, so the
// German catalogue the app ships (:/i18n/chipwatch_de.qm, built from resources/translations) finds them.
#include "import/articleloader.h"
#include "import/textdecoder.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using Chipwatch::Core::ArticleLoader;
using Chipwatch::Core::Library;
using Chipwatch::Core::TextDecoder;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedFileReason_isGerman();
    void malformedJsonReason_isGerman();
    void binaryFileError_isGerman();
    void damagedLibraryError_isGerman();
    void catalogue_isComplete();

private:
    QTranslator m_translator;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(m_translator.load(u":/i18n/chipwatch_de.qm"_s), "the German catalogue is not in the resources");
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslations::refusedFileReason_isGerman()
{
    const auto result = ArticleLoader::loadBytes(QByteArray(), u"leer.txt"_s);
    QCOMPARE(result.refused.size(), 1);
    QCOMPARE(result.refused.first().reason, u"Die Datei ist leer."_s);
}

void TestTranslations::malformedJsonReason_isGerman()
{
    // Refused by a helper outside the class: its message must still be in the class's context.
    const auto result = ArticleLoader::loadBytes(QByteArrayLiteral("{\"title\": "), u"kaputt.json"_s);
    QCOMPARE(result.refused.size(), 1);
    QVERIFY2(result.refused.first().reason.startsWith(u"Fehlerhaftes JSON bei Byte"_s),
             qPrintable(result.refused.first().reason));
}

void TestTranslations::binaryFileError_isGerman()
{
    const auto decoded = TextDecoder::decode(QByteArray("\x7f"
                                                        "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                                        16),
                                             TextDecoder::Kind::PlainText);
    QVERIFY(!decoded.ok);
    QCOMPARE(decoded.error, u"Dies ist eine Binärdatei, kein Text."_s);
}

void TestTranslations::damagedLibraryError_isGerman()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"kaputt.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    Library library(path);
    QString error;
    QVERIFY(!library.open(&error));
    QVERIFY2(error.contains(u"keine Chipwatch-Bibliothek"_s) || error.contains(u"kann nicht geöffnet werden"_s),
             qPrintable(error));
}

void TestTranslations::catalogue_isComplete()
{
    // lupdate marks a message it has not seen translated as unfinished; the German user would read English.
    QFile ts(QStringLiteral(CHIPWATCH_SOURCE_DIR "/resources/translations/chipwatch_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray catalogue = ts.readAll();
    QVERIFY(catalogue.contains("<context>"));
    QCOMPARE(catalogue.count("type=\"unfinished\""), 0);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
