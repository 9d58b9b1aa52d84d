// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/layout/FlowLayout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace headroom {

namespace {

// The connections that close a cycle (and self-loops), found depth-first from the entries.
std::vector<bool> backEdges(const FlowGraph &graph)
{
    const size_t n = static_cast<size_t>(graph.nodeCount);
    std::vector<std::vector<size_t>> out(n);
    std::vector<int> incoming(n, 0);
    for (size_t e = 0; e < graph.edges.size(); ++e) {
        const auto [from, to] = graph.edges[e];
        out[static_cast<size_t>(from)].push_back(e);
        if (from != to)
            ++incoming[static_cast<size_t>(to)];
    }
    std::vector<size_t> roots;
    for (size_t v = 0; v < n; ++v)
        if (incoming[v] == 0)
            roots.push_back(v);
    for (size_t v = 0; v < n; ++v)
        roots.push_back(v); // what no entry reaches (a cycle of its own) is started from its first node
    std::vector<bool> back(graph.edges.size(), false);
    std::vector<int> state(n, 0); // 0 unvisited, 1 on the path, 2 done
    for (size_t root : roots) {
        if (state[root] != 0)
            continue;
        std::vector<std::pair<size_t, size_t>> stack { { root, 0 } }; // node, next out-edge
        state[root] = 1;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next == out[v].size()) {
                state[v] = 2;
                stack.pop_back();
                continue;
            }
            const size_t e = out[v][next++];
            const size_t w = static_cast<size_t>(graph.edges[e].second);
            if (state[w] == 1)
                back[e] = true;
            else if (state[w] == 0) {
                state[w] = 1;
                stack.push_back({ w, 0 });
            }
        }
    }
    return back;
}

double snap(double value, double grid)
{
    return grid > 0.0 ? std::round(value / grid) * grid : value;
}

} // namespace

std::vector<int> flowColumns(const FlowGraph &graph)
{
    const size_t n = static_cast<size_t>(graph.nodeCount);
    const std::vector<bool> back = backEdges(graph);
    std::vector<std::vector<size_t>> out(n);
    std::vector<int> incoming(n, 0);
    for (size_t e = 0; e < graph.edges.size(); ++e)
        if (!back[e]) {
            out[static_cast<size_t>(graph.edges[e].first)].push_back(
                static_cast<size_t>(graph.edges[e].second));
            ++incoming[static_cast<size_t>(graph.edges[e].second)];
        }
    // Longest path from the entries, in topological order (Kahn).
    std::vector<int> column(n, 0);
    std::vector<size_t> ready;
    for (size_t v = 0; v < n; ++v)
        if (incoming[v] == 0)
            ready.push_back(v);
    while (!ready.empty()) {
        const size_t v = ready.back();
        ready.pop_back();
        for (size_t w : out[v]) {
            column[w] = std::max(column[w], column[v] + 1);
            if (--incoming[w] == 0)
                ready.push_back(w);
        }
    }
    return column;
}

std::vector<Position> flowLayout(const FlowGraph &graph, const Position &origin, const FlowSpacing &spacing)
{
    const size_t n = static_cast<size_t>(graph.nodeCount);
    const std::vector<int> column = flowColumns(graph);
    auto bandOf = [&](size_t v) { return v < graph.band.size() ? graph.band[v] : 0; };
    auto currentOf
        = [&](size_t v) { return v < graph.current.size() ? graph.current[v] : Position {}; };

    // Columns per band, first in the order the nodes stand now (top to bottom).
    std::map<std::pair<int, int>, std::vector<size_t>> cells; // (band, column) → nodes
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t { 0 });
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const Position pa = currentOf(a), pb = currentOf(b);
        return pa.y != pb.y ? pa.y < pb.y : pa.x < pb.x;
    });
    for (size_t v : order)
        cells[{ bandOf(v), column[v] }].push_back(v);
    std::vector<double> rank(n, 0.0);
    auto renumber = [&] {
        for (auto &[cell, nodes] : cells)
            for (size_t i = 0; i < nodes.size(); ++i)
                rank[nodes[i]] = static_cast<double>(i);
    };
    renumber();

    // Barycentre sweeps within each band: towards the sinks by predecessors, back by successors.
    std::vector<std::vector<size_t>> predecessors(n), successors(n);
    for (const auto &[from, to] : graph.edges) {
        const size_t f = static_cast<size_t>(from), t = static_cast<size_t>(to);
        if (f != t && bandOf(f) == bandOf(t) && column[f] != column[t]) {
            successors[f].push_back(t);
            predecessors[t].push_back(f);
        }
    }
    auto sweep = [&](const std::vector<std::vector<size_t>> &neighbours) {
        for (auto &[cell, nodes] : cells) {
            std::vector<double> key(nodes.size());
            for (size_t i = 0; i < nodes.size(); ++i) {
                const std::vector<size_t> &near = neighbours[nodes[i]];
                double sum = 0.0;
                for (size_t u : near)
                    sum += rank[u];
                key[i] = near.empty() ? rank[nodes[i]] : sum / static_cast<double>(near.size());
            }
            std::vector<size_t> index(nodes.size());
            std::iota(index.begin(), index.end(), size_t { 0 });
            std::stable_sort(index.begin(), index.end(), [&](size_t a, size_t b) { return key[a] < key[b]; });
            std::vector<size_t> sorted;
            for (size_t i : index)
                sorted.push_back(nodes[i]);
            nodes = std::move(sorted);
            for (size_t i = 0; i < nodes.size(); ++i)
                rank[nodes[i]] = static_cast<double>(i);
        }
    };
    for (int pass = 0; pass < 2; ++pass) {
        sweep(predecessors);
        sweep(successors);
    }

    // Bands stacked downwards, each as tall as its tallest column; shorter columns centred.
    std::map<int, size_t> tallest;
    for (const auto &[cell, nodes] : cells)
        tallest[cell.first] = std::max(tallest[cell.first], nodes.size());
    std::map<int, double> bandTop;
    double top = snap(origin.y, spacing.grid);
    bool first = true;
    for (const auto &[band, rows] : tallest) {
        if (!first) {
            const size_t b = static_cast<size_t>(band);
            top += b < graph.gapAbove.size() && band >= 1 ? graph.gapAbove[b] : spacing.bandGap;
        }
        first = false;
        bandTop[band] = snap(top, spacing.grid);
        top = bandTop[band] + static_cast<double>(rows - 1) * spacing.rowPitch + spacing.node.height;
    }
    std::vector<Position> placed(n);
    const double left = snap(origin.x, spacing.grid);
    for (const auto &[cell, nodes] : cells) {
        const double offset = snap(
            static_cast<double>(tallest[cell.first] - nodes.size()) * spacing.rowPitch / 2.0, spacing.grid);
        for (size_t i = 0; i < nodes.size(); ++i)
            placed[nodes[i]] = Position { left + cell.second * spacing.columnPitch,
                bandTop[cell.first] + offset + static_cast<double>(i) * spacing.rowPitch };
    }
    return placed;
}

} // namespace headroom
