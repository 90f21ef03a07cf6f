"""Progress for long batches: a bar on a terminal, silence in pipes and CI.

tqdm shows counts, rate and time left, but only when stderr is a terminal
and the user did not ask for quiet: logs of cron jobs and CI stay clean.
"""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import Any

from briefing.batch.inputs import shown


def wants_bar(quiet: bool) -> bool:
    """True when a live progress bar helps: an interactive stderr, not CI, not quiet."""
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI")


class Progress:
    """Counts files done: a tqdm bar when enabled, a line per file when verbose, else silence."""

    def __init__(self, total: int, *, enabled: bool, verbose: bool = False) -> None:
        self._bar: Any = None
        self._verbose = verbose
        if enabled:
            import tqdm

            tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers are forked
            self._bar = tqdm.tqdm(total=total, unit="file", dynamic_ncols=True, file=sys.stderr)

    def advance(self, path: str, status: str) -> None:
        """One more file done: the bar moves, or in verbose mode a line names it."""
        if self._bar is not None:
            self._bar.set_postfix_str(status, refresh=False)
            self._bar.update(1)
        elif self._verbose:
            sys.stderr.write(f"{status:8} {shown(path)}\n")

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
