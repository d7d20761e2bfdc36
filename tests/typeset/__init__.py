"""Test PDFs of the sample issue typeset by engines other than chromium (ReportLab, WeasyPrint),
each with its own fonts, margins, spacing, contents style and running header and footer."""
