#!/usr/bin/env bash
# Read benchmark: packages and starts the server on a generated dataset (rate limits off: one
# address sends everything), then measures with wrk
# (32 connections) beside nginx serving the very same JSON bytes from files, in the same run;
# and the same for two web pages (a statement's and a day's), beside nginx serving their HTML.
#
# Search is measured too: one-word searches (a fresh word every request, and the server's cache
# of rendered reads defeated, so that each is a real search), beside a date-only page.
#
# The import command's rate over the 1,580 real pages of ../shared/corpus/fmprc-2020, where present.
#
# Then sync: pages of 1,000 changes from the change feed at random positions, and a whole export
# (NDJSON and CSV) from the server restarted with a 256 MiB heap, with the resident memory it
# peaked at while streaming.
#
#   bash src/bench/run.sh               # 10,000 statements, 15 s a measurement
#   N=100000 bash src/bench/run.sh      # the search target's size
#   N=2000 DURATION=5s bash src/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${N:-10000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
work=$(mktemp -d /tmp/verbatim-bench.XXXXXX)
# The server and the import run with the collector the container image gives them (src/main/docker/Dockerfile.jvm).
JVM_OPTS="-XX:+UseParallelGC"

have() { command -v "$1" >/dev/null 2>&1; }
if ! have wrk || ! have nginx; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi

server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

echo "== Packaging"
mvn -B -q package -DskipTests

echo "== Generating $N statements"
java src/bench/GenerateStatements.java "$N" > "$work/statements.ndjson"
echo "$(du -h "$work/statements.ndjson" | cut -f1) of JSON lines"
java src/bench/GenerateStatements.java --query-words 300 > "$work/words"

echo "== Importing them (NDJSON bulk import into the embedded database)"
import_line=$(VERBATIM_DATA_DIR="$work/data" java $JVM_OPTS -jar target/quarkus-app/quarkus-run.jar import "$work/statements.ndjson" \
    2>"$work/import.log" | tail -1) || { echo "The import failed:"; tail -40 "$work/import.log"; exit 1; }
echo "$import_line"
grep 'Database file compacted' "$work/import.log" || true
import_rate=$(echo "$import_line" | sed -E 's/.*\(([0-9]+) a second\).*/\1/')

# The real pages of the shared corpus (HTML, through the import command, parsed and stored one by
# one), into a database of their own; skipped where the corpus is absent.
corpus=../shared/corpus/fmprc-2020
if [ -d "$corpus" ]; then
    echo "== Importing the real pages of $corpus (the import command, a directory of HTML pages)"
    mkdir -p "$work/real-pages"
    tar -xJf "$corpus/pages.tar.xz" -C "$work/real-pages"
    pages_line=$(VERBATIM_DATA_DIR="$work/pages-data" java $JVM_OPTS -jar target/quarkus-app/quarkus-run.jar import "$work/real-pages/html" \
        2>"$work/pages-import.log" | tail -1) || true
    echo "$pages_line"
    pages_result="$(echo "$pages_line" | sed -E 's/, in .*//'): $(echo "$pages_line" | sed -E 's/.*\(([0-9]+) a second\).*/\1/') pages a second"
    rm -rf "$work/real-pages" "$work/pages-data"
else
    pages_result="skipped: $corpus absent"
fi

# A press-conference transcript of 200 pairs, for the parser.
{
    echo "Home > Press and Media Service > Spokesperson's Remarks"
    echo "Foreign Ministry Spokesperson's Regular Press Conference on March 3, 2021"
    echo
    echo "Opening remarks of a long transcript."
    for n in $(seq 1 200); do
        echo
        echo "Q: (Outlet $n) Question number $n on the situation in the region, the talks and what comes next?"
        echo
        echo "A: The answer to question $n begins with a paragraph that says what the position is and why it has not changed."
        echo
        echo "It goes on with a second paragraph about cooperation, dialogue and the partners concerned by question $n."
    done
    echo
    echo "Print"
} > "$work/transcript-200.txt"

echo "== Starting the server"
key="bench-key-$(date +%s%N)-$(od -An -tx1 -N12 /dev/urandom | tr -d " \n")"
VERBATIM_DATA_DIR="$work/data" VERBATIM_SAMPLE_DATA=false VERBATIM_ADMIN_KEY="$key" QUARKUS_HTTP_PORT=$PORT VERBATIM_RATE_LIMIT_ENABLED=false \
    java ${BENCH_JAVA_OPTS:-$JVM_OPTS} -jar target/quarkus-app/quarkus-run.jar > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
done
api="http://127.0.0.1:$PORT/api/v1"

