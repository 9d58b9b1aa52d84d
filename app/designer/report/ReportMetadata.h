// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace headroom::designer {

// What a report says about itself in the PDF: the document information dictionary carries the
// title and the creator ("Headroom"); QPdfWriter cannot write a subject there, so the title,
// the subject (as dc:description, where XMP keeps it), the creator tool and the date also go
// into the XMP packet that PDF readers show as the document's properties.
struct ReportMetadata
{
    QString title;
    QString subject;
    QDateTime created;
};

// The XMP packet (XML, UTF-8) for `metadata`; text is escaped.
QByteArray reportXmp(const ReportMetadata &metadata);

} // namespace headroom::designer
