#!/usr/bin/env bash
# Checks a running OpenSearch over plain REST with curl + jq, on what newsdex's backend needs:
# english analyzer (_analyze), an index template, _bulk of 1000 docs, refresh, match / match_phrase /
# bool queries, a keyword field, terms aggregation, highlighting, get and delete by id.
# Also the modules the launcher loads beyond core: _delete_by_query / _update_by_query / _reindex,
# ingest pipelines, painless, geo_shape. Then reports (info only) the thread pools and which modules are absent.
#
# Usage: OS_URL=http://127.0.0.1:9200 ./verify.sh     (run.sh verify sets OS_URL)
#        OS_VERIFY_BIG_N=20000 also times a bigger _bulk load (default 0: skipped)
# Ends with 'N passed, N failed'; exits 1 if any check failed. Leaves no index behind.
set -uo pipefail

URL=${OS_URL:-http://127.0.0.1:9200}
IDX=newsdex_verify_articles
TPL=newsdex_verify_tpl
BIG_N=${OS_VERIFY_BIG_N:-0}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/os-verify.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
PASS=0; FAIL=0

# req METHOD PATH [JSON-BODY | @FILE] [content-type]: body on stdout, HTTP status in $WORK/code
req() {
    local m=$1 p=$2 b=${3:-} ct=${4:-application/json}
    local args=(-s -m 60 -o "$WORK/body" -w '%{http_code}' -X "$m")
    if [[ -n $b ]]; then
        if [[ $b == @* ]]; then args+=(--data-binary "$b"); else printf '%s' "$b" >"$WORK/req"; args+=(--data-binary "@$WORK/req"); fi
        args+=(-H "Content-Type: $ct")
    fi
    curl "${args[@]}" "$URL$p" >"$WORK/code" 2>/dev/null || echo 000 >"$WORK/code"
    cat "$WORK/body" 2>/dev/null
}
code() { cat "$WORK/code"; }
check() { # NAME EXPECTED ACTUAL
    if [[ "$2" == "$3" ]]; then PASS=$((PASS + 1)); echo "ok   - $1 ($3)"
    else FAIL=$((FAIL + 1)); echo "FAIL - $1: expected [$2], got [$3]"; echo "       last response: $(head -c 500 "$WORK/body" 2>/dev/null)"; fi
}
info() { echo "info - $*"; }
count_of() { req POST "/$IDX/_count" "$1" | jq -r '.count'; }       # QUERY-JSON -> hit count
hits_of() { req POST "/$IDX/_search" "$1" | jq -r '.hits.total.value'; }

# ------------------------------------------------------------------ the node
root=$(req GET /)
check "GET / answers" 200 "$(code)"
info "node: $(jq -r '"\(.version.distribution) \(.version.number), lucene \(.version.lucene_version), cluster \(.cluster_name)"' <<<"$root" 2>/dev/null)"
req DELETE "/$IDX" >/dev/null; req DELETE "/_index_template/$TPL" >/dev/null

# ------------------------------------------------------------------ analyzer
# english = possessive filter, lowercase, Lucene's English stop words ("were" is not one), Porter stemmer
toks=$(req POST /_analyze '{"analyzer":"english","text":"The runners were running quickly to London'"'"'s markets"}' | jq -r '[.tokens[].token] | join(" ")')
check "_analyze english" "runner were run quickli london market" "$toks"

# ------------------------------------------------------------------ index template
# refresh_interval -1: documents become searchable only on an explicit _refresh (checked below)
req PUT "/_index_template/$TPL" '{
  "index_patterns": ["newsdex_verify_*"],
  "template": {
    "settings": { "number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "-1" },
    "mappings": {
      "dynamic": "strict",
      "properties": {
        "title":     { "type": "text", "analyzer": "english" },
        "body":      { "type": "text", "analyzer": "english" },
        "tag":       { "type": "keyword" },
        "source":    { "type": "keyword" },
        "year":      { "type": "integer" },
        "published": { "type": "date" }
      }
    }
  }
}' >/dev/null
check "PUT _index_template" 200 "$(code)"

# ------------------------------------------------------------------ _bulk of 1000 docs
# doc i: title has "fox ... lazy dog" when i%10==0; body has "runners were running" when i%4==0;
# tag = 5 values (i%5); source = wire-(i%3); year = 2000+i%20
awk -v idx="$IDX" 'BEGIN {
  split("politics sports science culture business", tags, " ")
  for (i = 0; i < 1000; i++) {
    title = (i % 10 == 0) ? "Quick brown fox jumps over the lazy dog, number " i : "Report " i " about " tags[i % 5 + 1]
    body = (i % 4 == 0) ? "The runners were running quickly through the city" : "Nothing notable happened on day " i
    printf "{\"index\":{\"_index\":\"%s\",\"_id\":\"%d\"}}\n", idx, i
    printf "{\"title\":\"%s\",\"body\":\"%s\",\"tag\":\"%s\",\"source\":\"wire-%d\",\"year\":%d,\"published\":\"2020-02-%02d\"}\n",
      title, body, tags[i % 5 + 1], i % 3, 2000 + i % 20, 1 + i % 28
  }
}' >"$WORK/bulk.ndjson"
t0=$(date +%s%N)
bulk=$(req POST /_bulk "@$WORK/bulk.ndjson" application/x-ndjson)
t1=$(date +%s%N)
check "_bulk 1000 docs: HTTP status" 200 "$(code)"
check "_bulk 1000 docs: errors" false "$(jq -r '.errors' <<<"$bulk")"
check "_bulk 1000 docs: items created" 1000 "$(jq '[.items[].index.result | select(. == "created")] | length' <<<"$bulk")"
info "_bulk of 1000 docs ($(wc -c <"$WORK/bulk.ndjson") bytes) took $(( (t1 - t0) / 1000000 )) ms (index auto-created from the template)"

