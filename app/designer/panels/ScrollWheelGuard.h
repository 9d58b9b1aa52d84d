// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>

class QWidget;

namespace headroom::designer {

// Keeps the mouse wheel from editing a spin box or a combo box the user is only scrolling
// past: while the editor has no focus, the wheel scrolls the scroll area around it instead.
// The editor takes focus by click or Tab only (Qt::StrongFocus), never by the wheel.
class ScrollWheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards `editor`; the guard is parented to it.
    static void install(QWidget *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace headroom::designer
