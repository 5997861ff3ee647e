// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/csvexporter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

QByteArray assemble(const QStringList &header, const QList<QStringList> &rows, const CsvOptions &options)
{
    const QChar separator = options.separator();
    QString out;
    auto line = [&](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0) {
                out += separator;
            }
            out += CsvExporter::quoteField(fields.at(i), separator);
        }
        out += u"\r\n"_s;
    };
    line(header);
    for (const QStringList &row : rows) {
        line(row);
    }
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + out.toUtf8();
}

} // namespace

QString CsvExporter::quoteField(const QString &field, QChar separator)
{
    // Text from articles that starts like a formula ("=HYPERLINK(...)", "+49 ...", "@SUM") would be run by the
    // spreadsheet that opens the file; a leading apostrophe keeps it text (OWASP's advice). Numbers stay numbers.
    static const QRegularExpression number(u"^[-+]?[0-9][0-9.,]*([eE][-+]?[0-9]+)?$"_s);
    QString value = field;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()) && !number.match(value).hasMatch()) {
        value.prepend(u'\'');
    }
    const bool quote =
        value.contains(separator) || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote) {
        return value;
    }
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString CsvExporter::formatNumber(double value, const CsvOptions &options)
{
    if (!std::isfinite(value)) {
        return {};
    }
    // Fixed notation: spreadsheets read "743000000" but not always "7.43e+08".
    QString number = QString::number(value, 'f', 6);
    if (number.contains(u'.')) {
        while (number.endsWith(u'0')) {
            number.chop(1);
        }
        if (number.endsWith(u'.')) {
            number.chop(1);
        }
    }
    if (number == u"-0") {
        number = u"0"_s;
    }
    if (options.decimal == CsvOptions::Decimal::Comma) {
        number.replace(u'.', u',');
    }
    return number;
}

QByteArray CsvExporter::factsCsv(const QList<FactRecord> &facts, const CsvOptions &options)
{
    QList<QStringList> rows;
    rows.reserve(facts.size());
    for (const FactRecord &f : facts) {
        rows << QStringList{f.subject,
                            f.metric,
                            formatNumber(f.value, options),
                            f.unit,
                            f.period,
                            f.articleTitle,
                            f.articleDate,
                            f.articleSource,
                            f.articleFile,
                            f.sentenceText.simplified()};
    }
    return assemble({u"subject"_s, u"metric"_s, u"value"_s, u"unit"_s, u"period"_s, u"article"_s, u"date"_s,
                     u"source"_s, u"file"_s, u"sentence"_s},
                    rows, options);
}

QByteArray CsvExporter::chipsCsv(const QList<ChipTableEntry> &chips, const CsvOptions &options)
{
    QList<QStringList> rows;
    rows.reserve(chips.size());
    for (const ChipTableEntry &e : chips) {
        rows << QStringList{e.row.chip,
                            ChipTableModel::vendorText(e.row),
                            e.row.kind,
                            e.row.purpose,
                            ChipTableModel::specsText(e.row, QLocale::c()),
                            e.row.comparableTo.join(u", "_s),
                            QString::number(e.row.claims.size()),
                            QString::number(e.row.articleCount),
                            e.firstSeen,
                            e.lastSeen};
    }
    return assemble({u"chip"_s, u"vendor"_s, u"kind"_s, u"purpose"_s, u"specs"_s, u"compared_with"_s, u"claims"_s,
                     u"articles"_s, u"first_seen"_s, u"last_seen"_s},
                    rows, options);
}

bool CsvExporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        }
        file.cancelWriting();
        return false;
    }
    return true;
}

bool CsvExporter::writeFacts(const QString &path, const QList<FactRecord> &facts, const CsvOptions &options,
                             QString *error)
{
    return writeFile(path, factsCsv(facts, options), error);
}

bool CsvExporter::writeChips(const QString &path, const QList<ChipTableEntry> &chips, const CsvOptions &options,
                             QString *error)
{
    return writeFile(path, chipsCsv(chips, options), error);
}

QList<QStringList> CsvExporter::parse(const QByteArray &csv, QChar separator)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace Chipwatch::Core
