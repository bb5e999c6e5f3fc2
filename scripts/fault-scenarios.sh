#!/usr/bin/env bash
# The reliability scenarios of issue 21 run from the CLI, printing each command and what it
# printed: inputs that can never be read, hostile inputs, a damaged store, a full disk, kill -9
# during ingest, a database outage under two workers, a feed refused on every poll.
# Usage: npm run build && scripts/fault-scenarios.sh [work-dir]
#   DATABASE_URL=postgres://…  also runs the outage scenario (it stops and starts that server
#                              with pg_ctl, so give it a throw-away one: scripts/ci-postgres.sh)
# The full-disk scenario needs root and a tmpfs mount; it says so and is skipped otherwise.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
W="${1:-$(mktemp -d /tmp/tri-faults-XXXX)}"
mkdir -p "$W"
cd "$W" || exit 1
tri() { node "$ROOT/bin/triangulate.js" "$@"; }
run() { # prints the command, its output (stdout and stderr, long lines cut) and exit code
  echo "\$ triangulate $*"
  local t0=$SECONDS
  tri "$@" > out.txt 2>&1
  local rc=$?
  cut -c1-260 out.txt | sed 's/^/  /' | tail -n 12
  echo "  → exit $rc in $((SECONDS - t0)) s"
}
section() { printf '\n== %s\n' "$*"; }
ids() { node -e "$1" 2>&1; }

section "inputs that can never be read: no store is created"
run ingest ftp://example.org/a.html missing.txt --db never
[ -e never ] && echo "  store folder left behind: yes" || echo "  store folder left behind: no"

section "hostile inputs beside a good one"
cp "$ROOT/examples/istanbul-2025/"*.txt . 2>/dev/null || cp "$ROOT/examples/istanbul-2025/"* .
node -e 'process.stdout.write("<html><body>" + "<div>".repeat(100000) + "deep text" + "</div>".repeat(100000) + "</body></html>")' > nested.html
node -e 'process.stdout.write("word ".repeat(1900000))' > oneline.txt
printf '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title><description>&x;</description></item></channel></rss>' > entity.xml
printf '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss><channel><item><title>&d;&d;&d;</title></item></channel></rss>' > bomb.xml
/usr/bin/time -f "  peak RSS %M KB, %e s" node "$ROOT/bin/triangulate.js" ingest nested.html oneline.txt entity.xml bomb.xml "$ROOT/examples/istanbul-2025" --db hostile 2>&1 | cut -c1-200 | sed 's/^/  /'

section "a damaged store: a table file that lost pages"
ids "import('$ROOT/dist/store/open.js').then(async ({ openStore }) => {
  const { articleFromRecord } = await import('$ROOT/dist/ingest/record.js');
  const s = await openStore({ db: 'damaged' });
  await s.putArticles(Array.from({ length: 300 }, (_, i) => articleFromRecord('a' + i, { text: 'Flood report ' + i + ': the river rose overnight and closed the valley road. '.repeat(8) })), (a) => [{ kind: 'assign', key: 'assign:' + a.id, payload: { articleId: a.id } }]);
  const [r] = await s.db.query(\"SELECT pg_relation_filepath('articles') AS t, pg_relation_filepath('articles_pkey') AS i\");
  await s.close();
  require('node:fs').writeFileSync('damaged.paths', r.t + '\n' + r.i + '\n');
})"
cp -r damaged damaged-index
truncate -s 8192 "damaged/pgdata/$(sed -n 1p damaged.paths)"
run status --db damaged
run ingest "$ROOT/examples/istanbul-2025" --db damaged
truncate -s 0 "damaged-index/pgdata/$(sed -n 2p damaged.paths)"
run ingest "$ROOT/examples/istanbul-2025" --db damaged-index

section "a damaged store: a missing internal file"
tri ingest "$ROOT/examples/istanbul-2025" --db missing >/dev/null 2>&1
rm missing/pgdata/PG_VERSION
run status --db missing
[ -e missing/pgdata/PG_VERSION ] && echo "  re-created: yes" || echo "  re-created: no"

