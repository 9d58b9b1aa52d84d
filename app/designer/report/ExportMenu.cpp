// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ExportMenu.h"

#include "DesignExports.h"
#include "EvaluationController.h"
#include "MainWindow.h"
#include "StageReport.h"
#include "canvas/DiagramScene.h"

#include "model/export/CsvExport.h"
#include "model/export/EvaluationJson.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace headroom::designer {

ExportMenu::ExportMenu(MainWindow *window, QWidget *parent) : QMenu(tr("&Export"), parent), m_window(window)
{
    setObjectName(QStringLiteral("exportMenu"));
    addAction(tr("Stage &report (PDF)…"), this, [this] {
        exportTo(tr("Export stage report"), tr("PDF (*.pdf)"), QStringLiteral(".pdf"), [this](const QString &path) {
            const ProjectDocument *document = m_window->document();
            StageReportOptions options;
            options.sourceName = document->filePath().isEmpty() ? document->displayName()
                                                                : QFileInfo(document->filePath()).completeBaseName();
            return writeStageReport(document->project(), m_window->controller()->prices(), options, path);
        });
    })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    addAction(tr("Canvas as &PNG…"), this, [this] {
        exportTo(tr("Export canvas"), tr("PNG image (*.png)"), QStringLiteral(".png"),
                 [this](const QString &path) { return exportScenePng(*m_window->scene(), path); });
    });
    addAction(tr("Canvas as &SVG…"), this, [this] {
        exportTo(tr("Export canvas"), tr("SVG drawing (*.svg)"), QStringLiteral(".svg"), [this](const QString &path) {
            return exportSceneSvg(*m_window->scene(), path, QString::fromStdString(m_window->document()->project().name));
        });
    });
    addAction(tr("&Stage table as CSV…"), this, [this] {
        exportTo(tr("Export stage table"), tr("CSV (*.csv)"), QStringLiteral("-stages.csv"), [this](const QString &path) {
            m_window->controller()->flush();  // the figures of the design as it is now
            const DesignResultsPtr results = m_window->controller()->results();
            if (!results->curves || results->compileError)
                return std::optional<QString>(tr("The model cannot evaluate this design."));
            return writeTextFile(path, stagesToCsv(results->curves->stages));
        });
    });
    addAction(tr("&Component table as CSV…"), this, [this] {
        exportTo(tr("Export component table"), tr("CSV (*.csv)"), QStringLiteral("-components.csv"), [this](const QString &path) {
            m_window->controller()->flush();  // the figures of the design as it is now
            const DesignResultsPtr results = m_window->controller()->results();
            if (results->compileError)
                return std::optional<QString>(tr("The model cannot evaluate this design."));
            return writeTextFile(path, componentsToCsv(results->evaluation, results->cost));
        });
    });
    addAction(tr("Evaluation as &JSON…"), this, [this] {
        exportTo(tr("Export evaluation"), tr("JSON (*.json)"), QStringLiteral("-evaluation.json"), [this](const QString &path) {
            m_window->controller()->flush();  // the figures of the design as it is now
            const DesignResultsPtr results = m_window->controller()->results();
            if (results->compileError)
                return std::optional<QString>(tr("The model cannot evaluate this design."));
            return writeTextFile(path, evaluationToJson(results->evaluation, &results->cost, &m_window->controller()->prices()));
        });
    });
}

void ExportMenu::exportTo(const QString &title, const QString &filter, const QString &suffix,
                          const std::function<std::optional<QString>(const QString &path)> &write)
{
    ProjectDocument *document = m_window->document();
    const QString base = document->filePath().isEmpty() ? document->displayName()
                                                        : QFileInfo(document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, title, base + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    if (const auto error = write(path))
        QMessageBox::warning(m_window, title, *error);
    else
        m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace headroom::designer
