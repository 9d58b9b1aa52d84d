// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLineEdit>

#include <string>

namespace headroom::designer {

class ProjectDocument;

// The editor laid over a node's label to rename it in place. Enter or leaving the field
// renames the component through edits::changeComponent ("Rename …", one undo step); Escape
// cancels; an empty or unchanged name changes nothing. It deletes itself once finished.
class InlineRename : public QLineEdit
{
    Q_OBJECT

public:
    InlineRename(ProjectDocument *document, std::string componentId, QWidget *parent);

    const std::string &componentId() const { return m_id; }
    void commit();
    void cancel();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish();

    ProjectDocument *m_document;
    std::string m_id;
    bool m_finished = false;
};

} // namespace headroom::designer