# The 50th newest statement, and the busiest local day, for the date page.
curl -fs "$api/statements?limit=100" | grep -o '"id":"[0-9a-z]\{16\}"' | cut -d'"' -f4 > "$work/first-ids"
id=$(sed -n 50p "$work/first-ids")
day=$(curl -fs "$api/archive" | grep -o '"date":"[0-9-]*","count":[0-9]*' | sort -t: -k3 -n | tail -1 | cut -d'"' -f4)
statement_path="/api/v1/statements/$id"
page_path="/api/v1/statements?date=$day"
slug=$(curl -fs "$api/statements/$id" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
html_statement_path="/statements/$slug"
html_day_path="/$(echo "$day" | tr - /)"

# Every id, for reads spread over the whole dataset.
cursor=""
: > "$work/ids"
while :; do
    page=$(curl -fs "$api/statements?limit=100${cursor:+&cursor=$cursor}")
    echo "$page" | grep -o '"id":"[0-9a-z]\{16\}"' | cut -d'"' -f4 >> "$work/ids"
    cursor=$(echo "$page" | grep -o '"next":"[^"]*"' | cut -d'"' -f4 || true)
    [ -n "$cursor" ] || break
done

# Days that have statements, for date-only pages; and the most frequent English content word.
curl -fs "$api/archive" | grep -o '"date":"[0-9-]*"' | cut -d'"' -f4 > "$work/days"
echo security > "$work/common-word"
echo 网络攻击 > "$work/chinese-word"

echo "== nginx serving the same bytes"
mkdir -p "$work/www"
chmod 755 "$work"
curl -fs "http://127.0.0.1:$PORT$statement_path" > "$work/www/statement.json"
curl -fs "http://127.0.0.1:$PORT$page_path" > "$work/www/page.json"
curl -fs "http://127.0.0.1:$PORT$html_statement_path" > "$work/www/statement.html"
curl -fs "http://127.0.0.1:$PORT$html_day_path" > "$work/www/day.html"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    types { text/html html; }
    client_body_temp_path $work/nginx-tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/www;
    }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.5
# nginx's workers run as nobody: without this every file was a 403, and nginx's figures were those of errors.
for file in statement.json page.json statement.html day.html; do
    curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/$file" || { echo "nginx does not serve $file:"; tail -3 "$work/nginx-error.log"; exit 1; }
done

server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; } # the server's user and system time

# URL [wrk options...] -> "req/s p99"; the server's processor time per request goes to $work/cpu
# (what a request costs, steadier than the rate on a machine whose speed drifts).
measure() {
    local url=$1
    shift
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-30s}" "$@" "$url" >/dev/null 2>&1
    local out before after
    before=$(server_ticks)
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
    after=$(server_ticks)
    echo "$out" | awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "%.2f ms", t * 1000 / hz / $1}' > "$work/cpu"
    echo "$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}') $(echo "$out" | awk '$1 == "99%" {print $2}')"
}

