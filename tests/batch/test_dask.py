"""The Dask pipeline on a local cluster: same records as the plain parse, per-partition files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.parsing import parse_path

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from briefing.distributed import records_bag, write_jsonl, write_parquet  # noqa: E402


def _docs(folder: Path, count: int) -> list[str]:
    paths = []
    for i in range(count):
        path = folder / f"{i:02d}.txt"
        path.write_text(f"Item {i}. Kazakhstan and Korea opened a language centre in Seoul.",
                        encoding="utf-8")
        paths.append(str(path))
    (folder / "blank.txt").write_text("  ", encoding="utf-8")
    return [*paths, str(folder / "blank.txt")]


@pytest.fixture(scope="module")
def client() -> object:
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as connected:
        yield connected


@pytest.mark.slow
def test_jsonl_parts_hold_the_same_records_in_order(tmp_path: Path, client: object) -> None:
    paths = _docs(tmp_path, 7)
    files = write_jsonl(records_bag(paths, partition_size=3), tmp_path / "out")
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    lines = [json.loads(x) for f in files for x in f.read_text(encoding="utf-8").splitlines()]
    expected = [r.model_dump(mode="json") for p in paths for r in parse_path(p)]
    assert lines == expected
    assert lines[-1]["status"] == "failed"


@pytest.mark.slow
def test_parquet_parts_have_flat_columns(tmp_path: Path, client: object) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    paths = _docs(tmp_path, 3)
    files = write_parquet(records_bag(paths, partition_size=2), tmp_path / "pq")
    table = pq.read_table(files[0])
    assert table.column_names[:3] == ["id", "path", "status"]
    assert table.column("path").to_pylist() == paths[:2]
    assert json.loads(table.column("record")[0].as_py())["source"]["path"] == paths[0]
