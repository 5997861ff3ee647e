// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "storage/library.h"

#include <QTextBrowser>

#include <optional>

class QTextCursor;

namespace Chipwatch::Ui {

// Shows one article: its title, a metadata line and the paragraphs the cleaner kept. With "show original"
// on, it shows the whole visible text of the file instead, with the clutter the cleaner dropped greyed
// out, so the user can judge the cleaning.
class ReaderView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    void setArticle(const std::optional<Core::StoredArticle> &article);

    const std::optional<Core::StoredArticle> &article() const { return m_article; }

    bool showOriginal() const { return m_showOriginal; }

    // What the reader says when there is no article to show.
    void setEmptyText(const QString &text);

    // The colour of clutter text: between text and background, so it reads as secondary in any palette.
    static QColor clutterColor(const QPalette &palette);

public Q_SLOTS:
    void setShowOriginal(bool show);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderPlaceholder();
    void renderHeader(QTextCursor &cursor, const Core::StoredArticle &article);
    void renderCleaned(QTextCursor &cursor, const Core::StoredArticle &article);
    void renderOriginal(QTextCursor &cursor, const Core::StoredArticle &article);

    std::optional<Core::StoredArticle> m_article;
    bool m_showOriginal = false;
    QString m_emptyText;
};

} // namespace Chipwatch::Ui
