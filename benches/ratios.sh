#!/bin/sh
# The status-core/http ratio of median times for each group of the lookups
# bench: every operation on each of the two workloads (unpredictable and
# server; see the module docs of lookups.rs). Below 1, status-core is
# faster.
#
#   sh benches/ratios.sh           # from criterion's last run
#   sh benches/ratios.sh 5         # run the bench 5 times
#
# With a number, it runs the bench that many times (1 s warm-up, 3 s of
# measurement per case) and reports, per group, the median over the runs of
# each figure, with the lowest and highest ratio seen. On a machine that
# others share, load changes between one case and the next, so one run's
# ratio can be off; the median of several is steadier.
set -eu

cd "$(dirname "$0")/.."
dir=${CARGO_TARGET_DIR:-target}/criterion
operations="from_u16 phrase from_bytes from_str format status_line"
workloads="unpredictable server"

# The median point estimate, in nanoseconds per pass over the workload.
median() {
    sed -n 's/.*"median":{"confidence_interval":{[^}]*},"point_estimate":\([0-9.e+-]*\).*/\1/p' \
        "$dir/$1/new/estimates.json"
}

# Lookups per pass, from the throughput criterion recorded.
lookups() {
    sed -n 's/.*"throughput":{"Elements":\([0-9]*\)}.*/\1/p' "$dir/$1/new/benchmark.json"
}

# One line per group of the last run: group, ours and http in ns per
# lookup, ratio; then, per workload, the harness alone as
# "baseline-<workload> ns".
last_run() {
    for workload in $workloads; do
        for operation in $operations; do
            group=$operation-$workload
            [ -f "$dir/$group/status-core/new/estimates.json" ] || continue
            echo "$group $(median "$group/status-core") $(median "$group/http") $(lookups "$group/status-core")" |
                awk '{ printf "%s %.3f %.3f %.4f\n", $1, $2 / $4, $3 / $4, $2 / $3 }'
        done
        base=baseline-$workload/black_box
        if [ -f "$dir/$base/new/estimates.json" ]; then
            echo "baseline-$workload $(median "$base") $(lookups "$base")" |
                awk '{ printf "%s %.3f\n", $1, $2 / $3 }'
        fi
    done
}

rounds=${1:-0}
results=$(mktemp)
trap 'rm -f "$results"' EXIT INT TERM
if [ "$rounds" -eq 0 ]; then
    last_run >"$results"
else
    i=0
    while [ "$i" -lt "$rounds" ]; do
        cargo bench --quiet -p status-benches --bench lookups -- \
            --warm-up-time 1 --measurement-time 3 >/dev/null 2>&1
        last_run >>"$results"
        i=$((i + 1))
    done
fi

echo "| operation | workload | status-core ns/lookup | http ns/lookup | ratio | lowest | highest |"
echo "|---|---|---:|---:|---:|---:|---:|"
for workload in $workloads; do
    for operation in $operations; do
        grep "^$operation-$workload " "$results" | awk -v op="$operation" -v wl="$workload" '
            # Sorts a[1..n] in place and returns its median.
            function med(a, n,    i, j, t) {
                for (i = 2; i <= n; i++)
                    for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
                return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
            }
            { n++; ours[n] = $2; http[n] = $3; ratio[n] = $4 }
            END {
                if (n == 0) exit
                o = med(ours, n); h = med(http, n); r = med(ratio, n)
                printf "| %s | %s | %.2f | %.2f | %.3f | %.3f | %.3f |\n", op, wl, o, h, r, ratio[1], ratio[n]
            }'
    done
done
echo
for workload in $workloads; do
    grep "^baseline-$workload " "$results" | sort -n -k 2 | awk -v wl="$workload" '
        { v[++n] = $2 }
        END {
            if (n == 0) exit
            m = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
            printf "The harness alone on the %s workload (baseline-%s/black_box): %.2f ns per lookup.\n", wl, wl, m
        }'
done
