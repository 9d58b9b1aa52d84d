// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/import/TerraformImport.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace headroom::designer {

// Imports a Terraform plan and shows what became of it (the import summary: components,
// how each connection was found, what is unconnected or not modelled, the assumptions to
// review, the warnings) before the design opens. "Usage file…" re-imports with a usage file;
// "Open design" is enabled only when the import succeeded.
class ImportPlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPlanDialog(const QString &planPath, QWidget *parent = nullptr);

    // Runs the import again with `path` as the usage file (empty: none).
    void setUsageFile(const QString &path);
    bool succeeded() const { return m_import.has_value(); }
    const Project &project() const { return m_import->project; }
    QString shownText() const;

private:
    void runImport();

    QString m_planPath;
    QString m_usagePath;
    std::optional<TerraformImport> m_import;
    QLabel *m_headline = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace headroom::designer
