// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportWriter.h"

#include "TableBreaks.h"
#include "document/WholeFile.h"

#include <QFontMetricsF>
#include <QPageLayout>

#include <algorithm>

namespace headroom::designer {

namespace {

constexpr double kMargin = 42.0;      // points: about 15 mm
constexpr double kHeaderHeight = 18.0;
constexpr double kFooterHeight = 18.0;
constexpr double kCellPadding = 3.0;       // points left and right of a cell's text
constexpr double kCellPaddingV = 1.2;      // points above and below it
const QColor kRule(0xd1, 0xd5, 0xdb);
const QColor kMuted(0x6b, 0x72, 0x80);

} // namespace

ReportWriter::ReportWriter(const QString &path, QPageSize::PageSizeId pageSize, const ReportMetadata &metadata,
                           const QString &runningHeader)
    : m_path(path), m_writer(&m_pdf), m_runningHeader(runningHeader)
{
    if (!m_pdf.open(QIODevice::WriteOnly))
        return;
    m_writer.setPageSize(QPageSize(pageSize));
    m_writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    m_writer.setResolution(72);  // one device pixel per point
    m_writer.setTitle(metadata.title);
    m_writer.setCreator(QStringLiteral("Headroom"));
    m_writer.setDocumentXmpMetadata(reportXmp(metadata));
    m_writer.setPageOrientation(QPageLayout::Portrait);
    if (!m_painter.begin(&m_writer))
        return;
    startPage();
}

ReportWriter::~ReportWriter()
{
    if (m_painter.isActive())
        m_painter.end();  // unfinished: nothing is written, the old file stays
}

bool ReportWriter::finish()
{
    if (!m_painter.isActive() || !m_painter.end()) {
        m_error = QObject::tr("%1: the report could not be laid out").arg(m_path);
        return false;
    }
    const QByteArray &pdf = m_pdf.data();
    if (const auto error = writeWholeFile(m_path, std::string_view(pdf.constData(), static_cast<size_t>(pdf.size())))) {
        m_error = *error;
        return false;
    }
    return true;
}

QFont ReportWriter::font(double pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QSizeF ReportWriter::contentSize(QPageLayout::Orientation orientation) const
{
    QSizeF page = m_writer.pageLayout().pageSize().sizePoints();
    if (orientation == QPageLayout::Landscape)
        page.transpose();
    return {page.width() - 2 * kMargin, page.height() - 2 * kMargin - kHeaderHeight - kFooterHeight};
}

void ReportWriter::startPage()
{
    ++m_page;
    const QRectF page = m_writer.pageLayout().fullRectPoints();
    m_content = QRectF(kMargin, kMargin + kHeaderHeight, page.width() - 2 * kMargin,
                       page.height() - 2 * kMargin - kHeaderHeight - kFooterHeight);
    m_y = m_content.top();
    m_pages.push_back({m_orientation == QPageLayout::Landscape, 0, 0.0, m_content.height(), {}});
    m_painter.setFont(font(7.5));
    m_painter.setPen(kMuted);
    if (m_page > 1) {
        m_painter.drawText(QRectF(kMargin, kMargin, m_content.width(), kHeaderHeight - 4), Qt::AlignLeft | Qt::AlignTop,
                           m_runningHeader);
        m_painter.setPen(QPen(kRule, 0.6));
        m_painter.drawLine(QPointF(kMargin, kMargin + kHeaderHeight - 6), QPointF(page.width() - kMargin, kMargin + kHeaderHeight - 6));
    }
    m_painter.setPen(kMuted);
    m_painter.drawText(QRectF(kMargin, page.height() - kMargin - kFooterHeight + 6, m_content.width(), kFooterHeight),
                       Qt::AlignRight | Qt::AlignVCenter, QObject::tr("Page %1").arg(m_page));
    m_painter.drawText(QRectF(kMargin, page.height() - kMargin - kFooterHeight + 6, m_content.width(), kFooterHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Headroom stage report"));
}

void ReportWriter::newPage(QPageLayout::Orientation orientation)
{
    if (orientation != m_orientation) {
        m_orientation = orientation;
        m_writer.setPageOrientation(orientation);  // QPdfWriter applies it from the next page on
    }
    m_writer.newPage();
    startPage();
}

void ReportWriter::countBlock()
{
    ReportPageUse &page = m_pages.back();
    ++page.blocks;
    page.usedPoints = std::max(page.usedPoints, m_y - m_content.top());
}

void ReportWriter::ensure(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage(m_orientation);
}

void ReportWriter::space(double points)
{
    m_y = std::min(m_y + points, m_content.bottom());
}

double ReportWriter::textHeight(const QString &text, const QFont &f, double width) const
{
    const QFontMetricsF metrics(f, const_cast<QPdfWriter *>(&m_writer));  // measured at the PDF's 72 dpi
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void ReportWriter::title(const QString &text, const QString &subtitle)
{
    m_painter.setPen(QColor(0x11, 0x18, 0x27));
    m_painter.setFont(font(24, true));
    const double height = textHeight(text, font(24, true), m_content.width());
    m_painter.drawText(QRectF(m_content.left(), m_y, m_content.width(), height), Qt::TextWordWrap, text);
    m_y += height + 6;
    countBlock();
    paragraph(subtitle, 11, kMuted);
    space(10);
}

void ReportWriter::heading(const QString &text, int level, double keepWith)
{
    const QFont f = font(level == 1 ? 14 : 11, true);
    const double height = textHeight(text, f, m_content.width());
    const int ordinal = m_headings++;
    if (std::find(m_breaksBefore.begin(), m_breaksBefore.end(), ordinal) != m_breaksBefore.end() && m_y > m_content.top())
        newPage(m_orientation);
    ensure(height + (level == 1 ? 18 : 7) + keepWith);  // a heading keeps company with what follows it
    m_pages.back().headings.push_back({text, m_y - m_content.top(), ordinal});
    space(level == 1 ? 6 : 4);
    m_painter.setFont(f);
    m_painter.setPen(QColor(0x11, 0x18, 0x27));
    m_painter.drawText(QRectF(m_content.left(), m_y, m_content.width(), height), Qt::TextWordWrap, text);
    m_y += height + (level == 1 ? 6 : 3);
    if (level == 1) {
        m_painter.setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.2));
        m_painter.drawLine(QPointF(m_content.left(), m_y - 2), QPointF(m_content.right(), m_y - 2));
        m_y += 4;
    }
    if (m_pages.back().firstHeading.isEmpty())
        m_pages.back().firstHeading = text;
    countBlock();
}

double ReportWriter::paragraphHeight(const QString &text, double pointSize) const
{
    return textHeight(text, font(pointSize), m_content.width()) + 4;
}

void ReportWriter::paragraph(const QString &text, double pointSize, const QColor &colour)
{
    const QFont f = font(pointSize);
    const double height = textHeight(text, f, m_content.width());
    ensure(height);
    m_painter.setFont(f);
    m_painter.setPen(colour);
    m_painter.drawText(QRectF(m_content.left(), m_y, m_content.width(), height), Qt::TextWordWrap, text);
    m_y += height + 4;
    countBlock();
}

ReportWriter::FactsGrid ReportWriter::factsGrid(double pointSize, int columns, double labelShare) const
{
    constexpr double kColumnGap = 14.0;
    columns = std::max(1, columns);
    const double columnWidth = (m_content.width() - (columns - 1) * kColumnGap) / columns;
    return {font(pointSize, true), font(pointSize), static_cast<size_t>(columns), columnWidth + kColumnGap,
            columnWidth * labelShare, columnWidth * (1.0 - labelShare)};
}

// A row of `grid.columns` pairs from `first`; a last pair alone on its row spans the row.
double ReportWriter::factsRowHeight(const FactsGrid &grid, const std::vector<std::pair<QString, QString>> &rows,
                                    size_t first) const
{
    const size_t last = std::min(rows.size(), first + grid.columns);
    const double valueWidth = last - first == 1 ? m_content.width() - grid.labelWidth : grid.valueWidth;
    double height = 0.0;
    for (size_t i = first; i < last; ++i)
        height = std::max({height, textHeight(rows[i].first, grid.label, grid.labelWidth - 4),
                           textHeight(rows[i].second, grid.value, valueWidth)});
    return height + 2;
}

double ReportWriter::factsHeight(const std::vector<std::pair<QString, QString>> &rows, double pointSize, int columns,
                                 double labelShare) const
{
    const FactsGrid grid = factsGrid(pointSize, columns, labelShare);
    double total = 0.0;
    for (size_t first = 0; first < rows.size(); first += grid.columns)
        total += factsRowHeight(grid, rows, first);
    return total + 4;
}

void ReportWriter::facts(const std::vector<std::pair<QString, QString>> &rows, double pointSize, int columns, double labelShare)
{
    const FactsGrid grid = factsGrid(pointSize, columns, labelShare);
    // A short block of facts stays on one page.
    if (const double total = factsHeight(rows, pointSize, columns, labelShare); total <= 0.2 * m_content.height())
        ensure(total);
    // Row by row, the pairs side by side (read left to right); a row is as tall as its tallest pair.
    for (size_t first = 0; first < rows.size(); first += grid.columns) {
        const size_t last = std::min(rows.size(), first + grid.columns);
        const double valueWidth = last - first == 1 ? m_content.width() - grid.labelWidth : grid.valueWidth;
        const double height = factsRowHeight(grid, rows, first);
        ensure(height);
        for (size_t i = first; i < last; ++i) {
            const double x = m_content.left() + static_cast<double>(i - first) * grid.pitch;
            m_painter.setFont(grid.label);
            m_painter.setPen(QColor(0x37, 0x41, 0x51));
            m_painter.drawText(QRectF(x, m_y, grid.labelWidth - 4, height), Qt::TextWordWrap, rows[i].first);
            m_painter.setFont(grid.value);
            m_painter.setPen(QColor(0x11, 0x18, 0x27));
            m_painter.drawText(QRectF(x + grid.labelWidth, m_y, valueWidth, height), Qt::TextWordWrap, rows[i].second);
        }
        m_y += height;
        countBlock();
    }
    space(4);
}

std::vector<double> ReportWriter::columnWidths(const std::vector<ReportColumn> &columns) const
{
    double total = 0.0;
    for (const ReportColumn &column : columns)
        total += column.width;
    std::vector<double> widths;
    for (const ReportColumn &column : columns)
        widths.push_back(m_content.width() * column.width / total);
    return widths;
}

double ReportWriter::rowHeight(const std::vector<double> &widths, const QStringList &cells, const QFont &f) const
{
    double height = 0.0;
    for (size_t c = 0; c < widths.size() && c < static_cast<size_t>(cells.size()); ++c)
        height = std::max(height, textHeight(cells[static_cast<int>(c)], f, widths[c] - 2 * kCellPadding));
    return height + 2 * kCellPaddingV;
}

double ReportWriter::tableLeadHeight(const std::vector<ReportColumn> &columns, const std::vector<QStringList> &rows,
                                     double pointSize) const
{
    const std::vector<double> widths = columnWidths(columns);
    QStringList header;
    for (const ReportColumn &column : columns)
        header << column.title;
    double height = rowHeight(widths, header, font(pointSize, true));
    for (size_t r = 0; r < rows.size() && r < static_cast<size_t>(kMinRowsPerPage); ++r)
        height += rowHeight(widths, rows[r], font(pointSize));
    return height;
}

void ReportWriter::table(const std::vector<ReportColumn> &columns, const std::vector<QStringList> &rows, double pointSize)
{
    const std::vector<double> widths = columnWidths(columns);
    const QFont headerFont = font(pointSize, true);
    const QFont cellFont = font(pointSize);
    auto drawRow = [&](const QStringList &cells, const QFont &f, bool header, bool shaded) {
        const double height = rowHeight(widths, cells, f);
        if (header || shaded) {
            m_painter.fillRect(QRectF(m_content.left(), m_y, m_content.width(), height),
                               header ? QColor(0xe5, 0xe7, 0xeb) : QColor(0xf9, 0xfa, 0xfb));
        }
        m_painter.setFont(f);
        m_painter.setPen(QColor(0x11, 0x18, 0x27));
        double x = m_content.left();
        for (size_t c = 0; c < widths.size(); ++c) {
            const QString text = c < static_cast<size_t>(cells.size()) ? cells[static_cast<int>(c)] : QString();
            m_painter.drawText(QRectF(x + kCellPadding, m_y + kCellPaddingV, widths[c] - 2 * kCellPadding, height - 2 * kCellPaddingV),
                               int(columns[c].alignment | Qt::AlignTop) | Qt::TextWordWrap, text);
            x += widths[c];
        }
        m_painter.setPen(QPen(kRule, 0.5));
        m_painter.drawLine(QPointF(m_content.left(), m_y + height), QPointF(m_content.right(), m_y + height));
        m_y += height;
        if (!header)
            countBlock();
    };

    QStringList header;
    for (const ReportColumn &column : columns)
        header << column.title;
    const double headerHeight = rowHeight(widths, header, headerFont);
    std::vector<double> heights;
    for (const QStringList &row : rows)
        heights.push_back(rowHeight(widths, row, cellFont));
    const TableBreaks plan = planTableBreaks(heights, headerHeight, remaining(), m_content.height(),
                                             m_y <= m_content.top(), kMinRowsPerPage);
    if (plan.startOnNewPage)
        newPage(m_orientation);
    drawRow(header, headerFont, true, false);
    auto nextBreak = plan.breaks.begin();
    for (size_t r = 0; r < rows.size(); ++r) {
        if (nextBreak != plan.breaks.end() && *nextBreak == r) {
            ++nextBreak;
            newPage(m_orientation);
            drawRow(header, headerFont, true, false);  // the header repeats on every page
        }
        drawRow(rows[r], cellFont, false, r % 2 == 1);
    }
    space(8);
}

void ReportWriter::picture(double height, const std::function<void(QPainter &, const QRectF &target)> &draw)
{
    height = std::min(height, m_content.height());
    ensure(height);
    const QRectF target(m_content.left(), m_y, m_content.width(), height);
    m_painter.save();
    m_painter.setClipRect(target);
    draw(m_painter, target);
    m_painter.restore();
    m_y += height + 6;
    countBlock();
}

} // namespace headroom::designer
