#!/bin/sh
# Instructions per lookup, status-core against http, counted by callgrind.
#
# Timings on a shared machine are noisy; instruction counts are not. For
# each case of lookups.rs (every operation on each of its two
# workloads) this runs the bench binary under `valgrind --tool=callgrind`
# twice, with 0 and with $PASSES passes over the workload, and divides the
# difference by the number of lookups made. Instruction counts do not show
# branch mispredictions, which is where the two workloads differ most.
# Instructions are not time (a mispredicted branch or a cache miss costs
# more than one), so read them next to the criterion ratios.
#
#   sh benches/instructions.sh [passes]
set -eu

passes=${1:-2000}
cd "$(dirname "$0")/.."

command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }

bench=$(cargo bench -p status-benches --bench lookups --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*lookups[^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bench" ] || { echo "could not build the lookups bench" >&2; exit 1; }

# Total instructions of one run of a case.
instructions() {
    LOOKUPS_CASE=$1 LOOKUPS_PASSES=$2 valgrind --tool=callgrind \
        --callgrind-out-file=/dev/null "$bench" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

# Instructions per lookup of a case.
per_lookup() {
    lookups=$(LOOKUPS_CASE=$1 LOOKUPS_PASSES=0 "$bench")
    base=$(instructions "$1" 0)
    total=$(instructions "$1" "$passes")
    echo "$total $base $passes $lookups" | awk '{ printf "%.1f", ($1 - $2) / ($3 * $4) }'
}

echo "| operation | workload | status-core | http | ratio |"
echo "|---|---|---:|---:|---:|"
for group in $(LOOKUPS_CASE=list "$bench" | grep -v '^baseline-'); do
    ours=$(per_lookup "$group/status-core")
    theirs=$(per_lookup "$group/http")
    # Groups are <operation>-<workload>; operations contain no '-'.
    echo "$group $ours $theirs" | awk '{
        split($1, name, "-")
        printf "| %s | %s | %s | %s | %.2f |\n", name[1], name[2], $2, $3, $2 / $3
    }'
done
echo
for base in $(LOOKUPS_CASE=list "$bench" | grep '^baseline-'); do
    echo "The harness alone on the ${base#baseline-} workload ($base/black_box): $(per_lookup "$base/black_box") per lookup."
done
