import pkg_shapes
print(pkg_shapes.VERSION, pkg_shapes.Circle(2), round(pkg_shapes.Circle(2).area(), 3))
print(pkg_shapes.square.area(3), pkg_shapes.square.ratio())
from pkg_shapes import circle
print(circle.PI, circle is pkg_shapes.circle)
from pkg_shapes.sub import deep
print(deep.describe())
import pkg_shapes.sub.deep as d2
print(d2 is deep, pkg_shapes.sub.NAME)
print(pkg_shapes.__name__, pkg_shapes.circle.__name__, pkg_shapes.sub.__package__, circle.__package__)
print(hasattr(pkg_shapes, "__path__"), hasattr(circle, "__path__"))
