#!/usr/bin/env python3
"""Finds import cycles between the files of src/ (exit 1 when there is one).

An edge A -> B means file A names an item of file B (in a `use` or a path in code: crate::…,
super::…, self::… or a child module's path); an item that B only re-exports counts against the
file that defines it. Declaring a child module (`mod x;`) is not an import, and a folder's mod.rs
and its own parts are one module (they may use each other); every other cycle is reported. The library
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
    tree = re.sub(r'\s+as\s+\w+', '', tree)
    tree = re.sub(r'\s+', '', tree)
    if '{' not in tree:
        return [tree]
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


def reexports(root, files, modules):
    """{(module, item): module it is re-exported from} for every `pub use` of a module's own
    child or sibling path, so an import through a re-export counts against the defining file."""
    out = {}
    for f in files:
        me = module_path(root, f)
        text = f.read_text(encoding='utf-8')
        for m in re.finditer(r'^\s*pub(?:\([^)]*\))?\s+use\s+([^;]+);', text, re.M):
            for path in expand(m.group(1)):
                segs = [x for x in path.split('::') if x]
                if len(segs) < 2:
                    continue
                if segs[0] == 'crate':
                    target = segs[1:]
                elif segs[0] == 'self':
                    target = list(me) + segs[1:]
                else:
                    target = list(me) + segs
                item = target[-1]
                out[(me, item)] = tuple(target[:-1])
    return out


def parent_and_part(a, b):
    """True when one file is the other's folder module (`x/mod.rs` and `x/part.rs`): a folder is
    one module, whose parts use the types its mod.rs declares and which re-exports them."""
    def owner(f):
        return f.parent if f.name != 'mod.rs' else None
    return (a.name == 'mod.rs' and owner(b) == a.parent) or (b.name == 'mod.rs' and owner(a) == b.parent)


def check(root, files):
    modules = {module_path(root, f): f for f in files}
    via = reexports(root, files, modules)
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
                # The longest prefix that is a file of ours; an item it only re-exports counts
                # against the file that defines it.
                for n in range(len(target), -1, -1):
                    module = tuple(target[:n])
                    hit = modules.get(module)
                    if hit is None:
                        continue
                    seen = set()
                    while n < len(target) and (module, target[n]) in via and module not in seen:
                        seen.add(module)
                        module = via[(module, target[n])]
                        for k in range(len(module), -1, -1):
                            if tuple(module[:k]) in modules:
                                hit = modules[tuple(module[:k])]
                                break
                    if hit != f and not parent_and_part(hit, f):
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
