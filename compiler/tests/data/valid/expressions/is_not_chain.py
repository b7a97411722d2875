a is not b is c