mapping=$(req GET "/$IDX/_mapping")
check "template applied: tag is keyword" keyword "$(jq -r ".\"$IDX\".mappings.properties.tag.type" <<<"$mapping")"
check "template applied: title analyzer" english "$(jq -r ".\"$IDX\".mappings.properties.title.analyzer" <<<"$mapping")"

# ------------------------------------------------------------------ refresh
check "before _refresh: nothing searchable (refresh_interval -1)" 0 "$(count_of '{"query":{"match_all":{}}}')"
req POST "/$IDX/_refresh" >/dev/null
check "POST _refresh" 200 "$(code)"
check "after _refresh: 1000 searchable" 1000 "$(count_of '{"query":{"match_all":{}}}')"

# ------------------------------------------------------------------ queries
check "match body:run (stemmed: runners/running)" 250 "$(hits_of '{"query":{"match":{"body":"run"}}}')"
check "match title:foxes (stemmed to fox)" 100 "$(hits_of '{"query":{"match":{"title":"foxes"}}}')"
check "match_phrase \"lazy dog\"" 100 "$(hits_of '{"query":{"match_phrase":{"title":"lazy dog"}}}')"
check "match_phrase \"dog lazy\" (order matters)" 0 "$(hits_of '{"query":{"match_phrase":{"title":"dog lazy"}}}')"
# fox: i%10==0; wire-0: i%3==0 -> i%30==0 (34 docs); must_not year>=2010 keeps i%20<10 -> i%60==0 (17 docs)
check "bool must+filter+must_not" 17 "$(hits_of '{"query":{"bool":{
  "must":[{"match":{"title":"fox"}}],
  "filter":[{"term":{"source":"wire-0"}}],
  "must_not":[{"range":{"year":{"gte":2010}}}]}}}')"
check "bool should + minimum_should_match" 450 "$(hits_of '{"query":{"bool":{"should":[
  {"match":{"title":"fox"}},{"match":{"body":"runners"}},{"term":{"tag":"sports"}}],"minimum_should_match":1}}}')"
check "range on date field" 180 "$(hits_of '{"query":{"range":{"published":{"gte":"2020-02-01","lte":"2020-02-05"}}}}')"

# ------------------------------------------------------------------ keyword field
check "keyword term exact: tag=politics" 200 "$(hits_of '{"query":{"term":{"tag":"politics"}}}')"
check "keyword term is not analyzed: tag=Politics" 0 "$(hits_of '{"query":{"term":{"tag":"Politics"}}}')"
sorted=$(req POST "/$IDX/_search" '{"size":3,"query":{"match_all":{}},"sort":[{"source":"desc"},{"year":"desc"},{"_id":"asc"}],"_source":false}')
check "sort on keyword + integer" "119,179,239" "$(jq -r '[.hits.hits[]._id] | join(",")' <<<"$sorted")"

