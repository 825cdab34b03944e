#!/usr/bin/env bash
# `npm run bench`: every benchmark in turn, each writing bench/results/<name>.json (bench/results.ts), then
# bench/summary.ts writes bench/results/summary.md and the README's performance section from them.
#
#   npm run bench                      # everything: several minutes
#   QUICK=1 npm run bench              # a short smoke run (1 round of 3 s; marked as such in the summary)
#   BENCH=createAbsence npm run bench  # one benchmark (then the summary): getPersonExempts, createIndkaldelse,
#                                      # createAbsence, createActivity, oneCitizen, postgres-getPersonExempts,
#                                      # postgres-createIndkaldelse, wsrmPull, pushRate, coldStart; and
#                                      # scale (1,000,000 citizens on PostgreSQL: only when named)
#   DURATION=10 ROUNDS=3 WARMUP=2 THREADS=2 CONNECTIONS=50 BENCH_PORT_BASE=18080   # the wrk benchmarks' defaults
#
# The wrk benchmarks (bench/compare.ts, bench/postgres.ts) need wrk and curl; the PostgreSQL ones the
# PostgreSQL 15 server binaries (DFDG_PG_BIN, as the tests). A benchmark that fails is reported and the others
# still run; the exit code is 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

for tool in wrk curl node; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }; done
TSX=(node --import tsx)
# QUICK=1 is passed on in the environment: every benchmark shortens its own run (bench/README.md).

declare -A STEP=(
  [getPersonExempts]="bench/compare.ts getPersonExempts"
  [createIndkaldelse]="bench/compare.ts createIndkaldelse"
  [createAbsence]="bench/compare.ts createAbsence"
  [createActivity]="bench/compare.ts createActivity"
  [oneCitizen]="bench/compare.ts oneCitizen"
  [postgres-getPersonExempts]="bench/postgres.ts getPersonExempts"
  [postgres-createIndkaldelse]="bench/postgres.ts createIndkaldelse"
  [wsrmPull]="bench/wsrmPull.ts"
  [pushRate]="bench/pushRate.ts"
  [coldStart]="bench/coldStart.ts"
  [scale]="bench/scale.ts"
)
ORDER=(getPersonExempts createIndkaldelse createAbsence createActivity oneCitizen postgres-getPersonExempts
  postgres-createIndkaldelse wsrmPull pushRate coldStart)
if [[ -n ${BENCH:-} ]]; then
  [[ -n ${STEP[$BENCH]:-} ]] || { echo "unknown BENCH $BENCH (${ORDER[*]})" >&2; exit 2; }
  ORDER=("$BENCH")
fi

failed=()
for name in "${ORDER[@]}"; do
  read -r -a cmd <<<"${STEP[$name]}"
  if [[ ! -f ${cmd[0]} ]]; then
    echo "=== $name: ${cmd[0]} does not exist on this branch; skipped"
    continue
  fi
  echo "=== $name: ${TSX[*]} ${cmd[*]}"
  if ! "${TSX[@]}" "${cmd[@]}"; then
    echo "=== $name FAILED" >&2
    failed+=("$name")
  fi
done

"${TSX[@]}" bench/summary.ts
if ((${#failed[@]} > 0)); then
  echo "failed: ${failed[*]}" >&2
  exit 1
fi
