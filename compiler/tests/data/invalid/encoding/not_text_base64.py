# -*- coding: Base64 -*-
x = 1
