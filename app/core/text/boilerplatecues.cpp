// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "text/boilerplatecues.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

enum CueFlag : unsigned {
    AnyLength = 0,
    ShortOnly = 1, // only on lines shorter than kShortLine visible characters
};

constexpr qsizetype kShortLine = 80;

struct CueEntry
{
    CueKind kind;
    int weight;
    unsigned flags;
    QStringView pattern; // PCRE fragment, case-insensitive; a word boundary is added in front
};

// clang-format off
constexpr std::array kCues{
    // Newsletter and subscription boxes.
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"newsletter"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"abonnent(?:en|innen)?\\b"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"abonnier"},
    CueEntry{CueKind::Newsletter, 1, ShortOnly, u"abo\\b"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"postfach"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"e-?mail-?adresse"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"abmeld|abbestell"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"privatsphäre"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"datenschutz(?:erklärung|hinweis|bestimmung)"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"(?:nichts|keine\\s+\\p{L}+)\\s+(?:mehr\\s+)?verpassen"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"(?:melde\\s+dich|melden\\s+sie\\s+sich|jetzt\\s+anmelden|hier\\s+anmelden|kostenlos\\s+anmelden)"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"jeden\\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|abend)"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"(?:wöchentlich|weekly|daily\\s+digest|täglich\\s+neu)"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"(?:subscribe|subscription|unsubscribe|sign\\s*up|inbox)\\b"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"privacy\\s+policy"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"spam\\b"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"(?:don'?t|never)\\s+miss"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"stay\\s+(?:up\\s+to\\s+date|informed|tuned)"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"auf\\s+dem\\s+laufenden"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"feeds?\\b"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"rss\\b"},
    CueEntry{CueKind::Newsletter, 1, AnyLength, u"(?:e-?mail-?)?benachrichtigung|notifications?\\b"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"push-?nachricht|push\\s+notification"},
    // Paywalls.
    // Newsletter mastheads: "Ausgabe #48", "Im Browser lesen", "View this email in your browser".
    CueEntry{CueKind::Newsletter, 3, AnyLength, u"(?:im|in\\s+ihrem|im\\s+web-?)\\s*browser\\s+(?:lesen|ansehen|öffnen|anzeigen)|view\\s+(?:this\\s+(?:e-?mail|newsletter)\\s+|it\\s+)?(?:in|on)\\s+(?:your\\s+|the\\s+)?(?:browser|web)"},
    CueEntry{CueKind::Newsletter, 2, ShortOnly, u"(?:ausgabe|issue|edition|no\\.)\\s*#?\\s*\\d{1,4}\\b"},
    CueEntry{CueKind::Newsletter, 2, AnyLength, u"unlimited\\s+access|unbegrenzte[nr]?\\s+zugang|cancel\\s+any\\s*time|jederzeit\\s+kündbar|already\\s+a\\s+subscriber|(?:bereits|schon)\\s+abonnent|subscribe\\s+to\\s+(?:continue|read|unlock)|zum\\s+weiterlesen|exklusiv\\s+für\\s+(?:abonnent|plus|mitglieder)|paywall|premium-?(?:artikel|inhalt)|plus-artikel"},

    // Job listings.
    CueEntry{CueKind::Jobs, 2, AnyLength, u"stellen(?:angebot|anzeige|markt|börse)|jobbörse|job\\s*board|job\\s+openings?"},
    CueEntry{CueKind::Jobs, 1, AnyLength, u"jobs?\\b"},
    CueEntry{CueKind::Jobs, 1, ShortOnly, u"karriere|careers?\\b"},
    CueEntry{CueKind::Jobs, 2, AnyLength, u"jetzt\\s+bewerben|bewerben\\s+sie\\s+sich|apply\\s+now"},
    CueEntry{CueKind::Jobs, 1, AnyLength, u"bewerb"},
    CueEntry{CueKind::Jobs, 2, AnyLength, u"we'?re\\s+hiring|we\\s+are\\s+hiring|wir\\s+suchen\\b"},
    CueEntry{CueKind::Jobs, 1, AnyLength, u"(?:vollzeit|teilzeit|full-time|part-time)\\b"},
    CueEntry{CueKind::Jobs, 2, AnyLength, u"werkstudent|duales\\s+studium|praktikant|trainee\\b"},

    // Comment forms and comment policies.
    CueEntry{CueKind::Comments, 1, AnyLength, u"kommentar"},
    CueEntry{CueKind::Comments, 1, AnyLength, u"comments?\\b"},
    CueEntry{CueKind::Comments, 3, AnyLength, u"(?:schreibe|schreiben\\s+sie|hinterlasse|hinterlassen\\s+sie)\\s+einen\\s+kommentar"},
    CueEntry{CueKind::Comments, 3, AnyLength, u"kommentar\\s+(?:schreiben|verfassen|abgeben|hinterlassen)"},
    CueEntry{CueKind::Comments, 3, AnyLength, u"(?:leave|post|add|write)\\s+a\\s+(?:comment|reply)"},
    CueEntry{CueKind::Comments, 1, AnyLength, u"moderiert|moderated"},
    CueEntry{CueKind::Comments, 2, AnyLength, u"kommentare?\\s+(?:werden|wird)\\s+(?:\\p{L}+\\s+)?moderiert|comments?\\s+(?:are|is)\\s+moderated"},
    CueEntry{CueKind::Comments, 2, AnyLength, u"comment\\s+policy|community\\s+guidelines|kommentarrichtlinie|netiquette|forenregeln|diskussionsregeln"},
    CueEntry{CueKind::Comments, 3, AnyLength, u"e-?mail-?adresse\\s+wird\\s+nicht\\s+veröffentlicht|email\\s+address\\s+will\\s+not\\s+be\\s+published"},
    CueEntry{CueKind::Comments, 2, AnyLength, u"pflichtfeld|required\\s+fields?"},
    CueEntry{CueKind::Comments, 1, ShortOnly, u"(?:antworten|reply)\\b"},
    CueEntry{CueKind::Comments, 2, AnyLength, u"(?:unsere[nr]?|our)\\s+(?:leser(?:innen)?|readers)\\b"},
    CueEntry{CueKind::Comments, 2, AnyLength, u"(?:melde[n]?|logge[n]?)\\s+(?:dich|sie\\s+sich)\\s+an,?\\s+um\\s+zu\\s+kommentieren|(?:log\\s*in|sign\\s*in|register)\\s+to\\s+(?:comment|reply)"},
    CueEntry{CueKind::Comments, 1, AnyLength, u"diskussion|discussion"},

    // Share bars and social media prompts.
    CueEntry{CueKind::Social, 1, ShortOnly, u"(?:teilen|share)\\b"},
    CueEntry{CueKind::Social, 1, ShortOnly, u"(?:facebook|twitter|linkedin|whatsapp|xing|pinterest|telegram|reddit|instagram|youtube|mastodon|bluesky|tiktok|flipboard|threads)\\b"},
    CueEntry{CueKind::Social, 2, AnyLength, u"folge[n]?\\s+(?:sie\\s+)?uns|follow\\s+us|find\\s+us\\s+on"},
    CueEntry{CueKind::Social, 2, AnyLength, u"(?:artikel|beitrag|seite)\\s+teilen|share\\s+(?:this|on)\\b|jetzt\\s+teilen"},
    CueEntry{CueKind::Social, 2, AnyLength, u"link\\s+kopieren|copy\\s+link|per\\s+e-?mail\\s+(?:senden|teilen|versenden|empfehlen)"},
    CueEntry{CueKind::Social, 1, ShortOnly, u"(?:drucken|print)\\b"},

    // Cookie and consent banners.
    CueEntry{CueKind::Consent, 2, AnyLength, u"cookie"},
    CueEntry{CueKind::Consent, 2, AnyLength, u"consent\\b"},
    CueEntry{CueKind::Consent, 1, AnyLength, u"einwilligung"},
    CueEntry{CueKind::Consent, 1, ShortOnly, u"(?:akzeptieren|accept|zustimmen|ablehnen|reject)\\b"},
    CueEntry{CueKind::Consent, 3, AnyLength, u"alle\\s+akzeptieren|accept\\s+all|cookie-?(?:einstellungen|settings|richtlinie)"},
    CueEntry{CueKind::Consent, 1, AnyLength, u"tracking|tracker\\b"},

    // Site chrome: navigation, footer, legal.
    CueEntry{CueKind::Chrome, 3, AnyLength, u"website-icon"},
    CueEntry{CueKind::Chrome, 3, AnyLength, u"(?:die\\s+)?mobile\\s+version\\s+verlassen|exit\\s+mobile\\s+version"},
    CueEntry{CueKind::Chrome, 2, AnyLength, u"zur(?:ück\\s+zur)?\\s+startseite|back\\s+to\\s+home"},
    CueEntry{CueKind::Chrome, 1, AnyLength, u"startseite|homepage"},
    CueEntry{CueKind::Chrome, 3, AnyLength, u"zum\\s+inhalt\\s+(?:springen|wechseln)|(?:springe|direkt)\\s+zum\\s+inhalt|skip\\s+to\\s+(?:main\\s+)?content"},
    CueEntry{CueKind::Chrome, 2, ShortOnly, u"zum\\s+inhalt\\b"},
    CueEntry{CueKind::Chrome, 2, ShortOnly, u"nach\\s+oben|back\\s+to\\s+top"},
    CueEntry{CueKind::Chrome, 1, ShortOnly, u"(?:menü|menu|navigation|hauptmenü|suche|search)\\b"},
    CueEntry{CueKind::Chrome, 2, AnyLength, u"impressum|imprint\\b"},
    CueEntry{CueKind::Chrome, 1, AnyLength, u"datenschutz"},
    CueEntry{CueKind::Chrome, 2, AnyLength, u"agb\\b|nutzungsbedingungen|terms\\s+of\\s+(?:use|service)"},
    CueEntry{CueKind::Chrome, 3, AnyLength, u"alle\\s+rechte\\s+vorbehalten|all\\s+rights\\s+reserved"},
    CueEntry{CueKind::Chrome, 2, AnyLength, u"copyright|\\(c\\)\\s*\\d{4}"},
    CueEntry{CueKind::Chrome, 2, AnyLength, u"in\\s+kontakt\\s+bleiben|stay\\s+in\\s+touch"},
    CueEntry{CueKind::Chrome, 1, ShortOnly, u"(?:einloggen|ausloggen|log\\s*in|sign\\s+in|mein\\s+konto|my\\s+account|registrieren)\\b"},
    CueEntry{CueKind::Chrome, 2, AnyLength, u"mehr\\s+(?:laden|anzeigen)|(?:load|show)\\s+more|alle\\s+anzeigen"},
    CueEntry{CueKind::Chrome, 1, AnyLength, u"lesezeit|min\\.?\\s+read\\b"},
    // Breadcrumbs: "Startseite > News > Halbleiter"; the last crumb may be the whole headline.
    CueEntry{CueKind::Chrome, 2, ShortOnly, u"^\\s*(?:[^>›»|]{1,30}[>›»|]\\s*){2,}[^>›»|]{1,40}$"},
    CueEntry{CueKind::Chrome, 3, AnyLength, u"^\\s*(?:[^>›»|·•]{1,30}\\s[›»>]\\s+){2,}[^>›»]{1,160}$"},
    // Short breadcrumbs of two crumbs: "Tech Industry > Memory".
    CueEntry{CueKind::Chrome, 2, ShortOnly, u"^\\s*[^>›»\\d]{2,30}\\s[>›»]\\s[^>›»\\d]{2,30}$"},
    // Menus laid out with wide spaces: "Markets  Business  Investing  Tech".
    CueEntry{CueKind::Chrome, 3, AnyLength, u"^\\s*(?:[^\\s\\d]+(?: [^\\s\\d]+)?\\s{2,}){3,}[^\\s\\d]+(?: [^\\s\\d]+)?\\s*$"},
    // Section menus and topic bars: "News · Aktien · Devisen", "Themen: KI • Cloud • Security". Bylines
    // are built alike ("Von X | 12.03.2025 | 3 Min.") but carry figures; menus do not.
    CueEntry{CueKind::Chrome, 3, AnyLength, u"^\\s*(?:[^·•|\\d]{1,30}\\s[·•|]\\s+){2,}[^·•|\\d]{1,30}$"},
    CueEntry{CueKind::Chrome, 2, AnyLength, u"(?:vorherige[rs]?|nächste[rs]?)\\s+(?:artikel|beitrag)|(?:previous|next)\\s+(?:post|article|story)"},

    // Image credits.
    CueEntry{CueKind::Credit, 2, AnyLength, u"(?:bild|foto|fotos|bildquelle|bildnachweis|titelbild|beitragsbild|image|photo|picture|abbildung)\\s*:"},
    CueEntry{CueKind::Credit, 2, AnyLength, u"(?:image\\s+|photo\\s+|bild)?credits?\\s*:"},
    CueEntry{CueKind::Credit, 2, AnyLength, u"getty\\s+images|shutterstock|istock|adobe\\s*stock|imago\\b|picture\\s+alliance|dpa-?bildfunk|unsplash|pexels|pixabay"},
    CueEntry{CueKind::Credit, 2, AnyLength, u"symbolbild|symbolfoto"},

    // Teaser sections, calls to action and self-promotion.
    CueEntry{CueKind::Related, 2, AnyLength, u"lesen\\s+sie\\s+(?:auch|mehr)|lies\\s+auch|(?:auch|ebenfalls)\\s+interessant|das\\s+könnte\\s+(?:sie|dich)\\s+(?:auch\\s+)?interessieren"},
    CueEntry{CueKind::Related, 2, AnyLength, u"mehr\\s+zum\\s+thema|weitere\\s+(?:artikel|beiträge|news|nachrichten)|(?:ähnliche|verwandte)\\s+(?:artikel|beiträge|themen)|passend\\s+dazu"},
    CueEntry{CueKind::CallToAction, 2, AnyLength, u"weiterlesen|read\\s+more"},
    CueEntry{CueKind::Related, 2, AnyLength, u"read\\s+also|related\\s+(?:articles|posts|stories|content)|you\\s+(?:may|might)\\s+also\\s+like|recommended\\s+(?:for\\s+you|articles|reading)|more\\s+(?:from|on\\s+this)"},
    CueEntry{CueKind::Related, 2, AnyLength, u"top-?artikel|meistgelesen|most\\s+(?:read|popular)|beliebte\\s+artikel|empfehlungen\\s+der\\s+redaktion"},
    CueEntry{CueKind::Related, 2, AnyLength, u"(?:related|see\\s+also|also\\s+read|siehe\\s+auch)\\s*:"},
    CueEntry{CueKind::CallToAction, 2, AnyLength, u"mehr\\s+dazu|mehr\\s+(?:infos?|informationen)\\s+(?:hier|unter)|mehr\\s+finden\\s+sie"},
    CueEntry{CueKind::CallToAction, 2, AnyLength, u"hier\\s+klicken|klicken\\s+sie\\s+hier|click\\s+here|hier\\s+geht'?s"},
    CueEntry{CueKind::CallToAction, 2, AnyLength, u"mehr\\s+erfahren|learn\\s+more|find\\s+out\\s+more|jetzt\\s+entdecken"},
    CueEntry{CueKind::CallToAction, 2, AnyLength, u"jetzt\\s+(?:lesen|testen|kaufen|sichern|downloaden|herunterladen|registrieren|abonnieren|bestellen|buchen|starten|kontaktieren)"},
    CueEntry{CueKind::CallToAction, 1, AnyLength, u"kostenlos|gratis|free\\s+trial|for\\s+free"},
    CueEntry{CueKind::CallToAction, 1, AnyLength, u"zum\\s+(?:artikel|beitrag)"},
    CueEntry{CueKind::Related, 2, AnyLength, u"(?:tags|schlagwörter|schlagworte|stichwörter|kategorien|categories|topics)\\s*:"},
    CueEntry{CueKind::CallToAction, 1, AnyLength, u"die\\s+besten\\b"},

    // Adverts and donation prompts.
    CueEntry{CueKind::Advert, 2, ShortOnly, u"(?:anzeige|advertisement|werbung|sponsored|gesponsert|promoted|partnerinhalt|paid\\s+content)\\b"},
    CueEntry{CueKind::Advert, 1, AnyLength, u"affiliate|partnerlink"},
    CueEntry{CueKind::Advert, 2, AnyLength, u"patreon|unterstütze?n?\\s+(?:sie\\s+)?uns|support\\s+us\\b"},

    // Author adverts and contact boxes.
    CueEntry{CueKind::Contact, 2, AnyLength, u"kontaktformular|contact\\s+form"},
    CueEntry{CueKind::Contact, 2, AnyLength, u"kontakt\\s+aufnehmen|nehmen\\s+sie\\s+kontakt|get\\s+in\\s+touch|contact\\s+(?:us|me)\\b"},
    CueEntry{CueKind::Contact, 1, AnyLength, u"kontakt"},
    CueEntry{CueKind::Contact, 2, AnyLength, u"rufen\\s+sie\\s+(?:mich|uns)|call\\s+(?:us|me)\\b"},
    CueEntry{CueKind::Contact, 1, AnyLength, u"berater|beratung|consulting|consultant"},
    CueEntry{CueKind::Contact, 1, AnyLength, u"zur\\s+verfügung"},
    CueEntry{CueKind::Contact, 2, AnyLength, u"sprechen\\s+sie\\s+(?:mich|uns)\\s+an|schreiben\\s+sie\\s+(?:mir|uns)|erreichen\\s+sie\\s+(?:mich|uns)|write\\s+to\\s+(?:us|me)"},
    CueEntry{CueKind::Contact, 2, AnyLength, u"unverbindlich"},
    CueEntry{CueKind::Contact, 1, AnyLength, u"anfrage|ansprechpartner"},
    CueEntry{CueKind::Contact, 1, AnyLength, u"(?:tel|fax)\\.|telefon\\b|phone\\b"},
    // Author boxes: "Erika Muster ist Redakteurin bei …", "Jane Doe is a senior reporter …"
    CueEntry{CueKind::Contact, 2, AnyLength, u"(?:ist|arbeitet\\s+als)\\s+(?:freie[rn]?\\s+|leitende[rn]?\\s+|stellvertretende[rn]?\\s+)?(?:redakteur|autor|journalist|korrespondent|volontär|chefredakteur|ressortleiter)(?:in)?\\b"},
    CueEntry{CueKind::Contact, 2, AnyLength, u"is\\s+an?\\s+(?:senior\\s+|staff\\s+|freelance\\s+|contributing\\s+)?(?:reporter|editor|writer|journalist|correspondent)\\b"},

    // Consent prompts for embedded third-party content.
    CueEntry{CueKind::Consent, 2, AnyLength, u"externe[rn]?\\s+inhalt|external\\s+content|embedded\\s+content"},
    CueEntry{CueKind::Consent, 2, AnyLength, u"drittanbieter|drittplattform|personenbezogene\\s+daten"},
    CueEntry{CueKind::Consent, 1, AnyLength, u"einverstanden|third[-\\s]party"},
};

