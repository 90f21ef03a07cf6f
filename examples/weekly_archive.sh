#!/usr/bin/env bash
# Weekly re-run over a growing archive: only new or changed files are parsed,
# thanks to the record cache; the briefing covers the last seven days.
#
#   examples/weekly_archive.sh /srv/archive /srv/briefings
#
# Run it from cron, e.g.:  0 6 * * MON  /opt/briefing/examples/weekly_archive.sh /srv/archive /srv/briefings
set -euo pipefail

archive=${1:?usage: weekly_archive.sh ARCHIVE_DIR OUTPUT_DIR}
output=${2:?usage: weekly_archive.sh ARCHIVE_DIR OUTPUT_DIR}
week=$(date +%G-W%V)
since=$(date -d '7 days ago' +%F)
cache=${BRIEFING_CACHE:-"${XDG_CACHE_HOME:-$HOME/.cache}/briefing/archive.sqlite"}

mkdir -p "$output/$week"

# 1. Records for the whole archive. Unchanged files come from the cache, so this
#    costs seconds after the first run. Exit status 1 means some files failed:
#    they are listed on stderr and the run goes on.
status=0
briefing parse "$archive" --exclude '*/drafts/*' --cache "$cache" --quiet \
    -o "$output/$week/records.jsonl" || status=$?
if [ "$status" -gt 1 ]; then
    echo "briefing parse stopped with status $status" >&2
    exit "$status"
fi

# 2. The briefing of the week, from the records (nothing is parsed again). A week
#    without a dated source gives no briefing (status 1, the reason on stderr).
if ! briefing build "$output/$week/records.jsonl" -o "$output/$week" \
    --format pdf,docx,md --since "$since" --title "Cooperation briefing, week $week" \
    --created "$(date +%FT%T)" --quiet; then
    echo "no briefing for $week" >&2
    exit 1
fi

echo "briefing for $week in $output/$week (parse status $status)"
