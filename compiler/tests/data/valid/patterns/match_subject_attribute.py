match self.value:
    case _:
        pass
