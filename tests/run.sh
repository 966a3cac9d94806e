#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then
# `dotnet test`, and ends with one plain line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
# Browser journeys drive Debian's Chromium (never a downloaded browser).
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
# The PostgreSQL suites run on a real PostgreSQL 15 server, started below.
pgbin=/usr/lib/postgresql/15/bin
[[ -x $pgbin/initdb ]] || need_packages+=(postgresql-15)
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

# A PostgreSQL server of this run's own, in a temporary folder, on a free port; stopped however the run ends. The
# tests reach it through CIVICACTION_TEST_POSTGRES (each test class makes a database of its own there). Without the
# variable the tests start a server themselves, the same way, when PostgreSQL 15 is installed.
if [[ -z ${CIVICACTION_TEST_POSTGRES:-} ]]; then
    pgdir=$(mktemp -d)
    as_pg=()
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$pgdir" # initdb refuses to run as root
        as_pg=(runuser -u postgres --)
    fi
    # The first port from 55432 on that nothing answers on (5432 is left to a server the machine may run).
    pgport=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$pgport") 2>/dev/null; do pgport=$((pgport + 1)); done
    stop_postgres() {
        (cd / && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1) || true
        rm -rf "$pgdir"
    }
    trap stop_postgres EXIT
    (cd / && "${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null)
    (cd / && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w start \
        -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir -c fsync=off -c max_connections=300" >/dev/null)
    export CIVICACTION_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
    echo "PostgreSQL 15 for the tests on 127.0.0.1:$pgport"
fi

# Test hosts watch no settings files: each watcher holds one of the user's inotify instances (128 by default), and
# many hosts run at once, so a run could fail for want of watchers rather than for a fault in the code.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=1

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
