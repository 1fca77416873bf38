#!/usr/bin/env bash
# Installs the Debian packages the portal and its tests need, when they are missing.
# Fast and silent when everything is there. As root it installs what is missing; otherwise it says
# what to install. A package it cannot install fails only in CI (CI=true): locally the tests that
# need it skip.
set -euo pipefail

# What the portal itself runs.
packages=(
    libvips-tools       # photo renditions (vipsthumbnail)
    poppler-utils       # text of PDF attachments (pdftotext, pdftoppm, pdfinfo, pdfimages)
    tesseract-ocr       # text of scanned PDFs ...
    tesseract-ocr-vie   # ... in Vietnamese
)
# What only the tests need; `install-deps.sh runtime` leaves these out.
if [ "${1:-}" != "runtime" ]; then
    packages+=(
        chromium        # the browser tests (tests/EmulationPortal.BrowserTests)
        postgresql      # the functional tests' second run, on PostgreSQL (scripts/postgres.sh)
        python3-aiosmtpd # the SMTP server the notification e-mail tests deliver to (Notifications/SmtpServerProcess)
    )
fi

is_installed() {
    dpkg-query --show --showformat='${Status}' "$1" 2>/dev/null | grep -q ' installed$'
}

give_up() {
    echo "install-deps: $1" >&2
    if [ "${CI:-}" = "true" ]; then
        exit 1
    fi
    echo "install-deps: continuing; the tests that need these packages will skip." >&2
    exit 0
}

missing=()
for package in "${packages[@]}"; do
    is_installed "$package" || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

install_command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if ! command -v apt-get >/dev/null; then
    give_up "missing ${missing[*]}, and this is not a Debian system (no apt-get): install them yourself."
fi
if [ "$(id -u)" -ne 0 ]; then
    give_up "missing Debian packages: ${missing[*]}. Install them as root: sudo sh -c '$install_command'"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; }; then
    give_up "could not install ${missing[*]} (see apt-get's messages above)."
fi
