# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# cmake -DLOCALE=de_DE.UTF-8 -P CheckLocale.cmake: fails unless `locale -a` lists LOCALE
# (glibc lists de_DE.UTF-8 as "de_DE.utf8").
string(REGEX REPLACE "\\.UTF-8$" "" language "${LOCALE}")
execute_process(COMMAND locale -a OUTPUT_VARIABLE available RESULT_VARIABLE failed)
string(TOLOWER "${available}" available)
string(TOLOWER "${language}" language)
if(failed OR NOT available MATCHES "(^|\n)${language}\\.utf-?8(\n|$)")
  message(FATAL_ERROR "The ${LOCALE} locale is not generated, so the German run of the tests (the *_de "
                      "tests) cannot start. `make test` generates it; by hand on Debian: install the "
                      "`locales` package, then sed -i 's/^# *${LOCALE}/${LOCALE}/' /etc/locale.gen && locale-gen")
endif()
message(STATUS "${LOCALE} is available")
