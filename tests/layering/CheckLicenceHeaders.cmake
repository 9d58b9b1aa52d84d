# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Fails when a source file lacks its licence line ("SPDX-License-Identifier: Apache-2.0" within
# its first five lines), or when LICENSE is missing. Sources: C++, CMake, shell and Python files,
# the Makefile and the CI script. Run as: cmake -DROOT=<source dir> -P CheckLicenceHeaders.cmake
if(NOT EXISTS ${ROOT}/LICENSE)
  message(FATAL_ERROR "${ROOT}/LICENSE is missing")
endif()
set(sources ${ROOT}/Makefile ${ROOT}/CMakeLists.txt ${ROOT}/.ci/run)
foreach(folder app model pricing tests cmake resources installers)
  file(GLOB_RECURSE found ${ROOT}/${folder}/*.cpp ${ROOT}/${folder}/*.h ${ROOT}/${folder}/*.cmake
       ${ROOT}/${folder}/CMakeLists.txt ${ROOT}/${folder}/*.sh ${ROOT}/${folder}/*.py)
  list(APPEND sources ${found})
endforeach()
set(missing "")
foreach(source IN LISTS sources)
  file(STRINGS ${source} head LIMIT_COUNT 5)
  if(NOT head MATCHES "SPDX-License-Identifier: Apache-2\\.0")
    file(RELATIVE_PATH name ${ROOT} ${source})
    list(APPEND missing ${name})
  endif()
endforeach()
list(LENGTH sources count)
include(${CMAKE_CURRENT_LIST_DIR}/CheckResult.cmake)
finish_check("${missing}" "Source files without \"SPDX-License-Identifier: Apache-2.0\" in their first lines"
             "${count} source files carry the Apache-2.0 licence line")
