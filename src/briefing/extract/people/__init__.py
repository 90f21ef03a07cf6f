"""People named in the document, with their roles: name shapes, cues, Russian declension.

Imports only :mod:`briefing.extract.text` among the extractors.
"""
