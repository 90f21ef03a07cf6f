"""Parse a large archive on a Dask cluster into JSON Lines parts (pip install briefing[dask]).

    python examples/dask_archive.py ARCHIVE_DIR OUT_DIR [SCHEDULER_ADDRESS]

Without a scheduler address a local cluster is started on this machine.
"""

from __future__ import annotations

import sys

USAGE = "usage: python examples/dask_archive.py ARCHIVE_DIR OUT_DIR [SCHEDULER_ADDRESS]"


def main(archive: str, out: str, scheduler: str | None = None) -> int:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("this example needs Dask: pip install 'briefing[dask]'", file=sys.stderr)
        return 2
    import briefing
    from briefing.distributed import records_bag, write_jsonl

    paths = briefing.find_documents(archive)  # the same files `briefing parse ARCHIVE` reads
    if not paths:
        print(f"no documents to read in {archive}", file=sys.stderr)
        return 1
    cluster = None if scheduler else LocalCluster(dashboard_address=None)
    with Client(scheduler or cluster) as client:
        print(f"parsing {len(paths)} files on {client}")
        parts = write_jsonl(records_bag(paths, partition_size=200), out)
    if cluster is not None:
        cluster.close()
    print(f"wrote {len(parts)} parts to {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print(USAGE, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:4]))
