// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "html/contentselector.h"

#include "html/classhints.h"
#include "text/boilerplatecues.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

double tagBase(HtmlTag tag)
{
    switch (tag) {
    case HtmlTag::Div:
    case HtmlTag::Article:
    case HtmlTag::Main:
    case HtmlTag::Section:
        return 5;
    case HtmlTag::Pre:
    case HtmlTag::Td:
    case HtmlTag::Blockquote:
        return 3;
    case HtmlTag::Address:
    case HtmlTag::Ol:
    case HtmlTag::Ul:
    case HtmlTag::Dl:
    case HtmlTag::Dd:
    case HtmlTag::Dt:
    case HtmlTag::Li:
    case HtmlTag::Form:
        return -3;
    case HtmlTag::H1:
    case HtmlTag::H2:
    case HtmlTag::H3:
    case HtmlTag::H4:
    case HtmlTag::H5:
    case HtmlTag::H6:
    case HtmlTag::Th:
        return -5;
    default:
        return 0;
    }
}

} // namespace

const char *ContentSelector::verdictName(BlockVerdict verdict)
{
    switch (verdict) {
    case BlockVerdict::Content:
        return "content";
    case BlockVerdict::Headline:
        return "headline";
    case BlockVerdict::Outside:
        return "outside";
    case BlockVerdict::Boilerplate:
        return "boilerplate";
    case BlockVerdict::LinkDense:
        return "linkdense";
    case BlockVerdict::Short:
        return "short";
    case BlockVerdict::Cue:
        return "cue";
    }
    return "?";
}

ContentSelector::ContentSelector(const HtmlTree &tree, const QString &titleHint)
    : m_tree(tree)
{
    m_verdicts.fill(BlockVerdict::Outside, tree.blocks().size());
    if (tree.elements().isEmpty() || tree.blocks().isEmpty()) {
        return;
    }
    classifyElements();
    m_headline = matchHeadline(titleHint);
    scoreCandidates(true);
    int container = pickContainer();
    if (container < 0) {
        // Everything scorable sat in something that looked like boilerplate: score again
        // without the exclusion rather than return nothing.
        scoreCandidates(false);
        container = pickContainer();
    }
    if (container < 0) {
        container = tree.body();
    }
    m_container = container;
    selectContent(container);
    mergeRelatives(container);
    extendAroundContent(container);
    dropFurnitureLines();
    if (m_headline < 0) {
        findHeadline();
    }
}

QList<int> ContentSelector::contentBlocks() const
{
    QList<int> out;
    for (int i = 0; i < m_verdicts.size(); ++i) {
        if (m_verdicts.at(i) == BlockVerdict::Content || m_verdicts.at(i) == BlockVerdict::Headline) {
            out.append(i);
        }
    }
    return out;
}

int ContentSelector::effectiveChars(const HtmlBlock &block) const
{
    // An ideograph carries about as much as a short word: weigh CJK text up so that the length
    // thresholds mean the same for Chinese and German.
    return block.chars + 2 * block.cjk;
}

double ContentSelector::classWeight(int element) const
{
    const HtmlElement &el = m_tree.elements().at(element);
    double weight = 0;
    switch (m_role.at(element)) {
    case ClassRole::Boilerplate:
    case ClassRole::Comments:
    case ClassRole::Teaser:
        weight -= 25;
        break;
    case ClassRole::Content:
        weight += 25;
        break;
    case ClassRole::StrongContent:
        weight += 50;
        break;
    case ClassRole::None:
        break;
    }
    if (el.itemprop == u"articlebody") {
        weight += 50;
    }
    if (el.tag == HtmlTag::Article || el.tag == HtmlTag::Main || el.role == u"main") {
        weight += 10;
    }
    return weight;
}

