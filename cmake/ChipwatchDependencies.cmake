# SPDX-License-Identifier: GPL-3.0-or-later
# Third-party libraries from Debian. Each is wrapped in an imported target named chipwatch::<name>.

find_package(PkgConfig REQUIRED)

# uchardet: detects legacy 8-bit encodings instead of guessing them.
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
add_library(chipwatch::uchardet ALIAS PkgConfig::UCHARDET)

# libxml2: a real, error-tolerant HTML parser for main-content extraction.
find_package(LibXml2 REQUIRED)
add_library(chipwatch::libxml2 ALIAS LibXml2::LibXml2)

# cld2: compact language detector (Debian ships no pkg-config file for it).
find_path(CLD2_INCLUDE_DIR NAMES cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(chipwatch_cld2 INTERFACE)
target_include_directories(chipwatch_cld2 SYSTEM INTERFACE "${CLD2_INCLUDE_DIR}")
target_link_libraries(chipwatch_cld2 INTERFACE "${CLD2_LIBRARY}")
add_library(chipwatch::cld2 ALIAS chipwatch_cld2)

# Vectorscan (Hyperscan API): fast multi-pattern matching of knowledge-base aliases.
pkg_check_modules(LIBHS REQUIRED IMPORTED_TARGET libhs)
add_library(chipwatch::hs ALIAS PkgConfig::LIBHS)

# ICU: sentence and word boundaries with locale rules (German abbreviations).
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
add_library(chipwatch::icu ALIAS PkgConfig::ICU)
