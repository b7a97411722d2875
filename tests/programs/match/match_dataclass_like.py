class Node:
    __match_args__ = ("value", "left", "right")
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
def insert(tree, v):
    match tree:
        case None:
            return Node(v)
        case Node(x, l, r) if v < x:
            return Node(x, insert(l, v), r)
        case Node(x, l, r):
            return Node(x, l, insert(r, v))
def inorder(tree):
    match tree:
        case None:
            return []
        case Node(v, l, r):
            return inorder(l) + [v] + inorder(r)
def height(tree):
    match tree:
        case None:
            return 0
        case Node(_, l, r):
            return 1 + max(height(l), height(r))
t = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t = insert(t, v)
print(inorder(t), height(t))
match t:
    case Node(50, Node(30, Node(20), _), Node(70)):
        print("shape matched")
def find(tree, v, path=""):
    match tree:
        case None:
            return None
        case Node(x, _, _) if x == v:
            return path or "root"
        case Node(x, l, _) if v < x:
            return find(l, v, path + "L")
        case Node(_, _, r):
            return find(r, v, path + "R")
for v in [50, 20, 45, 65, 99]:
    print(v, find(t, v))
def leaves(tree):
    match tree:
        case Node(v, None, None):
            return [v]
        case Node(_, l, r):
            return (leaves(l) if l else []) + (leaves(r) if r else [])
print(leaves(t))
