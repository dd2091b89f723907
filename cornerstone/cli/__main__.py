"""`python -m cornerstone.cli`."""

from . import main

main()
