// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Chipwatch::Core {

// What a recovery copied and what it could not.
struct RecoveryReport
{
    struct Table
    {
        QString name;
        qint64 copied = 0;
        // Rows that could not be read (a row number on a damaged page counts once, whether or not a row was
        // there, so this is an upper bound) or not stored (an analysis row whose article was lost).
        qint64 lost = 0;
    };

    QList<Table> tables;
    // Analysis rows could not be read, so every article is analysed again when the new library is opened.
    bool analysesReset = false;

    qint64 copied(const QString &table) const;
    qint64 lost(const QString &table) const;
    qint64 totalCopied() const;
    qint64 totalLost() const;
};

// Copies every row that can still be read from a damaged SQLite library into a new library with the current
// schema: the articles first, then what is keyed to them. The damaged file is only read. The new library is
// written under a temporary name next to `newPath` and renamed to it when complete, so a failed or cancelled
// recovery leaves nothing half-made.
class LibraryRecovery final
{
    // The context is the qualified name, which is what lupdate records for this class's tr() calls.
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::LibraryRecovery)

public:
    // Called every few hundred rows with the table at hand (0-based) of `tables` and the rows copied so far;
    // returning false cancels the recovery.
    using Progress = std::function<bool(int table, int tables, qint64 rowsCopied)>;

    // The tables copied, in order.
    static QStringList tables();

    // False with a message when nothing was made: `newPath` exists or is the damaged file, the damaged file
    // cannot be opened at all, the new library cannot be written, or the recovery was cancelled.
    static bool recover(const QString &damagedPath, const QString &newPath, RecoveryReport *report, QString *error,
                        const Progress &progress = {});
};

} // namespace Chipwatch::Core
