// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"
#include "entityhighlighter.h"
#include "extract/knowledgebase.h"
#include "storage/library.h"

#include <QTextBrowser>

#include <memory>
#include <optional>

class QMenu;
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
    ~ReaderView() override;

    // The analysis must belong to the article; its spans are into the article's original text.
    void setArticle(const std::optional<Core::StoredArticle> &article,
                    const std::optional<Core::ArticleAnalysis> &analysis = std::nullopt);

    const std::optional<Core::ArticleAnalysis> &analysis() const { return m_analysis; }

    // For tooltips (vendor, parent); without one they show what the analysis stored.
    void setKnowledgeBase(std::shared_ptr<const Core::KnowledgeBase> kb);

    EntityHighlighter *highlighter() const { return m_highlighter; }

    // The reader-document position of a position in the article's original text, or -1 when that text is
    // not shown (clutter in the cleaned view, the skipped headline).
    int documentPosition(qsizetype originalPosition) const;
    // The inverse: the original-text position shown at a document position, or -1 (header, separators).
    qsizetype originalPosition(int documentPosition) const;
    // The range of the original text that the document range [from, to) shows; nullopt when it shows none.
    std::optional<Core::TextSpan> originalRange(int from, int to) const;
    // The original range of the current selection, without white space and punctuation around it.
    std::optional<Core::TextSpan> selectedOriginalRange() const;
    // The article's original text in `span`.
    QString originalText(const Core::TextSpan &span) const;

    // The context menu at `pos` (viewport coordinates): the standard entries plus the corrections that
    // apply to the selection ("Mark as", "Link to" an entity of that name) or to the highlight there ("Not an
    // Entity", "Link to…", "Accept as" for a suggested name). The actions emit the signals below. The caller
    // owns the menu; contextMenuEvent() pops it up, tests use it without showing it.
    QMenu *buildContextMenu(const QPoint &pos);

    // The keyboard's way to click a highlight: emits entityClicked() for the entity at the text cursor (Enter
    // in the reader does this). False when the cursor is on no shown entity.
    bool activateEntityAtCursor();

    // Scrolls to the mention at `index` of the analysis' entities and selects it.
    bool revealEntity(int index);

    // Scrolls to the range [start, end) of the article's original text (a fact's sentence, a mention) and
    // selects the part of it that is shown. False when none of it is shown (clutter in the cleaned view).
    bool revealRange(qsizetype start, qsizetype end);

    const std::optional<Core::StoredArticle> &article() const { return m_article; }

    bool showOriginal() const { return m_showOriginal; }

    // True when the article is too long to be shown whole: the reader shows its beginning and a note saying so
    // (the original positions past it map to -1).
    bool isTruncated() const { return m_truncated; }

    // What the reader says when there is no article to show.
    void setEmptyText(const QString &text);

    // The colour of clutter text: between text and background, so it reads as secondary in any palette.
    static QColor clutterColor(const QPalette &palette);

public Q_SLOTS:
    void setShowOriginal(bool show);

Q_SIGNALS:
    // The user clicked a highlighted entity (its index in the analysis' entities).
    void entityClicked(int index);
    // Corrections chosen in the context menu (see buildContextMenu()).
    void markAsRequested(const QString &surface, Chipwatch::Core::EntityType type);
    // entityId empty: the user chooses the entity.
    void linkToRequested(const QString &surface, const QString &entityId);
    void notAnEntityRequested(const QString &surface);
    void acceptSuggestionRequested(const QString &name, Chipwatch::Core::EntityType type);

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void render();
    void renderPlaceholder();
    void renderHeader(QTextCursor &cursor, const Core::StoredArticle &article);
    void renderCleaned(QTextCursor &cursor, const Core::StoredArticle &article);
    void renderOriginal(QTextCursor &cursor, const Core::StoredArticle &article);
    // True when the document shows as much as the reader shows of one article (see readerview.cpp).
    bool budgetSpent() const;
    // Ends a document cut short by the budget at original position `stoppedAt` of a text of `textSize`.
    void renderTooLongNote(QTextCursor &cursor, qsizetype stoppedAt, qsizetype textSize);
    // Shows text[from, to) of one line, kept article text plain and clutter greyed; `spanIndex` walks the body.
    void renderOriginalRun(QTextCursor &cursor, const Core::CleanedDocument &doc, qsizetype from, qsizetype to,
                           qsizetype &spanIndex, const QTextCharFormat &kept, const QTextCharFormat &dropped);

    // A run of original text shown unchanged at a document position. Sorted by both positions.
    struct Segment
    {
        qsizetype original = 0;
        qsizetype length = 0;
        int document = 0;
    };

    void addSegment(qsizetype original, qsizetype length, int document);
    void updateMarks();
    QString toolTipFor(const ReaderMark &mark) const;

    std::optional<Core::StoredArticle> m_article;
    std::optional<Core::ArticleAnalysis> m_analysis;
    std::shared_ptr<const Core::KnowledgeBase> m_kb;
    QList<Segment> m_segments;
    qsizetype m_shownCharacters = 0; // of original text, in m_segments
    int m_shownBlocks = 0;           // of article text (pieces and lines)
    bool m_truncated = false;
    EntityHighlighter *m_highlighter = nullptr;
    bool m_showOriginal = false;
    QString m_emptyText;
};

} // namespace Chipwatch::Ui
