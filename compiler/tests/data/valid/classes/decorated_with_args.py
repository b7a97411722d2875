@dataclass(frozen=True,
           slots=True)
class A:
    x: int
    y: str = ""
