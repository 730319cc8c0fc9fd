# The delivery client: durable outbox (SQLite, writer thread) and HTTP delivery.
find_package(Qt6 6.4 REQUIRED COMPONENTS Network Sql)
# The outbox's hot statements use SQLite's API on Qt's own connection (outboxstatements_p.h).
find_package(SQLite3 REQUIRED)

target_sources(FeedbackKitCore PRIVATE
    src/client.cpp
    src/clientcapture.cpp
    src/clientconfig.cpp
    src/clientdelivery.cpp
    src/clientoutbox.cpp
    src/clientretry.cpp
    src/deliverytimer.cpp
    src/eventtiming.cpp
    src/httpconnection.cpp
    src/httpresponseparser.cpp
    src/manualclock.cpp
    src/outboxfile.cpp
    src/outboxschema.cpp
    src/outboxstatements.cpp
    src/outboxstore.cpp
    src/outboxstoreops.cpp
    src/outboxwriter.cpp
    src/qnamtransport.cpp
    src/retrypolicy.cpp
    src/sockettransport.cpp
    src/wire.cpp
)
set_property(SOURCE src/sockettransport.cpp APPEND PROPERTY
    COMPILE_DEFINITIONS FEEDBACKKIT_VERSION_STRING="${PROJECT_VERSION}")
target_link_libraries(FeedbackKitCore PUBLIC Qt6::Network PRIVATE Qt6::Sql SQLite::SQLite3)

file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/include/FeedbackKit/Client CONTENT "#include \"client.h\"\n")
install(FILES ${CMAKE_BINARY_DIR}/include/FeedbackKit/Client ${CMAKE_CURRENT_SOURCE_DIR}/src/client.h
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/FeedbackKit)
