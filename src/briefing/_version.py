"""The package version, in one place: pyproject.toml reads it, records carry it."""

VERSION = "0.1.0"
