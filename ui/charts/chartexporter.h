// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QDialog>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QChart;
class QComboBox;
class QDoubleSpinBox;
class QPainter;
class QSpinBox;

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
