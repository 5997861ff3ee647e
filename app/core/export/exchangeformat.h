// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"
#include "import/articleloader.h"

#include <QJsonObject>

namespace Chipwatch::Core {

// The JSON exchange format of `chipwatch-cli extract --jsonl`: one object per article with its text,
// article ranges, metadata, entities, figures and facts. Offsets are Unicode code points.
class ExchangeFormat final
{
public:
    static QJsonObject articleObject(const LoadedArticle &article, const ArticleAnalysis *analysis = nullptr);
};

} // namespace Chipwatch::Core
