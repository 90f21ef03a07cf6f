"""Facts the briefing tabulates: organisations, agreements, events and figures.

Imports :mod:`~briefing.extract.text`, :mod:`~briefing.extract.topics` (the gazetteer)
and :mod:`~briefing.extract.people` (names inside organisations and events).
"""
