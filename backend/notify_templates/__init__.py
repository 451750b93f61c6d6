"""Customer e-mail texts per language, as data: `TEMPLATES[language][kind] = (subject, body)`.

Each language module holds only a dict of `string.Template` texts. Placeholders: `$order_number`,
`$customer_name`, `$store_name`, `$store` (name, and address when the store has one), and for
"ready" and "reminder" `$pickup_code` (two groups of four) and `$qr_payload` (the QR's text). A
test renders every kind in every language with exactly these names.
"""

from __future__ import annotations

from string import Template

from backend.notify_templates import de, en, hu
from backend.notify_templates import id as indonesian  # the module is named by its language code

PLACEHOLDERS = ("order_number", "customer_name", "store_name", "store", "pickup_code", "qr_payload")
LANGUAGES = ("de", "en", "hu", "id")
FALLBACK = "de"
TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    "de": de.TEMPLATES,
    "en": en.TEMPLATES,
    "hu": hu.TEMPLATES,
    "id": indonesian.TEMPLATES,
}


def render(language: str, kind: str, values: dict[str, str]) -> tuple[str, str]:
    """Subject and plain-text body of `kind` in `language` (German for a language without texts).

    KeyError when the kind has no text or a placeholder has no value: a template never goes out
    half-filled.
    """
    subject, body = TEMPLATES.get(language, TEMPLATES[FALLBACK])[kind]
    return Template(subject).substitute(values), Template(body).substitute(values)
