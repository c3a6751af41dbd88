"""PDF: the text layer page by page (pypdf), pages separated by form feeds so that the normaliser can
tell page furniture by its repetition across pages. Encrypted, damaged, truncated and scanned PDFs
(no text layer) raise ReadError."""
from __future__ import annotations

import io
import logging
from pathlib import Path

from ...errors import ReadError
from . import reader
from .layout import Layout


@reader(".pdf")
def read_pdf(path: Path, data: bytes) -> Layout:
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError
    if not data.lstrip().startswith(b"%PDF"):
        raise ReadError(path, "damaged", "not a PDF file (no %PDF header)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        pdf = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if pdf.is_encrypted:
            # many PDFs are encrypted with an empty user password only to restrict printing
            try:
                ok = pdf.decrypt("")
            except (NotImplementedError, DependencyError) as err:
                raise ReadError(path, "encrypted", f"PDF is encrypted and cannot be opened ({err})") from None
            if not ok:
                raise ReadError(path, "encrypted", "PDF is encrypted with a password")
        pages = [page.extract_text() or "" for page in pdf.pages]
        info = pdf.metadata or {}
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(path, "encrypted", "PDF is encrypted with a password") from None
    except (PdfStreamError, PdfReadError, EOFError) as err:
        raise ReadError(path, "damaged", f"PDF is damaged or truncated ({err})") from None
    except Exception as err:  # pypdf raises many kinds on malformed files
        raise ReadError(path, "damaged", f"PDF cannot be parsed ({type(err).__name__}: {err})") from None
    if not pages:
        raise ReadError(path, "empty", "PDF has no pages")
    if not any(p.strip() for p in pages):
        raise ReadError(path, "no-text-layer", f"PDF has {len(pages)} page(s) but no text layer "
                        "(a scan?); run OCR on it first")
    lay = Layout()
    for text in pages:
        lay.page(text.replace("\f", "\n"))
    for key, name in (("/Title", "title"), ("/Author", "author"), ("/Subject", "subject")):
        value = info.get(key)
        if isinstance(value, str) and value.strip():
            lay.metadata[name] = value.strip()
    return lay

