# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# The first ```json block of model/README.md is a complete project: it must validate.
file(READ ${README} readme)
string(FIND "${readme}" "```json\n" begin)
if(begin EQUAL -1)
  message(FATAL_ERROR "${README}: no json example")
endif()
math(EXPR begin "${begin} + 8")
string(SUBSTRING "${readme}" ${begin} -1 rest)
string(FIND "${rest}" "```" end)
string(SUBSTRING "${rest}" 0 ${end} example)
file(WRITE ${WORK}/readme-example.json "${example}")
execute_process(COMMAND ${CLI} validate ${WORK}/readme-example.json RESULT_VARIABLE status
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "The example in ${README} is not a valid project:\n${err}")
endif()
message(STATUS "${out}")
