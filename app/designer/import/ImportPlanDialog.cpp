// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "import/ImportPlanDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace headroom::designer {

ImportPlanDialog::ImportPlanDialog(const QString &planPath, QWidget *parent) : QDialog(parent), m_planPath(planPath)
{
    setObjectName(QStringLiteral("importPlanDialog"));
    setWindowTitle(tr("Import Terraform plan — %1").arg(QFileInfo(planPath).fileName()));
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("importSummary"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open design"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openImportedDesign"));
    QPushButton *usage = buttons->addButton(tr("&Usage file…"), QDialogButtonBox::ActionRole);
    usage->setToolTip(tr("A JSON or YAML file with what a plan cannot say: users, request rates, service times, "
                         "hit ratios, calls per request (model/import/README.md)"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(usage, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Usage file"), QFileInfo(m_planPath).absolutePath(),
                                                          tr("Usage files (*.yml *.yaml *.json);;All files (*)"));
        if (!path.isEmpty())
            setUsageFile(path);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(860, 620);
    runImport();
}

void ImportPlanDialog::setUsageFile(const QString &path)
{
    m_usagePath = path;
    runImport();
}

QString ImportPlanDialog::shownText() const
{
    return m_headline->text() + QStringLiteral("\n") + m_text->toPlainText();
}

void ImportPlanDialog::runImport()
{
    m_import.reset();
    UsageSettings usage;
    if (!m_usagePath.isEmpty()) {
        Expected<UsageSettings> read = readUsageFile(QDir::toNativeSeparators(m_usagePath).toStdString());
        if (!read) {
            m_headline->setText(tr("The usage file cannot be read."));
            m_text->setPlainText(QString::fromStdString(read.error().toString()));
            m_open->setEnabled(false);
            return;
        }
        usage = std::move(read).value();
    }
    Expected<TerraformImport> imported = importTerraformPlanFile(QDir::toNativeSeparators(m_planPath).toStdString(), usage);
    if (!imported) {
        m_headline->setText(tr("Nothing was imported."));
        m_text->setPlainText(QString::fromStdString(imported.error().toString()));
        m_open->setEnabled(false);
        return;
    }
    m_import = std::move(imported).value();
    const TerraformImportSummary &summary = m_import->summary;
    auto counted = [](size_t count, const QString &one, const QString &many) {
        return count == 1 ? one : many.arg(count);
    };
    QString headline = tr("%1 and %2 from %3.")
                           .arg(counted(summary.components.size(), tr("1 component"), tr("%1 components")),
                                counted(summary.connections.size(), tr("1 connection"), tr("%1 connections")),
                                QFileInfo(m_planPath).fileName());
    if (!summary.warnings.empty())
        headline += QLatin1Char(' ') + counted(summary.warnings.size(), tr("1 warning to read below."),
                                               tr("%1 warnings to read below."));
    headline += QLatin1Char(' ') + (m_usagePath.isEmpty() ? tr("Review the assumptions: a usage file sets them.")
                                                          : tr("Usage from %1.").arg(QFileInfo(m_usagePath).fileName()));
    m_headline->setText(headline);
    m_text->setPlainText(QString::fromStdString(importSummaryText(summary)));
    m_open->setEnabled(true);
    m_open->setDefault(true);
}

} // namespace headroom::designer
