# -*- coding: iso_8859.15 -*-
s = "€"
