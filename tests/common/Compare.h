// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Numbers are compared as numbers: relative tolerance, with the row's source in the message.

#include <QTest>

#include <cmath>
#include <optional>

namespace headroom::test {

// |actual − expected| ≤ relative·|expected| (or ≤ relative when expected is 0).
inline bool closeTo(double actual, double expected, double relative)
{
    if (!std::isfinite(actual))
        return false;
    const double scale = expected == 0.0 ? 1.0 : std::fabs(expected);
    return std::fabs(actual - expected) <= relative * scale;
}

} // namespace headroom::test

// QCOMPARE_REL(actual, expected, relative): fails with both values printed.
#define QCOMPARE_REL(actual, expected, relative)                                                \
    do {                                                                                        \
        const double headroomActual_ = (actual);                                                \
        const double headroomExpected_ = (expected);                                            \
        if (!headroom::test::closeTo(headroomActual_, headroomExpected_, (relative))) {         \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (relative tolerance %4)")     \
                                 .arg(QString::fromUtf8(#actual))                               \
                                 .arg(headroomActual_, 0, 'g', 12)                              \
                                 .arg(headroomExpected_, 0, 'g', 12)                            \
                                 .arg(double(relative))));                                      \
        }                                                                                       \
    } while (false)
