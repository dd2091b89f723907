"""One module a rule: `ID`, a docstring that is the rule's documentation, and `check(content)`."""
