// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QDeadlineTimer>

#include <atomic>
#include <chrono>

namespace Chipwatch::Core {

// What one file may cost: a deadline, and the user's cancel request. Stages that see untrusted text check it between
// units of work (a text range, a stage of the analysis) and give up when it is spent, so that a hostile file is
// refused with a reason and Cancel answers inside a file instead of after it. Thread-safe: many workers may check
// the same cancel flag.
class WorkBudget final
{
public:
    explicit WorkBudget(std::chrono::milliseconds limit, const std::atomic<bool> *cancelRequested = nullptr)
        : m_deadline(limit)
        , m_cancelRequested(cancelRequested)
    {}

    bool cancelled() const { return m_cancelRequested && m_cancelRequested->load(std::memory_order_relaxed); }

    bool timedOut() const { return m_deadline.hasExpired(); }

    bool spent() const { return cancelled() || timedOut(); }

private:
    QDeadlineTimer m_deadline;
    const std::atomic<bool> *m_cancelRequested = nullptr;
};

} // namespace Chipwatch::Core
