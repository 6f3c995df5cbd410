#!/bin/sh
# The status-core/http ratio of median times for each group of the lookups
# bench, from the estimates criterion saved in its last run.
#
#   cargo bench -p status-core --bench lookups
#   sh status-core/benches/ratios.sh [criterion-dir]
#
# The directory defaults to target/criterion of this workspace. Below 1,
# status-core is faster.
set -eu

cd "$(dirname "$0")/../.."
dir=${1:-${CARGO_TARGET_DIR:-target}/criterion}

# The median point estimate, in nanoseconds per pass over the workload.
median() {
    sed -n 's/.*"median":{"confidence_interval":{[^}]*},"point_estimate":\([0-9.e+-]*\).*/\1/p' \
        "$dir/$1/new/estimates.json"
}

# Lookups per pass, from the throughput criterion recorded.
lookups() {
    sed -n 's/.*"throughput":{"Elements":\([0-9]*\)}.*/\1/p' "$dir/$1/new/benchmark.json"
}

echo "| group | status-core ns/lookup | http ns/lookup | ratio |"
echo "|---|---:|---:|---:|"
for group in from_u16 phrase from_bytes from_str format status_line; do
    [ -f "$dir/$group/status-core/new/estimates.json" ] || continue
    ours=$(median "$group/status-core")
    theirs=$(median "$group/http")
    n=$(lookups "$group/status-core")
    echo "$group $ours $theirs $n" |
        awk '{ printf "| %s | %.2f | %.2f | %.3f |\n", $1, $2 / $4, $3 / $4, $2 / $3 }'
done
if [ -f "$dir/baseline/black_box/new/estimates.json" ]; then
    echo
    echo "$(median baseline/black_box) $(lookups baseline/black_box)" |
        awk '{ printf "The harness alone (baseline/black_box): %.2f ns per lookup.\n", $1 / $2 }'
fi
