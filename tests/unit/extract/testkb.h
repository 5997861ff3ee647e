// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/knowledgebase.h"

#include <QDir>
#include <QTest>

// The small knowledge base under tests/data/extract/kb: real names, fixture facts.
inline Chipwatch::Core::KnowledgeBase loadTestKb()
{
    using namespace Chipwatch::Core;
    KnowledgeBase kb;
    const QDir dir(QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/extract/kb"));
    for (const QString &file : KnowledgeBase::builtInFiles()) {
        QString error;
        if (!kb.loadFile(dir.filePath(file), &error)) {
            qFatal("test knowledge base: %s", qPrintable(error));
        }
    }
    return kb;
}
