// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QByteArray>
#include <QString>

namespace Chipwatch::Core {

// A deliberately simple charset sniff for the developer tools and tests that read saved pages:
// BOM, then <meta charset>, else UTF-8 with a windows-1252 fallback. The product's decoder is the
// import pipeline's; this only keeps the evaluation independent of it.
class PageDecoder final
{
public:
    static QString decode(const QByteArray &bytes);
};

} // namespace Chipwatch::Core
