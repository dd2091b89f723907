"""The public site: building it with MkDocs (and, in `hooks`, the pages generated from content)."""
