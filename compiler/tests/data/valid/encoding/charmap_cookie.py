# -*- coding: charmap -*-
s = "é"
