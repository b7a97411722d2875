nums = list(range(1, 21))
evens = nums[1::2]
odds = nums[::2]
print(evens, odds)
print(list(zip(odds, evens))[:5])
merged = []
for a, b in zip(odds, evens):
    merged += [a, b]
print(merged == nums)
rotated = nums[5:] + nums[:5]
print(rotated)
chunks = [nums[i:i + 6] for i in range(0, len(nums), 6)]
print(chunks)
print([sum(c) for c in chunks], max(chunks, key=sum))
nums[::5] = [0] * 4
print(nums)
nums.sort(key=lambda x: (x == 0, x))
print(nums)
print(nums.count(0), nums.index(0), len(nums))
