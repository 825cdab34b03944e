#!/usr/bin/env bash
# Throughput of one operation: the real facade against a bare node-soap server and a raw node:http server, in
# one run, on loopback only. Each server is its own process on its own port; each is checked once with curl,
# then loaded with wrk (THREADS threads, CONNECTIONS connections, DURATION seconds, --latency). Prints a table
# (req/s, p50, p99, ratios facade/bare-node-soap and facade/raw) and writes bench/results/<BENCH>.md stamped
# with the date, machine and git commit. BENCH picks the operation:
#   getPersonExempts  (default) a read: PersonVisitationStatusService.GetPersonExempts
#   createIndkaldelse a write: Kontaktforloeb.IndkaldelseService.CreateIndkaldelse (validation, rules, one
#                     transaction with the summons, its history and six outbox rows), spread over BENCH_CITIZENS
#
#   bash bench/run.sh                 # 3 rounds of 10 s per server (default)
#   DURATION=3 ROUNDS=1 bash bench/run.sh   # quicker
#   BENCH=createIndkaldelse bash bench/run.sh
#   BENCH_PORT_BASE=28080 bash bench/run.sh
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-2}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
PORT_BASE=${BENCH_PORT_BASE:-18080}
HOST=127.0.0.1
export BENCH=${BENCH:-getPersonExempts} BENCH_CITIZENS=${BENCH_CITIZENS:-1000}
case $BENCH in
  getPersonExempts)
    ENDPOINT=/1/PersonVisitationStatusService.svc
    SOAP_ACTION='"http://service.bm.dk/pjaktass/2024/12/01/PersonVisitationStatusService/GetPersonExempts"'
    EXPECT='<([A-Za-z0-9]+:)?PersonExemptTypeIdentifierType>11</'
    WHAT='a real GetPersonExempts envelope with both DFDG headers; the facade reads one citizen with an active absence 11'
    ;;
  createIndkaldelse)
    ENDPOINT=/1/Kontaktforloeb.IndkaldelseService.svc
    SOAP_ACTION='"http://service.bm.dk/pjaktass/2024/12/01/Kontaktforloeb.IndkaldelseService/CreateIndkaldelse"'
    EXPECT='<([A-Za-z0-9]+:)?MessageIdentifier>[0-9a-f-]{36}</'
    WHAT="a real CreateIndkaldelse envelope with both DFDG headers, a fresh BookingIdentifier per request, one of $BENCH_CITIZENS citizens at random; the facade validates, runs the rules and commits the summons, its history entry and six outbox rows in one SQLite transaction"
    ;;
  *) echo "unknown BENCH $BENCH (getPersonExempts, createIndkaldelse)" >&2; exit 2 ;;
esac
LUA=bench/$BENCH.lua
# The GetPersonExempts figures keep their historical file name.
if [[ $BENCH == getPersonExempts ]]; then RESULTS=bench/results/latest.md; else RESULTS=bench/results/$BENCH.md; fi

if ! [[ $DURATION =~ ^[0-9]+$ ]] || ((DURATION < 1 || DURATION > 120)); then
  echo "DURATION must be 1..120 seconds" >&2
  exit 2
fi
for tool in wrk curl node; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }; done

