stack = []
for c in "([{}])":
    if c in "([{":
        stack.append(c)
    else:
        print("pop", stack.pop(), "for", c)
print("empty", stack == [])
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([)]", "{[()()]}", "((", "", "a(b)c"]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def bfs(graph, start):
    seen, q, order = {start}, [start], []
    while q:
        n = q.pop(0)
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
print(bfs(g, "a"))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            st.append(float(tok))
    return st[0]
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
