# SPDX-License-Identifier: GPL-3.0-or-later
# chipwatch_add_test(<name> SOURCES <files...> LIBS <targets...> [NEEDS_SHARED])
# One executable per test class, run headless.
#
# Every test runs on what the repository holds (the demo articles in resources/demo with their expected results
# in tests/data/demo, and the other files under tests/data). NEEDS_SHARED marks the extra tests that score the
# application against ../shared (the user's article set and its gold annotations): they are labelled `shared`
# (`ctest -L shared`, `ctest -LE shared`) and skip themselves with sharedSkipMessage() (tests/sharedtestdata.h)
# when it is absent.
#
# ctest counts a test that skipped as passed unless told otherwise: a QtTest run whose totals line counts a
# skipped function and no failure ("Totals: 4 passed, 0 failed, 1 skipped, ...") is reported as Skipped, for every
# test, so that a skip is never mistaken for a pass. A run with a failure stays failed.

set(CHIPWATCH_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH "Folder with the shared article set and gold data")
set(CHIPWATCH_QTEST_SKIP_REGEX "Totals: [0-9]+ passed, 0 failed, [1-9][0-9]* skipped")

function(chipwatch_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NEEDS_SHARED" "" "SOURCES;LIBS")
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE chipwatch_options Qt6::Test ${arg_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE
        CHIPWATCH_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        CHIPWATCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=chipwatch.*.debug=false"
        SKIP_REGULAR_EXPRESSION "${CHIPWATCH_QTEST_SKIP_REGEX}"
        TIMEOUT 600)
    # Only the extra tests know where ../shared is: no other test can come to depend on it.
    if(arg_NEEDS_SHARED)
        target_compile_definitions(${name} PRIVATE CHIPWATCH_SHARED_DIR="${CHIPWATCH_SHARED_DIR}")
        set_property(TEST ${name} APPEND PROPERTY LABELS shared)
    endif()
endfunction()