// Words that make up navigation, share and footer bars. A line made of nothing else is chrome.
constexpr std::array kChromeWords{
    u"teilen", u"share", u"drucken", u"print", u"anzeige", u"werbung", u"advertisement", u"sponsored", u"menü",
    u"menu", u"suche", u"search", u"home", u"startseite", u"login", u"anmelden", u"abmelden", u"registrieren",
    u"kommentare", u"kommentar", u"kommentieren", u"comments", u"comment", u"facebook", u"twitter", u"x", u"linkedin",
    u"xing", u"whatsapp", u"telegram", u"reddit", u"pinterest", u"instagram", u"youtube", u"mastodon", u"bluesky",
    u"threads", u"tiktok", u"flipboard", u"e-mail", u"email", u"mail", u"rss", u"feed", u"newsletter", u"impressum",
    u"datenschutz", u"kontakt", u"contact", u"agb", u"cookies", u"zurück", u"weiter", u"top", u"nach", u"oben",
    u"merken", u"speichern", u"bookmark", u"kopieren", u"copy", u"link", u"permalink", u"antworten", u"reply",
    u"gefällt", u"like", u"tweet", u"teilen:", u"schließen", u"close", u"abonnieren", u"subscribe", u"podcast",
    u"video", u"videos", u"galerie", u"gallery", u"mehr", u"more", u"news", u"ticker", u"imprint", u"privacy",
    u"vorlesen", u"anhören", u"druckansicht", u"druckversion", u"lesen", u"artikel", u"listen", u"audio",
};

