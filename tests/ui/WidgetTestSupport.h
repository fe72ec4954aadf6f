#pragma once

// Finding a widget's named parts in the widget tests.

#include <QObject>

namespace confab::ui::test {

// The child of `parent` named `name`; a test that asks for a part that is not there is wrong
// itself, so it stops at once.
template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

} // namespace confab::ui::test
