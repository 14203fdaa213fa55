"""The entities stage: persons, places, organisations and dates, found in a
document and linked to an editor's register (see :mod:`.mentions`)."""

from .recognise import Span, recognise
from .register import Register, load_register

__all__ = ["Register", "Span", "load_register", "recognise"]
