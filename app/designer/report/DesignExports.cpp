// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DesignExports.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QObject>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace headroom::designer {

namespace {

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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return QObject::tr("%1: could not write the image (%2)").arg(path, file.errorString());
    return std::nullopt;
}

std::optional<QString> exportSceneSvg(QGraphicsScene &scene, const QString &path, const QString &title)
{
    const QRectF area = sceneArea(scene);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QObject::tr("%1: could not write the drawing (%2)").arg(path, file.errorString());
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(area.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
        svg.setTitle(title);
        svg.setDescription(QObject::tr("Drawn by Headroom"));
        QPainter painter(&svg);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
    }
    if (!file.commit())
        return QObject::tr("%1: could not write the drawing (%2)").arg(path, file.errorString());
    return std::nullopt;
}

std::optional<QString> writeTextFile(const QString &path, const std::string &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) || !file.commit())
        return QObject::tr("%1: could not write (%2); the previous file is unchanged").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace headroom::designer