void ContentSelector::classifyElements()
{
    const QList<HtmlElement> &elements = m_tree.elements();
    const int n = int(elements.size());
    m_boilerplate.fill(0, n);
    m_hint.fill(0, n);
    m_role.fill(ClassRole::None, n);
    m_inBoilerplate.fill(false, n);
    const int bodyChars = std::max(1, m_tree.chars(m_tree.body()));

    // Elements holding a substantial piece of unmistakable article text are never furniture,
    // whatever their class says ("socialicons-sticky" wrapping "entry-content").
    QList<bool> holdsArticle(n, false);
    QHash<QString, ClassRole> roles;
    for (int i = n - 1; i >= 0; --i) {
        const HtmlElement &el = elements.at(i);
        if (!el.idClass.isEmpty()) {
            // Pages repeat the same few class names thousands of times.
            auto cached = roles.constFind(el.idClass);
            if (cached == roles.constEnd()) {
                cached = roles.insert(el.idClass, ClassHints::role(el.idClass));
            }
            m_role[i] = cached.value();
        }
        if (el.itemprop == u"articlebody") {
            m_role[i] = ClassRole::StrongContent;
        }
        if (m_role.at(i) == ClassRole::StrongContent && m_tree.chars(i) >= 200) {
            holdsArticle[i] = true;
        }
        if (holdsArticle.at(i) && el.parent >= 0) {
            holdsArticle[el.parent] = true;
        }
    }

    // Prose: blocks long enough to be sentences and not mostly links. An element holding most of
    // the page's prose is not furniture either, whatever its class names say, unless they say
    // comments (a discussion can outgrow the article).
    QList<int> &prosePrefix = m_prosePrefix;
    prosePrefix.fill(0, m_tree.blocks().size() + 1);
    for (int b = 0; b < m_tree.blocks().size(); ++b) {
        const HtmlBlock &block = m_tree.blocks().at(b);
        const bool prose = effectiveChars(block) >= 80 && block.linkDensity() < 0.3;
        prosePrefix[b + 1] = prosePrefix.at(b) + (prose ? block.chars : 0);
    }
    auto prose = [&](int element) {
        return prosePrefix.at(elements.at(element).blockEnd) - prosePrefix.at(elements.at(element).blockBegin);
    };
    const int pageProse = prosePrefix.last();

    static const QStringList boilerplateRoles = {u"navigation"_s,    u"banner"_s, u"contentinfo"_s,
                                                 u"complementary"_s, u"search"_s, u"menu"_s,
                                                 u"menubar"_s,       u"dialog"_s, u"alertdialog"_s};
    for (int i = 0; i < n; ++i) {
        const HtmlElement &el = elements.at(i);
        if (m_role.at(i) == ClassRole::StrongContent) {
            m_hint[i] = 2;
        } else if (m_role.at(i) == ClassRole::Content || el.tag == HtmlTag::Article || el.tag == HtmlTag::Main ||
                   el.role == u"main") {
            m_hint[i] = 1;
        }

        bool boilerplate = false;
        switch (el.tag) {
        case HtmlTag::Nav:
        case HtmlTag::Aside:
        case HtmlTag::Footer:
        case HtmlTag::Menu:
        case HtmlTag::Figure:
        case HtmlTag::Figcaption:
            boilerplate = !holdsArticle.at(i);
            break;
        case HtmlTag::Form:
        case HtmlTag::Fieldset:
            // Comment, search and newsletter forms; but some sites wrap the whole page in a form.
            boilerplate = el.inputs > 0 && m_tree.chars(i) < bodyChars / 2 && !holdsArticle.at(i);
            break;
        default:
            break;
        }
        if (!el.role.isEmpty() && boilerplateRoles.contains(el.role) && !holdsArticle.at(i)) {
            boilerplate = true;
        }
        const bool mostProse = pageProse >= 400 && prose(i) * 2 > pageProse;
        // A "teaser" without a link is the article's own lead paragraph.
        const bool linkedTeaser = m_role.at(i) == ClassRole::Teaser && (m_tree.linkChars(i) > 0 || prose(i) == 0);
        if (((m_role.at(i) == ClassRole::Boilerplate && !mostProse) || m_role.at(i) == ClassRole::Comments ||
             linkedTeaser) &&
            !holdsArticle.at(i) && el.tag != HtmlTag::Body && el.tag != HtmlTag::Html) {
            boilerplate = true;
            m_hint[i] = -1;
        }
        m_boilerplate[i] = boilerplate ? 1 : 0;
        m_inBoilerplate[i] = boilerplate || (el.parent >= 0 && m_inBoilerplate.at(el.parent));
    }
}

