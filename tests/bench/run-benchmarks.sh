#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Runs the benchmark suite (medians of several runs) and prints one Markdown table with the
# budgets of issues #9, #15 and #19. Usage: tests/bench/run-benchmarks.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
export QT_QPA_PLATFORM=offscreen
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$build/tests/bench/bench_model" -median 7 > "$out/model.txt" 2>&1
"$build/tests/bench/bench_designer" -median 5 -iterations 20 sliderStep > "$out/designer.txt" 2>&1
"$build/tests/bench/bench_designer" editAtScale rightSizeTemplate07 > "$out/edits.txt" 2>&1
"$build/tests/bench/bench_designer" stageReport > "$out/reports.txt" 2>&1
# Issue 19 item 1: open, edit and close at 10,000 components, edit at 1,000 (medians inside).
"$build/tests/bench/bench_designer" designAtScale > "$out/scale.txt" 2>&1
"$build/tests/bench/bench_processes" > "$out/processes.txt" 2>&1
"$build/tests/bench/bench_cli" > "$out/cli.txt" 2>&1

python3 - "$out" <<'PY'
import re, sys, pathlib
out = pathlib.Path(sys.argv[1])
rows = []
def results(name):
    text = (out / name).read_text()
    # "RESULT : Class::function():"tag":\n     12.5 msecs per iteration" (tag optional)
    for m in re.finditer(r'RESULT : \w+::(\w+)\(\):(?:"([^"]*)":)?\s*\n\s*([\d.,]+) msecs', text):
        yield m.group(1), m.group(2) or '', float(m.group(3).replace(',', ''))
memory = {}
for file in ('processes.txt', 'cli.txt'):
    for m in re.finditer(r'\w+::(\w+)\(([^)]*)\) MEMORY ([^:]+): (\d+) KB', (out / file).read_text()):
        memory[m.group(3)] = max(memory.get(m.group(3), 0), int(m.group(4)))
budgets = {('evaluateComponents', '1000 components'): 1.0, ('evaluateComponents', '10000 components'): 15.0,
           ('sweepThreeTier1000Points', ''): 10.0, ('sliderStep', '200 components'): 16.0,
           ('designerColdStart', ''): 1000.0,
           ('editAtScale', 'paste 20 into 1000 components'): 50.0,
           ('editAtScale', 'undo a paste of 20 at 1000 components'): 50.0,
           ('editAtScale', 'inspector edit at 200 components'): 16.0,
           ('rightSizeTemplate07', 'longest GUI block during it'): 100.0,
           ('cliValidate10k', ''): 40.0, ('cliEvaluateJson10k', ''): 80.0,
           ('designAtScale', 'open 10000 components to first paint'): 2000.0,
           ('designAtScale', 'edit at 10000 components'): 100.0,
           ('designAtScale', 'close 10000 components'): 1000.0,
           ('designAtScale', 'edit at 1000 components'): 30.0}
print('| benchmark | case | median | budget | peak memory |')
print('| --- | --- | --- | --- | --- |')
for file in ('model.txt', 'designer.txt', 'edits.txt', 'reports.txt', 'scale.txt', 'processes.txt', 'cli.txt'):
    for function, tag, ms in results(file):
        budget = budgets.get((function, tag))
        if function == 'stageReport':
            budget = 2000.0
        verdict = '' if budget is None else (f'{budget:g} ms ✓' if ms <= budget else f'{budget:g} ms ✗')
        key = {'designerColdStart': 'designer cold start', 'cliEvaluate': 'headroom-cli evaluate three-tier',
               'cliVersion': 'headroom-cli --version',
               'cliValidate10k': 'headroom-cli validate at 10,001 components',
               'cliEvaluateJson10k': 'headroom-cli evaluate --format json at 10,001 components'}.get(function, tag)
        mem = f'{memory[key] / 1024:.0f} MiB' if key in memory else ''
        print(f'| {function} | {tag} | {ms:g} ms | {verdict} | {mem} |')
PY
