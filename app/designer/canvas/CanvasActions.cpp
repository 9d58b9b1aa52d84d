// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CanvasActions.h"

#include "DiagramScene.h"
#include "DiagramView.h"
#include "EdgeItem.h"
#include "NodeItem.h"
#include "document/DocumentEdits.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>

#include <memory>

namespace headroom::designer {

CanvasActions::CanvasActions(QWidget *window, std::function<DiagramView *()> view)
    : QObject(window), m_window(window), m_view(std::move(view))
{
    createEditActions();
    createViewActions();
    createArrangeActions();
}

void CanvasActions::createEditActions()
{
    m_cut = make(tr("Cu&t"), "cutAction", [this] {
        if (QMimeData *data = scene()->cutSelection())
            QApplication::clipboard()->setMimeData(data);
    });
    m_cut->setShortcut(QKeySequence::Cut);
    m_copy = make(tr("&Copy"), "copyAction", [this] {
        if (QMimeData *data = scene()->copySelection())
            QApplication::clipboard()->setMimeData(data);
    });
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste = make(tr("&Paste"), "pasteAction", [this] { pasteAt(m_view()->cursorScenePos()); });
    m_paste->setShortcut(QKeySequence::Paste);
    m_duplicate = make(tr("D&uplicate"), "duplicateAction", [this] {
        std::unique_ptr<QMimeData> data(scene()->copySelection());
        scene()->paste(data.get(), m_view()->cursorScenePos(), tr("Duplicate"));
    });
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = make(tr("&Delete"), "deleteAction", [this] { scene()->deleteSelection(); });
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_selectAll = make(tr("Select &all"), "selectAllAction", [this] {
        QList<QGraphicsItem *> selectable;
        for (QGraphicsItem *item : scene()->items())
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                selectable << item;
        scene()->setSelection(selectable);
    });
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_rename = make(tr("&Rename"), "renameAction", [this] {
        const std::vector<std::string> ids = scene()->selectedComponentIds();
        if (ids.size() == 1)
            m_view()->startRename(ids.front());
    });
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    // F2 renames only while the canvas has the focus (attach adds the action to the view):
    // in a dock's text field it must not pull the selected node into a rename.
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Window-wide: text fields still get Delete and Backspace first (they claim them through
    // ShortcutOverride), so editing the inspector never deletes components.
    m_window->addAction(m_delete);
    m_delete->setShortcutContext(Qt::WindowShortcut);
}

void CanvasActions::createViewActions()
{
    m_zoomIn = make(tr("Zoom &in"), "zoomInAction", [this] { m_view()->zoomBy(1.25); });
    // Ctrl+= as well (the unshifted key under +), unless the platform binds it already: a
    // sequence bound twice is ambiguous and does nothing.
    QList<QKeySequence> zoomIn = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomIn.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)))
        zoomIn << QKeySequence(Qt::CTRL | Qt::Key_Equal);
    m_zoomIn->setShortcuts(zoomIn);
    m_zoomOut = make(tr("Zoom &out"), "zoomOutAction", [this] { m_view()->zoomBy(0.8); });
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_actualSize = make(tr("Zoom to &100 %"), "actualSizeAction", [this] { m_view()->setZoom(1.0); });
    m_actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit = make(tr("&Fit to view"), "fitAction", [this] { m_view()->fitAll(); });
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));  // as in draw.io
}

QAction *CanvasActions::make(const QString &text, const char *objectName, std::function<void()> slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    connect(action, &QAction::triggered, this, std::move(slot));
    return action;
}

DiagramScene *CanvasActions::scene() const
{
    return m_view()->diagramScene();
}

void CanvasActions::createArrangeActions()
{
    const std::pair<QString, Arrangement> kinds[] = {
        {tr("Align &left"), Arrangement::AlignLeft},
        {tr("Align &right"), Arrangement::AlignRight},
        {tr("Align &top"), Arrangement::AlignTop},
        {tr("Align &bottom"), Arrangement::AlignBottom},
        {tr("Align centres &horizontally"), Arrangement::AlignCentresHorizontally},
        {tr("Align centres &vertically"), Arrangement::AlignCentresVertically},
        {tr("Distribute hori&zontally"), Arrangement::DistributeHorizontally},
        {tr("Distribute verti&cally"), Arrangement::DistributeVertically},
    };
    int n = 0;
    for (const auto &[text, arrangement] : kinds) {
        const QByteArray name = "arrange" + QByteArray::number(n++);
        m_arrange.push_back(make(text, name.constData(), [this, arrangement] { scene()->arrangeSelection(arrangement); }));
    }
    // The whole design, whatever is selected; then the view shows the new layout.
    m_arrangeByFlow = make(tr("Arrange by &flow"), "arrangeByFlowAction", [this] {
        scene()->arrangeByFlow();
        m_view()->fitAll();
    });
    m_arrangeByFlow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_arrangeByFlow->setToolTip(tr("Lay the design out left to right by its request flow"));
}

