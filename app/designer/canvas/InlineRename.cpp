// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "InlineRename.h"

#include "document/DocumentEdits.h"

#include "model/core/TextLimits.h"

#include <QKeyEvent>

namespace headroom::designer {

InlineRename::InlineRename(ProjectDocument *document, std::string componentId, QWidget *parent)
    : QLineEdit(parent), m_document(document), m_id(std::move(componentId))
{
    setObjectName(QStringLiteral("inlineRename"));
    setMaxLength(static_cast<int>(kMaxNameLength));
    if (const Component *component = m_document->component(m_id))
        setText(QString::fromStdString(component->label.empty() ? component->id : component->label));
    selectAll();
    connect(this, &QLineEdit::returnPressed, this, &InlineRename::commit);
}

void InlineRename::commit()
{
    if (m_finished)
        return;
    const Component *component = m_document->component(m_id);
    const QString name = text().trimmed();
    if (component && !name.isEmpty() && name.toStdString() != component->label) {
        Component after = *component;
        after.label = name.toStdString();
        const QString old = QString::fromStdString(component->label.empty() ? component->id : component->label);
        edits::changeComponent(*m_document, m_id, after, tr("Rename %1").arg(old));
    }
    finish();
}

void InlineRename::cancel()
{
    if (!m_finished)
        finish();
}

void InlineRename::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void InlineRename::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    commit();
}

void InlineRename::finish()
{
    m_finished = true;
    hide();
    if (parentWidget())
        parentWidget()->setFocus();  // back to the canvas
    deleteLater();
}

} // namespace headroom::designer
