"""The child process of ``render_pdf(..., isolated=True)``: ``python -m briefing.render.pdf_child``.

WeasyPrint does not hand its memory back, so a batch renders each PDF in a
process of its own. The child is started as a fresh interpreter running this
module, not through :mod:`multiprocessing`: the ``spawn`` and ``forkserver``
start methods re-import the caller's ``__main__``, which re-runs a script
without an ``if __name__ == "__main__":`` guard and fails outright when the
script came from standard input. This module needs nothing from the caller.

It reads from standard input a line of JSON — ``{"path": ..., "options": ...}`` —
and then the briefing as JSON, writes the PDF atomically and exits 0; on a
:class:`~briefing.errors.BriefingError` it writes the message as the last line
of standard error and exits 1. The briefing is validated straight from its JSON:
read first as Python objects, kept through the render, it raised the child's peak for
2,108 pages from 450 MB to 473 MB.
"""

from __future__ import annotations

import json
import sys

from briefing.errors import BriefingError

FAILED = 1


def main() -> int:
    """Render the briefing given on standard input; the exit status says how it went."""
    from briefing.atomic import write_bytes
    from briefing.options import BuildOptions
    from briefing.render.pdf_renderer import pdf_bytes
    from briefing.schema.briefing import Briefing

    job = json.loads(sys.stdin.buffer.readline())
    briefing = Briefing.model_validate_json(sys.stdin.buffer.read())
    options = BuildOptions.model_validate(job["options"]) if job["options"] else None
    try:
        write_bytes(job["path"], pdf_bytes(briefing, options))
    except BriefingError as exc:
        sys.stderr.write(f"{exc.message}\n")
        return FAILED
    return 0


if __name__ == "__main__":
    sys.exit(main())
