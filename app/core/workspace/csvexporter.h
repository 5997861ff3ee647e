// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/chiptablemodel.h"
#include "workspace/factrecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Chipwatch::Core {

struct CsvOptions
{
    enum class Decimal { Point, Comma };

    // A decimal comma (German spreadsheets) makes ';' the separator, as those spreadsheets expect.
    Decimal decimal = Decimal::Point;
    bool byteOrderMark = false; // a UTF-8 BOM helps some spreadsheets recognise the encoding

    QChar separator() const { return decimal == Decimal::Comma ? u';' : u','; }
};

// Facts and the chip table as CSV: UTF-8, a header row, RFC 4180 quoting (fields with the separator, quotes or
// line breaks are quoted, quotes doubled), CRLF line ends, full numbers without grouping ("743000000",
// "26,5" with a decimal comma). Files are written through QSaveFile: all or nothing.
class CsvExporter final
{
    // The context is the qualified name, which is what lupdate records for this class's tr() calls.
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::CsvExporter)

public:
    // Columns: subject, metric, value, unit, period, article, date, source, file, sentence.
    static QByteArray factsCsv(const QList<FactRecord> &facts, const CsvOptions &options = {});
    // Columns: chip, vendor, kind, purpose, compared_with, claims, articles, first_seen, last_seen.
    static QByteArray chipsCsv(const QList<ChipTableEntry> &chips, const CsvOptions &options = {});

    static bool writeFacts(const QString &path, const QList<FactRecord> &facts, const CsvOptions &options,
                           QString *error);
    static bool writeChips(const QString &path, const QList<ChipTableEntry> &chips, const CsvOptions &options,
                           QString *error);
    // Replaces `path` with `bytes` atomically; false and a translated message on failure.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

    static QString quoteField(const QString &field, QChar separator);
    static QString formatNumber(double value, const CsvOptions &options);
    // Reads CSV as written here (and by spreadsheets): rows of fields, a leading BOM skipped.
    static QList<QStringList> parse(const QByteArray &csv, QChar separator);
};

} // namespace Chipwatch::Core
