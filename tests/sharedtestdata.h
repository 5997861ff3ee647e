// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QFileInfo>
#include <QString>

// ../shared (CHIPWATCH_SHARED_DIR): the user's article set with its gold annotations and the HTML evaluation set.
// Only the extra tests that score the application against it use it (NEEDS_SHARED in the CMake files, label
// `shared`); every other test runs on what the repository holds. An extra test starts with
// CHIPWATCH_SKIP_WITHOUT_SHARED(), so that all of them skip with the same message when the folder is absent, and
// ctest reports them as skipped.
namespace SharedTestData {

inline QString dir()
{
    return QStringLiteral(CHIPWATCH_SHARED_DIR);
}

// A file or folder inside ../shared: "articles", "gold/seeds.json", "htmleval/evaldata.json".
inline QString path(const QString &relative)
{
    return dir() + u'/' + relative;
}

inline bool available(const QString &relative)
{
    return QFileInfo::exists(path(relative));
}

} // namespace SharedTestData

#define CHIPWATCH_SHARED_SKIP_MESSAGE                                                                                  \
    "../shared is absent (CHIPWATCH_SHARED_DIR): this extra test scores Chipwatch against the shared article set"

// Skips the test function (in initTestCase(): the whole class) when `relative` is not in ../shared.
#define CHIPWATCH_SKIP_WITHOUT_SHARED(relative)                                                                        \
    do {                                                                                                               \
        if (!SharedTestData::available(relative)) {                                                                    \
            QSKIP(CHIPWATCH_SHARED_SKIP_MESSAGE);                                                                      \
        }                                                                                                              \
    } while (false)
