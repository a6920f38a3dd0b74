"""'Was deze pagina nuttig?': the anonymous feedback form that the phase banner,
the end of every page and the confirmation page link to (``views``), its form and
the blanking of contact details in comments (``forms``), and the report in which
Redactie reads the answers (``report``). The model is
``content.models.feedback.PageFeedback``."""
