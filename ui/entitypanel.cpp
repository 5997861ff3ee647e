// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "entitypanel.h"

#include "storage/library.h"
#include "workspace/itemdataroles.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

namespace {

// The sentence with the mention in bold, scrolled so that the mention is in sight in a narrow column.
class SentenceDelegate final : public QStyledItemDelegate
{
public:
    SentenceDelegate(const Core::EntityMentionsModel *model, const QSortFilterProxyModel *proxy, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
        , m_proxy(proxy)
    {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const Core::EntityMentionRecord &r = m_model->record(source.row());
        if (r.mentionInSentence < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);

        const qsizetype length = r.surface.simplified().size();
        QString before = r.sentence.left(r.mentionInSentence);
        const QString mention = r.sentence.mid(r.mentionInSentence, length);
        const QString after = r.sentence.mid(r.mentionInSentence + length);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics normalMetrics(opt.font);
        const QFontMetrics boldMetrics(bold);
        // Keep the mention within the first two thirds of the column: drop words from the start.
        const int room = rect.width() * 2 / 3 - boldMetrics.horizontalAdvance(mention);
        if (normalMetrics.horizontalAdvance(before) > room) {
            before = normalMetrics.elidedText(before, Qt::ElideLeft, std::max(room, 0));
        }
        painter->save();
        painter->setClipRect(rect);
        painter->setPen(opt.palette.color(
            QPalette::Normal, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        int x = rect.left();
        const auto draw = [&](const QString &part, const QFont &font) {
            painter->setFont(font);
            painter->drawText(QRect(x, rect.top(), 1 << 20, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, part);
            x += QFontMetrics(font).horizontalAdvance(part);
        };
        draw(before, opt.font);
        draw(mention, bold);
        draw(after, opt.font);
        painter->restore();
    }

private:
    const Core::EntityMentionsModel *m_model;
    const QSortFilterProxyModel *m_proxy;
};

} // namespace

QString EntityPanel::typeName(Core::EntityType type)
{
    switch (type) {
    case Core::EntityType::Company:
        return tr("Company");
    case Core::EntityType::Chip:
        return tr("Chip");
    case Core::EntityType::Product:
        return tr("Product");
    case Core::EntityType::Person:
        return tr("Person");
    case Core::EntityType::Place:
        return tr("Place");
    case Core::EntityType::Org:
        return tr("Organisation");
    }
    return {};
}

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::EntityMentionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_watcher(new QFutureWatcher<QList<Core::EntityMentionRecord>>(this))
    , m_nameLabel(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_searchField(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"entityPanel"_s);
    setAccessibleName(tr("Entity"));
    m_nameLabel->setObjectName(u"entityNameLabel"_s);
    m_nameLabel->setAccessibleName(tr("Entity name"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_nameLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_nameLabel->setFont(bold);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setObjectName(u"entityDetailsLabel"_s);
    m_detailsLabel->setAccessibleName(tr("Entity type and relations"));
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setWordWrap(true);
    m_countLabel->setObjectName(u"entityCountLabel"_s);
    m_countLabel->setAccessibleName(tr("Mention count"));

    m_searchField->setObjectName(u"entityMentionSearch"_s);
    m_searchField->setAccessibleName(tr("Search the mentions"));
    m_searchField->setPlaceholderText(tr("Search the mentions"));
    m_searchField->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Core::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_searchField, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"entityMentionView"_s);
    m_view->setAccessibleName(tr("Mentions"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Core::EntityMentionsModel::DateColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The sentence is what the panel is for: it takes the spare width.
    m_view->horizontalHeader()->resizeSection(Core::EntityMentionsModel::TitleColumn, 140);
    m_view->horizontalHeader()->setSectionResizeMode(Core::EntityMentionsModel::DateColumn,
                                                     QHeaderView::ResizeToContents);
    setMinimumWidth(380);
    m_view->setItemDelegateForColumn(Core::EntityMentionsModel::SentenceColumn,
                                     new SentenceDelegate(m_model, m_proxy, m_view));
    connect(m_view, &QAbstractItemView::activated, this, &EntityPanel::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_searchField);
    layout->addWidget(m_view, 1);
    setTabOrder(m_searchField, m_view);

    connect(m_watcher, &QFutureWatcherBase::finished, this, &EntityPanel::onLoaded);
    updateHeader();
}

EntityPanel::~EntityPanel()
{
    m_watcher->waitForFinished();
}

void EntityPanel::setLibrary(Core::Library *library)
{
    m_watcher->waitForFinished();
    ++m_generation; // a result still queued belongs to the old library
    m_library = library;
    m_hasEntity = false;
    m_model->setRecords({});
    updateHeader();
}

void EntityPanel::setKnowledgeBase(std::shared_ptr<const Core::KnowledgeBase> kb)
{
    m_kb = std::move(kb);
    updateHeader();
}

void EntityPanel::showEntity(const Core::EntityKey &entity)
{
    m_entity = entity;
    m_hasEntity = true;
    m_searchField->clear();
    m_model->setRecords({});
    updateHeader();
    reload();
}

void EntityPanel::reload()
{
    if (!m_library || !m_hasEntity) {
        return;
    }
    if (m_watcher->isRunning()) {
        // The running query may have read before the change: read again once it is done.
        m_watcher->waitForFinished();
    }
    m_loadingGeneration = ++m_generation;
    Core::Library *library = m_library;
    const Core::EntityKey entity = m_entity;
    m_countLabel->setText(tr("Reading the mentions\u2026"));
    m_watcher->setFuture(QtConcurrent::run([library, entity] {
        QList<Core::EntityMentionRecord> records = Core::EntityMentionsModel::query(*library, entity);
        library->releaseThreadConnection();
        return records;
    }));
}

bool EntityPanel::isLoading() const
{
    return m_loadingGeneration != 0 && m_loadingGeneration == m_generation;
}

void EntityPanel::onLoaded()
{
    if (m_loadingGeneration != m_generation) {
        return;
    }
    m_loadingGeneration = 0;
    m_model->setRecords(m_watcher->future().result());
    updateHeader();
    Q_EMIT loaded();
}

bool EntityPanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.model() != m_proxy) {
        return false;
    }
    const QModelIndex source = m_proxy->mapToSource(index);
    const Core::EntityMentionRecord &r = m_model->record(source.row());
    Q_EMIT mentionActivated(r.articleId, r.start, r.end);
    return true;
}

void EntityPanel::updateHeader()
{
    if (!m_hasEntity) {
        m_nameLabel->setText(tr("No entity"));
        m_detailsLabel->setText(tr("Click a highlighted name in the reader to see all its mentions."));
        m_countLabel->clear();
        return;
    }
    const Core::KbEntity *known = m_kb && !m_entity.entityId.isEmpty() ? m_kb->entity(m_entity.entityId) : nullptr;
    m_nameLabel->setText(known ? known->name : m_entity.canonical);
    QStringList details;
    details << (m_entity.entityId.isEmpty()
                    ? tr("%1, suggested name (not in the knowledge base)").arg(typeName(m_entity.type))
                    : typeName(m_entity.type));
    if (known) {
        if (const Core::KbEntity *vendor = m_kb->vendorOf(known->id)) {
            details << tr("Vendor: %1").arg(vendor->name);
        }
        if (const Core::KbEntity *parent = m_kb->parentOf(known->id)) {
            details << tr("Part of: %1").arg(parent->name);
        }
    }
    m_detailsLabel->setText(details.join(u" \u00B7 "_s));
    if (!isLoading() || m_model->rowCount() > 0) {
        m_countLabel->setText(tr("%n mention(s)", nullptr, m_model->rowCount()) + u' ' +
                              tr("in %n article(s)", nullptr, m_model->articleCount()));
    }
}

} // namespace Chipwatch::Ui
