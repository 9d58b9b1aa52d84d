// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

namespace headroom::designer {

class MainWindow;

// At start, offers back the unsaved work that designers which did not end cleanly left
// (RecoveryStore), newest first. The first accepted is restored into `window` (older ones wait
// for the next start); a refused one is discarded. A copy that cannot be read (junk, past the
// size limit) is named with the reason and offered for discarding, so it is not read again at
// every start. HEADROOM_RESTORE ("yes" or "no") answers without asking (tests, scripts): "yes"
// restores and keeps unreadable copies, "no" discards both. Returns whether work was restored.
bool offerRecoveredWork(MainWindow &window);

} // namespace headroom::designer
