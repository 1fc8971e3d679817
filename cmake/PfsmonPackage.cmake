# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# The Debian package: `cmake --build build --target package` makes
# pfsmon_<version>_amd64.deb with CPack from what `cmake --install` puts in
# place (the programs, man pages, desktop file, icons, metainfo, and the
# documents below). The firmware catalogue and the translations are built
# into the program (Qt resources), so there is no data file to lose;
# Qt's own French comes from qt6-translations-l10n.
include(GNUInstallDirs)

set(PFSMON_MAINTAINER "The pfsmon authors <pfsmon@users.noreply.github.com>")
set(PFSMON_DOC_DIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/pfsmon)

# Debian's documents: the copyright file, the changelog (gzipped, and named
# changelog.gz as a native package's is: the version has no Debian revision)
# and README.Debian (capture permissions). lintian passes (.ci/package.sh).
execute_process(COMMAND date -u -R -d "${PFSMON_RELEASE_DATE} 00:00:00Z"
                OUTPUT_VARIABLE PFSMON_CHANGELOG_DATE OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(debian ${PROJECT_SOURCE_DIR}/resources/debian)
configure_file(${debian}/copyright ${PROJECT_BINARY_DIR}/debian/copyright @ONLY)
configure_file(${debian}/changelog ${PROJECT_BINARY_DIR}/debian/changelog @ONLY)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/debian/changelog.gz
    COMMAND gzip -9nkf ${PROJECT_BINARY_DIR}/debian/changelog
    DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog
    VERBATIM)
add_custom_target(pfs_debian_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/debian/copyright ${PROJECT_BINARY_DIR}/debian/changelog.gz
              ${debian}/README.Debian ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${PFSMON_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pfsmon)
set(CPACK_PACKAGE_VENDOR "The pfsmon authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${PFSMON_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # pfsmon_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PFSMON_HOMEPAGE})
# The libraries the programs link, found by dpkg-shlibdeps from the binaries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own dialogs in French; Wireshark's dumpcap for capturing without
# privileges of pfsmon's own (README.Debian).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "wireshark-common")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "console for Cisco Peer Firmware Sharing rollouts")
# CPack puts the summary first and indents these lines; an empty line is a paragraph break.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "pfsmon watches a Cisco IP phone firmware rollout that uses Peer Firmware
Sharing (PFS): from the phones' syslog traces, the traffic seen on a mirror
port or in a capture file, and CUCM's list of phones, it rebuilds the live
distribution trees, shows each phone's progress, what is wrong and why, when
the rollout will end, and the WAN bandwidth saved. It only listens.

The package also holds pfssim, a simulator that plays a rollout to loopback
or into a capture file.")
include(CPack)
