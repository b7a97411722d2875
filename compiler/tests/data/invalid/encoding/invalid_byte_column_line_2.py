a
Ã©X€