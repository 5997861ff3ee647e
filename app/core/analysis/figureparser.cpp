// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/figureparser.h"

#include "analysis/tokenizer.h"

#include <QHash>
#include <QVarLengthArray>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

// ---------------------------------------------------------------------------------------------
// Vocabulary. Every table is data: adding a currency or a unit needs no code.

struct UnitEntry
{
    QStringView phrase;
    QStringView unit;
    FigureType type;
    bool caseSensitive;
};

// Written after the number (or its scale word). Longest match wins, so "US-Dollar" beats "Dollar"
// and "Prozentpunkte" beats "Prozent".
const UnitEntry kUnits[] = {
    // Money. "Dollar" alone is the US dollar; other dollars name their country.
    {u"US-Dollar", u"USD", FigureType::Money, false},
    {u"US-Dollars", u"USD", FigureType::Money, false},
    {u"US Dollar", u"USD", FigureType::Money, false},
    {u"US dollars", u"USD", FigureType::Money, false},
    {u"U.S. dollars", u"USD", FigureType::Money, false},
    {u"U.S. dollar", u"USD", FigureType::Money, false},
    {u"US-$", u"USD", FigureType::Money, true},
    {u"Dollar", u"USD", FigureType::Money, false},
    {u"Dollars", u"USD", FigureType::Money, false},
    {u"USD", u"USD", FigureType::Money, true},
    {u"$", u"USD", FigureType::Money, true},
    {u"HK-Dollar", u"HKD", FigureType::Money, false},
    {u"HK-Dollars", u"HKD", FigureType::Money, false},
    {u"Hongkong-Dollar", u"HKD", FigureType::Money, false},
    {u"Hongkong-Dollars", u"HKD", FigureType::Money, false},
    {u"Hong-Kong-Dollar", u"HKD", FigureType::Money, false},
    {u"Hong Kong dollars", u"HKD", FigureType::Money, false},
    {u"Hong Kong dollar", u"HKD", FigureType::Money, false},
    {u"HK dollars", u"HKD", FigureType::Money, false},
    {u"HKD", u"HKD", FigureType::Money, true},
    {u"Taiwan-Dollar", u"TWD", FigureType::Money, false},
    {u"Taiwan-Dollars", u"TWD", FigureType::Money, false},
    {u"Taiwan dollars", u"TWD", FigureType::Money, false},
    {u"New Taiwan dollars", u"TWD", FigureType::Money, false},
    {u"NT dollars", u"TWD", FigureType::Money, false},
    {u"TWD", u"TWD", FigureType::Money, true},
    {u"Singapur-Dollar", u"SGD", FigureType::Money, false},
    {u"Singapore dollars", u"SGD", FigureType::Money, false},
    {u"SGD", u"SGD", FigureType::Money, true},
    {u"Yuan", u"CNY", FigureType::Money, false},
    {u"Yuan Renminbi", u"CNY", FigureType::Money, false},
    {u"Renminbi", u"CNY", FigureType::Money, false},
    {u"RMB", u"CNY", FigureType::Money, true},
    {u"CNY", u"CNY", FigureType::Money, true},
    {u"Euro", u"EUR", FigureType::Money, false},
    {u"Euros", u"EUR", FigureType::Money, false},
    {u"EUR", u"EUR", FigureType::Money, true},
    {u"€", u"EUR", FigureType::Money, true},
    {u"Yen", u"JPY", FigureType::Money, false},
    {u"JPY", u"JPY", FigureType::Money, true},
    {u"Won", u"KRW", FigureType::Money, false},
    {u"KRW", u"KRW", FigureType::Money, true},
    {u"₩", u"KRW", FigureType::Money, true},
    {u"Pfund", u"GBP", FigureType::Money, false},
    {u"Pfund Sterling", u"GBP", FigureType::Money, false},
    {u"pounds", u"GBP", FigureType::Money, false},
    {u"pound", u"GBP", FigureType::Money, false},
    {u"pounds sterling", u"GBP", FigureType::Money, false},
    {u"GBP", u"GBP", FigureType::Money, true},
    {u"£", u"GBP", FigureType::Money, true},
    {u"Schweizer Franken", u"CHF", FigureType::Money, false},
    {u"Franken", u"CHF", FigureType::Money, false},
    {u"Swiss francs", u"CHF", FigureType::Money, false},
    {u"CHF", u"CHF", FigureType::Money, true},
    {u"Rupien", u"INR", FigureType::Money, false},
    {u"rupees", u"INR", FigureType::Money, false},
    {u"INR", u"INR", FigureType::Money, true},
    {u"₹", u"INR", FigureType::Money, true},
    {u"Rubel", u"RUB", FigureType::Money, false},
    {u"roubles", u"RUB", FigureType::Money, false},
    {u"rubles", u"RUB", FigureType::Money, false},
    {u"RUB", u"RUB", FigureType::Money, true},
    // In this domain "¥" stands for the yuan far more often than for the yen.
    {u"¥", u"CNY", FigureType::Money, true},
    // Percentages and percentage points.
    {u"%", u"%", FigureType::Percent, true},
    {u"Prozent", u"%", FigureType::Percent, false},
    {u"percent", u"%", FigureType::Percent, false},
    {u"per cent", u"%", FigureType::Percent, false},
    {u"pct", u"%", FigureType::Percent, true},
    {u"prozentige", u"%", FigureType::Percent, false},
    {u"prozentigen", u"%", FigureType::Percent, false},
    {u"prozentiger", u"%", FigureType::Percent, false},
    {u"prozentiges", u"%", FigureType::Percent, false},
    {u"prozentigem", u"%", FigureType::Percent, false},
    {u"Prozentpunkte", u"pp", FigureType::Percent, false},
    {u"Prozentpunkten", u"pp", FigureType::Percent, false},
    {u"Prozentpunkt", u"pp", FigureType::Percent, false},
    {u"Prozent-Punkte", u"pp", FigureType::Percent, false},
    {u"%-Punkte", u"pp", FigureType::Percent, false},
    {u"%-Punkten", u"pp", FigureType::Percent, false},
    {u"percentage points", u"pp", FigureType::Percent, false},
    {u"percentage point", u"pp", FigureType::Percent, false},
    {u"pp", u"pp", FigureType::Percent, true},
    // Quantities: process nodes, memory, bandwidth, compute, power, clock, transistor counts.
    {u"nm", u"nm", FigureType::Quantity, true},
    {u"Nanometer", u"nm", FigureType::Quantity, false},
    {u"Nanometern", u"nm", FigureType::Quantity, false},
    {u"nanometers", u"nm", FigureType::Quantity, false},
    {u"nanometre", u"nm", FigureType::Quantity, false},
    {u"nanometres", u"nm", FigureType::Quantity, false},
    {u"MB", u"MB", FigureType::Quantity, true},
    {u"GB", u"GB", FigureType::Quantity, true},
    {u"TB", u"TB", FigureType::Quantity, true},
    {u"PB", u"PB", FigureType::Quantity, true},
    {u"Megabyte", u"MB", FigureType::Quantity, false},
    {u"Megabytes", u"MB", FigureType::Quantity, false},
    {u"Gigabyte", u"GB", FigureType::Quantity, false},
    {u"Gigabytes", u"GB", FigureType::Quantity, false},
    {u"Terabyte", u"TB", FigureType::Quantity, false},
    {u"Terabytes", u"TB", FigureType::Quantity, false},
    {u"Petabyte", u"PB", FigureType::Quantity, false},
    {u"Petabytes", u"PB", FigureType::Quantity, false},
    {u"MB/s", u"MB/s", FigureType::Quantity, true},
    {u"GB/s", u"GB/s", FigureType::Quantity, true},
    {u"TB/s", u"TB/s", FigureType::Quantity, true},
    {u"Gbit/s", u"Gbit/s", FigureType::Quantity, false},
    {u"Gb/s", u"Gbit/s", FigureType::Quantity, true},
    {u"Tbit/s", u"Tbit/s", FigureType::Quantity, false},
    {u"Tb/s", u"Tbit/s", FigureType::Quantity, true},
    {u"GT/s", u"GT/s", FigureType::Quantity, true},
    {u"GFLOPS", u"GFLOPS", FigureType::Quantity, false},
    {u"TFLOPS", u"TFLOPS", FigureType::Quantity, false},
    {u"TFLOP/s", u"TFLOPS", FigureType::Quantity, false},
    {u"PFLOPS", u"PFLOPS", FigureType::Quantity, false},
    {u"PFLOP/s", u"PFLOPS", FigureType::Quantity, false},
    {u"EFLOPS", u"EFLOPS", FigureType::Quantity, false},
    {u"EFLOP/s", u"EFLOPS", FigureType::Quantity, false},
    {u"Gigaflops", u"GFLOPS", FigureType::Quantity, false},
    {u"Teraflops", u"TFLOPS", FigureType::Quantity, false},
    {u"Petaflops", u"PFLOPS", FigureType::Quantity, false},
    {u"Exaflops", u"EFLOPS", FigureType::Quantity, false},
    {u"TOPS", u"TOPS", FigureType::Quantity, true},
    {u"W", u"W", FigureType::Quantity, true},
    {u"Watt", u"W", FigureType::Quantity, false},
    {u"watts", u"W", FigureType::Quantity, false},
    {u"kW", u"kW", FigureType::Quantity, true},
    {u"Kilowatt", u"kW", FigureType::Quantity, false},
    {u"MW", u"MW", FigureType::Quantity, true},
    {u"Megawatt", u"MW", FigureType::Quantity, false},
    {u"GW", u"GW", FigureType::Quantity, true},
    {u"Gigawatt", u"GW", FigureType::Quantity, false},
    {u"kWh", u"kWh", FigureType::Quantity, true},
    {u"MWh", u"MWh", FigureType::Quantity, true},
    {u"GWh", u"GWh", FigureType::Quantity, true},
    {u"TWh", u"TWh", FigureType::Quantity, true},
    {u"Kilowattstunden", u"kWh", FigureType::Quantity, false},
    {u"Megawattstunden", u"MWh", FigureType::Quantity, false},
    {u"Gigawattstunden", u"GWh", FigureType::Quantity, false},
    {u"Terawattstunden", u"TWh", FigureType::Quantity, false},
    {u"MHz", u"MHz", FigureType::Quantity, true},
    {u"GHz", u"GHz", FigureType::Quantity, true},
    {u"Megahertz", u"MHz", FigureType::Quantity, false},
    {u"Gigahertz", u"GHz", FigureType::Quantity, false},
    {u"Transistoren", u"transistors", FigureType::Quantity, false},
    {u"transistors", u"transistors", FigureType::Quantity, false},
    {u"mm²", u"mm²", FigureType::Quantity, true},
    {u"mm2", u"mm²", FigureType::Quantity, true},
    {u"Quadratmillimeter", u"mm²", FigureType::Quantity, false},
    {u"Zoll", u"in", FigureType::Quantity, false},
    {u"inch", u"in", FigureType::Quantity, false},
    {u"inches", u"in", FigureType::Quantity, false},
};

