#!/usr/bin/env bash
# Installs the programs the tests hand generated files to: LibreOffice (Writer, Impress, Calc), pandoc, poppler,
# and headless Chromium with its WebDriver (the HTML class report and the web pages are tested in a real browser).
# Debian/Ubuntu; run as root (or with sudo). Does nothing for what is already there.
set -euo pipefail
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer libreoffice-impress)
# Calc recalculates the jury workbooks' formulas in the grid tests.
dpkg -s libreoffice-calc >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v pandoc >/dev/null || need+=(pandoc)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
# setpriv: the unreadable-file test runs the command as root without the capabilities that bypass permissions.
command -v setpriv >/dev/null || need+=(util-linux)
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito fonts-dejavu-core)
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "system dependencies ready: $(soffice --version 2>/dev/null | head -1); $(pandoc --version | head -1)"