echo "== Measuring ($CONNECTIONS connections, $DURATION each, after a ${WARMUP:-30s} warm-up)"
read -r s_rps s_p99 <<<"$(measure "http://127.0.0.1:$PORT$statement_path")"
read -r n1_rps n1_p99 <<<"$(measure "http://127.0.0.1:$NGINX_PORT/statement.json")"
read -r p_rps p_p99 <<<"$(measure "http://127.0.0.1:$PORT$page_path")"
read -r n2_rps n2_p99 <<<"$(measure "http://127.0.0.1:$NGINX_PORT/page.json")"
read -r hs_rps hs_p99 <<<"$(measure "http://127.0.0.1:$PORT$html_statement_path")"
read -r n3_rps n3_p99 <<<"$(measure "http://127.0.0.1:$NGINX_PORT/statement.html")"
read -r hd_rps hd_p99 <<<"$(measure "http://127.0.0.1:$PORT$html_day_path")"
read -r n4_rps n4_p99 <<<"$(measure "http://127.0.0.1:$NGINX_PORT/day.html")"
read -r r_rps r_p99 <<<"$(IDS="$work/ids" measure "http://127.0.0.1:$PORT" -s src/bench/random-statement.lua)"
# Searching warms other code than reading does: 20 s of it first, so the JIT has compiled it.
WORDS="$work/words" NOCACHE=1 wrk -t2 -c"$CONNECTIONS" -d20s -s src/bench/random-search.lua "http://127.0.0.1:$PORT" >/dev/null 2>&1
read -r q_rps q_p99 <<<"$(WORDS="$work/words" NOCACHE=1 measure "http://127.0.0.1:$PORT" -s src/bench/random-search.lua)"
q_cpu=$(cat "$work/cpu")
read -r qa_rps qa_p99 <<<"$(WORDS="$work/words" NOCACHE=1 SEARCH_PATH=/api/v1/qa measure "http://127.0.0.1:$PORT" -s src/bench/random-search.lua)"
qa_cpu=$(cat "$work/cpu")
read -r d_rps d_p99 <<<"$(WORDS="$work/days" NOCACHE=1 SEARCH_PATH=/api/v1/statements DATE=1 measure "http://127.0.0.1:$PORT" -s src/bench/random-search.lua)"
d_cpu=$(cat "$work/cpu")
common=$(head -1 "$work/common-word")
read -r c_rps c_p99 <<<"$(measure "http://127.0.0.1:$PORT/api/v1/statements?q=$common")"
c_cpu=$(cat "$work/cpu")
read -r z_rps z_p99 <<<"$(WORDS="$work/chinese-word" NOCACHE=1 measure "http://127.0.0.1:$PORT" -s src/bench/random-search.lua)"
z_cpu=$(cat "$work/cpu")
# As the user types: the first four letters of a word and a star, a fresh one each request.
awk '/^[a-z][a-z][a-z][a-z][a-z]/ { print substr($0, 1, 4) "*" }' "$work/words" | sort -u > "$work/prefixes"
read -r x_rps x_p99 <<<"$(WORDS="$work/prefixes" NOCACHE=1 measure "http://127.0.0.1:$PORT" -s src/bench/random-search.lua)"
x_cpu=$(cat "$work/cpu")
# The parser warms up as the rest does: its first seconds are the JIT's (a p99 near 300 ms).
BODY="$work/transcript-200.txt" KEY="$key" wrk -t1 -c1 -d"${WARMUP:-30s}" -s src/bench/dry-run-import.lua \
    "http://127.0.0.1:$PORT/api/v1/imports?dryRun=true" >/dev/null 2>&1
parse=$(BODY="$work/transcript-200.txt" KEY="$key" wrk -t1 -c1 -d"$DURATION" --latency -s src/bench/dry-run-import.lua \
    "http://127.0.0.1:$PORT/api/v1/imports?dryRun=true")
parse_mean=$(echo "$parse" | awk '$1 == "Latency" && $2 != "Distribution" {print $2}')
parse_p99=$(echo "$parse" | awk '$1 == "99%" {print $2}')
pairs=$(curl -fs -X POST -H "Authorization: Bearer $key" -H 'Content-Type: text/plain' --data-binary @"$work/transcript-200.txt" \
    "http://127.0.0.1:$PORT/api/v1/imports?dryRun=true" | grep -o '"n":[0-9]*' | wc -l)
rss=$(ps -o rss= -p "$server" | awk '{printf "%.0f", $1 / 1024}')

# The change feed: a cursor every 1,000 changes, and pages of 1,000 asked from them at random.
since=""
: > "$work/cursors"
while :; do
    page=$(curl -fs "$api/changes?limit=1000${since:+&since=$since}")
    echo "$page" | grep -q '"kind"' || break
    since=$(echo "$page" | grep -o '"next":"[^"]*"' | cut -d'"' -f4)
    echo "$since" >> "$work/cursors"
done
changes_total=$(wc -l < "$work/cursors")
read -r ch_rps ch_p99 <<<"$(WORDS="$work/cursors" PARAM=since EXTRA="&limit=1000" NOCACHE=1 SEARCH_PATH=/api/v1/changes \
    measure "http://127.0.0.1:$PORT" -s src/bench/random-search.lua)"

echo "== Restarting the server with -Xmx256m for the export"
kill "$server"
wait "$server" 2>/dev/null || true
VERBATIM_DATA_DIR="$work/data" VERBATIM_SAMPLE_DATA=false QUARKUS_HTTP_PORT=$PORT VERBATIM_RATE_LIMIT_ENABLED=false \
    java $JVM_OPTS -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$work/server-256.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
