print("mod_raises starting")
PARTIAL = 1
raise ValueError("module failed during import")
