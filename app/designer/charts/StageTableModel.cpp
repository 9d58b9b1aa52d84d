// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "StageTableModel.h"

#include "DisplayNumbers.h"

namespace headroom::designer {

namespace {

// A cell's tooltip lists at most this many of the lines on demand, then says how many more.
constexpr size_t kOnDemandListed = 12;

// The committed figure, "†" when some of its committable lines are on demand in it.
QString committedText(const std::optional<double> &usd, const std::vector<std::string> &onDemand)
{
    return formatUsd(usd) + (usd && !onDemand.empty() ? QStringLiteral(" †") : QString());
}

// "† On demand in this figure (no 1-year price in the price books):" and the lines, one a line.
QString onDemandList(const std::vector<std::string> &onDemand, const char *term)
{
    if (onDemand.empty())
        return {};
    QStringList lines;
    lines << StageTableModel::tr("† On demand in this figure (no %1 price in the price books):").arg(QString::fromUtf8(term));
    for (size_t i = 0; i < onDemand.size() && i < kOnDemandListed; ++i)
        lines << QStringLiteral("• ") + QString::fromStdString(onDemand[i]);
    if (onDemand.size() > kOnDemandListed)
        lines << StageTableModel::tr("and %1 more").arg(formatCount(static_cast<double>(onDemand.size() - kOnDemandListed)));
    return lines.join(u'\n');
}

} // namespace

StageTableModel::StageTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void StageTableModel::setRows(std::vector<StageRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int StageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StageRow &row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == StageColumn || index.column() == BottleneckColumn)
            return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return cellToolTip(row, index.column());
    case Qt::UserRole:
        return rawValue(row, index.column());
    default:
        return {};
    }
}

QVariant StageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return columnDescription(section);
    return {};
}

QString StageTableModel::displayText(const StageRow &row, int column) const
{
    switch (column) {
    case StageColumn:
        return QString::fromStdString(row.name);
    case UsersColumn:
        return formatCount(row.users);
    case PeakRateColumn:
        return formatMeasure(row.peakRatePerSecond);
    case MonthlyCostColumn:
        return formatUsd(row.monthlyUsd) + (row.costComplete ? QString() : QStringLiteral(" *"));
    case OneYearColumn:
        return committedText(row.oneYearMonthlyUsd, row.oneYearOnDemand);
    case ThreeYearColumn:
        return committedText(row.threeYearMonthlyUsd, row.threeYearOnDemand);
    case CostPerUserColumn:
        return formatCostPerUser(row.costPerUserUsd);
    case BottleneckColumn:
        return row.bottleneck.empty() ? missingNumber() : QString::fromStdString(row.bottleneckLabel);
    case UtilizationColumn: {
        if (row.bottleneck.empty())
            return missingNumber();
        const QString amount
            = row.bottleneckUtilization >= 1.0 ? tr("saturated") : formatUtilization(row.bottleneckUtilization);
        if (row.limitingDimension.empty())
            return amount;
        return tr("%1 (%2)").arg(amount, QString::fromStdString(row.limitingDimension));
    }
    case AvailabilityColumn:
        return formatAvailability(row.availability);
    case NinesColumn:
        return formatNines(row.nines);
    case SlaFloorColumn:
        return formatAvailability(row.slaAvailability);
    default:
        return {};
    }
}

QVariant StageTableModel::rawValue(const StageRow &row, int column) const
{
    const auto optional
        = [](const std::optional<double> &value) { return value ? QVariant(*value) : QVariant(); };
    switch (column) {
    case StageColumn:
        return QString::fromStdString(row.name);
    case UsersColumn:
        return row.users;
    case PeakRateColumn:
        return row.peakRatePerSecond;
    case MonthlyCostColumn:
        return row.monthlyUsd;
    case OneYearColumn:
        return optional(row.oneYearMonthlyUsd);
    case ThreeYearColumn:
        return optional(row.threeYearMonthlyUsd);
    case CostPerUserColumn:
        return optional(row.costPerUserUsd);
    case BottleneckColumn:
        return QString::fromStdString(row.bottleneckLabel);
    case UtilizationColumn:
        return row.bottleneckUtilization;
    case AvailabilityColumn:
        return row.availability;
    case NinesColumn:
        return optional(row.nines);
    case SlaFloorColumn:
        return row.slaAvailability;
    default:
        return {};
    }
}

