import a; import b; from c import d
