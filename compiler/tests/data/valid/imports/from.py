from a import b, c as d
