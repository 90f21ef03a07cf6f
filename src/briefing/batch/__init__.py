"""Many files at once: walking inputs, the worker pool, the record cache, near-duplicates,
progress, and the Dask pipeline.

The layer above the stages: it calls :mod:`briefing.parsing` for each file and
:mod:`briefing.compose` and :mod:`briefing.render` for a briefing; no stage imports it.

Internal to briefing, not a public API (see the package docstring of :mod:`briefing`).
"""
