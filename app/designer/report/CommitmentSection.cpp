// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "CommitmentSection.h"

#include "DisplayNumbers.h"
#include "ReportWriter.h"

#include <QObject>

#include <algorithm>
#include <set>
#include <tuple>

namespace headroom::designer {

namespace {

constexpr size_t kFloorsShown = 5;   // per stage; the rest are summed in one row
constexpr size_t kKeysListed = 12;   // per term in the footnote

// "aurora/postgres/db.r6g.16xlarge" from the model's "Aurora (aurora-east): on demand (no 1-year
// price for aurora/postgres/db.r6g.16xlarge)" (CommittedCost's onDemandForTerm).
std::string priceKeyOf(const std::string &onDemand)
{
    const auto at = onDemand.rfind(" price for ");
    if (at == std::string::npos || onDemand.size() < at + 12)
        return onDemand;
    return onDemand.substr(at + 11, onDemand.size() - at - 12);
}

QString keysOnDemand(const std::vector<StageRow> &rows, std::vector<std::string> StageRow::*lines, const char *term)
{
    std::set<std::string> keys;
    bool marked = false;
    for (const StageRow &row : rows) {
        const std::optional<double> &usd = term[0] == '1' ? row.oneYearMonthlyUsd : row.threeYearMonthlyUsd;
        if (!usd)
            continue;  // "—": nothing marked
        for (const std::string &line : row.*lines) {
            keys.insert(priceKeyOf(line));
            marked = true;
        }
    }
    if (!marked)
        return {};
    QStringList listed;
    for (const std::string &key : keys) {
        if (static_cast<size_t>(listed.size()) == kKeysListed)
            break;
        listed << QString::fromStdString(key);
    }
    QString text = QObject::tr("† %1: on demand, no %1 price in the price books for %2")
                       .arg(QString::fromUtf8(term), listed.join(QStringLiteral(", ")));
    if (keys.size() > kKeysListed)
        text += QObject::tr(" and %1 more").arg(formatCount(static_cast<double>(keys.size() - kKeysListed)));
    return text + QLatin1Char('.');
}

// One cost line's floor in both terms' plans (either may be missing).
struct FloorPair
{
    const CommittedFloor *oneYear = nullptr;
    const CommittedFloor *threeYear = nullptr;
    const CommittedFloor &any() const { return oneYear ? *oneYear : *threeYear; }
    double saving() const
    {
        return std::max(oneYear ? oneYear->savingMonthlyUsd : 0.0, threeYear ? threeYear->savingMonthlyUsd : 0.0);
    }
};

std::vector<FloorPair> pairFloors(const StageCommitments &plans)
{
    std::vector<FloorPair> pairs;
    const auto same = [](const CommittedFloor &a, const CommittedFloor &b) {
        return std::tie(a.component, a.priceKey, a.what) == std::tie(b.component, b.priceKey, b.what);
    };
    for (const CommittedFloor &floor : plans.oneYear.commit)
        pairs.push_back({&floor, nullptr});
    for (const CommittedFloor &floor : plans.threeYear.commit) {
        const auto match = std::find_if(pairs.begin(), pairs.end(),
                                        [&](const FloorPair &p) { return p.oneYear && !p.threeYear && same(*p.oneYear, floor); });
        if (match != pairs.end())
            match->threeYear = &floor;
        else
            pairs.push_back({nullptr, &floor});
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const FloorPair &a, const FloorPair &b) { return a.saving() > b.saving(); });
    return pairs;
}

QString usdOrDash(const CommittedFloor *floor, double CommittedFloor::*field)
{
    return floor ? formatUsd(floor->*field) : missingNumber();
}

QString countText(const CommittedFloor &floor)
{
    if (floor.hourlyUnits > 0.0)
        return formatCount(floor.hourlyUnits);
    return QStringLiteral("%1 %2/mo").arg(formatMeasure(floor.unitsPerMonth), QString::fromStdString(floor.unit));
}

QString breakEvenText(const FloorPair &pair)
{
    const QString one = pair.oneYear ? formatPercent(pair.oneYear->breakEvenUtilization) : missingNumber();
    const QString three = pair.threeYear ? formatPercent(pair.threeYear->breakEvenUtilization) : missingNumber();
    return QStringLiteral("%1 · %2").arg(one, three);
}

QString paymentText(const FloorPair &pair)
{
    const QString one = pair.oneYear ? QString::fromStdString(pair.oneYear->payment) : QString();
    const QString three = pair.threeYear ? QString::fromStdString(pair.threeYear->payment) : QString();
    if (one == three || three.isEmpty())
        return one.isEmpty() ? three : one;
    if (one.isEmpty())
        return three;
    return QObject::tr("1-yr %1; 3-yr %2").arg(one, three);
}

} // namespace

const std::vector<ReportColumn> &commitmentColumns()
{
    static const std::vector<ReportColumn> columns = {
        {QObject::tr("Stage"), 1.05},
        {QObject::tr("Commit"), 2.6},
        {QObject::tr("Component"), 1.05},
        {QObject::tr("Count"), 0.65, Qt::AlignRight},
        {QObject::tr("1-yr"), 0.7, Qt::AlignRight},
        {QObject::tr("saves"), 0.7, Qt::AlignRight},
        {QObject::tr("3-yr"), 0.7, Qt::AlignRight},
        {QObject::tr("saves"), 0.7, Qt::AlignRight},
        {QObject::tr("Break-even"), 1.15, Qt::AlignRight},
        {QObject::tr("Payment"), 1.0},
    };
    return columns;
}

