#!/usr/bin/env bash
# No-lost-versions test: starts the packaged server (target/goalbook.jar) as its own process with a
# 256 MiB heap, lets 16 clients upload distinct filled templates at once (8 for nord, 8 for one region
# each), kills the process with SIGKILL (Process.destroyForcibly, i.e. kill -9) once KILL_AFTER uploads
# have been acknowledged, restarts it on the same data folder and checks that every acknowledged version
# is there with the SHA-256 it was acknowledged with, that version numbers have no holes and that no
# half-written row is visible. ROUNDS repeats load and kill on the same data before the check.
#
# Usage:   scripts/kill-test.sh [ROUNDS] [KILL_AFTER]        (defaults: 3 rounds, 40 acknowledged each)
# Needs:   JDK 17 and Maven with the dependencies in ~/.m2 (add MVN_FLAGS=-o to stay offline).
# Output:  a line "kill test: rounds=…, clients=16, sent=…, acknowledged=…, cut off by the kill=…,
#          stored=…, verified=…, lost=0"; the script exits non-zero when anything was lost.
# The test itself is src/test/java/goalbook/KillRecoveryIT.java.
set -euo pipefail

ROUNDS="${1:-3}"
KILL_AFTER="${2:-40}"
cd "$(dirname "$0")/.."

mvn -B -q ${MVN_FLAGS:-} package -DskipTests
mvn -B ${MVN_FLAGS:-} verify -Pintegration -Dit.test=KillRecoveryIT -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dkilltest.rounds="$ROUNDS" -Dkilltest.killAfter="$KILL_AFTER" 2>&1 | tee target/kill-test.log \
    | grep -E '^kill test:|^after the kills:|LOST|Tests run:|FAIL|BUILD' || true

grep -q '^kill test:.* lost=0$' target/kill-test.log && grep -q 'BUILD SUCCESS' target/kill-test.log
