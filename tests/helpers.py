"""Small builders shared by the tests: sources and documents for the stages, stored records,
and archives."""

from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from chancery.authority.matcher import Matcher
from chancery.authority.registry import AuthorityPerson, Office
from chancery.ingest import ingest
from chancery.model import Document, Mention, Party, Person, Source
from chancery.pipeline import process_source
from chancery.record import StoredDocument, document_record
from chancery.settings import DEFAULT, Settings
from chancery.store import open_store


def source(text: str, path: str = "t.txt", fmt: str = "text") -> Source:
    return Source(path=path, format=fmt, sha256="0" * 64, text=text)


def documents(text: str, matcher: Matcher | None = None):
    return process_source(source(text), matcher=matcher)


def office_holder(
    person_id: str,
    name: str,
    country: str,
    born: int,
    died: int,
    office: str,
    start: str,
    end: str,
    variants: list[str] | None = None,
) -> AuthorityPerson:
    """A registry person who held one office of their own country from ``start`` to ``end``."""
    return AuthorityPerson(
        person_id,
        name,
        variants or [],
        country,
        born,
        died,
        "",
        [Office(office, country, start, end)],
    )


# Registry entries the people and dialogue tests link to, each holding the office the texts
# call them by in 1958-1963.
RUSK = office_holder(
    "rusk", "Dean Rusk", "US", 1909, 1994, "Secretary of State", "1961-01-21", "1969-01-20"
)
KENNEDY = office_holder(
    "jfk", "John F. Kennedy", "US", 1917, 1963, "President", "1961-01-20", "1963-11-22"
)
KHRUSHCHEV = office_holder(
    "khrushchev",
    "Nikita S. Khrushchev",
    "USSR",
    1894,
    1971,
    "Chairman of the Council of Ministers",
    "1958-03-27",
    "1964-10-14",
)
MENSHIKOV = office_holder(
    "menshikov",
    "Mikhail A. Menshikov",
    "USSR",
    1902,
    1976,
    "Ambassador to the United States",
    "1958-02-25",
    "1962-01-15",
)


def record(
    doc_id: str,
    text: str = "",
    date: str | None = None,
    *,
    type_: str | None = "letter",
    title: str | None = None,
    classification: str | None = None,
    sender: Person | None = None,
    recipients: tuple[Person, ...] = (),
    participants: tuple[tuple[Person, str | None], ...] = (),
    speakers: tuple[Person, ...] = (),
    mentioned: tuple[Person, ...] = (),
    written: dict[str, list[str]] | None = None,
    **facts,
) -> StoredDocument:
    """A stored record as the pipeline makes one, with the people given already linked:
    ``participants`` are (person, side) pairs, ``written`` maps a person id to the ways the
    text names them, and ``facts`` set any other field of the record."""

    def party(person: Person, side: str | None = None) -> Party:
        return Party(person.name, person.name, side=side, person_id=person.id)

    involved = [sender] if sender else []
    involved += [*recipients, *(p for p, _ in participants), *speakers, *mentioned]
    persons = list({p.id: p for p in involved}.values())
    written = written or {}
    doc = Document(
        source=Source(f"{doc_id}.txt", "text", doc_id, text),
        part=1,
        parts=1,
        raw=text,
        raw_start=0,
        id=doc_id,
        text=text,
        type=type_,
        date=date,
        title=title,
        classification=classification,
        sender=party(sender) if sender else None,
        recipients=[party(p) for p in recipients],
        participants=[party(p, side) for p, side in participants],
        persons=persons,
        speakers=list(speakers),
        mentions=[Mention(w, -1, -1, "name", p.id) for p in persons for w in written.get(p.id, [])],
    )
    return replace(document_record(doc), **facts)


def record_of_ids(
    names: dict[str, str],
    doc_id: str,
    text: str = "",
    date: str | None = None,
    *,
    sender: str | None = None,
    recipients: tuple[str, ...] = (),
    participants: tuple[tuple[str, str | None], ...] = (),
    speakers: tuple[str, ...] = (),
    mentioned: tuple[str, ...] = (),
    **facts,
) -> StoredDocument:
    """``record`` with its people given by id, named by ``names`` (id → name):
    ``participants`` are (id, side) pairs."""

    def person(person_id: str) -> Person:
        return Person(person_id, names[person_id])

    return record(
        doc_id,
        text,
        date,
        sender=person(sender) if sender else None,
        recipients=tuple(map(person, recipients)),
        participants=tuple((person(p), side) for p, side in participants),
        speakers=tuple(map(person, speakers)),
        mentioned=tuple(map(person, mentioned)),
        **facts,
    )


def store_records(db, *records: StoredDocument, raw: str | None = None) -> None:
    """Each record stored as a file of its own (its source's path and hash), with ``raw`` as
    its original text (the record's text unless told)."""
    for r in records:
        db.add_file(r.source.path, r.source.format, r.source.sha256, 10, [r], [raw or r.text])


def write_files(folder: Path, *texts: str, named: dict[str, str] | None = None) -> Path:
    """``folder`` with a text file per text (000.txt, 001.txt, ...) and per name in ``named``."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {f"{n:03d}.txt": text for n, text in enumerate(texts)} | (named or {})
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def archive(
    tmp_path: Path,
    *texts: str,
    named: dict[str, str] | None = None,
    target: str | None = None,
    settings: Settings = DEFAULT,
):
    """An archive of the files ``write_files`` makes in ``tmp_path/in``, ingested and opened (at
    ``target``: an SQLite file in ``tmp_path`` unless told, or a PostgreSQL URL)."""
    target = target or str(tmp_path / "a.db")
    ingest([write_files(tmp_path / "in", *texts, named=named)], target, settings)
    return open_store(target)


def table(db, sql: str) -> list[tuple]:
    """Rows of a query run on either store, to look at what it holds."""
    with db.session() as session:
        return [tuple(row) for row in session.execute(sql).fetchall()]


def stored_rows(target) -> list[tuple]:
    """(seq, id, record) of every stored document, in order."""
    with open_store(target, create=False) as db:
        return table(db, "SELECT seq, id, record FROM documents ORDER BY seq")


def local_client(app) -> TestClient:
    """A test client naming the server as a browser on this machine does (the app refuses other
    Hosts)."""
    return TestClient(app, base_url="http://127.0.0.1")
