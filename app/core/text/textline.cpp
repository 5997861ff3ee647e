// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "text/textline.h"

#include "text/codepoint.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <string>
#include <utility>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto kUnicodeCi = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// Pronouns of direct address and of the site speaking about itself. German formal address
// ("Sie", "Ihr") only counts when capitalised inside a sentence, where it cannot be "they".
constexpr std::array kAlwaysPersonal{
    u"du",      u"dich",    u"dir",     u"dein",  u"deine",    u"deinen", u"deinem", u"deiner", u"deines", u"euch",
    u"euer",    u"eure",    u"euren",   u"eurem", u"eurer",    u"wir",    u"uns",    u"unser",  u"unsere", u"unseren",
    u"unserem", u"unserer", u"unseres", u"ich",   u"mich",     u"mir",    u"mein",   u"meine",  u"meinen", u"meinem",
    u"meiner",  u"you",     u"your",    u"yours", u"yourself", u"we",     u"our",    u"ours",   u"me",     u"my",
};
constexpr std::array kFormalAddress{u"Sie", u"Ihr", u"Ihre", u"Ihren", u"Ihrem", u"Ihrer", u"Ihres", u"Ihnen"};

// The longest word of both lists: a longer word cannot be one of them (they are ASCII, and no other letter
// lower-cases to an ASCII letter but the Kelvin sign, whose 'k' none of them has).
constexpr qsizetype kLongestPersonalWord = [] {
    qsizetype longest = 0;
    for (const char16_t *w : kAlwaysPersonal) {
        longest = std::max(longest, qsizetype(std::char_traits<char16_t>::length(w)));
    }
    for (const char16_t *w : kFormalAddress) {
        longest = std::max(longest, qsizetype(std::char_traits<char16_t>::length(w)));
    }
    return longest;
}();

// The cleaner runs over every line of every article it imports, so the simple character classes below are
// tested by hand instead of with regular expressions; each matches exactly what the class in the comment
// matches in PCRE2 with Unicode properties (\s there is \p{Z}, \h and \v: QChar::isSpace and U+180E).
bool isRegexSpace(QChar c)
{
    return c.isSpace() || c.unicode() == 0x180E;
}

// [\x{2010}-\x{2015}\x{2212}-]
bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

// ["'„“”‚‘’»«›‹]
bool isQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'„':
    case u'“':
    case u'”':
    case u'‚':
    case u'‘':
    case u'’':
    case u'»':
    case u'«':
    case u'›':
    case u'‹':
        return true;
    default:
        return false;
    }
}

// s with every run of \s replaced by one space.
QString collapseSpaces(const QString &s)
{
    QString out;
    out.reserve(s.size());
    bool inRun = false;
    for (const QChar c : s) {
        if (isRegexSpace(c)) {
            if (!inRun) {
                out += u' ';
            }
            inRun = true;
        } else {
            out += c;
            inRun = false;
        }
    }
    return out;
}

// Whether (?<=\S)[ \t]{2,}(?=\S) can match: two blanks in a row somewhere.
bool hasWideGap(QStringView s)
{
    for (qsizetype i = 1; i < s.size(); ++i) {
        if ((s.at(i) == u' ' || s.at(i) == u'\t') && (s.at(i - 1) == u' ' || s.at(i - 1) == u'\t')) {
            return true;
        }
    }
    return false;
}

// Whether ^\s*(?:[-*•·▪◦‣►▶→➤]|\d{1,3}[.)])\s+ can match: the first character after the blanks is a
// bullet or a digit (\d is any decimal digit, QChar::isDigit).
bool mayStartPlainList(QStringView s)
{
    for (const QChar c : s) {
        if (!isRegexSpace(c)) {
            return QStringView(u"-*•·▪◦‣►▶→➤").contains(c) || c.isDigit();
        }
    }
    return false;
}

bool isClosingDecoration(char32_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case u'*':
    case u'_':
    case u'»':
    case u'«':
    case u'“':
    case u'”':
    case u'’':
    case u'‘':
    case u'›':
    case u'‹':
        return true;
    default:
        break;
    }
    const auto cat = QChar::category(c);
    return cat == QChar::Symbol_Other || cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing ||
           QChar::isSpace(c) || c == 0xFE0F || c == 0x200D;
}

// The last meaningful character, skipping closing quotes, brackets and trailing emoji.
// The code point ending at position end (exclusive), and where it starts.
char32_t codePointBefore(QStringView s, qsizetype end, qsizetype *start)
{
    const QChar low = s.at(end - 1);
    if (low.isLowSurrogate() && end >= 2 && s.at(end - 2).isHighSurrogate()) {
        *start = end - 2;
        return QChar::surrogateToUcs4(s.at(end - 2), low);
    }
    *start = end - 1;
    return low.unicode();
}

