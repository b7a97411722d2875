# -*- coding: ISO_8859-16 -*-
s = "ªþ¤"
