#!/usr/bin/env bash
# The API benchmark against the physical limit (issue 5): one Release host on SQLite with the
# seeded LPB site, measured in one run with wrk on loopback (2 threads, 32 connections):
#   fixed     GET /api/bench/fixed — a fixed 2 KB JSON, no work: the ceiling of this stack here.
#             It is not part of the production host: bench/LpbCms.Bench.Endpoints adds it as a
#             hosting startup (ASPNETCORE_HOSTINGSTARTUPASSEMBLIES, resolved through
#             DOTNET_ADDITIONAL_DEPS), so the published host runs unchanged, plus this one module.
#   item      GET /api/content/{id} of the anniversary article
#   list      GET /api/content?type=BlogPost&first=10 (ten blog posts)
#   graphql   POST /api/graphql — the gifts with their article (picker through the data loader), as
#             a client repeating a query sees it: served from the read cache (keyed by the client and
#             its permissions, evicted on every published change)
#   gql-fresh the same query with Cache-Control: no-cache, so every request executes it (token
#             check, schema, SQL, resolvers, serialization): the cost of a cache miss
#   page      GET the anniversary article's page, anonymous
# Prints requests/s, p50 and p99 per endpoint, each one's ratio to the fixed endpoint, and the
# server's resident memory after the load. No thresholds: the numbers are for the report.
#
#   bench/run.sh [seconds-per-endpoint]        (default 10)
# BENCH_NO_BUILD=1 reuses the last Release publish in $LPB_ARTIFACTS.
set -euo pipefail

SECONDS_PER_RUN="${1:-10}"
THREADS=2
CONNECTIONS=32
ARTICLE_ID="ynh0192v1z5zh4sk9x7zvwxd7z"
PAGE="/blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d /tmp/lpbcms-api-bench.XXXXXX)"
HOST_PID=""

log() { printf '[bench] %s\n' "$*" >&2; }

cleanup() {
    if [[ -n "$HOST_PID" ]]; then
        kill "$HOST_PID" 2>/dev/null || true
        wait "$HOST_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { log "wrk is missing (apt-get install wrk)"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

export LPB_ARTIFACTS="${LPB_ARTIFACTS:-$WORK/artifacts}"
if [[ "${BENCH_NO_BUILD:-}" != 1 ]]; then
    log "building LpbCms.Web (Release)"
    dotnet publish "$REPO_ROOT/src/LpbCms.Web/LpbCms.Web.csproj" -c Release --nologo -v quiet >/dev/null
    dotnet publish "$REPO_ROOT/bench/LpbCms.Bench.Endpoints/LpbCms.Bench.Endpoints.csproj" -c Release --nologo -v quiet >/dev/null
fi
APP="$LPB_ARTIFACTS/publish/LpbCms.Web/release"
BENCH_ENDPOINTS="$LPB_ARTIFACTS/publish/LpbCms.Bench.Endpoints/release"
[[ -f "$APP/LpbCms.Web.dll" ]] || { log "no published host in $APP"; exit 1; }
[[ -f "$BENCH_ENDPOINTS/LpbCms.Bench.Endpoints.dll" ]] || { log "no published bench endpoints in $BENCH_ENDPOINTS"; exit 1; }
# The host resolves the extra assembly from its own folder; its deps file lists it for the runtime.
cp "$BENCH_ENDPOINTS/LpbCms.Bench.Endpoints.dll" "$APP/"

HOST_ENV=(ASPNETCORE_ENVIRONMENT=Production LpbCms__DataPath="$WORK/data" LpbCms__Setup__AdminPassword='Bench-Admin-1!x'
    ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=LpbCms.Bench.Endpoints DOTNET_ADDITIONAL_DEPS="$BENCH_ENDPOINTS/LpbCms.Bench.Endpoints.deps.json"
    LpbCms__Api__RateLimits__AnonymousPermitsPerMinute=0 LpbCms__Api__RateLimits__TokenPermitsPerMinute=0)

# An API client for the GraphQL request, by the recipe step (runs setup on the empty database first).
SECRET="bench-$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
cat >"$WORK/client.recipe.json" <<JSON
{ "name": "bench-client", "steps": [ { "name": "OpenIdApplication", "ClientId": "bench", "DisplayName": "Benchmark",
  "Type": "confidential", "ClientSecret": "$SECRET", "AllowClientCredentialsFlow": true, "Roles": [ "Editor" ] } ] }
JSON
(cd "$APP" && env "${HOST_ENV[@]}" dotnet LpbCms.Web.dll recipe run "$WORK/client.recipe.json") >"$WORK/recipe.log" 2>&1 \
    || { cat "$WORK/recipe.log" >&2; exit 1; }

PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
(cd "$APP" && exec env "${HOST_ENV[@]}" dotnet LpbCms.Web.dll --urls "$BASE") </dev/null >"$WORK/host.log" 2>&1 &
HOST_PID=$!
for _ in $(seq 1 120); do
    curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fs "$BASE/health/ready" >/dev/null || { log "host did not start"; cat "$WORK/host.log" >&2; exit 1; }

TOKEN="$(curl -fs -X POST "$BASE/connect/token" -d grant_type=client_credentials -d client_id=bench -d "client_secret=$SECRET" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')"
cat >"$WORK/graphql.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"query":"{ gift(orderBy: { position: ASC }) { displayText organisation article { contentItems { contentItemId ... on BlogPost { displayText path } } } } }"}'
LUA
sed 's/^wrk.body/wrk.headers["Cache-Control"] = "no-cache"\nwrk.body/' "$WORK/graphql.lua" >"$WORK/graphql-fresh.lua"

# Every endpoint must answer 200 before it is measured.
for url in "$BASE/api/bench/fixed" "$BASE/api/content/$ARTICLE_ID" "$BASE/api/content?type=BlogPost&first=10" "$BASE$PAGE"; do
    curl -fs -o /dev/null "$url" || { log "$url does not answer 200"; exit 1; }
done
curl -fs -o /dev/null -X POST "$BASE/api/graphql" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"query":"{ gift { displayText } }"}' || { log "GraphQL does not answer 200"; exit 1; }

