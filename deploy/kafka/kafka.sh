#!/usr/bin/env bash
# The project's local Apache Kafka broker: a real single-node KRaft broker (combined
# broker+controller) run from jars that Maven fetches from Maven Central (see pom.xml here).
# No Docker needed. Everything it makes lives in deploy/kafka/.cache/ (git-ignored; all but
# libs/ go to KAFKA_STATE_DIR instead when that is set):
#   libs/   the broker's jars (fetched once per pom.xml; kept by `reset`)
#   data/   the KRaft log dir (wiped by `reset`)
#   logs/   server.log (broker log) and kafka.out (JVM stdout/stderr)
#   kafka.pid, kafka.state, server.properties
#
# Usage: deploy/kafka/kafka.sh COMMAND
#   up [--mark FILE]  fetch jars if needed, format storage if needed, start, wait until the
#                     broker answers a metadata request (no-op if it already runs). With
#                     --mark, FILE is created when this call started the broker and removed
#                     otherwise, so a caller can stop only what it started.
#   down              stop the broker (SIGTERM, then SIGKILL after KAFKA_STOP_TIMEOUT s)
#   status            exit 0 if the broker runs and answers; 1 if not running; 2 if it runs
#                     but does not answer (or runs on another port than KAFKA_PORT)
#   logs [-f] [-n N]  print the last N (200) lines of the server log; -f follows it
#   reset             stop the broker and wipe its data (jars are kept)
#   fetch             only fetch the jars (e.g. to warm a cache)
#
# Environment:
#   KAFKA_PORT             client listener on 127.0.0.1 (default 9092)
#   KAFKA_CONTROLLER_PORT  KRaft controller listener (default KAFKA_PORT + 1)
#   KAFKA_HEAP_OPTS        broker heap (default "-Xms512m -Xmx1g")
#   KAFKA_OPTS             extra JVM options for the broker, after (so over) our own; the
#                          broker runs C1-only unless they say otherwise (see start_broker)
#   KAFKA_EXTRA_CONFIG     extra server.properties lines (newline separated), appended last
#   KAFKA_START_TIMEOUT    seconds `up` waits for the broker to answer (default 90)
#   KAFKA_STOP_TIMEOUT     seconds `down` waits after SIGTERM before SIGKILL (default 30)
#   KAFKA_STATE_DIR        where this instance keeps data/, logs/, pid, state and config
#                          (default deploy/kafka/.cache). The jars stay in .cache/libs, so a
#                          second broker (e.g. a test's own, which it may stop and restart)
#                          runs with its own KAFKA_STATE_DIR, KAFKA_PORT and controller port.
set -euo pipefail

HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
CACHE="$HERE/.cache"
LIBS="$CACHE/libs"
STATE="${KAFKA_STATE_DIR:-$CACHE}"
[[ "$STATE" == /* ]] || STATE="$PWD/$STATE"
DATA="$STATE/data"
LOGS="$STATE/logs"
PID_FILE="$STATE/kafka.pid"
STATE_FILE="$STATE/kafka.state"
FORMAT_FILE="$STATE/data.format"
CONF="$STATE/server.properties"
ADMIN_CONF="$STATE/admin.properties"
POM="$HERE/pom.xml"

HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms512m -Xmx1g}"
KAFKA_OPTS="${KAFKA_OPTS:-}"
KAFKA_EXTRA_CONFIG="${KAFKA_EXTRA_CONFIG:-}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"

log() { printf 'kafka.sh: %s\n' "$*" >&2; }
die() { printf 'kafka.sh: error: %s\n' "$*" >&2; exit 1; }

is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }
check_port() {
    if ! is_uint "$2" || (($2 < 1 || $2 > 65535)); then
        die "$1 must be a TCP port, got '$2'"
    fi
}

check_port KAFKA_PORT "$KAFKA_PORT"
[[ -n "$KAFKA_CONTROLLER_PORT" ]] || KAFKA_CONTROLLER_PORT=$((KAFKA_PORT + 1))
check_port KAFKA_CONTROLLER_PORT "$KAFKA_CONTROLLER_PORT"
[[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"
is_uint "$KAFKA_START_TIMEOUT" || die "KAFKA_START_TIMEOUT must be a number of seconds"
is_uint "$KAFKA_STOP_TIMEOUT" || die "KAFKA_STOP_TIMEOUT must be a number of seconds"

kafka_version() {
    sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n 1
}
KAFKA_VERSION="$(kafka_version)"
[[ -n "$KAFKA_VERSION" ]] || die "cannot read <kafka.version> from $POM"

# ---------------------------------------------------------------- prerequisites

require_java() {
    command -v java >/dev/null 2>&1 ||
        die "java not found: install Java 17 or newer (apt-get install openjdk-17-jre-headless)"
    local v major
    v="$(java -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)"
    major="${v%%[.-]*}"
    [[ "$major" == 1 ]] && major="$(cut -d. -f2 <<<"$v")"
    if ! is_uint "$major" || (( major < 17 )); then
        die "Kafka $KAFKA_VERSION needs Java 17 or newer, found '${v:-unknown}' (apt-get install openjdk-17-jre-headless)"
    fi
}

require_maven() {
    command -v mvn >/dev/null 2>&1 ||
        die "mvn not found: install Maven (apt-get install maven); it fetches Kafka from Maven Central"
}

# ---------------------------------------------------------------- jars

libs_stamp() { printf '%s %s\n' "$KAFKA_VERSION" "$(cksum <"$POM" | cut -d' ' -f1)"; }

libs_ready() {
    [[ -f "$LIBS/.stamp" && -f "$LIBS/kafka_2.13-$KAFKA_VERSION.jar" ]] &&
        [[ "$(cat "$LIBS/.stamp")" == "$(libs_stamp)" ]]
}

fetch() {
    if libs_ready; then
        return 0
    fi
    require_maven
    # Instances with their own KAFKA_STATE_DIR share the jars: one fetch at a time.
    exec 8>"$CACHE/.fetch.lock"
    flock -w 600 8 || die "another kafka.sh has been fetching the jars for 600s"
    if libs_ready; then
        exec 8>&-
        return 0
    fi
    log "fetching Kafka $KAFKA_VERSION jars from Maven Central (one time)..."
    local tmp="$CACHE/libs.tmp" start=$SECONDS
    rm -rf -- "$tmp"
    # Maven 3.8 prints bare ANSI resets even in batch/quiet mode: strip them.
    if ! mvn -q -B -ntp -Dstyle.color=never -f "$POM" \
        dependency:copy-dependencies -Dkafka.libs.dir="$tmp" </dev/null 2>&1 |
        sed -e $'s/\x1b\\[[0-9;]*m//g' -e '/^$/d' >&2; then
        rm -rf -- "$tmp"
        die "Maven could not fetch org.apache.kafka:kafka_2.13:$KAFKA_VERSION (see the output above)"
    fi
    [[ -f "$tmp/kafka_2.13-$KAFKA_VERSION.jar" ]] ||
        die "Maven finished but $tmp/kafka_2.13-$KAFKA_VERSION.jar is missing"
    libs_stamp >"$tmp/.stamp"
    rm -rf -- "$LIBS"
    mv -- "$tmp" "$LIBS"
    log "fetched $(find "$LIBS" -name '*.jar' | wc -l) jars in $((SECONDS - start))s into $LIBS"
    exec 8>&-
}

# Run a Kafka command-line tool (small heap, fast JVM start, warnings to stderr).
kafka_tool() {
    java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
        -Djava.awt.headless=true \
        -Dlog4j2.configurationFile="$HERE/tools-log4j2.properties" \
        -cp "$LIBS/*" "$@"
}

# ---------------------------------------------------------------- process state

# pid of our broker if it is alive (not a zombie, and really our kafka.Kafka), else fails.
broker_pid() {
    [[ -f "$PID_FILE" ]] || return 1
    local pid state cmd
    pid="$(tr -dc '0-9' <"$PID_FILE")"
    [[ -n "$pid" ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
    [[ -n "$state" && "$state" != Z* ]] || return 1
    cmd="$(ps -ww -o args= -p "$pid" 2>/dev/null || true)"
    [[ "$cmd" == *kafka.Kafka*"$CONF"* ]] || return 1
    printf '%s\n' "$pid"
}

pid_alive() {
    local state
    kill -0 "$1" 2>/dev/null || return 1
    state="$(ps -o stat= -p "$1" 2>/dev/null || true)"
    [[ -n "$state" && "$state" != Z* ]]
}

# The ports the running broker was started with (from kafka.state).
running_port() { sed -n 's/^port=//p' "$STATE_FILE" 2>/dev/null | head -n 1; }

port_open() {
    # shellcheck disable=SC2016  # $0/$1 expand in the inner shell
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$HOST" "$1" 2>/dev/null
}

write_admin_conf() {
    cat >"$ADMIN_CONF" <<'EOF'
request.timeout.ms=5000
default.api.timeout.ms=10000
socket.connection.setup.timeout.ms=2000
socket.connection.setup.timeout.max.ms=2000
reconnect.backoff.max.ms=500
retry.backoff.max.ms=500
EOF
}

# Does the broker on port $1 answer a metadata request (ListTopics through the admin client)?
# Output of the tool goes to $2 (default: discarded).
answers() {
    local port="$1" out="${2:-/dev/null}"
    port_open "$port" || { echo "port $port is not open" >"$out"; return 1; }
    [[ -f "$ADMIN_CONF" ]] || write_admin_conf
    timeout 30 java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
        -Dlog4j2.configurationFile="$HERE/tools-log4j2.properties" \
        -cp "$LIBS/*" org.apache.kafka.tools.TopicCommand \
        --bootstrap-server "$HOST:$port" --command-config "$ADMIN_CONF" --list \
        >"$out" 2>&1
}

log_tail() {
    local f
    for f in "$LOGS/server.log" "$LOGS/kafka.out"; do
        if [[ -s "$f" ]]; then
            printf -- '---- last lines of %s ----\n' "$f" >&2
            tail -n "${1:-40}" "$f" >&2
        fi
    done
}

# ---------------------------------------------------------------- config and storage

write_config() {
    mkdir -p "$DATA" "$LOGS"
    cat >"$CONF" <<EOF
# Generated by deploy/kafka/kafka.sh on every 'up'; edit the script, not this file.
# Single-node KRaft: this process is both broker and controller.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$DATA

# Topics: created on first use, one partition, one replica.
auto.create.topics.enable=true
num.partitions=1
default.replication.factor=1
min.insync.replicas=1

# Internal topics of a one-node cluster. One partition each: the first consumer group or
# transaction then starts in well under a second (the default is 50 partitions).
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0

# Sized for a small (2-core) machine.
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=168
EOF
    if [[ -n "$KAFKA_EXTRA_CONFIG" ]]; then
        printf '\n# From KAFKA_EXTRA_CONFIG\n%s\n' "$KAFKA_EXTRA_CONFIG" >>"$CONF"
    fi
}

# A random Kafka Uuid, as `kafka-storage random-uuid` makes it (16 random bytes in unpadded
# base64url, never starting with '-'), without paying for a JVM start.
new_cluster_id() {
    local id=""
    while [[ ${#id} -ne 22 || "$id" == -* ]]; do
        id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    done
    printf '%s\n' "$id"
}

format_storage() {
    if [[ -f "$DATA/meta.properties" ]]; then
        local was
        was="$(sed -n 's/^controller_port=//p' "$FORMAT_FILE" 2>/dev/null || true)"
        if [[ -n "$was" && "$was" != "$KAFKA_CONTROLLER_PORT" ]]; then
            die "the data in $DATA was formatted for controller port $was, not $KAFKA_CONTROLLER_PORT: run '$0 reset' (wipes the data) or set KAFKA_CONTROLLER_PORT=$was"
        fi
        return 0
    fi
    rm -rf -- "$DATA" "$FORMAT_FILE"
    mkdir -p "$DATA"
    local cluster_id
    cluster_id="$(new_cluster_id)"
    log "formatting $DATA (cluster id $cluster_id)"
    if ! kafka_tool kafka.tools.StorageTool format --standalone \
        --cluster-id "$cluster_id" --config "$CONF" >"$LOGS/format.out" 2>&1; then
        cat "$LOGS/format.out" >&2
        rm -rf -- "$DATA"
        die "formatting the KRaft storage failed"
    fi
    printf 'cluster_id=%s\ncontroller_port=%s\nkafka_version=%s\n' \
        "$cluster_id" "$KAFKA_CONTROLLER_PORT" "$KAFKA_VERSION" >"$FORMAT_FILE"
}

# ---------------------------------------------------------------- start / stop

start_broker() {
    : >"$LOGS/kafka.out"
    rm -f -- "$PID_FILE"
    # TieredStopAtLevel=1: C1 only. With C2, a fresh broker spends its first one to two
    # minutes of transactional load compiling (0.2-0.5 of a core on average, a whole core in
    # bursts), and on a 2-core machine that CPU is taken from the worker and the load beside
    # it: `make bench`'s latency p99 at 500 reports/s swung with how cold the broker was.
    # Warm, C1 code costs the broker a little more CPU per request. KAFKA_OPTS comes later on
    # the command line and wins: KAFKA_OPTS=-XX:TieredStopAtLevel=4 brings C2 back.
    # setsid: the broker gets its own session, so a Ctrl-C in the caller's terminal or the
    # end of the caller does not take it down. The inner shell writes its pid, then execs
    # java, so the pid file names the JVM itself. fd 9 (our lock) is not passed on.
    # shellcheck disable=SC2016,SC2086
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
        java $KAFKA_HEAP_OPTS \
        -XX:TieredStopAtLevel=1 \
        -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
        -XX:+ExplicitGCInvokesConcurrent -XX:+ExitOnOutOfMemoryError \
        -Djava.awt.headless=true \
        -Dkafka.logs.dir="$LOGS" \
        -Dlog4j2.configurationFile="$HERE/log4j2.properties" \
        $KAFKA_OPTS \
        -cp "$LIBS/*" kafka.Kafka "$CONF" \
        </dev/null >>"$LOGS/kafka.out" 2>&1 8>&- 9>&- &
    local i
    for ((i = 0; i < 50; i++)); do
        [[ -s "$PID_FILE" ]] && break
        sleep 0.1
    done
    [[ -s "$PID_FILE" ]] || die "the broker process did not start (see $LOGS/kafka.out)"
    printf 'port=%s\ncontroller_port=%s\nversion=%s\n' \
        "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$KAFKA_VERSION" >"$STATE_FILE"
}

# Wait until the broker (pid $1) answers on KAFKA_PORT; fails on exit or timeout.
wait_ready() {
    local pid="$1" deadline=$((SECONDS + KAFKA_START_TIMEOUT)) probe="$STATE/probe.out"
    while ((SECONDS < deadline)); do
        if ! pid_alive "$pid"; then
            log "the broker (pid $pid) exited during start-up"
            return 1
        fi
        if answers "$KAFKA_PORT" "$probe"; then
            return 0
        fi
        sleep 1
    done
    log "the broker did not answer on $HOST:$KAFKA_PORT within ${KAFKA_START_TIMEOUT}s"
    [[ -s "$probe" ]] && { echo '---- last readiness probe ----' >&2; tail -n 20 "$probe" >&2; }
    return 1
}

stop_broker() {
    local pid
    if ! pid="$(broker_pid)"; then
        rm -f -- "$PID_FILE" "$STATE_FILE"
        return 1
    fi
    log "stopping the broker (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
    while pid_alive "$pid" && ((SECONDS < deadline)); do
        sleep 0.2
    done
    if pid_alive "$pid"; then
        log "the broker did not stop within ${KAFKA_STOP_TIMEOUT}s: sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        while pid_alive "$pid"; do sleep 0.1; done
    fi
    # Reap it if it happens to be our own child (a failed start in this same call).
    wait "$pid" 2>/dev/null || true
    rm -f -- "$PID_FILE" "$STATE_FILE"
    return 0
}

lock() {
    mkdir -p "$CACHE" "$STATE"
    exec 9>"$STATE/.lock"
    flock -w 300 9 || die "another kafka.sh is busy (lock $STATE/.lock held for 300s)"
}

# ---------------------------------------------------------------- commands

cmd_up() {
    local mark=""
    while (($#)); do
        case "$1" in
            --mark) [[ $# -ge 2 ]] || die "--mark needs a file"; mark="$2"; shift 2 ;;
            --mark=*) mark="${1#--mark=}"; shift ;;
            *) die "up: unknown argument '$1'" ;;
        esac
    done
    [[ -z "$mark" ]] || rm -f -- "$mark"
    require_java
    require_maven
    lock

    local pid
    if pid="$(broker_pid)"; then
        local port
        port="$(running_port)"
        if [[ -n "$port" && "$port" != "$KAFKA_PORT" ]]; then
            die "our broker already runs on port $port (pid $pid), not $KAFKA_PORT: run '$0 down' first"
        fi
        if answers "$KAFKA_PORT" || wait_ready "$pid"; then
            log "Kafka $KAFKA_VERSION already running on $HOST:$KAFKA_PORT (pid $pid): nothing to do"
            return 0
        fi
        log_tail
        die "the broker runs (pid $pid) but does not answer: try '$0 down' then '$0 up'"
    fi
    rm -f -- "$PID_FILE" "$STATE_FILE"

    local p
    for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
        if port_open "$p"; then
            die "port $HOST:$p is already in use by another process (not this script's broker); free it or set KAFKA_PORT / KAFKA_CONTROLLER_PORT"
        fi
    done

    local start=$SECONDS
    fetch
    write_config
    write_admin_conf
    format_storage
    log "starting Kafka $KAFKA_VERSION on $HOST:$KAFKA_PORT (controller $HOST:$KAFKA_CONTROLLER_PORT)"
    start_broker
    pid="$(tr -dc '0-9' <"$PID_FILE")"
    if ! wait_ready "$pid"; then
        log_tail 60
        stop_broker >/dev/null 2>&1 || true
        die "Kafka did not start; full logs in $LOGS"
    fi
    [[ -z "$mark" ]] || : >"$mark"
    log "Kafka $KAFKA_VERSION ready on $HOST:$KAFKA_PORT (pid $pid) in $((SECONDS - start))s"
}

cmd_down() {
    (($# == 0)) || die "down takes no arguments"
    lock
    if stop_broker; then
        log "stopped"
    else
        log "not running: nothing to do"
    fi
}

cmd_status() {
    (($# == 0)) || die "status takes no arguments"
    local pid port
    if ! pid="$(broker_pid)"; then
        log "not running"
        return 1
    fi
    port="$(running_port)"
    port="${port:-$KAFKA_PORT}"
    if [[ "$port" != "$KAFKA_PORT" ]]; then
        log "running on $HOST:$port (pid $pid), not on KAFKA_PORT=$KAFKA_PORT"
        return 2
    fi
    if answers "$port"; then
        log "running and answering on $HOST:$port (pid $pid, Kafka $KAFKA_VERSION)"
        return 0
    fi
    log "running (pid $pid) but not answering on $HOST:$port"
    return 2
}

cmd_logs() {
    local follow="" lines=200
    while (($#)); do
        case "$1" in
            -f|--follow) follow=1; shift ;;
            -n)
                if [[ $# -lt 2 ]] || ! is_uint "$2"; then die "-n needs a number"; fi
                lines="$2"
                shift 2
                ;;
            *) die "logs: unknown argument '$1'" ;;
        esac
    done
    [[ -f "$LOGS/server.log" ]] || die "no server log yet ($LOGS/server.log)"
    if [[ -n "$follow" ]]; then
        exec tail -n "$lines" -F "$LOGS/server.log"
    fi
    tail -n "$lines" "$LOGS/server.log"
}

cmd_reset() {
    (($# == 0)) || die "reset takes no arguments"
    lock
    stop_broker || true
    rm -rf -- "$DATA" "$FORMAT_FILE" "$CONF" "$STATE/probe.out"
    log "data wiped ($DATA); jars kept in $LIBS"
}

cmd_fetch() {
    (($# == 0)) || die "fetch takes no arguments"
    require_java
    require_maven
    lock
    fetch
    log "Kafka $KAFKA_VERSION jars ready in $LIBS"
}

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
}

main() {
    local cmd="${1:-}"
    (($#)) && shift
    case "$cmd" in
        up) cmd_up "$@" ;;
        down|stop) cmd_down "$@" ;;
        status) cmd_status "$@" ;;
        logs) cmd_logs "$@" ;;
        reset) cmd_reset "$@" ;;
        fetch) cmd_fetch "$@" ;;
        -h|--help|help) usage ;;
        "") usage; exit 64 ;;
        *) log "unknown command '$cmd'"; usage; exit 64 ;;
    esac
}

main "$@"
