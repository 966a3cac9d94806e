#!/usr/bin/env bash
# Page speed: the app (Release, a generated database of 10,000 stories) against nginx serving
# the very same HTML bytes as static files, both loaded with wrk on loopback, on each database in
# one run: SQLite (the embedded default) and PostgreSQL 15 (a server of the run's own, on core 1 too).
# Also prints the seconds the import of all the stories took into each.
# wrk runs on core 0, the server under test on core 1. Prints requests/s, p50, p99 and the
# app/nginx ratio for the home page, a story page and three searches (one the worst case: a 1 MB
# story with tens of thousands of hits of the word searched), with the output cache on and off.
#
#   bash bench/web.sh            # as root the first time (installs wrk and nginx)
#   RUNS=5 DURATION=10 WARMUP=30 CONNECTIONS=64 bash bench/web.sh
#   PROVIDERS=sqlite bash bench/web.sh     # one database only (sqlite or postgresql)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-64}
STORIES=${STORIES:-10000}
PROVIDERS=${PROVIDERS:-sqlite postgresql}
APP_PORT=${APP_PORT:-5301}
NGINX_PORT=${NGINX_PORT:-5302}

for tool in wrk nginx; do
    if ! command -v "$tool" >/dev/null 2>&1 && [[ ! -x /usr/sbin/$tool ]]; then
        [[ $(id -u) -eq 0 ]] || { echo "$tool is missing: run once as root to install it" >&2; exit 1; }
        apt-get install -y -qq "$tool" >/dev/null
    fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
app_pid=""
pgbin=/usr/lib/postgresql/15/bin
as_pg=()
[[ $(id -u) -eq 0 ]] && as_pg=(runuser -u postgres --) # initdb refuses to run as root
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n ${pgdir:-} ]] && { (cd / && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1) || true; rm -rf "$pgdir"; }
    [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "Building (Release) and generating $STORIES stories ..."
dotnet publish src/CivicAction.Web -c Release -o "$work/app" >/dev/null
dotnet run -c Release --project bench/CivicAction.Bench -- generate "$work/briefs" "$STORIES" >/dev/null
dotnet run -c Release --no-build --project bench/CivicAction.Bench -- worst "$work/briefs" >/dev/null

# Each provider's database: --db names the SQLite file; PostgreSQL is chosen by the settings, here as environment
# variables (a verb's own arguments are not settings).
pg_connection=""
if [[ " $PROVIDERS " == *" postgresql "* ]]; then
    [[ -x $pgbin/initdb ]] || { echo "PostgreSQL 15 is missing (apt-get install postgresql-15), or run with PROVIDERS=sqlite" >&2; exit 1; }
    pgdir=$(mktemp -d) # its own folder: the postgres user cannot enter the run's private one
    [[ $(id -u) -eq 0 ]] && chown postgres: "$pgdir"
    pgport=55532
    while (exec 3<>"/dev/tcp/127.0.0.1/$pgport") 2>/dev/null; do pgport=$((pgport + 1)); done
    (cd / && "${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null)
    (cd / && "${as_pg[@]}" taskset -c 1 "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w start \
        -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir" >/dev/null)
    pg_connection="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
fi
with_db() { # $1 = provider, then the command; always called in a subshell (a pipe, or &), which it becomes
    local provider=$1
    shift
    if [[ $provider == postgresql ]]; then
        Database__Provider=PostgreSQL Database__ConnectionString=$pg_connection exec "$@"
    else
        exec "$@" --db "$work/bench.db"
    fi
}

declare -A import_seconds
for provider in $PROVIDERS; do
    started=$(date +%s.%N)
    with_db "$provider" dotnet "$work/app/CivicAction.dll" import "$work/briefs" | tail -n 1
    import_seconds[$provider]=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
done

start_app() { # $1 = true|false (output cache), $2 = provider
    ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
        with_db "$2" taskset -c 1 dotnet "$work/app/CivicAction.dll" --urls "http://127.0.0.1:$APP_PORT" --contentRoot "$work/app" \
        --Seeds:Path= --Site:OutputCache="$1" >"$work/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 100); do curl -fs "http://127.0.0.1:$APP_PORT/healthz" >/dev/null 2>&1 && return; sleep 0.2; done
    echo "the app did not start:" >&2; cat "$work/app.log" >&2; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

story=$(dotnet "$work/app/CivicAction.dll" import "$work/briefs/000042.txt" --dry-run --json | sed -n 's/.*"slug": "\(.*\)",/\1/p' | head -n 1)
# "search" matches about one story in five of the generated corpus (the worst case of ranking), "rare" one
# story, "worst" the 1 MB story of bench/CivicAction.Bench/SearchBench.cs (the worst case of one story's hits).
declare -A paths=([home]="/" [story]="/stories/$story" [search]="/search?q=wildfire+housing" [rare]="/search?q=4242" [worst]="/search?q=culvert")
pages=(home story search rare worst)

# nginx serves the exact bytes the app renders, from files, one worker on core 1.
start_app true sqlite
mkdir -p "$work/www"
for name in "${!paths[@]}"; do curl -fs "http://127.0.0.1:$APP_PORT${paths[$name]}" -o "$work/www/$name.html"; done
stop_app
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
worker_cpu_affinity 10;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 1000000;
    default_type text/html;
    map \$arg_q \$search_file { default search.html; "4242" rare.html; "culvert" worst.html; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location = / { alias $work/www/home.html; }
        location = /stories/$story { alias $work/www/story.html; }
        location = /search { root $work/www; try_files /\$search_file =404; }
    }
}
CONF
"$NGINX" -c "$work/nginx.conf"

measure() { # $1 = url; prints "rps p50_ms p99_ms", each the median of RUNS runs
    local url=$1 out
    local -a rps=() p50=() p99=()
    for _ in $(seq "$RUNS"); do
        out=$(taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")
        rps+=("$(awk '/^Requests\/sec/ {print $2}' <<<"$out")")
        p50+=("$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")")
        p99+=("$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")")
    done
    echo "$(median "${rps[@]}") $(median "${p50[@]}") $(median "${p99[@]}")"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

declare -A nginx_result
echo "nginx (static copies of the same pages):"
for name in "${pages[@]}"; do
    nginx_result[$name]=$(measure "http://127.0.0.1:$NGINX_PORT${paths[$name]}")
done

printf '\n%-11s %-8s %-7s %10s %9s %9s %10s %16s\n' database page cache "req/s" "p50 ms" "p99 ms" "nginx r/s" "ratio app/nginx"
for provider in $PROVIDERS; do
    for cache in true false; do
        start_app "$cache" "$provider"
        for name in "${pages[@]}"; do
            taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$APP_PORT${paths[$name]}" >/dev/null
        done
        for name in "${pages[@]}"; do
            read -r rps p50 p99 <<<"$(measure "http://127.0.0.1:$APP_PORT${paths[$name]}")"
            read -r nrps _ _ <<<"${nginx_result[$name]}"
            label=$([[ $cache == true ]] && echo on || echo off)
            printf '%-11s %-8s %-7s %10s %9s %9s %10s %16.2f\n' "$provider" "$name" "$label" "$rps" "$p50" "$p99" "$nrps" "$(awk -v a="$rps" -v b="$nrps" 'BEGIN { print a / b }')"
        done
        stop_app
    done
done
echo
for provider in $PROVIDERS; do
    echo "import of $STORIES briefs into $provider: ${import_seconds[$provider]} s (one run, migrations and the app's start included)"
done
echo
echo "($RUNS runs of ${DURATION}s each, medians; $CONNECTIONS connections; wrk on core 0, server on core 1)"
