"""The notebook-facing widget library of Cornerstone's casebook and assignments (`import widgets`).

A case's first code cell calls `widgets.setup(lang="zh")` (or `"en"`); every widget then labels
itself in that language (a widget's own `lang=` keyword overrides it). Every widget takes plain data,
escapes all text it shows, and has `static_html()`: the readable form for the published site, also
the `text/html` entry of its display bundle.
"""

from __future__ import annotations

from ._i18n import LANGUAGES, language, setup
from .decision import DecisionPoint
from .grid import GridPlanner
from .resources import ResourceFinder
from .scorecard import ReformScorecard
from .selfcheck import SelfCheck
from .stakeholders import StakeholderMap
from .timeline import Timeline

__all__ = [
    "LANGUAGES",
    "DecisionPoint",
    "GridPlanner",
    "ReformScorecard",
    "ResourceFinder",
    "SelfCheck",
    "StakeholderMap",
    "Timeline",
    "language",
    "setup",
]
