// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "UserSliderBar.h"

#include "DisplayNumbers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSlider>
#include <QStyleOptionSlider>

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom::designer {

namespace {

// A slider that marks the stages under its groove.
class StageSlider : public QSlider
{
public:
    explicit StageSlider(QWidget *parent) : QSlider(Qt::Horizontal, parent) { setMinimumHeight(44); }

    void setStages(std::vector<Stage> stages)
    {
        m_stages = std::move(stages);
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QSlider::paintEvent(event);
        QPainter painter(this);
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const int span = groove.width() - handle.width();
        QFont font = painter.font();
        font.setPointSizeF(7.5);
        painter.setFont(font);
        int lastLabelRight = std::numeric_limits<int>::min();
        for (const Stage &stage : m_stages) {
            const int position = UserSliderBar::positionFor(stage.users);
            const int x = groove.left() + handle.width() / 2
                          + QStyle::sliderPositionFromValue(minimum(), maximum(), position, span);
            painter.setPen(QPen(QColor(0x6b, 0x72, 0x80), 1.5));
            painter.drawLine(x, groove.bottom() + 2, x, groove.bottom() + 8);
            // Every stage gets a tick; a label ("250K", "100M": the stage's user count, short
            // whatever its name) only where it does not run into the previous one, kept inside
            // the slider so that the last one is not cut at the edge.
            const QString label = formatCompact(stage.users);
            const int width = painter.fontMetrics().horizontalAdvance(label) + 2;
            const int height = painter.fontMetrics().height();
            const int left = std::clamp(x - width / 2, 0, std::max(0, rect().width() - width));
            if (left <= lastLabelRight + 6)
                continue;
            painter.setPen(QColor(0x37, 0x41, 0x51));
            painter.drawText(QRect(left, groove.bottom() + 8, width, height), Qt::AlignCenter, label);
            lastLabelRight = left + width;
        }
    }

private:
    std::vector<Stage> m_stages;
};

} // namespace

UserSliderBar::UserSliderBar(QWidget *parent)
    : QWidget(parent), m_slider(new StageSlider(this)), m_field(new QLineEdit(this))
{
    setObjectName(QStringLiteral("userSliderBar"));
    m_slider->setObjectName(QStringLiteral("usersSlider"));
    m_slider->setRange(0, positionFor(kMaxUsers));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(kStepsPerDecade / 4);
    m_slider->setToolTip(tr("Users, logarithmic from 1 to 100 million. Peak requests per second = users × requests "
                            "per user per day × peak-to-average ÷ 86 400."));
    m_field->setObjectName(QStringLiteral("usersField"));
    m_field->setFixedWidth(120);
    m_field->setAlignment(Qt::AlignRight);
    m_field->setToolTip(tr("Type a user count: 250000, 250k, 2.5M or 2.5e5"));
    auto *title = new QLabel(tr("Users"), this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(title);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_field);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (m_updating)
            return;
        const double users = usersAt(position);
        m_updating = true;
        showInField(users);
        m_updating = false;
        emit usersEdited(users);
    });
    connect(m_field, &QLineEdit::editingFinished, this, [this] {
        if (m_field->text() == m_shownText) {  // Return on the unchanged field: the count stays exact
            m_field->setStyleSheet(QString());
            return;
        }
        const auto users = parseUsers(m_field->text());
        if (!users) {
            m_field->setStyleSheet(QStringLiteral("color: #b91c1c"));
            return;
        }
        m_field->setStyleSheet(QString());
        m_shownText = m_field->text();
        setUsers(*users);
        emit usersEdited(*users);
    });
}

void UserSliderBar::setUsers(double users)
{
    m_updating = true;
    if (!m_slider->isSliderDown())  // during a drag the handle is the source of truth
        m_slider->setValue(positionFor(users));
    if (!m_field->hasFocus())
        showInField(users);
    m_updating = false;
}

void UserSliderBar::showInField(double users)
{
    m_shownText = formatCount(users);
    m_field->setText(m_shownText);
}

void UserSliderBar::setStages(const std::vector<Stage> &stages)
{
    static_cast<StageSlider *>(m_slider)->setStages(stages);
}

int UserSliderBar::positionFor(double users)
{
    if (!(users > 1.0))
        return 0;
    return static_cast<int>(std::lround(std::log10(std::min(users, kMaxUsers)) * kStepsPerDecade));
}

double UserSliderBar::usersAt(int position)
{
    // Round to 3 significant figures so that the slider lands on counts people read.
    const double raw = std::pow(10.0, static_cast<double>(position) / kStepsPerDecade);
    if (raw < 1000.0)
        return std::round(raw);  // whole users below a thousand
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)) - 2.0);
    return std::round(raw / magnitude) * magnitude;
}

std::optional<double> UserSliderBar::parseUsers(const QString &text)
{
    QString cleaned = text.trimmed().toLower();
    double scale = 1.0;
    if (cleaned.endsWith(u'k'))
        scale = 1e3;
    else if (cleaned.endsWith(u'm'))
        scale = 1e6;
    else if (cleaned.endsWith(u'b'))
        scale = 1e9;
    if (scale != 1.0)
        cleaned.chop(1);
    const auto number = parseDisplayedNumber(cleaned);  // "250.000" in German, "250,000" in English
    if (!number)
        return std::nullopt;
    const double value = *number * scale;
    if (!std::isfinite(value) || value < 0.0 || value > 1e12)
        return std::nullopt;
    return value;
}

} // namespace headroom::designer
