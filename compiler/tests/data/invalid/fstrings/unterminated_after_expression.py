f"{x} abc
