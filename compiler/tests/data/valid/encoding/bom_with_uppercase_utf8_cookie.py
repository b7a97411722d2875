# coding: UTF-8
x = 1
