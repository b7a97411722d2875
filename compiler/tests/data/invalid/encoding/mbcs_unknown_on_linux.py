# -*- coding: mbcs -*-
x = 1
