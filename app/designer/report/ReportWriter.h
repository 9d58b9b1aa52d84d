// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ReportMetadata.h"
#include "ReportPageUse.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
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
// on every page they cross, whose rows are never split and which never leave fewer than
// kMinRowsPerPage of their rows on either side of a page break, and pictures drawn by a
// callback (vector graphics: the painter is the PDF's). A block of facts shorter than a fifth
// of a page stays on one page. Pages are portrait unless newPage asks for landscape.
// Coordinates are in points (1/72 inch). pages() records what each page holds.
class ReportWriter
{
public:
    // A table broken across pages keeps at least this many rows on each side of the break.
    static constexpr int kMinRowsPerPage = 3;

    ReportWriter(const QString &path, QPageSize::PageSizeId pageSize, const ReportMetadata &metadata,
                 const QString &runningHeader);
    ~ReportWriter();

    bool isOpen() const { return m_painter.isActive(); }
    // Ends the document and writes it over the file through writeWholeFile; false when it could
    // not be written (errorString() says why; the previous file stays byte for byte).
    bool finish();
    QString errorString() const { return m_error; }
    int pageCount() const { return m_page; }
    const std::vector<ReportPageUse> &pages() const { return m_pages; }

    QRectF contentRect() const { return m_content; }
    // The content area of a page in `orientation`, in points.
    QSizeF contentSize(QPageLayout::Orientation orientation) const;
    double remaining() const { return m_content.bottom() - m_y; }

    bool isLandscape() const { return m_orientation == QPageLayout::Landscape; }
    // Starts a page; the orientation holds for it and for the pages that follow.
    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // Starts a new page unless `height` points still fit on this one.
    void ensure(double height);
    void space(double points);
    void title(const QString &text, const QString &subtitle);
    // The headings with these ordinals (ReportPageUse::Heading) start a new page; PageBalance
    // chooses them.
    void setBreaksBefore(std::vector<int> ordinals) { m_breaksBefore = std::move(ordinals); }
    // `keepWith`: the points of what follows that must share the heading's page.
    void heading(const QString &text, int level = 1, double keepWith = 50.0);
    void paragraph(const QString &text, double pointSize = 9.5, const QColor &colour = QColor(0x1f, 0x29, 0x37));
    double paragraphHeight(const QString &text, double pointSize = 9.5) const;
    // Label/value pairs, label beside value; `columns` pairs side by side, the label taking
    // `labelShare` of each pair's width.
    void facts(const std::vector<std::pair<QString, QString>> &rows, double pointSize = 9.0, int columns = 1,
               double labelShare = 0.3);
    double factsHeight(const std::vector<std::pair<QString, QString>> &rows, double pointSize = 9.0, int columns = 1,
                       double labelShare = 0.3) const;
    void table(const std::vector<ReportColumn> &columns, const std::vector<QStringList> &rows, double pointSize = 8.0);
    // The height of a table's header and its first kMinRowsPerPage rows: what a heading
    // above the table keeps with it.
    double tableLeadHeight(const std::vector<ReportColumn> &columns, const std::vector<QStringList> &rows,
                           double pointSize = 8.0) const;
    // A picture `height` points tall across the content width; `draw` paints into `target`.
    void picture(double height, const std::function<void(QPainter &, const QRectF &target)> &draw);

private:
    void startPage();
    void countBlock();
    double textHeight(const QString &text, const QFont &font, double width) const;
    // How label/value pairs share the width: `pitch` from one pair to the next, in points.
    struct FactsGrid
    {
        QFont label;
        QFont value;
        size_t columns = 1;
        double pitch = 0.0;
        double labelWidth = 0.0;
        double valueWidth = 0.0;
    };
    FactsGrid factsGrid(double pointSize, int columns, double labelShare) const;
    double factsRowHeight(const FactsGrid &grid, const std::vector<std::pair<QString, QString>> &rows, size_t first) const;
    std::vector<double> columnWidths(const std::vector<ReportColumn> &columns) const;
    double rowHeight(const std::vector<double> &widths, const QStringList &cells, const QFont &font) const;
    QFont font(double pointSize, bool bold = false) const;

    QString m_path;
    QBuffer m_pdf;     // the document, written to m_path by finish() only: until then the previous report stays
    QString m_error;   // why finish() failed
    QPdfWriter m_writer;
    QPainter m_painter;
    QString m_runningHeader;
    std::vector<int> m_breaksBefore;
    int m_headings = 0;  // headings written so far
    QRectF m_content;
    double m_y = 0.0;
    int m_page = 0;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    std::vector<ReportPageUse> m_pages;
};

} // namespace headroom::designer
