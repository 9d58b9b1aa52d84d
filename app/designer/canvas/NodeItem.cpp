#include "NodeItem.h"

#include "ComponentText.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace headroom::designer {

NodeItem::NodeItem(std::string id) : m_id(std::move(id))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1.0);
}

void NodeItem::setComponent(const Component &component, const ComponentSpec &spec)
{
    m_type = component.type;
    m_label = QString::fromStdString(component.label.empty() ? component.id : component.label);
    m_typeName = QString::fromStdString(spec.displayName);
    m_category = spec.category;
    m_configuration = keyConfiguration(component, spec, nullptr);
    const QPointF position(component.position.x, component.position.y);
    if (pos() != position) {
        m_placing = true;  // the document's position, as saved: not snapped
        setPos(position);
        m_placing = false;
    }
    updateToolTip();
    update();
}

void NodeItem::setResult(const ComponentResult *result, bool bottleneck)
{
    m_hasResult = result != nullptr;
    m_utilization = result ? result->utilization : 0.0;
    m_limitingDimension = result ? QString::fromStdString(result->limitingDimension) : QString();
    m_saturated = result && result->saturated;
    m_bottleneck = bottleneck;
    m_responseTimeMs = result ? result->responseTimeMs : std::nullopt;
    m_arrivalRatePerSecond = result ? result->arrivalRatePerSecond : 0.0;
    m_availability = result ? result->availability : 1.0;
    updateToolTip();
    update();
}


void NodeItem::setConfiguration(const QString &configuration)
{
    if (configuration == m_configuration)
        return;
    m_configuration = configuration;
    updateToolTip();
    update();
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-4.0, -14.0, kWidth + 14.0, kHeight + 18.0);
}

QRectF NodeItem::handleRect() const
{
    return QRectF(kWidth - 7.0, kHeight / 2.0 - 7.0, 14.0, 14.0);
}

bool NodeItem::isOnHandle(const QPointF &scenePos) const
{
    return handleRect().adjusted(-4, -4, 4, 4).contains(mapFromScene(scenePos));
}

QColor NodeItem::barColor() const
{
    return utilizationColor(m_utilization);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF body(0.0, 0.0, kWidth, kHeight);
    const QColor accent = categoryColor(m_category);
    const bool selected = option->state & QStyle::State_Selected;

    painter->setPen(QPen(selected ? QColor(0x25, 0x63, 0xeb) : accent.lighter(130), selected ? 2.5 : 1.2));
    painter->setBrush(QColor(0xff, 0xff, 0xff));
    painter->drawRoundedRect(body, 8.0, 8.0);
    painter->fillRect(QRectF(0.0, 8.0, 4.0, kHeight - 16.0), accent);

    componentIcon(m_type).paint(painter, QRect(10, 10, 34, 34));

    QFont labelFont = painter->font();
    labelFont.setBold(true);
    labelFont.setPointSizeF(9.5);
    painter->setFont(labelFont);
    painter->setPen(QColor(0x11, 0x18, 0x27));
    const QRectF labelRect(52.0, 8.0, kWidth - 62.0, 18.0);
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(m_label, Qt::ElideRight, int(labelRect.width())));
    QFont small = labelFont;
    small.setBold(false);
    small.setPointSizeF(8.0);
    painter->setFont(small);
    painter->setPen(QColor(0x4b, 0x55, 0x63));
    const QRectF configRect(52.0, 26.0, kWidth - 62.0, 16.0);
    painter->drawText(configRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(m_configuration, Qt::ElideRight, int(configRect.width())));

    // Utilization bar: green < 60 %, amber < 85 %, red from 85 %, hatched dark red when saturated.
    const QRectF track(10.0, kHeight - 24.0, kWidth - 20.0, 8.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe5, 0xe7, 0xeb));
    painter->drawRoundedRect(track, 4.0, 4.0);
    if (m_hasResult && m_utilization > 0.0) {
        QRectF fill = track;
        fill.setWidth(std::max(4.0, track.width() * std::min(1.0, m_utilization)));
        painter->setBrush(barColor());
        painter->drawRoundedRect(fill, 4.0, 4.0);
        if (m_saturated) {
            painter->setBrush(QBrush(QColor(0xff, 0xff, 0xff, 120), Qt::BDiagPattern));
            painter->drawRoundedRect(fill, 4.0, 4.0);
        }
    }
    painter->setPen(m_saturated ? QColor(0x7f, 0x1d, 0x1d) : QColor(0x37, 0x41, 0x51));
    QFont tiny = small;
    tiny.setPointSizeF(7.5);
    tiny.setBold(m_saturated);
    painter->setFont(tiny);
    QString status;
    if (m_hasResult) {
        status = m_saturated ? QObject::tr("SATURATED  %1 %2").arg(formatPercent(m_utilization), m_limitingDimension)
                 : m_utilization > 0.0 ? QStringLiteral("%1 %2").arg(formatPercent(m_utilization), m_limitingDimension)
                                       : QObject::tr("idle");
        status += QStringLiteral("  ·  ") + formatRate(m_arrivalRatePerSecond);
    }
    painter->drawText(QRectF(10.0, kHeight - 15.0, kWidth - 20.0, 13.0), Qt::AlignLeft | Qt::AlignVCenter, status);

    // Connection handle.
    painter->setPen(QPen(accent, 1.5));
    painter->setBrush(QColor(0xff, 0xff, 0xff));
    painter->drawEllipse(handleRect());

    if (m_bottleneck) {
        const QString badge = m_saturated ? QObject::tr("BREAKS HERE") : QObject::tr("BOTTLENECK");
        QFont badgeFont = tiny;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        const qreal width = painter->fontMetrics().horizontalAdvance(badge) + 14.0;
        const QRectF pill(kWidth - width - 6.0, -10.0, width, 18.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_saturated ? QColor(0x7f, 0x1d, 0x1d) : QColor(0xdc, 0x26, 0x26));
        painter->drawRoundedRect(pill, 9.0, 9.0);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, badge);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && !m_placing) {
        // Snap to the grid while dragging.
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid);
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::updateToolTip()
{
    QString tip = QStringLiteral("<b>%1</b> — %2<br>%3").arg(m_label.toHtmlEscaped(), m_typeName.toHtmlEscaped(),
                                                              m_configuration.toHtmlEscaped());
    if (m_hasResult) {
        tip += QObject::tr("<br>Arrivals: %1 (peak)").arg(formatRate(m_arrivalRatePerSecond));
        tip += QObject::tr("<br>Utilization: %1 (%2) — the highest of its limits: CPU ρ = λS/c, "
                           "connections, quotas, concurrency")
                   .arg(formatPercent(m_utilization, 1), m_limitingDimension.isEmpty() ? QObject::tr("none") : m_limitingDimension);
        tip += m_responseTimeMs ? QObject::tr("<br>Time per visit: %1 ms (W = S + C·S/(c − a))").arg(QString::number(*m_responseTimeMs, 'f', 1))
                                : QObject::tr("<br>Time per visit: none — saturated");
        tip += QObject::tr("<br>Availability: %1").arg(formatPercent(m_availability, 3));
    }
    setToolTip(tip);
}

} // namespace headroom::designer
