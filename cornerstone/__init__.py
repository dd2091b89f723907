"""Cornerstone (基石): the engine behind the grassroots-governance library and training platform."""

__version__ = "0.1.0"
