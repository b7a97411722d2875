# -*- coding: koi8-u -*-
s = "ґєї"
