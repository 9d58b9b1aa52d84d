// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMenu>

#include <functional>
#include <optional>

namespace headroom::designer {

class MainWindow;

// File → Export: the stage report (PDF), the canvas (PNG, SVG), the stage and component
// tables (CSV) and the evaluation (JSON, the CLI's format), all from the window's current
// document and results.
class ExportMenu : public QMenu
{
    Q_OBJECT

public:
    ExportMenu(MainWindow *window, QWidget *parent = nullptr);

private:
    // Asks for a file name (adding `suffix` when the user types none) and reports the outcome.
    void exportTo(const QString &title, const QString &filter, const QString &suffix,
                  const std::function<std::optional<QString>(const QString &path)> &write);

    MainWindow *m_window;
};

} // namespace headroom::designer
