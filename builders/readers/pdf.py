"""PDF: the text layer page by page (pypdf), pages separated by form feeds so that the normaliser can
tell page furniture by its repetition across pages; a paragraph's vertical space becomes an empty line,
as the sentence splitter expects between paragraphs. Encrypted, damaged, truncated and scanned PDFs
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
        pages = [_page_text(page) for page in pdf.pages]
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



def _page_text(page) -> str:
    """The page's text as pypdf extracts it, with an empty line where the next line starts further down
    than a line's spacing (a new paragraph, or the body under a letterhead) or back up the page (another
    column or block). pypdf reports each piece of text it writes with its position and font size; the
    pieces together are its plain extraction. A line's spacing is taken per font size: the lower quartile
    of the drops between lines of that size (paragraphs and headings drop further)."""
    pieces: list[tuple[str, float | None, float]] = []

    def visit(text, cm, tm, font, size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] if text.strip() else None
        pieces.append((text, y, round(float(size or 0) * abs(cm[3] or 1), 1)))
    plain = page.extract_text(visitor_text=visit) or ""
    if "".join(t for t, _, _ in pieces) != plain:
        return plain        # the pieces do not add up to the text (another pypdf): leave it as it is
    # the drop from the last text before each line break to the first text after it, by the latter's size
    drops: list[tuple[int, float, float]] = []      # (index of the piece with the break, drop, font size)
    last_y, pending = None, None
    for i, (text, y, size) in enumerate(pieces):
        if y is not None:
            if pending is not None and last_y is not None:
                drops.append((pending, last_y - y, size))
            pending, last_y = None, y
        if "\n" in text and last_y is not None:
            pending = i
    by_size: dict[float, list[float]] = {}
    for _, d, size in drops:
        if d > 0.5:
            by_size.setdefault(size, []).append(d)
    step = {size: sorted(ds)[len(ds) // 4] for size, ds in by_size.items() if len(ds) >= 3}
    wide = {i for i, d, size in drops if size in step and (d > 1.4 * step[size] or d < -0.5 * step[size])}
    if not wide:
        return plain
    return "".join(text.replace("\n", "\n\n", 1) if i in wide else text for i, (text, _, _) in enumerate(pieces))
