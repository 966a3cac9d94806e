#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then
# `dotnet test`, and ends with one plain line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
# Browser journeys drive Debian's Chromium (never a downloaded browser).
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
if ((${#need_packages[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "Installing ${need_packages[*]} ..."
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
    else
        echo "Missing ${need_packages[*]}: run this script as root once to install them." >&2
        exit 1
    fi
fi

results=TestResults
rm -rf "$results"
status=0
dotnet test CivicAction.sln --configuration Release --logger "trx" --results-directory "$results" "$@" || status=$?

# Sum the counters of every TRX file: dotnet test's own summary is per assembly.
shopt -s globstar nullglob
trx=("$results"/**/*.trx)
if ((${#trx[@]} == 0)); then
    echo "0 passed, 0 failed, 0 skipped (no test results were written)"
    exit 1
fi
read -r passed failed skipped < <(grep -ho '<Counters [^>]*>' "${trx[@]}" | awk '
    function attr(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
    { p += attr("passed"); f += attr("failed") + attr("error") + attr("timeout") + attr("aborted"); s += attr("notExecuted") }
    END { print p + 0, f + 0, s + 0 }')
echo "$passed passed, $failed failed, $skipped skipped"
((failed == 0)) || status=1
exit $status
