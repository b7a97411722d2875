buf = bytearray()
def write_u16(v):
    buf.extend(v.to_bytes(2, "little"))
def write_str(s):
    b = s.encode()
    write_u16(len(b))
    buf.extend(b)
write_u16(513)
write_str("hello")
write_str("wörld")
write_u16(65535)
print(buf, len(buf))
pos = 0
def read_u16():
    global pos
    v = int.from_bytes(buf[pos:pos + 2], "little")
    pos += 2
    return v
def read_str():
    global pos
    n = read_u16()
    s = buf[pos:pos + n].decode()
    pos += n
    return s
print(read_u16(), read_str(), read_str(), read_u16(), pos == len(buf))
buf[0:2] = b"\xff\xff"
print(buf[:4], int.from_bytes(buf[:2], "little"))
mv = memoryview(buf)
mv[2:4] = b"\x00\x00"
print(buf[:6])
