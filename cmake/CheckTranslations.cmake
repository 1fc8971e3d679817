# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# ctest -P script: runs lupdate over every source into a copy of each .ts file
# and fails when a tr() string has no finished translation, so a new or
# changed string cannot slip through without French and English.
# Variables: LUPDATE (the tool), SOURCE_DIR (project root), WORK_DIR (scratch).
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed FALSE)
foreach(language fr en)
    set(copy ${WORK_DIR}/pfsmon_${language}.ts)
    file(COPY_FILE ${SOURCE_DIR}/translations/pfsmon_${language}.ts ${copy})
    # The include roots, as the compiler sees them: lupdate reads the headers to
    # know each class's namespace, hence its context.
    execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none -I ${SOURCE_DIR}/core -I ${SOURCE_DIR}
                            ${sources} -ts ${copy}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc})")
    endif()
    file(READ ${copy} text)
    string(REPLACE ";" "," text "${text}") # a CMake list separator
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" unfinished "${text}")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
        message("pfsmon_${language}.ts: no translation for \"${source}\"")
        set(failed TRUE)
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "Untranslated strings: run 'cmake --build build --target update_translations' and translate them.")
endif()
