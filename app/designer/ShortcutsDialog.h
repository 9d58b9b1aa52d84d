// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QTableWidget;

namespace headroom::designer {

// Every keyboard shortcut of `window`'s actions, read when the dialog opens (so actions added
// anywhere in the window later are listed without editing this file), then the mouse gestures
// of the canvas and the palette. Keys are shown in the platform's own notation.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *keys() const { return m_keys; }
    QTableWidget *gestures() const { return m_gestures; }

private:
    QTableWidget *m_keys;
    QTableWidget *m_gestures;
};

} // namespace headroom::designer
