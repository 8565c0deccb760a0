#!/bin/sh
# Starts OpsBoard as two nodes on one PostgreSQL database behind nginx, all on this machine:
#   deploy/start-cluster.sh        start (stays in the foreground; Ctrl-C stops everything)
#   deploy/start-cluster.sh stop   stop what a previous start left running
# Settings (environment): OPSBOARD_CLUSTER_DIR (state folder, default artifacts/cluster in the repo),
# PROXY_PORT (8080), NODE_A_PORT (5101), NODE_B_PORT (5102), PG_PORT (5433).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
dir=${OPSBOARD_CLUSTER_DIR:-$root/artifacts/cluster}
proxy_port=${PROXY_PORT:-8080}
node_a_port=${NODE_A_PORT:-5101}
node_b_port=${NODE_B_PORT:-5102}
pg_port=${PG_PORT:-5433}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
nginx=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

# PostgreSQL refuses to run as root: its tools then run as the postgres user.
pg() {
    tool=$1; shift
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_bin/$tool" "$@"; else "$pg_bin/$tool" "$@"; fi
}

stop() {
    [ -f "$dir/nginx/nginx.pid" ] && kill "$(cat "$dir/nginx/nginx.pid" 2>/dev/null)" 2>/dev/null || true
    for node in a b; do
        [ -f "$dir/node-$node.pid" ] && kill "$(cat "$dir/node-$node.pid" 2>/dev/null)" 2>/dev/null || true
        rm -f "$dir/node-$node.pid"
    done
    [ -d "$dir/pg/data" ] && pg pg_ctl -D "$dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
}

if [ "${1:-}" = stop ]; then stop; exit 0; fi

mkdir -p "$dir/pg" "$dir/keys" "$dir/files" "$dir/nginx"
if [ ! -d "$dir/pg/data" ]; then
    [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
    pg initdb -D "$dir/pg/data" -U postgres -A trust -E UTF8 --no-instructions >/dev/null
fi
pg pg_ctl -D "$dir/pg/data" -l "$dir/pg/server.log" -w -o "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1" start >/dev/null
trap stop EXIT INT TERM
pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'opsboard'" | grep -q 1 \
    || pg createdb -h 127.0.0.1 -p "$pg_port" -U postgres opsboard

dotnet build "$root/OpsBoard/OpsBoard.csproj" -c Release -v q -nologo >/dev/null
dll="$root/OpsBoard/bin/Release/net10.0/OpsBoard.dll"

# Both nodes share the data-protection keys (a cookie signed on one node is read on the other) and the files.
start_node() {
    name=$1; port=$2; seed=$3
    OpsBoard__Database=PostgreSql \
    ConnectionStrings__OpsBoard="Host=127.0.0.1;Port=$pg_port;Database=opsboard;Username=postgres" \
    OpsBoard__KeysPath="$dir/keys" OpsBoard__Files__Path="$dir/files" OpsBoard__NodeName="$name" \
    OpsBoard__SeedDemo="$seed" \
        dotnet "$dll" --urls "http://127.0.0.1:$port" >"$dir/node-$name.log" 2>&1 &
    echo $! >"$dir/node-$name.pid"
    until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
        kill -0 "$(cat "$dir/node-$name.pid")" 2>/dev/null || { echo "node $name did not start, see $dir/node-$name.log" >&2; exit 1; }
        sleep 1
    done
}
# The first node creates the tables and the demo data; the second starts once that is done.
start_node a "$node_a_port" true
start_node b "$node_b_port" false

sed -e "s#{{PREFIX}}#$dir/nginx#g" -e "s/{{NODE_A}}/$node_a_port/" -e "s/{{NODE_B}}/$node_b_port/" \
    -e "s/{{PROXY}}/$proxy_port/" "$root/deploy/nginx/opsboard.conf" >"$dir/nginx/nginx.conf"
"$nginx" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -g 'daemon off;' &
echo "OpsBoard on http://127.0.0.1:$proxy_port (nodes on $node_a_port and $node_b_port, logs in $dir)"
wait $!
