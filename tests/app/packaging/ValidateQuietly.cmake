# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# Runs a validator on a file and fails on an error or on any issue it prints,
# warnings and hints included. A missing validator is a failure, never a
# skip: CI must run the check (.ci/setup.sh --tests installs PACKAGE).
# cmake -DTOOL=<program> -DPACKAGE=<debian package> -DFILE=<file>
#       [-DOPTIONS=<a;b>] -DISSUE=<regex an issue line matches> -P ValidateQuietly.cmake
find_program(tool_path ${TOOL})
if(NOT tool_path)
    message(FATAL_ERROR "${TOOL} not found: install the Debian package ${PACKAGE} (bash .ci/setup.sh --tests)")
endif()
if(NOT EXISTS "${FILE}")
    message(FATAL_ERROR "${FILE} does not exist: build the target pfs_desktop")
endif()
execute_process(COMMAND ${tool_path} ${OPTIONS} ${FILE}
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${TOOL} ${OPTIONS} ${FILE}:\n${output}")
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${TOOL} failed (exit status ${status})")
endif()
string(REPLACE "\n" ";" lines "${output}")
foreach(line IN LISTS lines)
    if(line MATCHES "${ISSUE}")
        message(FATAL_ERROR "${TOOL} reported an issue: ${line}")
    endif()
endforeach()
