// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

// headroom: the designer. Opens FILE when given, else a new project.

#include "MainWindow.h"
#include "document/RecoveryStore.h"
#include "panels/UserSliderBar.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

#ifndef HEADROOM_VERSION
#define HEADROOM_VERSION "unknown"
#endif

int main(int argc, char **argv)
{
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
    // Sessions that did not end cleanly left unsaved work: offer it back, newest first. The
    // first accepted is restored (older ones wait for the next start); a refused one is
    // discarded. HEADROOM_RESTORE ("yes" or "no") answers without asking (tests, scripts).
    bool restored = false;
    for (auto &recovery : headroom::designer::RecoveryStore::orphaned()) {
        const QString answer = qEnvironmentVariable("HEADROOM_RESTORE");
        const QString name = recovery.originalPath.isEmpty() ? QStringLiteral("an untitled project")
                                                            : QFileInfo(recovery.originalPath).fileName();
        const bool restore = answer.isEmpty()
            ? QMessageBox::question(nullptr, QStringLiteral("Restore unsaved work?"),
                                    QStringLiteral("Headroom closed without saving the changes to %1 (last copied %2). "
                                                   "Restore them?")
                                        .arg(name, QLocale().toString(recovery.savedAt, QLocale::ShortFormat)),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes
            : answer == QStringLiteral("yes");
        // Restored work is copied to this session before the old copy goes; if that copy cannot
        // be written, the old one stays for the next start.
        const bool held = restore && window.restore(recovery.project, recovery.originalPath);
        if (held || !restore)
            headroom::designer::RecoveryStore::discard(recovery);
        if (restore) {
            restored = true;
            break;
        }
    }
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
