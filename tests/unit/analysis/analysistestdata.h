// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/knowledgebase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Fixtures of the analysis tests live in tests/data/analysis.
inline QString analysisDataPath(const QString &name)
{
    return QDir(QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/analysis")).filePath(name);
}

// The "cases" array of a fixture file; a broken fixture stops the test run.
inline QJsonArray loadCases(const QString &name)
{
    QFile file(analysisDataPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull()) {
        qFatal("fixture %s: %s", qPrintable(file.fileName()), qPrintable(error.errorString()));
    }
    return doc.object().value(QStringLiteral("cases")).toArray();
}

// A small knowledge base of real names (tests/data/analysis/kb), so that the tests do not move
// when the shipped knowledge base grows.
inline Chipwatch::Core::KnowledgeBase loadAnalysisKb()
{
    using namespace Chipwatch::Core;
    KnowledgeBase kb;
    const QDir dir(analysisDataPath(QStringLiteral("kb")));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        if (!kb.loadFile(dir.filePath(file), &error)) {
            qFatal("test knowledge base: %s", qPrintable(error));
        }
    }
    const QStringList problems = kb.validate();
    if (!problems.isEmpty()) {
        qFatal("test knowledge base: %s", qPrintable(problems.join(QLatin1Char('\n'))));
    }
    return kb;
}
