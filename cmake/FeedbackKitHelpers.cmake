# Helpers shared by FeedbackKit's libraries, programs and tests.

# feedbackkit_forwarding_headers(<target> [INSTALL] Class=header.h ...)
# The one way a header becomes <FeedbackKit/Class>. Each header path is relative to the calling
# folder's src/ (e.g. outbox/outboxfile.h). Consumers have only include/ on their path, never the
# folder of the real headers, so an application's own client.h or target.h cannot be mistaken
# for ours. In the build tree the forwarding header names the real header by its absolute path;
# INSTALL also installs the real headers flat under include/FeedbackKit with forwarding headers
# that name them relatively. Public headers include one another as <FeedbackKit/Class>.
function(feedbackkit_forwarding_headers target)
    cmake_parse_arguments(arg "INSTALL" "" "" ${ARGN})
    set(build_dir ${CMAKE_BINARY_DIR}/include/FeedbackKit)
    set(install_dir ${CMAKE_BINARY_DIR}/install-headers/FeedbackKit)
    foreach(pair IN LISTS arg_UNPARSED_ARGUMENTS)
        string(REPLACE "=" ";" parts "${pair}")
        list(GET parts 0 class)
        list(GET parts 1 header)
        set(path ${CMAKE_CURRENT_SOURCE_DIR}/src/${header})
        if(NOT EXISTS ${path})
            message(FATAL_ERROR "${target}: public header ${header} does not exist")
        endif()
        cmake_path(GET path FILENAME name)
        file(CONFIGURE OUTPUT ${build_dir}/${class} CONTENT "#include \"${path}\"\n")
        if(arg_INSTALL)
            file(CONFIGURE OUTPUT ${install_dir}/${class} CONTENT "#include \"${name}\"\n")
            install(FILES ${install_dir}/${class} ${path}
                DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/FeedbackKit)
        endif()
    endforeach()
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${CMAKE_BINARY_DIR}/include>)
endfunction()

# feedbackkit_private_headers(<target> <folder> ...)
# The folders (relative to the calling folder) of <target>'s private headers: on the target's own
# include path, and on FeedbackKit::<Component>Private, which the layer above and the tests link
# (as Qt's own Qt6::CorePrivate) to reach its private API. Never installed.
function(feedbackkit_private_headers target component)
    set(dirs)
    foreach(dir IN LISTS ARGN)
        list(APPEND dirs ${CMAKE_CURRENT_SOURCE_DIR}/${dir})
    endforeach()
    target_include_directories(${target} PRIVATE ${dirs})
    add_library(${target}Private INTERFACE)
    add_library(FeedbackKit::${component}Private ALIAS ${target}Private)
    target_include_directories(${target}Private INTERFACE ${dirs})
    target_link_libraries(${target}Private INTERFACE ${target})
endfunction()

# feedbackkit_public_headers(<target> <Component> Class=header.h ...)
# Makes <target> the installed library FeedbackKit::<Component>: its export header
# <FeedbackKit/feedbackkit_<component>_export.h>, its public headers (see
# feedbackkit_forwarding_headers), its file names and its place in the package.
function(feedbackkit_public_headers target component)
    string(TOLOWER ${component} lower)
    set(export_header ${CMAKE_BINARY_DIR}/include/FeedbackKit/feedbackkit_${lower}_export.h)
    generate_export_header(${target}
        BASE_NAME feedbackkit_${lower}
        EXPORT_FILE_NAME ${export_header})
    install(FILES ${export_header} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/FeedbackKit)
    feedbackkit_forwarding_headers(${target} INSTALL ${ARGN})
    target_include_directories(${target} PUBLIC $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    set_target_properties(${target} PROPERTIES
        EXPORT_NAME ${component}
        OUTPUT_NAME FeedbackKit${component}
        VERSION ${PROJECT_VERSION}
        SOVERSION ${PROJECT_VERSION_MAJOR})
    install(TARGETS ${target} EXPORT FeedbackKitTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
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

# feedbackkit_quick_tests(<test>...)
# Tests that render Qt Quick: under LeakSanitizer they unwind fully, so that tests/lsan.supp can
# recognise the textures Qt Quick 6.4 keeps past the last window (no effect without a sanitizer).
function(feedbackkit_quick_tests)
    set_property(TEST ${ARGN} APPEND PROPERTY ENVIRONMENT
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0:fast_unwind_on_malloc=0")
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
