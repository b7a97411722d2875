t"""abc
