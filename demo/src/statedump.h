#pragma once

#include <QJsonObject>

namespace FeedbackKitDemo {

class Backend;
class MainWindow;

/*!
 * \brief What the backend holds after a run, as JSON (--dump-state): every answer with the
 * event the server stored for it (read back from the embedded collector) or, for another
 * backend, the client's state; the delivery counters; the dashboard's figures.
 */
QJsonObject dumpState(const Backend *backend, const MainWindow *window);

} // namespace FeedbackKitDemo
