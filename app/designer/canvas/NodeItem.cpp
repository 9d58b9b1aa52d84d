// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "NodeItem.h"

#include "ComponentText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace headroom::designer {

namespace {

// Paints its node's status on top of the node's cached body.
class NodeStatusItem : public QGraphicsItem
{
public:
    explicit NodeStatusItem(NodeItem *node) : QGraphicsItem(node), m_node(node) { setAcceptedMouseButtons(Qt::NoButton); }
    QRectF boundingRect() const override { return NodeItem::statusRect(); }
    QPainterPath shape() const override { return {}; }  // never picked: clicks reach the node
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { m_node->paintStatus(painter); }

private:
    NodeItem *m_node;
};

// The connection handle's own tooltip; it takes no clicks, so presses reach the node.
class NodeHandleItem : public QGraphicsItem
{
public:
    explicit NodeHandleItem(NodeItem *node) : QGraphicsItem(node), m_node(node)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setToolTip(QObject::tr("Drag to another component to connect"));
    }
    QRectF boundingRect() const override { return m_node->handleRect().adjusted(-4, -4, 4, 4); }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    NodeItem *m_node;
};

} // namespace

NodeItem::NodeItem(std::string id) : m_id(std::move(id))
{

    m_status = new NodeStatusItem(this);
    new NodeHandleItem(this);
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1.0);
}

void NodeItem::setComponent(const Component &component, const ComponentSpec &spec)
{
    const QPointF position(component.position.x, component.position.y);
    const QString label = QString::fromStdString(component.label.empty() ? component.id : component.label);
    // The configuration shown comes with the results (setConfiguration); until the node has
    // any, the component's own.
    const QString configuration = m_hasResult ? m_configuration : keyConfiguration(component, spec, nullptr);
    if (m_type == component.type && m_label == label && m_configuration == configuration && pos() == position)
        return;  // a re-sync of an unchanged component repaints nothing (its cached body stays)
    m_type = component.type;
    m_label = label;
    m_typeName = QString::fromStdString(spec.displayName);
    m_category = spec.category;
    m_configuration = configuration;
    m_labelText.setText(QString());  // re-laid out at the next paint
    if (pos() != position) {
        m_placing = true;  // the document's position, as saved: not snapped
        setPos(position);
        m_placing = false;
    }
    update();
}

void NodeItem::setResult(const ComponentResult *result, bool bottleneck, LoadLevel level, double detail)
{
    const bool badgeChanged = bottleneck != m_bottleneck || (bottleneck && level != m_bottleneckLevel);
    m_hasResult = result != nullptr;
    m_utilization = result ? result->utilization : 0.0;
    if (result) {
        if (m_limitingDimension != QLatin1String(result->limitingDimension.data(), qsizetype(result->limitingDimension.size())))
            m_limitingDimension = QString::fromStdString(result->limitingDimension);
    } else {
        m_limitingDimension.clear();
    }
    m_saturated = result && result->saturated;
    m_bottleneck = bottleneck;
    m_bottleneckLevel = level;
    m_responseTimeMs = result ? result->responseTimeMs : std::nullopt;
    m_arrivalRatePerSecond = result ? result->arrivalRatePerSecond : 0.0;
    m_availability = result ? result->availability : 1.0;
    m_statusTextStale = true;
    if (badgeChanged)
        update();  // the badge is drawn with the body
    // Repaint the strip only when what it draws at the views' zoom changed: one slider step
    // moves most bars by less than a pixel and leaves most percentages and rates as they read.
    if (!(detail > 0.0)) {
        m_shownLook.reset();  // not in view: nothing to repaint now
        return;
    }
    NodeStatusLook look = statusLook(detail);
    if (m_shownLook == look)
        return;
    m_shownLook = std::move(look);
    m_status->update();
}

NodeStatusLook NodeItem::statusLook(double detail) const
{
    NodeStatusLook look;
    look.detail = detail;
    look.hasResult = m_hasResult;
    look.barPixels = m_hasResult ? barFillPixels(m_utilization, detail) : 0;
    look.barColour = barColor().rgb();
    look.saturated = m_saturated;
    if (textIsLegible(detail))
        look.text = statusText();
    return look;
}

