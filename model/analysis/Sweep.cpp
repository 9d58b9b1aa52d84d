// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/analysis/Sweep.h"

#include "model/evaluation/Evaluator.h"
#include "model/evaluation/ModelConstants.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <optional>
#include <thread>

namespace headroom {

std::vector<double> logSpacedUsers(double from, double to, int points)
{
    std::vector<double> users;
    if (points <= 0)
        return users;
    if (points == 1)
        return {from};
    const double logFrom = std::log10(from);
    const double step = (std::log10(to) - logFrom) / static_cast<double>(points - 1);
    users.reserve(points);
    for (int i = 0; i < points; ++i)
        users.push_back(i == points - 1 ? to : std::pow(10.0, logFrom + step * i));
    return users;
}

SweepRow sweepRowOf(const Evaluation &evaluation)
{
    SweepRow row;
    row.users = evaluation.users;
    row.entryRatePerSecond = evaluation.entryRatePerSecond;
    row.responseTimeMs = evaluation.responseTimeMs;
    row.concurrentRequests = evaluation.concurrentRequests;
    row.availability = evaluation.availability;
    row.nines = evaluation.nines;
    row.slaAvailability = evaluation.slaAvailability;
    row.downtimeMinutesPerYear = evaluation.downtimeMinutesPerYear;
    row.bottleneck = evaluation.bottleneck;
    for (const ComponentResult &component : evaluation.components)
        if (component.id == evaluation.bottleneck)
            row.bottleneckUtilization = component.utilization;
    row.breaksAtUsers = evaluation.breaksAtUsers;
    return row;
}

namespace {

// Rows [first, last) of a sweep: one evaluation's storage for all of them.
void sweepRange(const CompiledModel &model, const std::vector<double> &users, const MonthlyCost *cost,
                size_t first, size_t last, std::vector<SweepRow> &rows)
{
    Evaluation evaluation;
    for (size_t p = first; p < last; ++p) {
        evaluate(model, users[p], evaluation);
        rows[p] = sweepRowOf(evaluation);
        if (cost)
            rows[p].monthlyCostUsd = cost->at(users[p]);
    }
}

// Threads for a sweep: one per core for a long one (each point stands alone, so the rows are the
// same however they are shared out), none below about 20 ms of work.
unsigned sweepThreads(size_t points, size_t components)
{
    constexpr double kComponentPointsPerThread = 100000.0;
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const double work = static_cast<double>(points) * static_cast<double>(std::max<size_t>(components, 1));
    const auto wanted = static_cast<unsigned>(std::min(work / kComponentPointsPerThread, 64.0));
    return std::clamp(std::min(wanted, static_cast<unsigned>(points / 16)), 1u, std::min(cores, 16u));
}

} // namespace

std::vector<SweepRow> sweep(const CompiledModel &model, const std::vector<double> &users,
                            const PriceBook *book, PurchaseOption option)
{
    std::vector<SweepRow> rows(users.size());
    std::optional<MonthlyCost> cost;  // the total alone: costOf's monthlyUsd without its lines
    if (book)
        cost.emplace(model, *book, option);
    const MonthlyCost *pricing = cost ? &*cost : nullptr;
    const unsigned threads = sweepThreads(users.size(), model.nodes.size());
    if (threads <= 1) {
        sweepRange(model, users, pricing, 0, users.size(), rows);
        return rows;
    }
    ModelConstants scratch;
    modelConstants(model, scratch);  // found once here rather than raced for by the threads
    std::vector<std::thread> workers;
    std::vector<std::exception_ptr> failures(threads);
    const size_t share = (users.size() + threads - 1) / threads;
    for (unsigned t = 0; t < threads; ++t) {
        const size_t first = std::min(users.size(), t * share);
        const size_t last = std::min(users.size(), first + share);
        workers.emplace_back([&, t, first, last] {
            try {
                sweepRange(model, users, pricing, first, last, rows);
            } catch (...) {
                failures[t] = std::current_exception();
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (const std::exception_ptr &failure : failures)
        if (failure)
            std::rethrow_exception(failure);
    return rows;
}

} // namespace headroom
