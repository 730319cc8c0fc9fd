# Helpers shared by FeedbackKit's libraries, programs and tests.

# feedbackkit_public_headers(<target> <Component> Class=header.h ...)
# Generates CamelCase forwarding headers (<FeedbackKit/Class>) into the build tree and installs
# them with the real headers under include/FeedbackKit.
function(feedbackkit_public_headers target component)
    set(fwd_dir ${CMAKE_BINARY_DIR}/include/FeedbackKit)
    set(installed)
    foreach(pair IN LISTS ARGN)
        string(REPLACE "=" ";" parts "${pair}")
        list(GET parts 0 class)
        list(GET parts 1 header)
        file(CONFIGURE OUTPUT ${fwd_dir}/${class} CONTENT "#include \"${header}\"\n")
        list(APPEND installed ${fwd_dir}/${class} ${CMAKE_CURRENT_SOURCE_DIR}/src/${header})
    endforeach()
    string(TOLOWER ${component} lower)
    generate_export_header(${target}
        BASE_NAME feedbackkit_${lower}
        EXPORT_FILE_NAME ${fwd_dir}/feedbackkit_${lower}_export.h)
    list(APPEND installed ${fwd_dir}/feedbackkit_${lower}_export.h)
    target_include_directories(${target} PUBLIC
        $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/src>
        $<BUILD_INTERFACE:${CMAKE_BINARY_DIR}/include/FeedbackKit>
        $<BUILD_INTERFACE:${CMAKE_BINARY_DIR}/include>
        $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/FeedbackKit>
        $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    set_target_properties(${target} PROPERTIES
        EXPORT_NAME ${component}
        OUTPUT_NAME FeedbackKit${component}
        VERSION ${PROJECT_VERSION}
        SOVERSION ${PROJECT_VERSION_MAJOR})
    install(TARGETS ${target} EXPORT FeedbackKitTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${installed} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/FeedbackKit)
endfunction()

# feedbackkit_add_test(<name> SOURCES ... LIBS ... [TIMEOUT s] [LABELS ...])
# A Qt Test executable registered with CTest; always runs on the offscreen platform, with
# standard paths in test mode so nothing touches the user's real data folders.
function(feedbackkit_add_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
        TIMEOUT ${arg_TIMEOUT}
        LABELS "${arg_LABELS}")
endfunction()

function(feedbackkit_install_package)
    install(EXPORT FeedbackKitTargets
        NAMESPACE FeedbackKit::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/FeedbackKit)
    configure_package_config_file(
        ${PROJECT_SOURCE_DIR}/cmake/FeedbackKitConfig.cmake.in
        ${CMAKE_BINARY_DIR}/FeedbackKitConfig.cmake
        INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/FeedbackKit)
    write_basic_package_version_file(${CMAKE_BINARY_DIR}/FeedbackKitConfigVersion.cmake
        COMPATIBILITY SameMajorVersion)
    install(FILES ${CMAKE_BINARY_DIR}/FeedbackKitConfig.cmake
                  ${CMAKE_BINARY_DIR}/FeedbackKitConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/FeedbackKit)
endfunction()
