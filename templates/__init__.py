"""Templates of briefing: Jinja2 HTML and CSS for the PDF, the DOCX reference styles, labels.

A user restyles a briefing by copying this folder and passing it as
``BuildOptions(template_dir=...)`` (``--template`` on the command line).
"""
