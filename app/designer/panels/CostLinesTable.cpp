// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CostLinesTable.h"

#include "DisplayNumbers.h"

#include <QCoreApplication>
#include <QTableWidget>

namespace headroom::designer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostLinesTable", text);
}

QString committedPrice(const char *term, const LineCommitment &price, const std::string &unit)
{
    QString text = tr("%1 %2 per %3").arg(QString::fromUtf8(term), formatPreciseUsd(price.unitPriceUsd), QString::fromStdString(unit));
    if (!price.payment.empty())
        text += QStringLiteral(" (%1)").arg(QString::fromStdString(price.payment));
    return text;
}

QString lineToolTip(const CostLine &line, const QString &cell)
{
    QStringList parts{cell.toHtmlEscaped(), QStringLiteral("<i>%1</i>").arg(QString::fromStdString(line.priceKey).toHtmlEscaped())};
    for (const QString &price : committedPrices(line))
        parts << price.toHtmlEscaped();
    if (line.committable() && !line.oneYear && !line.threeYear)
        parts << tr("Committable, but the price books have no 1-year or 3-year price for it.").toHtmlEscaped();
    if (!line.priceNote.empty())
        parts << QStringLiteral("◦ %1").arg(QString::fromStdString(line.priceNote).toHtmlEscaped());
    return parts.join(QStringLiteral("<br>"));
}

} // namespace

QStringList committedPrices(const CostLine &line)
{
    QStringList prices;
    if (line.oneYear)
        prices << committedPrice("1-year", *line.oneYear, line.unit);
    if (line.threeYear)
        prices << committedPrice("3-year", *line.threeYear, line.unit);
    return prices;
}

void fillCostLines(QTableWidget &table, const std::vector<CostLine> &lines)
{
    table.clearSpans();
    int rows = 0;
    for (const CostLine &line : lines)
        rows += line.priceNote.empty() ? 1 : 2;
    table.setRowCount(rows);
    int row = 0;
    for (const CostLine &line : lines) {
        const QString mark = line.priceNote.empty() ? QString() : QStringLiteral(" ◦");
        const QStringList cells = {QString::fromStdString(line.what),
                                   QStringLiteral("%1 %2").arg(formatMeasure(line.quantity), QString::fromStdString(line.unit)),
                                   formatPreciseUsd(line.unitPriceUsd) + mark, formatUsd(line.monthlyUsd)};
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(lineToolTip(line, cells[column]));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table.setItem(row, column, item);
        }
        ++row;
        if (line.priceNote.empty())
            continue;
        auto *note = new QTableWidgetItem(QStringLiteral("◦ %1").arg(QString::fromStdString(line.priceNote)));
        QFont font = table.font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        note->setFont(font);
        note->setForeground(QColor(0x6b, 0x72, 0x80));
        note->setFlags(Qt::ItemIsEnabled);
        note->setToolTip(lineToolTip(line, QString::fromStdString(line.what)));
        table.setItem(row, 0, note);
        table.setSpan(row, 0, 1, 4);
        ++row;
    }
}

} // namespace headroom::designer
