#!/usr/bin/env bash
# Measures recipe import through the real CLI (`LpbCms.Web.dll recipe run`) on a fresh database:
# the LPB setup recipe, then a generated recipe of N items (default 10,000) twice (the second run
# must change nothing). SQLite always; PostgreSQL too when LPBCMS_TEST_POSTGRES names a server
# where databases may be created. Prints wall-clock seconds per run and the rows stored.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
work="$(mktemp -d /tmp/lpbcms-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build src/LpbCms.Web -c Release -o "$work/app" -v quiet -nologo >/dev/null
python3 bench/generate-recipe.py "$count" "$work/bench.recipe.json"

run() { # label, then environment assignments
    local label="$1"; shift
    local start end
    start=$(date +%s.%N)
    env "$@" LpbCms__Setup__AdminPassword='Bench-Passw0rd!' dotnet "$work/app/LpbCms.Web.dll" recipe run "$recipe" >"$work/out.log" 2>&1 \
        || { cat "$work/out.log"; exit 1; }
    end=$(date +%s.%N)
    printf '%-40s %8.2f s\n' "$label" "$(echo "$end - $start" | bc)"
}

measure() { # provider label, then environment assignments for that database
    local provider="$1"; shift
    recipe="recipes/lpb-site.recipe.json"; run "$provider: LPB setup recipe (fresh db)" "$@"
    recipe="$work/bench.recipe.json"; run "$provider: $count items (first import)" "$@"
    run "$provider: $count items (re-run, no change)" "$@"
}

measure "SQLite" LpbCms__DataPath="$work/data-sqlite"
sqlite3 "$work/data-sqlite/lpbcms.db" 'SELECT COUNT(*) || " version rows, " || (SELECT COUNT(*) FROM ContentFieldIndex) || " field index rows" FROM ContentItemIndex' 2>/dev/null || true

if [[ -n "${LPBCMS_TEST_POSTGRES:-}" ]]; then
    # EF's migrator creates the database when it does not exist (the role needs CREATEDB).
    db="lpbbench_$(date +%s)"
    measure "PostgreSQL" LpbCms__DataPath="$work/data-pg" LpbCms__Database__Provider=Postgres \
        "ConnectionStrings__LpbCms=${LPBCMS_TEST_POSTGRES/Database=postgres/Database=$db}"
fi
