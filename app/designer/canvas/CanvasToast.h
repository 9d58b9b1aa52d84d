// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLabel>

class QTimer;

namespace headroom::designer {

// A scene message shown in full over the bottom of the canvas: word-wrapped, at most 60 % of
// the canvas wide, hidden after 8 seconds or on a click. A status bar cuts long refusals off;
// this never does.
class CanvasToast : public QLabel
{
    Q_OBJECT

public:
    static constexpr int kShownMs = 8000;

    explicit CanvasToast(QWidget *canvas);

    void showMessage(const QString &message);
    void reposition();  // after the canvas was resized

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QTimer *m_timer;
};

} // namespace headroom::designer
