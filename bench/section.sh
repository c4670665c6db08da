#!/usr/bin/env bash
# section.sh FILE NAME < content: replaces the part of FILE between <!-- NAME --> and <!-- /NAME --> (appends it when
# missing), so each benchmark script rewrites only its own section of docs/benchmarks.md.
set -euo pipefail
file="$1" name="$2"
content="$(cat)"
[[ -f "$file" ]] || printf '# Benchmarks\n\nEach section is written by the script it names, on the machine and date it gives.\n' > "$file"
python3 - "$file" "$name" "$content" <<'PY'
import sys, re
path, name, content = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path).read()
block = f"<!-- {name} -->\n{content.rstrip()}\n<!-- /{name} -->"
pattern = re.compile(rf"<!-- {re.escape(name)} -->.*?<!-- /{re.escape(name)} -->", re.S)
text = pattern.sub(lambda m: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
open(path, "w").write(text)
PY
