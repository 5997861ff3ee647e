# SPDX-License-Identifier: GPL-3.0-or-later
# All compile policy lives in one interface target that every Chipwatch target links.

option(CHIPWATCH_WERROR "Treat compiler warnings as errors" OFF)
option(CHIPWATCH_SANITIZE "Build with address and undefined-behaviour sanitizers" OFF)
option(CHIPWATCH_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only; the fuzz preset)" OFF)

add_library(chipwatch_options INTERFACE)
target_compile_features(chipwatch_options INTERFACE cxx_std_20)
target_compile_definitions(chipwatch_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CHIPWATCH_VERSION="${PROJECT_VERSION}")
target_compile_options(chipwatch_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
if(CHIPWATCH_WERROR)
    target_compile_options(chipwatch_options INTERFACE -Werror)
endif()
if(CHIPWATCH_SANITIZE)
    target_compile_options(chipwatch_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(chipwatch_options INTERFACE -fsanitize=address,undefined)
endif()
if(CHIPWATCH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CHIPWATCH_FUZZ needs clang++ (libFuzzer): use the fuzz preset")
    endif()
    # Every library is instrumented for coverage feedback and checked by ASan/UBSan; the fuzz executables
    # add libFuzzer's main (tests/fuzz). A failed UBSan check stops the run, so libFuzzer reports it.
    target_compile_options(chipwatch_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(chipwatch_options INTERFACE -fsanitize=address,undefined)
endif()
