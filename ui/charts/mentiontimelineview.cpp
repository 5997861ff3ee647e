// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "charts/mentiontimelineview.h"

#include "charts/chartstyle.h"
#include "workspace/itemdataroles.h"
#include "workspace/mentiontimelinemodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

MentionTimelineView::MentionTimelineView(const Core::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::MentionTimelineModel(library, this))
{
    setObjectName(u"mentionTimelineView"_s);
    m_chart = new QChart;
    m_chart->setTitle(tr("Mentions per month"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // Month labels sit exactly on the months' points: a date-time axis spaces its ticks evenly in time,
    // and months are not even, so its labels drift onto the wrong month.
    m_timeAxis = new QCategoryAxis(m_chart);
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setTitleText(tr("Month"));
    m_countAxis = new QValueAxis(m_chart);
    m_countAxis->setLabelFormat(u"%d"_s);
    m_countAxis->setTitleText(tr("Mentions"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"mentionTimelineChart"_s);
    m_view->setAccessibleName(tr("Mentions per month"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_status = new QLabel(this);
    m_status->setObjectName(u"mentionTimelineStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    applyTheme();
    rebuild();
}

QString MentionTimelineView::statusText() const
{
    return m_status->text();
}

void MentionTimelineView::setScope(const std::optional<QList<qint64>> &articleIds, const QStringList &companies)
{
    if (articleIds) {
        m_model->setArticles(*articleIds);
    } else {
        m_model->showAllArticles();
    }
    m_model->setCompanies(companies);
    rebuild();
}

void MentionTimelineView::setCompanies(const QStringList &companies)
{
    m_model->setCompanies(companies);
    rebuild();
}

void MentionTimelineView::setArticles(const QList<qint64> &articleIds)
{
    m_model->setArticles(articleIds);
    rebuild();
}

void MentionTimelineView::showAllArticles()
{
    m_model->showAllArticles();
    rebuild();
}

void MentionTimelineView::reload()
{
    rebuild();
}

void MentionTimelineView::rebuild()
{
    m_model->reload();
    // One series and one mapper per company; they are rebuilt because the companies change with the filter.
    for (QLineSeries *series : std::as_const(m_series)) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_series.clear();
    const int companies = int(m_model->companies().size());
    for (int i = 0; i < companies; ++i) {
        auto *series = new QLineSeries;
        series->setName(m_model->headerData(Core::MentionTimelineModel::yColumn(i), Qt::Horizontal).toString());
        series->setPointsVisible(true);
        auto *mapper = new QVXYModelMapper(series);
        mapper->setXColumn(Core::MentionTimelineModel::xColumn(i));
        mapper->setYColumn(Core::MentionTimelineModel::yColumn(i));
        mapper->setFirstRow(0);
        mapper->setRowCount(m_model->rowCount());
        mapper->setSeries(series);
        mapper->setModel(m_model);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
        connect(series, &QLineSeries::clicked, this, [this, i](const QPointF &point) { pointClicked(i, point); });
        m_series << series;
    }
    const QList<QDate> months = m_model->months();
    if (!months.isEmpty()) {
        // Half a month of room on either side keeps the first and last points off the edges.
        constexpr qint64 margin = 15LL * 24 * 3600 * 1000;
        const qint64 first = months.first().startOfDay(Qt::UTC).toMSecsSinceEpoch();
        const qint64 last = months.last().startOfDay(Qt::UTC).toMSecsSinceEpoch();
        for (const QString &label : m_timeAxis->categoriesLabels()) {
            m_timeAxis->remove(label);
        }
        m_timeAxis->setStartValue(double(first - margin));
        // At most about a dozen labels: every n-th month on long timelines.
        const qsizetype step = std::max<qsizetype>(1, (months.size() + 11) / 12);
        for (qsizetype i = 0; i < months.size(); i += step) {
            m_timeAxis->append(months.at(i).toString(u"yyyy-MM"_s),
                               double(months.at(i).startOfDay(Qt::UTC).toMSecsSinceEpoch()));
        }
        m_timeAxis->setRange(double(first - margin), double(last + margin));
    }
    // Whole counts: small ranges tick at every number, larger ones at nice steps.
    const int maxCount = qMax(1, m_model->maxCount());
    m_countAxis->setRange(0, maxCount);
    if (maxCount <= 5) {
        m_countAxis->setTickCount(maxCount + 1);
    } else {
        m_countAxis->applyNiceNumbers();
    }
    // Without a month there is nothing to place on the axes; the note below the chart says why.
    m_timeAxis->setVisible(!months.isEmpty());
    m_countAxis->setVisible(!months.isEmpty());
    // Say why lines may be missing: a date without a month cannot be placed on the axis.
    QStringList notes;
    if (m_model->companies().isEmpty()) {
        notes << tr("No company is mentioned in these articles.");
    } else if (months.isEmpty()) {
        notes << tr("None of these articles has a date with a month.");
    }
    if (m_model->undatedArticles() > 0) {
        notes << tr("%n article(s) without a month in their date are not shown.", nullptr, m_model->undatedArticles());
    }
    m_status->setText(notes.join(u' '));
    m_status->setVisible(!notes.isEmpty());
    applyTheme();
}

void MentionTimelineView::pointClicked(int company, const QPointF &point)
{
    // The point nearest in time to the click, in the model's rows.
    int best = -1;
    double bestDistance = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const double x = m_model->data(m_model->index(row, Core::MentionTimelineModel::xColumn(company))).toDouble();
        const double distance = std::abs(x - point.x());
        if (best < 0 || distance < bestDistance) {
            best = row;
            bestDistance = distance;
        }
    }
    if (best < 0) {
        return;
    }
    const QModelIndex cell = m_model->index(best, Core::MentionTimelineModel::yColumn(company));
    const QVariant article = m_model->data(cell, Core::ArticleIdRole);
    if (article.isValid() && article.toLongLong() > 0) {
        emit sourceActivated(article.toLongLong(), m_model->data(cell, Core::SentenceStartRole).toLongLong(),
                             m_model->data(cell, Core::SentenceEndRole).toLongLong());
    }
}

void MentionTimelineView::applyTheme()
{
    applyChartPalette(m_chart, m_view, palette(), font());
}

void MentionTimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
}

} // namespace Chipwatch::Ui
