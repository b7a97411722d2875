import a as def
