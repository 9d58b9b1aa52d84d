// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace headroom::designer {

// Every component type, grouped by category, with a filter box. Drag a type onto the canvas
// to place it, or double-click it to place it in the middle of the view.
class PalettePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void setFilter(const QString &text);
    // Types currently shown (not filtered out), in display order; for tests.
    QStringList visibleTypes() const;

signals:
    void addRequested(const QString &type);

private:
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace headroom::designer
