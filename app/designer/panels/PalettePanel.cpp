// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "PalettePanel.h"

#include "ComponentText.h"
#include "canvas/DiagramScene.h"

#include "model/catalog/Catalog.h"

#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace headroom::designer {

namespace {

constexpr int kTypeRole = Qt::UserRole + 1;

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

PalettePanel::PalettePanel(QWidget *parent) : QWidget(parent), m_filter(new QLineEdit(this)), m_tree(new PaletteTree(this))
{
    setObjectName(QStringLiteral("palette"));
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setPlaceholderText(tr("Filter components"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("paletteTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setIconSize(QSize(24, 24));
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);

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
            auto *item = new QTreeWidgetItem(group, {QString::fromStdString(spec.displayName)});
            item->setIcon(0, componentIcon(spec.type));
            item->setData(0, kTypeRole, QString::fromStdString(spec.type));
            item->setToolTip(0, QString::fromStdString(spec.summary));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        group->setExpanded(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &PalettePanel::setFilter);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString type = item->data(0, kTypeRole).toString();
        if (!type.isEmpty())
            emit addRequested(type);
    });
}

void PalettePanel::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                               || item->data(0, kTypeRole).toString().contains(text, Qt::CaseInsensitive)
                               || group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
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