WORK=$(mktemp -d -t bench-XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# The request body wrk posts, extracted from the Lua script so curl checks exactly the same envelope.
# {CPR} and {ID} (createIndkaldelse fills them per request) get one fixed citizen and a fresh id here.
awk '/^wrk.body = \[\[/{on=1; sub(/^wrk.body = \[\[/, ""); } on && /\]\]$/{sub(/\]\]$/, ""); print; exit} on{print}' "$LUA" |
  sed -e 's/{CPR}/0101900000/' -e "s/{ID}/$(cat /proc/sys/kernel/random/uuid)/" >"$WORK/request.xml"

NAMES=(raw bare-node-soap facade)
declare -A SCRIPT=([raw]=bench/servers/raw-http.ts [bare-node-soap]=bench/servers/bare-node-soap.ts [facade]=bench/servers/facade.ts)
declare -A PORT=([raw]=$((PORT_BASE + 1)) [bare-node-soap]=$((PORT_BASE + 2)) [facade]=$((PORT_BASE + 3)))

for name in "${NAMES[@]}"; do
  if curl -s -o /dev/null --max-time 1 "http://$HOST:${PORT[$name]}/"; then
    echo "port ${PORT[$name]} is already in use (set BENCH_PORT_BASE)" >&2
    exit 2
  fi
  LOG_LEVEL=silent node --import tsx "${SCRIPT[$name]}" "${PORT[$name]}" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
done

# Wait (bounded) until each server listens, then check it answers GetPersonExempts correctly once.
check() {
  local name=$1 url="http://$HOST:${PORT[$1]}$ENDPOINT" status
  for _ in $(seq 150); do
    grep -q 'listening' "$WORK/$name.log" && break
    sleep 0.2
  done
  grep -q 'listening' "$WORK/$name.log" || { echo "$name did not start:" >&2; cat "$WORK/$name.log" >&2; return 1; }
  status=$(curl -s --max-time 10 -o "$WORK/$name.response.xml" -w '%{http_code}' -X POST \
    -H 'Content-Type: text/xml; charset=utf-8' -H "SOAPAction: $SOAP_ACTION" --data-binary @"$WORK/request.xml" "$url")
  if [[ $status != 200 ]] || ! grep -Eq "$EXPECT" "$WORK/$name.response.xml"; then
    echo "$name answered HTTP $status without the expected answer ($EXPECT):" >&2
    cat "$WORK/$name.response.xml" >&2
    echo >&2
    cat "$WORK/$name.log" >&2
    return 1
  fi
  echo "ok  $name answers $BENCH ($(wc -c <"$WORK/$name.response.xml") bytes) at $url"
}
for name in "${NAMES[@]}"; do check "$name"; done

# wrk latency figures come as 1.23us / 4.56ms / 1.20s: normalise to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

# Warm every server up (JIT, caches) for WARMUP seconds, then ROUNDS rounds of DURATION seconds each; the
# order of the servers rotates every round so drift of this shared VM hits each of them alike. Reported:
# the median round per server (req/s, its p50 and p99), every round's req/s, and the ratios of medians.
declare -A RPS P50 P99 ERRORS ROUND_RPS
for name in "${NAMES[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 5s -s "$LUA" "http://$HOST:${PORT[$name]}$ENDPOINT" >/dev/null
  ERRORS[$name]=0
  ROUND_RPS[$name]=""
done
for ((round = 0; round < ROUNDS; round++)); do
  for ((k = 0; k < ${#NAMES[@]}; k++)); do
    name=${NAMES[$(((k + round) % ${#NAMES[@]}))]}
    echo "round $((round + 1))/$ROUNDS wrk: $name, ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION}s ..."
    out="$WORK/$name.$round.wrk"
    timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -s "$LUA" \
      "http://$HOST:${PORT[$name]}$ENDPOINT" >"$out"
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    ROUND_RPS[$name]="${ROUND_RPS[$name]} $rps"
    echo "$rps $out" >>"$WORK/$name.rounds"
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
    sockerr=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out")
    ERRORS[$name]=$((ERRORS[$name] + ${non2xx:-0} + ${sockerr:-0}))
  done
done
for name in "${NAMES[@]}"; do
  median=$(sort -n "$WORK/$name.rounds" | awk '{ line[NR] = $2 } END { print line[int((NR + 1) / 2)] }')
  RPS[$name]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$median")
  P50[$name]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$median")")
  P99[$name]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$median")")
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
R_NODESOAP=$(ratio "${RPS[facade]}" "${RPS[bare-node-soap]}")
R_RAW=$(ratio "${RPS[facade]}" "${RPS[raw]}")

COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git status --porcelain -- src bench wsdl xsd 2>/dev/null) ]]; then COMMIT="$COMMIT (with uncommitted changes)"; fi
DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
MACHINE="$(nproc) cores, $(uname -m), node $(node --version), $( (wrk --version 2>&1 || true) | head -1 | awk '{print $1, $2}')"

TABLE=$(
  printf '| server | req/s (median) | p50 ms | p99 ms | errors | req/s of each round |\n|---|---:|---:|---:|---:|---|\n'
  for name in "${NAMES[@]}"; do
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}" "${ERRORS[$name]}" "${ROUND_RPS[$name]# }"
  done
  printf '\n| ratio | req/s |\n|---|---:|\n| facade / bare-node-soap | %s |\n| facade / raw | %s |\n' "$R_NODESOAP" "$R_RAW"
)

echo
echo "$TABLE"

mkdir -p "$(dirname "$RESULTS")"
cat >"$RESULTS" <<EOF
# $BENCH benchmark (generated by bench/run.sh — do not edit)

- date: $DATE
- machine: $MACHINE
- commit: $COMMIT
- method: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, script $LUA ($WHAT),
  each server its own process on 127.0.0.1, each checked once with curl first, warmed up
  ${WARMUP}s, then $ROUNDS rounds with the server order rotated each round; the table shows each server's median
  round (req/s with that round's p50/p99) and the ratios of the medians. Single rounds on this VM vary ±10–15 %.
- servers: raw = bench/servers/raw-http.ts (fixed ~1 KB response, the practical ceiling); bare-node-soap =
  bench/servers/bare-node-soap.ts (soap.listen on the same WSDL, constant response, no validation, no database);
  facade = bench/servers/facade.ts (the real app: parse, headers, XSD validation, access, SQLite, response).

$TABLE
EOF
echo
echo "wrote $RESULTS"

total_errors=$((${ERRORS[raw]} + ${ERRORS[bare-node-soap]} + ${ERRORS[facade]}))
if ((total_errors > 0)); then
  echo "some requests failed (see the errors column); the figures are not comparable" >&2
  exit 1
fi
