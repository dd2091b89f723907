"""HTML helpers shared by the widgets: escaping author text, paragraphs, live regions and the style sheet.

Everything an author or a data file wrote goes through `esc` or `paragraphs`; nothing is ever
interpreted as HTML. The static forms use semantic HTML only, with `cs-` class names.
"""

from __future__ import annotations

import html
import re

_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def esc(text: object) -> str:
    """`text` as HTML text: `<`, `>`, `&` and quotes escaped."""
    return html.escape("" if text is None else str(text), quote=True)


def paragraphs(text: str, cls: str | None = None) -> str:
    """Plain text as `<p>` elements: a blank line separates paragraphs, a single line break stays one."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    attr = f' class="{cls}"' if cls else ""
    return "".join(
        f"<p{attr}>{'<br>'.join(esc(line.strip()) for line in block.strip().split(chr(10)))}</p>"
        for block in _BLANK_LINE.split(text)
        if block.strip()
    )


def status(inner: str) -> str:
    """Feedback that a screen reader announces when it changes, without interrupting."""
    return f'<div role="status" aria-live="polite">{inner}</div>'


def alert(inner: str) -> str:
    """Feedback on a choice the trainee just made, announced at once."""
    return f'<div role="alert">{inner}</div>'


def time_tag(date: str) -> str:
    """A date as `<time>`, with a machine-readable `datetime` only when the text is an ISO date."""
    text = str(date).strip()
    attr = f' datetime="{esc(text)}"' if _DATE.match(text) else ""
    return f'<time{attr}>{esc(text)}</time>'


def tel(phone: str) -> str:
    """A phone number, as a link a phone can call when it is only digits and dashes."""
    number = phone.strip()
    if re.fullmatch(r"[0-9][0-9-]{1,19}", number):
        return f'<a href="tel:{number.replace("-", "")}">{esc(number)}</a>'
    return esc(number)


def section(kind: str, heading: str, body: str, **data: str) -> str:
    """A widget's static form: `<section class="cs-widget cs-KIND">` with an `<h3>` heading."""
    attrs = "".join(f' data-{name.replace("_", "-")}="{esc(value)}"' for name, value in data.items())
    return f'<section class="cs-widget cs-{kind}"{attrs}><h3>{esc(heading)}</h3>{body}</section>'


# The widgets' own style sheet, shown once inside every composite (a hidden HTML widget; repeated
# copies are identical and harmless). It makes long option texts wrap, type 1rem or larger, controls
# full width on a 360-px phone, and labels sit above their controls instead of taking 80 px beside them.
STYLE = """<style>
.cs-widget{--jp-widgets-font-size:1rem;--jp-widgets-inline-height:2.5rem;--jp-widgets-inline-width:100%;
 --jp-widgets-inline-label-width:100%;font-size:1rem;line-height:1.5;box-sizing:border-box}
.cs-widget .widget-html-content,.cs-widget .jupyter-widget-html-content{white-space:normal;line-height:1.5;
 font-size:1rem;overflow-wrap:anywhere;align-self:stretch}
.cs-widget .widget-inline-hbox,.cs-widget .jupyter-widget-inline-hbox{flex-wrap:wrap;height:auto;max-width:100%}
.cs-widget .widget-inline-hbox>.widget-label,.cs-widget .jupyter-widget-inline-hbox>.jupyter-widget-label{
 width:100%;max-width:100%;text-align:left;white-space:normal;height:auto;line-height:1.5;font-weight:600;
 overflow:visible;margin:.25rem 0}
.cs-widget .widget-radio-box,.cs-widget .jupyter-widget-radio-box{width:100%;margin-bottom:0}
.cs-widget .widget-radio-box label,.cs-widget .jupyter-widget-radio-box label{display:block;position:relative;
 white-space:normal;height:auto;line-height:1.5;font-size:1rem;padding:.4rem 0 .4rem 2rem;overflow-wrap:anywhere}
.cs-widget .widget-radio-box input,.cs-widget .jupyter-widget-radio-box input{position:absolute;left:.25rem;
 top:.55rem;width:1.2rem;height:1.2rem;margin:0;float:none}
.cs-widget select{font-size:1rem;min-height:2.5rem;max-width:100%}
.cs-widget input[type=number]{font-size:1rem;min-height:2.5rem;max-width:10rem}
.cs-widget .jupyter-button{font-size:1rem;height:auto;min-height:2.75rem;padding:.4rem 1rem;white-space:normal;
 max-width:100%}
.cs-widget h3{font-size:1.25rem;margin:.5rem 0}
.cs-widget h4{font-size:1.1rem;margin:.75rem 0 .25rem}
.cs-widget table{border-collapse:collapse;width:100%;margin:.5rem 0}
.cs-widget caption{text-align:left;font-weight:600;padding:.25rem 0}
.cs-widget th,.cs-widget td{border:1px solid #767676;padding:.35rem .5rem;text-align:left;vertical-align:top}
.cs-widget dl{margin:.5rem 0}
.cs-widget dt{font-weight:600;float:none;width:auto;margin:0}
.cs-widget dd{margin:0 0 .4rem 1rem}
.cs-widget .cs-feedback{border-left:.35rem solid #767676;padding:.25rem .75rem;margin:.5rem 0}
.cs-widget .cs-quality-best{border-left-color:#2e7d32}
.cs-widget .cs-quality-acceptable{border-left-color:#9a6700}
.cs-widget .cs-quality-poor{border-left-color:#b3261e}
.cs-widget .cs-cards{list-style:none;padding:0;margin:0}
.cs-widget .cs-card{box-sizing:border-box;max-width:100%;border:1px solid #767676;border-radius:.25rem;
 padding:.5rem .75rem;margin:.5rem 0}
.cs-widget .cs-sample{display:inline-block;border:1px solid currentColor;border-radius:.25rem;padding:0 .35rem;
 font-size:.95rem}
.cs-widget .cs-stakeholder-map{table-layout:fixed}
.cs-widget .cs-stakeholder-map th,.cs-widget .cs-stakeholder-map td{padding:.25rem;overflow-wrap:anywhere}
.cs-widget .cs-stakeholder-map ul{list-style:none;padding:0;margin:0}
.cs-widget .cs-stakeholder-map li{margin:0 0 .35rem}
</style>"""
