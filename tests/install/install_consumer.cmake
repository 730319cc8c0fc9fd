# Script run by the install_consumer test.
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "failed: ${ARGN}\n${out}")
    endif()
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
run(${CMAKE_COMMAND} -S ${CONSUMER_DIR} -B ${WORK_DIR}/consumer -G Ninja
    -DCMAKE_PREFIX_PATH=${prefix} -DWITH_WIDGETS=${WITH_WIDGETS} -DWITH_QUICK=${WITH_QUICK}
    # A sanitizer build's libraries need the consumer built with the same runtime.
    "-DCMAKE_CXX_FLAGS=${CONSUMER_CXX_FLAGS}")
run(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer)
run(${WORK_DIR}/consumer/consumer)
if(WITH_QUICK)
    run(${CMAKE_COMMAND} -E env QML_IMPORT_PATH=${prefix}/lib/qml ${WORK_DIR}/consumer/quickconsumer)
    run(${WORK_DIR}/consumer/quicklinked)
endif()
message(STATUS "consumer built and ran against ${prefix}")
