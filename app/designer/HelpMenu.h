// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMenu>

namespace headroom {
class PriceBook;
}

namespace headroom::designer {

// Help ▸ Keyboard shortcuts… (ShortcutsDialog over `window`) and Help ▸ About Headroom (the
// application's version, its licence and the date of the price book `prices`).
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    HelpMenu(QWidget *window, const PriceBook &prices, QWidget *parent = nullptr);

    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }
    QString aboutText() const;  // what About Headroom shows

private:
    QWidget *m_window;
    const PriceBook &m_prices;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace headroom::designer
