// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/core/ModelError.h"

#include <utility>
#include <variant>

namespace headroom {

// A value or the ModelError that prevented it. The model answers in results, not
// exceptions, for anything a user can cause (a bad file, a loop that amplifies, ...).
template <typename T>
class Expected
{
public:
    Expected(T value) : m_state(std::move(value)) {}
    Expected(ModelError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    const T &operator*() const { return value(); }

    const ModelError &error() const { return std::get<ModelError>(m_state); }

private:
    std::variant<T, ModelError> m_state;
};

} // namespace headroom
