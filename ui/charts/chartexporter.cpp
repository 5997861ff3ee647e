// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "charts/chartexporter.h"

#include "storage/library.h"
#include "workspace/itemdataroles.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSpinBox>
#include <QSvgGenerator>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChartExport, "chipwatch.ui.charts")

namespace Chipwatch::Ui {

namespace {

// The resolution the logical export size is measured in; PDF pages get the matching size in points.
constexpr int logicalDpi = 96;
constexpr int footnoteMargin = 12;
constexpr int maxExportSide = 20000;

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatFromName(QStringView name)
{
    QStringView n = name.trimmed();
    if (n.startsWith(u'.')) {
        n = n.mid(1);
    }
    if (n.compare(u"png", Qt::CaseInsensitive) == 0) {
        return Format::Png;
    }
    if (n.compare(u"svg", Qt::CaseInsensitive) == 0) {
        return Format::Svg;
    }
    if (n.compare(u"pdf", Qt::CaseInsensitive) == 0) {
        return Format::Pdf;
    }
    return std::nullopt;
}

QString ChartExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return u"png"_s;
    case Format::Svg:
        return u"svg"_s;
    case Format::Pdf:
        return u"pdf"_s;
    }
    return {};
}

void ChartExporter::render(QChart *chart, QPainter &painter, QSize size, const QString &footnote)
{
    QFont noteFont = chart->font();
    if (noteFont.pointSizeF() > 0) {
        noteFont.setPointSizeF(noteFont.pointSizeF() * 0.9);
    }
    const QFontMetrics metrics(noteFont, painter.device());
    const int textWidth = qMax(1, size.width() - 2 * footnoteMargin);
    const int noteHeight =
        footnote.isEmpty()
            ? 0
            : qMin(size.height() / 3,
                   metrics.boundingRect(QRect(0, 0, textWidth, size.height()), Qt::TextWordWrap, footnote).height() +
                       2 * footnoteMargin);
    const QSizeF chartSize(size.width(), size.height() - noteHeight);

    painter.fillRect(QRect(QPoint(), size), chart->backgroundBrush());

    // The chart usually lives in a view's scene at the view's size: borrow it at the export size, then give it
    // back, so the export never depends on the window.
    QGraphicsScene *scene = chart->scene();
    std::unique_ptr<QGraphicsScene> ownScene;
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        scene = ownScene.get();
    }
    const QRectF oldGeometry = chart->geometry();
    const QChart::AnimationOptions animations = chart->animationOptions();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setGeometry(QRectF(oldGeometry.topLeft(), chartSize));
    scene->render(&painter, QRectF(QPointF(), chartSize), chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
    chart->setGeometry(oldGeometry);
    chart->setAnimationOptions(animations);
    if (ownScene) {
        ownScene->removeItem(chart);
    }

    if (noteHeight > 0) {
        painter.setFont(noteFont);
        painter.setPen(chart->titleBrush().color());
        painter.drawText(
            QRect(footnoteMargin, int(chartSize.height()) + footnoteMargin, textWidth, noteHeight - 2 * footnoteMargin),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, footnote);
    }
}

