// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "model/core/ModelError.h"

namespace headroom {

std::string ModelError::toString() const
{
    std::string text = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        text += ':' + std::to_string(line);
        if (column > 0)
            text += ':' + std::to_string(column);
    }
    text += ": ";
    if (!pointer.empty())
        text += pointer + ": ";
    text += message;
    return text;
}

ModelError ModelError::at(std::string pointer, std::string message)
{
    ModelError error;
    error.pointer = std::move(pointer);
    error.message = std::move(message);
    return error;
}

} // namespace headroom