void ContentSelector::scoreCandidates(bool skipBoilerplate)
{
    const QList<HtmlElement> &elements = m_tree.elements();
    m_score.fill(0.0, elements.size());
    m_scored.fill(false, elements.size());

    auto addScore = [this, &elements](int element, double score) {
        if (!m_scored.at(element)) {
            m_scored[element] = true;
            m_score[element] = tagBase(elements.at(element).tag) + classWeight(element);
        }
        m_score[element] += score;
    };

    for (const HtmlBlock &block : m_tree.blocks()) {
        const int owner = block.owner;
        if (owner < 0 || (skipBoilerplate && m_inBoilerplate.at(owner))) {
            continue;
        }
        const int length = effectiveChars(block);
        if (length < 25) {
            continue;
        }
        const HtmlElement &ownerEl = elements.at(owner);
        bool hasBlockChild = false;
        for (int child : ownerEl.children) {
            if (elements.at(child).block) {
                hasBlockChild = true;
                break;
            }
        }
        // Text directly in a container scores the container; a paragraph scores its parent.
        int anchor = hasBlockChild ? owner : ownerEl.parent;
        // Commas mark prose, but a list of names is all commas: count them at most at the rate
        // of running text.
        const double commas = std::min<double>(block.commas, 3.0 + length / 100.0);
        const double score = 1.0 + commas + std::min(length / 100, 3);
        for (int level = 0; anchor >= 0 && level < 5; ++level) {
            const double divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : level * 3.0);
            addScore(anchor, score / divider);
            anchor = elements.at(anchor).parent;
        }
    }
}