QImage ChartExporter::renderImage(QChart *chart, const Options &options)
{
    const qreal scale = options.scale > 0 ? options.scale : 1.0;
    QImage image((QSizeF(options.size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        return image;
    }
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    render(chart, painter, options.size, options.footnote);
    painter.end();
    return image;
}

QString ChartExporter::exportToFile(QChart *chart, const QString &fileName, const Options &options)
{
    if (!chart) {
        return QObject::tr("There is no chart to export.");
    }
    const QSize pixels = (QSizeF(options.size) * (options.format == Format::Png ? options.scale : 1.0)).toSize();
    if (options.size.width() < 1 || options.size.height() < 1 || pixels.width() > maxExportSide ||
        pixels.height() > maxExportSide || options.scale <= 0) {
        return QObject::tr("The size %1 \u00d7 %2 at scale %3 cannot be exported.")
            .arg(options.size.width())
            .arg(options.size.height())
            .arg(options.scale);
    }

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return QObject::tr("Cannot write %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString());
    }

    switch (options.format) {
    case Format::Png: {
        const QImage image = renderImage(chart, options);
        if (image.isNull() || !image.save(&file, "PNG")) {
            file.cancelWriting();
            return QObject::tr("Cannot write %1: the image could not be encoded.").arg(QFileInfo(fileName).fileName());
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(options.size);
        generator.setViewBox(QRect(QPoint(), options.size));
        generator.setResolution(logicalDpi);
        generator.setTitle(chart->title());
        generator.setDescription(options.footnote);
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return QObject::tr("Cannot write %1: the SVG could not be started.").arg(QFileInfo(fileName).fileName());
        }
        render(chart, painter, options.size, options.footnote);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QSizeF(options.size) * 72.0 / logicalDpi, QPageSize::Point));
        writer.setPageMargins(QMarginsF());
        writer.setResolution(logicalDpi);
        writer.setTitle(chart->title());
        writer.setCreator(u"Chipwatch"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return QObject::tr("Cannot write %1: the PDF could not be started.").arg(QFileInfo(fileName).fileName());
        }
        render(chart, painter, options.size, options.footnote);
        painter.end();
        break;
    }
    }

    if (!file.commit()) {
        return QObject::tr("Cannot write %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString());
    }
    qCDebug(lcChartExport) << "exported chart to" << fileName;
    return {};
}

void ChartExporter::copyToClipboard(QChart *chart, const Options &options)
{
    if (!chart) {
        return;
    }
    QGuiApplication::clipboard()->setImage(renderImage(chart, options));
}

ChartExportDialog::ChartExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Chart"));
    setObjectName(u"chartExportDialog"_s);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("PNG image"), int(ChartExporter::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(ChartExporter::Format::Svg));
    m_format->addItem(tr("PDF document"), int(ChartExporter::Format::Pdf));

    m_width = new QSpinBox(this);
    m_width->setObjectName(u"exportWidth"_s);
    m_width->setAccessibleName(tr("Width"));
    m_width->setRange(200, 8000);
    m_width->setSuffix(tr(" px"));

    m_height = new QSpinBox(this);
    m_height->setObjectName(u"exportHeight"_s);
    m_height->setAccessibleName(tr("Height"));
    m_height->setRange(150, 8000);
    m_height->setSuffix(tr(" px"));

    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(u"exportScale"_s);
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setToolTip(tr("Pixels per point of the image; 2 gives a sharp picture on high-resolution screens."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"exportButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A scale only means something for a raster image.
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_scale->setEnabled(m_format->currentData().toInt() == int(ChartExporter::Format::Png)); });

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(buttons);

    setOptions({});
}

ChartExporter::Options ChartExportDialog::options() const
{
    ChartExporter::Options options;
    options.format = ChartExporter::Format(m_format->currentData().toInt());
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = options.format == ChartExporter::Format::Png ? m_scale->value() : 1.0;
    return options;
}

void ChartExportDialog::setOptions(const ChartExporter::Options &options)
{
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_scale->setValue(options.scale);
    m_scale->setEnabled(options.format == ChartExporter::Format::Png);
}

QStringList citedArticles(const QAbstractItemModel &model, const Core::Library &library)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const auto sources =
                model.data(model.index(row, column), Core::SourcesRole).value<QList<Core::SourceRef>>();
            for (const Core::SourceRef &source : sources) {
                if (!ids.contains(source.articleId)) {
                    ids << source.articleId;
                }
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    QStringList titles;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Core::StoredArticle> article = library.article(id);
        if (!article) {
            continue;
        }
        const Core::ArticleMetadata &meta = article->document.meta;
        QString title = meta.title.isEmpty() ? QFileInfo(article->filePath).fileName() : meta.title;
        QStringList details;
        if (!meta.source.isEmpty()) {
            details << meta.source;
        }
        if (!meta.date.isEmpty()) {
            details << meta.date;
        }
        if (!details.isEmpty()) {
            title += u" ("_s + details.join(u", "_s) + u')';
        }
        titles << title;
    }
    return titles;
}

QString sourcesFootnote(const QAbstractItemModel &model, const Core::Library &library)
{
    const QStringList titles = citedArticles(model, library);
    return titles.isEmpty() ? QString() : ChartExportDialog::tr("Sources: %1").arg(titles.join(u"; "_s));
}

void exportChartInteractively(QWidget *parent, QChart *chart, const QString &baseName, const QString &footnote)
{
    ChartExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    ChartExporter::Options options = dialog.options();
    options.footnote = footnote;
    const QString suffix = ChartExporter::suffix(options.format);
    QString fileName =
        QFileDialog::getSaveFileName(parent, ChartExportDialog::tr("Export Chart"), baseName + u'.' + suffix,
                                     ChartExportDialog::tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (fileName.isEmpty()) {
        return;
    }
    if (QFileInfo(fileName).suffix().isEmpty()) {
        fileName += u'.' + suffix;
    }
    const QString error = ChartExporter::exportToFile(chart, fileName, options);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, ChartExportDialog::tr("Export Chart"), error);
    }
}

void copyChartToClipboard(const QWidget *shownIn, QChart *chart, const QString &footnote)
{
    ChartExporter::Options options;
    options.size = shownIn->size().expandedTo(QSize(800, 450));
    options.scale = shownIn->devicePixelRatioF();
    options.footnote = footnote;
    ChartExporter::copyToClipboard(chart, options);
}

} // namespace Chipwatch::Ui
