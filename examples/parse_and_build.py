"""Parse a folder of documents and render a briefing as PDF and DOCX, from Python.

    python examples/parse_and_build.py seeds out/example
"""

from __future__ import annotations

import sys
from pathlib import Path

import briefing
from briefing.options import BuildOptions, ParseOptions


def main(folder: str, out: str) -> None:
    options = ParseOptions(home="KZ")
    records = []
    for path in sorted(Path(folder).glob("*.txt")):
        record = briefing.parse_file(path, options)
        if record.status == "failed" and record.error is not None:
            print(f"skipped {path}: {record.error.message}", file=sys.stderr)
            continue
        records.append(record)
        partners = ", ".join(p.code for p in record.partners) or "-"
        print(f"{path.name}: {record.kind}, {record.published}, partners {partners}")

    brief = briefing.build_briefing(
        records, options=BuildOptions(group_by="partner", title="Weekly cooperation briefing")
    )
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    briefing.render_pdf(brief, target / "briefing.pdf")
    briefing.render_docx(brief, target / "briefing.docx")
    print(f"wrote {target / 'briefing.pdf'} and {target / 'briefing.docx'}")


if __name__ == "__main__":
    main(*(sys.argv[1:3] if len(sys.argv) >= 3 else ("seeds", "out/example")))
