// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QDialog>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;
class QChart;
class QComboBox;
class QDoubleSpinBox;
class QPainter;
class QSpinBox;

namespace Chipwatch::Core {
class Library;
}

namespace Chipwatch::Ui {

// Renders a chart to a file or an image at a chosen size, independent of the size it has on screen: the chart
// (with its title, axis titles and legend) fills the page above a footnote that names the source articles.
class ChartExporter final
{
public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        Format format = Format::Png;
        QSize size{1600, 900}; // logical size; PNG pixels are size * scale
        qreal scale = 1.0;
        QString footnote; // e.g. "Sources: ..."; empty: none
    };

    // "png", "svg", "pdf" (any case, with or without a dot); nullopt for anything else.
    static std::optional<Format> formatFromName(QStringView name);
    static QString suffix(Format format);

    // Writes the chart atomically (QSaveFile). Returns an empty string on success, else what went wrong.
    static QString exportToFile(QChart *chart, const QString &fileName, const Options &options);
    // The chart as an image of size * scale pixels.
    static QImage renderImage(QChart *chart, const Options &options);
    // Puts the image on the clipboard (needs a QGuiApplication).
    static void copyToClipboard(QChart *chart, const Options &options);

private:
    static void render(QChart *chart, QPainter &painter, QSize size, const QString &footnote);
};

// The articles behind a chart's model, from the SourcesRole of every cell, each as "Title (Source, date)", in
// article order; and the footnote naming them ("Sources: ..."), empty when there are none.
QStringList citedArticles(const QAbstractItemModel &model, const Core::Library &library);
QString sourcesFootnote(const QAbstractItemModel &model, const Core::Library &library);

// File > Export for a chart on screen: asks format, size and scale, then the file, and writes it; a failure is
// shown in a message box. `baseName` names the suggested file ("revenue" -> revenue.png).
void exportChartInteractively(QWidget *parent, QChart *chart, const QString &baseName, const QString &footnote);

// Copies a chart as shown (at least 800x450, at the screen's pixel ratio) with its footnote.
void copyChartToClipboard(const QWidget *shownIn, QChart *chart, const QString &footnote);

// Asks for the format, size and scale of an export.
class ChartExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ChartExportDialog(QWidget *parent = nullptr);

    ChartExporter::Options options() const;
    void setOptions(const ChartExporter::Options &options);

private:
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
};

} // namespace Chipwatch::Ui
