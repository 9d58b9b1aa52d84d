// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "PalettePanel.h"

#include "ComponentSynonyms.h"
#include "ComponentText.h"
#include "canvas/DiagramScene.h"

#include "model/catalog/Catalog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::designer {

namespace {

constexpr int kTypeRole = Qt::UserRole + 1;
constexpr int kSynonymsRole = Qt::UserRole + 2;  // QStringList, lower case
constexpr int kSummaryRole = Qt::UserRole + 3;

// True when a word of `phrase` (or the whole of it) starts with `query`.
bool phraseStartsWith(const QString &phrase, const QString &query)
{
    if (phrase.startsWith(query))
        return true;
    for (qsizetype at = phrase.indexOf(u' '); at >= 0; at = phrase.indexOf(u' ', at + 1))
        if (QStringView(phrase).mid(at + 1).startsWith(query))
            return true;
    return false;
}

// A tree whose leaves drag as component types.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.front()->data(0, kTypeRole).toString().isEmpty())
            return nullptr;
        auto *dragged = new QMimeData;
        dragged->setData(DiagramScene::kComponentMime, items.front()->data(0, kTypeRole).toString().toUtf8());
        return dragged;
    }
    QStringList mimeTypes() const override { return {DiagramScene::kComponentMime}; }
};

} // namespace

PalettePanel::PalettePanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_tree(new PaletteTree(this)), m_noMatch(new QLabel(this))
{
    setObjectName(QStringLiteral("palette"));
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setPlaceholderText(tr("Search components"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type a name or what it is (redis, database, queue, cdn, load balancer…). "
                            "Enter places the first match; Down moves into the list; Esc clears the search."));
    m_tree->setObjectName(QStringLiteral("paletteTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setIconSize(QSize(24, 24));
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_noMatch->setObjectName(QStringLiteral("paletteNoMatch"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noMatch->setStyleSheet(QStringLiteral("color: #6b7280"));
    m_noMatch->hide();

    for (Category category : {Category::Entry, Category::EdgeAndNetwork, Category::Compute, Category::Data,
                              Category::Messaging, Category::Storage}) {
        auto *group = new QTreeWidgetItem(m_tree, {QString::fromUtf8(categoryName(category))});
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        for (const ComponentSpec &spec : Catalog::builtIn().all()) {
            if (spec.category != category)
                continue;
            const QString type = QString::fromStdString(spec.type);
            const QString summary = QString::fromStdString(spec.summary);
            auto *item = new QTreeWidgetItem(group, {QString::fromStdString(spec.displayName)});
            item->setIcon(0, componentIcon(spec.type));
            item->setData(0, kTypeRole, type);
            item->setData(0, kSynonymsRole, componentSynonyms(type));
            item->setData(0, kSummaryRole, summary);
            item->setToolTip(0, tr("%1<br><i>Drag onto the canvas, or double-click or press Enter to place it in the "
                                   "middle of the view.</i>").arg(summary.toHtmlEscaped()));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        group->setExpanded(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree, 1);

    m_filter->installEventFilter(this);
    m_tree->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &PalettePanel::setFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (QTreeWidgetItem *first = firstVisibleEntry())
            emit addRequested(first->data(0, kTypeRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString type = item->data(0, kTypeRole).toString();
        if (!type.isEmpty())
            emit addRequested(type);
    });
}

bool PalettePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_filter && key == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    if (watched == m_filter && key == Qt::Key_Down) {
        if (QTreeWidgetItem *first = firstVisibleEntry()) {
            m_tree->setFocus(Qt::TabFocusReason);
            m_tree->setCurrentItem(first);
            return true;
        }
    } else if (watched == m_tree && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        const QTreeWidgetItem *current = m_tree->currentItem();
        const QString type = current && !current->isHidden() ? current->data(0, kTypeRole).toString() : QString();
        if (!type.isEmpty()) {
            emit addRequested(type);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QTreeWidgetItem *PalettePanel::firstVisibleEntry() const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount() && !group->isHidden(); ++i)
            if (!group->child(i)->isHidden())
                return group->child(i);
    }
    return nullptr;
}

int PalettePanel::applyFilter(const std::function<bool(const QTreeWidgetItem *, const QTreeWidgetItem *)> &matches)
{
    int total = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = matches(item, group);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
        total += shown;
    }
    return total;
}

void PalettePanel::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    const QString query = text.simplified().toLower();
    int shown = applyFilter([&query](const QTreeWidgetItem *item, const QTreeWidgetItem *group) {
        if (query.isEmpty() || item->text(0).contains(query, Qt::CaseInsensitive)
            || item->data(0, kTypeRole).toString().contains(query, Qt::CaseInsensitive)
            || group->text(0).contains(query, Qt::CaseInsensitive))
            return true;
        const QStringList synonyms = item->data(0, kSynonymsRole).toStringList();
        return std::any_of(synonyms.begin(), synonyms.end(),
                           [&query](const QString &synonym) { return phraseStartsWith(synonym, query); });
    });
    if (shown == 0)  // nothing by name: what the types do
        shown = applyFilter([&query](const QTreeWidgetItem *item, const QTreeWidgetItem *) {
            return item->data(0, kSummaryRole).toString().contains(query, Qt::CaseInsensitive);
        });
    m_noMatch->setText(tr("No component matches “%1”").arg(text.simplified()));
    m_noMatch->setVisible(shown == 0);
}

QStringList PalettePanel::visibleTypes() const
{
    QStringList types;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->isHidden() && !group->child(i)->isHidden())
                types << group->child(i)->data(0, kTypeRole).toString();
    }
    return types;
}

} // namespace headroom::designer
