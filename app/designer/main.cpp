// headroom: the designer. Opens FILE when given, else a new project.

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

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
    parser.process(application);

    headroom::designer::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openFile(QFileInfo(files.front()).absoluteFilePath()))
        return 1;
    window.show();
    return QApplication::exec();
}
