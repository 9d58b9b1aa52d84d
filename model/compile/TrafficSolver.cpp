// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/compile/TrafficSolver.h"

#include "model/core/NumberText.h"

#include <Eigen/SparseCore>
#include <Eigen/SparseLU>

#include <algorithm>
#include <cmath>
#include <span>
#include <string>

namespace headroom {

namespace {

// Each node's edges, in edge order, in one array (no vector per node: a 10,000-node design made
// 20,000 of them per traffic solve).
struct Adjacency
{
    std::vector<int> start;  // node v's edges are edges[start[v]] .. edges[start[v + 1] - 1]
    std::vector<int> edges;

    std::span<const int> operator[](int node) const
    {
        return {edges.data() + start[node], static_cast<size_t>(start[node + 1] - start[node])};
    }
};

struct Graph
{
    Adjacency outEdges;
    Adjacency inEdges;
};

// The edges that carry traffic (gain > 0), by their source and by their target.
Graph buildGraph(size_t nodeCount, const std::vector<CompiledEdge> &edges,
                 const std::vector<double> &gains)
{
    Graph graph;
    for (Adjacency *adjacency : {&graph.outEdges, &graph.inEdges})
        adjacency->start.assign(nodeCount + 1, 0);
    for (size_t e = 0; e < edges.size(); ++e)
        if (gains[e] > 0.0) {
            ++graph.outEdges.start[edges[e].from + 1];
            ++graph.inEdges.start[edges[e].to + 1];
        }
    for (Adjacency *adjacency : {&graph.outEdges, &graph.inEdges}) {
        for (size_t v = 0; v < nodeCount; ++v)
            adjacency->start[v + 1] += adjacency->start[v];
        adjacency->edges.resize(static_cast<size_t>(adjacency->start[nodeCount]));
    }
    std::vector<int> outFill(graph.outEdges.start.begin(), graph.outEdges.start.end() - 1);
    std::vector<int> inFill(graph.inEdges.start.begin(), graph.inEdges.start.end() - 1);
    for (size_t e = 0; e < edges.size(); ++e)
        if (gains[e] > 0.0) {
            graph.outEdges.edges[outFill[edges[e].from]++] = static_cast<int>(e);
            graph.inEdges.edges[inFill[edges[e].to]++] = static_cast<int>(e);
        }
    return graph;
}

// Strongly connected components, each its members in one array.
struct Components
{
    std::vector<int> members;
    std::vector<int> start;  // component c is members[start[c]] .. members[start[c + 1] - 1]