QString StageTableModel::cellToolTip(const StageRow &row, int column) const
{
    QString extra;
    switch (column) {
    case MonthlyCostColumn:
        extra = tr("On demand: %1").arg(formatUsd(row.onDemandMonthlyUsd));
        if (!row.costComplete)
            extra += u'\n' + tr("* Incomplete: a price is missing; the sum covers the lines that have one.");
        break;
    case OneYearColumn:
    case ThreeYearColumn: {
        const bool oneYear = column == OneYearColumn;
        const std::optional<double> &usd = oneYear ? row.oneYearMonthlyUsd : row.threeYearMonthlyUsd;
        if (!usd)
            extra = tr("— : no committable line has a %1 price in the price books.").arg(QString::fromUtf8(oneYear ? "1-year" : "3-year"));
        else
            extra = onDemandList(oneYear ? row.oneYearOnDemand : row.threeYearOnDemand, oneYear ? "1-year" : "3-year");
        break;
    }
    case BottleneckColumn:
        extra = row.breaksAtUsers
            ? tr("The design saturates at %1.").arg(formatBreaksAt(*row.breaksAtUsers))
            : tr("Nothing saturates at any user count.");
        break;
    case UtilizationColumn:
        if (!row.bottleneck.empty())
            extra = tr("%1 of the capacity of %2")
                        .arg(formatUtilization(row.bottleneckUtilization),
                            QString::fromStdString(row.bottleneckLabel));
        break;
    case AvailabilityColumn:
    case NinesColumn:
        extra = tr("Downtime: %1").arg(formatDowntime(row.downtimeMinutesPerYear));
        if (!row.topDowntime.empty())
            extra += tr("\nLargest cause: %1 a year").arg(QString::fromStdString(row.topDowntime));
        break;
    default:
        break;
    }
    const QString description = columnDescription(column);
    return extra.isEmpty() ? description : description + QStringLiteral("\n\n") + extra;
}

// Two lines for the long titles, so that the table fits a 900-pixel panel without scrolling.
QString StageTableModel::columnTitle(int column)
{
    switch (column) {
    case StageColumn:
        return tr("Stage");
    case UsersColumn:
        return tr("Users");
    case PeakRateColumn:
        return tr("Peak rps");
    case MonthlyCostColumn:
        return tr("Monthly\ncost");
    case OneYearColumn:
        return tr("1-yr\ncommitted");
    case ThreeYearColumn:
        return tr("3-yr\ncommitted");
    case CostPerUserColumn:
        return tr("Cost per\nuser");
    case BottleneckColumn:
        return tr("Breaks first");
    case UtilizationColumn:
        return tr("Utilization");
    case AvailabilityColumn:
        return tr("Availability");
    case NinesColumn:
        return tr("Nines");
    case SlaFloorColumn:
        return tr("SLA floor");
    default:
        return {};
    }
}

QString StageTableModel::columnDescription(int column)
{
    switch (column) {
    case StageColumn:
        return tr("A milestone of the project's growth, named in the project file.");
    case UsersColumn:
        return tr("Registered users at this stage.");
    case PeakRateColumn:
        return tr("Requests per second entering the system at peak: users × requests per user per day "
                  "÷ 86,400 × peak-to-average ratio.");
    case MonthlyCostColumn:
        return tr("US dollars a month at the project's purchase option, priced at average load "
                  "(no peak factor), with Auto Scaling groups sized for that load.");
    case OneYearColumn:
        return tr("Monthly cost with 1-year commitments: committable lines (instances, nodes) at their 1-year "
                  "committed price where the price books have one, the rest on demand (marked †, listed in the "
                  "cell's tooltip); — when no line has a 1-year price.");
    case ThreeYearColumn:
        return tr("Monthly cost with 3-year commitments: committable lines (instances, nodes) at their 3-year "
                  "committed price where the price books have one, the rest on demand (marked †, listed in the "
                  "cell's tooltip); — when no line has a 3-year price.");
    case CostPerUserColumn:
        return tr("Monthly cost ÷ users.");
    case BottleneckColumn:
        return tr("The component that saturates at the fewest users: the first to run out. It is the "
                  "bottleneck once the stage is 70 % of the way to that user count.");
    case UtilizationColumn:
        return tr("Its utilization at peak (demand ÷ capacity) in its limiting dimension "
                  "(CPU, connections, a quota…); saturated at 100 % or more.");
    case AvailabilityColumn:
        return tr("Expected share of requests served over a year: every component's failures and recovery "
                  "times, weighted by the share of requests that need it, zone outages and failover between "
                  "regions.");
    case SlaFloorColumn:
        return tr("AWS's SLA figures composed the same way: what AWS commits to (below it, service "
                  "credits), not what to expect.");
    case NinesColumn:
        return tr("−log₁₀(1 − availability): 3 nines is 99.9 %. Empty when nothing can fail.");
    default:
        return {};
    }
}

} // namespace headroom::designer