// Written before the number: "$1.65 billion", "US$ 53 bn", "EUR 10 Mio.".
const UnitEntry kPrefixCurrencies[] = {
    {u"$", u"USD", FigureType::Money, true},    {u"US$", u"USD", FigureType::Money, true},
    {u"US $", u"USD", FigureType::Money, true}, {u"U.S.$", u"USD", FigureType::Money, true},
    {u"USD", u"USD", FigureType::Money, true},  {u"HK$", u"HKD", FigureType::Money, true},
    {u"HKD", u"HKD", FigureType::Money, true},  {u"NT$", u"TWD", FigureType::Money, true},
    {u"TWD", u"TWD", FigureType::Money, true},  {u"S$", u"SGD", FigureType::Money, true},
    {u"SGD", u"SGD", FigureType::Money, true},  {u"A$", u"AUD", FigureType::Money, true},
    {u"AUD", u"AUD", FigureType::Money, true},  {u"C$", u"CAD", FigureType::Money, true},
    {u"CAD", u"CAD", FigureType::Money, true},  {u"€", u"EUR", FigureType::Money, true},
    {u"EUR", u"EUR", FigureType::Money, true},  {u"£", u"GBP", FigureType::Money, true},
    {u"GBP", u"GBP", FigureType::Money, true},  {u"¥", u"CNY", FigureType::Money, true},
    {u"RMB", u"CNY", FigureType::Money, true},  {u"CNY", u"CNY", FigureType::Money, true},
    {u"JPY", u"JPY", FigureType::Money, true},  {u"₩", u"KRW", FigureType::Money, true},
    {u"KRW", u"KRW", FigureType::Money, true},  {u"₹", u"INR", FigureType::Money, true},
    {u"INR", u"INR", FigureType::Money, true},  {u"CHF", u"CHF", FigureType::Money, true},
};

struct ScaleEntry
{
    QStringView phrase;
    double factor; // 0: the long-scale "Billion", 10^12 in German and 10^9 in English
    bool caseSensitive;
    bool attachedMoneyOnly; // single letters: "$10m", "€5bn" but never "10 m" (metres)
};

