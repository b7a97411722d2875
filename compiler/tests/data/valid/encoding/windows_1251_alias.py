# -*- coding: windows-1251 -*-
x = "Ёж"
