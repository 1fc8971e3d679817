# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# One INTERFACE target carries the flags every target of ours shares.
# Third-party headers (Qt, QCustomPlot) come in as SYSTEM includes, so -Werror
# only judges our own code.
add_library(pfsmon_common INTERFACE)
target_compile_features(pfsmon_common INTERFACE cxx_std_17)
target_compile_options(pfsmon_common INTERFACE -Wall -Wextra -Werror -Wpedantic -Wshadow)
target_compile_definitions(pfsmon_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    PFSMON_VERSION="${PROJECT_VERSION}"
    PFSMON_APP_ID="${PFSMON_APP_ID}")

if(PFSMON_SANITIZE)
    target_compile_options(pfsmon_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(pfsmon_common INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing (clang): our code gets libFuzzer's coverage instrumentation and the
# sanitizers; the fuzz targets themselves link libFuzzer (tests/fuzz).
if(PFSMON_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PFSMON_FUZZ needs clang (CXX=clang++); ${CMAKE_CXX_COMPILER_ID} has no libFuzzer")
    endif()
    target_compile_options(pfsmon_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(pfsmon_common INTERFACE -fsanitize=address,undefined)
endif()

# pfsmon_add_library(<target> <include-prefix> <sources>...)
# A static library whose headers are included by path, "<prefix>/<file>.h"
# (e.g. "model/rolloutmodel.h"). Each library gets an include folder of its
# own in the build tree holding only a link <prefix> -> its source folder, so
# a target reaches the headers of the libraries it links and no others: a
# layer that includes from a layer it does not link fails to compile.
function(pfsmon_add_library target prefix)
    add_library(${target} STATIC ${ARGN})
    set(root ${PROJECT_BINARY_DIR}/include/${target})
    get_filename_component(parent ${root}/${prefix} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    if(NOT IS_SYMLINK ${root}/${prefix})
        file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${prefix} SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC ${root})
    target_link_libraries(${target} PUBLIC pfsmon_common)
endfunction()
