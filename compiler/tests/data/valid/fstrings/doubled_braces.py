f"{{literal}} {x} }}"
