import ﬁle
from ﬁ import ﬂ as ﬀ
