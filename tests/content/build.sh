#!/usr/bin/env bash
# helpkb build: valid content is published (hashed names + manifest), broken
# content writes nothing and keeps an earlier output. Usage: build.sh HELPKB
set -euo pipefail
helpkb="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$work/content/kb"
cp "$root"/assets/kb/*.json "$work/content/kb/"
cp -r "$root/assets/schemas" "$work/content/schemas"  # not content: skipped
SOURCE_DATE_EPOCH=1714521600 "$helpkb" build "$work/content" "$work/out" >/dev/null
[ -f "$work/out/manifest.json" ] || fail "no manifest"
ls "$work/out" | grep -Eq '^kb\.en\.[0-9a-f]{8}\.json$' || fail "no hashed kb.en file"
ls "$work/out" | grep -Eq '^kb\.zh-CN\.[0-9a-f]{8}\.json$' || fail "no hashed kb.zh-CN file"
[ "$(ls "$work/out" | wc -l)" -eq 3 ] || fail "unexpected files: $(ls "$work/out")"
node -e '
  const fs = require("fs"), crypto = require("crypto"), dir = process.argv[1];
  const m = JSON.parse(fs.readFileSync(dir + "/manifest.json", "utf8"));
  if (m.schema_version !== 1 || m.generated_at !== "2024-05-01T00:00:00Z") throw new Error("manifest header");
  for (const [name, f] of Object.entries(m.files)) {
    const bytes = fs.readFileSync(dir + "/" + f.path);
    const sha = crypto.createHash("sha256").update(bytes).digest("hex");
    if (sha !== f.sha256 || bytes.length !== f.bytes || !f.path.startsWith(name + "." + sha.slice(0, 8)))
      throw new Error("manifest entry " + name);
    JSON.parse(bytes);
  }' "$work/out" || fail "manifest does not describe the files"
before="$(ls "$work/out")"

# A broken file: exit 1, the earlier output untouched, no temporary left.
cp "$root/tests/content/invalid/05-missing-required.json" "$work/content/kb/broken.json"
if "$helpkb" build "$work/content" "$work/out" 2>/dev/null; then fail "build passed with a broken file"; fi
[ "$(ls "$work/out")" = "$before" ] || fail "output changed after a failed build"
[ -z "$(ls -A "$work" | grep -E '\.(tmp|old)-')" ] || fail "temporary folder left behind"
if "$helpkb" build "$work/content" "$work/fresh" 2>/dev/null; then fail "build passed with a broken file"; fi
[ ! -e "$work/fresh" ] || fail "output written despite errors"
echo "build: ok"
