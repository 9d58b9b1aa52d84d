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
class QPlainTextEdit;
class QVBoxLayout;
class QTableWidget;

namespace headroom::designer {

// With nothing selected: the project's name, description and availability target, the
// workload (requests per user, peak factor, read share, response size), the purchase option,
// the stages and the regions — editable, with their figures.
class ProjectInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectInspector(ProjectDocument *document, QWidget *parent = nullptr);

    void refresh();
    void setResults(const DesignResultsPtr &results);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDoubleSpinBox *addWorkloadField(const char *objectName, const QString &label, double minimum, double maximum,
                                     int decimals, const QString &suffix, const QString &toolTip,
                                     std::function<double &(Workload &)> field, double scale = 1.0);
    void addIdentityGroup(QVBoxLayout *layout);
    // Writes back the one identity field `field` (m_name, m_description or m_target).
    void commitIdentity(QWidget *field, const QString &text, const QString &mergeKey = {});
    void commitStages();
    void commitRegions();

    ProjectDocument *m_document;
    QFormLayout *m_form;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QComboBox *m_purchase;
    QTableWidget *m_stages;
    QTableWidget *m_regions;
    QLabel *m_error;
    std::vector<std::pair<QDoubleSpinBox *, std::function<double(const Workload &)>>> m_workloadFields;
    bool m_updating = false;
    int m_gesture = 0;
};

} // namespace headroom::designer
