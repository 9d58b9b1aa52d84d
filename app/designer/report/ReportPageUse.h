// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <vector>

namespace headroom::designer {

// What one page of a report holds, as ReportWriter laid it out: the page plan a test reads
// instead of parsing the PDF back.
struct ReportPageUse
{
    bool landscape = false;
    int blocks = 0; // headings, paragraphs, fact rows, table rows and pictures started on the page
    double usedPoints = 0.0; // height filled from the top of the content area, in points
    double contentPoints = 0.0; // the content area's height, in points
    QString firstHeading; // the first heading on the page, empty when there is none
    struct Heading
    {
        QString text;
        double top = 0.0; // where its space above begins, in points from the top of the content area
        int ordinal = 0; // its place among the report's headings, from 0
    };
    std::vector<Heading> headings; // every heading on the page

    double usedFraction() const { return contentPoints > 0.0 ? usedPoints / contentPoints : 0.0; }
};

} // namespace headroom::designer
