#!/usr/bin/env bash
# make install into a new folder (from the debug build make test has made), then what a member
# or an administrator would try: the installed scrutiny's --version, its man page read with man -l,
# the bash completion loaded, the zsh and fish ones written, the sample papers found; make uninstall.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
make -s install PREFIX="$prefix" CONFIG=debug >/dev/null
fail() { echo "install check: $*" >&2; exit 1; }
version=$("$prefix/bin/scrutiny" --version)
[ -n "$version" ] || fail "scrutiny --version said nothing"
[ -x "$prefix/bin/scrutiny-sync" ] || fail "scrutiny-sync is not installed beside scrutiny"
# Output is read whole before it is searched: `grep -q` stops reading at the first match, and
# with pipefail the writer's SIGPIPE would fail the check.
manual=$(man -l "$prefix/share/man/man1/scrutiny.1" 2>/dev/null) || fail "man -l cannot read the man page"
grep -q "Fetch papers from the council" <<<"$manual" || fail "man -l does not show the sync command"
bash -c "source '$prefix/share/bash-completion/completions/scrutiny' && complete -p scrutiny" >/dev/null || fail "the bash completion does not load"
grep -q "scrutiny" "$prefix/share/zsh/site-functions/_scrutiny" || fail "the zsh completion is empty"
grep -q "complete -c 'scrutiny'\|complete -c scrutiny" "$prefix/share/fish/vendor_completions.d/scrutiny.fish" || fail "the fish completion is empty"
data=$(mktemp -d)
meetings=$(cd / && XDG_DATA_HOME="$data" XDG_CONFIG_HOME="$data" "$prefix/bin/scrutiny" meetings) || fail "the installed scrutiny meetings failed"
grep -q "Cabinet" <<<"$meetings" || fail "the installed scrutiny does not find its sample papers"
rm -rf "$data"
make -s uninstall PREFIX="$prefix"
[ -z "$(find "$prefix" -type f)" ] || fail "make uninstall left files behind"
echo "install check passed: scrutiny $version installed with its man page, completions and sample papers, then uninstalled"
