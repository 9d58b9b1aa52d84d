# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Fails when headroom-cli loads a Qt library: every command but `report` (which runs the separate
# headroom-report) works on a machine with no Qt. Run as: cmake -DCLI=<headroom-cli> -P CheckCliLinks.cmake
file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${CLI}
     RESOLVED_DEPENDENCIES_VAR resolved UNRESOLVED_DEPENDENCIES_VAR unresolved)
set(qt "")
foreach(library IN LISTS resolved unresolved)
  get_filename_component(name ${library} NAME)
  if(name MATCHES "Qt[0-9]*")
    list(APPEND qt ${name})
  endif()
endforeach()
if(qt)
  message(FATAL_ERROR "headroom-cli links Qt (${qt}); only headroom-report may")
endif()
list(LENGTH resolved count)
message(STATUS "headroom-cli loads ${count} libraries, none of them Qt")
