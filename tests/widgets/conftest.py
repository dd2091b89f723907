"""Every widget test starts in Chinese, the default, whatever an earlier test chose."""

from __future__ import annotations

import pytest

import widgets


@pytest.fixture(autouse=True)
def _chinese():
    widgets.setup("zh")
    yield
    widgets.setup("zh")
