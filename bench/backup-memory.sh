#!/usr/bin/env bash
# Peak memory of a full backup and restore through the real CLI (`export`, `import`), on SQLite.
# Builds a site of N generated items (default 50,000) and a small one (the LPB recipe only), then
# reports each command's peak resident set (GNU time) and the growth: big site minus small site,
# which is what the items themselves cost. Target: growth under 64 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-50000}"
work="$(mktemp -d /tmp/lpbcms-backup-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export LpbCms__Setup__AdminPassword='Bench-Passw0rd!'

dotnet build src/LpbCms.Web -c Release -o "$work/app" -v quiet -nologo >/dev/null
python3 bench/generate-recipe.py "$count" "$work/bench.recipe.json"

cli() { # data folder, then arguments; prints peak RSS in KB
    LpbCms__DataPath="$1" /usr/bin/time -f '%M' -o "$work/rss" dotnet "$work/app/LpbCms.Web.dll" "${@:2}" >"$work/out.log" 2>&1 \
        || { cat "$work/out.log"; exit 1; }
    cat "$work/rss"
}

cli "$work/small" recipe run recipes/lpb-site.recipe.json >/dev/null
cli "$work/big" recipe run recipes/lpb-site.recipe.json >/dev/null
cli "$work/big" recipe run "$work/bench.recipe.json" >/dev/null

export_small=$(cli "$work/small" export "$work/small.zip" --versions all)
export_big=$(cli "$work/big" export "$work/big.zip" --versions all)
import_small=$(cli "$work/small-restored" import "$work/small.zip")
import_big=$(cli "$work/big-restored" import "$work/big.zip")
rows=$(sqlite3 "$work/big-restored/lpbcms.db" 'SELECT COUNT(*) FROM ContentItemIndex' 2>/dev/null || echo '?')

printf 'package: %s bytes for %s items; restored %s version rows\n' "$(stat -c %s "$work/big.zip")" "$count" "$rows"
printf '%-8s %12s %12s %12s\n' command small-KB big-KB growth-MB
printf '%-8s %12s %12s %12.1f\n' export "$export_small" "$export_big" "$(echo "($export_big - $export_small) / 1024" | bc -l)"
printf '%-8s %12s %12s %12.1f\n' import "$import_small" "$import_big" "$(echo "($import_big - $import_small) / 1024" | bc -l)"
