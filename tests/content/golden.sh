#!/usr/bin/env bash
# Golden test of helpkb validate: each tests/content/invalid/NN-name.json (or
# folder NN-name/, its files validated together) must fail (exit 1) with the
# first finding exactly as in NN-name.expected, and the sample content must pass.
# Usage: golden.sh HELPKB
set -uo pipefail
helpkb="$1"
cd "$(dirname "$0")/../.."
failures=0
count=0
for file in tests/content/invalid/*.json; do
  expected="$(cat "${file%.json}.expected")"
  actual="$("$helpkb" validate "$file" 2>/dev/null | head -n 1)"
  "$helpkb" validate "$file" >/dev/null 2>&1
  status=$?
  count=$((count + 1))
  if [ "$actual" != "$expected" ] || [ "$status" -ne 1 ]; then
    echo "FAIL $file (exit $status)"
    echo "  expected: $expected"
    echo "  actual:   $actual"
    failures=$((failures + 1))
  fi
done
# Mistakes between files (rules naming articles or forms): a folder of files
# validated together, its first finding in NN-name.expected.
for dir in tests/content/invalid/*/; do
  dir="${dir%/}"
  expected="$(cat "$dir.expected")"
  # Files without findings print "FILE: ok" first: compare the first finding.
  actual="$("$helpkb" validate "$dir"/*.json 2>/dev/null | grep -m 1 -E ': (error|warning): ')"
  "$helpkb" validate "$dir"/*.json >/dev/null 2>&1
  status=$?
  count=$((count + 1))
  if [ "$actual" != "$expected" ] || [ "$status" -ne 1 ]; then
    echo "FAIL $dir (exit $status)"
    echo "  expected: $expected"
    echo "  actual:   $actual"
    failures=$((failures + 1))
  fi
done
if ! "$helpkb" validate assets/kb/en.json assets/kb/zh-CN.json assets/forms/en.json assets/forms/zh-CN.json assets/rules/rules.json >/dev/null 2>&1; then
  echo "FAIL the sample content does not validate"
  failures=$((failures + 1))
fi
# --json: one array of findings with every field.
json="$("$helpkb" validate --json tests/content/invalid/07-unknown-property-typo.json 2>/dev/null)"
if ! node -e '
  const f = JSON.parse(process.argv[1]);
  const keys = "file,line,column,pointer,severity,message,hint";
  if (!Array.isArray(f) || f.length < 1 || Object.keys(f[0]).sort().join() !== keys.split(",").sort().join() ||
      f[0].pointer !== "/articles/0/titel" || f[0].severity !== "error" || f[0].line !== 28) process.exit(1);' "$json"; then
  echo "FAIL --json output: $json"
  failures=$((failures + 1))
fi
echo "$count broken files checked, $failures failures"
[ "$count" -ge 25 ] && [ "$failures" -eq 0 ]
