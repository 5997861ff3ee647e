// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// An extra test on ../shared: the disagreement the user's article set really holds (Alibaba's AI revenue grew
// "im achten Quartal in Folge" in one article, "den achten Monat in Folge" in another) is found.
#include "sharedtestdata.h"
#include "workspace/conflictdetector.h"
#include "workspacefixture.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestConflictDetectorShared final : public QObject
{
    Q_OBJECT

private slots:
    void alibabaEighthQuarterAgainstEighthMonth();
};

void TestConflictDetectorShared::alibabaEighthQuarterAgainstEighthMonth()
{
    CHIPWATCH_SKIP_WITHOUT_SHARED(u"articles"_s);
    QString error;
    const auto library = WorkspaceFixture::importLibrary({SharedTestData::path(u"articles"_s)}, &error);
    QVERIFY2(library, qPrintable(error));
    const QHash<QString, qint64> ids = WorkspaceFixture::idsByFile(*library);
    const QList<FactConflict> conflicts = ConflictDetector(*library).streakConflicts(std::nullopt);
    const auto alibaba = std::find_if(conflicts.cbegin(), conflicts.cend(),
                                      [](const FactConflict &c) { return c.subject == u"Alibaba"; });
    QVERIFY(alibaba != conflicts.cend());
    QMap<qint64, QString> phrases;
    for (const ConflictSource &s : alibaba->sources) {
        phrases.insert(s.source.articleId, s.phrase);
    }
    QCOMPARE(phrases.value(ids.value(u"000_6e262ae3e3885a92.txt"_s)), u"achten Quartal in Folge"_s);
    QCOMPARE(phrases.value(ids.value(u"004_d3e359b358a379c3.txt"_s)), u"achten Monat in Folge"_s);
}

QTEST_GUILESS_MAIN(TestConflictDetectorShared)
#include "tst_conflictdetector_shared.moc"
