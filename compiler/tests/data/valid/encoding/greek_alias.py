# -*- coding: greek -*-
λ = 1
