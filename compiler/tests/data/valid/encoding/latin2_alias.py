# -*- coding: Latin2 -*-
s = "Łódź"
