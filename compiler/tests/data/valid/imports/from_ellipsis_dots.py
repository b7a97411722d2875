from .... import a
from ....a import b
