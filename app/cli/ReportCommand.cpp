// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ReportCommand.h"

#include "CliSupport.h"

#include "report/StageReport.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QString>

namespace headroom::cli {

int reportCommand(int argc, char **argv, const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (auto unknown = arguments.unknownOption({"out", "stages", "page", "prices"}))
        return usageError(err, "report has no option --" + *unknown);
    if (!arguments.options.contains("out"))
        return usageError(err, "report needs --out report.pdf");
    if (auto clash = outputOverInput(arguments, {"prices"}))
        return inputError(err, *clash);
    designer::StageReportOptions options;
    const std::string page = arguments.options.contains("page") ? arguments.options.at("page") : "a4";
    if (page == "letter")
        options.pageSize = QPageSize::Letter;
    else if (page != "a4")
        return usageError(err, "--page must be a4 or letter");
    if (arguments.options.contains("stages")) {
        std::vector<double> users;
        std::string list = arguments.options.at("stages");
        size_t start = 0;
        while (start <= list.size()) {
            const size_t comma = std::min(list.find(',', start), list.size());
            const auto value = parseNumber(list.substr(start, comma - start));
            if (!value || *value < 0.0 || *value > 1e12)
                return usageError(err, "--stages takes user counts separated by commas, e.g. 1000,10000,100000");
            users.push_back(*value);
            start = comma + 1;
        }
        options.stages = designer::stagesFromUserCounts(users);
    }
    std::optional<LoadedProject> loaded;
    if (int code = loadProject(arguments, err, loaded))
        return code;

    // The report draws with widgets; the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    // Figures as every other command writes them: the model's C-locale text, whatever LANG says
    // (the designer's own report export uses the user's separators, like its views).
    QLocale::setDefault(QLocale::c());
    options.sourceName = QFileInfo(QString::fromStdString(arguments.positional.front())).completeBaseName();
    const QString path = QString::fromStdString(arguments.options.at("out"));
    if (const auto error = designer::writeStageReport(loaded->project, loaded->prices, options, path))
        return inputError(err, error->toStdString());
    out << "wrote " << path.toStdString() << "\n";
    return Success;
}

} // namespace headroom::cli
