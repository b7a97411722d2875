# -*- coding: rot-13 -*-
x = 1