QString committedFigure(const std::optional<double> &usd, const std::vector<std::string> &onDemand)
{
    return formatUsd(usd) + (usd && !onDemand.empty() ? QStringLiteral("\u00a0†") : QString());  // never wrapped apart
}

QString committedExplanation()
{
    return QObject::tr("1-yr, 3-yr: committable lines (instances, nodes) at their 1- or 3-year price where the "
                       "price books have one, the rest on demand; — when no line has one.");
}

QString committedFootnote(const std::vector<StageRow> &rows)
{
    QStringList parts;
    for (const QString &term : {keysOnDemand(rows, &StageRow::oneYearOnDemand, "1-year"),
                                keysOnDemand(rows, &StageRow::threeYearOnDemand, "3-year")})
        if (!term.isEmpty())
            parts << term;
    return parts.join(QLatin1Char('\n'));
}

std::vector<QStringList> commitmentRows(const std::vector<StageRow> &rows)
{
    std::vector<QStringList> table;
    QStringList previousBlock;     // the previous stage's rows without their stage cells, joined
    size_t previousStart = 0;      // where its rows begin in `table`
    QString previousFirst;         // the first stage of a run of stages with the same plan
    for (const StageRow &row : rows) {
        const CommitmentPlan &one = row.commitments.oneYear;
        const CommitmentPlan &three = row.commitments.threeYear;
        if (one.commit.empty() && three.commit.empty()) {
            previousBlock.clear();
            continue;
        }
        std::vector<QStringList> block;
        const std::vector<FloorPair> pairs = pairFloors(row.commitments);
        if (pairs.size() > 1) {
            const auto total = [](const CommitmentPlan &plan, double CommitmentPlan::*field) {
                return plan.commit.empty() ? missingNumber() : formatUsd(plan.*field);
            };
            block.push_back({QObject::tr("All floors"), QString(), QString(),
                             total(one, &CommitmentPlan::committedMonthlyUsd), total(one, &CommitmentPlan::savingMonthlyUsd),
                             total(three, &CommitmentPlan::committedMonthlyUsd), total(three, &CommitmentPlan::savingMonthlyUsd),
                             QString(), QString()});
        }
        for (size_t i = 0; i < pairs.size() && i < kFloorsShown; ++i) {
            const FloorPair &pair = pairs[i];
            const CommittedFloor &floor = pair.any();
            block.push_back({QString::fromStdString(floor.priceKey), QString::fromStdString(floor.label), countText(floor),
                             usdOrDash(pair.oneYear, &CommittedFloor::committedMonthlyUsd),
                             usdOrDash(pair.oneYear, &CommittedFloor::savingMonthlyUsd),
                             usdOrDash(pair.threeYear, &CommittedFloor::committedMonthlyUsd),
                             usdOrDash(pair.threeYear, &CommittedFloor::savingMonthlyUsd), breakEvenText(pair),
                             paymentText(pair)});
        }
        if (pairs.size() > kFloorsShown) {
            double oneSaving = 0.0;
            double threeSaving = 0.0;
            for (size_t i = kFloorsShown; i < pairs.size(); ++i) {
                oneSaving += pairs[i].oneYear ? pairs[i].oneYear->savingMonthlyUsd : 0.0;
                threeSaving += pairs[i].threeYear ? pairs[i].threeYear->savingMonthlyUsd : 0.0;
            }
            block.push_back({QObject::tr("… %1 more").arg(formatCount(static_cast<double>(pairs.size() - kFloorsShown))),
                             QString(), QString(), QString(), formatUsd(oneSaving), QString(), formatUsd(threeSaving),
                             QString(), QString()});
        }
        QStringList joined;
        for (const QStringList &cells : block)
            joined << cells.join(QLatin1Char('\t'));
        const QString stage = QString::fromStdString(row.name);
        if (!previousBlock.isEmpty() && joined == previousBlock) {
            // The same floors as the stage before: one block for the run of stages.
            for (size_t i = previousStart; i < table.size(); ++i)
                table[i][0] = QObject::tr("%1 to %2").arg(previousFirst, stage);
            continue;
        }
        previousBlock = joined;
        previousStart = table.size();
        previousFirst = stage;
        for (QStringList &cells : block)
            table.push_back(QStringList{stage} + cells);
    }
    return table;
}

void writeCommitmentSection(ReportWriter &writer, const std::vector<StageRow> &rows)
{
    const QString explanation = QObject::tr(
        "At each stage, commit what runs all the time until the next stage (the least of each line between the two); "
        "usage above it stays on demand. 1-yr, 3-yr: $ a month committed for the term and what it saves against on "
        "demand. Break-even (1-year · 3-year): the share of the term the committed capacity must run to beat on demand.");
    const std::vector<QStringList> table = commitmentRows(rows);
    const double lead = table.empty() ? writer.paragraphHeight(explanation, 8.0)
                                      : writer.paragraphHeight(explanation, 8.0) + writer.tableLeadHeight(commitmentColumns(), table, 6.5);
    writer.heading(QObject::tr("Commitment plan"), 1, lead);
    if (table.empty()) {
        writer.paragraph(QObject::tr("Nothing to commit: no always-on line has a 1-year or 3-year price in the price books."), 8.0);
        return;
    }
    writer.paragraph(explanation, 8.0);
    writer.table(commitmentColumns(), table, 6.5);
}

} // namespace headroom::designer
