"""Serving Cornerstone on one address: the built site at `/` (and the apps under `/apps/`)."""
