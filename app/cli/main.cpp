#include "app/cli/CliCommands.h"

#include <iostream>

int main(int argc, char **argv)
{
    return headroom::cli::run(argc, argv, std::cout, std::cerr);
}
