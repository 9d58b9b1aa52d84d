// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "DesignResults.h"
#include "document/ProjectDocument.h"

#include <QWidget>

#include <string>
#include <vector>

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
// the stages and the regions — editable, with their figures. Each region has a "Prices missing
// here" choice: missing (the cost is incomplete) or another priced region's rates
// (Region::fallbackPrices), among `priceRegions` (the price book's regions()).
class ProjectInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectInspector(ProjectDocument *document, QWidget *parent = nullptr);  // the bundled book's regions
    ProjectInspector(ProjectDocument *document, std::vector<std::string> priceRegions, QWidget *parent = nullptr);

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
    // One "Prices missing in <id>" choice per region, kept in step with the document.
    void refreshFallbackChoices();

    ProjectDocument *m_document;
    QFormLayout *m_form;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QComboBox *m_purchase;
    QTableWidget *m_stages;
    QTableWidget *m_regions;
    std::vector<std::string> m_priceRegions;
    QFormLayout *m_fallbackForm = nullptr;
    std::vector<QComboBox *> m_fallbacks;  // one per region, in project order; objectName "fallbackPrices:<id>"
    QLabel *m_error;
    std::vector<std::pair<QDoubleSpinBox *, std::function<double(const Workload &)>>> m_workloadFields;
    bool m_updating = false;
    int m_gesture = 0;
};

} // namespace headroom::designer
