import lazy
lazy = 1
