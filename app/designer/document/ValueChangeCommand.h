// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QUndoCommand>

#include <functional>

namespace headroom::designer {

// Sets one value of the document (a component, a connection, the workload, the stages) from
// `before` to `after` through `apply`. Consecutive commands with the same non-empty
// `mergeKey` merge into one undo step — a slider drag, typing into a field, a spin box held
// down — and a command whose value ends where it began removes itself from the stack.
template <typename T>
class ValueChangeCommand : public QUndoCommand
{
public:
    ValueChangeCommand(const QString &text, T before, T after, std::function<void(const T &)> apply,
                       QString mergeKey = {}, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_before(std::move(before)), m_after(std::move(after)),
          m_apply(std::move(apply)), m_mergeKey(std::move(mergeKey))
    {
        setObsolete(m_before == m_after);
    }

    void redo() override { m_apply(m_after); }
    void undo() override { m_apply(m_before); }

    // One id for every ValueChangeCommand; mergeWith checks the type and the key.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x48524d; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ValueChangeCommand<T> *>(other);
        if (!next || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        setObsolete(m_before == m_after);
        return true;
    }

    const T &after() const { return m_after; }

private:
    T m_before;
    T m_after;
    std::function<void(const T &)> m_apply;
    QString m_mergeKey;
};

} // namespace headroom::designer
