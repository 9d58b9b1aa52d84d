// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace headroom::designer {

// Every component type, grouped by category, with a search box. Drag a type onto the canvas
// to place it, or double-click it (or press Enter on it) to place it in the middle of the view.
//
// The search matches a type's name, key and category, and the words people use for it
// (ComponentSynonyms: "redis" finds ElastiCache). Only when none of those match anything does
// it look in the types' one-sentence summaries, so "queue" shows SQS, not every M/M/c queue.
// Enter in the search box places the first type shown; Down moves into the list; Esc clears it.
class PalettePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *noMatchLabel() const { return m_noMatch; }
    void setFilter(const QString &text);
    // Types currently shown (not filtered out), in display order; for tests.
    QStringList visibleTypes() const;

signals:
    void addRequested(const QString &type);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeWidgetItem *firstVisibleEntry() const;
    // Shows the entries `matches` accepts; returns how many it showed.
    int applyFilter(const std::function<bool(const QTreeWidgetItem *entry, const QTreeWidgetItem *group)> &matches);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QLabel *m_noMatch;
};

} // namespace headroom::designer
