// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

namespace headroom::designer {

// The words people type when they look for a component type by what it is rather than by
// its AWS name ("redis" for ElastiCache, "db" for RDS). Lower case; empty for a type with
// none. The palette's search matches a query against the start of any of these words.
QStringList componentSynonyms(const QString &type);

} // namespace headroom::designer