done
export_run() { # FORMAT -> "seconds bytes lines peak-rss-MiB"
    local peak=0 start end sampler
    ( while sleep 0.2; do ps -o rss= -p "$server" 2>/dev/null; done ) > "$work/rss-samples" &
    sampler=$!
    start=$(date +%s.%N)
    curl -fs "$api/statements/export?format=$1" | tee >(wc -c > "$work/export-bytes") | wc -l > "$work/export-lines"
    end=$(date +%s.%N)
    kill "$sampler" 2>/dev/null || true
    peak=$(sort -n "$work/rss-samples" | tail -1 | awk '{printf "%.0f", $1 / 1024}')
    sleep 0.2
    echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') $(cat "$work/export-bytes") $(cat "$work/export-lines") $peak"
}
read -r xn_s xn_bytes xn_lines xn_rss <<<"$(export_run ndjson)"
read -r xc_s xc_bytes xc_lines xc_rss <<<"$(export_run csv)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "Dataset: $(wc -l < "$work/ids") statements; statement $(wc -c < "$work/www/statement.json") bytes; date page ($day) $(wc -c < "$work/www/page.json") bytes"
echo "Web pages: $html_statement_path $(wc -c < "$work/www/statement.html") bytes; $html_day_path $(wc -c < "$work/www/day.html") bytes (p99 target for both: < 20 ms)"
printf '%-44s %10s %9s %12s %9s %7s %8s\n' "read" "req/s" "p99" "nginx req/s" "p99" "ratio" "target"
printf '%-44s %10s %9s %12s %9s %7s %8s\n' "GET one statement" "$s_rps" "$s_p99" "$n1_rps" "$n1_p99" "$(ratio "$s_rps" "$n1_rps")" ">= 0.40"
printf '%-44s %10s %9s %12s %9s %7s %8s\n' "GET a date-filtered page" "$p_rps" "$p_p99" "$n2_rps" "$n2_p99" "$(ratio "$p_rps" "$n2_rps")" ">= 0.25"
printf '%-44s %10s %9s %12s %9s %7s %8s\n' "GET a statement's web page (HTML)" "$hs_rps" "$hs_p99" "$n3_rps" "$n3_p99" "$(ratio "$hs_rps" "$n3_rps")" ">= 0.30"
printf '%-44s %10s %9s %12s %9s %7s %8s\n' "GET a day's web page (HTML)" "$hd_rps" "$hd_p99" "$n4_rps" "$n4_p99" "$(ratio "$hd_rps" "$n4_rps")" ">= 0.30"
printf '%-44s %10s %9s %12s %9s %7s %8s\n' "GET statements at random over the dataset" "$r_rps" "$r_p99" "-" "-" "-" "-"
echo
echo "Search ($(wc -l < "$work/words") made-up English and French words of every frequency; a fresh word and no server cache each request):"
printf '%-44s %10s %9s %13s %8s\n' "search" "req/s" "p99" "CPU/request" "target"
printf '%-44s %10s %9s %13s %8s\n' "one-word search, statements (q=WORD)" "$q_rps" "$q_p99" "$q_cpu" ">= 2000, p99 < 25 ms"
printf '%-44s %10s %9s %13s %8s\n' "one-word search, Q&A pairs (/qa?q=WORD)" "$qa_rps" "$qa_p99" "$qa_cpu" "-"
printf '%-44s %10s %9s %13s %8s\n' "date-only page, a fresh day each request" "$d_rps" "$d_p99" "$d_cpu" "-"
printf '%-44s %10s %9s %13s %8s\n' "q=$common (in every English statement), cached" "$c_rps" "$c_p99" "$c_cpu" "-"
printf '%-44s %10s %9s %13s %8s\n' "q=网络攻击 (in most Chinese statements), no cache" "$z_rps" "$z_p99" "$z_cpu" "-"
printf '%-44s %10s %9s %13s %8s\n' "q=WORD* ($(wc -l < "$work/prefixes") prefixes of four letters), no cache" "$x_rps" "$x_p99" "$x_cpu" "-"
echo
echo "NDJSON bulk import: $import_rate statements a second (target >= 2000)"
echo "Real pages through the import command (1,580 HTML pages, 80 listings refused): $pages_result"
echo "200-pair transcript ($pairs pairs found), dry-run import over HTTP, one connection: mean $parse_mean, p99 $parse_p99 (target: parsed in < 50 ms)"
echo "Server resident memory after the run: ${rss} MiB"
echo
echo "Sync:"
printf '%-44s %10s %9s\n' "change feed, 1,000 changes a page, no cache" "$ch_rps" "$ch_p99"
echo "  ($changes_total pages of 1,000 in the feed; a fresh position each request)"
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
echo "Export NDJSON, -Xmx256m: $xn_lines statements, $(mib "$xn_bytes") MiB in $xn_s s: $(rate "$xn_lines" "$xn_s") statements/s, $(mib "$(awk -v b="$xn_bytes" -v s="$xn_s" 'BEGIN { print b / s }')") MiB/s; peak RSS $xn_rss MiB"
echo "Export CSV,    -Xmx256m: $xc_lines lines (one a pair, answers span lines), $(mib "$xc_bytes") MiB in $xc_s s; peak RSS $xc_rss MiB"
