x = 1  # comentário ✓ 😀
