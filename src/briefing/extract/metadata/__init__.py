"""What the document is: its language, kind, title, publication date and dated phrases.

Imports only :mod:`briefing.extract.text` among the extractors.
"""
