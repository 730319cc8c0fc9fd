#pragma once

#include <QObject>

namespace FeedbackKitDemo {

/*!
 * \brief Keeps the API key in the OS keychain (through QtKeychain) when the demo is built
 * with it and a keychain answers; otherwise only in memory. Never in a settings file.
 *
 * Keychain calls are asynchronous jobs (a keychain may ask the user to unlock it), so
 * results arrive as signals.
 */
class ApiKeyStore : public QObject
{
    Q_OBJECT

public:
    explicit ApiKeyStore(QObject *parent = nullptr);

    /*! Whether the demo was built with QtKeychain. */
    static bool isKeychainBuilt();

    /*! Reads the stored key; answers with keyRead() (an empty key when there is none). */
    void read();
    /*! Stores \a key in the keychain; answers with written(). */
    void write(const QString &key);
    /*! Removes the stored key; answers with written(). */
    void forget();

Q_SIGNALS:
    void keyRead(const QString &key);
    /*! \a error is empty on success. */
    void written(const QString &error);
};

} // namespace FeedbackKitDemo