# ------------------------------------------------------------------ aggregations
aggs=$(req POST "/$IDX/_search" '{"size":0,"aggs":{"tags":{"terms":{"field":"tag","size":10}},"sources":{"terms":{"field":"source"}}}}')
check "terms agg on tag" "business:200,culture:200,politics:200,science:200,sports:200" \
    "$(jq -r '[.aggregations.tags.buckets[] | "\(.key):\(.doc_count)"] | sort | join(",")' <<<"$aggs")"
check "terms agg on source" "wire-0:334,wire-1:333,wire-2:333" \
    "$(jq -r '[.aggregations.sources.buckets[] | "\(.key):\(.doc_count)"] | join(",")' <<<"$aggs")"

# ------------------------------------------------------------------ highlighting
hl=$(req POST "/$IDX/_search" '{"size":1,"query":{"match":{"title":"foxes"}},"sort":[{"_id":"asc"}],"highlight":{"fields":{"title":{}}}}')
check "highlight on english text" "Quick brown <em>fox</em> jumps over the lazy dog, number 0" "$(jq -r '.hits.hits[0].highlight.title[0]' <<<"$hl")"

# ------------------------------------------------------------------ get, update, delete by id
check "GET _doc/7 found" true "$(req GET "/$IDX/_doc/7" | jq -r '.found')"
req DELETE "/$IDX/_doc/7" >/dev/null
check "DELETE _doc/7" 200 "$(code)"
check "DELETE _doc/7 result" deleted "$(jq -r '.result' "$WORK/body")"
req GET "/$IDX/_doc/7" >/dev/null
check "GET _doc/7 after delete" 404 "$(code)"
req DELETE "/$IDX/_doc/7" >/dev/null
check "DELETE _doc/7 again" 404 "$(code)"
req POST "/$IDX/_update/8?refresh=true" '{"doc":{"tag":"updated"}}' >/dev/null
check "_update partial doc" 200 "$(code)"
req POST "/$IDX/_refresh" >/dev/null
check "count after delete" 999 "$(count_of '{"query":{"match_all":{}}}')"
check "term on updated keyword" 1 "$(hits_of '{"query":{"term":{"tag":"updated"}}}')"

# ------------------------------------------------------------------ modules beyond core: reindex, ingest-common, painless
dbq=$(req POST "/$IDX/_delete_by_query?refresh=true" '{"query":{"term":{"tag":"updated"}}}')
check "_delete_by_query (module reindex)" "200 deleted=1" "$(code) deleted=$(jq -r .deleted <<<"$dbq")"
ubq=$(req POST "/$IDX/_update_by_query?refresh=true" '{"query":{"term":{"tag":"sports"}},"script":{"lang":"painless","source":"ctx._source.year += 100"}}')
check "_update_by_query with a painless script" "200 updated=200" "$(code) updated=$(jq -r .updated <<<"$ubq")"
check "painless update applied" 200 "$(hits_of '{"query":{"range":{"year":{"gte":2100}}}}')"
rx=$(req POST "/_reindex?refresh=true" "{\"source\":{\"index\":\"$IDX\"},\"dest\":{\"index\":\"${IDX}_copy\"}}")
check "_reindex (module reindex)" "200 created=998" "$(code) created=$(jq -r .created <<<"$rx")"
req DELETE "/${IDX}_copy" >/dev/null
req PUT /_ingest/pipeline/newsdex_verify '{"processors":[{"set":{"field":"source","value":"pipeline"}},{"lowercase":{"field":"title"}}]}' >/dev/null
check "PUT _ingest/pipeline (module ingest-common)" 200 "$(code)"
req PUT "/$IDX/_doc/ingested?pipeline=newsdex_verify&refresh=true" '{"title":"MIXED Case","tag":"x"}' >/dev/null
check "index through the pipeline" "pipeline mixed case" "$(req GET "/$IDX/_doc/ingested" | jq -r '"\(._source.source) \(._source.title)"')"
req DELETE /_ingest/pipeline/newsdex_verify >/dev/null
sf=$(req POST "/$IDX/_search" '{"size":1,"sort":[{"_id":"asc"}],"query":{"ids":{"values":["0"]}},"script_fields":{"y2":{"script":{"lang":"painless","source":"doc[\"year\"].value * 2"}}}}')
check "painless script_fields" 4000 "$(jq -r '.hits.hits[0].fields.y2[0]' <<<"$sf")"
req PUT /newsdex_verify_geo '{"settings":{"number_of_replicas":0},"mappings":{"properties":{"area":{"type":"geo_shape"},"loc":{"type":"geo_point"}}}}' >/dev/null
check "geo_shape mapping (module geo)" 200 "$(code)"
req PUT "/newsdex_verify_geo/_doc/1?refresh=true" '{"area":{"type":"point","coordinates":[-0.12,51.5]},"loc":"51.5,-0.12"}' >/dev/null
check "geo_shape query" 1 "$(req POST /newsdex_verify_geo/_count '{"query":{"geo_shape":{"area":{"shape":{"type":"envelope","coordinates":[[-1,52],[1,51]]}}}}}' | jq -r .count)"
check "geo_distance query on geo_point" 1 "$(req POST /newsdex_verify_geo/_count '{"query":{"geo_distance":{"distance":"10km","loc":"51.51,-0.13"}}}' | jq -r .count)"
req DELETE /newsdex_verify_geo >/dev/null

