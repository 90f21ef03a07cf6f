"""Whom and what the document is about: the gazetteer, partner countries and themes.

Imports only :mod:`briefing.extract.text` among the extractors.
"""
