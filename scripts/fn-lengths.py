#!/usr/bin/env python3
"""Lists the longest non-test functions in src/ (brace matching, comments and strings aware).

Usage: scripts/fn-lengths.py [--max N] [--top K]
With --max N it exits 1 when a function is longer than N lines and has no
`// long-fn: <reason>` comment on the line above its signature.
"""
import argparse
import pathlib
import re
import sys

FN = re.compile(r'^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?fn\s+([A-Za-z_][A-Za-z0-9_]*)')


def strip(line, state):
    """Returns the line with strings, chars and comments blanked; state carries block comments."""
    out = []
    i = 0
    while i < len(line):
        c = line[i]
        if state['block']:
            if line.startswith('*/', i):
                state['block'] = False
                i += 2
            else:
                i += 1
            continue
        if state['str']:
            if c == '\\':
                i += 2
                continue
            if c == '"':
                state['str'] = False
            i += 1
            continue
        if line.startswith('//', i):
            break
        if line.startswith('/*', i):
            state['block'] = True
            i += 2
            continue
        if c == '"':
            state['str'] = True
            i += 1
            continue
        if c == "'" and re.match(r"'(\\.|[^\\'])'", line[i:]):
            m = re.match(r"'(\\.|[^\\'])'", line[i:])
            i += len(m.group(0))
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def functions(path):
    lines = path.read_text(encoding='utf-8').splitlines()
    state = {'block': False, 'str': False}
    clean = [strip(l, state) for l in lines]
    skip_until = -1
    result = []
    for idx, line in enumerate(lines):
        if idx <= skip_until:
            continue
        # Skip test modules entirely.
        if re.match(r'\s*#\[cfg\(test\)\]', line):
            depth, started = 0, False
            for j in range(idx + 1, len(lines)):
                depth += clean[j].count('{') - clean[j].count('}')
                if '{' in clean[j]:
                    started = True
                if started and depth <= 0:
                    skip_until = j
                    break
            continue
        m = FN.match(clean[idx])
        if not m:
            continue
        depth, started = 0, False
        for j in range(idx, len(lines)):
            if not started and ';' in clean[j] and '{' not in clean[j]:
                break  # a declaration without a body
            depth += clean[j].count('{') - clean[j].count('}')
            if '{' in clean[j]:
                started = True
            if started and depth <= 0:
                reason = idx > 0 and 'long-fn:' in lines[idx - 1]
                result.append((j - idx + 1, f'{path}::{m.group(5)}', reason))
                break
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--max', type=int)
    ap.add_argument('--top', type=int, default=25)
    ap.add_argument('root', nargs='?', default='src')
    args = ap.parse_args()
    found = []
    for path in sorted(pathlib.Path(args.root).rglob('*.rs')):
        # Test-only files (a module's tests.rs and its test helpers) are not counted.
        if path.name in ('tests.rs', 'test_support.rs'):
            continue
        found.extend(functions(path))
    found.sort(reverse=True)
    for length, name, reason in found[: args.top]:
        print(f'{length:5}  {name}{"  (reason given)" if reason else ""}')
    if args.max is not None:
        over = [f for f in found if f[0] > args.max and not f[2]]
        if over:
            print(f'{len(over)} function(s) longer than {args.max} lines without a `// long-fn:` reason',
                  file=sys.stderr)
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
