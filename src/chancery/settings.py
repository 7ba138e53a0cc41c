"""Every limit and default in one place, each with a line of help (shown by ``chancery
settings``)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace


def setting(default, help: str, choices: tuple[str, ...] = ()):
    return field(default=default, metadata={"help": help, "choices": choices})


@dataclass(frozen=True)
class Settings:
    max_file_mb: float = setting(
        40.0, "Largest input file accepted, in megabytes; larger files are refused with an error"
    )
    max_pdf_pages: int = setting(
        2000, "Most pages read from one PDF or image file (a TIFF holds several)"
    )
    ocr: str = setting(
        "auto",
        "Which pages go through OCR (Tesseract): auto, images and PDF pages whose text "
        "layer is missing or garbage; always, every page of a PDF too; never, none (a "
        "scan without a text layer is then an error)",
        ("auto", "always", "never"),
    )
    ocr_languages: str = setting(
        "eng",
        "Tesseract's languages for OCR, joined by + (eng+rus reads Russian too, at "
        "about twice the time)",
    )
    ocr_dpi: int = setting(300, "Resolution PDF pages are drawn at for OCR, in dots per inch")
    ocr_cache: str = setting(
        "",
        "Folder of OCR results, by the page image's hash, so that no page is read "
        "twice (empty: ingest, relink and uploads use NAME.ocr beside an SQLite "
        "archive NAME.db, as its index NAME.index, NAME.ocr in the working directory "
        "for a PostgreSQL one; elsewhere no cache)",
    )
    ocr_min_words: int = setting(
        20,
        "Under --ocr auto, fewest words a PDF page's text layer must hold to be used "
        "instead of OCR",
    )
    ocr_min_word_share: float = setting(
        0.6,
        "Under --ocr auto, least share of a PDF page's text layer that must read as "
        "words (not OCR garbage) for it to be used instead of OCR",
    )
    max_image_pixels: int = setting(
        150_000_000,
        "Largest image (or PDF page drawn for OCR) accepted, in pixels; a letter page "
        "at 300 dpi has 8.4 million (decompression bombs are refused)",
    )
    max_html_depth: int = setting(
        200,
        "Deepest HTML/XML element nesting accepted before a file is refused as hostile "
        "(the HTML parser stops at 256 whatever this says)",
    )
    min_text_chars: int = setting(
        20, "Fewest non-space characters a file must yield to count as a document"
    )
    workers: int = setting(1, "Processes used by ingest")
    file_seconds: float = setting(
        60.0,
        "Longest time one file may take to be read and processed (by ingest or an "
        "upload), in seconds; a file over it is stopped and reported, and the batch "
        "goes on",
    )
    file_memory_mb: float = setting(
        1024.0,
        "Memory one file may take in the worker process reading it, in megabytes "
        "(address space beyond what the worker holds before its first file, on Linux); "
        "a file needing more is stopped and reported, and the batch goes on",
    )
    max_page_chars: int = setting(
        100000,
        "Most characters read from one PDF page (a dense printed page has about "
        "5,000); a page with more is cut there and its documents flagged",
    )
    index_batch: int = setting(500, "Documents written to the search index between commits")
    index_heap_mb: int = setting(
        32,
        "Memory the search index writer may buffer, in megabytes (at least 15); bounds "
        "ingest's peak memory",
    )
    index_dir: str = setting(
        "",
        "Folder the search index is kept in, as NAME.index (empty: beside an SQLite "
        "archive, ARCHIVE.index; for a PostgreSQL archive, the working directory, NAME "
        "being the database's name). Each machine keeps its own and brings it up to "
        "date from the store",
    )
    index_follow_seconds: float = setting(
        5.0,
        "How often a server checks the store for documents its index does not hold yet "
        "(stored by ingest, here or on another machine), in seconds",
    )
    store_connections: int = setting(
        8,
        "Most connections each process keeps open to a PostgreSQL archive (a pool "
        "shared by its threads)",
    )
    search_limit: int = setting(20, "Results returned by a search when no limit is given")
    max_query_chars: int = setting(1000, "Longest search query accepted")
    exact_count_up_to: int = setting(
        20000,
        "A search matching more documents than about this many has its facets (and, in "
        "an archive of more than exact_archive_up_to documents, its total) estimated "
        "from a sample; exact=true counts all",
    )
    exact_archive_up_to: int = setting(
        200000,
        "In an archive of at most this many documents every total is counted exactly, "
        "which costs less there than sampling; the facets of a search with more than "
        "exact_count_up_to matches are still estimated",
    )
    sample_matches: int = setting(
        10000,
        "About how many of a big search's matches its estimated total and facets are counted from",
    )
    snippet_chars: int = setting(200, "Characters in a search result snippet")
    max_export_documents: int = setting(
        10000,
        "Most documents one export request of the HTTP API returns (the CLI export has no limit)",
    )
    person_documents: int = setting(
        200,
        "Documents listed on a person's page, by date (the timeline counts them all; a "
        "search finds them all)",
    )
    network_documents: int = setting(
        500, "Best matches of a search from which its network of people is drawn"
    )
    network_people: int = setting(40, "Most people drawn in a network picture")
    max_upload_mb: float = setting(
        10.0,
        "Largest file the upload endpoint (POST /api/ingest, only with an upload "
        "token) accepts, in megabytes",
    )
    server_threads: int = setting(4, "Threads each web server process answers requests on")
    max_url_chars: int = setting(
        8192,
        "Longest request URL (path and query string) the web server answers; longer ones get 414",
    )
    header_seconds: float = setting(
        10.0,
        "Longest time a client may take to send a request's headers, from connecting "
        "(on a kept-alive connection, from the previous answer); then the connection "
        "is closed",
    )
    body_seconds: float = setting(
        30.0,
        "Longest pause while a client sends a request body (an upload); then the "
        "connection is closed",
    )
    max_connections: int = setting(
        4096,
        "Most connections each server process keeps open (lowered to what its "
        "open-file limit allows); a new one past it closes the oldest that has not "
        "sent a whole request yet, or is refused",
    )
    trusted_hosts: str = setting(
        "",
        "Host names the server answers to (comma-separated; * for any) besides "
        "127.0.0.1, localhost, ::1 and the --host it listens on; a request naming "
        "another Host gets 400 (DNS rebinding)",
    )

    @classmethod
    def help(cls) -> list[tuple[str, object, str]]:
        return [(f.name, f.default, f.metadata["help"]) for f in fields(cls)]

    def for_archive(self, archive) -> Settings:
        """These settings with what defaults to a place of the archive's filled in: the OCR cache,
        ``archive.ocr_folder`` of its store (so ingest, relink and uploads never read a page
        twice)."""
        return self if self.ocr_cache else replace(self, ocr_cache=str(archive.ocr_folder))

    def with_(self, **changes) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def with_named(self, pairs) -> Settings:
        """These settings changed by (name, value as text) pairs, as ``--setting NAME VALUE`` gives
        them; a ValueError says which name or value is wrong."""
        kinds = {f.name: str(f.type) for f in fields(self)}  # annotations are strings here
        changes = {}
        for name, text in pairs:
            if name not in kinds:
                raise ValueError(f"unknown setting {name!r} (`chancery settings` lists them)")
            kind = {"int": int, "float": float, "str": str}[kinds[name]]
            try:
                value = kind(text)
            except ValueError:
                raise ValueError(f"setting {name} takes a number, not {text!r}") from None
            choices = next(f.metadata["choices"] for f in fields(self) if f.name == name)
            if choices and value not in choices:
                raise ValueError(f"setting {name} is one of {', '.join(choices)}, not {text!r}")
            if kind is not str and value <= 0 and name != "min_text_chars":
                raise ValueError(f"setting {name} must be above 0, not {text}")
            changes[name] = value
        return replace(self, **changes)


DEFAULT = Settings()
