del f().x, 1
