"""Parse a folder of documents and render a briefing as PDF and DOCX, from Python.

    python examples/parse_and_build.py [FOLDER [OUT_DIR]]     (default: seeds out/example)

The folder is walked as ``briefing parse`` walks it (every readable type,
subfolders too); files that cannot be read are reported and left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

import briefing
from briefing import BuildOptions, ParseOptions

REPOSITORY = Path(__file__).resolve().parent.parent


def main(folder: str, out: str) -> int:
    records = []
    for record in briefing.parse_paths([folder], options=ParseOptions(home="KZ")):
        if record.status == "failed" and record.error is not None:
            print(f"skipped {record.source.path}: {record.error.message}", file=sys.stderr)
            continue
        records.append(record)
        partners = ", ".join(p.code for p in record.partners) or "-"
        print(f"{Path(record.source.path or '').name}: {record.kind}, {record.published}, "
              f"partners {partners}")
    if not records:
        print(f"no readable documents in {folder}: no briefing written", file=sys.stderr)
        return 1

    brief = briefing.build_briefing(
        records, options=BuildOptions(group_by="partner", title="Weekly cooperation briefing")
    )
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    briefing.render_pdf(brief, target / "briefing.pdf")
    briefing.render_docx(brief, target / "briefing.docx")
    print(f"wrote {target / 'briefing.pdf'} and {target / 'briefing.docx'}")
    return 0


if __name__ == "__main__":
    arguments = sys.argv[1:3]
    folder = arguments[0] if arguments else str(REPOSITORY / "seeds")
    out = arguments[1] if len(arguments) > 1 else "out/example"
    sys.exit(main(folder, out))
