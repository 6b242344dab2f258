#!/usr/bin/env bash
# Compares, in one run on loopback, the cost of a page view served from the output cache, a page view
# rendered every time (a second host with LpbTheme:OutputCache:Enabled=false — a configuration switch,
# not a request header, so visitors cannot bypass the cache), and a trivial endpoint (/health/live).
# Release build, SQLite, the seeded LPB site. Requests are bounded (duration below) and go to 127.0.0.1 only.
#
#   bench/page-views.sh [page-path] [seconds] [connections]
#   e.g. bench/page-views.sh /blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken 10 16
# BENCH_NO_BUILD=1 reuses the last Release publish in $LPB_ARTIFACTS (set LPB_ARTIFACTS to reuse it).
set -euo pipefail

PAGE="${1:-/blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken}"
SECONDS_PER_RUN="${2:-10}"
CONNECTIONS="${3:-16}"
THREADS=2

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d /tmp/lpbcms-bench.XXXXXX)"
PIDS=()

log() { printf '[bench] %s\n' "$*" >&2; }

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { log "wrk is missing (apt-get install wrk)"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Build outside the source tree, so a benchmark never disturbs a developer's bin/obj folders.
export LPB_ARTIFACTS="${LPB_ARTIFACTS:-$WORK/artifacts}"
if [[ "${BENCH_NO_BUILD:-}" != 1 ]]; then
    log "building LpbCms.Web (Release)"
    dotnet publish "$REPO_ROOT/src/LpbCms.Web/LpbCms.Web.csproj" -c Release --nologo -v quiet >/dev/null
fi
# With artifacts output (Directory.Build.props), the publish folder is fixed by the artifacts layout.
APP="$LPB_ARTIFACTS/publish/LpbCms.Web/release"
[[ -f "$APP/LpbCms.Web.dll" ]] || { log "no published host in $APP"; exit 1; }

# Starts a host in the background and sets HOST_PORT; its process id goes to PIDS for cleanup.
start_host() { # name, output cache enabled (true/false)
    local name="$1" cache="$2" port
    port="$(free_port)"
    mkdir -p "$WORK/$name"
    (cd "$APP" && exec env ASPNETCORE_ENVIRONMENT=Production LpbCms__DataPath="$WORK/$name" \
        LpbCms__Setup__AdminPassword='Bench-Admin-1!x' LpbTheme__OutputCache__Enabled="$cache" \
        dotnet LpbCms.Web.dll --urls "http://127.0.0.1:$port") </dev/null >"$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 120); do
        if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
            HOST_PORT="$port"
            return
        fi
        sleep 0.5
    done
    log "host $name did not start; see $WORK/$name.log"
    exit 1
}

start_host cached true
CACHED_PORT="$HOST_PORT"
start_host uncached false
UNCACHED_PORT="$HOST_PORT"
log "cached host on $CACHED_PORT, uncached host on $UNCACHED_PORT"

# Warm up JIT, caches and connection pools on both hosts.
for port in "$CACHED_PORT" "$UNCACHED_PORT"; do
    wrk -t1 -c4 -d3s "http://127.0.0.1:$port$PAGE" >/dev/null
    wrk -t1 -c4 -d2s "http://127.0.0.1:$port/health/live" >/dev/null
done

measure() { # label, url -> "label rps p50_ms p99_ms"
    local out rps p50 p99
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H 'Accept-Encoding: br, gzip' "$2")"
    printf '%s\n' "$out" | grep -E 'Non-2xx|Socket errors' >&2 || true
    rps="$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')"
    p50="$(printf '%s\n' "$out" | awk '$1=="50%" {print $2}')"
    p99="$(printf '%s\n' "$out" | awk '$1=="99%" {print $2}')"
    printf '%s %s %s %s\n' "$1" "$rps" "$p50" "$p99"
}

to_ms() { # wrk latency (e.g. 1.23ms, 512.00us, 1.02s) in milliseconds
    awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.3f", n }'
}

RESULTS="$WORK/results"
{
    measure static "http://127.0.0.1:$CACHED_PORT/health/live"
    measure cached "http://127.0.0.1:$CACHED_PORT$PAGE"
    measure uncached "http://127.0.0.1:$UNCACHED_PORT$PAGE"
} >"$RESULTS"

STATIC_RPS="$(awk '$1=="static" {print $2}' "$RESULTS")"
printf '\nPage: %s — %s s per run, %s connections, %s threads, loopback, Release, SQLite\n\n' "$PAGE" "$SECONDS_PER_RUN" "$CONNECTIONS" "$THREADS"
printf '%-10s %12s %10s %10s %18s\n' "endpoint" "requests/s" "p50 ms" "p99 ms" "throughput/static"
while read -r label rps p50 p99; do
    printf '%-10s %12.0f %10s %10s %18.3f\n' "$label" "$rps" "$(to_ms "$p50")" "$(to_ms "$p99")" "$(awk -v a="$rps" -v b="$STATIC_RPS" 'BEGIN { print a / b }')"
done <"$RESULTS"
