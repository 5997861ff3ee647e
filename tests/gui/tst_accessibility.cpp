// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Keyboard and screen-reader reachability of the real main window, on both pages: every control that takes
// focus has a name a screen reader can read, every menu entry has a mnemonic, the page and panel switches have
// shortcuts, no shortcut is taken twice, and Tab walks the article page in reading order. The window shows the
// demo articles.
#include "dashboard.h"
#include "entitypanel.h"
#include "importreportdialog.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "readerview.h"
#include "settings.h"
#include "workspace/entitymentionsmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

namespace {

// What a screen reader says for a control: its accessible name, its text, or the label that names it.
QString spokenName(const QWidget *widget)
{
    if (!widget->accessibleName().isEmpty()) {
        return widget->accessibleName();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        return QString(button->text()).remove(u'&');
    }
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == widget && !label->text().isEmpty()) {
            return QString(label->text()).remove(u'&');
        }
    }
    return {};
}

bool takesFocus(const QWidget *widget)
{
    return widget->isVisibleTo(widget->window()) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
           !widget->focusProxy();
}

QString describe(const QWidget *widget)
{
    QString path =
        widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            return p->objectName() + u'/' + path;
        }
    }
    return path;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyFocusableControlHasAName_data();
    void everyFocusableControlHasAName();
    void everyMenuEntryHasAMnemonicAndNoShortcutRepeats();
    void pagesAndPanelsHaveShortcuts();
    void tabWalksTheArticlePageInReadingOrder();
    void enterOnAHighlightOpensTheEntityPanel();

private:
    void checkNames(QStringList *nameless, int *checked) const;

    MainWindowFixture m_fixture;
    std::unique_ptr<Ui::MainWindow> &m_window = m_fixture.window;
};

void TestAccessibility::initTestCase()
{
    const QString opened = m_fixture.openWindow();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    const QString imported = m_fixture.importDemoArticles();
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    m_window->selectArticleRow(0);
}

void TestAccessibility::cleanupTestCase()
{
    m_fixture.reset();
}

void TestAccessibility::everyFocusableControlHasAName_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("articles") << int(Ui::MainWindow::Page::Articles);
    QTest::newRow("dashboard") << int(Ui::MainWindow::Page::Dashboard);
}

void TestAccessibility::everyFocusableControlHasAName()
{
    QFETCH(int, page);
    m_window->showPage(Ui::MainWindow::Page(page));
    QStringList nameless;
    int checked = 0;
    // Every tab of the dashboard in turn: hidden controls are not checked.
    const int tabs = page == int(Ui::MainWindow::Page::Dashboard) ? m_window->dashboard()->tabs()->count() : 1;
    for (int tab = 0; tab < tabs; ++tab) {
        if (page == int(Ui::MainWindow::Page::Dashboard)) {
            m_window->dashboard()->tabs()->setCurrentIndex(tab);
        }
        checkNames(&nameless, &checked);
    }
    QVERIFY(checked >= 8);
    QVERIFY2(nameless.isEmpty(), qPrintable(u"controls without a name: "_s + nameless.join(u", "_s)));
}

void TestAccessibility::checkNames(QStringList *nameless, int *checked) const
{
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                             qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
                             qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QTextEdit *>(widget);
        if (!control || !takesFocus(widget)) {
            continue;
        }
        ++*checked;
        if (spokenName(widget).trimmed().isEmpty() && !nameless->contains(describe(widget))) {
            *nameless << describe(widget);
        }
    }
}

void TestAccessibility::everyMenuEntryHasAMnemonicAndNoShortcutRepeats()
{
    QHash<QKeySequence, QString> shortcuts;
    QStringList problems;
    const std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator()) {
                continue;
            }
            if (action->menu()) {
                walk(action->menu());
            }
            // Recent-library entries are file paths; everything else is reached with Alt and a letter.
            if (!action->text().contains(u'&') && menu->objectName() != u"recentLibrariesMenu"_s) {
                problems << u"no mnemonic: "_s + action->text();
            }
            for (const QKeySequence &key : action->shortcuts()) {
                const QString previous = shortcuts.value(key);
                if (!previous.isEmpty() && previous != action->text()) {
                    problems << u"%1 used by %2 and %3"_s.arg(key.toString(), previous, action->text());
                }
                shortcuts.insert(key, action->text());
            }
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        QVERIFY2(top->text().contains(u'&'), qPrintable(top->text()));
        if (top->menu()) {
            walk(top->menu());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestAccessibility::pagesAndPanelsHaveShortcuts()
{
    for (const QString &name : {u"articlesPageAction"_s, u"dashboardPageAction"_s, u"importFilesAction"_s,
                                u"findAction"_s, u"companyPanelAction"_s, u"exportFiguresChartAction"_s}) {
        auto *action = m_window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
    }
    // The company panel: hidden and shown from the keyboard, and its search gets the focus.
    auto *dock = m_window->findChild<QDockWidget *>(u"companyFilterDock"_s);
    QVERIFY(dock);
    auto *panelAction = m_window->findChild<QAction *>(u"companyPanelAction"_s);
    m_window->activateWindow();
    QVERIFY(dock->isVisible());
    QTest::keySequence(m_window.get(), panelAction->shortcut());
    QTRY_VERIFY(!dock->isVisible());
    QTest::keySequence(m_window.get(), panelAction->shortcut());
    QTRY_VERIFY(dock->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), dock->findChild<QLineEdit *>(u"companySearchField"_s));
}

void TestAccessibility::tabWalksTheArticlePageInReadingOrder()
{
    m_window->showPage(Ui::MainWindow::Page::Articles);
    m_window->activateWindow();
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    search->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QStringList order;
    for (int i = 0; i < 12 && order.size() < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QString name = QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
        if (name.startsWith(u"legendButton"_s)) {
            name = u"entityLegend"_s;
        }
        if ((name == u"articleView"_s || name == u"entityLegend"_s || name == u"readerView"_s) &&
            !order.contains(name)) {
            order << name;
        }
    }
    QCOMPARE(order, (QStringList{u"articleView"_s, u"entityLegend"_s, u"readerView"_s}));
}

void TestAccessibility::enterOnAHighlightOpensTheEntityPanel()
{
    m_window->showPage(Ui::MainWindow::Page::Articles);
    Ui::ReaderView *reader = m_window->reader();
    QVERIFY(reader->analysis());
    int company = -1;
    // The first company the reader shows (one in the headline above the text is not a highlight).
    for (qsizetype i = 0; i < reader->analysis()->entities.size() && company < 0; ++i) {
        if (reader->analysis()->entities.at(i).type == Core::EntityType::Company && reader->revealEntity(int(i))) {
            company = int(i);
        }
    }
    QVERIFY(company >= 0);
    auto *dock = m_window->findChild<QDockWidget *>(u"entityDock"_s);
    QVERIFY(dock);
    dock->hide();
    reader->setFocus();
    QTest::keyClick(reader, Qt::Key_Return);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(m_window->entityPanel()->entity().canonical, reader->analysis()->entities.at(company).canonical);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