    size_t size() const { return start.size() - 1; }
    std::span<const int> operator[](size_t c) const
    {
        return {members.data() + start[c], static_cast<size_t>(start[c + 1] - start[c])};
    }
};

// Tarjan's algorithm without recursion (a 10 000-node chain must not overflow the stack).
// Returns the strongly connected components in reverse topological order of the condensation
// (the order Tarjan's algorithm completes them): the solve walks them from the last.
Components stronglyConnectedComponents(const Graph &graph, const std::vector<CompiledEdge> &edges)
{
    const int n = static_cast<int>(graph.outEdges.start.size()) - 1;
    std::vector<int> index(n, -1), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<int> stack;
    Components components;
    components.members.reserve(static_cast<size_t>(n));
    components.start.reserve(static_cast<size_t>(n) + 1);
    components.start.push_back(0);
    int counter = 0;
    struct Frame { int node; size_t next; };
    std::vector<Frame> calls;
    for (int root = 0; root < n; ++root) {
        if (index[root] >= 0)
            continue;
        calls.push_back({root, 0});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = true;
        while (!calls.empty()) {
            Frame &frame = calls.back();
            const int v = frame.node;
            const std::span<const int> out = graph.outEdges[v];
            if (frame.next < out.size()) {
                const int w = edges[out[frame.next++]].to;
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = true;
                    calls.push_back({w, 0});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            if (low[v] == index[v]) {
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = false;
                    components.members.push_back(w);
                } while (w != v);
                components.start.push_back(static_cast<int>(components.members.size()));
            }
            calls.pop_back();
            if (!calls.empty())
                low[calls.back().node] = std::min(low[calls.back().node], low[v]);
        }
    }
    return components;
}

bool hasSelfLoop(int node, const Graph &graph, const std::vector<CompiledEdge> &edges)
{
    for (int e : graph.outEdges[node])
        if (edges[e].to == node)
            return true;
    return false;
}

// "1,000,000", or "1e+300" past what digits can show usefully.
std::string visitsText(double visits)
{
    return visits < 1e15 ? measureText(visits) : plainText(visits);
}

// "'a', 'b' and 3 more": the members of a loop, for a message.
std::string loopNames(const std::vector<int> &sorted, const std::vector<CompiledNode> &nodes)
{
    std::string names;
    for (size_t i = 0; i < sorted.size() && i < 6; ++i)
        names += (i ? ", '" : "'") + nodes[sorted[i]].id + "'";
    if (sorted.size() > 6)
        names += " and " + std::to_string(sorted.size() - 6) + " more";
    return names;
}

// The first edge from the loop's first member to another member: where the error points.
int firstLoopEdge(const std::vector<int> &sorted, const Graph &graph, const std::vector<CompiledEdge> &edges)
{
    for (int e : graph.outEdges[sorted.front()])
        if (std::binary_search(sorted.begin(), sorted.end(), edges[e].to))
            return e;
    return -1;
}

// A loop that returns traffic so often that it makes more than kMaxLoopVisits visits per request
// entering it: bounded in arithmetic, not in any system one would run.
ModelError busyLoop(std::span<const int> members, double visits, const Graph &graph,
                    const std::vector<CompiledNode> &nodes, const std::vector<CompiledEdge> &edges)
{
    std::vector<int> sorted(members.begin(), members.end());
    std::sort(sorted.begin(), sorted.end());
    return ModelError::at("/connections/" + std::to_string(firstLoopEdge(sorted, graph, edges)),
                          "the loop through " + loopNames(sorted, nodes) + " makes " + visitsText(visits)
                              + " visits for each request that enters it, more than the "
                              + measureText(kMaxLoopVisits)
                              + " Headroom accepts: its loop gain is too close to 1. Lower "
                                "calls_per_request on the loop (a retry loop's gain is its retry "
                                "probability).");
}

// A chain of fan-outs that multiplies one entry request into more than kMaxVisitsPerRequest
// calls at `node`; `edge` is the connection that carried it over the bound.
ModelError runawayFanOut(int edge, int node, double visits, const std::vector<CompiledNode> &nodes)
{
    return ModelError::at("/connections/" + std::to_string(edge),
                          "this connection brings '" + nodes[node].id + "' " + visitsText(visits)
                              + " calls for each request that enters the system, more than the "
                              + measureText(kMaxVisitsPerRequest) + " Headroom accepts: the calls_per_request along this path multiply to a "
                                "figure no system serves. Lower calls_per_request on it or before it.");
}

ModelError amplifyingLoop(std::span<const int> members, const Graph &graph,
                          const std::vector<CompiledNode> &nodes,
                          const std::vector<CompiledEdge> &edges)
{
    std::vector<int> sorted(members.begin(), members.end());
    std::sort(sorted.begin(), sorted.end());
    return ModelError::at("/connections/" + std::to_string(firstLoopEdge(sorted, graph, edges)),
                          "the loop through " + loopNames(sorted, nodes)
                              + " amplifies traffic without bound: its loop gain is 1 or more "
                                "(or so close to 1 that traffic would grow a trillion-fold), so a "
                                "request keeps returning to it. Lower "
                                "calls_per_request on the loop (a retry loop's gain is its retry "
                                "probability).");
}

} // namespace

Expected<TrafficSolution> solveTraffic(const std::vector<CompiledNode> &nodes,
                                       const std::vector<CompiledEdge> &edges,
                                       const std::vector<double> &entryRates,
                                       const std::vector<double> &edgeGains)
{
    const Graph graph = buildGraph(nodes.size(), edges, edgeGains);
    TrafficSolution solution;
    solution.nodeRates.assign(nodes.size(), 0.0);
    std::vector<int> localIndex(nodes.size(), -1);

    const Components components = stronglyConnectedComponents(graph, edges);
    for (size_t c = components.size(); c-- > 0;) {  // in topological order
        const std::span<const int> members = components[c];
        const bool cyclic = members.size() > 1 || hasSelfLoop(members.front(), graph, edges);
        if (!cyclic) {
            const int j = members.front();
            double rate = entryRates[j];
            int largest = -1;  // the edge that brings the most
            for (int e : graph.inEdges[j]) {
                const double carried = edgeGains[e] * solution.nodeRates[edges[e].from];
                rate += carried;
                if (largest < 0 || carried > edgeGains[largest] * solution.nodeRates[edges[largest].from])
                    largest = e;
            }
            if (!(rate <= kMaxVisitsPerRequest))
                return runawayFanOut(largest, j, rate, nodes);
            solution.nodeRates[j] = rate;
            continue;
        }
        const int size = static_cast<int>(members.size());
        for (int i = 0; i < size; ++i)
            localIndex[members[i]] = i;
        Eigen::VectorXd inflow(size);
        std::vector<Eigen::Triplet<double>> entries;
        for (int i = 0; i < size; ++i) {
            const int j = members[i];
            double outside = entryRates[j];
            entries.emplace_back(i, i, 1.0);
            for (int e : graph.inEdges[j]) {
                const int from = edges[e].from;
                if (localIndex[from] >= 0)
                    entries.emplace_back(i, localIndex[from], -edgeGains[e]);
                else
                    outside += edgeGains[e] * solution.nodeRates[from];
            }
            inflow[i] = outside;
        }
        Eigen::SparseMatrix<double> system(size, size);
        system.setFromTriplets(entries.begin(), entries.end());
        Eigen::SparseLU<Eigen::SparseMatrix<double>> lu;
        lu.compute(system);
        bool bounded = lu.info() == Eigen::Success;
        if (bounded) {
            const Eigen::VectorXd probe = lu.solve(Eigen::VectorXd::Ones(size));
            for (int i = 0; i < size && bounded; ++i)
                bounded = std::isfinite(probe[i]) && probe[i] > 0.0 && probe[i] < 1e12;
        }
        if (!bounded)
            return amplifyingLoop(members, graph, nodes, edges);
        // Visits the loop makes for one request entering it at member j: column j of
        // N = (I − B)⁻¹ summed, i.e. (Nᵀ·1)ⱼ, from the transposed system.
        const Eigen::VectorXd visits = lu.transpose().solve(Eigen::VectorXd::Ones(size));
        const double mostVisits = visits.maxCoeff();
        if (!(mostVisits <= kMaxLoopVisits))
            return busyLoop(members, mostVisits, graph, nodes, edges);
        const Eigen::VectorXd rates = lu.solve(inflow);
        for (int i = 0; i < size; ++i) {
            const double rate = std::max(0.0, rates[i]);
            if (!(rate <= kMaxVisitsPerRequest)) {
                int into = -1;  // the edge from outside that feeds the loop the most
                for (int m : members)
                    for (int e : graph.inEdges[m])
                        if (localIndex[edges[e].from] < 0
                            && (into < 0 || edgeGains[e] * solution.nodeRates[edges[e].from]
                                                > edgeGains[into] * solution.nodeRates[edges[into].from]))
                            into = e;
                std::vector<int> sorted(members.begin(), members.end());
                std::sort(sorted.begin(), sorted.end());
                return runawayFanOut(into >= 0 ? into : firstLoopEdge(sorted, graph, edges), members[i], rate, nodes);
            }
            solution.nodeRates[members[i]] = rate;
        }
        for (int i = 0; i < size; ++i)
            localIndex[members[i]] = -1;
    }

    solution.edgeRates.assign(edges.size(), 0.0);
    for (size_t e = 0; e < edges.size(); ++e)
        solution.edgeRates[e] = edgeGains[e] * solution.nodeRates[edges[e].from];
    return solution;
}

} // namespace headroom