const ScaleEntry kScales[] = {
    {u"Tsd.", 1e3, false, false},     {u"Tausend", 1e3, false, false},   {u"thousand", 1e3, false, false},
    {u"k", 1e3, true, true},          {u"K", 1e3, true, true},           {u"Mio.", 1e6, false, false},
    {u"Mio", 1e6, false, false},      {u"Million", 1e6, false, false},   {u"Millionen", 1e6, false, false},
    {u"millions", 1e6, false, false}, {u"mn", 1e6, true, false},         {u"mln", 1e6, true, false},
    {u"m", 1e6, true, true},          {u"M", 1e6, true, true},           {u"Mrd.", 1e9, false, false},
    {u"Mrd", 1e9, false, false},      {u"Milliarde", 1e9, false, false}, {u"Milliarden", 1e9, false, false},
    {u"billion", 1e9, true, false},   {u"billions", 1e9, true, false},   {u"bn", 1e9, true, false},
    {u"bln", 1e9, true, false},       {u"b", 1e9, true, true},           {u"B", 1e9, true, true},
    {u"Billion", 0, true, false},     {u"BILLION", 0, true, false},      {u"Billionen", 1e12, false, false},
    {u"Bio.", 1e12, true, false},     {u"trillion", 1e12, false, false}, {u"tn", 1e12, true, false},
    {u"T", 1e12, true, true},
};

struct QualifierEntry
{
    QStringView words[3];
    Qualifier qualifier;
};

// Compared backwards from the figure, token by token ("ca" "." is "ca.").
const QualifierEntry kQualifiers[] = {
    {{u"mehr", u"als"}, Qualifier::MoreThan},
    {{u"more", u"than"}, Qualifier::MoreThan},
    {{u"just", u"over"}, Qualifier::MoreThan},
    {{u"über"}, Qualifier::MoreThan},
    {{u"gut"}, Qualifier::MoreThan},
    {{u"over"}, Qualifier::MoreThan},
    {{u"weniger", u"als"}, Qualifier::LessThan},
    {{u"less", u"than"}, Qualifier::LessThan},
    {{u"fewer", u"than"}, Qualifier::LessThan},
    {{u"just", u"under"}, Qualifier::LessThan},
    {{u"unter"}, Qualifier::LessThan},
    {{u"under"}, Qualifier::LessThan},
    {{u"below"}, Qualifier::LessThan},
    {{u"bis", u"zu"}, Qualifier::UpTo},
    {{u"up", u"to"}, Qualifier::UpTo},
    {{u"as", u"much", u"as"}, Qualifier::UpTo},
    {{u"as", u"many", u"as"}, Qualifier::UpTo},
    {{u"mindestens"}, Qualifier::AtLeast},
    {{u"wenigstens"}, Qualifier::AtLeast},
    {{u"at", u"least"}, Qualifier::AtLeast},
    {{u"höchstens"}, Qualifier::AtMost},
    {{u"maximal"}, Qualifier::AtMost},
    {{u"at", u"most"}, Qualifier::AtMost},
    {{u"no", u"more", u"than"}, Qualifier::AtMost},
    {{u"rund"}, Qualifier::Approximate},
    {{u"etwa"}, Qualifier::Approximate},
    {{u"ca", u"."}, Qualifier::Approximate},
    {{u"circa"}, Qualifier::Approximate},
    {{u"zirka"}, Qualifier::Approximate},
    {{u"ungefähr"}, Qualifier::Approximate},
    {{u"annähernd"}, Qualifier::Approximate},
    {{u"knapp"}, Qualifier::Approximate},
    {{u"fast"}, Qualifier::Approximate},
    {{u"beinahe"}, Qualifier::Approximate},
    {{u"nahezu"}, Qualifier::Approximate},
    {{u"about"}, Qualifier::Approximate},
    {{u"around"}, Qualifier::Approximate},
    {{u"roughly"}, Qualifier::Approximate},
    {{u"approximately"}, Qualifier::Approximate},
    {{u"approx", u"."}, Qualifier::Approximate},
    {{u"nearly"}, Qualifier::Approximate},
    {{u"almost"}, Qualifier::Approximate},
    {{u"some"}, Qualifier::Approximate},
};

struct NumberWord
{
    QStringView word;
    int value;
};

// Numbers written as words count only before a scale word and a currency ("eine Milliarde Euro",
// "two billion dollars") or before a percent word ("drei Prozent").
const NumberWord kNumberWords[] = {
    {u"ein", 1},      {u"eine", 1},      {u"einer", 1},   {u"einem", 1},   {u"einen", 1},    {u"zwei", 2},
    {u"drei", 3},     {u"vier", 4},      {u"fünf", 5},    {u"sechs", 6},   {u"sieben", 7},   {u"acht", 8},
    {u"neun", 9},     {u"zehn", 10},     {u"elf", 11},    {u"zwölf", 12},  {u"zwanzig", 20}, {u"dreißig", 30},
    {u"fünfzig", 50}, {u"hundert", 100}, {u"a", 1},       {u"an", 1},      {u"one", 1},      {u"two", 2},
    {u"three", 3},    {u"four", 4},      {u"five", 5},    {u"six", 6},     {u"seven", 7},    {u"eight", 8},
    {u"nine", 9},     {u"ten", 10},      {u"eleven", 11}, {u"twelve", 12}, {u"twenty", 20},  {u"thirty", 30},
    {u"fifty", 50},   {u"hundred", 100},
};

struct MonthEntry
{
    QStringView name;
    int month;
};

const MonthEntry kMonths[] = {
    {u"Januar", 1}, {u"Jänner", 1},    {u"January", 1},   {u"Jan", 1},   {u"Februar", 2},   {u"February", 2},
    {u"Feb", 2},    {u"März", 3},      {u"Maerz", 3},     {u"March", 3}, {u"Mär", 3},       {u"Mrz", 3},
    {u"Mar", 3},    {u"April", 4},     {u"Apr", 4},       {u"Mai", 5},   {u"May", 5},       {u"Juni", 6},
    {u"June", 6},   {u"Jun", 6},       {u"Juli", 7},      {u"July", 7},  {u"Jul", 7},       {u"August", 8},
    {u"Aug", 8},    {u"September", 9}, {u"Sept", 9},      {u"Sep", 9},   {u"Oktober", 10},  {u"October", 10},
    {u"Okt", 10},   {u"Oct", 10},      {u"November", 11}, {u"Nov", 11},  {u"Dezember", 12}, {u"December", 12},
    {u"Dez", 12},   {u"Dec", 12},
};

// A vocabulary table indexed by the case-folded first character of its phrases: a lookup at a
// token compares only the few phrases that can match there.
template <typename Entry, std::size_t N>
class Lexicon
{
public:
    explicit Lexicon(const Entry (&table)[N])
        : m_table(table)
    {
        for (std::size_t i = 0; i < N; ++i) {
            m_byFirst[table[i].phrase.front().toCaseFolded().unicode()].append(qsizetype(i));
        }
    }

    const QList<qsizetype> *candidates(QChar first) const
    {
        const auto it = m_byFirst.constFind(first.toCaseFolded().unicode());
        return it == m_byFirst.cend() ? nullptr : &it.value();
    }

    const Entry &operator[](qsizetype i) const { return m_table[i]; }

private:
    const Entry (&m_table)[N];
    QHash<char16_t, QList<qsizetype>> m_byFirst;
};

