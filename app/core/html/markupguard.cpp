// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "html/markupguard.h"

#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <array>
#include <cstring>

namespace Chipwatch::Core {

namespace {

// The scanner follows libxml2's HTML parser (2.9) where it decides what is markup: a tag starts
// with '<' and a letter, attributes are a name, blanks, '=' and a value that is quoted or runs to
// a blank or '>', comments run to the first "-->", <script> and <style> to their end tag. Where it
// cannot be sure, it treats the bytes as markup: guarding a tag libxml2 then reads as text costs
// nothing, missing one would let an oversized tag through.

enum class Kind : quint8 { Other, Void, Container, RawText };

struct Named
{
    const char *name;
    Kind kind;
};

// HTML5 void elements that libxml2's HTML 4 tables do not know as empty (area, br, img, param and
// the other HTML 4 ones it closes itself); elements whose content a browser does not render; the
// elements whose content libxml2 reads as raw text.
constexpr std::array<Named, 19> namedElements = {{
    {"embed", Kind::Void},         {"source", Kind::Void},        {"track", Kind::Void},
    {"wbr", Kind::Void},           {"keygen", Kind::Void},        {"audio", Kind::Container},
    {"video", Kind::Container},    {"template", Kind::Container}, {"object", Kind::Container},
    {"iframe", Kind::Container},   {"canvas", Kind::Container},   {"picture", Kind::Container},
    {"datalist", Kind::Container}, {"map", Kind::Container},      {"noframes", Kind::Container},
    {"svg", Kind::Container},      {"math", Kind::Container},     {"script", Kind::RawText},
    {"style", Kind::RawText},
}};

bool isLetter(char c)
{
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'z';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c)
{
    return isLetter(c) || c == '_' || c == ':' || c == '.';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-';
}

// The element named s[from, to), -1 for one the guard does not care about.
int elementIndex(const char *s, qsizetype from, qsizetype to)
{
    const qsizetype length = to - from;
    if (length < 3 || length > 8) {
        return -1;
    }
    char lower[9] = {};
    for (qsizetype i = 0; i < length; ++i) {
        lower[i] = char(s[from + i] | 0x20);
    }
    for (std::size_t i = 0; i < namedElements.size(); ++i) {
        if (std::strcmp(lower, namedElements[i].name) == 0) {
            return int(i);
        }
    }
    return -1;
}

bool startsWithNoCase(const char *s, qsizetype n, qsizetype at, const char *word)
{
    const auto length = qsizetype(std::strlen(word));
    if (at + length > n) {
        return false;
    }
    for (qsizetype i = 0; i < length; ++i) {
        if (char(s[at + i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

struct Edit
{
    qsizetype from = 0; // bytes [from, to) are replaced by the end tag of `element` (none if -1)
    qsizetype to = 0;
    int element = -1;
};

struct Event
{
    int element = 0;
    bool start = false;
    qsizetype after = 0; // just behind the tag
};

} // namespace

QByteArray MarkupGuard::guard(const QByteArray &input, Report *report)
{
    Report counts;
    QByteArray html = input;
    if (std::memchr(input.constData(), '\0', std::size_t(input.size()))) {
        // A NUL byte ends the page for libxml2, which would leave the rest of it unread; a browser
        // ignores it.
        html.removeIf([](char c) { return c == '\0'; });
    }
    QList<Edit> edits;
    QList<Event> containerEvents;
    const char *s = html.constData();
    const qsizetype n = html.size();

    qsizetype i = 0;
    while (i < n) {
        const char *next = static_cast<const char *>(std::memchr(s + i, '<', std::size_t(n - i)));
        if (!next) {
            break;
        }
        const qsizetype lt = next - s;
        i = lt;
        if (i + 1 >= n) {
            break;
        }
        const char c = s[i + 1];
        if (c == '!' && startsWithNoCase(s, n, i + 2, "--")) {
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0) {
                break; // libxml2 reads the rest as the comment
            }
            i = end + 3;
            continue;
        }
        if (c == '/') {
            qsizetype j = i + 2;
            if (j >= n || !isNameStart(s[j])) {
                i += 2;
                continue;
            }
            const qsizetype nameStart = j;
            while (j < n && isNameChar(s[j])) {
                ++j;
            }
            const int element = elementIndex(s, nameStart, j);
            const char *close = static_cast<const char *>(std::memchr(s + j, '>', std::size_t(n - j)));
            j = close ? close - s + 1 : n;
            if (element >= 0 && namedElements[std::size_t(element)].kind == Kind::Container) {
                containerEvents.append({element, false, j});
            }
            i = j;
            continue;
        }
        if (!isLetter(c) && c != '_' && c != ':') {
            ++i; // a '<' in the text
            continue;
        }

        // A start tag: its name, then attributes up to '>' or "/>".
        qsizetype j = i + 1;
        while (j < n && isNameChar(s[j])) {
            ++j;
        }
        const int element = elementIndex(s, i + 1, j);
        int attributes = 0;
        qsizetype dropFrom = -1;
        bool ended = false;
        bool selfClosing = false;
        while (j < n) {
            while (j < n && isBlank(s[j])) {
                ++j;
            }
            if (j >= n) {
                break;
            }
            if (s[j] == '>') {
                ended = true;
                break;
            }
            if (s[j] == '/' && j + 1 < n && s[j + 1] == '>') {
                ended = true;
                selfClosing = true;
                break;
            }
            const qsizetype attributeStart = j;
            if (isNameStart(s[j])) {
                while (j < n && isNameChar(s[j])) {
                    ++j;
                }
                while (j < n && isBlank(s[j])) {
                    ++j;
                }
                if (j < n && s[j] == '=') {
                    ++j;
                    while (j < n && isBlank(s[j])) {
                        ++j;
                    }
                    if (j < n && (s[j] == '"' || s[j] == '\'')) {
                        const char *quote =
                            static_cast<const char *>(std::memchr(s + j + 1, s[j], std::size_t(n - j - 1)));
                        j = quote ? quote - s + 1 : n;
                    } else {
                        while (j < n && !isBlank(s[j]) && s[j] != '>') {
                            ++j;
                        }
                    }
                }
                if (++attributes > maxAttributes && dropFrom < 0) {
                    dropFrom = attributeStart;
                }
            } else {
                // libxml2 drops a bogus attribute up to the next blank or the end of the tag.
                while (j < n && !isBlank(s[j]) && s[j] != '>' && !(s[j] == '/' && j + 1 < n && s[j + 1] == '>')) {
                    ++j;
                }
            }
        }
        if (dropFrom >= 0) {
            edits.append({dropFrom, j, -1});
            counts.attributesDropped += attributes - maxAttributes;
        }
        if (!ended) {
            break; // the page ends inside the tag
        }
        j += selfClosing ? 2 : 1;
        i = j;
        if (element < 0 || selfClosing) {
            continue;
        }
        switch (namedElements[std::size_t(element)].kind) {
        case Kind::Void:
            edits.append({j, j, element});
            ++counts.voidsClosed;
            break;
        case Kind::Container:
            containerEvents.append({element, true, j});
            break;
        case Kind::RawText: {
            // libxml2 (recovering) ends the raw text at "</" followed by the element's name.
            const char *name = namedElements[std::size_t(element)].name;
            qsizetype end = html.indexOf("</", j);
            while (end >= 0 && !startsWithNoCase(s, n, end + 2, name)) {
                end = html.indexOf("</", end + 2);
            }
            i = end >= 0 ? end : n;
            break;
        }
        case Kind::Other:
            break;
        }
    }

    // A container's end tag closes its latest open start tag; start tags left without one would
    // swallow the rest of the page and are closed right away.
    if (!containerEvents.isEmpty()) {
        std::array<QList<qsizetype>, namedElements.size()> open;
        for (const Event &event : std::as_const(containerEvents)) {
            QList<qsizetype> &stack = open[std::size_t(event.element)];
            if (event.start) {
                stack.append(event.after);
            } else if (!stack.isEmpty()) {
                stack.removeLast();
            }
        }
        for (std::size_t element = 0; element < open.size(); ++element) {
            for (const qsizetype at : std::as_const(open[element])) {
                edits.append({at, at, int(element)});
                ++counts.containersClosed;
            }
        }
    }
    if (report) {
        *report = counts;
    }
    if (edits.isEmpty()) {
        return html;
    }
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.from < b.from; });
    QByteArray out;
    out.reserve(html.size() + edits.size() * 12);
    qsizetype copied = 0;
    for (const Edit &edit : std::as_const(edits)) {
        out.append(s + copied, edit.from - copied);
        if (edit.element >= 0) {
            out.append("</").append(namedElements[std::size_t(edit.element)].name).append('>');
        }
        copied = edit.to;
    }
    out.append(s + copied, n - copied);
    return out;
}

} // namespace Chipwatch::Core
