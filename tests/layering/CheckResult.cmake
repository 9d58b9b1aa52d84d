# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# The ending the layering and licence scripts share: fail with `heading` and one finding a line,
# or print `passed` when there is none.
function(finish_check findings heading passed)
  if(findings)
    string(REPLACE ";" "\n  " report "${findings}")
    message(FATAL_ERROR "${heading}:\n  ${report}")
  endif()
  message(STATUS "${passed}")
endfunction()
