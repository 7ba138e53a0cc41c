"""The command line: each command is a thin layer over the library function of the same name."""

from __future__ import annotations

import importlib
import json
import logging
import os
import socket
import sys
from pathlib import Path

import click
from tabulate import tabulate

from .errors import ChanceryError
from .model import Person
from .record import StoredDocument, record_to_dict
from .settings import DEFAULT, Settings
from .wording import counted

# Named, not __name__: run as `python -m chancery.cli` this module is __main__, outside "chancery".
logger = logging.getLogger("chancery.cli")

DB_HELP = (
    "Archive: an SQLite file, or a PostgreSQL database as postgresql://user@host/dbname"
    " (default: $CHANCERY_DB or ./archive.db)"
)


def db_option(f):
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default=lambda: os.environ.get("CHANCERY_DB", "archive.db"),
        show_default="archive.db",
        help=DB_HELP,
    )(f)


def setting_option(f):
    return click.option(
        "--setting",
        "-s",
        "named_settings",
        type=(str, str),
        multiple=True,
        metavar="NAME VALUE",
        help="Change a setting for this run (repeatable; `chancery settings` lists them)",
    )(f)


def chosen_settings(named: tuple[tuple[str, str], ...]) -> Settings:
    try:
        return DEFAULT.with_named(named)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--setting") from None


def open_archive(db_path: str):
    """The archive's store (an SQLite file or a PostgreSQL database), which must exist."""
    from .store import open_store

    return open_store(db_path, create=False)


def bring_index_up_to_date(db_path: str, settings: Settings = DEFAULT) -> str:
    """The index is derived: catch up with the store (after a crash, documents stored elsewhere,
    or a new index layout) before reading it. Returns the archive's name for messages."""
    from .search import index as search_index

    with open_archive(db_path) as db:
        if search_index.current_state(db, search_index.index_path(db, settings)) is None:
            click.echo(
                f"building the search index in {search_index.index_path(db, settings)}…", err=True
            )
        search_index.sync(db, settings)
        return db.name


class Commands(click.Group):
    """The commands, with an error of ours (an unusable archive, a bad query ...) reported as one
    line, not a traceback; --debug shows the traceback too."""

    # Command groups of the developer tools, imported only when one is run or listed: the
    # runtime core never loads them.
    DEVTOOL_GROUPS = {"bench": "chancery.devtools.bench"}

    def list_commands(self, ctx):
        return sorted([*super().list_commands(ctx), *self.DEVTOOL_GROUPS])

    def get_command(self, ctx, name):
        if name in self.DEVTOOL_GROUPS:
            return getattr(importlib.import_module(self.DEVTOOL_GROUPS[name]), name)
        return super().get_command(ctx, name)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ChanceryError as e:
            logger.debug("the traceback of the error below", exc_info=True)
            raise click.ClickException(e.user_message) from None


def configure_logging(debug: bool) -> None:
    """Warnings on stderr as one line each; with --debug, chancery's debug messages and the
    tracebacks of errors too (other libraries' debug messages stay hidden)."""
    logging.basicConfig(
        format="%(levelname)s %(name)s: %(message)s" if debug else "%(message)s",
        level=logging.WARNING,
    )
    logging.getLogger("chancery").setLevel(logging.DEBUG if debug else logging.NOTSET)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="chancery")
@click.option("--debug", is_flag=True, help="Show debug messages and the traceback of each error")
def main(debug):
    """chancery: a research engine for declassified diplomatic and intelligence records."""
    configure_logging(debug)


class PathOrUrl(click.Path):
    """A file or folder that exists, or an fsspec URL (s3://bucket/prefix, file:///…) that a
    cluster's workers fetch the files of (checked when they are listed)."""

    def convert(self, value, param, ctx):
        from .read.remote import is_remote

        return value if is_remote(value) else super().convert(value, param, ctx)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=PathOrUrl(exists=True))