QString NodeItem::badgeText() const
{
    if (!m_bottleneck)
        return {};
    switch (m_bottleneckLevel) {
    case LoadLevel::Saturated: return QObject::tr("SATURATED");
    case LoadLevel::NearLimit: return QObject::tr("BOTTLENECK");
    case LoadLevel::Watch:
    case LoadLevel::Comfortable: break;
    }
    return QObject::tr("BREAKS FIRST");
}

QColor NodeItem::levelColor(LoadLevel level)
{
    switch (level) {
    case LoadLevel::Saturated: return {0x7f, 0x1d, 0x1d};  // dark red: demand exceeds capacity
    case LoadLevel::NearLimit: return {0xdc, 0x26, 0x26};  // red: the alarm
    case LoadLevel::Watch: return {0xb4, 0x53, 0x09};      // amber: past half way
    case LoadLevel::Comfortable: break;
    }
    return {0x64, 0x74, 0x8b};  // slate: informative, no alarm
}

const QString &NodeItem::statusText() const
{
    if (!m_statusTextStale)
        return m_statusText;
    m_statusTextStale = false;
    if (!m_hasResult) {
        m_statusText.clear();
        return m_statusText;
    }
    const QString status = m_saturated
                               ? QObject::tr("SATURATED  %1 %2").arg(formatUtilization(m_utilization), m_limitingDimension)
                           : m_utilization > 0.0 ? QStringLiteral("%1 %2").arg(formatUtilization(m_utilization), m_limitingDimension)
                                                 : QObject::tr("idle");
    m_statusText = status + QStringLiteral("  ·  ") + formatCompactRate(m_arrivalRatePerSecond);
    return m_statusText;
}


void NodeItem::prepareTexts(const QFont &base)
{
    // Laid out once per text change, not on every paint (shaping text dominated repaints).
    m_labelFont = base;
    m_labelFont.setBold(true);
    m_labelFont.setPointSizeF(kTitlePointSize);
    m_configFont = base;
    m_configFont.setPointSizeF(8.0);
    const qreal width = kWidth - 62.0;
    m_labelText.setText(QFontMetricsF(m_labelFont).elidedText(m_label, Qt::ElideRight, width));
    m_labelText.prepare(QTransform(), m_labelFont);
    m_configText.setText(QFontMetricsF(m_configFont).elidedText(m_configuration, Qt::ElideRight, width));
    m_configText.prepare(QTransform(), m_configFont);
}

void NodeItem::setConfiguration(const QString &configuration, double detail)
{
    if (configuration == m_configuration)
        return;
    m_configuration = configuration;
    m_labelText.setText(QString());  // re-laid out at the next paint
    if (textIsLegible(detail))
        update();  // below, the line is not drawn: the next paint where it is lays it out anew
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-6.0, -14.0, kWidth + 20.0, kHeight + 20.0);  // room for the highlight
}

void NodeItem::setHighlight(Highlight highlight)
{
    if (highlight == m_highlight)
        return;
    m_highlight = highlight;
    update();
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
    if (m_highlight != Highlight::None) {
        painter->setPen(QPen(m_highlight == Highlight::Accepts ? QColor(0x16, 0xa3, 0x4a) : QColor(0xdc, 0x26, 0x26), 4.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(body.adjusted(-3.0, -3.0, 3.0, 3.0), 10.0, 10.0);
    }

    // The frame is two fills — the border colour, then the white body inset by its width —
    // rather than a stroked outline: stroking rounded corners dominated the repaint of a
    // large design, and filling them is several times cheaper.
    const qreal borderWidth = selected ? 2.5 : 1.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? QColor(0x25, 0x63, 0xeb) : accent.lighter(120));
    painter->drawRoundedRect(body, 8.0, 8.0);
    painter->setBrush(QColor(0xff, 0xff, 0xff));
    painter->drawRoundedRect(body.adjusted(borderWidth, borderWidth, -borderWidth, -borderWidth), 8.0 - borderWidth,
                             8.0 - borderWidth);
    painter->fillRect(QRectF(0.0, 8.0, 4.0, kHeight - 16.0), accent);

    componentIcon(m_type).paint(painter, QRect(10, 10, 34, 34));

    // Connection handle.
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawEllipse(handleRect());
    painter->setBrush(QColor(0xff, 0xff, 0xff));
    painter->drawEllipse(handleRect().adjusted(1.5, 1.5, -1.5, -1.5));

    if (!textIsLegible(painter)) {
        paintBadge(painter);
        return;  // shapes only: text under ~3 px cannot be read and costs most of the paint
    }
    if (m_labelText.text().isEmpty() && !m_label.isEmpty())
        prepareTexts(painter->font());
    painter->setPen(QColor(0x11, 0x18, 0x27));
    painter->setFont(m_labelFont);
    painter->drawStaticText(QPointF(52.0, 8.0 + (18.0 - m_labelText.size().height()) / 2.0), m_labelText);
    painter->setFont(m_configFont);
    painter->setPen(QColor(0x4b, 0x55, 0x63));
    painter->drawStaticText(QPointF(52.0, 26.0 + (16.0 - m_configText.size().height()) / 2.0), m_configText);
    paintBadge(painter);  // over the label's end
}

bool NodeItem::textIsLegible(const QPainter *painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) >= kLegibleTextZoom;
}

