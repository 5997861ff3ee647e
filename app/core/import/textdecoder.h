// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Chipwatch::Core {

struct DecodedText
{
    QString text;
    QString encoding;   // the encoding that was used, e.g. "UTF-8", "UTF-16LE", "windows-1252"
    bool ok = false;    // false: not text (binary), nothing usable in `text`
    bool lossy = false; // some bytes were invalid in the chosen encoding and were replaced
    QString error;      // why decoding failed, for the user
};

// Turns file bytes into text. Order of evidence: a byte-order mark, then (for HTML) the charset the
// page declares, then valid UTF-8, then uchardet's detection for legacy 8-bit files. Binary data is
// refused instead of being decoded into noise.
class TextDecoder final
{
    // The context is the qualified name, which is what lupdate records for this class's tr() calls.
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::TextDecoder)

public:
    enum class Kind { PlainText, Html };

    static DecodedText decode(const QByteArray &bytes, Kind kind = Kind::PlainText);

    // The charset an HTML page declares in its first bytes (<meta charset> or http-equiv), lower-case; empty if none.
    static QByteArray declaredHtmlCharset(const QByteArray &bytes);

    // Replaces each UTF-16 surrogate that is not half of a pair with U+FFFD, so the text can be written as UTF-8 and
    // JSON, and stored, without merging it into a neighbour or producing output parsers reject. True if any was.
    static bool replaceLoneSurrogates(QString &text);

    // False when the text is empty or holds only white space, byte-order marks and zero-width characters.
    static bool hasVisibleText(QStringView text);

    // True when the bytes look like a binary file (NUL bytes or many control characters) rather than text.
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace Chipwatch::Core
