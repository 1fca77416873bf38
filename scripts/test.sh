#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line:
#   N passed, N failed, N skipped
# summed over all test projects from their TRX results. Exits non-zero when anything failed,
# or when no test ran at all.
set -uo pipefail
cd "$(dirname "$0")/.."

results="TestResults"
rm -rf "$results"
mkdir -p "$results"

bash scripts/install-deps.sh || exit 1

# Everything but the test that measures its own process's processor time while the database is away: that one
# mostly waits, and must run alone in its process, so it runs in a process of its own beside the PostgreSQL pass.
dotnet test EmulationPortal.sln --configuration Release --filter "Measures!=IdleProcessor" --results-directory "$results" --logger trx "$@"
status=$?
dotnet test tests/EmulationPortal.FunctionalTests --configuration Release --no-build --filter "Measures=IdleProcessor" \
    --results-directory "$results/idle" --logger trx "$@" >"$results/idle.log" 2>&1 &
idle_run=$!

# The functional tests again, on PostgreSQL: the same pages, workflow, recipes and search on the other engine.
# Tests that choose their engines themselves (two nodes, outages, a site move) already ran above, and so did
# those whose subject no engine changes (headers, rate limits, rendering; trait Engines=Either).
if postgres="$(bash scripts/postgres.sh start)"; then
    PORTAL_TEST_POSTGRES="$postgres" dotnet test tests/EmulationPortal.FunctionalTests --configuration Release --no-build \
        --filter "Engines!=ChosenByTheTest&Engines!=Either" --results-directory "$results/postgres" --logger trx "$@" || status=1
    bash scripts/postgres.sh stop
elif [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL could not be started: the PostgreSQL run is required in CI." >&2
    status=1
else
    echo "PostgreSQL is not available: the functional tests ran on SQLite only." >&2
fi

wait "$idle_run" || status=1
cat "$results/idle.log"

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx "$results"/postgres/*.trx "$results"/idle/*.trx; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    read_counter() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
    passed=$((passed + $(read_counter passed)))
    failed=$((failed + $(read_counter failed) + $(read_counter error) + $(read_counter timeout) + $(read_counter aborted)))
    skipped=$((skipped + $(read_counter notExecuted)))
done

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
    exit 1
fi
if [ "$passed" -eq 0 ]; then
    echo "No test ran." >&2
    exit 1
fi
