#include "AppController.h"
#include "AppOptions.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

// The desktop executable: options, single instance, then the controller does the rest.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Confab"));
    QApplication::setApplicationName(QStringLiteral("confab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Confab"));
    QApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("confab"));
    // The theme's icon once the package installed it, else the copies compiled into the app.
    Q_INIT_RESOURCE(confab_icons);
    QIcon bundledIcon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        bundledIcon.addFile(QStringLiteral(":/icons/confab-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("confab"), bundledIcon));
    QApplication::setQuitOnLastWindowClosed(false);

    auto parsed = confab::app::AppOptions::parse(QApplication::arguments());
    if (auto *error = std::get_if<QString>(&parsed)) {
        QTextStream(stderr) << *error << '\n';
        return 2;
    }
    const confab::app::AppOptions options = std::get<confab::app::AppOptions>(parsed);

    confab::app::SingleInstance instance;
    if (!options.newInstance && !instance.claim()) {
        if (instance.notifyPrimary(QApplication::arguments()))
            return 0; // the running instance comes to the front instead
    }

    confab::app::AppController controller(options);
    QObject::connect(&instance, &confab::app::SingleInstance::activated, &controller,
                     &confab::app::AppController::activate);
    controller.start();
    return QApplication::exec();
}
