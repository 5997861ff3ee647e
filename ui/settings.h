// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace Chipwatch::Ui {

// The one place that knows how the GUI's preferences are stored: every key, its group and its default
// live in a single table in settings.cpp, and the rest of the UI only sees typed accessors.
class Settings final
{
public:
    enum class Key {
        LibraryPath,
        RecentLibraries,
        WindowGeometry,
        WindowState,
        MainSplitter,
        ArticleHeader,
        ShowOriginal,
        FirstRunDone,
        LastImportFolder,
        ArticleFilter,
        CurrentPage,
        DashboardState,
    };

    static constexpr int maxRecentLibraries = 8;

    // The application's settings (organisation/application names of the QCoreApplication).
    Settings();
    // Settings in an INI file of their own; tests point this at a temporary directory.
    explicit Settings(const QString &iniFile);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QString libraryPath() const;
    void setLibraryPath(const QString &path);

    QStringList recentLibraries() const;
    // Moves `path` to the front of the recent list, dropping duplicates and the oldest beyond the maximum.
    void addRecentLibrary(const QString &path);
    void clearRecentLibraries();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    QByteArray articleHeaderState() const;
    void setArticleHeaderState(const QByteArray &state);

    bool showOriginal() const;
    void setShowOriginal(bool show);

    // The workspace filter (companies, mode, dates, search) in ArticleFilter::toVariantMap() form.
    QVariantMap articleFilter() const;
    void setArticleFilter(const QVariantMap &filter);

    // The page of the main window in front: 0 articles and reader, 1 dashboard.
    int currentPage() const;
    void setCurrentPage(int page);
    // Dashboard::saveState(): splitters, tab, metric, currency.
    QVariantMap dashboardState() const;
    void setDashboardState(const QVariantMap &state);

    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);

    void sync();
    QString fileName() const;

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Chipwatch::Ui
