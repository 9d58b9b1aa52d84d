// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom::designer {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QList<QStringList> &rows, QWidget *parent)
{
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 2, parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < 2; ++column)
            table->setItem(row, column, new QTableWidgetItem(rows[row].value(column)));
    table->resizeRowsToContents();
    return table;
}

// "Save as", "Undo Move 2 components": the menu text without its mnemonic and ellipsis.
QString actionName(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QStringLiteral("…")) || text.endsWith(QStringLiteral("...")))
        text = text.left(text.endsWith(QStringLiteral("…")) ? text.size() - 1 : text.size() - 3);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    QList<QStringList> keyRows;
    QSet<const QAction *> seen;
    QList<QAction *> actions = window->findChildren<QAction *>();
    actions += window->actions();
    for (const QAction *action : std::as_const(actions)) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        keyRows.append({actionName(action), keys.join(tr(" or "))});
    }
    std::sort(keyRows.begin(), keyRows.end(),
              [](const QStringList &a, const QStringList &b) { return a.front().localeAwareCompare(b.front()) < 0; });
    m_keys = makeTable({tr("Action"), tr("Keys")}, keyRows, this);
    m_keys->setObjectName(QStringLiteral("shortcutKeys"));

    const QString ctrl = QKeySequence(Qt::CTRL).toString(QKeySequence::NativeText).remove(u'+');
    m_gestures = makeTable({tr("Gesture"), tr("Does")},
                           {{tr("Drag a component from the palette"), tr("Places it where it is dropped")},
                            {tr("Double-click or Enter on a palette entry"), tr("Places it in the middle of the view")},
                            {tr("Drag from a node's right handle to another node"), tr("Connects them")},
                            {tr("Space + drag, or middle-button drag"), tr("Pans the canvas")},
                            {tr("%1 + mouse wheel").arg(ctrl), tr("Zooms the canvas")},
                            {tr("Shift+click or %1+click").arg(ctrl), tr("Adds to the selection")},
                            {QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText), tr("Renames the selected component")},
                            {tr("Arrow keys"), tr("Nudge the selected components")}},
                           this);
    m_gestures->setObjectName(QStringLiteral("shortcutGestures"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Keyboard</b>"), this));
    layout->addWidget(m_keys, 3);
    layout->addWidget(new QLabel(tr("<b>Mouse and canvas</b>"), this));
    layout->addWidget(m_gestures, 2);
    layout->addWidget(buttons);
    resize(560, 620);
}

} // namespace headroom::designer
