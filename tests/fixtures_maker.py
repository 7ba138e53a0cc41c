"""Files the tests need, written at test time (nothing binary is kept in the repository)."""


def pdf_with_text(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF whose pages carry the given lines as a real text layer."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for lines in pages:
        stream = (
            "BT /F1 11 Tf 72 720 Td 14 TL "
            + " ".join(
                "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"
                for line in lines
            )
            + " ET"
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        content = len(objects)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font "
            f"<< /F1 3 0 R >> >> /Contents {content} 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def pdf_without_text() -> bytes:
    """A PDF with an empty page, as a scan without OCR looks to a text extractor."""
    return pdf_with_text([[]])


def scanned_page(text: str, skew: float = 0.0, specks: float = 0.0, seed: int = 1):
    """A letter-size page at 300 dpi with ``text`` typed on it, as a scanner gives it back
    (the OCR benchmark's pages: a fixed-pitch font, grey ink, specks, a tilt)."""
    from chancery.devtools.bench_ocr import typed_page

    return typed_page(text, skew=skew, specks=specks, seed=seed)


def scanned_pdf(pages) -> bytes:
    """A PDF of page images with no text layer, as a scanner writes it."""
    import io

    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=300, save_all=True, append_images=pages[1:])
    return out.getvalue()


def scanned_tiff(pages) -> bytes:
    """A multi-page TIFF of black-and-white pages (CCITT group 4, as archives' scans are)."""
    import io

    out = io.BytesIO()
    bilevel = [page.point(lambda v: 255 if v > 140 else 0).convert("1") for page in pages]
    bilevel[0].save(out, "TIFF", save_all=True, append_images=bilevel[1:], compression="group4")
    return out.getvalue()


def frus_volume(
    documents: list[str], persons: list[tuple[str, str, str]], volume: str = "frus1961-63v99"
) -> bytes:
    """A FRUS volume in TEI as the Office of the Historian encodes them (HistoryAtState/frus):
    a persons list in the front matter, then chapters of ``div type="document"`` elements
    (given as XML strings). Names and words are invented."""
    listed = "\n".join(
        f'<item><hi rend="strong"><persName xml:id="{xml_id}">{name}</persName></hi>, '
        f"{description}</item>"
        for xml_id, name, description in persons
    )
    body = "\n".join(documents)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="{volume}">
  <teiHeader><fileDesc>
    <titleStmt><title type="complete">Foreign Relations of the United States, a volume made for the tests</title></titleStmt>
    <publicationStmt><publisher>Nobody</publisher><idno type="frus">{volume}</idno></publicationStmt>
    <sourceDesc><p>Written for chancery's tests</p></sourceDesc>
  </fileDesc></teiHeader>
  <text>
    <front>
      <div type="section" xml:id="persons"><head>Persons</head>
        <list type="participants">{listed}</list>
      </div>
    </front>
    <body>
      <div type="compilation" xml:id="comp1"><head>Ruritania</head>
        <div type="chapter" xml:id="ch1"><head>Trade talks</head>
{body}
        </div>
      </div>
    </body>
  </text>
</TEI>
""".encode()  # noqa: E501 (test data)


def with_text_layer(pdf: bytes, text: str) -> bytes:
    """The PDF with ``text`` added to its first page as a text layer (as a scanner's own OCR
    lays its reading over the page image)."""
    import ctypes
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf)
    page = document[0]
    layer = raw.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", ctypes.c_float(10))
    characters = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
    raw.FPDFText_SetText(layer, ctypes.cast(characters, ctypes.POINTER(raw.FPDF_WCHAR)))
    raw.FPDFPageObj_Transform(layer, 1, 0, 0, 1, 50, 50)
    raw.FPDFPage_InsertObject(page.raw, layer)
    raw.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
