"""The public import path of the Dask pipeline: ``from briefing.distributed import records_bag``.

The pipeline lives with the rest of the batch machinery in
:mod:`briefing.batch.distributed`; this module keeps the documented path.
"""

from briefing.batch.distributed import (
    DEFAULT_PARTITION_SIZE,
    parse_to_dicts,
    records_bag,
    write_jsonl,
    write_parquet,
)

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "parse_to_dicts",
    "records_bag",
    "write_jsonl",
    "write_parquet",
]
