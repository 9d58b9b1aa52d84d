// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QSlider;

namespace headroom::designer {

// The user count, logarithmic from 1 to 100 000 000, with ticks at the project's stages and a
// field to type a number ("250000", "250k", "2.5e5", "1M"; grouped and with decimals as the
// user's locale writes them: "250.000" and "2,5M" in German). Emits `usersEdited` on every
// step of a drag. The user count is a view of the design, not an edit: it adds no undo step.
class UserSliderBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kStepsPerDecade = 100;
    static constexpr double kMaxUsers = 1e8;

    explicit UserSliderBar(QWidget *parent = nullptr);

    void setUsers(double users);  // shows `users` without emitting
    void setStages(const std::vector<Stage> &stages);
    QSlider *slider() const { return m_slider; }
    QLineEdit *field() const { return m_field; }

    static int positionFor(double users);
    static double usersAt(int position);
    // "250k" → 250 000, "250.000" → 250 000 in German (parseDisplayedNumber); nothing when the
    // text is not a user count from 0 to 10¹².
    static std::optional<double> parseUsers(const QString &text);

signals:
    void usersEdited(double users);

private:
    void showInField(double users);

    QSlider *m_slider;
    QLineEdit *m_field;
    QString m_shownText;  // what the field was last given: Return on it changes nothing
    bool m_updating = false;
};

} // namespace headroom::designer
