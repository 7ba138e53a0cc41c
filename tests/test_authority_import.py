"""Importers for the Office of the Historian's people and POCOM data, and merging registries.

The fixtures are small files in the datasets' own formats, about invented people."""

import tarfile
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.authority.build import country_from_description
from chancery.authority.hsg import ImportReport, import_hsg_people, import_pocom, name_and_variants
from chancery.authority.merge import merge, name_form
from chancery.authority.registry import AuthorityPerson, Office, holders

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def hsg_person_xml(
    person_id: str, preferred: str, originals=(), titles=(), born="", died="", remarks=()
) -> str:
    """A person record as HistoryAtState/people stores it; remarks are (text, number of volumes)."""
    original_xml = "".join(
        f"<original "
        f"source-urls='1'><name>{name}</name><source-url>https://example.org/v{i}</source-url></original>"  # noqa: E501 (test data)
        for i, name in enumerate(originals)
    )
    title_xml = "".join(
        f"<title "
        f"source-urls='1'><name>{t}</name><source-url>https://example.org/t</source-url></title>"
        for t in titles
    )
    remark_xml = "".join(
        f"<remark source-urls='{n}'><p>{text}</p>"
        + "<source-url>https://example.org/r</source-url>" * n
        + "</remark>"
        for text, n in remarks
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<person>
    <id>{person_id}</id>
    <authorities><authority service="viaf"/></authorities>
    <names>
        <preferred><name>{preferred}</name></preferred>
        <alternates/>
        <originals variants="{len(originals)}">{original_xml}</originals>
        <titles-from-name variants="{len(titles)}">{title_xml}</titles-from-name>
    </names>
    <birth-year>{born}</birth-year>
    <death-year>{died}</death-year>
    <remarks variants="{len(remarks)}">{remark_xml}</remarks>
</person>
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def people_folder(tmp_path: Path, *records: str) -> Path:
    data = tmp_path / "people" / "data" / "100000" / "1" / "9" / "0" / "0"
    for i, record in enumerate(records):
        write(data / f"1900{i:02d}.xml", record)
    return tmp_path / "people"


def only_person(tmp_path: Path, record: str) -> AuthorityPerson:
    [person] = import_hsg_people(people_folder(tmp_path, record))
    return person


# ---------------------------------------------------------------- HistoryAtState/people


def test_person_record_gives_display_name_variants_years_and_main_remark(tmp_path):
    record = hsg_person_xml(
        "190001",
        "Vostrikov, Pavel Ignatyevich",
        originals=[
            "Vostrikov, Pavel Ignatyevich",
            "Vostrikov, Pavel I.",
            "Vostrikov, General Pavel",
        ],
        titles=["General"],
        born="1911",
        died="1980",
        remarks=[("Soviet Deputy Minister of Trade", 1), ("Soviet Minister of Trade from 1962", 3)],
    )
    person = only_person(tmp_path, record)
    assert person.id == "hsg:190001"
    assert person.name == "Pavel I. Vostrikov"
    for form in [
        "Vostrikov, Pavel Ignatyevich",
        "Pavel Ignatyevich Vostrikov",
        "Vostrikov, Pavel I.",
        "Pavel Vostrikov",
    ]:
        assert form in person.variants
    assert "General Pavel Vostrikov" not in person.variants
    assert (person.born, person.died) == (1911, 1980)
    assert person.description == "Soviet Minister of Trade from 1962"
    assert person.sources == ["hsg-people:190001"]
    assert person.offices == []


def test_nickname_and_suffix_become_variants(tmp_path):
    person = only_person(tmp_path, hsg_person_xml("190002", "Marlowe, Everett J. (“Skip”), Jr."))
    assert person.name == "Everett J. Marlowe, Jr."
    assert "Skip Marlowe" in person.variants
    assert "Marlowe, Everett J. (“Skip”), Jr." in person.variants


def test_middle_names_are_not_cut_to_initials_unless_printed_so(tmp_path):
    person = only_person(tmp_path, hsg_person_xml("190003", "Qadiri, Amin Nur"))
    assert person.name == "Amin Nur Qadiri"


def test_surname_first_east_asian_name_keeps_its_order(tmp_path):
    person = only_person(tmp_path, hsg_person_xml("190004", "Tsao, Wen-hsiang"))
    assert person.name == "Tsao Wen-hsiang"


def test_wife_named_after_husband_does_not_get_his_name(tmp_path):
    person = only_person(
        tmp_path,
        hsg_person_xml("190005", "Halvorsen, Ingrid", originals=["Halvorsen, Mrs. Peter T."]),
    )
    assert "Peter Halvorsen" not in person.variants
    assert "Peter T. Halvorsen" not in person.variants


def test_entity_bomb_is_skipped_with_its_reason(tmp_path):
    bomb = """<?xml version="1.0"?>
<!DOCTYPE person [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<person><id>190099</id><names><preferred><name>&c;</name></preferred></names></person>"""
    folder = people_folder(tmp_path, hsg_person_xml("190006", "Ostrander, Nils"), bomb)
    report = ImportReport()
    persons = import_hsg_people(folder, report)
    assert [p.name for p in persons] == ["Nils Ostrander"]
    [(path, reason)] = report.skipped
    assert path.endswith("190001.xml") and "DTD" in reason


def test_external_entity_is_never_fetched(tmp_path):
    external = """<?xml version="1.0"?>
<!DOCTYPE person [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<person><id>190098</id><names><preferred><name>&x;</name></preferred></names></person>"""
    report = ImportReport()
    assert import_hsg_people(people_folder(tmp_path, external), report) == []
    assert len(report.skipped) == 1


def test_broken_and_foreign_files_are_counted_not_fatal(tmp_path):
    folder = people_folder(
        tmp_path,
        hsg_person_xml("190007", "Brandvold, Erik"),
        "<person><id>1</id><names>",
        "<project/>",
    )
    write(folder / "data" / "junk.xml", "\x00\xff binary junk")
    report = ImportReport()
    persons = import_hsg_people(folder, report)
    assert [p.id for p in persons] == ["hsg:190007"]
    assert len(report.skipped) == 2 and report.ignored == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_name_text_gives_a_result(text):
    name, variants = name_and_variants([text], [])
    assert name not in variants and len(set(variants)) == len(variants)  # each other form once
    name_form(text)


# ---------------------------------------------------------------- HistoryAtState/pocom


def pocom_person_xml(person_id, surname, forename, born="", died="", genname="", altname="") -> str:
    gen = f"<genName>{genname}</genName>" if genname else ""
    alt = f"<altname>{altname}</altname>" if altname else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<person>
    <id>{person_id}</id>
    <persName><surname>{surname}</surname><forename>{forename}</forename>{gen}{alt}</persName>
    <birth>{born}</birth>
    <death>{died}</death>
    <career-type>career</career-type>
    <residence><state-id>ny</state-id></residence>
</person>
"""


def appointment(
    tag, entry_id, person_id, role, appointed="", arrived="", started="", ended="", territory=""
) -> str:
    arrived_xml = f"<arrived><date>{arrived}</date><note/></arrived>" if tag == "chief" else ""
    territory_xml = (
        f"<contemporary-territory-id>{territory}</contemporary-territory-id>" if territory else ""
    )
    return f"""<{tag}>
            <id>{entry_id}</id>
            <person-id>{person_id}</person-id>
            <role-title-id>{role}</role-title-id>{territory_xml}
            <appointed><date>{appointed}</date><note/></appointed>{arrived_xml}
            <started><date>{started}</date><note/></started>
            <ended><date>{ended}</date><note/></ended>
            <note/>
        </{tag}>"""


def position_xml(position_id, singular, *principals) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<principal-position>
    <id>{position_id}</id>
    <class>principal</class>
    <names><singular>{singular}</singular><plural>{singular}s</plural><alternate/></names>
    <description><div><p>Created by statute.</p></div></description>
    <principals>{"".join(principals)}</principals>
</principal-position>
"""


def country_mission_xml(territory, *chiefs) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<country-mission><territory-id>{territory}</territory-id><chiefs>{"".join(chiefs)}</chiefs></country-mission>
"""  # noqa: E501 (test data)


def role_xml(role_id, singular) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<role mode="active"><id>{role_id}</id><class>chief</class><category>country</category>
<names><singular>{singular}</singular><plural>{singular}s</plural></names></role>
"""


@pytest.fixture
def pocom_folder(tmp_path) -> Path:
    root = tmp_path / "pocom"
    hall, prue, vance, bell = (
        "halloran-mark-edwin",
        "pruett-silas-jr",
        "vance-orrin",
        "bellamy-ruth",
    )
    write(
        root / f"people/h/{hall}.xml",
        pocom_person_xml(
            hall, "Halloran", "Mark Edwin", "1901", "1977", altname="Mark E. Halloran"
        ),
    )
    write(
        root / f"people/p/{prue}.xml",
        pocom_person_xml(prue, "Pruett", "Silas Grant", "1912", "1990", genname="Jr."),
    )
    write(root / f"people/v/{vance}.xml", pocom_person_xml(vance, "Vance", "Orrin T.", "1930"))
    write(
        root / f"people/b/{bell}.xml", pocom_person_xml(bell, "Bellamy", "Ruth Ann", "1921", "2001")
    )
    roles = root / "roles-country-chiefs"
    write(
        roles / "ambassador-e-p.xml",
        role_xml("ambassador-e-p", "Ambassador Extraordinary and Plenipotentiary"),
    )
    write(
        roles / "charge-daffaires-ad-interim.xml",
        role_xml("charge-daffaires-ad-interim", "Chargé d’Affaires ad interim"),
    )
    positions = root / "positions-principals"
    secretaries = [
        appointment(
            "principal",
            "secr-1957-hall",
            hall,
            "secretary",
            "1957-01-20",
            started="1957-01-21",
            ended="1961-01-20",
        ),
        appointment(
            "principal", "secr-1961-vanc", vance, "secretary", "1961-01-03"
        ),  # nomination withdrawn
    ]
    write(
        positions / "secretary.xml", position_xml("secretary", "Secretary of State", *secretaries)
    )
    far_east = [
        appointment(
            "principal",
            "eap-1950-hall",
            hall,
            "x",
            "1950-03-01",
            started="1950-03-02",
            ended="1952-06-30",
        ),
        appointment(
            "principal",
            "eap-1969-prue",
            prue,
            "x",
            "1969-05-01",
            started="1969-05-02",
            ended="1972-01-31",
        ),
    ]
    eap = "assistant-secretary-for-east-asian-pacific-affairs"
    write(
        positions / f"{eap}.xml",
        position_xml(
            eap, "Assistant Secretary of State for East Asian and Pacific Affairs", *far_east
        ),
    )
    moscow = [
        appointment(
            "chief",
            "ru-1962-prue",
            prue,
            "ambassador-e-p",
            "1962-05-01",
            started="1962-07-03",
            ended="1966-10-01",
        ),
        appointment(
            "chief",
            "ru-1966-bell",
            bell,
            "charge-daffaires-ad-interim",
            started="1966-10-01",
            territory="russia",
        ),
        appointment(
            "chief",
            "ru-1967-hall",
            hall,
            "ambassador-e-p",
            "1966-12-01",
            started="1967-01-10",
            ended="1969-01-14",
        ),
        appointment(
            "chief",
            "ru-1993-vanc",
            vance,
            "ambassador-e-p",
            arrived="1993-03-20",
            started="1993-03-25",
            ended="1995-06-30",
        ),
    ]
    write(root / "missions-countries/russia.xml", country_mission_xml("russia", *moscow))
    london = appointment(
        "chief",
        "gb-1975-bell",
        bell,
        "ambassador-e-p",
        "1975-01-01",
        started="1975-02-01",
        ended="1977-03-01",
    )
    write(
        root / "missions-countries/united-kingdom.xml",
        country_mission_xml("united-kingdom", london),
    )
    new_york = appointment(
        "chief",
        "un-1979-vanc",
        vance,
        "representative-to-un",
        started="1979-01-15",
        ended="1981-01-20",
    )
    write(
        root / "missions-orgs/representative-to-un.xml",
        """<?xml version="1.0"?><org-mission><id>representative-to-un</id><category>international-organization</category>
<names><singular>Representative of the U.S.A. to the United Nations</singular></names><chiefs>"""  # noqa: E501 (test data)
        + new_york
        + "</chiefs></org-mission>",
    )
    return root


def by_id(persons) -> dict[str, AuthorityPerson]:
    return {p.id: p for p in persons}


def test_secretary_holds_office_from_entry_on_duty_to_end(pocom_folder):
    halloran = by_id(import_pocom(pocom_folder))["pocom:halloran-mark-edwin"]
    assert (
        Office("Secretary of State", "US", "1957-01-21", "1961-01-20", "pocom") in halloran.offices
    )
    assert halloran.name == "Mark E. Halloran"
    assert "Mark Edwin Halloran" in halloran.variants
    assert (halloran.country, halloran.born, halloran.died, halloran.sources) == (
        "US",
        1901,
        1977,
        ["pocom:halloran-mark-edwin"],
    )


def test_withdrawn_nomination_is_not_an_office(pocom_folder):
    report = ImportReport()
    vance = by_id(import_pocom(pocom_folder, report))["pocom:vance-orrin"]
    assert all(o.title != "Secretary of State" for o in vance.offices)
    assert report.appointments_not_taken_up == 1


def test_chief_of_mission_in_moscow_is_ambassador_to_the_soviet_union_then_to_russia(pocom_folder):
    persons = import_pocom(pocom_folder)
    assert [
        p.name for p in holders(persons, "Ambassador to the Soviet Union", "US", "1968-06")
    ] == ["Mark E. Halloran"]
    vance = by_id(persons)["pocom:vance-orrin"]
    arrival_to_end = Office(
        "Ambassador to Russia", "US", "1993-03-20", "1995-06-30", "pocom"
    )  # arrived before credentials
    assert arrival_to_end in vance.offices


def test_open_chief_appointment_ends_when_the_next_chief_starts(pocom_folder):
    report = ImportReport()
    bellamy = by_id(import_pocom(pocom_folder, report))["pocom:bellamy-ruth"]
    until_next_chief = Office(
        "Chargé d'Affaires ad interim to the Soviet Union",
        "US",
        "1966-10-01",
        "1967-01-10",
        "pocom",
    )
    assert until_next_chief in bellamy.offices
    assert (
        Office("Ambassador to the United Kingdom", "US", "1975-02-01", "1977-03-01", "pocom")
        in bellamy.offices
    )
    assert report.ends_inferred == 1


def test_renamed_position_gets_the_title_of_its_time(pocom_folder):
    persons = by_id(import_pocom(pocom_folder))
    assert (
        persons["pocom:halloran-mark-edwin"].offices[0].title
        == "Assistant Secretary of State for Far Eastern Affairs"
    )
    titles = [o.title for o in persons["pocom:pruett-silas-jr"].offices]
    assert "Assistant Secretary of State for East Asian and Pacific Affairs" in titles


def test_suffix_and_un_representative(pocom_folder):
    persons = by_id(import_pocom(pocom_folder))
    assert persons["pocom:pruett-silas-jr"].name == "Silas G. Pruett, Jr."
    un = Office("Ambassador to the United Nations", "US", "1979-01-15", "1981-01-20", "pocom")
    assert un in persons["pocom:vance-orrin"].offices


def test_pocom_hostile_person_file_is_skipped(pocom_folder):
    write(
        pocom_folder / "people/x/x.xml",
        '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e "e">]><person><id>x</id></person>',
    )
    report = ImportReport()
    persons = import_pocom(pocom_folder, report)
    assert len(persons) == 4 and len(report.skipped) == 1


def test_pocom_wrong_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a pocom data folder"):
        import_pocom(tmp_path)


# ---------------------------------------------------------------- merging


def person(
    pid, name, variants=(), born=None, died=None, country="US", offices=(), sources=("core",)
) -> AuthorityPerson:
    return AuthorityPerson(
        pid, name, list(variants), country, born, died, "", list(offices), list(sources)
    )


def imported(
    pid, name, variants=(), born=None, died=None, offices=(), country=None
) -> AuthorityPerson:
    description = "Imported description"
    return AuthorityPerson(
        pid, name, list(variants), country, born, died, description, list(offices), ["hsg-people"]
    )


def test_same_person_is_merged_with_variants_years_and_source():
    base = [person("hale-orville-k", "Orville K. Hale", ["Orville Hale"], born=1905, died=1979)]
    new = [
        imported(
            "hsg:1",
            "Orville K. Hale",
            ["Hale, Orville Kendrick", "Orville Kendrick Hale"],
            born=1905,
        )
    ]
    merged, report = merge(base, new)
    assert len(merged) == 1 and report.links == {"hsg:1": "hale-orville-k"}
    hale = merged[0]
    assert hale.name == "Orville K. Hale" and hale.id == "hale-orville-k"
    assert hale.variants == ["Orville Hale", "Hale, Orville Kendrick", "Orville Kendrick Hale"]
    assert hale.sources == ["core", "hsg-people"]
    assert hale.description == "Imported description"
    assert base[0].variants == ["Orville Hale"]  # the inputs are not changed


def test_overlapping_office_links_and_is_not_duplicated():
    embassy = Office("Ambassador to France", "US", "1961-03-01", "1962-10-01")
    base = [person("quill-n", "Norris Quill", born=1900)]
    base[0].offices.append(embassy)
    pocom_office = Office("Ambassador to France", "US", "1961-03-04", "1962-10-01", "pocom")
    other_office = Office("Ambassador to Chile", "US", "1955-01-01", "1958-01-01", "pocom")
    new = [
        imported(
            "pocom:quill-norris-a",
            "Norris A. Quill",
            offices=[pocom_office, other_office],
            country="US",
        )
    ]
    merged, report = merge(base, new)
    assert report.evidence == {"office": 1}
    assert merged[0].offices == [embassy, other_office]
    assert merged[0].born == 1900


def test_namesakes_with_other_given_names_are_not_merged():
    base = [
        person(
            "kennedy-john-f",
            "John F. Kennedy",
            ["John Fitzgerald Kennedy", "Jack Kennedy"],
            born=1917,
            died=1963,
        ),
        person("bundy-william-p", "William P. Bundy", born=1917, died=2000),
    ]
    new = [
        imported("hsg:2", "Joseph P. Kennedy", born=1888, died=1969),
        imported("hsg:3", "McGeorge Bundy", born=1919),
    ]
    merged, report = merge(base, new)
    assert report.linked == 0 and len(merged) == 4


def test_son_is_not_merged_with_his_father():
    base = [person("pruett-silas", "Silas G. Pruett", ["Silas Grant Pruett"], born=1890, died=1960)]
    with_years = imported("hsg:4", "Silas G. Pruett, Jr.", ["Pruett, Silas Grant, Jr."], born=1921)
    without_years = imported("hsg:5", "Silas G. Pruett, Jr.", ["Pruett, Silas G., Jr."])
    for son in (with_years, without_years):
        merged, report = merge(base, [son])
        assert report.linked == 0 and len(merged) == 2


def test_different_generation_suffixes_are_never_merged():
    base = [person("lowe-a", "Arden Lowe III", born=1950)]
    merged, report = merge(base, [imported("hsg:6", "Arden Lowe, Jr.", born=1950)])
    assert report.linked == 0


def test_names_alone_link_only_a_full_uncontested_match():
    base = [person("ostrowski-t", "Tadeusz M. Ostrowski", born=1920, country="PL")]
    merged, report = merge(
        base, [imported("hsg:7", "Tadeusz M. Ostrowski", ["Ostrowski, Tadeusz M."])]
    )
    assert report.evidence == {"name": 1}
    contested = [
        imported("hsg:8", "Tadeusz M. Ostrowski"),
        imported("hsg:9", "Tadeusz Marek Ostrowski"),
    ]
    merged, report = merge(base, contested)
    assert report.linked == 0 and report.ambiguous == 2
    merged, report = merge(
        base, [imported("hsg:10", "Tadeusz Ostrowski")]
    )  # no middle name: could be anyone
    assert report.linked == 0


def test_conflicting_years_or_countries_prevent_a_merge():
    base = [person("ostrowski-t", "Tadeusz M. Ostrowski", born=1920, country="PL")]
    assert merge(base, [imported("hsg:11", "Tadeusz M. Ostrowski", born=1931)])[1].linked == 0
    assert merge(base, [imported("hsg:12", "Tadeusz M. Ostrowski", country="US")])[1].linked == 0


def test_transliterations_and_initials_are_compatible():
    base = [person("serafimov-yuri-a", "Yuri A. Serafimov", born=1915, country="USSR")]
    merged, report = merge(base, [imported("hsg:13", "Yuriy Aleksandrovich Serafimov", born=1915)])
    assert report.links == {"hsg:13": "serafimov-yuri-a"}


def test_wife_is_not_merged_with_her_husband():
    base = [person("tarrant-w", "Walter S. Tarrant", born=1890)]
    merged, report = merge(base, [imported("hsg:14", "Edith Tarrant", ["Tarrant, Mrs. Walter S."])])
    assert report.linked == 0


def test_merge_of_thousands_is_fast():
    base = [
        person(f"p{i}", f"Given{i} M. Surname{i % 300}", born=1900 + i % 80) for i in range(300)
    ]
    many = [
        imported(f"hsg:{i}", f"Given{i % 500} Q. Surname{i % 300}", born=1900 + i % 80)
        for i in range(16000)
    ]
    start = time.perf_counter()
    merged, report = merge(base, many)
    assert time.perf_counter() - start < 10
    assert report.imported == 16000 and len(merged) == report.base + report.added


# ---------------------------------------------------------------- the real datasets


def unpack(archive: Path, into: Path) -> Path:
    if not archive.is_file():
        pytest.skip(f"the Office of the Historian data is not here ({archive} is absent)")
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


def test_full_datasets_import(tmp_path):
    people_report, pocom_report = ImportReport(), ImportReport()
    people = import_hsg_people(
        unpack(DATA / "hsg-people.tar.gz", tmp_path / "people"), people_report
    )
    pocom = import_pocom(unpack(DATA / "hsg-pocom.tar.gz", tmp_path / "pocom"), pocom_report)
    assert len(people) >= 15000 and not people_report.skipped
    assert len(pocom) >= 4000 and not pocom_report.skipped
    [rusk] = [p for p in pocom if p.name == "Dean Rusk"]
    assert Office("Secretary of State", "US", "1961-01-21", "1969-01-20", "pocom") in rusk.offices


def test_importing_the_same_records_again_adds_nothing():
    base = [person("hale-orville-k", "Orville K. Hale", born=1905)]
    first = [imported("hsg:1", "Orville K. Hale", born=1905), imported("hsg:2", "Ada Brisk")]
    once, _ = merge(base, first)
    twice, report = merge(once, first)
    assert [p.id for p in twice] == ["hale-orville-k", "hsg:2"]
    assert report.added == 0 and report.evidence == {"years": 1, "id": 1}


def test_an_office_or_a_country_filed_as_a_persons_name_is_no_variant():
    # a persons list's entry wrapped, and the tail of the office became a name of its own
    assert name_and_variants(["Hollis, Col. R.T.", "Research Affairs"], ["Col."]) == (
        "R. T. Hollis",
        ["Hollis, Col. R.T.", "R.T. Hollis"],
    )
    assert "Norway" not in name_and_variants(["Olav V", "Norway"], [])[1]
    assert name_and_variants(["Vee, Olaf", "Olaf Vee", "Olaf"], []) == (
        "Olaf Vee",
        ["Vee, Olaf", "Olaf"],
    )


def test_a_surname_filed_with_its_other_spelling_gives_each_spelling_not_a_name_with_also():
    name, variants = name_and_variants(["Vee, Olaf", "Vee (also Wee and Vie), Olaf"], [])
    assert name == "Olaf Vee"
    assert {"Wee, Olaf", "Olaf Wee", "Vie, Olaf", "Olaf Vie"} <= set(variants)
    assert not any("also" in variant for variant in variants)
    assert "Olav" in name_and_variants(["Olav V", "Olaf V (also Olav)"], [])[1]


@pytest.mark.parametrize(
    "description, country",
    [
        ("Chilean Ambassador to the United States", "CL"),
        ("Turkish Minister of Foreign Affairs", "TR"),
        ("Director, Bureau of Political Affairs, Japanese Ministry of Foreign Affairs", "JP"),
        ("Office of Soviet Union Affairs, Bureau of European Affairs, Department of State", "US"),
        ("Officer in Charge of Italian and Austrian Affairs, Department of State", "US"),
        ("Political Officer at the U.S. Embassy in Zaire", "US"),
        ("Ambassador to the Soviet Union from May 1958", "US"),
        ("Foreign Minister of the Democratic People's Republic of Korea", "DPRK"),
        ("North Vietnamese Minister of Foreign Affairs", "DRV"),
        ("Second Secretary of the Embassy in Japan", None),
        ("Analyst for the Soviet Union and Eastern Europe, Bureau of Research", None),
        ("Pilot forced to land in the Soviet Union", None),
        ("Deputy Director, Office of Greek, Turkish, and Iranian Affairs", None),
    ],
)
def test_a_description_gives_the_nationality_not_the_post_or_the_desk(description, country):
    # The country of a post ("to the United States", "in Japan") or of an American desk ("Office
    # of Soviet Union Affairs") is not the person's nationality.
    assert country_from_description(description) == country
