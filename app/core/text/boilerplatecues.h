// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

// What kind of page clutter a cue points to; used for scoring and for diagnostics.
enum class CueKind {
    Newsletter,
    Jobs,
    Comments,
    Social,
    Consent,
    Chrome,
    Credit,
    Related,      // section headings over teaser links: "Mehr zum Thema", "Related articles"
    CallToAction, // "Mehr dazu hier", "Jetzt lesen", "kostenlos"
    Advert,
    Contact,
};

struct CueScore
{
    int total = 0;     // sum of the weights of the distinct cues found
    int strongest = 0; // highest single weight (3 decides on its own)
    int urls = 0;      // bare or linked web addresses
    int emails = 0;
    int phones = 0;
    int endOfArticle = 0;         // weight of cues for what follows an article: comments, jobs, contact, footer
    int sections = 0;             // weight of cues that head a section of links, comments or job ads
    bool wholeLineChrome = false; // the line is nothing but navigation/share words ("Teilen", "Facebook X")
    unsigned kinds = 0;           // bit set of CueKind
};

// Vocabulary of page clutter in German and English: newsletter boxes, job ads, comment forms,
// share bars, consent banners, site chrome, image credits, link teasers, adverts and contact
// boxes as they look on any news site. The tables are data (boilerplatecues.cpp); weights:
// 1 = weak hint, 2 = decisive on a short line, 3 = decisive on any line.
class BoilerplateCues final
{
public:
    BoilerplateCues() = delete;

    // visibleLength lets cues that only mean clutter on short lines ("Teilen", "Facebook")
    // stay silent inside article prose.
    static CueScore score(QStringView line, qsizetype visibleLength);

    // A trailing or standalone image credit ("– Bild: Xpert.Digital", "(Foto: dpa)") starting
    // at the returned position, or -1. *credited receives the credited name.
    static qsizetype creditStart(QStringView line, QString *credited = nullptr);
};

} // namespace Chipwatch::Core
