from .. import circle
from . import NAME


def describe():
    return f"deep in {NAME}, PI={circle.PI}, package={__package__}, name={__name__}"
