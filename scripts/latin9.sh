#!/bin/sh
# Writes stdin (UTF-8) to $1 the way SIECLE and STS-Web write exports:
# ISO-8859-15 with CRLF line ends. Used to (re)build synthetic test data.
set -eu
iconv -f UTF-8 -t ISO-8859-15 | sed 's/$/\r/' > "$1"
