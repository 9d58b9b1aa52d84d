// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportDiagram.h"

#include "ComponentText.h"
#include "canvas/DiagramScene.h"
#include "canvas/EdgeItem.h"
#include "canvas/NodeItem.h"
#include "canvas/RegionFrameItem.h"
#include "document/ProjectDocument.h"

#include "model/catalog/Catalog.h"

#include <QFontMetricsF>

#include <algorithm>

namespace headroom::designer {

namespace {

constexpr double kPad = 2.5; // points inside a box
constexpr double kAccentWidth = 3.0; // the utilization strip on the box's left, points
constexpr double kTitlePoints = 8.0;
constexpr double kSmallTitlePoints = 7.0;
constexpr double kStatusPoints = 6.5;
constexpr double kConfigPoints = 6.0;
const QColor kInk(0x11, 0x18, 0x27);
const QColor kMuted(0x4b, 0x55, 0x63);

QFont pointFont(double points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// A line of text and the font it is set in.
struct Line
{
    QString text;
    QFont font;
    QColor colour;
    QString shorter; // what to show when `text` does not fit, before shortening it
};

// The title as it fits `width`: one line at 8 pt, one at 7 pt, two at 7 pt, or shortened.
std::vector<Line> titleLines(const QString &title, double width, bool twoLinesFit, QPaintDevice *device)
{
    for (double points : { kTitlePoints, kSmallTitlePoints }) {
        const QFontMetricsF metrics(pointFont(points, true), device);
        if (metrics.horizontalAdvance(title) <= width)
            return { { title, pointFont(points, true), kInk, {} } };
    }
    const QFont font = pointFont(kSmallTitlePoints, true);
    const QFontMetricsF metrics(font, device);
    // Two lines: the longest first line that fits, the rest (shortened if need be) below it.
    for (qsizetype space = title.lastIndexOf(QLatin1Char(' ')); twoLinesFit && space > 0;
         space = title.lastIndexOf(QLatin1Char(' '), space - 1)) {
        if (metrics.horizontalAdvance(title.left(space)) <= width)
            return { { title.left(space), font, kInk, {} },
                { metrics.elidedText(title.mid(space + 1), Qt::ElideRight, width), font, kInk, {} } };
    }
    return { { metrics.elidedText(title, Qt::ElideRight, width), font, kInk, {} } };
}

// The stage's utilization: "56 % cpu", "SATURATED cpu", "idle"; without the dimension when short.
std::pair<QString, QString> statusText(const ComponentResult *result)
{
    if (!result)
        return {};
    const QString dimension = QString::fromStdString(result->limitingDimension);
    if (result->saturated)
        return { QObject::tr("SATURATED %1").arg(dimension), QObject::tr("SATURATED") };
    if (dimension.isEmpty() || result->utilization <= 0.0)
        return { QObject::tr("idle"), {} };
    return { QStringLiteral("%1 %2").arg(formatUtilization(result->utilization), dimension),
        formatUtilization(result->utilization) };
}

} // namespace

ReportDiagram::ReportDiagram(const Project &project, const DesignResultsPtr &results)
    : m_project(project),
      m_results(results),
      m_document(std::make_unique<ProjectDocument>(project)),
      m_scene(std::make_unique<DiagramScene>(m_document.get()))
{
    m_scene->setResults(results);
    m_scene->clearSelection();
    // What is drawn: the boxes themselves (not the canvas's room around them for a highlight),
    // the connections without their labels and the frames.
    const QList<QGraphicsItem *> items = m_scene->items();
    for (QGraphicsItem *item : items) {
        if (item->type() == NodeItem::Type) {
            item->setVisible(false); // the report draws the boxes itself
            m_source |= item->mapRectToScene(QRectF(0.0, 0.0, NodeItem::kWidth, NodeItem::kHeight));
        } else if (item->type() == EdgeItem::Type || item->type() == RegionFrameItem::Type) {
            const QList<QGraphicsItem *> labels = item->childItems();
            for (QGraphicsItem *label : labels)
                label->setVisible(false);
            m_source |= item->sceneBoundingRect();
        }
    }
    m_source.adjust(-6.0, -6.0, 6.0, 6.0);
}

ReportDiagram::~ReportDiagram() = default;

void ReportDiagram::draw(QPainter &painter, const QRectF &target, double scale) const
{
    const QSizeF size = m_source.size() * scale;
    const QRectF drawn(target.center() - QPointF(size.width() / 2.0, size.height() / 2.0), size);
    m_scene->render(&painter, drawn, m_source, Qt::IgnoreAspectRatio);
    const auto toPage = [&](const QRectF &scene) {
        return QRectF(drawn.topLeft() + (scene.topLeft() - m_source.topLeft()) * scale, scene.size() * scale);
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QGraphicsItem *> items = m_scene->items(Qt::AscendingOrder);
    for (QGraphicsItem *item : items) {
        if (item->type() != RegionFrameItem::Type)
            continue;
        const auto *frame = static_cast<const RegionFrameItem *>(item);
        const QRectF box = toPage(frame->mapRectToScene(frame->boundingRect()));
        const QFont font = pointFont(frame->kind() == RegionFrameItem::Kind::Region ? 7.5 : 6.5, true);
        const QFontMetricsF metrics(font, painter.device());
        const QString title = metrics.elidedText(frame->title(), Qt::ElideRight, box.width() - 8.0);
        const QRectF label(
            box.left() + 3.0, box.top() + 1.5, metrics.horizontalAdvance(title) + 4.0, metrics.height());
        painter.fillRect(label, Qt::white); // covers the canvas's own title, too small on paper
        painter.setFont(font);
        painter.setPen(kMuted);
        painter.drawText(label, Qt::AlignCenter, title);
    }
    // A box may grow taller than the scaled node (about its middle, where the connections
    // meet it) to hold a two-line title and the utilization: at most to kMaxGrowth times.
    constexpr double kMaxGrowth = 1.5;
    const double wanted = 2 * QFontMetricsF(pointFont(kSmallTitlePoints, true), painter.device()).height()
        + QFontMetricsF(pointFont(kStatusPoints), painter.device()).height() + 2 * kPad;
    for (const Component &component : m_project.components) {
        QRectF box = toPage(QRectF(QPointF(component.position.x, component.position.y),
            QSizeF(NodeItem::kWidth, NodeItem::kHeight)));
        const double grow = std::clamp(wanted - box.height(), 0.0, box.height() * (kMaxGrowth - 1.0));
        drawNode(painter, box.adjusted(0.0, -grow / 2.0, 0.0, grow / 2.0), component);
    }
    painter.restore();
}

void ReportDiagram::drawNode(QPainter &painter, const QRectF &box, const Component &component) const
{
    const ComponentResult *result = m_results ? m_results->component(component.id) : nullptr;
    const bool bottleneck = m_results && result && m_results->evaluation.bottleneck == component.id;
    const QColor strip = result ? utilizationColor(result->utilization) : QColor(0xd1, 0xd5, 0xdb);
    painter.setPen(QPen(bottleneck ? NodeItem::levelColor(m_results->bottleneck.level) : QColor(0x9c, 0xa3, 0xaf),
                        bottleneck ? 1.4 : 0.6));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(box, 2.5, 2.5);
    painter.fillRect(QRectF(box.left() + 0.6, box.top() + 0.6, kAccentWidth, box.height() - 1.2), strip);

    const double left = box.left() + kAccentWidth + kPad;
    const double width = box.right() - kPad - left;
    const double statusHeight = QFontMetricsF(pointFont(kStatusPoints), painter.device()).height();
    const double titleHeight = QFontMetricsF(pointFont(kSmallTitlePoints, true), painter.device()).height();
    const bool twoLinesFit = 2 * titleHeight + statusHeight + 2 * kPad <= box.height() + 0.5;
    std::vector<Line> lines
        = titleLines(QString::fromStdString(component.label.empty() ? component.id : component.label), width,
            twoLinesFit, painter.device());
    if (const auto [status, shorter] = statusText(result); !status.isEmpty())
        lines.push_back({ status, pointFont(kStatusPoints, result->saturated),
            result->saturated ? QColor(0xb9, 0x1c, 0x1c) : kMuted, shorter });
    const ComponentSpec *spec = Catalog::builtIn().find(component.type);
    if (spec)
        lines.push_back({ keyConfiguration(component, *spec, result), pointFont(kConfigPoints), kMuted, {} });

    double y = box.top() + kPad;
    for (const Line &line : lines) {
        const QFontMetricsF metrics(line.font, painter.device());
        if (y + metrics.height() > box.bottom() - kPad + 0.5)
            break; // what does not fit is left out, the title first in, the configuration last
        painter.setFont(line.font);
        painter.setPen(line.colour);
        const QString text = metrics.horizontalAdvance(line.text) > width && !line.shorter.isEmpty()
            ? line.shorter
            : line.text;
        painter.drawText(QRectF(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignTop,
            metrics.elidedText(text, Qt::ElideRight, width));
        y += metrics.height();
    }
}

} // namespace headroom::designer
