"""Text tools every extractor shares: sentences, the lexicon matcher, morphology, word lists.

The bottom layer of :mod:`briefing.extract`: it imports no other extractor.
"""
