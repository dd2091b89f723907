"""`cornerstone library import|export|stale`: the local-resources library."""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from ..library.export import ExportError, export_csv, export_hsds
from ..library.importer import import_files
from ..library.messages import Lang, default_lang, say
from ..library.read import SUFFIXES
from ..library.stale import stale_resources
from ..problems import to_json
from .common import FORMAT, Format, err, project

app = typer.Typer(help="The local-resources library: import counties' spreadsheets, export open data, "
                  "find rows due for checking.", no_args_is_help=True)


class LangChoice(StrEnum):
    zh = "zh"
    en = "en"


class ExportFormat(StrEnum):
    csv = "csv"
    hsds = "hsds"


LANG = typer.Option(None, "--lang", help="Language of messages; default: en when LANG starts with en, else zh.")


def _lang(choice: LangChoice | None) -> Lang:
    return choice.value if choice else default_lang()


@app.command("import")
def import_command(
    files: list[Path] = typer.Argument(..., help="Spreadsheets to import: .xlsx, .xls, .ods or .csv (UTF-8 or GBK)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check and report, but write nothing."),
    lang: LangChoice | None = LANG,
    format: Format = FORMAT,
) -> None:
    """Import counties' spreadsheets into site/library/resources.csv; any error and nothing is written."""
    language = _lang(lang)
    for path in files:
        if not path.is_file():
            err.print(f"error: {path}: no such file", markup=False)
            raise typer.Exit(2)
        if path.suffix.lower() not in SUFFIXES:
            err.print(f"error: {path}: {say('unknown-extension', language, suffix=path.suffix or '—')}",
                      markup=False)
            raise typer.Exit(2)
    repo = project()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  transient=True, disable=not err.is_terminal) as bar:
        tasks: dict[str, int] = {}

        def progress(what: str, done: int, total: int) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            bar.update(tasks[what], completed=done)

        result = import_files(repo, files, dry_run=dry_run, lang=language, progress=progress)
    if format is Format.json:
        print(to_json(result.problems))
    else:
        for problem in result.problems:
            print(problem)
    for line in result.log:
        err.print(line, markup=False)
    raise typer.Exit(0 if result.success else 1)


@app.command("export")
def export_command(
    format: ExportFormat = typer.Option(..., "--format", help="csv: the library's table; hsds: an Open Referral "
                                        "HSDS tabular data package."),
    out: Path = typer.Option(..., "--out", help="The CSV file; for hsds a folder, or a .zip file."),
    lang: LangChoice | None = LANG,
) -> None:
    """Export the library as open data (the library is checked first; nothing is written if it has errors)."""
    language = _lang(lang)
    repo = project()
    try:
        with err.status("exporting …"):
            written = export_csv(repo, out) if format is ExportFormat.csv else export_hsds(repo, out)
    except ExportError as exc:
        err.print("error: " + say("export-refused", language, message=exc.message), markup=False)
        raise typer.Exit(1) from None
    err.print(say("exported", language, path=written), markup=False)


@app.command("stale")
def stale_command(
    days: int = typer.Option(365, "--days", min=0, help="Rows verified longer ago than this many days."),
    county: str | None = typer.Option(None, "--county", help="Only this county or prefecture (code)."),
    lang: LangChoice | None = LANG,
    format: Format = FORMAT,
) -> None:
    """Rows whose last_verified is older than --days, by county, for the county officer to check again."""
    language = _lang(lang)
    repo = project()
    report = stale_resources(repo, days=days, today=dt.date.today(), county=county, lang=language)
    if format is Format.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for line in report.lines(language):
            print(line)
    err.print(report.summary(language), markup=False)
