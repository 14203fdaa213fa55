"""``python -m teiencode``: the command line, as the ``teiencode`` script runs it."""

from .cli import main

main(prog_name="teiencode")