log "warming up"
for url in "$BASE/api/bench/fixed" "$BASE/api/content/$ARTICLE_ID" "$BASE/api/content?type=BlogPost&first=10" "$BASE$PAGE"; do
    wrk -t1 -c4 -d2s "$url" >/dev/null
done
wrk -t1 -c4 -d2s -s "$WORK/graphql.lua" "$BASE/api/graphql" >/dev/null
wrk -t1 -c4 -d10s -s "$WORK/graphql-fresh.lua" "$BASE/api/graphql" >/dev/null

measure() { # label, url, [lua script] -> "label rps p50 p99"
    local out rps p50 p99 script=()
    [[ -n "${3:-}" ]] && script=(-s "$3")
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "${script[@]}" "$2")"
    printf '%s\n' "$out" | grep -E 'Non-2xx|Socket errors' | sed "s/^/[bench] $1: /" >&2 || true
    rps="$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')"
    p50="$(printf '%s\n' "$out" | awk '$1=="50%" {print $2}')"
    p99="$(printf '%s\n' "$out" | awk '$1=="99%" {print $2}')"
    printf '%s %s %s %s\n' "$1" "$rps" "$p50" "$p99"
}

to_ms() { awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'; }

RESULTS="$WORK/results"
{
    measure fixed "$BASE/api/bench/fixed"
    measure item "$BASE/api/content/$ARTICLE_ID"
    measure list "$BASE/api/content?type=BlogPost&first=10"
    measure graphql "$BASE/api/graphql" "$WORK/graphql.lua"
    measure gql-fresh "$BASE/api/graphql" "$WORK/graphql-fresh.lua"
    measure page "$BASE$PAGE"
} >"$RESULTS"
RSS_MB="$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$HOST_PID/status")"
# Where the resident memory is: private anonymous pages (GC heap, native), file pages (the mapped
# framework and application assemblies, shared with any other .NET process) and shared memory (the
# runtime maps JIT-compiled code through a memfd twice, writable and executable).
RSS_PARTS="$(awk '/RssAnon|RssFile|RssShmem/ {printf "%s%s %.0f MB", sep, $1, $2/1024; sep=", "}' "/proc/$HOST_PID/status")"

FIXED_RPS="$(awk '$1=="fixed" {print $2}' "$RESULTS")"
printf '\n%s s per endpoint, wrk %s threads / %s connections, loopback, Release, SQLite, %s CPU cores\n\n' \
    "$SECONDS_PER_RUN" "$THREADS" "$CONNECTIONS" "$(nproc)"
printf '%-8s %12s %9s %9s %10s\n' "endpoint" "requests/s" "p50 ms" "p99 ms" "vs fixed"
while read -r label rps p50 p99; do
    printf '%-8s %12.0f %9s %9s %10.2f\n' "$label" "$rps" "$(to_ms "$p50")" "$(to_ms "$p99")" "$(awk -v a="$rps" -v b="$FIXED_RPS" 'BEGIN { print a / b }')"
done <"$RESULTS"
printf '\nserver memory after load (RSS): %s MB (%s)\n' "$RSS_MB" "$RSS_PARTS"
printf 'targets: item >= 0.50, list and graphql >= 0.25 of fixed; p99 < 10 ms; memory < 250 MB\n'
printf 'gql-fresh is reported, not targeted: it is the same query executed on every request (no cache)\n'
