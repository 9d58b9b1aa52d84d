// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "DiagramPlacement.h"

#include <algorithm>

namespace headroom::designer {

DiagramPlacement DiagramPlacement::choose(const QSizeF &scene, double inlineWidth, const QSizeF &landscape)
{
    const double width = std::max(1.0, scene.width());
    const double height = std::max(1.0, scene.height());
    const double inlineScale = std::min({ kMaxScale, inlineWidth / width, kMaxInlineHeightPoints / height });
    if (inlineScale >= kMinScale)
        return { false, inlineScale, false };
    const double pageScale = std::min({ kMaxScale, landscape.width() / width, landscape.height() / height });
    return { true, pageScale, pageScale < kMinScale };
}

} // namespace headroom::designer
