self.x: int = 0
a[0]: str
