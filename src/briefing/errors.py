"""The exception tree of briefing.

Every error names the file (when there is one) and the stage that failed, so
that a batch summary can say what went wrong where::

    BriefingError                 anything this package raises on purpose
    ├── InputError                the input cannot be read as a document
    │   ├── UnsupportedFormatError    no reader for this content
    │   ├── EmptyDocumentError        nothing but whitespace after reading
    │   ├── TooLargeError             over a configured size limit
    │   ├── EncryptedDocumentError    a password is needed
    │   ├── NoTextLayerError          a scanned PDF: images only, needs OCR
    │   └── CorruptDocumentError      the container or its XML is broken or hostile
    ├── RenderError               a briefing or another output could not be written
    ├── NothingToBuildError       no usable record is left for a briefing
    └── UsageError                bad options or arguments (exit status 2)

Bugs in briefing itself are not ``BriefingError``: the batch layer reports them
as ``internal`` failures so that they are never mistaken for bad input.
"""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """Base of every error raised on purpose by briefing."""

    stage = "briefing"

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)

    @property
    def type_name(self) -> str:
        """Short, stable name used in the JSON ``error.type`` field."""
        return type(self).__name__


class InputError(BriefingError):
    """The input cannot be read as a document."""

    stage = "ingest"


class UnsupportedFormatError(InputError):
    """No reader knows this content (by extension or by sniffing)."""


class EmptyDocumentError(InputError):
    """The file holds no text once read (empty, whitespace only)."""


class TooLargeError(InputError):
    """The input is over a size limit of :class:`briefing.options.Limits`."""


class EncryptedDocumentError(InputError):
    """The document is encrypted and needs a password."""


class CorruptDocumentError(InputError):
    """The container is truncated, malformed or hostile (bombs, external entities)."""


class RenderError(BriefingError):
    """A briefing or another output file could not be rendered or written."""

    stage = "render"


class NothingToBuildError(BriefingError):
    """No usable record is left for a briefing: none read, or the filters removed every one.

    No briefing is written rather than an empty one that looks like a result.
    """

    stage = "build"


class UsageError(BriefingError):
    """Bad options or arguments; the command line exits with status 2."""

    stage = "usage"


class NoTextLayerError(InputError):
    """A PDF whose pages carry no text, only images (a scan): it needs OCR first."""
