# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Fails when headroom-cli links or loads a Qt library: every command but `report` (which runs the
# separate headroom-report) works on a machine with no Qt, and starts without loading Qt's GUI
# libraries (issue 19: they cost `--version` 18 ms). Three checks:
#  1. no Qt library among headroom-cli's runtime dependencies (the linker's view);
#  2. headroom-report's dependencies do include Qt6Gui and Qt6Widgets, so check 1 sees Qt
#     libraries where they are (it cannot pass by finding no library at all);
#  3. `--version`, `validate` and `evaluate --format json` on EXAMPLE, run with the dynamic
#     loader's trace (LD_DEBUG=libs, glibc), initialise no Qt library (nothing dlopen'ed either).
# Run as: cmake -DCLI=<headroom-cli> -DREPORT=<headroom-report> -DEXAMPLE=<project> -P CheckCliLinks.cmake
function(qt_libraries executable out)
  file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${executable}
       RESOLVED_DEPENDENCIES_VAR resolved UNRESOLVED_DEPENDENCIES_VAR unresolved)
  set(qt "")
  foreach(library IN LISTS resolved unresolved)
    get_filename_component(name ${library} NAME)
    if(name MATCHES "Qt[0-9]*")
      list(APPEND qt ${name})
    endif()
  endforeach()
  set(${out} "${qt}" PARENT_SCOPE)
  list(LENGTH resolved count)
  set(${out}_count ${count} PARENT_SCOPE)
endfunction()

qt_libraries(${CLI} cli_qt)
if(cli_qt)
  set(gui "")
  foreach(name IN LISTS cli_qt)
    if(name MATCHES "Qt[0-9]*(Gui|Widgets|Charts|Svg|OpenGL|PrintSupport)")
      list(APPEND gui ${name})
    endif()
  endforeach()
  message(FATAL_ERROR "headroom-cli links Qt (${cli_qt}; GUI libraries among them: ${gui}); only headroom-report may")
endif()

if(REPORT)
  qt_libraries(${REPORT} report_qt)
  foreach(expected Qt6Gui Qt6Widgets)
    if(NOT report_qt MATCHES "lib${expected}\\.so")
      message(FATAL_ERROR "headroom-report's dependencies lack ${expected} (${report_qt}): "
                          "the check of headroom-cli cannot see Qt libraries")
    endif()
  endforeach()
endif()

if(EXAMPLE)
  foreach(command "--version" "validate;${EXAMPLE}" "evaluate;${EXAMPLE};--format;json")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LD_DEBUG=libs ${CLI} ${command}
                    RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE trace)
    if(NOT code EQUAL 0)
      message(FATAL_ERROR "headroom-cli ${command} failed (${code})")
    endif()
    if(NOT trace MATCHES "calling init")
      message(STATUS "the dynamic loader gives no trace here (not glibc?): the run-time check is skipped")
      break()
    endif()
    string(REGEX MATCHALL "calling init: [^\n]*Qt[^\n]*" loaded "${trace}")
    if(loaded)
      message(FATAL_ERROR "headroom-cli ${command} loads Qt at run time: ${loaded}")
    endif()
  endforeach()
endif()
message(STATUS "headroom-cli loads ${cli_qt_count} libraries, none of them Qt; headroom-report links ${report_qt}")
