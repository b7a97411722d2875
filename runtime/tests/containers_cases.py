"""The cases of tests/containers.rs. Run under CPython 3.14 to (re)write
containers_expected.txt: each program, a tab, then the repr of its last
expression or `ExcType: message`.

    /work/main/.cache/cpython/bin/python3.14 runtime/tests/containers_cases.py

Programs use the subset tests/containers.rs evaluates: `;`-separated
statements (`x = e`, `x op= e`, `x[k] = e`, `del x[k]`, expressions), int and
'str' literals, tuples, lists, dicts, sets, calls with keywords, attributes,
subscripts, binary operators, one comparison, `in`, `not in`, `is`; and the
names len, repr, hash, iter, next, reversed, neg, type plus the types.
"""

import ast
import os

neg = lambda x: -x

CASES = r"""
()
(1,)
(1, 2, 'a')
tuple([1, 2, 3])
tuple(range(4))
tuple({1: 2, 3: 4})
tuple(1)
tuple(1, 2)
tuple(x=1)
len((1, 2, 3))
(1, 2, 3)[0]
(1, 2, 3)[-1]
(1, 2, 3)[3]
(1, 2, 3)[-4]
(1, 2)['a']
(1, 2)[2**100]
2 in (1, 2)
3 in (1, 2)
3 not in (1, 2)
(1, 2) + (3,)
(1,) + [2]
(1, 2) * 3
3 * (1, 2)
(1, 2) * -1
(1, 2) * 'a'
(1, 2) < (1, 3)
(1, 2) < (1, 2, 0)
(1, 2) == (1, 2)
(1, 2) != (1, 2)
(1, 2) >= (1, 1, 5)
(1, 'a') < (1, 2)
(1, 2) < [1, 2]
(1, 2) == [1, 2]
hash(())
hash((1,))
hash((1, 2))
hash((-1, -2))
hash((2**70, 5))
hash(([],))
(1, 2, 1, 1).count(1)
(1, 2, 3).index(3)
(1, 2, 3).index(4)
(1, 2, 3, 2).index(2, 2)
(1, 2, 3, 2).index(2, -1)
(1, 2, 3).index(1, 1, 2)
(1, 2, 3).index(1, 'a')
(1, 2).count()
(1, 2).__getnewargs__()
t = (1, 2); tuple(t) is t
repr(((1,), ()))
[]
[1, 'a', [2]]
list(range(3))
list((1, 2))
list({1: 2, 3: 4})
list(1)
list(1, 2)
list(x=1)
l = [1, 2]; l.__init__([5]); l
l = [1]; l.append(l); l
l = [1, 2, 3]; l[1]
l = [1, 2, 3]; l[-3]
l = [1, 2, 3]; l[3]
l = [1, 2, 3]; l['x']
l = [1, 2, 3]; l[1] = 9; l
l = [1, 2, 3]; l[-1] = 9; l
l = [1, 2, 3]; l[5] = 9
l = [1, 2, 3]; del l[0]; l
l = [1, 2, 3]; del l[-1]; l
l = [1, 2, 3]; del l[3]
2 in [1, 2]
[1, 2] + [3]
[1, 2] + (3,)
[1] * 3
[1, 2] * 0
[0] * 'a'
[0] * 10**20
l = [1]; l += (2, 3); l
l = [1]; m = l; l += [2]; m
l = [1]; l += 5
l = [1, 2]; l *= 2; l
l = [1, 2]; l *= -1; l
[1, 2] < [1, 3]
[1, 2] == [1, 2]
[1, 2] == (1, 2)
[1, 2] < (1, 2)
[1, [2]] == [1, [2]]
[] < [0]
hash([])
l = [1]; l.append(2); l
l = [1]; l.append()
l = [1]; l.extend([2, 3]); l
l = [1]; l.extend(l); l
l = [1]; l.extend(3)
l = [1, 2]; l.insert(0, 0); l
l = [1, 2]; l.insert(-1, 5); l
l = [1, 2]; l.insert(100, 5); l
l = [1, 2]; l.insert(-100, 5); l
l = [1, 2]; l.insert('a', 5)
l = [1, 2]; l.insert(1)
l = [1, 2, 3]; (l.pop(), l)
l = [1, 2, 3]; (l.pop(0), l)
l = [1, 2, 3]; (l.pop(-2), l)
[].pop()
[1].pop(5)
[1].pop(1, 2)
l = [1, 2, 1]; l.remove(1); l
[1].remove(2)
l = [1, 2]; l.clear(); l
l = [1, [2]]; m = l.copy(); (m, m is l, m[1] is l[1])
[1, 2, 1, 1].count(1)
[1, 2, 3].index(2)
[1, 2, 3].index(5)
[1, 2, 3, 2].index(2, 2)
[1, 2, 3, 2].index(2, -3, -1)
[1, 2, 3].index(3, 0, 2)
[1, 2, 3].index()
l = [1, 2, 3]; l.reverse(); l
l = [3, 1, 2]; l.sort(); l
l = [3, 1, 2]; l.sort(reverse=True); l
l = [3, -1, 2]; l.sort(key=neg); l
l = [(1, 'b'), (0, 'c'), (1, 'a'), (0, 'd')]; l.sort(key=len); l
l = [(1, 1), (2,), (3, 3, 3), (4, 4)]; l.sort(key=len); l
l = [(1, 1), (2,), (3, 3, 3), (4, 4)]; l.sort(key=len, reverse=True); l
l = [5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 15, 11, 13, 12, 14, 10, 19, 17, 18, 16, 25, 21, 23, 22, 24, 20, 29, 27, 28, 26, 35, 31, 33, 32, 34, 30, 39, 37, 38, 36]; l.sort(); l
l = [3, 'a']; l.sort()
l = [3, 'a', 1]; l.sort(); l
[1].sort(1)
[1].sort(foo=1)
l = [3, 1]; l.sort(key=1)
l = [3, 1]; l.sort(key=None, reverse=0); l
list(reversed([1, 2, 3]))
it = reversed([1, 2]); next(it); next(it); next(it)
list(iter([1, 2]))
l = [1, 2]; it = iter(l); l.append(3); list(it)
{}
{1: 2, 'a': 'b'}
{1: 2, 1: 3}
dict()
dict([(1, 2), (3, 4)])
dict({1: 2}, a=3)
dict(a=1, b=2)
dict(1)
dict([1])
dict([[1]])
dict([(1, 2, 3)])
dict(1, 2)
dict(range(0))
d = {}; d[d] = 1
d = {1: 2}; d[1]
d = {1: 2}; d[2]
d = {1: 2}; d['k']
d = {1: 2}; d[[1]]
d = {1: 2}; d[1] = 5; d
d = {1: 2, 3: 4}; del d[1]; d
d = {1: 2}; del d[3]
d = {1: 2}; 1 in d
d = {1: 2}; 2 in d
d = {1: 2}; [] in d
len({1: 2, 3: 4})
d = {'a': 1}; d['b'] = d; d
list({3: 1, 1: 2, 2: 3})
list(reversed({3: 1, 1: 2, 2: 3}))
d = {1: 2}; it = iter(d); d[5] = 1; next(it)
d = {1: 2, 3: 4}; it = iter(d); next(it); del d[3]; next(it)
{1: 2, 3: 4}.keys()
{1: 2, 3: 4}.values()
{1: 2, 3: 4}.items()
{}.keys()
list({1: 2}.items())
list(reversed({1: 2, 3: 4}.items()))
list(reversed({1: 2, 3: 4}.values()))
len({1: 2}.values())
2 in {1: 2}.keys()
1 in {1: 2}.keys()
(1, 2) in {1: 2}.items()
(1, 3) in {1: 2}.items()
1 in {1: 2}.items()
{1: 2, 3: 4}.keys() & {3, 5}
{1: 2, 3: 4}.keys() | [5]
{1: 2, 3: 4}.keys() - {1}
{1: 2, 3: 4}.keys() ^ {1, 7}
[1, 9] & {1: 2}.keys()
[1, 9] - {1: 2}.keys()
{1: 2}.keys() | 3
{1: 2}.items() & {(1, 2), (3, 4)}
{1: 2}.items() | {(5, 6)}
{1: 2}.keys() == {1}
{1: 2}.keys() == [1]
{1: 2}.keys() < {1, 2}
{1: 2}.keys() <= {1: 3}.keys()
{1: 2}.items() == {1: 2}.items()
{1: 2}.values() == {1: 2}.values()
{1: 2}.keys().isdisjoint([2, 3])
{1: 2}.keys().isdisjoint({1})
hash({}.keys())
{1: 2}.get(1)
{1: 2}.get(2)
{1: 2}.get(2, 'x')
{}.get()
d = {1: 2}; (d.setdefault(1, 5), d.setdefault(3, 4), d)
d = {1: 2}; (d.setdefault(7), d)
d = {1: 2}; (d.pop(1), d)
{1: 2}.pop(3)
{1: 2}.pop(3, 'dflt')
{}.pop()
d = {1: 2, 3: 4}; (d.popitem(), d)
{}.popitem()
d = {1: 2}; d.update({3: 4}, a=5); d
d = {1: 2}; d.update([(1, 5)]); d
d = {1: 2}; d.update(1, 2)
d = {1: 2}; d.update(d.items()); d
d = {1: 2}; d.clear(); d
d = {1: [2]}; e = d.copy(); (e, e is d, e[1] is d[1])
dict.fromkeys([1, 2])
dict.fromkeys(('a', 'b'), 0)
dict.fromkeys()
{}.fromkeys(1)
{1: 2} | {3: 4, 1: 5}
{1: 2} | [(3, 4)]
d = {1: 2}; d |= [(3, 4)]; d
d = {1: 2}; d |= 5
{1: 2} == {1: 2}
{1: 2} == {1: 3}
{1: 2, 3: 4} == {3: 4, 1: 2}
{1: 2} != {1: 2}
{1: 2} < {1: 2}
hash({})
D = type('D', (dict,), {}); d = D(a=1); d
D = type('D', (dict,), {}); D.__missing__ = len; d = D(); (d[(1, 2)], d)
D = type('D', (dict,), {}); D.__missing__ = len; d = D(); d[5]
D = type('D', (dict,), {}); d = D({1: 2}) | {3: 4}; type(d) is dict
set()
{3, 1, 2}
{-1, -2, 0}
{100, 5, 37, 8, 16, 1024, 9}
set(range(20, 0, -3))
set([1, 1, 2])
set((1, 1))
x = 100; {x, 5, 37, 8, 16, 1024, 9}
set(1)
set(1, 2)
set(x=1)
frozenset()
frozenset({2, 1})
frozenset(x=1)
frozenset(1, 2)
f = frozenset([1]); frozenset(f) is f
s = {1}; s.add(s)
s = {1}; s.add(2); s.add(1); s
s = {1, 2}; s.discard(1); s.discard(5); s
s = {1, 2}; s.remove(2); s
{1}.remove(2)
{1}.remove([])
s = {frozenset({1})}; {1} in s
s = {frozenset({1})}; s.remove({1}); s
set().pop()
s = {5, 9, 20}; (s.pop(), s.pop(), s)
s = set(range(10)); s.discard(0); (s.pop(), s.pop(), s)
s = {1, 2}; s.clear(); s
s = {1, 2}; t = s.copy(); (t, t is s)
f = frozenset({1}); f.copy() is f
{1, 2}.union([3], (4, 1))
{1, 2}.union()
{1, 2, 3}.intersection([2, 3, 4])
{1, 2, 3}.intersection({2, 3}, [3])
{1, 2, 3}.difference([2])
{1, 2, 3}.difference([2], {3})
{1, 2, 3}.symmetric_difference([3, 4])
s = {1, 2}; s.update([3], {4}); s
s = {1, 2, 3}; s.intersection_update([2, 3, 9]); s
s = {1, 2, 3}; s.difference_update([2]); s
s = {1, 2, 3}; s.symmetric_difference_update([3, 4]); s
{1, 2}.issubset([1, 2, 3])
{1, 2}.issubset({1})
{1, 2}.issuperset([1])
{1, 2}.isdisjoint([3])
{1, 2}.isdisjoint({2})
{1, 2} | {3}
{1, 2} & {2, 3}
{1, 2} - {2}
{1, 2} ^ {2, 3}
{1, 2} | [3]
frozenset({1}) | {2}
{1} | frozenset({2})
s = {1}; t = s; s |= {2}; t
s = {1, 2}; s &= {2}; s
s = {1, 2}; s -= {2}; s
s = {1, 2}; s ^= {2, 3}; s
s = {1}; s |= [2]
{1, 2} == {2, 1}
{1, 2} == frozenset({1, 2})
{1} < {1, 2}
{1, 2} < {1, 2}
{1, 2} <= {1, 2}
{1, 2} > {1}
{1, 2} >= {3}
{1} == [1]
{1} < [1]
hash(set())
hash(frozenset())
hash(frozenset({1, 2, 3}))
hash(frozenset({-1, 2**64}))
hash(frozenset({frozenset({1})}))
len({1, 2, 3})
2 in {1, 2}
[] in {1, 2}
s = {1, 2}; it = iter(s); s.add(3); next(it)
list(set(range(50)) - set(range(3, 47)))
list(set(range(0, 200, 7)))
s = set(range(30)); s.difference_update(range(5, 25)); s
s = {1}; s.add(s)
range(5)
range(1, 5)
range(0, 10, 2)
range(5, 0, -1)
range(1, 2, 0)
range()
range(1, 2, 3, 4)
range('a')
range(1, 'a', 0)
range(x=1)
list(range(5))
list(range(5, 0, -2))
list(range(0, -5, -2))
list(range(3, 3))
len(range(10))
len(range(0, 10, 3))
len(range(10, 0))
len(range(2**64))
len(range(-10, 10, 7))
range(10)[3]
range(10)[-1]
range(0, 10, 3)[-2]
range(10)[10]
range(10)['a']
range(2**70)[2**69]
3 in range(10)
10 in range(10)
4 in range(0, 10, 2)
5 in range(0, 10, 2)
-4 in range(0, -10, -2)
'a' in range(3)
range(10).count(3)
range(10).count(30)
range(0, 10, 2).index(6)
range(10).index(30)
range(10).index('a')
range(5).start
range(1, 5, 2).stop
range(1, 5, 2).step
range(0) == range(5, 5)
range(0, 3, 2) == range(0, 4, 2)
range(1) == range(1, 2, 7)
range(1, 3) == range(1, 3, 2)
range(3) != range(3)
range(3) == [0, 1, 2]
range(3) < range(4)
hash(range(0)) == hash(range(7, 2))
hash(range(10))
hash(range(0, 4, 2)) == hash(range(0, 3, 2))
hash(range(5, 6))
list(reversed(range(5)))
list(reversed(range(1, 10, 3)))
list(reversed(range(0)))
it = iter(range(2**64, 2**64 + 3)); (next(it), next(it))
list(reversed(range(2**64, 2**64 + 2)))
it = iter(range(2)); (next(it), next(it), list(it))
range(5, 0, -1)[4]
repr(range(-3, 2**65, 4))
S = type('S', (set,), {}); S([2, 1])
S = type('S', (set,), {}); S()
S = type('S', (set,), {}); type(S([1]) | {2}) is set
F = type('F', (frozenset,), {}); F([1])
F = type('F', (frozenset,), {}); f = F([1]); (f.copy() is f, f.copy())
F = type('F', (frozenset,), {}); type(F([1]) | {2}) is frozenset
T = type('T', (tuple,), {}); T([1, 2])
T = type('T', (tuple,), {}); t = T([1, 2]); (t + (3,), t == (1, 2), hash(t) == hash((1, 2)))
L = type('L', (list,), {}); l = L([1]); l.append(2); (l, l + [3], type(l + [3]) is list)
L = type('L', (list,), {}); L([3, 1]) == [3, 1]
R = type('R', (range,), {})
D = type('D', (dict,), {}); d = D(); d[1] = 2; (d, d.copy(), type(d.copy()) is dict)
D = type('D', (dict,), {}); type(D.fromkeys([1])) is D
l = [1, 2]; l.__init__(l); l
s = {1, 2}; s.__init__(s); s
l = [1, 2, 3]; l.sort(key=len)
s = {1, 2, 3}; s.update(s); s
s = {1, 2, 3}; s ^= s; s
s = {1, 2, 3}; s -= s; s
{1, 2, 3} & {1, 2, 3}
s = set(range(8)); s.discard(3); s.add(11); s.add(3); s
s = set(range(12)); s.difference_update(range(0, 12, 2)); s.update((16, 32, 48)); s
frozenset(range(40)) - frozenset(range(1, 39))
{0: 1, 8: 2, 16: 3}.keys() & {8, 0, 24}
t = (1, 2); t * 1 is t
t = (1, 2); t + () is t
s = set(range(12)); s.discard(0); s.discard(4); s.add(32); s
s = set(range(12)); s.discard(5); s.discard(3); s.add(32); s
s = set(range(12)); s.discard(0); s.discard(11); s.add(32); s
{1: 2, 3: 4}.items() ^ {3: 4, 5: 6}.items()
{1: 2, 3: 4}.keys() ^ {3: 4, 5: 6}.keys()
{1: 2, 3: 4}.items() - {3: 4}.items()
{1: 2, 3: 4}.keys() & {3: 1, 1: 2, 7: 0}.keys()
1 in {1: 2}.values()
2 in {1: 2}.values()
[1, 2, 3].index(3, -10**30)
[1, 2, 3].index(3, 10**30)
range(10**30).index(5)
range(10**30)[-1]
range(-5, 5)[-10]
range(-5, 5)[-11]
list(reversed(range(10, 0, -3)))
len(range(0, -10, -3))
True in range(3)
range(5).count(True)
range(3).index(True)
[1, 2] < [1, 'a']
[1, 2] == [1, 'a']
{1: [1, 2]} == {1: [1, 2]}
{1: (1, 2)} == {1: (1, 3)}
(1, 2, 3) > (1, 2)
list(range(3)) * 2
l = [1, 2]; l.extend(range(3)); l
l = [3, 2, 1]; l.sort(key=neg, reverse=True); l
{(1, 2): 3}[(1, 2)]
{frozenset({1}): 2}[frozenset({1})]
s = set(); s.add((1, 2)); (1, 2) in s
hash(frozenset({(1, 2), (3, 4)}))
frozenset({1, 2}) == {2, 1}
frozenset({1, 2}) | frozenset({3})
{1, 2, 3} - [1]
{1, 2}.union({3}, {4: 5})
set({1: 2, 3: 4})
d = dict.fromkeys(range(3)); d
d = {1: 2}; e = d | {}; e is d
d = {}; d[(1, [2])] = 3
{1, 2} <= frozenset({1, 2, 3})
"""

def run(src):
    tree = ast.parse(src)
    last = tree.body[-1]
    env = {"neg": neg}
    try:
        if isinstance(last, ast.Expr):
            exec(compile(ast.Module(tree.body[:-1], []), "<case>", "exec"), env)
            value = eval(compile(ast.Expression(last.value), "<case>", "eval"), env)
        else:
            exec(compile(tree, "<case>", "exec"), env)
            value = None
        return repr(value)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


def main():
    lines = []
    for src in CASES.strip().splitlines():
        out = run(src.replace("; ", "\n"))
        assert "\n" not in out and "\t" not in out, src
        lines.append(f"{src}\t{out}")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "containers_expected.txt")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} cases")


main()
