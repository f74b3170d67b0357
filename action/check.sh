#!/usr/bin/env bash
# The GitHub Action's check step (action.yml). Its inputs arrive as environment variables, never pasted
# into a script with ${{ }}, so an input cannot inject shell code. It runs owl license check with the
# findings on the log, a SARIF and a JSON report beside it, writes the step outputs, and exits with
# owl's status: 1 on violations; 2 or 3 (bad arguments, invalid policy) with owl's own error. With 3 owl
# still writes the SARIF file, the error as a tool execution notification, and it is uploaded like any
# other; with 2 there is none, and no sarif output, so the upload is skipped rather than failing.
#   OWL_JAR    the built owl.jar          OWL_ARGS   extra arguments, split at whitespace (no quoting)
#   OWL_SARIF  where to write SARIF       GITHUB_OUTPUT, RUNNER_TEMP  set by the runner
set -uo pipefail
read -r -a extra <<< "${OWL_ARGS:-}"
sarif=${OWL_SARIF:-owl.sarif}
tmp=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/owl.XXXXXX")
json="$tmp/owl.json"
rm -f -- "$sarif" # a report left by an earlier run must not be uploaded as this run's
java -jar "$OWL_JAR" license check --report "sarif=$sarif" --report "json=$json" "${extra[@]}" 2> >(tee "$tmp/stderr" >&2)
code=$?
wait # for tee
out=${GITHUB_OUTPUT:-/dev/null}
echo "exit-code=$code" >> "$out"
if [ "$code" -le 1 ] && [ -f "$json" ]; then
    summary=$(sed -n 's/.*"verdict" *: *"\([a-z]*\)".*/verdict=\1/p' "$json" | head -n 1)
    echo "$summary" >> "$out"
    for key in errors warnings notes; do
        n=$(grep -o "\"$key\" *: *[0-9]*" "$json" | head -n 1 | grep -o '[0-9]*$')
        echo "$key=${n:-0}" >> "$out"
    done
    echo "sarif=$sarif" >> "$out"
else
    echo "verdict=error" >> "$out"
    # an annotation on the run's summary page, with owl's first error line
    first=$(grep -v '^ *$' "$tmp/stderr" | head -n 1)
    echo "::error title=owl license check failed (exit $code)::${first:-see the log of this step}"
    if [ -f "$sarif" ]; then
        echo "sarif=$sarif" >> "$out"
    fi
fi
rm -rf "$tmp"
exit "$code"