QMenu *CanvasActions::arrangeMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Arran&ge"), parent);
    menu->setObjectName(QStringLiteral("arrangeMenu"));
    for (size_t i = 0; i < m_arrange.size(); ++i) {
        if (i == 4 || i == 6)
            menu->addSeparator();
        menu->addAction(m_arrange[i]);
    }
    menu->addSeparator();
    menu->addAction(m_arrangeByFlow);
    // Enabled for a multi-selection (distribution needs three) whenever the menu opens.
    connect(menu, &QMenu::aboutToShow, this, [this] {
        const size_t selected = scene()->selectedComponentIds().size();
        for (size_t i = 0; i < m_arrange.size(); ++i)
            m_arrange[i]->setEnabled(selected >= (i >= 6 ? 3u : 2u));
    });
    return menu;
}

void CanvasActions::addEditActions(QMenu *edit)
{
    edit->addActions({m_cut, m_copy, m_paste, m_duplicate, m_delete});
    edit->addSeparator();
    edit->addActions({m_selectAll, m_rename});
    edit->addMenu(arrangeMenu(edit));
}

void CanvasActions::addViewActions(QMenu *view)
{
    view->addActions({m_zoomIn, m_zoomOut, m_actualSize, m_fit});
    view->addSeparator();
    view->addAction(m_arrangeByFlow);
}

void CanvasActions::attach(DiagramView *view)
{
    view->addAction(m_rename);
    connect(view, &DiagramView::contextMenuRequested, this, [this](const QPoint &at, const QPoint &global) {
        std::unique_ptr<QMenu> menu(contextMenu(at));
        menu->exec(global);
    });
}

QMenu *CanvasActions::contextMenu(const QPoint &viewportPos)
{
    DiagramView *view = m_view();
    for (QGraphicsItem *item : view->items(viewportPos)) {
        if (item->type() == EdgeItem::Type)
            return edgeMenu(static_cast<EdgeItem *>(item)->connectionIndex());
        if (item->type() != NodeItem::Type)
            continue;
        auto *menu = new QMenu(view);
        menu->addAction(m_rename);
        menu->addSeparator();
        menu->addActions({m_cut, m_copy, m_duplicate, m_delete});
        menu->addSeparator();
        menu->addMenu(arrangeMenu(menu));
        return menu;
    }
    return emptyCanvasMenu(view->mapToScene(viewportPos));
}

QMenu *CanvasActions::edgeMenu(int connectionIndex)
{
    auto *menu = new QMenu(m_view());
    ProjectDocument *document = scene()->document();
    const Connection connection = document->project().connections.at(static_cast<size_t>(connectionIndex));
    auto toggle = [&](const QString &text, const char *name, bool checked, Connection after, const QString &undoText) {
        QAction *action = menu->addAction(text, this, [document, connectionIndex, after, undoText] {
            edits::changeConnection(*document, connectionIndex, after, undoText);
        });
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setChecked(checked);
    };
    Connection async = connection;
    async.async = !connection.async;
    toggle(tr("&Asynchronous"), "asyncAction", connection.async, async,
           connection.async ? tr("Make connection synchronous") : tr("Make connection asynchronous"));
    Connection soft = connection;
    soft.soft = !connection.soft;
    toggle(tr("&Soft (the caller copes with its failure)"), "softAction", connection.soft, soft,
           connection.soft ? tr("Make connection hard") : tr("Make connection soft"));
    menu->addSeparator();
    menu->addAction(m_delete);
    return menu;
}

QMenu *CanvasActions::emptyCanvasMenu(const QPointF &scenePos)
{
    auto *menu = new QMenu(m_view());
    const QMimeData *clipboard = QApplication::clipboard()->mimeData();
    QAction *pasteHere = menu->addAction(tr("Paste &here"), this, [this, scenePos] { pasteAt(scenePos); });
    pasteHere->setObjectName(QStringLiteral("pasteHereAction"));
    pasteHere->setEnabled(clipboard && clipboard->hasFormat(DiagramScene::kClipboardMime));
    menu->addAction(m_selectAll);
    menu->addSeparator();
    menu->addActions({m_actualSize, m_fit});
    menu->addAction(m_arrangeByFlow);
    return menu;
}

void CanvasActions::pasteAt(std::optional<QPointF> scenePos)
{
    scene()->paste(QApplication::clipboard()->mimeData(), scenePos);
}

} // namespace headroom::designer