char32_t lastSignificant(QStringView s)
{
    qsizetype end = s.size();
    while (end > 0) {
        qsizetype start = 0;
        const char32_t c = codePointBefore(s, end, &start);
        if (!isClosingDecoration(c)) {
            return c;
        }
        end = start;
    }
    return 0;
}

char32_t firstCodePoint(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            return QChar::surrogateToUcs4(c, s.at(i + 1));
        }
        return c.unicode();
    }
    return 0;
}

bool isEmojiLike(char32_t c)
{
    // Pictographs, dingbats and check marks that sites use as bullets (☑ ⚡ ✔ 📈).
    const auto cat = QChar::category(c);
    return cat == QChar::Symbol_Other || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1FAFF);
}

QString removeQuotations(const QString &s)
{
    static const QRegularExpression quoted(u"„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»|‚[^‘’]*[‘’]"_s,
                                           kUnicode);
    // Every quotation opens with one of these; most lines have none.
    if (!std::any_of(s.begin(), s.end(), [](QChar c) { return QStringView(u"„“\"»«‚").contains(c); })) {
        return s;
    }
    QString out = s;
    out.replace(quoted, u" "_s);
    return out;
}

int countPersonal(const QString &visible)
{
    static const QSet<QString> always = [] {
        QSet<QString> set;
        for (QStringView w : kAlwaysPersonal) {
            set.insert(w.toString());
        }
        return set;
    }();
    static const QSet<QString> formal = [] {
        QSet<QString> set;
        for (QStringView w : kFormalAddress) {
            set.insert(w.toString());
        }
        return set;
    }();
    const QString text = removeQuotations(visible);
    int count = 0;
    // The words are the runs of letters (\p{L}+), found by code point.
    qsizetype start = -1;
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype width = 1;
        const bool letter = pos < text.size() && QChar::isLetter(codePointAt(text, pos, &width));
        if (letter && start < 0) {
            start = pos;
        }
        pos += width;
        if (letter || start < 0) {
            continue;
        }
        const qsizetype end = pos - width;
        const qsizetype wordStart = std::exchange(start, -1);
        if (end - wordStart > kLongestPersonalWord) {
            continue;
        }
        const QString token = text.mid(wordStart, end - wordStart);
        if (formal.contains(token)) {
            // Sentence-initial "Sie" is as often "they"; judge only mid-sentence uses.
            qsizetype i = wordStart - 1;
            while (i >= 0 && text.at(i).isSpace()) {
                --i;
            }
            if (i >= 0 && !QStringView(u".!?:;–—-•|(\"„“»«").contains(text.at(i))) {
                ++count;
            }
            continue;
        }
        // "US" is a country; only the lower-case English pronoun counts.
        if (token == u"us"_s || always.contains(token.toLower())) {
            if (token == u"US"_s || token == u"Us"_s) {
                continue;
            }
            ++count;
        }
    }
    return count;
}

int countWords(QStringView s)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool w = c.isLetterOrNumber();
        if (w && !inWord) {
            ++words;
        }
        inWord = w || (inWord && (c == u'-' || c == u'\'' || c == u'’' || c == u'.'));
    }
    return words;
}

qsizetype nonSpaceLength(QStringView s)
{
    qsizetype n = 0;
    for (const QChar c : s) {
        if (!c.isSpace() && c.category() != QChar::Other_Format) {
            ++n;
        }
    }
    return n;
}

void computeShape(TextLine &line)
{
    static const QRegularExpression boundary(
        u"\\p{L}{3,}[.!?…][\"'“”»«’)]*\\s+[\"„“»«‘(]*[\\p{Lu}\\d]|\\p{Ll}[.!?][\"“”»«’)]*[–—-]\\s*\\p{Lu}"_s, kUnicode);
    const QString &v = line.visible;
    // Every boundary has one of these with at least two characters after it.
    const bool mayHaveBoundary = std::any_of(v.begin(), v.end() - std::min<qsizetype>(v.size(), 2),
                                             [](QChar c) { return QStringView(u".!?…").contains(c); });
    line.words = countWords(v);
    const char32_t last = lastSignificant(v);
    line.terminal = last == u'.' || last == u'!' || last == u'?' || last == u'…';
    line.exclamation = last == u'!' || last == u'?';
    line.endsWithColon = last == u':';
    // Find boundaries that are not the line's own end. Headlines may hold a question or an
    // exclamation ("Nvidias Albtraum? China schlägt zurück"), but not a full stop.
    bool periodBoundary = false;
    if (mayHaveBoundary) {
        for (auto it = boundary.globalMatch(v); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedEnd() < v.size()) {
                line.internalBoundary = true;
                const QStringView punct = m.capturedView();
                periodBoundary = periodBoundary || punct.contains(u'.') || punct.contains(u'…');
            }
        }
    }
    line.headlineLike = line.visibleLength >= 3 && line.visibleLength <= 250 && last != u'.' && last != u',' &&
                        last != u';' && last != u'…' && !periodBoundary && (!line.exclamation || line.words <= 20);
    line.personal = countPersonal(v);
}

} // namespace

