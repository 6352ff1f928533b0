#!/bin/sh
# Installs the Debian 12 packages scolint needs to build and test.
# Works as root or through sudo; safe to run twice.
set -eu
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  ca-certificates cmake ninja-build g++ pkg-config \
  libexpat1-dev libicu-dev libboost-dev libcli11-dev catch2 \
  nlohmann-json3-dev libtomlplusplus-dev libzip-dev \
  python3-jsonschema time \
  clang-14 libclang-rt-14-dev llvm-14 clang-tidy-14 git >/dev/null
# Tests only: time (/usr/bin/time) measures peak memory in the hostile-input
# test and the benchmarks; python3-jsonschema validates the SARIF and JSON reports against
# their schemas; clang 14 with its sanitizer and libFuzzer runtimes (and
# llvm-symbolizer, for readable reports) builds the `asan` preset;
# clang-tidy 14 and git check the changed files in CI (scripts/tidy.sh).
