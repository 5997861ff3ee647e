// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "import/articleloader.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

QString articleFormatName(ArticleFormat format)
{
    switch (format) {
    case ArticleFormat::PlainText:
        return u"txt"_s;
    case ArticleFormat::Markdown:
        return u"md"_s;
    case ArticleFormat::Html:
        return u"html"_s;
    case ArticleFormat::Json:
        return u"json"_s;
    }
    return {};
}

QByteArray LoadedArticle::contentHash() const
{
    const QString basis = document.body.isEmpty() ? document.text : document.bodyText();
    return QCryptographicHash::hash(basis.simplified().toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Chipwatch::Core
