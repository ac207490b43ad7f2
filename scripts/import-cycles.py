#!/usr/bin/env python3
"""Finds import cycles between the files of src/ (exit 1 when there is one).

An edge A -> B means file A names an item of file B in a `use` (crate::…, super::…, self::…
or a child module's path). Declaring a child module (`mod x;`) is not an import. The library
(src/) and the data tool (src/bin/maltal/, its own crate) are checked separately.
"""
import pathlib
import re
import sys

USE = re.compile(r'^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);', re.M)
INLINE = re.compile(r'\b(?:crate|super)(?:::[A-Za-z_][A-Za-z0-9_]*)+')


def module_path(root, path):
    rel = path.relative_to(root).with_suffix('')
    parts = list(rel.parts)
    if parts[-1] in ('mod', 'lib', 'main'):
        parts = parts[:-1]
    return tuple(parts)


def expand(tree):
    """`a::{b, c::{d}}` -> [a::b, a::c::d] (globs and renames kept as the path before them)."""
    tree = re.sub(r'\s+', '', tree)
    if '{' not in tree:
        return [re.sub(r'as\w+$', '', tree)]
    head, rest = tree.split('{', 1)
    inner = rest[:rest.rindex('}')]
    parts, depth, cur = [], 0, ''
    for ch in inner:
        if ch == ',' and depth == 0:
            parts.append(cur)
            cur = ''
            continue
        depth += ch == '{'
        depth -= ch == '}'
        cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        if p in ('', 'self'):
            out.append(head.rstrip(':'))
        else:
            out.extend(head + q for q in expand(p))
    return out


def check(root, files):
    modules = {module_path(root, f): f for f in files}
    edges = {f: set() for f in files}
    for f in files:
        me = module_path(root, f)
        is_mod = f.name in ('mod.rs', 'lib.rs', 'main.rs')
        text = re.sub(r'#\[cfg\(test\)\]\s*mod tests\s*\{.*', '', f.read_text(encoding='utf-8'), flags=re.S)
        # Paths written in code (`super::persist::new_id()`) import as much as a `use`.
        code = re.sub(r'//[^\n]*', '', USE.sub('', text))
        inline = [m.group(0) for m in INLINE.finditer(code)]
        trees = [p for m in USE.finditer(text) for p in expand(m.group(1))] + inline
        for path in trees:
            if True:
                segs = [s for s in path.split('::') if s]
                if not segs:
                    continue
                if segs[0] == 'crate':
                    target = segs[1:]
                elif segs[0] == 'super':
                    base = list(me if is_mod else me)
                    base = base[:-1]
                    segs = segs[1:]
                    while segs and segs[0] == 'super':
                        base = base[:-1]
                        segs = segs[1:]
                    target = base + segs
                elif segs[0] == 'self':
                    target = list(me) + segs[1:]
                elif tuple(list(me) + segs[:1]) in modules:
                    target = list(me) + segs
                else:
                    continue  # an outside crate
                # The longest prefix that is a file of ours.
                for n in range(len(target), -1, -1):
                    hit = modules.get(tuple(target[:n]))
                    if hit is not None:
                        if hit != f:
                            edges[f].add(hit)
                        break
    return cycles(edges)


def cycles(edges):
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(str(c) for c in comp))

    sys.setrecursionlimit(10000)
    for v in edges:
        if v not in index:
            visit(v)
    return out


def main():
    src = pathlib.Path('src')
    bin_root = src / 'bin' / 'maltal'
    lib_files = [p for p in src.rglob('*.rs') if bin_root not in p.parents]
    found = check(src, lib_files) + check(bin_root, list(bin_root.rglob('*.rs')))
    for comp in found:
        print('import cycle:', ' <-> '.join(comp))
    if found:
        return 1
    print('no import cycles between files')
    return 0


if __name__ == '__main__':
    sys.exit(main())
