"""Parsing an archive on a Dask cluster (``pip install briefing[dask]``).

Parsing is a pure function of (bytes, options), so it spreads over machines
with no shared state: a ``dask.bag`` of paths becomes a bag of records, and
each partition is written to its own JSON Lines (or Parquet) file. Use it
when one machine is not enough — an archive of hundreds of thousands of
documents on a shared file system, a cluster already at hand. On one
machine ``briefing parse -j N`` is simpler and as fast, and it has what this
pipeline leaves out: the record cache and near-duplicate groups, which need
one process that sees every record in order (run ``briefing build`` on the
output to group duplicates).

Example::

    from distributed import Client
    from briefing.distributed import records_bag, write_jsonl

    client = Client("scheduler:8786")
    bag = records_bag(paths, partition_size=200)
    files = write_jsonl(bag, "out/records")      # out/records/part-00000.jsonl, ...
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.atomic import atomic_path, atomic_text
from briefing.options import ParseOptions
from briefing.parsing import parse_path

DEFAULT_PARTITION_SIZE = 100  # paths per task: big enough to amortise scheduling
# Flat columns for Parquet; the whole record stays in "record" as JSON.
PARQUET_COLUMNS = ("id", "path", "status", "kind", "title", "published", "partners", "themes")


def parse_to_dicts(path: str, options: ParseOptions) -> list[dict[str, Any]]:
    """The JSON-ready records of one file (what each Dask task runs)."""
    return [record.model_dump(mode="json") for record in parse_path(path, options)]


def records_bag(
    paths: Sequence[str | Path],
    options: ParseOptions | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
) -> Any:
    """A ``dask.bag`` of record dicts, one partition per ``partition_size`` paths."""
    import dask.bag as db

    options = options or ParseOptions()
    names = [str(p) for p in paths]
    bag = db.from_sequence(names, partition_size=partition_size)  # type: ignore[no-untyped-call]
    return bag.map(parse_to_dicts, options).flatten()


def write_jsonl(bag: Any, folder: str | Path) -> list[Path]:
    """One JSON Lines file per partition, written atomically; returns the paths in order."""
    return _write_partitions(bag, Path(folder), "jsonl", _write_jsonl_part)


def write_parquet(bag: Any, folder: str | Path) -> list[Path]:
    """One Parquet file per partition (needs pyarrow); returns the paths in order."""
    import pyarrow  # noqa: F401  (fail here, before any work, when it is missing)

    return _write_partitions(bag, Path(folder), "parquet", _write_parquet_part)


def _write_partitions(bag: Any, folder: Path, suffix: str, writer: Any) -> list[Path]:
    from dask.base import compute
    from dask.delayed import delayed

    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / f"part-{i:05d}.{suffix}" for i in range(bag.npartitions)]
    writes = [
        delayed(writer)(part, target)
        for part, target in zip(bag.to_delayed(), targets, strict=True)
    ]
    compute(*writes)  # type: ignore[no-untyped-call]
    return targets


def _write_jsonl_part(records: list[dict[str, Any]], target: Path) -> int:
    with atomic_text(target) as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


def _write_parquet_part(records: list[dict[str, Any]], target: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns: dict[str, list[Any]] = {name: [] for name in (*PARQUET_COLUMNS, "record")}
    for record in records:
        flat = _flat(record)
        for name in PARQUET_COLUMNS:
            columns[name].append(flat[name])
        columns["record"].append(json.dumps(record, ensure_ascii=False))
    with atomic_path(target) as tmp:
        pq.write_table(pa.table(columns), tmp)
    return len(records)


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": record.get("id"),
        "path": record["source"].get("path"),
        "status": record.get("status"),
        "kind": record.get("kind"),
        "title": record.get("title"),
        "published": record.get("published"),
        "partners": [p["code"] for p in record.get("partners", [])],
        "themes": [t["id"] for t in record.get("themes", [])],
    }