// clang-format on

struct CompiledCue
{
    QRegularExpression re;
    CueKind kind;
    int weight;
    unsigned flags;
};

const QList<CompiledCue> &compiledCues()
{
    static const QList<CompiledCue> cues = [] {
        QList<CompiledCue> out;
        out.reserve(qsizetype(kCues.size()));
        for (const CueEntry &e : kCues) {
            QRegularExpression re(u"(?<![\\p{L}\\p{N}])(?:"_s + e.pattern.toString() + u")"_s,
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
            Q_ASSERT_X(re.isValid(), "BoilerplateCues", qPrintable(re.errorString()));
            out.append({std::move(re), e.kind, e.weight, e.flags});
        }
        return out;
    }();
    return cues;
}

// All cues in one alternation: most lines of an article match none of them, and one pass over such a line
// is far cheaper than a hundred. Only a line that matches it is tested cue by cue.
const QRegularExpression &anyCue()
{
    static const QRegularExpression re = [] {
        QStringList parts;
        for (const CueEntry &e : kCues) {
            parts << e.pattern.toString();
        }
        return QRegularExpression(u"(?<![\\p{L}\\p{N}])(?:"_s + parts.join(u'|') + u")"_s,
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    }();
    return re;
}

const QSet<QString> &chromeWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        for (QStringView w : kChromeWords) {
            out.insert(w.toString());
        }
        return out;
    }();
    return words;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        u"(?:https?://|www\\.)[^\\s)\\]>]+|(?<![\\p{L}\\p{N}@.])[\\p{L}\\p{N}-]+\\.(?:de|com|net|org|io|ai|at|ch|eu|info|digital|tech|news|online|media|app|dev|fr|it|nl|co\\.uk|cn)(?:/[^\\s)]*)?(?![\\p{L}\\p{N}])"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &emailPattern()
{
    // Also the spam-shy forms "redaktion[at]example.de" and "info (at) example (dot) de".
    static const QRegularExpression re(
        u"[\\w.+-]+(?:@|\\s*[\\[(]at[\\])]\\s*)[\\w-]+(?:\\.|\\s*[\\[(]dot[\\])]\\s*)[\\w.-]+"_s,
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    return re;
}

constexpr qsizetype kPhoneDigits = 8;

// International or area-coded numbers with at least eight digits in groups: "+49 89 89 674 804",
// "(030) 1234-5678". Plain large numbers ("380.000.000") use dots and are not matched.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(
        u"(?<![\\w.,])(?:\\+\\d{1,3}|\\(?0\\d{1,5}\\)?)(?:[\\s/-]*\\(?\\d+\\)?){2,}(?![\\w.,]\\d)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

qsizetype digitCount(QStringView s)
{
    return std::count_if(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// Every line of every article is scored, and most lines hold no address at all: these tests say cheaply
// whether a pattern above can match, so that its regular expression runs only where it might.

// A URL has "://" or "www.", or a dot followed by its top-level domain, which begins with a letter.
bool mayHoldUrl(QStringView line)
{
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QChar c = line.at(i);
        if ((c == u'.' && (line.at(i + 1).isLetter() ||
                           (i >= 3 && line.sliced(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0))) ||
            (c == u':' && line.sliced(i + 1).startsWith(u"//"))) {
            return true;
        }
    }
    return false;
}

// An address has "@", or "at" in brackets.
bool mayHoldEmail(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'@' || ((c == u'[' || c == u'(') && line.sliced(i + 1).startsWith(u"at", Qt::CaseInsensitive))) {
            return true;
        }
    }
    return false;
}

bool isWholeLineChrome(QStringView line)
{
    static const QRegularExpression separators(u"[\\s|·•/,;:()\\[\\]<>»«›‹→➤▶►]+"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokens = line.toString().toLower().split(separators, Qt::SkipEmptyParts);
    if (tokens.isEmpty()) {
        return false;
    }
    const QSet<QString> &words = chromeWords();
    qsizetype count = 0;
    for (const QString &t : tokens) {
        // Counters next to share buttons ("12 Kommentare") are part of the bar.
        if (std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); })) {
            continue;
        }
        if (!words.contains(t)) {
            return false;
        }
        ++count;
    }
    return count > 0;
}

} // namespace

