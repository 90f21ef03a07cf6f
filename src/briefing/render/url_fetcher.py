"""The only door WeasyPrint gets to the outside: files of the template folder.

WeasyPrint's default fetcher opens every protocol (http, file, data). A
briefing quotes untrusted documents, so the fetcher serves ``file:`` URLs
inside the template folder (fonts, images, stylesheets a user adds there)
and refuses everything else: nothing from a document is fetched.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse


class TemplateOnlyFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint is untyped
    """Serve files under ``folder``; refuse (and remember) every other URL."""

    def __init__(self, folder: Path) -> None:
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self.folder = folder.resolve()
        self.refused: list[str] = []
        self.served: list[Path] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        """The file's bytes when ``url`` points inside the template folder."""
        del headers
        path = self._local_path(url)
        if path is None:
            self.refused.append(url)
            raise ValueError(f"briefing fetches nothing outside its template folder: {url[:80]}")
        self.served.append(path)
        return URLFetcherResponse(url, path.read_bytes(), {})

    def _local_path(self, url: str) -> Path | None:
        parts = urlsplit(url)
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            return None
        path = Path(unquote(parts.path)).resolve()
        inside = path.is_relative_to(self.folder) and path.is_file()
        return path if inside else None
