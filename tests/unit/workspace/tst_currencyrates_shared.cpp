// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// An extra test on ../shared: the yuan rate the user's article set states ("380 Milliarden Yuan (rund 53 Milliarden
// US-Dollar)") is read from it. The demo articles state the same rate ("380 billion yuan, or roughly 53 billion
// dollars"), but the analysis does not find that claim yet (tests/data/demo/expected.json, "pending").
#include "sharedtestdata.h"
#include "workspace/currencyrates.h"
#include "workspacefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestCurrencyRatesShared final : public QObject
{
    Q_OBJECT

private slots:
    void yuanRateFromTheInvestmentSentence();
};

void TestCurrencyRatesShared::yuanRateFromTheInvestmentSentence()
{
    CHIPWATCH_SKIP_WITHOUT_SHARED(u"articles"_s);
    QString error;
    const auto library = WorkspaceFixture::importLibrary({SharedTestData::path(u"articles"_s)}, &error);
    QVERIFY2(library, qPrintable(error));
    CurrencyRates rates(*library);
    QVERIFY(rates.reload(&error));
    const auto cny = rates.rate(u"CNY"_s);
    QVERIFY(cny);
    // "380 Milliarden Yuan (rund 53 Milliarden US-Dollar)": 1 CNY = 0.1395 USD (another article says 53.1).
    QVERIFY2(cny->rateToUsd > 0.1393 && cny->rateToUsd < 0.1399, qPrintable(QString::number(cny->rateToUsd)));
    const qint64 article000 = WorkspaceFixture::idsByFile(*library).value(u"000_6e262ae3e3885a92.txt"_s);
    bool stated = false;
    for (const SourceRef &s : cny->sources) {
        if (s.articleId == article000) {
            const QString text = library->article(s.articleId)->document.text;
            stated = text.mid(s.sentence.start, s.sentence.length()).contains(u"380 Milliarden Yuan"_s);
        }
    }
    QVERIFY(stated);
}

QTEST_GUILESS_MAIN(TestCurrencyRatesShared)
#include "tst_currencyrates_shared.moc"
