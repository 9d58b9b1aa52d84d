// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/evaluation/LoadLevel.h"

namespace headroom {

LoadLevel loadLevel(double fractionOfLimit)
{
    if (!(fractionOfLimit < 1.0))  // NaN counts as saturated: never a calm figure for a broken one
        return LoadLevel::Saturated;
    if (fractionOfLimit >= kNearLimitUtilization)
        return LoadLevel::NearLimit;
    if (fractionOfLimit >= kWatchUtilization)
        return LoadLevel::Watch;
    return LoadLevel::Comfortable;
}

} // namespace headroom
