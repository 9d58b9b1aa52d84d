// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace headroom::designer {

// With nothing selected: the workload (requests per user, peak factor, read share, response
// size), the purchase option, and the stages — editable, with their figures.
class ProjectInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectInspector(ProjectDocument *document, QWidget *parent = nullptr);

    void refresh();
    void setResults(const DesignResultsPtr &results);

private:
    QDoubleSpinBox *addWorkloadField(const char *objectName, const QString &label, double minimum, double maximum,
                                     int decimals, const QString &suffix, const QString &toolTip,
                                     std::function<double &(Workload &)> field, double scale = 1.0);
    void commitStages();
    void commitRegions();

    ProjectDocument *m_document;
    QFormLayout *m_form;
    QComboBox *m_purchase;
    QTableWidget *m_stages;
    QTableWidget *m_regions;
    QLabel *m_error;
    std::vector<std::pair<QDoubleSpinBox *, std::function<double(const Workload &)>>> m_workloadFields;
    bool m_updating = false;
    int m_gesture = 0;
};

} // namespace headroom::designer
