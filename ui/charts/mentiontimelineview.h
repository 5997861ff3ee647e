// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Chipwatch::Core {
class Library;
class MentionTimelineModel;
} // namespace Chipwatch::Core

namespace Chipwatch::Ui {

// Mentions per month of the chosen companies: one line per company, fed through a QVXYModelMapper from
// MentionTimelineModel. Clicking a point emits sourceActivated() for a sentence of that month.
class MentionTimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit MentionTimelineView(const Core::Library &library, QWidget *parent = nullptr);

    void setCompanies(const QStringList &companies);
    // Articles (nullopt: all) and companies at once, with one reading of the library.
    void setScope(const std::optional<QList<qint64>> &articleIds, const QStringList &companies);
    void setArticles(const QList<qint64> &articleIds);
    void showAllArticles();
    void reload();

    Core::MentionTimelineModel *model() const { return m_model; }

    QChart *chart() const { return m_chart; }

    QList<QLineSeries *> series() const { return m_series; }

    // What the chart cannot show (articles without a month), in words; empty when nothing is missing.
    QString statusText() const;

signals:
    void sourceActivated(qint64 articleId, qint64 sentenceStart, qint64 sentenceEnd);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyTheme();
    void pointClicked(int company, const QPointF &point);

    Core::MentionTimelineModel *m_model = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QLabel *m_status = nullptr;
    QList<QLineSeries *> m_series;
};

} // namespace Chipwatch::Ui
