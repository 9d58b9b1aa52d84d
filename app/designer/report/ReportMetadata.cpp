// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportMetadata.h"

namespace headroom::designer {

// The packet follows the XMP specification, part 1 (ISO 16684-1): an rdf:Description with the
// Dublin Core title and description as language alternatives and the xmp: creator tool and date.
QByteArray reportXmp(const ReportMetadata &metadata)
{
    const QString created
        = metadata.created.toOffsetFromUtc(metadata.created.offsetFromUtc()).toString(Qt::ISODate);
    const QString xml = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
        "   <xmp:CreatorTool>Headroom</xmp:CreatorTool>\n"
        "   <xmp:CreateDate>%3</xmp:CreateDate>\n"
        "   <pdf:Producer>Headroom</pdf:Producer>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>")
                            .arg(metadata.title.toHtmlEscaped(), metadata.subject.toHtmlEscaped(), created);
    return xml.toUtf8();
}

} // namespace headroom::designer
