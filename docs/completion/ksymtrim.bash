# bash completion for ksymtrim: commands, options and option values come from ksymtrim itself
# ([suggest] directive); anything else completes as a file name.
_ksymtrim() {
    local cur=${COMP_WORDS[COMP_CWORD]} IFS=$'\n' words
    words=$("${COMP_WORDS[0]}" '[suggest]' "${COMP_LINE:0:COMP_POINT}" 2>/dev/null)
    [[ $cur == -* ]] || words=$(grep -v '^[-/]' <<<"$words")
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _ksymtrim ksymtrim
