// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "NodeStatusLook.h"

#include "model/catalog/ComponentSpec.h"
#include "model/evaluation/Evaluation.h"
#include "model/evaluation/LoadLevel.h"
#include "model/design/Project.h"

#include <QGraphicsItem>
#include <QFont>
#include <QStaticText>
#include <QString>

#include <optional>
#include <string>

namespace headroom::designer {

// A component on the canvas. It holds the component's id and what it must draw — never the
// project: the scene re-syncs it from the document and the latest results.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr qreal kWidth = 200.0;
    static constexpr qreal kHeight = 78.0;
    static constexpr qreal kGrid = 20.0;
    static constexpr qreal kTitlePointSize = 9.5;  // the bold label; the other lines are smaller
    // Below this zoom a node's 7.5–9.5 pt text is under ~3 px high: it is not drawn.
    static constexpr qreal kLegibleTextZoom = 0.3;
    static bool textIsLegible(const QPainter *painter);
    // The same at `detail` device pixels per scene unit (a view's level of detail).
    static bool textIsLegible(double detail) { return detail >= kLegibleTextZoom; }
    // How a node answers a connection being dragged over it.
    enum class Highlight { None, Accepts, Refuses };

    explicit NodeItem(std::string id);

    int type() const override { return Type; }
    const std::string &id() const { return m_id; }

    void setComponent(const Component &component, const ComponentSpec &spec);
    // `bottleneck`: this is the component that breaks first, `level` how near the design is
    // to that point (BottleneckSummary); the badge's words and colour follow the level.
    // `detail`: the finest zoom the node is shown at (device pixels per scene unit, the
    // views' level of detail; 0 where no view shows it): the status strip is repainted only
    // when what it draws at that zoom changed (NodeStatusLook), the rest of the node only
    // when the badge changed.
    void setResult(const ComponentResult *result, bool bottleneck, LoadLevel level = LoadLevel::Comfortable,
                   double detail = 1.0);
    // The key configuration line, e.g. "5 × m6i.large (2–10)" once the model sized a group;
    // repainted only where text is legible at `detail` (below, it is not drawn).
    void setConfiguration(const QString &configuration, double detail = 1.0);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Outlined green or red while a connection dragged over it would be accepted or refused.
    void setHighlight(Highlight highlight);
    Highlight highlight() const { return m_highlight; }
    // Where the label is drawn, in item coordinates (the part a double-click renames).
    static QRectF labelRect() { return QRectF(52.0, 6.0, kWidth - 58.0, 20.0); }

    // The small circle on the right edge that starts a connection, in item coordinates.
    QRectF handleRect() const;
    bool isOnHandle(const QPointF &scenePos) const;
    QPointF inPort() const { return mapToScene(QPointF(0.0, kHeight / 2.0)); }
    QPointF outPort() const { return mapToScene(QPointF(kWidth, kHeight / 2.0)); }

    // What the node shows, for tests and tooltips.
    QString configurationText() const { return m_configuration; }
    double utilization() const { return m_utilization; }
    bool isSaturated() const { return m_saturated; }
    bool isBottleneck() const { return m_bottleneck; }
    // The badge on the bottleneck: "SATURATED", "BOTTLENECK" (near its limit) or "BREAKS FIRST";
    // empty on every other node.
    QString badgeText() const;
    QColor badgeColor() const { return levelColor(m_bottleneckLevel); }
    // The colour of a bottleneck at `level`, shared by the badge and the report's outline:
    // slate (no alarm), amber (past half way), red (near its limit), dark red (saturated).
    static QColor levelColor(LoadLevel level);
    QColor barColor() const;
    // The part that changes with every user count — utilization bar and status line — painted
    // by a child item that covers only statusRect(), so that a new figure repaints that strip,
    // not the node.
    void paintStatus(QPainter *painter);
    static QRectF statusRect() { return QRectF(9.0, kHeight - 25.0, kWidth - 18.0, 24.0); }
    // "56 % cpu  ·  181 rps"; made once per result, when first asked for.
    const QString &statusText() const;
    // How often the status line was laid out for painting (QStaticText::prepare), for tests:
    // only when the text it shows changed.
    int statusLayouts() const { return m_statusLayouts; }
    // The tooltip: the component and its figures, rich text. Built when asked for (the scene
    // asks when a tooltip is about to show: refreshToolTip), never on a slider step.
    QString toolTipText() const;
    void refreshToolTip() { setToolTip(toolTipText()); }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void prepareTexts(const QFont &base);
    NodeStatusLook statusLook(double detail) const;
    void paintBadge(QPainter *painter) const;

    std::string m_id;
    std::string m_type;
    QString m_label;
    QString m_configuration;
    QString m_typeName;
    Category m_category = Category::Compute;
    bool m_hasResult = false;
    double m_utilization = 0.0;
    QString m_limitingDimension;
    bool m_saturated = false;
    bool m_bottleneck = false;
    LoadLevel m_bottleneckLevel = LoadLevel::Comfortable;
    std::optional<double> m_responseTimeMs;
    double m_arrivalRatePerSecond = 0.0;
    double m_availability = 1.0;
    bool m_placing = false;    // setComponent is moving it to the document's position
    QGraphicsItem *m_status = nullptr;  // the child that paints paintStatus()
    Highlight m_highlight = Highlight::None;
    QFont m_labelFont;
    QFont m_configFont;
    QStaticText m_labelText;   // elided and laid out once per change
    QStaticText m_configText;
    mutable QString m_statusText;       // statusText(), made on first use after a result
    mutable bool m_statusTextStale = true;
    // What the strip was last repainted for; none while no view shows it (whatever a view
    // then exposes is drawn from the latest figures, so the next result repaints it).
    std::optional<NodeStatusLook> m_shownLook;
    QStaticText m_statusStaticText;     // the status line laid out (elided) for painting
    bool m_statusLaidOutBold = false;   // the font it was laid out with: bold when saturated
    int m_statusLayouts = 0;
};

} // namespace headroom::designer
