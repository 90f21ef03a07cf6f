"""The review page: one self-contained, offline HTML file (Jinja2 shell, data as JSON).

The page's style and script are inlined from the template folder, and the view
model travels as a JSON island that the script reads; document text reaches the
page only through ``textContent``, never as markup. A Content-Security-Policy
forbids every network request, so the page opens from disk and fetches nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
from markupsafe import Markup

from briefing.atomic import atomic_text
from briefing.compose.labels import template_folder
from briefing.errors import RenderError
from briefing.render.html_renderer import environment
from briefing.schema.review import FIELDS, ReviewPage

TEMPLATE = "review.html.j2"
JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                "\u2028": "\\u2028", "\u2029": "\\u2029"}
"""Characters that could end the JSON island's ``<script>`` element, written as escapes."""


def data_island(page: ReviewPage) -> Markup:
    """The view model as JSON that is safe inside ``<script type="application/json">``."""
    text = json.dumps(page.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    return Markup("".join(JSON_ESCAPES.get(char, char) for char in text))


def render_review(page: ReviewPage, path: str | Path, template_dir: Path | None = None) -> Path:
    """Write the review page to ``path`` (atomically)."""
    folder = template_folder(template_dir)
    if not (folder / TEMPLATE).is_file():  # a template copy made before the review page existed
        folder = template_folder(None)
    try:
        html = environment(folder).get_template(TEMPLATE).render(
            page=page, data=data_island(page), fields=FIELDS)
    except jinja2.TemplateError as exc:
        raise RenderError(f"template error: {exc}", path=folder / TEMPLATE) from exc
    with atomic_text(path) as stream:
        stream.write(html)
    return Path(path)
