t"abc
