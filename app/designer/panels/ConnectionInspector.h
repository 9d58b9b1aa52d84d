// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace headroom::designer {

// One connection: calls per request, which requests it carries, whether it is asynchronous,
// and the rate it carries at the current user count.
class ConnectionInspector : public QWidget
{
    Q_OBJECT

public:
    ConnectionInspector(ProjectDocument *document, int index, QWidget *parent = nullptr);

    int connectionIndex() const { return m_index; }
    void refresh();
    void setResults(const DesignResultsPtr &results);

private:
    QString headingText(const Connection &connection) const;
    void apply(const std::function<void(Connection &)> &change, const QString &text, const QString &mergeKey = {});

    ProjectDocument *m_document;
    int m_index;
    QDoubleSpinBox *m_calls;
    QComboBox *m_class;
    QCheckBox *m_async;
    QCheckBox *m_soft;
    QLabel *m_rate;
    QLabel *m_heading = nullptr;  // "Connection Web tier → PostgreSQL", by label
    bool m_updating = false;
    int m_gesture = 0;
};

} // namespace headroom::designer
