# -*- coding: mac-roman -*-
s = "café ∞ π"
