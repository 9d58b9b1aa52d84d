# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Installation layout and packages: `make package` builds a .deb and a .tar.gz on Linux; the
# same configuration gives an NSIS installer on Windows and a drag-and-drop disk image on macOS.
# GNUInstallDirs is included by the top-level CMakeLists.txt, before app/ installs its targets.

set(HEADROOM_APP_ID io.github.headroom.Headroom)
set(HEADROOM_DATA_DIR ${CMAKE_INSTALL_DATADIR}/headroom)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/examples ${PROJECT_SOURCE_DIR}/resources/templates
        DESTINATION ${HEADROOM_DATA_DIR} FILES_MATCHING PATTERN "*.json")
install(FILES ${PROJECT_SOURCE_DIR}/resources/pricing/aws-us-east-1.json
              ${PROJECT_SOURCE_DIR}/resources/pricing/aws-us-west-2.json
              ${PROJECT_SOURCE_DIR}/resources/pricing/aws-eu-west-1.json DESTINATION ${HEADROOM_DATA_DIR}/pricing)
install(FILES ${PROJECT_SOURCE_DIR}/resources/catalog/instance-types.json DESTINATION ${HEADROOM_DATA_DIR}/catalog)

if(UNIX AND NOT APPLE)
  install(FILES ${PROJECT_SOURCE_DIR}/installers/linux/${HEADROOM_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  configure_file(${PROJECT_SOURCE_DIR}/installers/linux/${HEADROOM_APP_ID}.metainfo.xml.in
                 ${PROJECT_BINARY_DIR}/installers/${HEADROOM_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/installers/${HEADROOM_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/installers/linux/headroom-mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME headroom.xml)
  configure_file(${PROJECT_SOURCE_DIR}/installers/linux/headroom-cli.1.in
                 ${PROJECT_BINARY_DIR}/installers/headroom-cli.1 @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/installers/headroom-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  # Debian's machine-readable copyright file, and the licence text for the .tar.gz.
  configure_file(${PROJECT_SOURCE_DIR}/installers/linux/copyright.in ${PROJECT_BINARY_DIR}/installers/copyright @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/installers/copyright ${PROJECT_SOURCE_DIR}/LICENSE
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/headroom)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/installers/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
endif()

set(CPACK_PACKAGE_NAME headroom)
set(CPACK_PACKAGE_VENDOR "Headroom")
set(CPACK_PACKAGE_CONTACT "Headroom maintainers <${HEADROOM_REPOSITORY_URL}/issues>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${HEADROOM_REPOSITORY_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Design AWS architectures and see where they break, how available they are and what they cost")
set(CPACK_PACKAGE_DESCRIPTION
    "Headroom is a designer and cost estimator for AWS architectures: an analytic capacity and "
    "availability model (Little's law, M/M/c queueing, availability composition) with a sourced "
    "price book. It includes the designer (headroom) and the command line (headroom-cli).")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Headroom)
set(CPACK_PACKAGE_EXECUTABLES headroom Headroom)
set(CPACK_STRIP_FILES ON)

if(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB TGZ)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()

# Debian: the distribution's Qt 6 runtime.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6, libstdc++6, libqt6core6 (>= 6.2), libqt6gui6 (>= 6.2), libqt6widgets6 (>= 6.2), libqt6charts6 (>= 6.2), libqt6svg6 (>= 6.2), qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "poppler-utils")

# Windows (NSIS): icons and a Start menu entry. (Associating .headroom files needs registry
# commands that have not been tried on Windows yet, so none are shipped.)
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/installers/windows/headroom.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/installers/windows/headroom.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\headroom.exe)
set(CPACK_NSIS_DISPLAY_NAME Headroom)
set(CPACK_NSIS_PACKAGE_NAME Headroom)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)


# macOS (DragNDrop): the app bundle next to an Applications link.
set(CPACK_DMG_VOLUME_NAME Headroom)
set(CPACK_DMG_FORMAT UDBZ)
set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/installers/macos/headroom.icns)

include(CPack)
