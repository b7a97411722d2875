@d
if x: pass
