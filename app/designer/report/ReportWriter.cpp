// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportWriter.h"

#include <QFontMetricsF>
#include <QPageLayout>

#include <algorithm>

namespace headroom::designer {

namespace {

constexpr double kMargin = 42.0;      // points: about 15 mm
constexpr double kHeaderHeight = 18.0;
constexpr double kFooterHeight = 18.0;
constexpr double kCellPadding = 3.0;
const QColor kRule(0xd1, 0xd5, 0xdb);
const QColor kMuted(0x6b, 0x72, 0x80);

} // namespace

ReportWriter::ReportWriter(const QString &path, QPageSize::PageSizeId pageSize, const QString &title,
                           const QString &runningHeader)
    : m_file(path), m_writer(&m_file), m_runningHeader(runningHeader)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return;
    m_writer.setPageSize(QPageSize(pageSize));
    m_writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    m_writer.setResolution(72);  // one device pixel per point
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("Headroom"));
    if (!m_painter.begin(&m_writer))
        return;
    const QRectF page = m_writer.pageLayout().fullRectPoints();
    m_content = QRectF(kMargin, kMargin + kHeaderHeight, page.width() - 2 * kMargin,
                       page.height() - 2 * kMargin - kHeaderHeight - kFooterHeight);
    startPage();
}

ReportWriter::~ReportWriter()
{
    if (m_painter.isActive())
        m_painter.end();  // unfinished: the QSaveFile is discarded, the old file stays
}

bool ReportWriter::finish()
{
    return m_painter.isActive() && m_painter.end() && m_file.commit();
}

QFont ReportWriter::font(double pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void ReportWriter::startPage()
{
    ++m_page;
    m_y = m_content.top();
    const QRectF page = m_writer.pageLayout().fullRectPoints();
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

void ReportWriter::newPage()
{
    m_writer.newPage();
    startPage();
}

void ReportWriter::ensure(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
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
    paragraph(subtitle, 11, kMuted);
    space(10);
}

void ReportWriter::heading(const QString &text, int level)
{
    const QFont f = font(level == 1 ? 15 : 11.5, true);
    const double height = textHeight(text, f, m_content.width());
    ensure(height + 70);  // a heading keeps company with what follows it
    space(level == 1 ? 8 : 4);
    m_painter.setFont(f);
    m_painter.setPen(QColor(0x11, 0x18, 0x27));
    m_painter.drawText(QRectF(m_content.left(), m_y, m_content.width(), height), Qt::TextWordWrap, text);
    m_y += height + (level == 1 ? 6 : 3);
    if (level == 1) {
        m_painter.setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.2));
        m_painter.drawLine(QPointF(m_content.left(), m_y - 2), QPointF(m_content.right(), m_y - 2));
        m_y += 4;
    }
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
}

void ReportWriter::facts(const std::vector<std::pair<QString, QString>> &rows)
{
    const QFont label = font(9, true);
    const QFont value = font(9);
    const double labelWidth = m_content.width() * 0.36;
    for (const auto &[name, text] : rows) {
        const double height = std::max(textHeight(name, label, labelWidth), textHeight(text, value, m_content.width() - labelWidth)) + 2;
        ensure(height);
        m_painter.setFont(label);
        m_painter.setPen(QColor(0x37, 0x41, 0x51));
        m_painter.drawText(QRectF(m_content.left(), m_y, labelWidth, height), Qt::TextWordWrap, name);
        m_painter.setFont(value);
        m_painter.setPen(QColor(0x11, 0x18, 0x27));
        m_painter.drawText(QRectF(m_content.left() + labelWidth, m_y, m_content.width() - labelWidth, height), Qt::TextWordWrap, text);
        m_y += height;
    }
    space(4);
}

void ReportWriter::table(const std::vector<ReportColumn> &columns, const std::vector<QStringList> &rows, double pointSize)
{
    double total = 0.0;
    for (const ReportColumn &column : columns)
        total += column.width;
    std::vector<double> widths;
    for (const ReportColumn &column : columns)
        widths.push_back(m_content.width() * column.width / total);
    const QFont headerFont = font(pointSize, true);
    const QFont cellFont = font(pointSize);

    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        double height = 0.0;
        for (size_t c = 0; c < widths.size() && c < static_cast<size_t>(cells.size()); ++c)
            height = std::max(height, textHeight(cells[static_cast<int>(c)], f, widths[c] - 2 * kCellPadding));
        return height + 2 * kCellPadding;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &f, bool header, bool shaded) {
        const double height = rowHeight(cells, f);
        if (header || shaded) {
            m_painter.fillRect(QRectF(m_content.left(), m_y, m_content.width(), height),
                               header ? QColor(0xe5, 0xe7, 0xeb) : QColor(0xf9, 0xfa, 0xfb));
        }
        m_painter.setFont(f);
        m_painter.setPen(QColor(0x11, 0x18, 0x27));
        double x = m_content.left();
        for (size_t c = 0; c < widths.size(); ++c) {
            const QString text = c < static_cast<size_t>(cells.size()) ? cells[static_cast<int>(c)] : QString();
            m_painter.drawText(QRectF(x + kCellPadding, m_y + kCellPadding, widths[c] - 2 * kCellPadding, height - 2 * kCellPadding),
                               int(columns[c].alignment | Qt::AlignTop) | Qt::TextWordWrap, text);
            x += widths[c];
        }
        m_painter.setPen(QPen(kRule, 0.5));
        m_painter.drawLine(QPointF(m_content.left(), m_y + height), QPointF(m_content.right(), m_y + height));
        m_y += height;
    };

    QStringList header;
    for (const ReportColumn &column : columns)
        header << column.title;
    const double headerHeight = rowHeight(header, headerFont);
    ensure(headerHeight + (rows.empty() ? 0.0 : rowHeight(rows.front(), cellFont)));
    drawRow(header, headerFont, true, false);
    for (size_t r = 0; r < rows.size(); ++r) {
        const double height = rowHeight(rows[r], cellFont);
        if (m_y + height > m_content.bottom()) {
            newPage();
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
}

} // namespace headroom::designer
