# Sourced by the benchmarks that write their results with --write.
# write_section NAME FILE [HEADING]: FILE, which holds its own <!-- NAME:start ... --> and <!-- NAME:end -->
# lines, takes the place of that section of docs/PERFORMANCE.md; a section not there yet is added at the
# end under "## HEADING", or refused when no heading is given. FILE is removed.
write_section() {
  local name=$1 file=$2 heading=${3:-}
  if grep -q "<!-- $name:start" docs/PERFORMANCE.md; then
    awk -v section="$file" -v start="<!-- $name:start" -v end="<!-- $name:end -->" '
      index($0, start) { while ((getline line < section) > 0) print line; skip = 1; next }
      index($0, end) { skip = 0; next }
      !skip { print }' docs/PERFORMANCE.md > docs/PERFORMANCE.md.new && mv docs/PERFORMANCE.md.new docs/PERFORMANCE.md
  elif [ -n "$heading" ]; then
    { echo; echo "## $heading"; echo; cat "$file"; } >> docs/PERFORMANCE.md
  else
    rm -f "$file"
    echo "docs/PERFORMANCE.md has no $name section" >&2
    exit 1
  fi
  rm -f "$file"
  echo "Written to docs/PERFORMANCE.md"
}
