// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace Chipwatch::Cli {

// One line of progress on a terminal, rewritten in place with '\r' and at most ten times a second. When the stream
// is not a terminal (a pipe, a file, a scheduled job's log) it writes nothing at all.
class ProgressLine final
{
public:
    explicit ProgressLine(FILE *stream);
    ~ProgressLine();
    Q_DISABLE_COPY_MOVE(ProgressLine)

    bool isShown() const { return m_terminal; }

    // Shows `text` unless the last update was less than 100 ms ago; `force` shows it anyway.
    void update(const QString &text, bool force = false);
    // Erases the line, so that what is written next starts on a clean line.
    void clear();

private:
    FILE *m_stream;
    bool m_terminal;
    int m_columns;
    qsizetype m_shownLength = 0;
    QElapsedTimer m_sinceUpdate;
};

} // namespace Chipwatch::Cli
