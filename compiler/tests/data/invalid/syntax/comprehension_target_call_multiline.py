[
item
for g(item)
in
[]
]
