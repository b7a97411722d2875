# -*- coding: cp1251 -*-
name = "Пітон" +
