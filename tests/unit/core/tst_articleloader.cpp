// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "import/articleloader.h"
#include "text/metadataextractor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

// What the loader keeps of an article's address: only a web page, since the reader offers it as a link that
// opens outside the application.
class TestArticleLoader final : public QObject
{
    Q_OBJECT

private slots:
    void webUrl_onlyHttpAndHttpsWithAHost_data();
    void webUrl_onlyHttpAndHttpsWithAHost();
    void jsonArticle_keepsOnlyAWebAddress_data();
    void jsonArticle_keepsOnlyAWebAddress();
    void frontMatter_keepsOnlyAWebAddress();
    void deeplyNestedHtml_isRefusedWithAReason();
};

void TestArticleLoader::webUrl_onlyHttpAndHttpsWithAHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << u" https://www.example.com/a?b=1 "_s << u"https://www.example.com/a?b=1"_s;
    QTest::newRow("http upper case") << u"HTTP://example.com/"_s << u"HTTP://example.com/"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
    QTest::newRow("smb") << u"smb://server/share/x.txt"_s << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("no host") << u"https:///path"_s << QString();
    QTest::newRow("a name") << u"Reuters"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestArticleLoader::webUrl_onlyHttpAndHttpsWithAHost()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(MetadataExtractor::webUrl(url), expected);
}

void TestArticleLoader::jsonArticle_keepsOnlyAWebAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("stored");
    QTest::newRow("https") << u"https://news.example/nvidia"_s << u"https://news.example/nvidia"_s;
    QTest::newRow("file") << u"file:///home/user/.ssh/id_rsa"_s << QString();
    QTest::newRow("javascript") << u"javascript:alert(document.cookie)"_s << QString();
    QTest::newRow("smb") << u"smb://evil/share"_s << QString();
}

void TestArticleLoader::jsonArticle_keepsOnlyAWebAddress()
{
    QFETCH(QString, url);
    QFETCH(QString, stored);
    const QByteArray json = R"({"title": "Nvidia meldet Zahlen", "url": ")" + url.toUtf8() +
                            R"(", "text": "Nvidia meldete einen Umsatz von 46,7 Milliarden Dollar. Der Konzern )"
                            R"(wächst weiter, getragen vom Geschäft mit Rechenzentren."})";
    const LoadResult result = ArticleLoader::loadBytes(json, u"article.json"_s);
    QVERIFY(result.refused.isEmpty());
    QCOMPARE(result.articles.size(), 1);
    QCOMPARE(result.articles.first().document.meta.url, stored);
}

void TestArticleLoader::frontMatter_keepsOnlyAWebAddress()
{
    const QByteArray text =
        "Title: Nvidia meldet Zahlen\nURL Source: file:///etc/passwd\n\nMarkdown Content:\n"
        "Nvidia meldete einen Umsatz von 46,7 Milliarden Dollar. Der Konzern wächst weiter, getragen "
        "vom Geschäft mit Rechenzentren.\n";
    const LoadResult result = ArticleLoader::loadBytes(text, u"article.md"_s);
    QCOMPARE(result.articles.size(), 1);
    QVERIFY2(result.articles.first().document.meta.url.isEmpty(),
             qPrintable(result.articles.first().document.meta.url));
}

void TestArticleLoader::deeplyNestedHtml_isRefusedWithAReason()
{
    // libxml2 stops at 256 levels; such a page used to be imported with empty text and no word.
    const QByteArray deep = "<html><body>" + QByteArray("<div>").repeated(5000) + "<p>Deep text.</p></body></html>";
    const LoadResult page = ArticleLoader::loadBytes(deep, u"deep.html"_s);
    QVERIFY(page.articles.isEmpty());
    QCOMPARE(page.refused.size(), 1);
    QVERIFY2(page.refused.first().reason.contains(u"256"_s), qPrintable(page.refused.first().reason));

    // Inside a JSON file only that article is refused; the others are read.
    const QByteArray json = R"([{"title": "Deep", "html": ")" + QByteArray("<div>").repeated(5000) +
                            R"(<p>Deep text.</p>"}, {"title": "Flat", "text": "Nvidia meldete einen Umsatz von )"
                            R"(46,7 Milliarden Dollar."}])";
    const LoadResult items = ArticleLoader::loadBytes(json, u"articles.json"_s);
    QCOMPARE(items.articles.size(), 1);
    QCOMPARE(items.articles.first().document.meta.title, u"Flat"_s);
    QCOMPARE(items.refused.size(), 1);
    QVERIFY2(items.refused.first().reason.contains(u"256"_s), qPrintable(items.refused.first().reason));
}

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
