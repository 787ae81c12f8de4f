"""The registry itself: models, vocabularies, workflow, redaction, the public view.

Nothing in this package imports Flask (tests/test_architecture.py holds that).
"""
