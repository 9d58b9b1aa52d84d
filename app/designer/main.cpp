// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// headroom: the designer. Opens FILE when given, else a new project.

#include "MainWindow.h"
#include "RecoveryPrompt.h"
#include "panels/UserSliderBar.h"

#include <csignal>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#ifndef HEADROOM_VERSION
#define HEADROOM_VERSION "unknown"
#endif

int main(int argc, char **argv)
{
#ifdef SIGXFSZ
    // Past a file-size limit (ulimit -f) a write then fails with EFBIG and the save says so,
    // instead of the signal killing the designer with the unsaved work.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Headroom"));
    QApplication::setOrganizationName(QStringLiteral("Headroom"));
    QApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/headroom.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headroom: design an AWS architecture, slide the user count, and see where it breaks, "
        "how available it is and what it costs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A Headroom project to open (.headroom or .json)."));
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         QStringLiteral("Open at N users instead of the project's own count."),
                                         QStringLiteral("N"));
    parser.addOption(usersOption);
    parser.process(application);

    headroom::designer::MainWindow window;
    const bool restored = headroom::designer::offerRecoveredWork(window);
    if (restored) {
        window.show();
        if (qEnvironmentVariableIsSet("HEADROOM_EXIT_AFTER_FIRST_PAINT"))
            window.quitAfterFirstPaint();
        return QApplication::exec();
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openFile(QFileInfo(files.front()).absoluteFilePath()))
        return 1;
    if (parser.isSet(usersOption)) {
        const auto users = headroom::designer::UserSliderBar::parseUsers(parser.value(usersOption));
        if (!users) {
            std::fprintf(stderr, "headroom: --users takes a user count such as 250000 or 2.5M\n");
            return 2;
        }
        window.showUsers(*users);
    }
    window.show();
    // For the cold-start benchmark (tests/bench): leave as soon as the window has painted once.
    if (qEnvironmentVariableIsSet("HEADROOM_EXIT_AFTER_FIRST_PAINT"))
        window.quitAfterFirstPaint();
    return QApplication::exec();
}
