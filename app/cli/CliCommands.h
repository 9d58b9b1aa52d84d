#pragma once

#include <ostream>

namespace headroom::cli {

// Exit codes: 0 success, 1 bad input (the message names the file and the place), 2 bad usage.
enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2 };

// Runs `headroom-cli` with argv; output to `out`, messages to `err`.
int run(int argc, char **argv, std::ostream &out, std::ostream &err);

} // namespace headroom::cli
