#!/usr/bin/env bash
# `make demo`: local Kafka, one worker (event clock), the simulator playing a day of
# control-room incidents in about a minute, and the alerts live in the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export NCRS_KAFKA_BOOTSTRAP="${NCRS_KAFKA_BOOTSTRAP:-127.0.0.1:${KAFKA_PORT:-9092}}"
export NCRS_TOPIC_PREFIX="${NCRS_TOPIC_PREFIX:-demo-$(date +%s).}"
export NCRS_STATE_DIR="${NCRS_STATE_DIR:-.state/demo}"
export NCRS_METRICS_PORT="${NCRS_METRICS_PORT:-9108}"
DEMO_SECONDS="${DEMO_SECONDS:-75}"
mark="$(mktemp)"
worker_pid=""; sim_pid=""

cleanup() {
    [[ -n "$sim_pid" ]] && kill "$sim_pid" 2>/dev/null || true
    [[ -n "$worker_pid" ]] && kill "$worker_pid" 2>/dev/null && wait "$worker_pid" 2>/dev/null || true
    if [[ -e "$mark.started" ]]; then deploy/kafka/kafka.sh down || true; fi
    rm -f "$mark" "$mark.started"
}
trap cleanup EXIT INT TERM

deploy/kafka/kafka.sh up --mark "$mark.started"
mkdir -p "$NCRS_STATE_DIR"
echo "starting a worker (topics prefixed '$NCRS_TOPIC_PREFIX', metrics on :$NCRS_METRICS_PORT)..."
$BIN/ncrs-watch worker --clock event >"$NCRS_STATE_DIR/worker.log" 2>&1 &
worker_pid=$!
$BIN/ncrs-watch simulate --rate 4 --duration 40 --speedup 2880 >"$NCRS_STATE_DIR/simulate.log" 2>&1 &
sim_pid=$!
if ! $BIN/python -m services.demo --seconds "$DEMO_SECONDS" --worker-pid "$worker_pid"; then
    echo "--- the last lines of the worker's log ($NCRS_STATE_DIR/worker.log):" >&2
    tail -n 30 "$NCRS_STATE_DIR/worker.log" >&2
    exit 1
fi
cat <<MSG

Where to look next:
  metrics      curl -s localhost:$NCRS_METRICS_PORT/metrics | grep ncrs_worker_
  the console  make kafka-up
               NCRS_TOPIC_PREFIX=$NCRS_TOPIC_PREFIX $BIN/ncrs-watch console --port 8080 --users deploy/console/users.example.toml
               then open http://127.0.0.1:8080 and sign in as demo.supervisor / change-me-demo
  the logs     $NCRS_STATE_DIR/worker.log, $NCRS_STATE_DIR/simulate.log
  offline      $BIN/ncrs-watch replay EVENTS.jsonl --alerts a.jsonl --assessments s.jsonl --rejects r.jsonl
MSG