@db_option
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(1, 64),
    default=DEFAULT.workers,
    show_default=True,
    help="Processes to use",
)
@click.option(
    "--ocr",
    type=click.Choice(["auto", "always", "never"]),
    default=None,
    help=(
        "Which pages go through OCR: auto (default) images and PDF pages whose text layer"
        " is missing or garbage; always every page; never none"
    ),
)
@click.option(
    "--cluster",
    metavar="SCHEDULER|local:N",
    help="Read the files on a Dask cluster, its workers writing to the PostgreSQL archive: a"
    " scheduler's address (tcp://HOST:8786), or local:N for N worker processes here"
    " (instead of --workers); the workers open the files at the same absolute paths, or fetch"
    " them by an fsspec URL given instead of a folder (s3://bucket/prefix, file:///…)"
    " (pip install 'chancery[cluster]', and 'chancery[s3]' for s3://)",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar")
@setting_option
def ingest(paths, db_path, workers, ocr, cluster, quiet, named_settings):
    """Read files and folders into the archive (idempotent: stored files are skipped)."""
    from .ingest import ingest as run_ingest

    def report(path, error):
        click.echo(f"error: {printable(error)}", err=True)

    def not_followed(path, why):
        click.echo(f"skipped: {printable(why)}", err=True)

    settings = chosen_settings(named_settings).with_(workers=workers, ocr=ocr)
    progress = not quiet and sys.stderr.isatty()
    url = next((path for path in paths if "://" in path), None)
    if url and not cluster:
        raise click.UsageError(
            f"{printable(url)}: files named by a URL are fetched by a cluster's workers:"
            " add --cluster local:N (N workers on this machine) or a scheduler's address"
        )
    if cluster:
        from . import cluster as on_cluster

        summary = on_cluster.ingest(  # a ClusterError is one line, as every ChanceryError
            list(paths),
            db_path,
            cluster,
            settings,
            progress=progress,
            on_failure=report,
            on_not_followed=not_followed,
        )
    else:
        summary = run_ingest(
            list(paths),
            db_path,
            settings,
            progress=progress,
            on_failure=report,
            on_not_followed=not_followed,
        )
    click.echo(printable(summary.line()))
    if summary.failures:
        sys.exit(1)


@main.command()
@click.argument("query")
@db_option
@click.option(
    "--limit", "-n", type=click.IntRange(1, 1000), default=DEFAULT.search_limit, show_default=True
)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option(
    "--sort",
    type=click.Choice(["relevance", "date", "newest"]),
    default="relevance",
    show_default=True,
    help="date: oldest first",
)
@click.option("--fuzzy", is_flag=True, help="OCR-tolerant: also match words one or two letters off")
@click.option(
    "--exact",
    is_flag=True,
    help=(
        "Count every match (by default, in an archive of more than exact_archive_up_to,"
        " 200,000, documents, a total above exact_count_up_to, 20,000, is estimated from a"
        " sample)"
    ),
)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON")
@setting_option
def search(query, db_path, limit, offset, sort, fuzzy, exact, as_json, named_settings):
    """Full-text search: words, "phrases", prefix*, word~, NEAR, AND/OR/NOT, type:, person:,
    year:1959..1961."""
    from .search.index import Searcher

    settings = chosen_settings(named_settings)
    bring_index_up_to_date(db_path, settings)
    try:
        with Searcher(db_path, settings) as searcher:
            results = searcher.search(
                query, limit=limit, offset=offset, sort=sort, fuzzy=fuzzy, exact=exact
            )
    except FileNotFoundError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        answer = {
            "query": query,
            "total": results.total,
            "total_exact": results.exact,
            "hits": [vars(h) for h in results.hits],
        }
        if results.suggestion:
            answer["suggestion"] = {"query": results.suggestion[0], "total": results.suggestion[1]}
        click.echo(json.dumps(answer, indent=1))
        return
    click.echo(
        f"{'' if results.exact else 'about '}{counted(results.total, 'document')} "
        f"{'matches' if results.total == 1 else 'match'} {query!r}"
    )
    if results.suggestion:
        click.echo(f"did you mean {results.suggestion[0]!r}? ({results.suggestion[1]} documents)")
    for hit in results.hits:
        facts = "  ".join(x for x in (hit.type, hit.date, hit.classification) if x)
        click.echo(f"\n{click.style(hit.id, bold=True)}  {facts}")
        if hit.title:
            click.echo(f"  {hit.title}")
        click.echo(f"  {highlight(hit.snippet, hit.highlights)}")


def printable(text: str) -> str:
    """One line, whatever a file is called: newlines, terminal escapes and other unprintable
    characters in a name are written as escapes (a name holding "\nerror: ..." must not print
    a second error line, nor move the cursor)."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )


def highlight(text: str, ranges: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in ranges:
        out += [text[last:start], click.style(text[start:end], bold=True, underline=True)]
        last = end
    out.append(text[last:])
    return " ".join("".join(out).split())


def person_name(p: Person | None) -> str | None:
    return p.name if p else None


@main.command()
@click.argument("doc_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the export record")
@click.option("--original", is_flag=True, help="Print the original text, stamps included")
@click.option(
    "--people",
    "with_people",
    is_flag=True,
    help="Every person mention: whom it is linked to, why, how sure",
)
@click.option(
    "--dialogue", "as_dialogue", is_flag=True, help="The conversation as a script, flags inline"
)
def show(doc_id, db_path, as_json, original, with_people, as_dialogue):
    """One document: its facts, provenance and clean text."""
    with open_archive(db_path) as db:
        record = db.get_record(doc_id)
        if record is None:
            raise click.ClickException(f"no document {doc_id!r} in {db.name}")
        raw = db.get_raw(doc_id) if original else None
    if as_json:
        click.echo(json.dumps(record_to_dict(record), indent=1, ensure_ascii=False))
        return
    if original:
        click.echo(raw)
        return
    if with_people:
        click.echo(render_people(record))
        return
    if as_dialogue:
        click.echo(render_dialogue(record))
        return
    click.echo(render_document(record))


def render_dialogue(record: StoredDocument) -> str:
    """Speaker: words, one turn a paragraph, with the flags that fall inside a turn."""
    if not record.turns:
        return "no conversation in this document"
    names = {p.id: p.name for p in record.persons}
    text = record.text
    out = []
    for turn in record.turns:
        words = " ".join(text[turn.start : turn.end].split())
        out.append(f"{names.get(turn.speaker, turn.speaker)}: {words}")
        for flag in record.flags:
            if turn.start <= flag.start < turn.end:
                out.append(f"  ⚑ {flag.message}")
        out.append("")
    if record.channel:
        out.append("channel: " + " → ".join(p.name for p in record.channel))
    return "\n".join(out)


def render_people(record: StoredDocument) -> str:
    rows = []
    for mention in sorted(record.mentions, key=lambda m: (m.start, m.end)):
        where = f"{mention.start}-{mention.end}" if mention.start >= 0 else "note"
        rows.append(
            (
                where,
                mention.text,
                mention.kind,
                mention.person_name or "—",
                mention.confidence,
                mention.evidence,
            )
        )
    return tabulate(
        rows,
        headers=["at", "as written", "kind", "linked to", "confidence", "evidence"],
        maxcolwidths=[None, 30, None, 28, None, 60],
    )


def render_document(record: StoredDocument) -> str:
    src = record.source
    frus = record.frus
    release = record.release
    date = record.date or (
        f"{record.date_range[0]}..{record.date_range[1]} (inferred)" if record.date_range else None
    )
    facts = [
        ("id", record.id),
        ("source", f"{src.path} (part {src.part} of {src.parts}, {src.format})"),
        ("type", record.type),
        ("date", f"{date}  [{record.date_basis}]" if date and record.date_basis else date),
        ("title", record.title),
        ("place", record.place),
        ("classification", "; ".join(filter(None, [record.classification, *record.handling]))),
        ("collection", record.collection),
        ("sender", person_name(record.sender)),
        ("recipients", "; ".join(p.name for p in record.recipients)),
        (
            "participants",
            "\n".join(
                p.name + (f" ({p.side})" if p.side else "") + (f", {p.role}" if p.role else "")
                for p in record.participants
            ),
        ),
        ("distribution", ", ".join(record.distribution)),
        ("drafted by", person_name(record.drafted_by)),
        ("approved by", person_name(record.approved_by)),
        ("source note", record.source_note),
        (
            "FRUS",
            f"volume {frus.get('volume') or '?'}, document {frus.get('number')}" if frus else None,
        ),
        (
            "release",
            (
                f"{release.get('date')} {release.get('id') or ''} {release.get('authority') or ''}"
            ).strip()
            if release
            else None,
        ),
    ]
    lines = [tabulate([(k, v) for k, v in facts if v], tablefmt="plain")]
    if record.stamps:
        lines.append(f"\nremoved as provenance ({len(record.stamps)}):")
        lines += [
            f"  p{s.page:<3} {s.kind:<16} {' '.join(s.text.split())[:90]}" for s in record.stamps
        ]
    if record.footnotes:
        lines.append("\nfootnotes:")
        lines += [f"  [{f.marker}] {' '.join(f.text.split())[:200]}" for f in record.footnotes]
    lines += ["", "─" * 72, record.text]
    return "\n".join(lines)


@main.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "tei"]),
    default="jsonl",
    show_default=True,
    help=(
        "jsonl: the export contract, one record a line; csv: one row a document;"
        " tei: one TEI P5 XML file"
    ),
)
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    help="Write here instead of standard output",
)
def export(db_path, fmt, out):
    """Export every document: JSONL (the export contract), CSV or TEI P5."""
    from .export.csv import export_csv
    from .export.jsonl import export_jsonl
    from .export.tei import export_tei

    writer = {"jsonl": export_jsonl, "csv": export_csv, "tei": export_tei}[fmt]
    with open_archive(db_path) as db:
        if out:
            tmp = Path(out).with_name(Path(out).name + ".part")
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                count = writer(db, f)
            tmp.replace(out)  # never leave a half-written export under the real name
            click.echo(f"{counted(count, 'document')} written to {out}", err=True)
        else:
            writer(db, sys.stdout)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats(db_path, as_json):
    """What the archive holds."""
    with open_archive(db_path) as db:
        figures = db.stats()
    if as_json:
        click.echo(json.dumps(figures, indent=1))
        return
    first, last = figures["first_year"], figures["last_year"]
    years = "—" if not first else str(first) if first == last else f"{first}–{last}"
    click.echo(
        f"{counted(figures['documents'], 'document')} from {counted(figures['files'], 'file')} "
        f"({counted(figures['failures'], 'file')} failed), "
        f"{figures['dated']} dated, {years}"
    )
    for title, key in (
        ("type", "types"),
        ("classification", "classifications"),
        ("collection", "collections"),
    ):
        click.echo(
            "\n" + tabulate([(v or "—", n) for v, n in figures[key]], headers=[title, "documents"])
        )


@main.command()
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar")
@setting_option
def reindex(db_path, quiet, named_settings):
    """Rebuild this machine's search index from the store (in bounded memory: index_batch
    documents at a time)."""
    from tqdm import tqdm

    from .search import index as search_index

    settings = chosen_settings(named_settings)
    with (
        open_archive(db_path) as db,
        tqdm(
            desc="index", unit="doc", disable=quiet or not sys.stderr.isatty(), leave=False
        ) as bar,
    ):
        count = search_index.rebuild(db, settings, progress=bar.update)
        folder = search_index.index_path(db, settings)
    click.echo(f"{counted(count, 'document')} indexed in {folder}")


@main.command()
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar")
@setting_option
def relink(db_path, quiet, named_settings):
    """Link an archive's documents again after its registry changed (`authority import`).

    Each stored file is read again from the text the archive keeps and replaced in one
    transaction; the person tables and the search index are rebuilt. Safe to interrupt and
    run again."""
    from .relink import relink as relink_archive

    open_archive(db_path).close()  # an archive there, or one line saying why not
    summary = relink_archive(
        db_path, chosen_settings(named_settings), progress=not quiet and sys.stderr.isatty()
    )
    click.echo(summary.line())


@main.command(name="eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of gold NAME.json files",
)
@click.option(
    "--frus",
    "frus_volumes",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help=(
        "A FRUS TEI volume: score the pipeline's reading of every document against the"
        " editors' (repeatable; no --gold needed)"
    ),
)
@click.option(
    "--docs",
    "docs_dir",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of the documents NAME.* (run through the pipeline)",
)
@click.option(
    "--export",
    "export_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Score a JSONL export instead of running the pipeline",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object")
@click.option(
    "--report",
    type=click.Path(dir_okay=False),
    help="Also write the full report (with failures) as JSON here",
)
@click.option("--failures", type=int, default=20, show_default=True, help="Failure lines to show")
@click.option(
    "--registry",
    "registry_db",
    type=click.Path(exists=True, dir_okay=False),
    help="Link people against this archive's registry (after `chancery authority import`)",
)
@click.option(
    "--part",
    type=click.Choice(["all", "tuned", "held-out"]),
    default="all",
    show_default=True,
    help=(
        "Score every gold file, or only the part set aside before tuning (files whose name's"
        " SHA-1 starts with 0-4) or the rest"
    ),
)
def eval_command(
    gold_dir, frus_volumes, docs_dir, export_path, as_json, report, failures, registry_db, part
):
    """Measure accuracy against gold files, or against the FRUS editors, per field."""
    from .devtools.evaluate import evaluate

    if frus_volumes:
        from .devtools.evaluate_frus import evaluate_frus
        from .model import ReadError

        try:
            agreement = evaluate_frus(list(frus_volumes))
        except (ReadError, ValueError) as e:
            raise click.ClickException(str(e)) from None
        if report:
            Path(report).write_text(
                json.dumps(agreement.to_dict(), indent=1, ensure_ascii=False), encoding="utf-8"
            )
        click.echo(
            json.dumps(agreement.to_dict(), ensure_ascii=False)
            if as_json
            else agreement.table(failures)
        )
        return
    if not gold_dir:
        raise click.UsageError(
            "give --gold DIR (gold files) or --frus VOLUME.xml (the FRUS editors)"
        )
    if not docs_dir and not export_path:
        raise click.UsageError(
            "give --docs DIR (run the pipeline) or --export FILE (score an export)"
        )
    persons = None
    if registry_db:
        with open_archive(registry_db) as db:
            persons = db.load_authority()
    result = evaluate(gold_dir, docs_dir=docs_dir, export=export_path, persons=persons, part=part)
    if report:
        Path(report).write_text(
            json.dumps(result.to_dict(), indent=1, ensure_ascii=False), encoding="utf-8"
        )
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        click.echo(result.table(failures))


@main.command()
@click.option(
    "--count",
    "-n",
    type=click.IntRange(1),
    default=100,
    show_default=True,
    help="Documents to generate",
)
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for docs/ and gold/",
)
@click.option("--seed", type=int, default=1, show_default=True)
@click.option(
    "--ocr-noise",
    type=click.FloatRange(0, 0.5),
    default=0.0,
    show_default=True,
    help="Share of words with an OCR error",
)
@click.option(
    "--words",
    type=click.IntRange(50, 20000),
    default=1000,
    show_default=True,
    help="Words per document, roughly",
)
def synth(count, out, seed, ocr_noise, words):
    """Generate a synthetic archive with gold files (deterministic)."""
    from .devtools.synth import write_archive

    n = write_archive(out, count, seed=seed, ocr_noise=ocr_noise, words=words)
    click.echo(f"{n} documents written to {out}/docs, gold to {out}/gold")


@main.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (loopback unless told otherwise)",
)
@click.option("--port", "-p", type=click.IntRange(1, 65535), default=8080, show_default=True)
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes sharing the port (about one per core)",
)
@click.option(
    "--upload-token",
    envvar="CHANCERY_UPLOAD_TOKEN",
    default=None,
    metavar="TOKEN",
    help=(
        "Also serve POST /api/ingest for requests bearing this token (default: read-only;"
        " env CHANCERY_UPLOAD_TOKEN)"
    ),
)
@setting_option
def serve(db_path, host, port, workers, upload_token, named_settings):
    """Serve the archive: web pages and the HTTP API (OpenAPI at /docs)."""
    from .web.app import serve as run_server
    from .web.workers import WorkerFailed, address_family

    settings = chosen_settings(named_settings)
    name = bring_index_up_to_date(db_path, settings)
    # Say so before announcing a URL nobody will answer at. SO_REUSEADDR as the server binds:
    # connections left closing by a server just stopped do not make the port busy.
    with socket.socket(address_family(host)) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as e:
            raise click.ClickException(
                f"cannot listen on {host} port {port} ({e.strerror}); "
                f"choose another port with --port or another --host"
            ) from None
    base = (
        f"http://[{host}]:{port}"
        if address_family(host) == socket.AF_INET6
        else f"http://{host}:{port}"
    )
    uploads = "; uploads accepted at POST /api/ingest" if upload_token else ""
    click.echo(f"Serving {name} at {base}/  (API docs: {base}/docs{uploads}; Ctrl-C stops)")
    if host in ("0.0.0.0", "::") and not settings.trusted_hosts:
        click.echo(
            "Listening on every address: requests must name this server as 127.0.0.1, "
            "localhost or ::1, "
            "or a name given with -s trusted_hosts NAME[,NAME...] (other Host headers get 400)",
            err=True,
        )
    try:
        run_server(
            db_path, host, port, settings=settings, workers=workers, upload_token=upload_token
        )
    except WorkerFailed as e:
        raise click.ClickException(f"{e}; its error is above") from None


@main.group()
def authority():
    """The person registry: the core registry shipped with chancery, plus imported datasets."""


@authority.command(name="import")
@click.argument("dataset", type=click.Choice(["hsg-people", "pocom"]))
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@db_option
def authority_import(dataset, folder, db_path):
    """Merge an Office of the Historian dataset (an unpacked folder) into the archive's registry.

    Import hsg-people first, then pocom (its dated offices then link to both). Documents
    ingested afterwards are linked against the merged registry."""
    from .authority.hsg import ImportReport, import_hsg_people, import_pocom
    from .authority.merge import merge
    from .authority.registry import load_default
    from .store import open_store

    report = ImportReport()
    reader = import_hsg_people if dataset == "hsg-people" else import_pocom
    try:
        imported = reader(folder, report)
    except FileNotFoundError as e:
        raise click.ClickException(str(e)) from None
    if not imported:
        raise click.ClickException(
            f"{folder}: no {dataset} records found (the registry is unchanged); {report.summary()}"
        )
    with open_store(db_path) as db:
        merged, merge_report = merge(db.load_authority() or load_default(), imported)
        db.save_authority(merged)
        name = db.name
    click.echo(report.summary())
    click.echo(merge_report.summary())
    click.echo(f"{len(merged)} persons in the registry of {name}")


@main.command(name="people")
@click.argument("query", required=False, default="")
@db_option
@click.option("--limit", "-n", type=click.IntRange(1, 10000), default=50, show_default=True)
def people_command(query, db_path, limit):
    """Who is in the archive, with the number of documents naming them."""
    with open_archive(db_path) as db:
        rows = db.people(query, limit)
    click.echo(
        tabulate(
            [(r["id"], r["name"], r["documents"]) for r in rows],
            headers=["id", "name", "documents"],
        )
    )


@main.command()
@click.argument("person_id")
@db_option
def person(person_id, db_path):
    """One person: names seen, offices, documents as a timeline, who they met."""
    with open_archive(db_path) as db:
        facts = db.person(person_id)
        name = db.name
    if facts is None:
        raise click.ClickException(
            f"no person {person_id!r} in {name} "
            f"(ids look like gromyko-andrei-a: `chancery people {person_id}` finds them)"
        )
    click.echo(f"{facts['name']}  ({facts['id']})")
    if facts.get("description"):
        click.echo(facts["description"])
    if facts["offices"]:
        click.echo("\noffices:")
        for o in facts["offices"]:
            click.echo(f"  {o['start'] or '?'} – {o['end'] or '?'}  {o['title']} ({o['country']})")
    seen = ", ".join(f"{n['written']} ({n['documents']})" for n in facts["names_seen"])
    click.echo(f"\nnames seen: {seen or '—'}")
    click.echo("\ndocuments:")
    for d in facts["documents"]:
        click.echo(
            f"  {d['date'] or 'undated':<10}  {d['role']:<11}  {d['id']}  "
            f"{d['type'] or ''}  {d['title'] or ''}"
        )
    if facts["met"]:
        click.echo("\nmet, wrote to or relayed messages with:")
        for other in facts["met"]:
            click.echo(f"  {other['name']} ({other['documents']} documents together)")


@main.command(name="settings")
def settings_command():
    """Every setting with its default and help."""
    click.echo(
        tabulate(
            Settings.help(), headers=["setting", "default", "help"], maxcolwidths=[None, None, 70]
        )
    )


if __name__ == "__main__":
    main()
