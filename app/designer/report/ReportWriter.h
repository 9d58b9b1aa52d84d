// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace headroom::designer {

// A column of a report table: its title, its share of the width, and its alignment.
struct ReportColumn
{
    QString title;
    double width = 1.0;              // relative to the other columns
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Lays out a PDF page by page: a running header and a footer with the page number, text that
// wraps, headings that never sit alone at the foot of a page, tables whose header row repeats
// on every page they cross and whose rows are never split, and pictures drawn by a callback
// (vector graphics: the painter is the PDF's). Coordinates are in points (1/72 inch).
class ReportWriter
{
public:
    ReportWriter(const QString &path, QPageSize::PageSizeId pageSize, const QString &title, const QString &runningHeader);
    ~ReportWriter();

    bool isOpen() const { return m_painter.isActive(); }
    bool finish();  // ends the document and replaces the file; false when it could not be written
    int pageCount() const { return m_page; }

    QRectF contentRect() const { return m_content; }
    double remaining() const { return m_content.bottom() - m_y; }

    void newPage();
    void space(double points);
    void title(const QString &text, const QString &subtitle);
    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, double pointSize = 9.5, const QColor &colour = QColor(0x1f, 0x29, 0x37));
    // Label/value pairs in two columns.
    void facts(const std::vector<std::pair<QString, QString>> &rows);
    void table(const std::vector<ReportColumn> &columns, const std::vector<QStringList> &rows, double pointSize = 8.0);
    // A picture `height` points tall across the content width; `draw` paints into `target`.
    void picture(double height, const std::function<void(QPainter &, const QRectF &target)> &draw);

private:
    void ensure(double height);
    void startPage();
    double textHeight(const QString &text, const QFont &font, double width) const;
    QFont font(double pointSize, bool bold = false) const;

    QSaveFile m_file;  // the previous report stays intact until the new one is complete
    QPdfWriter m_writer;
    QPainter m_painter;
    QString m_runningHeader;
    QRectF m_content;
    double m_y = 0.0;
    int m_page = 0;
};

} // namespace headroom::designer