QString TextLines::stripMarkdown(QStringView s)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s, kUnicode);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)|\\[([^\\]]*)\\]\\[[^\\]]*\\]"_s, kUnicode);
    static const QRegularExpression autolink(u"<((?:https?://|mailto:)[^>]+)>"_s, kUnicode);
    static const QRegularExpression html(u"</?[A-Za-z][^>]*>"_s, kUnicode);
    static const QRegularExpression strong(u"(\\*\\*|__)(.+?)\\1"_s, kUnicode);
    static const QRegularExpression em(
        u"(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])|(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)"_s, kUnicode);
    static const QRegularExpression code(u"`+([^`]*)`+"_s, kUnicode);
    static const QRegularExpression escape(u"\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])"_s, kUnicode);
    QString out = s.toString();
    out.replace(image, QString());
    out.replace(link, u"\\1\\2"_s);
    out.replace(autolink, u"\\1"_s);
    out.replace(html, QString());
    out.replace(strong, u"\\2"_s);
    out.replace(em, u"\\1\\2"_s);
    out.replace(code, u"\\1"_s);
    out.replace(escape, u"\\1"_s);
    return out;
}

QString TextLines::normalised(QStringView s)
{
    const QString folded = s.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    // In one pass, as if in turn: every run of dashes becomes "-", quotation marks go, and every run of
    // blanks (joined by a removed quotation mark too) becomes one space.
    QString out;
    out.reserve(folded.size());
    bool afterDash = false;
    bool inBlanks = false;
    for (const QChar c : folded) {
        if (isDash(c)) {
            if (!afterDash) {
                out += u'-';
            }
            afterDash = true;
            inBlanks = false;
        } else if (isQuoteMark(c)) {
            afterDash = false;
        } else if (isRegexSpace(c)) {
            if (!inBlanks) {
                out += u' ';
            }
            inBlanks = true;
            afterDash = false;
        } else {
            out += c;
            afterDash = false;
            inBlanks = false;
        }
    }
    return out.trimmed();
}

