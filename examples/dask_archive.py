"""Parse a large archive on a Dask cluster into JSON Lines parts (pip install briefing[dask]).

    python examples/dask_archive.py ARCHIVE_DIR OUT_DIR [SCHEDULER_ADDRESS]

Without a scheduler address a local cluster is started on this machine.
"""

from __future__ import annotations

import sys

from distributed import Client, LocalCluster

from briefing.batch.inputs import collect_inputs
from briefing.distributed import records_bag, write_jsonl


def main(archive: str, out: str, scheduler: str | None = None) -> None:
    paths = collect_inputs([archive]).paths  # the same files `briefing parse ARCHIVE` reads
    cluster = None if scheduler else LocalCluster(dashboard_address=None)
    with Client(scheduler or cluster) as client:
        print(f"parsing {len(paths)} files on {client}")
        parts = write_jsonl(records_bag(paths, partition_size=200), out)
    if cluster is not None:
        cluster.close()
    print(f"wrote {len(parts)} parts to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
