// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "progressline.h"

#include <QByteArray>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace Chipwatch::Cli {

namespace {

constexpr qint64 minimumIntervalMs = 100;

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

// The terminal's width; a line longer than that would wrap, and '\r' only goes back to the start of the last row.
int terminalColumns(FILE *stream)
{
#ifndef Q_OS_WIN
    winsize size{};
    if (ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
#else
    Q_UNUSED(stream)
#endif
    return 80;
}

} // namespace

ProgressLine::ProgressLine(FILE *stream)
    : m_stream(stream)
    , m_terminal(isTerminal(stream))
    , m_columns(m_terminal ? terminalColumns(stream) : 0)
{}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::update(const QString &text, bool force)
{
    if (!m_terminal || (!force && m_sinceUpdate.isValid() && m_sinceUpdate.elapsed() < minimumIntervalMs)) {
        return;
    }
    m_sinceUpdate.start();
    // One column is left free: some terminals wrap as soon as the last column is written.
    QString line = text;
    const qsizetype room = std::max(m_columns - 1, 10);
    if (line.size() > room) {
        line = line.left(room - 1) + u'…';
    }
    const qsizetype shown = line.size();
    if (shown < m_shownLength) {
        line += QString(m_shownLength - shown, u' '); // covers the rest of a longer line before it
    }
    m_shownLength = shown;
    const QByteArray bytes = '\r' + line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

void ProgressLine::clear()
{
    if (!m_terminal || m_shownLength == 0) {
        return;
    }
    const QByteArray blank = '\r' + QByteArray(m_shownLength, ' ') + '\r';
    std::fwrite(blank.constData(), 1, size_t(blank.size()), m_stream);
    std::fflush(m_stream);
    m_shownLength = 0;
}

} // namespace Chipwatch::Cli
