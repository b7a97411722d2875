import math
data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 6.0, 4.4]
n = len(data)
mean = math.fsum(data) / n
var = math.fsum((x - mean) ** 2 for x in data) / (n - 1)
print(round(mean, 6), round(var, 6), round(math.sqrt(var), 6))
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2
print(median, min(data), max(data), round(math.prod(data) ** (1 / n), 6))
print([round(math.exp(x) / math.fsum(math.exp(y) for y in data), 4) for x in data[:4]])
pts = [(0, 0), (3, 4), (6, 8), (1, 7)]
print([round(math.dist(a, b), 4) for a in pts for b in pts if a < b])
print(round(math.atan2(4, 3), 6), round(math.hypot(*pts[1]), 6))
