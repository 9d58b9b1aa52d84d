// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "app/cli/CliCommands.h"

#include <iostream>

int main(int argc, char **argv)
{
    return headroom::cli::run(argc, argv, std::cout, std::cerr);
}
