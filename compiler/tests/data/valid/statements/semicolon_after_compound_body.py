if x: pass;
