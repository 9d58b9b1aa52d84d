// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/design/Project.h"

namespace headroom::bench {

// `cells` copies of a ten-component web cell (ALB, web ASG, cache, Aurora with a replica,
// SQS, workers, S3, DynamoDB, Lambda, a search service) behind one users entry, each cell
// taking an equal share of the traffic: 10 × cells + 1 components, 12 × cells connections,
// laid out on a grid with no two nodes overlapping.
Project generatedTopology(int cells);

} // namespace headroom::bench