void NodeItem::paintStatus(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal detail = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    // Utilization bar: green < 60 %, amber < 85 %, red from 85 %, hatched dark red when saturated.
    const QRectF track(10.0, kHeight - 24.0, barTrackWidth(), 8.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe5, 0xe7, 0xeb));
    painter->drawRoundedRect(track, 4.0, 4.0);
    if (m_hasResult && m_utilization > 0.0) {
        QRectF fill = track;
        fill.setWidth(barFillWidth(m_utilization, detail));  // whole device pixels (NodeStatusLook)
        painter->setBrush(barColor());
        painter->drawRoundedRect(fill, 4.0, 4.0);
        if (m_saturated) {
            painter->setBrush(QBrush(QColor(0xff, 0xff, 0xff, 120), Qt::BDiagPattern));
            painter->drawRoundedRect(fill, 4.0, 4.0);
        }
    }
    if (!textIsLegible(detail))
        return;
    // The line is laid out once per text (or font) it shows, not on every paint.
    const QString &text = statusText();
    QFont tiny = painter->font();
    tiny.setPointSizeF(7.5);
    tiny.setBold(m_saturated);
    const qreal width = kWidth - 20.0;
    if (m_statusLayouts == 0 || m_statusLaidOutBold != m_saturated || m_statusStaticText.text() != text) {
        m_statusStaticText.setTextFormat(Qt::PlainText);
        m_statusStaticText.setText(QFontMetricsF(tiny).elidedText(text, Qt::ElideRight, width));
        m_statusStaticText.prepare(QTransform(), tiny);
        m_statusLaidOutBold = m_saturated;
        ++m_statusLayouts;
    }
    painter->setPen(m_saturated ? QColor(0x7f, 0x1d, 0x1d) : QColor(0x37, 0x41, 0x51));
    painter->setFont(tiny);
    painter->drawStaticText(QPointF(10.0, kHeight - 15.0 + (13.0 - m_statusStaticText.size().height()) / 2.0),
                            m_statusStaticText);
}

void NodeItem::paintBadge(QPainter *painter) const
{
    if (!m_bottleneck)
        return;
    const QString badge = badgeText();
    QFont badgeFont = painter->font();
    badgeFont.setPointSizeF(7.5);
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    const qreal width = painter->fontMetrics().horizontalAdvance(badge) + 14.0;
    const QRectF pill(kWidth - width - 6.0, -10.0, width, 18.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor());
    painter->drawRoundedRect(pill, 9.0, 9.0);
    if (!textIsLegible(painter))
        return;
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, badge);
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

QString NodeItem::toolTipText() const
{
    QString tip = QStringLiteral("<b>%1</b> — %2<br>%3").arg(m_label.toHtmlEscaped(), m_typeName.toHtmlEscaped(),
                                                              m_configuration.toHtmlEscaped());
    if (m_hasResult) {
        tip += QObject::tr("<br>Arrivals: %1 (peak)").arg(formatRate(m_arrivalRatePerSecond));
        tip += QObject::tr("<br>Utilization: %1 (%2) — the highest of its limits: CPU ρ = λS/c, "
                           "connections, quotas, concurrency")
                   .arg(formatUtilization(m_utilization), m_limitingDimension.isEmpty() ? QObject::tr("none") : m_limitingDimension);
        tip += m_responseTimeMs ? QObject::tr("<br>Time per visit: %1 (W = S + C·S/(c − a))").arg(formatMs(m_responseTimeMs))
                                : QObject::tr("<br>Time per visit: none — saturated");
        tip += QObject::tr("<br>Availability: %1").arg(formatAvailability(m_availability));
    }
    return tip;
}

} // namespace headroom::designer
