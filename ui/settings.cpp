// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <array>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

namespace {

struct KeyInfo
{
    Settings::Key key;
    QLatin1StringView path; // "group/name"
    QVariant (*defaultValue)();
};

// Defaults are produced by functions so that the table needs no static QVariant objects.
const std::array keyTable{
    KeyInfo{Settings::Key::LibraryPath, "library/path"_L1, [] { return QVariant(QString()); }},
    KeyInfo{Settings::Key::RecentLibraries, "library/recent"_L1, [] { return QVariant(QStringList()); }},
    KeyInfo{Settings::Key::WindowGeometry, "window/geometry"_L1, [] { return QVariant(QByteArray()); }},
    KeyInfo{Settings::Key::WindowState, "window/state"_L1, [] { return QVariant(QByteArray()); }},
    KeyInfo{Settings::Key::MainSplitter, "window/mainSplitter"_L1, [] { return QVariant(QByteArray()); }},
    KeyInfo{Settings::Key::ArticleHeader, "window/articleHeader"_L1, [] { return QVariant(QByteArray()); }},
    KeyInfo{Settings::Key::ShowOriginal, "reader/showOriginal"_L1, [] { return QVariant(false); }},
    KeyInfo{Settings::Key::FirstRunDone, "startup/firstRunDone"_L1, [] { return QVariant(false); }},
    KeyInfo{Settings::Key::LastImportFolder, "import/lastFolder"_L1, [] { return QVariant(QString()); }},
    KeyInfo{Settings::Key::ArticleFilter, "workspace/articleFilter"_L1, [] { return QVariant(QVariantMap()); }},
    KeyInfo{Settings::Key::CurrentPage, "window/currentPage"_L1, [] { return QVariant(0); }},
    KeyInfo{Settings::Key::DashboardState, "dashboard/state"_L1, [] { return QVariant(QVariantMap()); }},
};

const KeyInfo &info(Settings::Key key)
{
    for (const KeyInfo &entry : keyTable) {
        if (entry.key == key) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const KeyInfo &entry = info(key);
    return m_settings->value(entry.path, entry.defaultValue());
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(info(key).path, value);
}

QString Settings::libraryPath() const
{
    return value(Key::LibraryPath).toString();
}

void Settings::setLibraryPath(const QString &path)
{
    setValue(Key::LibraryPath, path);
}

QStringList Settings::recentLibraries() const
{
    return value(Key::RecentLibraries).toStringList();
}

void Settings::addRecentLibrary(const QString &path)
{
    // Compare cleaned absolute paths so that "./a.sqlite" and "/home/x/a.sqlite" are one entry.
    const QString cleaned = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList recent = recentLibraries();
    recent.removeAll(cleaned);
    recent.prepend(cleaned);
    while (recent.size() > maxRecentLibraries) {
        recent.removeLast();
    }
    setValue(Key::RecentLibraries, recent);
}

void Settings::clearRecentLibraries()
{
    setValue(Key::RecentLibraries, QStringList());
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QByteArray Settings::mainSplitterState() const
{
    return value(Key::MainSplitter).toByteArray();
}

void Settings::setMainSplitterState(const QByteArray &state)
{
    setValue(Key::MainSplitter, state);
}

QByteArray Settings::articleHeaderState() const
{
    return value(Key::ArticleHeader).toByteArray();
}

void Settings::setArticleHeaderState(const QByteArray &state)
{
    setValue(Key::ArticleHeader, state);
}

int Settings::currentPage() const
{
    return value(Key::CurrentPage).toInt();
}

void Settings::setCurrentPage(int page)
{
    setValue(Key::CurrentPage, page);
}

QVariantMap Settings::dashboardState() const
{
    return value(Key::DashboardState).toMap();
}

void Settings::setDashboardState(const QVariantMap &state)
{
    setValue(Key::DashboardState, state);
}

QVariantMap Settings::articleFilter() const
{
    return value(Key::ArticleFilter).toMap();
}

void Settings::setArticleFilter(const QVariantMap &filter)
{
    setValue(Key::ArticleFilter, filter);
}

bool Settings::showOriginal() const
{
    return value(Key::ShowOriginal).toBool();
}

void Settings::setShowOriginal(bool show)
{
    setValue(Key::ShowOriginal, show);
}

bool Settings::firstRunDone() const
{
    return value(Key::FirstRunDone).toBool();
}

void Settings::setFirstRunDone(bool done)
{
    setValue(Key::FirstRunDone, done);
}

QString Settings::lastImportFolder() const
{
    return value(Key::LastImportFolder).toString();
}

void Settings::setLastImportFolder(const QString &folder)
{
    setValue(Key::LastImportFolder, folder);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Chipwatch::Ui