QList<TextLine> TextLines::split(const QString &text, TextFormat format)
{
    static const QRegularExpression atxHeading(u"^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$"_s, kUnicode);
    static const QRegularExpression mdList(u"^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+"_s, kUnicode);
    static const QRegularExpression plainList(u"^\\s*(?:[-*•·▪◦‣►▶→➤]|\\d{1,3}[.)])\\s+"_s, kUnicode);
    static const QRegularExpression blockquote(u"^\\s*(?:>\\s?)+"_s, kUnicode);
    static const QRegularExpression thematicBreak(u"^\\s{0,3}([-*_=])(?:\\s*\\1){2,}\\s*$"_s, kUnicode);
    static const QRegularExpression tableDivider(u"^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"_s,
                                                 kUnicode);
    static const QRegularExpression fence(u"^\\s{0,3}(```|~~~)"_s, kUnicode);
    static const QRegularExpression linkDefinition(u"^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+"_s, kUnicode);
    static const QRegularExpression mdImage(u"!\\[[^\\]]*\\]\\([^)]*\\)"_s, kUnicode);
    static const QRegularExpression mdLink(u"(?<!!)\\[([^\\]]*)\\]\\([^)]*\\)"_s, kUnicode);
    static const QRegularExpression keyLine(
        u"^\\s*(title|url source|url|published time|published|markdown content|source|description|site name|date|"
        "author)\\s*:"_s,
        kUnicodeCi);
    static const QRegularExpression spaces(u"\\s+"_s, kUnicode);

    QList<TextLine> lines;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf(u'\n', pos);
        if (nl < 0) {
            nl = text.size();
        }
        TextLine line;
        line.start = pos;
        line.end = nl;
        lines.append(line);
        pos = nl + 1;
    }

    const bool markdown = format == TextFormat::Markdown;
    bool inFence = false;
    bool inYaml = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        TextLine &line = lines[i];
        QStringView raw = QStringView(text).mid(line.start, line.end - line.start);
        QString body = raw.toString();

        if (markdown || i == 0 || inYaml) {
            // YAML front matter: "---" on the first line up to the next "---".
            const QString trimmed = body.trimmed();
            if (i == 0 && trimmed == u"---"_s && markdown) {
                inYaml = true;
                line.frontMatter = true;
                line.rule = true;
            } else if (inYaml) {
                line.frontMatter = true;
                if (trimmed == u"---"_s || trimmed == u"..."_s) {
                    inYaml = false;
                    line.rule = true;
                }
            }
        }
        if (markdown && !line.frontMatter && fence.match(body).hasMatch()) {
            inFence = !inFence;
            line.code = true;
            line.rule = true;
        } else if (inFence) {
            line.code = true;
        }

        if (markdown && !line.code && !line.frontMatter) {
            if (linkDefinition.match(body).hasMatch()) {
                line.imageOnly = true;
            }
            if (thematicBreak.match(body).hasMatch() || tableDivider.match(body).hasMatch()) {
                line.rule = true;
                // A Setext underline turns the line above into a heading.
                const QString t = body.trimmed();
                if (i > 0 && (t.startsWith(u'=') || t.startsWith(u'-')) && !t.contains(u' ') &&
                    !lines[i - 1].visible.isEmpty() && lines[i - 1].headingLevel == 0 && !lines[i - 1].listItem) {
                    lines[i - 1].headingLevel = t.startsWith(u'=') ? 1 : 2;
                }
            }
            body.remove(blockquote);
            if (const auto h = atxHeading.match(body); h.hasMatch()) {
                line.headingLevel = int(h.capturedLength(1));
                body = h.captured(2);
            } else if (const auto l = mdList.match(body); l.hasMatch() && !line.rule) {
                line.listItem = true;
                body = body.mid(l.capturedEnd());
            }
            const QString withoutImages = QString(body).remove(mdImage);
            if (withoutImages.trimmed().isEmpty() && body.contains(u"!["_s)) {
                line.imageOnly = true;
            }
            for (auto it = mdLink.globalMatch(withoutImages); it.hasNext();) {
                const auto m = it.next();
                ++line.links;
                line.linkChars += nonSpaceLength(TextLines::stripMarkdown(m.capturedView(1)));
            }
            if (body.trimmed().startsWith(u'|')) {
                body.replace(u'|', u' ');
            }
            body = TextLines::stripMarkdown(body);
        } else if (!markdown && mayStartPlainList(body)) {
            if (const auto l = plainList.match(body); l.hasMatch()) {
                line.listItem = true;
                body = body.mid(l.capturedEnd());
            }
        }
        if (line.rule) {
            body.clear();
        }

        // A row of items set apart by wide gaps ("Markets  Business  Investing  Tech") is a menu laid out
        // with spaces; the gaps become separators so that the cues see it as one.
        static const QRegularExpression wideGap(u"(?<=\\S)[ \\t]{2,}(?=\\S)"_s);
        if (hasWideGap(body) && body.trimmed().count(wideGap) >= 3) {
            body = body.trimmed().replace(wideGap, u" \u00b7 "_s);
        }
        line.visible = collapseSpaces(body).trimmed();
        line.visibleLength = nonSpaceLength(line.visible);
        if (line.visibleLength > 0 && isEmojiLike(firstCodePoint(line.visible))) {
            line.emojiBullet = true;
            line.listItem = true;
        }
        computeShape(line);
        line.cues = BoilerplateCues::score(line.visible, line.visibleLength);
    }

    // A block of "Key: value" lines heading a converted page (Title:, URL Source:, Published Time:)
    // is metadata about the page, not part of it.
    qsizetype firstContent = 0;
    while (firstContent < lines.size() && lines[firstContent].isBlank()) {
        ++firstContent;
    }
    qsizetype keyEnd = firstContent;
    int keys = 0;
    bool machineKey = false;
    while (keyEnd < lines.size()) {
        if (lines[keyEnd].isBlank()) {
            ++keyEnd;
            continue;
        }
        const auto m = keyLine.match(lines[keyEnd].visible);
        if (!m.hasMatch()) {
            break;
        }
        const QString key = m.captured(1).toLower();
        machineKey =
            machineKey || key.startsWith(u"url"_s) || key == u"markdown content"_s || key == u"published time"_s;
        ++keys;
        ++keyEnd;
    }
    if (keys >= 2 && machineKey) {
        for (qsizetype i = firstContent; i < keyEnd; ++i) {
            lines[i].frontMatter = true;
        }
    }
    return lines;
}

} // namespace Chipwatch::Core
