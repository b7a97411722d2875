{k: (v1, v2) for k, *v1, v2 in items}
