# Sourced by every benchmark to read its options. read_options "NAMES" "$@": for each name in NAMES,
# --name VALUE sets the variable of that name (dashes read as underscores), or, for a name written
# with a trailing "?", --name alone sets it to true; --write sets write=true in every benchmark.
# Anything else is refused (exit 2). The variables' defaults are set before.
read_options() {
  local names=" $1 "; shift
  while [ $# -gt 0 ]; do
    local option=${1#--}
    local variable=${option//-/_}
    if [ "$1" = --write ] || [[ $1 == --* && $names == *" $option? "* ]]; then
      [ "$1" = --write ] && variable=write
      printf -v "$variable" true
    elif [[ $1 == --* && $names == *" $option "* && $# -ge 2 ]]; then
      printf -v "$variable" '%s' "$2"
      shift
    else
      echo "unknown option $1" >&2
      exit 2
    fi
    shift
  done
}
