"""What the document says in short: its summary, assessments, recommendations, academic parts.

Imports only :mod:`briefing.extract.text` among the extractors.
"""
