#include "sql/Delivery.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <memory>

namespace confab::sql {

void deliverBatch(QObject *receiver, Deliveries deliveries)
{
    if (deliveries.empty())
        return;
    auto pending = std::make_shared<Deliveries>(std::move(deliveries));
    QMetaObject::invokeMethod(
        receiver,
        [pending] {
            for (const auto &callback : *pending)
                callback();
        },
        Qt::QueuedConnection);
}

std::function<void()> guardedBy(QObject *context, std::function<void()> callback)
{
    return [guard = QPointer<QObject>(context), callback = std::move(callback)] {
        if (guard)
            callback();
    };
}

} // namespace confab::sql
