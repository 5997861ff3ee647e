// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QList>
#include <QString>

namespace Chipwatch::Core {

// Maps UTF-16 offsets (what QString uses inside Chipwatch) to Unicode code point offsets (what the
// exchange format and most other tools count). Built once per text, O(1) per lookup.
class CodePointIndex final
{
public:
    explicit CodePointIndex(QStringView text)
    {
        m_prefix.reserve(text.size() + 1);
        qsizetype codePoints = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_prefix.append(codePoints);
            // An offset between the halves of a surrogate pair maps past the pair. The low half of a surrogate pair
            // continues the code point its high half started.
            if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
                ++codePoints;
            }
        }
        m_prefix.append(codePoints);
    }

    qsizetype toCodePoint(qsizetype utf16Offset) const
    {
        return m_prefix.at(qBound<qsizetype>(0, utf16Offset, m_prefix.size() - 1));
    }

private:
    QList<qsizetype> m_prefix;
};

} // namespace Chipwatch::Core