# ------------------------------------------------------------------ info only: what the client may meet
tp=$(req GET '/_cat/thread_pool/write,search?format=json&h=name,type,size,queue_size,active,queue,rejected')
info "thread pools: $(jq -c . <<<"$tp")"
probe() { # NAME METHOD PATH [BODY]: modules this node does NOT load
    local out; out=$(req "$2" "$3" "${4:-}")
    if [[ $(code) == 2* ]]; then info "$1: available (HTTP $(code))"
    else info "$1: NOT available (HTTP $(code): $(head -c 220 <<<"$out"))"; fi
}
probe "mapper-extras (scaled_float, search_as_you_type, token_count, rank_feature)" PUT /newsdex_verify_probe '{"mappings":{"properties":{"x":{"type":"scaled_float","scaling_factor":10}}}}'
req DELETE /newsdex_verify_probe >/dev/null
probe "lang-mustache (_search/template)" POST "/$IDX/_search/template" '{"source":{"query":{"match_all":{}}}}'

# ------------------------------------------------------------------ optional: a bigger load
if (( BIG_N > 0 )); then
    big=newsdex_verify_bulk batch=5000 nb=0 errors=0
    for ((s = 0; s < BIG_N; s += batch)); do   # generated first: only the HTTP work is timed
        awk -v idx="$big" -v s="$s" -v n="$(( BIG_N - s < batch ? BIG_N - s : batch ))" 'BEGIN {
          split("the quick brown fox jumps over lazy dog while runners were running through city streets at night", w, " ")
          for (i = s; i < s + n; i++) {
            body = ""; for (k = 0; k < 60; k++) body = body " " w[(i * 7 + k) % 18 + 1]
            printf "{\"index\":{\"_index\":\"%s\",\"_id\":\"%d\"}}\n{\"title\":\"article %d\",\"body\":\"%s\",\"tag\":\"t%d\",\"year\":%d}\n", idx, i, i, body, i % 50, 1990 + i % 35
          } }' >"$WORK/big.$nb.ndjson"
        nb=$((nb + 1))
    done
    t0=$(date +%s%N)
    for ((b = 0; b < nb; b++)); do
        [[ $(req POST /_bulk "@$WORK/big.$b.ndjson" application/x-ndjson | jq -r .errors) == false ]] || errors=$((errors + 1))
    done
    req POST "/$big/_refresh" >/dev/null
    t1=$(date +%s%N)
    check "bigger load: count" "$BIG_N" "$(req GET "/$big/_count" | jq -r .count)"
    check "bigger load: bulk batches with errors" 0 "$errors"
    info "bigger load: $BIG_N docs, $(cat "$WORK"/big.*.ndjson | wc -c) bytes NDJSON in batches of $batch:" \
        "$(awk -v a="$t0" -v b="$t1" -v n="$BIG_N" 'BEGIN { printf "%.2f s -> %.0f docs/s", (b - a) / 1e9, n * 1e9 / (b - a) }')"
    req DELETE "/$big" >/dev/null
fi

req DELETE "/$IDX" >/dev/null
check "cleanup: DELETE index" 200 "$(code)"
req DELETE "/_index_template/$TPL" >/dev/null
check "cleanup: DELETE index template" 200 "$(code)"

echo "$PASS passed, $FAIL failed"
(( FAIL == 0 ))
