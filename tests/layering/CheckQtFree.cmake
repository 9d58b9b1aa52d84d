# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Fails when a source file under model/ or pricing/ includes a Qt header or uses Q_OBJECT:
# any <Q…>/<q…> include in angle brackets, or a quoted Q… include that is not a project file.
file(GLOB_RECURSE sources ${ROOT}/model/*.h ${ROOT}/model/*.cpp ${ROOT}/pricing/*.h ${ROOT}/pricing/*.cpp)
set(offenders "")
foreach(source IN LISTS sources)
  file(STRINGS ${source} lines REGEX "#[ \t]*include[ \t]*<[Qq]|Q_OBJECT")
  if(lines)
    list(APPEND offenders "${source}: ${lines}")
  endif()
  file(STRINGS ${source} quoted REGEX "#[ \t]*include[ \t]*\"Q")
  get_filename_component(folder ${source} DIRECTORY)
  foreach(line IN LISTS quoted)
    string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" header "${line}")
    if(NOT EXISTS ${folder}/${header} AND NOT EXISTS ${ROOT}/${header})
      list(APPEND offenders "${source}: ${line}")
    endif()
  endforeach()
endforeach()
list(LENGTH sources count)
include(${CMAKE_CURRENT_LIST_DIR}/CheckResult.cmake)
finish_check("${offenders}" "Qt reached the Qt-free layers"
             "${count} files under model/ and pricing/ include no Qt header")
