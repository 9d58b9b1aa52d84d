# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Runs in script mode (cmake -P): writes a C++ source that holds the text of INPUT
# as a std::string_view named NAME inside namespace headroom::embedded.
# Used so the model carries its catalog tables and needs no resource path at run time.
file(READ "${INPUT}" content)
string(LENGTH "${content}" length)
set(chunks "")
set(offset 0)
# Split into pieces well under the 16 KiB literal limit some compilers have.
while(offset LESS length)
  string(SUBSTRING "${content}" ${offset} 8000 piece)
  string(APPEND chunks "R\"headroom_embed(${piece})headroom_embed\"\n")
  math(EXPR offset "${offset} + 8000")
endwhile()
file(WRITE "${OUTPUT}"
"// Generated from ${INPUT} by cmake/EmbedText.cmake. Do not edit.
#include <string_view>
namespace headroom::embedded {
extern const std::string_view ${NAME};
const std::string_view ${NAME} =
${chunks};
}
")
