# The delivery client: durable outbox (SQLite, writer thread) and HTTP delivery.
find_package(Qt6 6.4 REQUIRED COMPONENTS Network Sql)

target_sources(FeedbackKitCore PRIVATE
    src/client.cpp
    src/clientcapture.cpp
    src/clientconfig.cpp
    src/clientdelivery.cpp
    src/clientoutbox.cpp
    src/clientretry.cpp
    src/outboxfile.cpp
    src/outboxstore.cpp
    src/outboxstoreops.cpp
    src/outboxwriter.cpp
    src/retrypolicy.cpp
    src/wire.cpp
)
target_link_libraries(FeedbackKitCore PUBLIC Qt6::Network PRIVATE Qt6::Sql)

file(CONFIGURE OUTPUT ${CMAKE_BINARY_DIR}/include/FeedbackKit/Client CONTENT "#include \"client.h\"\n")
install(FILES ${CMAKE_BINARY_DIR}/include/FeedbackKit/Client ${CMAKE_CURRENT_SOURCE_DIR}/src/client.h
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/FeedbackKit)
