# SPDX-License-Identifier: GPL-3.0-or-later
# chipwatch_add_test(<name> SOURCES <files...> LIBS <targets...> [NEEDS_SHARED])
# One executable per test class, run headless. NEEDS_SHARED marks tests that read ../shared
# (the annotated article set); they skip themselves when it is absent.

set(CHIPWATCH_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "Folder with the shared article set and gold data")

function(chipwatch_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NEEDS_SHARED" "" "SOURCES;LIBS")
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE chipwatch_options Qt6::Test ${arg_LIBS})
    target_compile_definitions(${name} PRIVATE
        CHIPWATCH_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        CHIPWATCH_SHARED_DIR="${CHIPWATCH_SHARED_DIR}"
        CHIPWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=chipwatch.*.debug=false"
        TIMEOUT 600)
    if(arg_NEEDS_SHARED)
        set_property(TEST ${name} APPEND PROPERTY LABELS shared)
    endif()
endfunction()