section "a full disk"
mkdir -p tfs
if mount -t tmpfs -o size=60m tmpfs tfs 2>/dev/null; then
  tri ingest "$ROOT/examples/istanbul-2025" --db tfs/store >/dev/null 2>&1
  node -e 'for (let i = 0; i < 400; i++) console.log(JSON.stringify({ id: "s" + i, text: "Storm report " + i + ". " + "Heavy rain flooded the valley towns overnight, officials said. ".repeat(80) }))' > storm.jsonl
  head -c $(( $(stat -f -c '%a*%S' tfs) - 2*1024*1024 )) /dev/zero > tfs/filler
  run ingest storm.jsonl --db tfs/store
  head -c $(( $(stat -f -c '%a*%S' tfs) )) /dev/zero > tfs/filler2
  run status --db tfs/store
  run ingest storm.jsonl --db tfs/new
  rm -f tfs/filler tfs/filler2
  run ingest storm.jsonl --db tfs/store
  umount -l tfs
else
  echo "  skipped: cannot mount a tmpfs here (needs root and mount permission)"
fi

section "kill -9 during ingest, then ingest again"
node -e 'for (let i = 0; i < 1500; i++) console.log(JSON.stringify({ id: "k" + i, text: "Report " + i + " from the town of Vel" + (i % 97) + ": the council closed " + (i % 13) + " schools after the storm on Monday, mayor Ana Ruiz said. " + "Crews cleared roads and restored power to most homes by evening. ".repeat(6) }))' > kill.jsonl
node "$ROOT/bin/triangulate.js" ingest kill.jsonl --db killed > /dev/null 2>&1 &
pid=$!
sleep 12
kill -9 $pid 2>/dev/null && echo "  killed ingest (pid $pid) after 12 s"
wait $pid 2>/dev/null
run status --db killed
run ingest kill.jsonl --db killed

section "a feed refused on every poll (watch, three rounds)"
echo "\$ triangulate watch http://127.0.0.1:9/feed.xml --interval 1 (stopped with SIGINT after 10 s)"
timeout -s INT 10 node "$ROOT/bin/triangulate.js" watch http://127.0.0.1:9/feed.xml --interval 1 --politeness 0 --db watched 2>&1 | cut -c1-200 | sed 's/^/  /'

if [ -n "${DATABASE_URL:-}" ]; then
  section "a database outage under two workers"
  BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)")"
  PGD="${PGDATA_DIR:-/tmp/triangulate-pg}"
  as_pg() { if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  SCHEMA_URL="$DATABASE_URL"
  node -e 'for (let i = 0; i < 1200; i++) console.log(JSON.stringify({ id: "o" + i, text: "Report " + i + " from the port of Nes" + (i % 89) + ": " + (i % 11) + " boats were damaged when the gale struck on Friday, harbour master Tor Lund said. " + "Fishermen hauled smaller craft ashore as the wind rose. ".repeat(6) }))' > outage.jsonl
  tri ingest outage.jsonl --queue-only --db "$SCHEMA_URL" 2>&1 | tail -1 | sed 's/^/  /'
  node "$ROOT/bin/triangulate.js" worker --once --db "$SCHEMA_URL" > w1.log 2>&1 &
  w1=$!
  node "$ROOT/bin/triangulate.js" worker --once --db "$SCHEMA_URL" > w2.log 2>&1 &
  w2=$!
  sleep 8
  echo "  stopping the server for 10 s"
  as_pg "'$BIN/pg_ctl' -D '$PGD' -m fast stop" > /dev/null
  sleep 10
  PORT="$(node -e 'console.log(new URL(process.argv[1]).port || 5432)' "$DATABASE_URL")"
  as_pg "'$BIN/pg_ctl' -D '$PGD' -l '$PGD/server.log' -w -o \"-h 127.0.0.1 -p $PORT -k /tmp -c fsync=off -c max_connections=100\" start" > /dev/null && echo "  server started again"
  wait $w1; echo "  worker 1 exit $?:"; cut -c1-200 w1.log | sed 's/^/    /'
  wait $w2; echo "  worker 2 exit $?:"; cut -c1-200 w2.log | sed 's/^/    /'
  run status --db "$SCHEMA_URL"
fi
echo
echo "work folder: $W"
