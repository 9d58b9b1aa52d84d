# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Fails when an include points up the layering. Layers, bottom to top:
#   pricing/  <  model/core < math < design < layout < catalog < io < import < compile < evaluation < cost
#             < analysis < advisor < export  <  app/
# A file under model/<layer>/ may include from its own layer, a lower model layer and pricing/;
# a file under pricing/ from pricing/ only. A quoted include without a folder must name a file
# beside the includer. Every model source sits in one of the layer folders.
# Run as: cmake -DROOT=<source dir> -P CheckModelLayers.cmake
set(layers core math design layout catalog io import compile evaluation cost analysis advisor export)

set(offenders "")
file(GLOB_RECURSE sources RELATIVE ${ROOT} ${ROOT}/model/*.h ${ROOT}/model/*.cpp
     ${ROOT}/pricing/*.h ${ROOT}/pricing/*.cpp)
foreach(source IN LISTS sources)
  get_filename_component(folder ${source} DIRECTORY)
  if(source MATCHES "^model/")
    string(REGEX MATCH "^model/([^/]+)/" inLayer "${source}")
    set(layer "${CMAKE_MATCH_1}")
    list(FIND layers "${layer}" rank)
    if(rank EQUAL -1)
      list(APPEND offenders "${source}: not in a layer folder (${layers})")
      continue()
    endif()
  else()
    set(layer pricing)
    set(rank -1)
  endif()
  file(STRINGS ${ROOT}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" header "${line}")
    if(header MATCHES "^model/([^/]+)/")
      list(FIND layers "${CMAKE_MATCH_1}" target)
      if(layer STREQUAL "pricing")
        list(APPEND offenders "${source}: pricing/ includes the model: ${header}")
      elseif(target EQUAL -1)
        list(APPEND offenders "${source}: ${header} is in no layer")
      elseif(target GREATER rank)
        list(APPEND offenders "${source} (${layer}) includes ${header} from the higher layer ${CMAKE_MATCH_1}")
      endif()
    elseif(header MATCHES "^model/")
      list(APPEND offenders "${source}: ${header} names no layer folder")
    elseif(header MATCHES "^app/")
      list(APPEND offenders "${source}: ${layer} includes the application: ${header}")
    elseif(header MATCHES "^pricing/")
      # the price book sits below every model layer
    elseif(NOT header MATCHES "/" AND NOT EXISTS ${ROOT}/${folder}/${header})
      list(APPEND offenders "${source}: ${header} is not beside it; name its layer (model/<layer>/${header})")
    endif()
  endforeach()
endforeach()

list(LENGTH sources count)
include(${CMAKE_CURRENT_LIST_DIR}/CheckResult.cmake)
finish_check("${offenders}" "Includes that break the layering"
             "${count} files under model/ and pricing/ include only their own or lower layers")