const Lexicon kUnitLexicon(kUnits);
const Lexicon kPrefixLexicon(kPrefixCurrencies);
const Lexicon kScaleLexicon(kScales);

const QStringView kOrdinals[][5] = {
    {u"erste", u"ersten", u"erstes", u"first", u"1st"},
    {u"zweite", u"zweiten", u"zweites", u"second", u"2nd"},
    {u"dritte", u"dritten", u"drittes", u"third", u"3rd"},
    {u"vierte", u"vierten", u"viertes", u"fourth", u"4th"},
};

const QStringView kQuarterWords[] = {u"Quartal",         u"Quartals",         u"Quartales",
                                     u"quarter",         u"Geschäftsquartal", u"Geschäftsquartals",
                                     u"Kalenderquartal", u"Kalenderquartals"};
const QStringView kHalfWords[] = {u"Halbjahr", u"Halbjahres",        u"Halbjahrs",          u"Jahreshälfte",
                                  u"half",     u"Geschäftshalbjahr", u"Geschäftshalbjahres"};

// Words before a number that make it an identifier rather than an amount or a year.
const QStringView kIdentifierWords[] = {u"tel",     u"telefon",  u"fon",      u"fax",    u"phone",
                                        u"mobil",   u"nr",       u"no",       u"nummer", u"number",
                                        u"version", u"kapitel",  u"seite",    u"page",   u"artikel",
                                        u"article", u"paragraf", u"postfach", u"plz",    u"hausnummer"};

