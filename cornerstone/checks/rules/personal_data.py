"""No personal data in any content file: everything under curriculum/, casebook/, assignments/ and
site/ can end up public.

Flags resident ID numbers (18 digits whose last is a valid GB 11643 check digit), mobile numbers
(1[3-9] and nine digits, with or without +86 and separators) and e-mail addresses except an
institution's (domains under .gov.cn, .org.cn, .edu.cn, .gov, .edu, .org, .int) or an example domain.
Landlines with area code and public hotlines (12348) are fine.

    passes:  咨询电话：12348
    fails:   联系人手机 13912345678       ← line and column of the number
"""

import re
from collections.abc import Iterator
from pathlib import Path

from ...content.loaders import Content, Finding

ID = "personal-data"

SCANNED = {".md", ".yaml", ".yml", ".csv", ".ipynb", ".json", ".txt", ".py", ".html"}
RESIDENT_ID = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])"
)
MOBILE = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9A-Za-z])")
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
INSTITUTIONAL = (".gov.cn", ".org.cn", ".edu.cn", ".gov", ".edu", ".org", ".int")
EXAMPLE = re.compile(r"(^|\.)example\.(com|org|net|cn)$|\.(test|example|invalid)$")
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def valid_resident_id(number: str) -> bool:
    """Whether the 18th character is the GB 11643 check digit of the first 17."""
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17].upper()


def find(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(line, column, kind, match) for each piece of personal data in `text`; kind is
    `resident-id`, `mobile` or `email`."""
    for number, line in enumerate(text.splitlines(), start=1):
        for match in RESIDENT_ID.finditer(line):
            if valid_resident_id(match.group(0)):
                yield number, match.start() + 1, "resident-id", match.group(0)
        for match in MOBILE.finditer(line):
            yield number, match.start() + 1, "mobile", match.group(0)
        for match in EMAIL.finditer(line):
            domain = match.group(1).lower()
            if not (domain.endswith(INSTITUTIONAL) or EXAMPLE.search(domain)):
                yield number, match.start() + 1, "email", match.group(0)


MESSAGES = {
    "resident-id": "a resident ID number: never put one in content",
    "mobile": "a mobile number: publish only an office landline or a public hotline (12348)",
    "email": "a private e-mail address ({match}): publish only an institution's address",
}


def scan(text: str) -> Iterator[tuple[int, int, str]]:
    """(line, column, message) for each piece of personal data in `text`."""
    for line, column, kind, match in find(text):
        yield line, column, MESSAGES[kind].format(match=match)


def content_files(content: Content) -> Iterator[Path]:
    project = content.project
    for folder in (project.curriculum, project.casebook, project.assignments, project.site):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.suffix.lower() in SCANNED and path.is_file() and ".ipynb_checkpoints" not in path.parts:
                    yield path


def check(content: Content) -> Iterator[Finding]:
    for path in content_files(content):
        try:
            text = path.read_text(encoding="utf-8-sig", errors="replace")
        except OSError:
            continue
        for line, column, message in scan(text):
            yield Finding(path, line, message, column)
