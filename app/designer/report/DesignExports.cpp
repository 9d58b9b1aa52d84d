// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DesignExports.h"

#include "document/WholeFile.h"

#include <QBuffer>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QObject>
#include <QPainter>
#include <QSvgGenerator>

namespace headroom::designer {

namespace {

std::string_view bytesOf(const QBuffer &buffer)
{
    return {buffer.data().constData(), static_cast<size_t>(buffer.data().size())};
}

QRectF sceneArea(QGraphicsScene &scene)
{
    scene.clearSelection();
    return scene.itemsBoundingRect().adjusted(-20, -20, 20, 20);
}

} // namespace

std::optional<QString> exportScenePng(QGraphicsScene &scene, const QString &path)
{
    const QRectF area = sceneArea(scene);
    QImage image((area.size() * 2.0).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    }
    QBuffer png;
    if (!png.open(QIODevice::WriteOnly) || !image.save(&png, "PNG"))
        return QObject::tr("%1: could not encode the image").arg(path);
    return writeWholeFile(path, bytesOf(png));
}

std::optional<QString> exportSceneSvg(QGraphicsScene &scene, const QString &path, const QString &title)
{
    const QRectF area = sceneArea(scene);
    QBuffer drawing;
    drawing.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&drawing);
        svg.setSize(area.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
        svg.setTitle(title);
        svg.setDescription(QObject::tr("Drawn by Headroom"));
        QPainter painter(&svg);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    }
    return writeWholeFile(path, bytesOf(drawing));
}

std::optional<QString> writeTextFile(const QString &path, const std::string &text)
{
    return writeWholeFile(path, text);
}

} // namespace headroom::designer
