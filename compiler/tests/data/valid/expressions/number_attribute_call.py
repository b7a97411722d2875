(1).bit_length()