CueScore BoilerplateCues::score(QStringView line, qsizetype visibleLength)
{
    CueScore s;
    const bool anyMatch = anyCue().match(line).hasMatch();
    for (const CompiledCue &cue : anyMatch ? compiledCues() : QList<CompiledCue>()) {
        if ((cue.flags & ShortOnly) && visibleLength >= kShortLine) {
            continue;
        }
        if (cue.re.match(line).hasMatch()) {
            s.total += cue.weight;
            s.strongest = std::max(s.strongest, cue.weight);
            s.kinds |= 1U << unsigned(cue.kind);
            // Newsletter boxes, teasers and adverts are inserted into articles; comment forms, job
            // ads, contact boxes and footers come after them.
            if (cue.kind == CueKind::Comments || cue.kind == CueKind::Jobs || cue.kind == CueKind::Contact ||
                cue.kind == CueKind::Chrome) {
                s.endOfArticle += cue.weight;
            }
            if (cue.kind == CueKind::Related || cue.kind == CueKind::Comments || cue.kind == CueKind::Jobs) {
                s.sections += cue.weight;
            }
        }
    }
    if (mayHoldUrl(line)) {
        for (auto it = urlPattern().globalMatch(line); it.hasNext(); it.next()) {
            ++s.urls;
        }
    }
    if (mayHoldEmail(line)) {
        for (auto it = emailPattern().globalMatch(line); it.hasNext(); it.next()) {
            ++s.emails;
        }
    }
    // Only a number of eight digits or more counts, so the line must have as many.
    if (digitCount(line) >= kPhoneDigits) {
        for (auto it = phonePattern().globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            if (digitCount(m.capturedView()) >= kPhoneDigits) {
                ++s.phones;
            }
        }
    }
    s.total += std::min(s.urls, 3) + 2 * std::min(s.emails, 1) + 2 * std::min(s.phones, 1);
    s.endOfArticle += 2 * std::min(s.emails + s.phones, 1);
    if (s.phones > 0 || s.emails > 0) {
        s.kinds |= 1U << unsigned(CueKind::Contact);
    }
    s.wholeLineChrome = visibleLength < kShortLine && isWholeLineChrome(line);
    return s;
}

qsizetype BoilerplateCues::creditStart(QStringView line, QString *credited)
{
    // "… – Bild: Xpert.Digital", "… (Foto: dpa)", "Bildquelle: Hersteller", "© Reuters"
    static const QRegularExpression re(
        u"(?:^|\\s*[–—|-]\\s*|\\s*\\(|\\s+)(?:(?:bild|foto|fotos|bildquelle|bildnachweis|titelbild|beitragsbild|image|"
        u"photo|picture|"
        "abbildung|grafik|quelle|source|credits?)\\s*:|©)\\s*(?<who>[^()]{1,80}?)\\)?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(line);
    if (!m.hasMatch()) {
        return -1;
    }
    if (credited) {
        *credited = m.captured(u"who").trimmed();
    }
    return m.capturedStart();
}

} // namespace Chipwatch::Core
