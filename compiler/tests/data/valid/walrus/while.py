while chunk := read():
    process(chunk)
