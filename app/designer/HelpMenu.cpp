// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "HelpMenu.h"

#include "ShortcutsDialog.h"

#include "pricing/PriceBook.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace headroom::designer {

HelpMenu::HelpMenu(QWidget *window, const PriceBook &prices, QWidget *parent)
    : QMenu(tr("&Help"), parent), m_window(window), m_prices(prices)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_shortcuts = addAction(tr("&Keyboard shortcuts…"), this, [this] {
        ShortcutsDialog dialog(m_window, m_window);
        dialog.exec();
    });
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    // The platform's help key (F1 on Linux and Windows, Ctrl+? on macOS); F1 where it has none.
    const QList<QKeySequence> helpKeys = QKeySequence::keyBindings(QKeySequence::HelpContents);
    m_shortcuts->setShortcuts(helpKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::Key_F1)} : helpKeys);
    addSeparator();
    m_about = addAction(tr("&About Headroom"), this, [this] {
        QMessageBox::about(m_window, tr("About Headroom"), aboutText());
    });
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
}

QString HelpMenu::aboutText() const
{
    const QString version = QCoreApplication::applicationVersion();
    QString text = tr("<h3>Headroom %1</h3>"
                      "<p>Design AWS architectures and see their capacity, availability and cost as the "
                      "number of users grows.</p>"
                      "<p>Licensed under the Apache License, Version 2.0.</p>")
                       .arg(version.isEmpty() ? tr("(development build)") : version.toHtmlEscaped());
    // One line per region the books price, the primary first.
    for (const std::string &region : m_prices.regions()) {
        const PriceBook *book = m_prices.forRegion(region);
        if (book && !book->asOf.empty())
            text += tr("<p>Prices: %1, %2, as of %3.</p>")
                        .arg(QString::fromStdString(book->region).toHtmlEscaped(),
                             QString::fromStdString(book->currency).toHtmlEscaped(),
                             QString::fromStdString(book->asOf).toHtmlEscaped());
    }
    return text;
}

} // namespace headroom::designer
