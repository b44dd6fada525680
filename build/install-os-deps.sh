#!/usr/bin/env bash
# What tongban's tests and demo need from Debian/Ubuntu, beyond Node 22 and npm:
#   chromium       the browser the e2e tests drive (Playwright uses it; it never downloads one)
#   socat          pty pairs, so drivers talk to simulators through the kernel's tty layer
#   fonts-noto-cjk Chinese glyphs for screenshots and the kiosk page
#   libusb-1.0-0   for node-hid (HID scanners and readers)
#   poppler-utils  pdftotext / pdftoppm, to test the A4 PDFs by their text and by looking at them
#   postgresql     a real PostgreSQL server for the platform's tests (started by the tests, as postgres)
#   openssl        the TLS tests make their own CA and platform certificates with it
#   cups-ipp-utils ippeveprinter, the real IPP Everywhere printer the A4 tests print to
#   avahi-daemon, dbus  ippeveprinter will not start without DNS-SD (the tests start both daemons)
# Run as root (or with sudo). Safe to run again.
set -euo pipefail
packages=(chromium socat fonts-noto-cjk libusb-1.0-0 poppler-utils postgresql openssl cups-ipp-utils avahi-daemon dbus)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-os-deps: all present (${packages[*]})"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
