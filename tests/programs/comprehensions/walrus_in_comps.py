data = [5, 12, 7, 30, 1, 18]
print([y for x in data if (y := x * 3) > 20])
print([(x, half) for x in data if (half := x / 2) == int(half)])
total = 0
print([total := total + x for x in data], total)
print({x: sq for x in range(5) if (sq := x * x) % 2 == 0})
print(any((hit := x) > 25 for x in data), hit)
print(all((bad := x) < 20 for x in data), bad)
import math
print([round(r, 3) for n in range(1, 5) if (r := math.sqrt(n))])
