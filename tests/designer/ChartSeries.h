// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The chart tests' one way to find a series: by the object name the panel gives it
// (a component's id, "cost", "others", "target").

#include <QChart>
#include <QLineSeries>

namespace headroom::test {

inline QLineSeries *seriesNamed(QChart *chart, const QString &objectName)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all)
        if (series->objectName() == objectName)
            return qobject_cast<QLineSeries *>(series);
    return nullptr;
}

} // namespace headroom::test
