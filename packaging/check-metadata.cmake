# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging_metadata test (cmake -P): the desktop file and the AppStream metainfo pass their validators,
# the metainfo's newest release is the project's version, the window's desktop file name is the application
# id, and the PNG icons made at build time have their sizes.
# Input: APP_ID, VERSION, DESKTOP_FILE, METAINFO_FILE, LAUNCHER_SOURCE, ICON_DIR, ICON_SIZES (;-list).
# Errors and warnings of either validator fail the test; hints and infos are printed only.

set(_failures "")

function(run_validator tool package)
    find_program(_exe ${tool})
    if(NOT _exe)
        set(_failures "${_failures}\n${tool} not found: install the Debian package ${package} (scripts/common.sh lists it)" PARENT_SCOPE)
        return()
    endif()
    execute_process(COMMAND ${_exe} ${ARGN} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    string(JOIN " " _args ${ARGN})
    message(STATUS "${tool} ${_args}: exit code ${_rc}\n${_out}")
    if(NOT _rc EQUAL 0)
        set(_failures "${_failures}\n${tool} failed with exit code ${_rc}" PARENT_SCOPE)
    elseif(_out MATCHES "(^|\n)([^\n]*: (error|warning): |[EW]: )")
        set(_failures "${_failures}\n${tool} reported errors or warnings" PARENT_SCOPE)
    endif()
    unset(_exe CACHE)
endfunction()

run_validator(desktop-file-validate desktop-file-utils "${DESKTOP_FILE}")
run_validator(appstreamcli appstream validate --no-net --pedantic "${METAINFO_FILE}")

# The newest release (the first <release>) names the version being packaged.
file(READ "${METAINFO_FILE}" _metainfo)
if(NOT _metainfo MATCHES "<release [^>]*version=\"([^\"]*)\"")
    string(APPEND _failures "\n${METAINFO_FILE} has no <release>")
elseif(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND _failures "\nthe newest <release> in ${METAINFO_FILE} is ${CMAKE_MATCH_1}, the project is ${VERSION}: add a release with its notes")
endif()
if(NOT _metainfo MATCHES "<id>${APP_ID}</id>" OR NOT _metainfo MATCHES ">${APP_ID}\\.desktop</launchable>")
    string(APPEND _failures "\n${METAINFO_FILE}: <id> or <launchable> is not ${APP_ID}")
endif()

file(READ "${DESKTOP_FILE}" _desktop)
if(NOT _desktop MATCHES "\nIcon=${APP_ID}\n")
    string(APPEND _failures "\n${DESKTOP_FILE}: Icon= is not ${APP_ID}")
endif()

# Wayland compositors find the desktop file (name and icon) through the name the window gives.
file(READ "${LAUNCHER_SOURCE}" _launcher)
if(NOT _launcher MATCHES "setDesktopFileName\\(u\"${APP_ID}\"_s\\)")
    string(APPEND _failures "\n${LAUNCHER_SOURCE} does not call setDesktopFileName with ${APP_ID}")
endif()

# A PNG's width and height are the big-endian words at bytes 16 and 20 of its IHDR chunk.
foreach(_size IN LISTS ICON_SIZES)
    set(_png "${ICON_DIR}/${_size}x${_size}/apps/${APP_ID}.png")
    if(NOT EXISTS "${_png}")
        string(APPEND _failures "\n${_png} is missing (built by the chipwatch_icons target)")
        continue()
    endif()
    file(READ "${_png}" _header OFFSET 16 LIMIT 8 HEX)
    math(EXPR _hex "${_size}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING "${_hex}" 2 -1 _hex)
    string(LENGTH "${_hex}" _len)
    math(EXPR _pad "8 - ${_len}")
    string(REPEAT "0" ${_pad} _zeros)
    set(_word "${_zeros}${_hex}")
    if(NOT _header STREQUAL "${_word}${_word}")
        string(APPEND _failures "\n${_png} is not ${_size}x${_size} (IHDR ${_header})")
    endif()
endforeach()

if(_failures)
    message(FATAL_ERROR "packaging metadata:${_failures}")
endif()
message(STATUS "packaging metadata: desktop file, metainfo and icons of ${APP_ID} ${VERSION} are fine")