QList<QPair<int, double>> ContentSelector::rankedCandidates(int count) const
{
    QList<QPair<int, double>> ranked;
    for (int i = 0; i < m_scored.size(); ++i) {
        if (m_scored.at(i)) {
            ranked.append({i, finalScore(i)});
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return ranked.mid(0, count);
}

double ContentSelector::finalScore(int element) const
{
    const int chars = m_tree.chars(element);
    const double density = chars > 0 ? double(m_tree.linkChars(element)) / chars : 0.0;
    double score = m_score.at(element) * (1.0 - density);
    if (m_headline >= 0 && score > 0) {
        // The article follows its headline: a container holding the headline, or starting
        // shortly after it, is worth more than an equally long bio or the next story.
        const HtmlElement &headline = m_tree.elements().at(m_headline);
        const HtmlElement &el = m_tree.elements().at(element);
        if (m_tree.contains(element, m_headline) ||
            (el.blockBegin >= headline.blockEnd && el.blockBegin - headline.blockEnd <= 25)) {
            score *= 1.5;
        }
    }
    return score;
}

int ContentSelector::matchHeadline(const QString &titleHint) const
{
    // The h1 (or h2) that names the article: the one matching the title the page declares,
    // else the only h1 outside page furniture.
    const QList<HtmlElement> &elements = m_tree.elements();
    auto words = [](QStringView text) {
        QStringList out;
        QString word;
        for (const QChar ch : text) {
            if (ch.isLetterOrNumber()) {
                word.append(ch.toLower());
            } else if (!word.isEmpty()) {
                out.append(word);
                word.clear();
            }
        }
        if (!word.isEmpty()) {
            out.append(word);
        }
        return out;
    };
    const QStringList titleWords = words(titleHint);
    int best = -1;
    double bestMatch = 0.0;
    int h1Count = 0;
    int onlyH1 = -1;
    for (int i = 0; i < elements.size(); ++i) {
        const HtmlElement &el = elements.at(i);
        if ((el.tag != HtmlTag::H1 && el.tag != HtmlTag::H2) || m_inBoilerplate.at(i) || m_tree.chars(i) == 0) {
            continue;
        }
        if (el.tag == HtmlTag::H1) {
            ++h1Count;
            onlyH1 = i;
        }
        if (titleWords.isEmpty()) {
            continue;
        }
        const QStringList headingWords = words(QStringView(m_tree.text()).mid(el.textBegin, el.textEnd - el.textBegin));
        if (headingWords.isEmpty()) {
            continue;
        }
        int common = 0;
        for (const QString &w : headingWords) {
            common += titleWords.contains(w) ? 1 : 0;
        }
        // Share of the heading found in the title, and of the title found in the heading: the
        // title may carry the site name, the heading a kicker.
        const double match =
            std::min(double(common) / headingWords.size(), std::min(1.0, 2.0 * common / titleWords.size()));
        const double weighted = match + (el.tag == HtmlTag::H1 ? 0.05 : 0.0);
        if (match >= 0.6 && weighted > bestMatch) {
            bestMatch = weighted;
            best = i;
        }
    }
    if (best < 0 && h1Count == 1) {
        best = onlyH1;
    }
    return best;
}

int ContentSelector::pickContainer() const
{
    const QList<HtmlElement> &elements = m_tree.elements();
    QList<QPair<double, int>> ranked;
    for (int i = 0; i < elements.size(); ++i) {
        if (!m_scored.at(i)) {
            continue;
        }
        ranked.append({finalScore(i), i});
    }
    if (ranked.isEmpty()) {
        return -1;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    int top = ranked.first().second;
    const double topScore = ranked.first().first;
    if (topScore <= 0) {
        return -1;
    }

    // Several near-equal candidates under one ancestor: the article is split into sections and
    // the ancestor holds all of it.
    QList<int> alternatives;
    for (int i = 1; i < std::min<qsizetype>(ranked.size(), 5); ++i) {
        if (ranked.at(i).first / topScore >= 0.75) {
            alternatives.append(ranked.at(i).second);
        }
    }
    if (alternatives.size() >= 3) {
        for (int parent = elements.at(top).parent; parent >= 0 && elements.at(parent).tag != HtmlTag::Body;
             parent = elements.at(parent).parent) {
            int containing = 0;
            for (int alt : alternatives) {
                if (m_tree.contains(parent, alt)) {
                    ++containing;
                }
            }
            if (containing >= 3) {
                top = parent;
                break;
            }
        }
    }

    // A parent scoring higher than the candidate holds more of the article.
    double lastScore = finalScore(top);
    const double threshold = lastScore / 3;
    for (int parent = elements.at(top).parent; parent >= 0 && elements.at(parent).tag != HtmlTag::Body;
         parent = elements.at(parent).parent) {
        if (!m_scored.at(parent)) {
            continue;
        }
        const double parentScore = finalScore(parent);
        if (parentScore < threshold) {
            break;
        }
        if (parentScore > lastScore) {
            top = parent;
            break;
        }
        lastScore = parentScore;
    }
    return top;
}

bool ContentSelector::contentLike(int element) const
{
    const HtmlElement &el = m_tree.elements().at(element);
    const int chars = m_tree.chars(element);
    if (chars == 0) {
        return false;
    }
    const double density = double(m_tree.linkChars(element)) / chars;
    if (chars > 80 && density < 0.25) {
        return true;
    }
    if (density > 0) {
        return false;
    }
    const QStringView text = QStringView(m_tree.text()).mid(el.textBegin, el.textEnd - el.textBegin).trimmed();
    return text.endsWith(u'.') || text.contains(u". "_s);
}

void ContentSelector::selectContent(int container)
{
    const QList<HtmlElement> &elements = m_tree.elements();
    QList<int> roots;
    const int parent = elements.at(container).parent;
    if (parent >= 0 && elements.at(container).tag != HtmlTag::Body) {
        const double topScore = m_scored.at(container) ? m_score.at(container) : 0.0;
        const double threshold = std::max(10.0, topScore * 0.2);
        const QString &topClass = elements.at(container).idClass;
        for (int sibling : elements.at(parent).children) {
            if (sibling == container) {
                roots.append(sibling);
                continue;
            }
            if (m_inBoilerplate.at(sibling)) {
                continue;
            }
            double bonus = 0;
            if (!topClass.isEmpty() && elements.at(sibling).idClass == topClass) {
                bonus = topScore * 0.2;
            }
            const int chars = m_tree.chars(sibling);
            const double density = chars > 0 ? double(m_tree.linkChars(sibling)) / chars : 0.0;
            if (m_scored.at(sibling) && m_score.at(sibling) * (1.0 - density) + bonus >= threshold) {
                roots.append(sibling);
            } else if (elements.at(sibling).tag == HtmlTag::P && contentLike(sibling)) {
                roots.append(sibling);
            }
        }
    } else {
        roots.append(container);
    }

    for (int root : roots) {
        const HtmlElement &el = elements.at(root);
        for (int b = el.blockBegin; b < el.blockEnd; ++b) {
            m_verdicts[b] = BlockVerdict::Content;
        }
        markBoilerplateInside(root);
        dropLinkLists(root);
    }
}

int ContentSelector::prose(int element) const
{
    const HtmlElement &el = m_tree.elements().at(element);
    return m_prosePrefix.at(el.blockEnd) - m_prosePrefix.at(el.blockBegin);
}

void ContentSelector::mergeRelatives(int container)
{
    // Articles split into several blocks of the same kind (CMS "paragraph" entities, sections
    // between ad slots) leave the container holding one part only. Walk up a few levels and
    // take in relatives that are prose themselves: not furniture, few links, mostly running
    // text, and no headline of their own (a sibling with its own h1 or an <article> of its own is
    // another article, as on pages that load the next story below).
    const QList<HtmlElement> &elements = m_tree.elements();
    const QList<HtmlBlock> &blocks = m_tree.blocks();
    int articleProse = 0;
    for (int b = 0; b < blocks.size(); ++b) {
        if (m_verdicts.at(b) == BlockVerdict::Content && isProse(blocks.at(b))) {
            articleProse += blocks.at(b).chars;
        }
    }
    if (articleProse == 0) {
        return;
    }
    int node = container;
    for (int level = 0; level < 3; ++level) {
        const int parent = elements.at(node).parent;
        if (parent < 0 || elements.at(parent).tag == HtmlTag::Body || elements.at(parent).tag == HtmlTag::Html ||
            m_inBoilerplate.at(parent)) {
            break;
        }
        for (const int sibling : elements.at(parent).children) {
            const HtmlElement &el = elements.at(sibling);
            if (sibling == node || m_inBoilerplate.at(sibling) || el.tag == HtmlTag::Article ||
                el.blockBegin >= el.blockEnd || m_verdicts.at(el.blockBegin) == BlockVerdict::Content) {
                continue;
            }
            bool ownHeadline = false;
            for (int i = sibling; i < elements.size() && m_tree.contains(sibling, i) && !ownHeadline; ++i) {
                ownHeadline = elements.at(i).tag == HtmlTag::H1 || elements.at(i).tag == HtmlTag::Article;
            }
            const int chars = m_tree.chars(sibling);
            const int siblingProse = prose(sibling);
            if (ownHeadline || siblingProse < 150 || siblingProse * 2 < chars ||
                m_tree.linkChars(sibling) * 10 > chars * 3 || siblingProse > 2 * articleProse) {
                continue;
            }
            for (int b = el.blockBegin; b < el.blockEnd; ++b) {
                m_verdicts[b] = BlockVerdict::Content;
            }
            markBoilerplateInside(sibling);
            dropLinkLists(sibling);
        }
        node = parent;
    }
}

bool ContentSelector::isProse(const HtmlBlock &block) const
{
    return effectiveChars(block) >= 80 && block.linkDensity() < 0.3;
}

bool ContentSelector::furnitureBetween(int element, int ancestor) const
{
    const QList<HtmlElement> &elements = m_tree.elements();
    for (; element >= 0 && element != ancestor; element = elements.at(element).parent) {
        if (m_boilerplate.at(element)) {
            return true;
        }
    }
    return false;
}

void ContentSelector::extendAroundContent(int container)
{
    // The container often holds the body text only; the lead paragraph and further sections
    // of the article sit next to it under a common ancestor. Widen the scope a few levels as
    // long as that adds little prose compared with the article (so not a page of teasers),
    // then take the prose next to the article that is not separated from it by furniture.
    const QList<HtmlElement> &elements = m_tree.elements();
    const QList<HtmlBlock> &blocks = m_tree.blocks();
    int first = -1;
    int last = -1;
    int articleProse = 0;
    for (int b = 0; b < blocks.size(); ++b) {
        if (m_verdicts.at(b) == BlockVerdict::Content) {
            first = first < 0 ? b : first;
            last = b;
            articleProse += isProse(blocks.at(b)) ? blocks.at(b).chars : 0;
        }
    }
    if (first < 0 || articleProse == 0) {
        return;
    }
    int scope = container;
    for (int level = 0; level < 3; ++level) {
        const int parent = elements.at(scope).parent;
        if (parent < 0 || elements.at(parent).tag == HtmlTag::Body || elements.at(parent).tag == HtmlTag::Html ||
            m_inBoilerplate.at(parent)) {
            break;
        }
        int extra = 0;
        for (int b = elements.at(parent).blockBegin; b < elements.at(parent).blockEnd; ++b) {
            if (m_verdicts.at(b) != BlockVerdict::Content && isProse(blocks.at(b)) &&
                !furnitureBetween(blocks.at(b).owner, parent)) {
                extra += blocks.at(b).chars;
            }
        }
        if (extra * 2 > articleProse) {
            break;
        }
        scope = parent;
    }
    m_scope = scope;
    if (scope == container) {
        return;
    }
    const HtmlElement &scopeEl = elements.at(scope);

    // A short line of links (author, comment count, category) may sit between the lead and the
    // body; more of them, or a longer one, is a link list.
    int linkLines = 0;
    // Small furniture without prose of its own (a share bar, a picture with its caption, a table
    // of contents) may sit between the lead and the body too: step over up to three of them.
    int skipped = 0;
    auto outermostFurniture = [&](int element) {
        int found = -1;
        for (; element >= 0 && element != scope; element = elements.at(element).parent) {
            if (m_boilerplate.at(element)) {
                found = element;
            }
        }
        return found;
    };
    auto skippable = [&](int furniture) {
        const HtmlElement &el = elements.at(furniture);
        if (m_role.at(furniture) == ClassRole::Comments || ++skipped > 3) {
            return false;
        }
        if (el.tag == HtmlTag::Figure || el.tag == HtmlTag::Figcaption) {
            return m_tree.chars(furniture) <= 1000;
        }
        return m_tree.chars(furniture) <= 600 && prose(furniture) == 0;
    };
    auto blocksTheWay = [&](int b) {
        const HtmlBlock &block = blocks.at(b);
        if (block.owner < 0 || m_tree.closest(block.owner, HtmlTag::H1) >= 0) {
            return true;
        }
        if (block.linkDensity() > 0.5) {
            return block.chars >= 80 || ++linkLines > 1;
        }
        return false;
    };
    auto inBetweenWorthKeeping = [&](int b) {
        const HtmlBlock &block = blocks.at(b);
        const HtmlTag tag = elements.at(block.owner).tag;
        const bool heading =
            tag == HtmlTag::H2 || tag == HtmlTag::H3 || tag == HtmlTag::H4 || tag == HtmlTag::H5 || tag == HtmlTag::H6;
        return !furnitureBetween(block.owner, scope) && (m_verdicts.at(b) == BlockVerdict::Outside) &&
               (heading || (effectiveChars(block) >= 40 && block.linkDensity() < 0.3));
    };
    // Backwards from the start of the article: the lead.
    int pending = first;
    linkLines = 0;
    for (int b = first - 1; b >= scopeEl.blockBegin; --b) {
        if (m_verdicts.at(b) == BlockVerdict::Content) {
            continue;
        }
        if (const int furniture = outermostFurniture(blocks.at(b).owner); furniture >= 0) {
            if (!skippable(furniture)) {
                break;
            }
            b = elements.at(furniture).blockBegin;
            continue;
        }
        if (blocksTheWay(b)) {
            break;
        }
        if (isProse(blocks.at(b))) {
            for (int k = b; k < pending; ++k) {
                if (m_verdicts.at(k) != BlockVerdict::Content && (k == b || inBetweenWorthKeeping(k))) {
                    m_verdicts[k] = BlockVerdict::Content;
                }
            }
            pending = b;
        }
    }
    // Forwards from its end: sections split off by an ad slot or a picture.
    pending = last;
    linkLines = 0;
    skipped = 0;
    for (int b = last + 1; b < scopeEl.blockEnd; ++b) {
        if (m_verdicts.at(b) == BlockVerdict::Content) {
            pending = b;
            continue;
        }
        if (const int furniture = outermostFurniture(blocks.at(b).owner); furniture >= 0) {
            if (!skippable(furniture)) {
                break;
            }
            b = std::max(b, elements.at(furniture).blockEnd - 1);
            continue;
        }
        if (blocksTheWay(b)) {
            break;
        }
        if (isProse(blocks.at(b))) {
            for (int k = pending + 1; k <= b; ++k) {
                if (m_verdicts.at(k) != BlockVerdict::Content && (k == b || inBetweenWorthKeeping(k))) {
                    m_verdicts[k] = BlockVerdict::Content;
                }
            }
            pending = b;
        }
    }
}

void ContentSelector::markBoilerplateInside(int root)
{
    const QList<HtmlElement> &elements = m_tree.elements();
    const QList<HtmlBlock> &blocks = m_tree.blocks();
    const HtmlElement &rootEl = elements.at(root);
    // Preorder numbering: the subtree of root is the index range after it up to the first
    // element that starts after root's text ends.
    for (int i = root + 1; i < elements.size(); ++i) {
        const HtmlElement &el = elements.at(i);
        if (!m_tree.contains(root, i)) {
            break;
        }
        if (!m_boilerplate.at(i)) {
            continue;
        }
        for (int b = el.blockBegin; b < el.blockEnd; ++b) {
            const HtmlBlock &block = blocks.at(b);
            if (block.start >= el.textBegin && block.end <= el.textEnd) {
                m_verdicts[b] = BlockVerdict::Boilerplate;
                if (!m_reasons.contains(b)) {
                    m_reasons.insert(b, i);
                }
            }
        }
    }
    Q_UNUSED(rootEl);
}

void ContentSelector::dropLinkLists(int root)
{
    const QList<HtmlElement> &elements = m_tree.elements();
    const QList<HtmlBlock> &blocks = m_tree.blocks();
    for (int i = root; i < elements.size(); ++i) {
        if (!m_tree.contains(root, i)) {
            break;
        }
        const HtmlElement &el = elements.at(i);
        // Lists whose items are mostly links are link lists as a whole, the short unlinked item
        // included; other boxes are judged block by block below.
        const bool list =
            el.tag == HtmlTag::Ul || el.tag == HtmlTag::Ol || el.tag == HtmlTag::Dl || el.tag == HtmlTag::Menu;
        // A box of links with a heading but no prose ("More columns", then titles) goes as a whole too.
        const bool box = el.tag == HtmlTag::Div || el.tag == HtmlTag::Section || el.tag == HtmlTag::Table ||
                         el.tag == HtmlTag::Aside || el.tag == HtmlTag::Nav;
        if ((!list && !(box && prose(i) == 0)) || i == root) {
            continue;
        }
        const int chars = m_tree.chars(i);
        if (chars == 0) {
            continue;
        }
        const double density = double(m_tree.linkChars(i)) / chars;
        if (density > 0.5 && el.links >= 2) {
            for (int b = el.blockBegin; b < el.blockEnd; ++b) {
                if (m_verdicts.at(b) == BlockVerdict::Content) {
                    m_verdicts[b] = BlockVerdict::LinkDense;
                }
            }
        }
    }
    for (int b = elements.at(root).blockBegin; b < elements.at(root).blockEnd; ++b) {
        const HtmlBlock &block = blocks.at(b);
        // A sentence that links much of its own wording is still a sentence; a line that is
        // nothing but a link, or a row of them, is not.
        const bool linkedSentence =
            effectiveChars(block) >= 120 && block.sentenceEnds > 0 && block.linkDensity() <= 0.8;
        if (m_verdicts.at(b) == BlockVerdict::Content && block.linkDensity() > 0.5 && !linkedSentence) {
            m_verdicts[b] = BlockVerdict::LinkDense;
        }
    }
}

void ContentSelector::dropFurnitureLines()
{
    // Short lines inside the article that read like page furniture. Long blocks are left alone:
    // prose may well mention a newsletter or a cookie.
    const QList<HtmlBlock> &blocks = m_tree.blocks();
    for (int b = 0; b < blocks.size(); ++b) {
        const HtmlBlock &block = blocks.at(b);
        if (m_verdicts.at(b) != BlockVerdict::Content || block.chars >= 200) {
            continue;
        }
        const QStringView text = QStringView(m_tree.text()).mid(block.start, block.end - block.start);
        const CueScore cues = BoilerplateCues::score(text, block.chars);
        // A line that is nothing but an image credit ("Foto: dpa", "Quelle: Hersteller").
        const bool credit = block.chars < 120 && BoilerplateCues::creditStart(text) == 0;
        if (cues.wholeLineChrome || cues.strongest >= 3 || (cues.strongest >= 2 && block.chars < 120) || credit) {
            m_verdicts[b] = BlockVerdict::Cue;
        }
    }
}

void ContentSelector::findHeadline()
{
    const QList<HtmlElement> &elements = m_tree.elements();
    const QList<HtmlBlock> &blocks = m_tree.blocks();
    int first = -1;
    for (int b = 0; b < m_verdicts.size(); ++b) {
        if (m_verdicts.at(b) == BlockVerdict::Content) {
            first = b;
            break;
        }
    }
    if (first < 0) {
        return;
    }
    // The closest h1 before or at the start of the content; failing that an h2 right before it.
    for (int b = first; b >= 0 && b >= first - 12; --b) {
        const int owner = blocks.at(b).owner;
        const int h1 = owner >= 0 ? m_tree.closest(owner, HtmlTag::H1) : -1;
        if (h1 >= 0) {
            m_headline = h1;
            break;
        }
    }
    if (m_headline < 0) {
        for (int i = 0; i < elements.size(); ++i) {
            if (elements.at(i).tag == HtmlTag::H1 && m_tree.chars(i) > 0) {
                m_headline = i;
                break;
            }
        }
    }
}

} // namespace Chipwatch::Core
