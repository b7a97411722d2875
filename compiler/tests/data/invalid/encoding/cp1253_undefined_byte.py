# -*- coding: cp1253 -*-
x = "aª"