bool equalsAny(QStringView word, const QStringView *list, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (word.size() == list[i].size() && word.compare(list[i], Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

template <std::size_t N>
bool equalsAny(QStringView word, const QStringView (&list)[N])
{
    return equalsAny(word, list, qsizetype(N));
}

struct NumberValue
{
    double value = 0;
    bool plainInteger = false; // digits only: a candidate year
};

// Reads one number token. Returns nothing for shapes that are no single number ("1.2.3").
std::optional<NumberValue> readNumber(QStringView raw, bool german)
{
    QVarLengthArray<QChar, 8> seps;
    QVarLengthArray<int, 8> groups;
    int digits = 0;
    for (QChar c : raw) {
        if (Tokenizer::isAsciiDigit(c)) {
            ++digits;
        } else {
            seps.append(c == u'.' || c == u',' ? c : QChar(u' '));
            groups.append(digits);
            digits = 0;
        }
    }
    groups.append(digits);
    NumberValue out;
    if (seps.isEmpty()) {
        out.plainInteger = true;
        out.value = raw.toDouble();
        return out;
    }
    const qsizetype dots = std::count(seps.cbegin(), seps.cend(), QChar(u'.'));
    const qsizetype commas = std::count(seps.cbegin(), seps.cend(), QChar(u','));
    QChar decimal;
    if (dots > 0 && commas > 0) {
        // "1.234,5" or "1,234.5": the last separator is the decimal one and must be unique.
        decimal = seps.back();
        if ((decimal == u'.' ? dots : commas) != 1) {
            return std::nullopt;
        }
    } else if (dots + commas == 1) {
        const QChar sep = dots ? QChar(u'.') : QChar(u',');
        const qsizetype at = std::find(seps.cbegin(), seps.cend(), sep) - seps.cbegin();
        const bool lastSep = at == seps.size() - 1;
        const int after = groups[at + 1];
        if (!lastSep) {
            return std::nullopt; // "1,5 000" is no notation anyone writes
        }
        if (after != 3 || raw.front() == u'0' || groups[0] > 3 || seps.size() > 1) {
            decimal = sep; // "4.5", "53,1", "0,125", "1234.567"
        } else if (german) {
            decimal = sep == u',' ? sep : QChar(); // "4.000" is four thousand, "1,234" is 1.234
        } else {
            decimal = sep == u'.' ? sep : QChar(); // "4,000" is four thousand, "1.234" is 1.234
        }
    }
    // Every separator but the decimal one groups thousands: 1-3 digits first, then exactly 3.
    QString normal;
    normal.reserve(raw.size());
    qsizetype group = 0;
    for (QChar c : raw) {
        if (Tokenizer::isAsciiDigit(c)) {
            normal += c;
            continue;
        }
        const bool isDecimal = !decimal.isNull() && c == decimal;
        if (isDecimal) {
            normal += u'.';
        } else if (groups[group + 1] != 3 || (group == 0 && groups[0] > 3)) {
            return std::nullopt;
        }
        ++group;
    }
    bool ok = false;
    out.value = normal.toDouble(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

class Scanner
{
public:
    Scanner(QStringView text, const QString &language)
        : m_text(text)
        , m_tokens(Tokenizer::tokenize(text))
        , m_german(language.startsWith(u"de"_s, Qt::CaseInsensitive))
    {}

    QList<Figure> run();

private:
    struct Match
    {
        qsizetype index = -1;
        qsizetype end = -1;
    };

    struct Tail
    {
        double factor = 1;
        bool hasScale = false;
        const UnitEntry *unit = nullptr;
        qsizetype end = -1;  // text position after the last consumed token
        qsizetype next = -1; // token index after the last consumed token
    };

    QStringView tokText(qsizetype k) const
    {
        return m_text.mid(m_tokens[k].start, m_tokens[k].end - m_tokens[k].start);
    }

    bool valid(qsizetype k) const { return k >= 0 && k < m_tokens.size(); }

    bool isSymbol(qsizetype k, char16_t c) const
    {
        return valid(k) && m_tokens[k].kind == TokenKind::Symbol && m_text[m_tokens[k].start] == c;
    }

    bool isKind(qsizetype k, TokenKind kind) const { return valid(k) && m_tokens[k].kind == kind; }

    bool attached(qsizetype k) const { return valid(k) && !m_tokens[k].spaceBefore; }

    // Token k stands on the same line as the token before it: no figure spans a line break.
    bool sameLine(qsizetype k) const { return valid(k) && !m_tokens[k].lineBreakBefore; }

    bool isWord(qsizetype k, QStringView word) const
    {
        return isKind(k, TokenKind::Word) && tokText(k).compare(word, Qt::CaseInsensitive) == 0;
    }

    template <typename Entry, std::size_t N>
    Match longest(const Lexicon<Entry, N> &lexicon, qsizetype pos) const;

    bool tailAt(qsizetype k, bool haveCurrency, Tail *tail) const;
    Qualifier qualifierBefore(qsizetype k) const;
    bool isIdentifierContext(qsizetype k) const;
    bool insideUrl(qsizetype k) const;
    qsizetype phoneChainEnd(qsizetype k) const;
    int monthAt(qsizetype k, qsizetype *after) const;
    int ordinalAt(qsizetype k) const;
    int twoOrFourDigitYear(qsizetype k) const;

    qsizetype tryLetterDate(qsizetype k);
    qsizetype tryNumericDate(qsizetype k);
    qsizetype tryYear(qsizetype k, int year);
    qsizetype tryAmount(qsizetype k, qsizetype prefixStart, const UnitEntry *prefix);
    qsizetype tryWordAmount(qsizetype k);

    void add(const Figure &figure, qsizetype nextToken)
    {
        m_out.append(figure);
        m_floor = nextToken;
    }

    QStringView m_text;
    QList<Token> m_tokens;
    bool m_german;
    QList<Figure> m_out;
    qsizetype m_floor = 0; // no figure may start before this token: it belongs to the previous one
};

template <typename Entry, std::size_t N>
Scanner::Match Scanner::longest(const Lexicon<Entry, N> &lexicon, qsizetype pos) const
{
    Match best;
    const QList<qsizetype> *candidates = lexicon.candidates(m_text[pos]);
    if (!candidates) {
        return best;
    }
    for (qsizetype i : *candidates) {
        const Entry &e = lexicon[i];
        const qsizetype end = Tokenizer::matchAt(m_text, pos, e.phrase, e.caseSensitive);
        if (end > best.end) {
            best.index = i;
            best.end = end;
        }
    }
    return best;
}

// Scale word and unit after a number, each optionally joined by a hyphen ("7-nm", "10-Milliarden-Dollar").
bool Scanner::tailAt(qsizetype k, bool haveCurrency, Tail *tail) const
{
    qsizetype j = k;
    auto skipJoiningHyphen = [this](qsizetype at) {
        if (isSymbol(at, u'-') && attached(at) && attached(at + 1) && isKind(at + 1, TokenKind::Word)) {
            return at + 1;
        }
        return at;
    };
    bool found = false;
    qsizetype s = skipJoiningHyphen(j);
    if (valid(s) && sameLine(s) && m_tokens[s].kind == TokenKind::Word) {
        const Match m = longest(kScaleLexicon, m_tokens[s].start);
        if (m.index >= 0) {
            const ScaleEntry &e = kScales[m.index];
            const bool attachedToNumber = s == j && attached(s);
            if (!e.attachedMoneyOnly || (attachedToNumber && haveCurrency)) {
                tail->factor = e.factor > 0 ? e.factor : (m_german ? 1e12 : 1e9);
                tail->hasScale = true;
                tail->end = m.end;
                j = Tokenizer::tokenAt(m_tokens, m.end);
                found = true;
            }
        }
    }
    if (!haveCurrency) {
        qsizetype u = skipJoiningHyphen(j);
        if (valid(u) && sameLine(u)) {
            const Match m = longest(kUnitLexicon, m_tokens[u].start);
            if (m.index >= 0) {
                tail->unit = &kUnits[m.index];
                tail->end = m.end;
                j = Tokenizer::tokenAt(m_tokens, m.end);
                found = true;
            }
        }
    }
    tail->next = j;
    return found;
}

Qualifier Scanner::qualifierBefore(qsizetype k) const
{
    for (const QualifierEntry &q : kQualifiers) {
        int len = 0;
        while (len < 3 && !q.words[len].isNull()) {
            ++len;
        }
        if (k - len < 0 || tokText(k - 1).size() != q.words[len - 1].size()) {
            continue;
        }
        bool ok = true;
        for (int w = 0; w < len && ok; ++w) {
            ok = tokText(k - len + w).compare(q.words[w], Qt::CaseInsensitive) == 0;
        }
        if (ok) {
            return q.qualifier;
        }
    }
    return Qualifier::None;
}

bool Scanner::isIdentifierContext(qsizetype k) const
{
    qsizetype p = k - 1;
    if (isSymbol(p, u'.') || isSymbol(p, u':')) {
        --p;
    }
    if (isSymbol(k - 1, u'#') || isSymbol(k - 1, u'§') || isSymbol(k - 1, u'№')) {
        return true;
    }
    return isKind(p, TokenKind::Word) && equalsAny(tokText(p), kIdentifierWords);
}

bool Scanner::insideUrl(qsizetype k) const
{
    qsizetype a = m_tokens[k].start;
    qsizetype b = m_tokens[k].end;
    while (a > 0 && !m_text[a - 1].isSpace()) {
        --a;
    }
    while (b < m_text.size() && !m_text[b].isSpace()) {
        ++b;
    }
    const QStringView chunk = m_text.mid(a, b - a);
    return chunk.contains(u"://") || chunk.contains(u"www.", Qt::CaseInsensitive) || chunk.contains(u'@');
}

// Phone numbers: "+49 89 89 674 804", "089 1234", or three or more bare numbers in a row.
// Returns the token after the chain, or -1 when k does not start one.
qsizetype Scanner::phoneChainEnd(qsizetype k) const
{
    qsizetype j = k + 1;
    while (isKind(j, TokenKind::Number) && m_tokens[j].spaceBefore && sameLine(j)) {
        ++j;
    }
    const qsizetype chain = j - k;
    const QStringView first = tokText(k);
    const bool plusBefore = isSymbol(k - 1, u'+') && attached(k);
    const bool leadingZero = first.size() >= 3 && first.front() == u'0' && first[1] != u'.' && first[1] != u',';
    // A lone "+26 Prozent" is a signed amount, "+49 89 ..." a phone number.
    if ((plusBefore && chain >= 2) || leadingZero || chain >= 3) {
        // Swallow the rest of the number: "(0) 89", "-12", "/34".
        while (valid(j) && !m_tokens[j].spaceBefore &&
               (m_tokens[j].kind == TokenKind::Number || isSymbol(j, u'-') || isSymbol(j, u'/'))) {
            ++j;
        }
        return j;
    }
    return -1;
}

int Scanner::monthAt(qsizetype k, qsizetype *after) const
{
    if (!isKind(k, TokenKind::Word)) {
        return 0;
    }
    const QStringView w = tokText(k);
    if (!w.front().isUpper()) {
        return 0; // "may" the verb, not "May"
    }
    for (const MonthEntry &m : kMonths) {
        if (w.compare(m.name, Qt::CaseInsensitive) == 0) {
            if (after) {
                // An abbreviation keeps its dot: "Sept. 2025".
                *after = isSymbol(k + 1, u'.') && attached(k + 1) ? k + 2 : k + 1;
            }
            return m.month;
        }
    }
    return 0;
}

int Scanner::ordinalAt(qsizetype k) const
{
    if (isKind(k, TokenKind::Word)) {
        const QStringView w = tokText(k);
        for (int q = 0; q < 4; ++q) {
            if (equalsAny(w, kOrdinals[q], 5)) {
                return q + 1;
            }
        }
        return 0;
    }
    return 0;
}

// A year written after "Q3", "H1", "FY", an apostrophe or a slash: "2025" or "25".
int Scanner::twoOrFourDigitYear(qsizetype k) const
{
    if (!isKind(k, TokenKind::Number)) {
        return 0;
    }
    const QStringView t = tokText(k);
    if (t.size() == 4) {
        const int y = t.toInt();
        return y >= 1990 && y <= 2039 ? y : 0;
    }
    if (t.size() == 2) {
        return 2000 + t.toInt();
    }
    return 0;
}

// "Q3 2025", "Q3/2025", "H1 2025", "FY2025", "FY 2025".
qsizetype Scanner::tryLetterDate(qsizetype k)
{
    const QStringView w = tokText(k);
    // The year after "Q3"/"H1": "2025", "/2025", "/25", "'25", "FY2025".
    auto followingYear = [this](qsizetype at, qsizetype *end) {
        qsizetype y = at;
        if (!sameLine(y)) {
            return 0;
        }
        const bool joined = (isSymbol(y, u'/') || isSymbol(y, u'\'') || isSymbol(y, u'’')) && attached(y);
        if (joined) {
            ++y;
        }
        if (isKind(y, TokenKind::Word) && tokText(y).startsWith(u"FY")) {
            const QStringView digits = tokText(y).mid(2);
            const int yy = digits.toInt();
            if ((digits.size() == 2 || digits.size() == 4) && yy > 0) {
                *end = y + 1;
                return digits.size() == 2 ? 2000 + yy : yy;
            }
            return 0;
        }
        const int year = twoOrFourDigitYear(y);
        if (year == 0 || (tokText(y).size() == 2 && !joined) || (isKind(y + 1, TokenKind::Word) && attached(y + 1))) {
            return 0; // "Q3 25" is too loose to read as a year
        }
        *end = y + 1;
        return year;
    };
    if (w.size() == 2 && (w[0] == u'Q' || w[0] == u'H') && w[1] >= u'1' && w[1] <= (w[0] == u'Q' ? u'4' : u'2')) {
        qsizetype end = -1;
        const int year = followingYear(k + 1, &end);
        if (year == 0) {
            return -1;
        }
        Figure f;
        f.type = FigureType::Date;
        f.span = {m_tokens[k].start, m_tokens[end - 1].end};
        f.value = f.valueHigh = year;
        f.isoDate = QString::number(year) + u'-' + w;
        add(f, end);
        return end;
    }
    if (w.size() >= 4 && w.startsWith(u"FY") && Tokenizer::isAsciiDigit(w[2])) {
        const QStringView digits = w.mid(2);
        if (digits.size() != 2 && digits.size() != 4) {
            return -1;
        }
        bool ok = false;
        const int yy = digits.toInt(&ok);
        if (!ok) {
            return -1;
        }
        const int year = digits.size() == 2 ? 2000 + yy : yy;
        if (year < 1990 || year > 2039) {
            return -1;
        }
        Figure f;
        f.type = FigureType::Date;
        f.span = {m_tokens[k].start, m_tokens[k].end};
        f.value = f.valueHigh = year;
        f.isoDate = QString::number(year);
        add(f, k + 1);
        return k + 1;
    }
    return -1;
}

// "11.09.2025", "2025-09-11", "2025-09", "09/11/2025".
qsizetype Scanner::tryNumericDate(qsizetype k)
{
    const QStringView t = tokText(k);
    auto emitDate = [&](int y, int m, int d, qsizetype endTok) {
        if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 0 || d > 31) {
            return qsizetype(-1);
        }
        Figure f;
        f.type = FigureType::Date;
        f.span = {m_tokens[k].start, m_tokens[endTok - 1].end};
        f.value = f.valueHigh = y;
        f.isoDate = QString::number(y) + u'-' + QString::number(m).rightJustified(2, u'0');
        if (d > 0) {
            f.isoDate += u'-' + QString::number(d).rightJustified(2, u'0');
        }
        add(f, endTok);
        return endTok;
    };
    // German numeric date: the tokenizer keeps "11.09.2025" together.
    const QList<QStringView> parts = t.split(u'.');
    if (parts.size() == 3 && parts[0].size() <= 2 && parts[1].size() <= 2 &&
        (parts[2].size() == 4 || parts[2].size() == 2)) {
        const int y = parts[2].size() == 2 ? 2000 + parts[2].toInt() : parts[2].toInt();
        return emitDate(y, parts[1].toInt(), parts[0].toInt(), k + 1);
    }
    // ISO 8601.
    if (t.size() == 4 && isSymbol(k + 1, u'-') && attached(k + 1) && isKind(k + 2, TokenKind::Number) &&
        attached(k + 2) && tokText(k + 2).size() == 2) {
        const int y = t.toInt();
        const int m = tokText(k + 2).toInt();
        if (isSymbol(k + 3, u'-') && attached(k + 3) && isKind(k + 4, TokenKind::Number) && attached(k + 4) &&
            tokText(k + 4).size() == 2) {
            return emitDate(y, m, tokText(k + 4).toInt(), k + 5);
        }
        if (isSymbol(k + 3, u'-') && attached(k + 3)) {
            return -1;
        }
        return emitDate(y, m, 0, k + 3);
    }
    // Slashed dates: month first in English, day first elsewhere.
    if (t.size() <= 2 && isSymbol(k + 1, u'/') && attached(k + 1) && isKind(k + 2, TokenKind::Number) &&
        attached(k + 2) && tokText(k + 2).size() <= 2 && isSymbol(k + 3, u'/') && attached(k + 3) &&
        isKind(k + 4, TokenKind::Number) && attached(k + 4) && tokText(k + 4).size() == 4) {
        const int a = t.toInt();
        const int b = tokText(k + 2).toInt();
        const int y = tokText(k + 4).toInt();
        return m_german ? emitDate(y, b, a, k + 5) : emitDate(y, a, b, k + 5);
    }
    return -1;
}

// A year on its own or closing a longer date: "2019", "Juli 2025", "11. September 2025",
// "September 11, 2025", "drittes Quartal 2025", "third quarter of 2025", "ersten Halbjahr 2025".
qsizetype Scanner::tryYear(qsizetype k, int year)
{
    // An identifier, not a year: "RTX 2024", "CloudMatrix 2030", "Kirin-2024", "2020er", "Nr. 2024".
    const qsizetype p = k - 1;
    if (isKind(p, TokenKind::Word) && !attached(k)) {
        const QStringView w = tokText(p);
        bool digit = false;
        bool innerUpper = false;
        bool allUpper = w.size() >= 2;
        for (qsizetype i = 0; i < w.size(); ++i) {
            digit = digit || w[i].isDigit();
            innerUpper = innerUpper || (i > 0 && w[i].isUpper());
            allUpper = allUpper && !w[i].isLower();
        }
        if ((digit || innerUpper || allUpper) && monthAt(p, nullptr) == 0) {
            return -1;
        }
    }
    if (isSymbol(p, u'-') && attached(k) && isKind(p - 1, TokenKind::Word) && attached(p)) {
        return -1;
    }
    if (isKind(k + 1, TokenKind::Word) && attached(k + 1)) {
        return -1;
    }
    if ((isSymbol(k + 1, u':') || isSymbol(k + 1, u'.') || isSymbol(k + 1, u',')) && attached(k + 1) &&
        isKind(k + 2, TokenKind::Number) && attached(k + 2)) {
        return -1; // a time or a fragment of a longer number
    }
    if (isIdentifierContext(k)) {
        return -1;
    }
    qsizetype startTok = k;
    QString iso = QString::number(year);

    qsizetype monthEnd = -1;
    // "Juli 2025", "Sept. 2025", "11. September 2025", "11 September 2025".
    qsizetype m = p;
    if (isSymbol(m, u'.') && attached(m)) {
        --m;
    }
    int month = valid(m) && m >= m_floor && sameLine(k) && sameLine(m + 1) ? monthAt(m, &monthEnd) : 0;
    if (month > 0 && monthEnd == k) {
        startTok = m;
        iso += u'-' + QString::number(month).rightJustified(2, u'0');
        qsizetype d = m - 1;
        if (isSymbol(d, u'.') && attached(d)) {
            --d;
        } else if (isKind(d, TokenKind::Word) && attached(d) &&
                   (tokText(d) == u"st" || tokText(d) == u"nd" || tokText(d) == u"rd" || tokText(d) == u"th")) {
            --d;
        }
        if (isKind(d, TokenKind::Number) && d >= m_floor && tokText(d).size() <= 2 && sameLine(m) && sameLine(d + 1)) {
            const int day = tokText(d).toInt();
            if (day >= 1 && day <= 31) {
                startTok = d;
                iso += u'-' + QString::number(day).rightJustified(2, u'0');
            }
        }
    } else if (sameLine(k) && sameLine(p) && sameLine(p - 1) && isSymbol(p, u',') && isKind(p - 1, TokenKind::Number) &&
               tokText(p - 1).size() <= 2 && p - 2 >= m_floor && monthAt(p - 2, &monthEnd) > 0 && monthEnd == p - 1) {
        // "September 11, 2025"
        const int day = tokText(p - 1).toInt();
        if (day >= 1 && day <= 31) {
            startTok = p - 2;
            iso += u'-' + QString::number(monthAt(p - 2, nullptr)).rightJustified(2, u'0') + u'-' +
                   QString::number(day).rightJustified(2, u'0');
        }
    } else {
        // "drittes Quartal 2025", "dritten Quartals des Jahres 2025", "third quarter of 2025", "3. Quartal 2025".
        qsizetype q = p;
        if (isWord(q, u"of")) {
            --q;
        } else if (isWord(q, u"Jahres") && isWord(q - 1, u"des")) {
            q -= 2;
        }
        const bool joined = sameLine(k) && sameLine(q + 1) && sameLine(q);
        const bool quarter = joined && isKind(q, TokenKind::Word) && equalsAny(tokText(q), kQuarterWords);
        const bool half = joined && isKind(q, TokenKind::Word) && equalsAny(tokText(q), kHalfWords);
        if (quarter || half) {
            qsizetype o = q - 1;
            int n = ordinalAt(o);
            if (n == 0 && isSymbol(o, u'.') && attached(o) && isKind(o - 1, TokenKind::Number)) {
                n = tokText(o - 1).toInt();
                --o;
            } else if (n == 0 && isKind(o, TokenKind::Word) && attached(o) && isKind(o - 1, TokenKind::Number)) {
                // "3rd quarter": the tokenizer splits "3" and "rd".
                const QStringView suffix = tokText(o);
                if (suffix == u"st" || suffix == u"nd" || suffix == u"rd" || suffix == u"th") {
                    n = tokText(o - 1).toInt();
                    --o;
                }
            }
            if (n >= 1 && n <= (quarter ? 4 : 2) && o >= m_floor) {
                startTok = o;
                iso += (quarter ? u"-Q"_s : u"-H"_s) + QString::number(n);
            }
        }
    }
    Figure f;
    f.type = FigureType::Date;
    f.span = {m_tokens[startTok].start, m_tokens[k].end};
    f.value = f.valueHigh = year;
    f.isoDate = iso;
    add(f, k + 1);
    return k + 1;
}

// A number with its scale word and unit, a range of two, or a currency prefix and a number.
// prefix is the currency written before the number (starting at prefixStart), or null.
qsizetype Scanner::tryAmount(qsizetype k, qsizetype prefixStart, const UnitEntry *prefix)
{
    const std::optional<NumberValue> first = readNumber(tokText(k), m_german);
    if (!first) {
        return -1;
    }
    Tail tail1;
    tailAt(k + 1, prefix != nullptr, &tail1);
    const qsizetype startTok = prefix ? Tokenizer::tokenAt(m_tokens, prefixStart) : k;
    const qsizetype figureStart = prefix ? prefixStart : m_tokens[k].start;
    const Qualifier qualifier = qualifierBefore(startTok);
    const bool fromBefore = isWord(startTok - 1, u"von") || isWord(startTok - 1, u"from");
    const bool betweenBefore = isWord(startTok - 1, u"zwischen") || isWord(startTok - 1, u"between");

    // A second number: a range ("10 bis 12 Prozent", "$10-12 billion") or a change ("von 5 auf 8 Prozent").
    const qsizetype c = sameLine(tail1.next) && sameLine(tail1.next + 1) ? tail1.next : -1;
    const bool dash = (isSymbol(c, u'-') || isSymbol(c, u'–') || isSymbol(c, u'—'));
    // German "von 5 bis 8" is a range, "von 5 auf 8" a change; English "from 5 to 8" reads as a change.
    const bool changeWord = fromBefore && (isWord(c, u"auf") || isWord(c, u"to"));
    const bool rangeWord = !changeWord && (isWord(c, u"bis") || isWord(c, u"to") ||
                                           (betweenBefore && (isWord(c, u"und") || isWord(c, u"and"))));
    if (dash || rangeWord || changeWord) {
        qsizetype s = c + 1;
        const UnitEntry *prefix2 = nullptr;
        if (prefix && valid(s)) {
            const Match pm = longest(kPrefixLexicon, m_tokens[s].start);
            if (pm.index >= 0 && kPrefixCurrencies[pm.index].unit == prefix->unit) {
                prefix2 = &kPrefixCurrencies[pm.index];
                s = Tokenizer::tokenAt(m_tokens, pm.end);
            }
        }
        const std::optional<NumberValue> second =
            isKind(s, TokenKind::Number) ? readNumber(tokText(s), m_german) : std::nullopt;
        Tail tail2;
        if (second && tailAt(s + 1, prefix != nullptr, &tail2)) {
            const bool unitsAgree = !tail1.unit || (tail2.unit && tail2.unit->unit == tail1.unit->unit);
            const bool someUnit = prefix || tail2.unit;
            if (unitsAgree && someUnit) {
                const double factor1 = tail1.hasScale ? tail1.factor : tail2.factor;
                const UnitEntry *unit = prefix ? prefix : tail2.unit;
                if (changeWord && !dash) {
                    // Two figures: the first borrows the unit and scale of the second.
                    Figure f;
                    f.type = unit->type;
                    f.unit = unit->unit.toString();
                    f.value = f.valueHigh = first->value * factor1;
                    f.span = {figureStart, tail1.end > 0 ? tail1.end : m_tokens[k].end};
                    f.qualifier = qualifier;
                    add(f, c);
                    return c;
                }
                Figure f;
                f.type = unit->type;
                f.unit = unit->unit.toString();
                f.value = first->value * factor1;
                f.valueHigh = second->value * tail2.factor;
                f.span = {figureStart, tail2.end};
                f.qualifier = qualifier;
                if (f.valueHigh >= f.value) {
                    add(f, tail2.next);
                    return tail2.next;
                }
            }
        } else if (second && prefix && prefix2 && !tail2.unit) {
            // "$10-$12": a range of bare amounts with the currency written twice.
            Figure f;
            f.type = FigureType::Money;
            f.unit = prefix->unit.toString();
            f.value = first->value * tail1.factor;
            f.valueHigh = second->value;
            f.span = {figureStart, m_tokens[s].end};
            f.qualifier = qualifier;
            if (f.valueHigh >= f.value) {
                add(f, s + 1);
                return s + 1;
            }
        }
    }

    if (!prefix && !tail1.unit) {
        return -1;
    }
    Figure f;
    const UnitEntry *unit = prefix ? prefix : tail1.unit;
    f.type = unit->type;
    f.unit = unit->unit.toString();
    f.value = f.valueHigh = first->value * tail1.factor;
    f.span = {figureStart, tail1.end > 0 ? tail1.end : m_tokens[k].end};
    f.qualifier = qualifier;
    // A minus sign written against the number: "-3,5 Prozent".
    if (!prefix && (isSymbol(k - 1, u'-') || isSymbol(k - 1, u'−')) && attached(k) && m_tokens[k - 1].spaceBefore) {
        f.value = f.valueHigh = -f.value;
        f.span.start = m_tokens[k - 1].start;
    }
    add(f, tail1.next);
    return tail1.next;
}

// "eine Milliarde Euro", "two billion dollars", "drei Prozent".
qsizetype Scanner::tryWordAmount(qsizetype k)
{
    const QStringView w = tokText(k);
    int value = 0;
    for (const NumberWord &nw : kNumberWords) {
        if (w.size() == nw.word.size() && w.compare(nw.word, Qt::CaseInsensitive) == 0) {
            value = nw.value;
            break;
        }
    }
    if (value == 0 || !isKind(k + 1, TokenKind::Word) || attached(k + 1) || !sameLine(k + 1)) {
        return -1;
    }
    Tail tail;
    if (!tailAt(k + 1, false, &tail) || !tail.unit) {
        return -1;
    }
    const bool percent = tail.unit->type == FigureType::Percent;
    const bool money = tail.unit->type == FigureType::Money && tail.hasScale;
    if (!percent && !money) {
        return -1;
    }
    for (qsizetype j = k + 1; j < tail.next; ++j) {
        if (attached(j) && m_tokens[j].kind != TokenKind::Symbol && j > k + 1) {
            return -1; // "ein Milliarden-Dollar-Deal" names no amount
        }
    }
    if (value == 1 && money && tokText(k + 1).endsWith(u"en")) {
        return -1; // "ein Milliarden..." does not agree: no amount
    }
    Figure f;
    f.type = tail.unit->type;
    f.unit = tail.unit->unit.toString();
    f.value = f.valueHigh = value * tail.factor;
    f.span = {m_tokens[k].start, tail.end};
    f.qualifier = qualifierBefore(k);
    add(f, tail.next);
    return tail.next;
}

QList<Figure> Scanner::run()
{
    const qsizetype n = m_tokens.size();
    qsizetype k = 0;
    while (k < n) {
        const Token &t = m_tokens[k];
        qsizetype next = -1;
        if (t.kind == TokenKind::Word || t.kind == TokenKind::Symbol) {
            if (t.kind == TokenKind::Word) {
                next = tryLetterDate(k);
            }
            if (next < 0) {
                // A currency written before the number; words must start a word ("USD", not "xUSD").
                const Match pm = longest(kPrefixLexicon, t.start);
                if (pm.index >= 0 && !(isKind(k - 1, TokenKind::Word) && attached(k) && t.kind == TokenKind::Word)) {
                    const qsizetype num = Tokenizer::tokenAt(m_tokens, pm.end);
                    if (isKind(num, TokenKind::Number) && sameLine(num) && m_tokens[num].start - pm.end <= 1 &&
                        !insideUrl(num) &&
                        !(isKind(num + 1, TokenKind::Word) && attached(num + 1) &&
                          longest(kScaleLexicon, m_tokens[num + 1].start).index < 0)) {
                        next = tryAmount(num, t.start, &kPrefixCurrencies[pm.index]);
                    }
                }
            }
            if (next < 0 && t.kind == TokenKind::Word) {
                next = tryWordAmount(k);
            }
        } else {
            next = tryNumericDate(k);
            if (next < 0) {
                const bool partOfWord = attached(k) && isKind(k - 1, TokenKind::Word);
                const bool afterSymbol = attached(k) && (isSymbol(k - 1, u'/') || isSymbol(k - 1, u'.') ||
                                                         isSymbol(k - 1, u'_') || isSymbol(k - 1, u'#'));
                const qsizetype phoneEnd = phoneChainEnd(k);
                if (phoneEnd > 0) {
                    next = phoneEnd;
                    m_floor = phoneEnd;
                } else if (!partOfWord && !afterSymbol && !insideUrl(k)) {
                    // A model name such as "910C": the number runs into letters that are no unit or scale.
                    const bool modelSuffix = isKind(k + 1, TokenKind::Word) && attached(k + 1) &&
                                             longest(kUnitLexicon, m_tokens[k + 1].start).index < 0 &&
                                             longest(kScaleLexicon, m_tokens[k + 1].start).index < 0;
                    if (!modelSuffix) {
                        next = tryAmount(k, -1, nullptr);
                        if (next < 0) {
                            const QStringView raw = tokText(k);
                            if (raw.size() == 4 && std::all_of(raw.begin(), raw.end(), Tokenizer::isAsciiDigit)) {
                                const int year = raw.toInt();
                                if (year >= 1990 && year <= 2039) {
                                    next = tryYear(k, year);
                                }
                            }
                        }
                    }
                }
            }
        }
        k = next > k ? next : k + 1;
    }
    return m_out;
}

} // namespace

QList<Figure> FigureParser::parse(QStringView text, const QString &language) const
{
    Scanner scanner(text, language);
    return scanner.run();
}

} // namespace Chipwatch::Core
