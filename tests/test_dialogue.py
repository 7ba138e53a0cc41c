"""Dialogue: turns with speakers, misattributed speakers flagged, relayed messages as channels."""

from chancery.authority.matcher import Matcher
from chancery.authority.registry import AuthorityPerson
from chancery.record import network_edges
from helpers import KENNEDY, KHRUSHCHEV, MENSHIKOV, RUSK, documents, office_holder

REGISTRY = [
    RUSK,
    KENNEDY,
    office_holder(
        "kuznetsov",
        "Vasily V. Kuznetsov",
        "USSR",
        1901,
        1990,
        "First Deputy Minister of Foreign Affairs",
        "1955-03",
        "1977-10",
    ),
    KHRUSHCHEV,
    MENSHIKOV,
    AuthorityPerson("harriman", "W. Averell Harriman", [], "US", 1891, 1986, "", []),
]
HEADER = """Memorandum of Conversation

DATE: April 3, 1961

PARTICIPANTS:

U.S.
The Secretary

U.S.S.R.
Mikhail Alekseyevich Menshikov, Soviet Ambassador

"""
FILLER = (
    "and that the negotiations on the test ban in Geneva would resume next month after a "
    "short recess. "
)

# Harriman writes to Kennedy what Khrushchev told the Soviet Ambassador to pass on.
RELAYED_MESSAGE = (
    "November 15, 1960\n\nDear Jack:\n\nYesterday the Soviet Ambassador came to "
    "see me in New York. "
    "He read out to me a long message that he had had from Mr. Khrushchev for me alone. "
    f"{FILLER}\n\nSincerely,\n\nW. Averell Harriman\n\nThe Honorable John F. "
    f"Kennedy\nWashington, D. C.\n"
)


def run(text):
    [doc] = documents(text, Matcher(REGISTRY))
    return doc


def test_turns_follow_the_attributions_and_he_continues_the_speaker():
    doc = run(
        HEADER + f"Menshikov thanked the Secretary {FILLER}He added that progress was possible.\n\n"
        f"The Secretary said that {FILLER}\n\nMenshikov replied that {FILLER}\n"
    )
    assert [t.speaker for t in doc.turns] == ["menshikov", "rusk", "menshikov"]
    assert [p.name for p in doc.speakers] == ["Mikhail A. Menshikov", "Dean Rusk"]
    assert doc.flags == []


def test_a_speaker_who_was_not_there_is_flagged_with_the_likely_participant():
    doc = run(
        HEADER + f"The Secretary noted that {FILLER}\n\n"
        f"Kennedy said that he would report all of this to his government on his "
        f"return to Moscow. {FILLER}\n"
    )
    [flag] = [f for f in doc.flags if f.kind == "speaker-not-participant"]
    assert flag.suggestion == "Mikhail A. Menshikov"
    assert doc.text[flag.start : flag.end].lstrip().startswith("Kennedy said")
    assert [t.speaker for t in doc.turns] == ["rusk", "menshikov"]


def test_a_reference_to_what_someone_said_is_not_a_turn():
    doc = run(
        HEADER + f"The Secretary said that we are interested in better relations, as the "
        f"President said, {FILLER}\n"
    )
    assert [t.speaker for t in doc.turns] == ["rusk"]
    assert doc.flags == []


def test_what_someone_may_yet_say_is_not_a_turn():
    doc = run(
        HEADER
        + f"The Secretary asked for a line to take in case Khrushchev asks what a settlement "
        f"would mean. {FILLER}\n"
    )
    assert [t.speaker for t in doc.turns] == ["rusk"]


def test_two_subjects_joined_by_and_both_speak():
    doc = run(
        "Memorandum of Conversation\n\nDATE: April 3, 1961\n\nPARTICIPANTS:\n\nU.S.\n"
        "The Secretary\n\nU.S.S.R.\nMikhail A. Menshikov, Soviet Ambassador\n"
        "Vasily V. Kuznetsov, First Deputy Minister\n\n"
        f"Kuznetsov and Menshikov then pressed for an early answer {FILLER}\n\n"
        f"The Secretary replied that {FILLER}\n"
    )
    assert {t.speaker for t in doc.turns} == {"kuznetsov", "menshikov", "rusk"}
    # (not the object of a verb before: "welcomed Kuznetsov and Menshikov said")
    doc = run(f"{HEADER}The Secretary welcomed Kuznetsov and Menshikov said that {FILLER}\n")
    assert [t.speaker for t in doc.turns] == ["menshikov"]


def test_he_after_a_sentence_opening_with_initials_and_a_surname_in_capitals_is_that_man():
    doc = run(
        "Memorandum of Conversation\n\nDATE: April 3, 1961\n\nPARTICIPANTS:\n\n"
        "U.S.S.R.\nV.V. KUZNETSOV\nM.A. MENSHIKOV\n\n"
        "V.V. KUZNETSOV brought greetings from N.S. Khrushchev. He said that "
        f"{FILLER}\n"
    )
    assert [t.speaker for t in doc.turns] == ["kuznetsov"]


def test_a_view_the_minutes_give_as_a_concern_or_reservation_is_a_turn():
    doc = run(
        HEADER + f"Menshikov had some reservations about the draft {FILLER}\n\n"
        f"The Secretary noted that {FILLER}\n"
    )
    assert [t.speaker for t in doc.turns] == ["menshikov", "rusk"]


def test_a_relayed_message_becomes_a_channel():
    doc = run(RELAYED_MESSAGE)
    assert [p.name for p in doc.channel] == [
        "Nikita S. Khrushchev",
        "Mikhail A. Menshikov",
        "W. Averell Harriman",
        "John F. Kennedy",
    ]


def test_a_participant_speaking_of_someone_elses_return_is_not_flagged():
    doc = run(
        HEADER + f"The Secretary suggested that when Menshikov returned to Moscow, the Chairman "
        f"could study the proposal. {FILLER}\n"
    )
    assert doc.flags == []


def test_an_american_speaking_of_his_return_to_moscow_is_flagged():
    doc = run(
        HEADER + f"The Secretary said that he would report to his colleagues on his return to "
        f"Moscow. {FILLER}\n"
    )
    [flag] = doc.flags
    assert flag.kind == "identity-contradiction" and flag.suggestion == "Mikhail A. Menshikov"


def test_channel_and_meetings_become_network_edges():
    doc = run(RELAYED_MESSAGE)
    edges = {(e.source, e.target, e.kind) for e in network_edges(doc)}
    assert ("harriman", "jfk", "wrote to") in edges
    assert ("khrushchev", "menshikov", "relayed to") in edges and (
        "menshikov",
        "harriman",
        "relayed to",
    ) in edges


NOTES_OF_A_MEETING = """Notes of a Meeting of the Disarmament Group

May 9, 1962

  • Rusk
  • Harriman
  • Menshikov

Khrushchev: expected in Vienna late on Thursday, after a stop in Prague.
  • DR: We should not answer before the allies have seen the draft.
  • WAH: The Soviets will read our silence as a refusal.
DR: Then a holding reply today, the full answer next week.
WAH: Agreed, provided the Ambassador is told tonight.
"""


def test_meeting_notes_give_turns_to_initials_and_bulleted_labels_not_to_an_items_topic():
    doc = run(NOTES_OF_A_MEETING)
    assert [p.id for p in doc.speakers] == ["rusk", "harriman"]
    assert "khrushchev" not in {
        t.speaker for t in doc.turns
    }  # "Khrushchev: expected in Vienna" is what the item is about


def test_a_label_speaking_for_someone_missing_from_the_garbled_list_is_a_speaker():
    # The scan lost Harriman's name from the list; "Harriman: Yes, ..." is still a turn, where
    # "Khrushchev: expected in Vienna" is only what an item is about.
    doc = run(
        HEADER
        + "Rusk: We should not answer before the allies have seen the draft.\n"
        + "Menshikov: My government will read silence as a refusal.\n"
        + "Harriman: Yes, we do. The holding reply should go today.\n"
        + "Khrushchev: expected in Vienna late on Thursday.\n"
    )
    assert [p.id for p in doc.speakers] == ["rusk", "menshikov", "harriman"]


def test_a_bulleted_list_of_offices_is_not_a_script():
    doc = run(
        HEADER.replace("The Secretary", "  • Dep. Secretary Rusk\n  • Gen. Harriman")
        + "Mr. Menshikov said "
        + FILLER * 3
    )
    assert [p.id for p in doc.speakers] == ["menshikov"]


def test_he_named_by_the_editors_in_parentheses_is_that_speaker():
    [doc] = documents(
        "MEMORANDUM OF CONVERSATION\n\nDATE: May 3, 1962\n\nPARTICIPANTS:\nThe Secretary\n"
        "Ambassador Anatoliy F. Dobrynin, USSR\n\n"
        "He (Dobrynin) said that Moscow wanted an answer soon. Rusk then asked whether the "
        "proposal was final.\n"
    )
    assert {p.id for p in doc.speakers} == {"dobrynin-anatoliy-f", "rusk-dean"}


def test_a_one_letter_label_is_the_participant_listed_by_the_office_it_begins():
    doc = run(
        HEADER
        + "S: We should go on with the talks.\nM: My government agrees.\n"
        + "S: Berlin is the key.\nM: That is so.\n"
    )
    assert [p.id for p in doc.speakers] == ["rusk", "menshikov"]


def test_speakers_who_argued_assured_or_opened_by_saying_are_speakers():
    doc = run(
        HEADER
        + "The Secretary opened by saying that the talks should go on. Mr. Menshikov argued "
        + "that they were useless, and assured him that Moscow would answer. "
        + FILLER * 2
    )
    assert [p.id for p in doc.speakers] == ["rusk", "menshikov"]


def test_a_record_in_translation_gives_turns_in_the_present_tense():
    [doc] = documents(
        "Record of conversation between A.I. Mikoyan and White House envoy John McCloy\n\n"
        "1 November 1962\n\n"
        "McCloy remarks that the inspection should start as soon as possible. Mikoyan asks when "
        "the quarantine will be lifted. McCloy replies that it depends on the inspection.\n"
    )
    assert [p.name for p in doc.participants] == ["Anastas I. Mikoyan", "John J. McCloy"]
    assert [p.id for p in doc.speakers] == ["mccloy-john-j", "mikoyan-anastas-i"]
    mccloy = next(p for p in doc.participants if p.name == "John J. McCloy")
    assert doc.text[mccloy.start : mccloy.end] == "White House envoy John McCloy"


def test_working_notes_say_who_speaks_for_a_proposal_and_who_believes_in_it():
    [doc] = documents(
        "Working Notes from the Session of the CPSU CC Presidium on 23 October 1956\n\n"
        "Those Taking Part: Bulganin, Kaganovich, Mikoyan, Khrushchev\n\n"
        "Cde. Khrushchev speaks in favor of sending troops to the capital.\n\n"
        "Cde. Bulganin believes Cde. Khrushchev's proposal to send troops is justified.\n"
    )
    assert [p.name for p in doc.speakers] == ["Nikita S. Khrushchev", "Nikolai A. Bulganin"]


def test_a_person_named_by_two_capitalised_words_that_are_his_whole_name_and_a_dated_event():
    [doc] = documents(
        "Record of conversation between A.I. Mikoyan and White House envoy John McCloy\n\n"
        "1 November 1962\n\n"
        "McCloy remarks that the inspection should start soon. On 24 October U Thant proposed "
        "that shipments stop. Mikoyan asks when the quarantine will be lifted.\n"
    )
    assert "thant-u" in {p.id for p in doc.persons}
    assert [p.name for p in doc.speakers] == ["John J. McCloy", "Anastas I. Mikoyan"]


def test_a_record_in_translation_lists_comrades_by_side_and_labels_turns_in_capitals():
    [doc] = documents(
        "Second Conversation of N.S. Khrushchev with Mao Zedong, August 1, 1958\n\n"
        "Present [at the meeting]:\n\n"
        "Cdes. Khrushchev, Malinovsky, and Antonov.\n\n"
        "Cdes. Mao Zedong, Zhou Enlai, and Deng Xiaoping.\n\n"
        "MAO ZEDONG. In 1954 you asked us for workers, but then refused.\n\n"
        "N.S. KHRUSHCHEV. Yes, we asked, but then refused.\n\n"
        "MAO ZEDONG. What I have said relates to history.\n"
    )
    assert [p.as_written for p in doc.participants] == [
        "Khrushchev",
        "Malinovsky",
        "Antonov",
        "Mao Zedong",
        "Zhou Enlai",
        "Deng Xiaoping",
    ]
    assert [p.name for p in doc.speakers] == ["Mao Zedong", "Nikita S. Khrushchev"]
    assert doc.type == "memorandum of conversation"  # "Present" heads minutes, not this


def test_a_speaker_who_contradicted_or_launched_into_a_discourse_then_he_said_is_a_speaker():
    doc = run(
        HEADER
        + "Mr. Menshikov launched the serious phase of the talk with a discourse on rockets. He "
        + "said that the plans were ready. The Secretary contradicted him at this point. "
        + FILLER * 2
    )
    assert [p.id for p in doc.speakers] == ["menshikov", "rusk"]


def test_a_footnote_marker_after_the_full_stop_ends_the_sentence():
    frost = AuthorityPerson("frost", "Robert Frost", [], "US", 1874, 1963, "poet", [])
    text = (
        f"{HEADER}The Ambassador showed the Secretary verses by Robert Frost.1 Both agreed that "
        f"the visit had gone well. Mr. Menshikov said {FILLER}\n"
    )
    [doc] = documents(text, Matcher([*REGISTRY, frost]))
    assert [s.name for s in doc.speakers] == ["Mikhail A. Menshikov"]


def test_labels_in_capitals_with_or_without_a_full_stop_and_with_initials_are_turns():
    text = (
        f"{HEADER}N. S. KHRUSHCHEV The talks in Geneva {FILLER}\n\n"
        f"M. A. MENSHIKOV. The Ambassador agreed {FILLER}\n\n"
        f"N. S. Khrushchev: We shall see {FILLER}\n\n"
        f"M. A. Menshikov: Yes {FILLER}\n"
    )
    doc = run(text)
    assert [t.speaker for t in doc.turns] == ["khrushchev", "menshikov", "khrushchev", "menshikov"]


def test_a_name_over_a_name_or_a_heading_over_its_text_is_no_speaker():
    text = (
        "Memorandum of Conversation\n\nDATE: April 3, 1961\n\nPARTICIPANTS:\n\nDean Rusk\n"
        f"Mikhail A. Menshikov\n\nMenshikov Minutes\n\nThe Secretary said {FILLER}\n\n"
        "Dean Rusk\n"
    )
    doc = run(text)
    assert [t.speaker for t in doc.turns] == ["rusk"]


def test_more_ways_a_record_reports_speech():
    text = (
        f"{HEADER}The Secretary made the point that {FILLER}Mr. Menshikov's reply was that "
        f"{FILLER}The Secretary felt that {FILLER}Mr. Menshikov wanted to know whether {FILLER}\n"
    )
    doc = run(text)
    assert [t.speaker for t in doc.turns] == ["rusk", "menshikov", "rusk", "menshikov"]


def test_those_who_speak_in_a_transcript_without_a_list_were_there():
    doc = run(
        "Telephone conversation, April 3, 1961\n\n"
        f"Rusk: Hello. {FILLER}\n\nMenshikov: Yes. {FILLER}\n\nRusk: Good. {FILLER}\n"
    )
    assert [(p.person_id, p.side) for p in doc.participants] == [
        ("rusk", "US"),
        ("menshikov", "USSR"),
    ]


def test_a_sentence_where_one_asks_and_the_other_answers_gives_each_a_turn():
    text = (
        "Memorandum of Conversation\n\nDATE: April 3, 1961\n\nPARTICIPANTS:\n\nDean Rusk\n"
        "Mikhail A. Menshikov, Soviet Ambassador\n\nWe met at lunch. He asked my view on Berlin, "
        f"and in reply I said {FILLER}\n"
    )
    doc = run(text)
    assert [t.speaker for t in doc.turns] == ["menshikov", "rusk"]


def test_one_asked_by_another_gives_the_asker_a_turn():
    text = (
        f"{HEADER}During the drive the Ambassador, after some casual talk, was asked by Mr. Rusk "
        f"what had impressed him most. Mr. Menshikov replied {FILLER}\n"
    )
    doc = run(text)
    assert [t.speaker for t in doc.turns] == ["rusk", "menshikov"]


def test_notes_of_a_call_label_each_speaker_by_initial_and_dash():
    text = (
        "12. Memorandum of Telephone Conversation Between the Secretary of State (Rusk) and the "
        "Deputy Director of the Information Agency (Doe)\n\n"
        f"D— I was glad to hear it. {FILLER}\n\nR —The press made too much of it. {FILLER}\n"
    )
    doc = run(text)
    assert [t.speaker for t in doc.turns] == ["local:doe", "rusk"]


def test_he_in_a_soviet_officials_own_record_is_the_other_side():
    [doc] = documents(
        "June 5, 1962\nM.A. Menshikov, Memorandum of Conversation with Dean Rusk\n"
        "On the evening of 5 June M.A. Menshikov was at a dinner given by the Secretary. "
        f"He said that {FILLER}\n",
        Matcher(REGISTRY),
    )
    assert [t.speaker for t in doc.turns] == ["rusk"]


def test_one_who_reports_being_asked_keeps_the_turn():
    text = f"{HEADER}Mr. Menshikov said that he was asked by Mr. Rusk {FILLER}\n"
    doc = run(text)
    assert [t.speaker for t in doc.turns] == ["menshikov"]


def test_a_call_transcribed_by_initials_gives_each_caller_his_turns():
    [doc] = documents(
        "204. Transcript of Telephone Conversation Between President Nixon and Secretary of "
        "State Kissinger1\n\n"
        "K. Good morning, Mr. President. The first reply from Moscow has come in, and I wanted "
        "you to have it at once.\n\n"
        "N. I see. What do they say about the ceasefire lines?\n\n"
        "K. They are moving in our direction, but slowly, and they want us to hold the others "
        "back while they consult.\n\n"
        "N. That is good news. Tell them we will do our part.\n\n"
        "  1. Source: Nixon Presidential Materials, Kissinger Telephone Conversations.\n"
    )
    assert [p.name for p in doc.participants] == ["Richard M. Nixon", "Henry A. Kissinger"]
    assert [t.speaker for t in doc.turns] == [
        "kissinger-henry-a",
        "nixon-richard-m",
        "kissinger-henry-a",
        "nixon-richard-m",
    ]


def test_a_script_label_with_an_honorific_or_a_title_names_the_listed_participant():
    # Two Browns in the registry: "Dr. Brown" alone is ambiguous; the list's is the Secretary.
    secretary = office_holder(
        "hb", "Harold Brown", "US", 1927, 2019, "Secretary of Defense", "1977-01-21", "1981-01-20"
    )
    general = AuthorityPerson("gsb", "George S. Brown", [], "US", 1918, 1978, "", [])
    [doc] = documents(
        "Memorandum of Conversation\n\nDATE: January 8, 1980\n\nPARTICIPANTS:\n\n"
        "  • Secretary Brown\n  • Ambassador Menshikov\n\n"
        f"Dr. Brown: I thank you for coming, {FILLER}\n\n"
        f"Ambassador Menshikov: My government agrees {FILLER}\n\n"
        f"Dr. Brown: Then we shall meet again {FILLER}\n",
        Matcher([*REGISTRY, secretary, general]),
    )
    assert [t.speaker for t in doc.turns] == ["hb", MENSHIKOV.id, "hb"]


def test_i_of_a_memorandum_by_the_secretary_of_state_is_the_secretary_among_them():
    doc = run(
        "Memorandum of Conversation, by the Secretary of State\n\n"
        "Participants: Mikhail Alekseyevich Menshikov, Soviet Ambassador\n"
        "Secretary of State Rusk, and\n"
        "Mr. W. Averell Harriman, Ambassador at Large\n\n"
        f"Mr. Menshikov stated that his Government agreed {FILLER}I questioned what this "
        f"meant {FILLER}\n"
    )
    assert [t.speaker for t in doc.turns] == ["menshikov", "rusk"]


def test_he_before_anyone_has_spoken_is_the_one_the_sentence_before_began_with():
    doc = run(
        "332. Memorandum of Discussion at the 300th Meeting of the National Security Council, "
        "Washington, October 12, 1961\n\n"
        "Secretary Rusk was delayed a few minutes. As he entered the room he remarked that the "
        f"traffic was heavy {FILLER}Mr. Harriman then explained that the agenda had changed.\n"
    )
    assert [t.speaker for t in doc.turns] == ["rusk", "harriman"]


def test_a_news_conferences_questioners_speak_and_their_papers_are_no_one():
    doc = run(
        "The President's News Conference\n\nApril 12, 1962\n\n"
        "THE PRESIDENT. Ladies and gentlemen, I have no announcements today.\n\n"
        "Q. John Q. Doe, Freedonia Evening Courier: Mr. President, could you tell us about "
        "the prospects for the talks in Geneva?\n\n"
        "THE PRESIDENT. I have said what I can, Mr. Doe, and I will not speculate further.\n\n"
        "Q. Richard Roe, Daily Monitor: Mr. President, will you travel abroad this year?\n\n"
        "THE PRESIDENT. Not this spring.\n"
    )
    assert [p.id for p in doc.speakers] == ["jfk", "local:john-q-doe", "local:richard-roe"]
    assert {p.name for p in doc.persons} == {"John F. Kennedy", "John Q. Doe", "Richard Roe"}
    assert doc.participants == []  # the reporters asked; they took no part in a conversation
    assert ("Mr. Doe", "local:john-q-doe") in {(m.text, m.person_id) for m in doc.mentions}


def test_a_paragraph_opening_with_mr_is_one_sentence_whose_subject_he_continues():
    # "Mr." at a paragraph's start does not end a sentence, so "he" is Menshikov.
    doc = run(
        "Memorandum of Discussion at the 480th Meeting of the National Security Council, "
        "Washington, April 3, 1961\n\n"
        + "1. The paper on Berlin (copy filed with the minutes)\n\n"
        + "Mr. Menshikov commenced his briefing on the paper. When he reached the second "
        + f"paragraph, he pointed out {FILLER}\n"
    )
    assert [p.id for p in doc.speakers] == ["menshikov"]


def test_a_news_conferences_questions_are_the_reporters_the_president_calls_on():
    doc = run(
        "John F. Kennedy photo\n\nThe President's News Conference\n\nApril 12, 1962\n\n"
        "THE PRESIDENT. Good morning. Mr. Doe [John Q. Doe, Freedonia Evening Courier]?\n\n"
        "Q. Mr. President, can you tell us about the talks in Geneva?\n\n"
        "THE PRESIDENT. We have made progress, Mr. Doe. Mr. Roe [Richard Roe, Daily Monitor]?\n\n"
        "Q. Mr. President, will you travel abroad this year?\n\nTHE PRESIDENT. Not this spring.\n"
    )
    assert (doc.type, doc.title) == ("other", "The President's News Conference")
    assert [p.id for p in doc.speakers] == ["jfk", "local:john-q-doe", "local:richard-roe"]


def test_an_initial_signing_over_a_rank_is_no_speaker_label_the_narrative_keeps_its_speakers():
    [doc] = documents(
        "166. Memorandum of Conference With President Eisenhower\n\nOTHERS PRESENT\n\n"
        "  • Prime Minister Macmillan, Secretary Herter, Mr. Merchant, General Goodpaster\n\n"
        "The President, following his breakfast, asked for me to join them because of questions "
        "about the meeting scheduled later in the day.\n\n"
        "The President said one thing was very clear in his mind. Mr. Herter said he thought it "
        "would be possible to condemn all forms of espionage.\n\n"
        "G.\nBrigadier General, USA\n"
        "  1. Source: Presidential files. Secret. Drafted by Goodpaster on June 2.\n"
    )  # "G." is the drafter's initial: he signs, he speaks no script
    speakers = {p.name for p in doc.speakers}
    assert {"Dwight D. Eisenhower", "Christian A. Herter"} <= speakers


def test_a_classified_page_of_a_memcon_in_script_is_a_memcon_and_a_wade_giles_label_speaks():
    qiao = AuthorityPerson("qiao", "Qiao Guanhua", ["Ch'iao Kuan-hua"], "PRC", 1913, 1983, "")
    doe = AuthorityPerson("doe", "Richard Roe", [], "US", 1923, 2023, "")
    [doc] = documents(
        "TOP SECRET/NODIS\n-2-\n\n"
        "Roe: This is what we did in July.\n\n"
        "Ch'iao Kuan-hua: So we made up a few words. It took me a whole day to compose them.\n\n"
        "Roe: At any rate, we should use a different formulation this time.\n",
        Matcher([qiao, doe]),
    )
    assert doc.type == "memorandum of conversation"
    assert [t.speaker for t in doc.turns] == ["doe", "qiao", "doe"]


def test_a_taped_calls_transcript_in_script_stays_other():
    doe = AuthorityPerson("doe", "Richard Roe", [], "US", 1923, 2023, "")
    roe = AuthorityPerson("zab", "John Zabrowsky", [], "US", 1920, 2003, "")
    [doc] = documents(
        "Roe and Zabrowsky, 6.15am\n\n"
        "Roe: What would you think today about having the leadership informed?\n\n"
        "Zabrowsky: People like that? I would think so.\n\n"
        "Roe: Well, I would think that we ought to, just for public opinion.\n",
        Matcher([doe, roe]),
    )
    assert doc.type == "other"


def test_a_speaker_labelled_by_his_office_is_a_role_mention_of_him():
    # Undated: "President:" is the participant listed as "President Ford", named by his office.
    ford = office_holder(
        "ford", "Gerald R. Ford", "US", 1913, 2006, "President", "1974-08-09", "1977-01-20"
    )
    [doc] = documents(
        "Memorandum of Conversation\n\nPARTICIPANTS:\n- President Ford\n- John Q. Doe\n\n"
        "President: Does the other side think we would fall for this?\n\n"
        "Doe: No, but they will try it all the same.\n\n"
        "President: Then we should say so before they do.\n\n"
        "Doe: I will draft something tonight.\n",
        Matcher([ford]),
    )
    assert doc.turns[0].speaker == "ford"
    labels = {(m.text, m.kind) for m in doc.mentions if m.person_id == "ford"}
    assert ("President", "role") in labels


def test_a_translated_record_labels_its_speakers_by_initials_and_surname_with_a_full_stop():
    [doc] = documents(
        "spending grows enormously every year.\nThis truth is known to everyone.\n"
        "D. Rusk. Spending is growing, but\nnot in real terms.\n"
        "A.A. Gromyko. We are speaking about\nthe real budget.\n"
        "D. Rusk. From the point of view of\ndollars our budget is growing.\n"
        "A.A. Gromyko. I am afraid that now\nyou will start to throw blame at us.\n"
    )
    assert [p.id for p in doc.speakers] == ["rusk-dean", "gromyko-andrei-a"]


def test_a_participant_who_provides_background_or_covers_points_speaks():
    doc = run(
        HEADER + f"Menshikov provided background on the talks {FILLER}\n\nThe Secretary covered "
        f"the following: {FILLER}\n\nMenshikov made the following points: {FILLER}\n"
    )
    assert [t.speaker for t in doc.turns] == ["menshikov", "rusk", "menshikov"]


def test_minutes_labelled_by_speaker_count_the_participants_they_report_as_speakers_too():
    doc = run(
        "Monday, 14 March 1955\nPRESENT: Mr. Menshikov, Mr. Harriman, Mr. Kuznetsov\n"
        "Mr. Menshikov:\na. Noted that the talks would resume in Geneva next month. Mr. "
        f"Harriman said he knew that the delegations were ready, {FILLER}\n"
        "b. Stated that the recess would be short. Mr. Kuznetsov said that the agenda had been "
        f"agreed, {FILLER}\n"
        "Mr. Kuznetsov:\na. Reported on the talks in Geneva. It was agreed that the "
        f"delegations would meet again, {FILLER}\n"
    )
    assert doc.type == "record of meeting"
    assert {p.id for p in doc.speakers} >= {"menshikov", "kuznetsov", "harriman"}
    assert {t.speaker for t in doc.turns} == {"menshikov", "kuznetsov"}  # the labels' turns


def test_notes_of_a_meeting_give_a_turn_to_one_label_that_reports_what_was_said():
    doc = run(
        "22. Summary Notes of the 566th Meeting of the National Security Council\n\n"
        "Washington, April 3, 1961\n\n"
        "Sales to Jordan\n\n[Here follows a brief discussion of Vietnam.]\n\n"
        "Secretary Rusk: Reviewed the problem of military assistance to Jordan. The Arab States "
        f"are jointly trying to put pressure on the King {FILLER}\n"
    )
    assert doc.type == "record of meeting"
    assert [s.id for s in doc.speakers] == ["rusk"]


def test_one_label_before_a_topic_is_no_turn():
    doc = run(
        "22. Summary Notes of the 566th Meeting of the National Security Council\n\n"
        "Washington, April 3, 1961\n\n"
        f"Secretary Rusk: arriving late tomorrow from Geneva {FILLER}\n"
    )
    assert doc.speakers == []


def test_a_script_label_that_is_an_english_word_is_the_participant_of_that_surname():
    [doc] = documents(
        "Memorandum of Conversation\n\nWashington, March 22, 1978.\n\n"
        "PARTICIPANTS\n\n  • The President\n  • Secretary of State Richard Roe\n"
        "  • Prime Minister John Begin\n\n"
        "The President: opened by saying that he understood the announcement would be made.\n\n"
        "Begin: I agree, but then my friends will say I have given in.\n\n"
        "The President: That is not what we ask.\n\n"
        "Begin: That is correct. On the exchange of visits we have no difficulty.\n"
    )
    assert "John Begin" in [p.name for p in doc.speakers]


# A memorandum for the record of a meeting, its participants listed by agency (invented names).
LISTED_BY_AGENCY = (
    """Memorandum for the Record

SUBJECT
- Meeting in the Cabinet Room at 1400 on 8 May 1965
PARTICIPANTS
- For State: Messrs. Rusk and Harriman
- For the Soviet Embassy: Mr. Menshikov
- 1.
- This meeting on the situation in Ruritania covered the following items, """
    + FILLER * 3
)


def test_a_participants_line_by_agency_is_no_speaker_turn():
    doc = run(LISTED_BY_AGENCY)
    assert [p.name for p in doc.participants] == [
        "Dean Rusk",
        "W. Averell Harriman",
        "Mikhail A. Menshikov",
    ]
    assert doc.turns == []  # "For State: Messrs. Rusk ..." was read as Rusk's words


def test_a_telephone_calls_key_names_the_speakers_of_its_letters():
    doc = run(
        "Memorandum of Conversation\n\nPresident Kennedy-Chairman Khrushchev Telephone\n"
        "Conversation June 4, 1961\n\nPresident Kennedy (K)\n\nChairman Khrushchev (N)\n\n"
        "Hello Nikita\n\nHello John\n\n"
        "K: Good morning. We should talk about Berlin before the meeting.\n\n"
        "N: Yes, the test ban too, and the negotiations in Geneva.\n\n"
        "K: That is exactly right. The talks should go on next month after the recess.\n\n"
        "N: I agree with that, and our people will arrange the time and the place.\n"
    )
    assert [p.id for p in doc.speakers] == ["jfk", "khrushchev"]
    assert [p.name for p in doc.participants] == ["John F. Kennedy", "Nikita S. Khrushchev"]


def test_a_politburo_transcript_lists_its_chairman_and_comrades_and_their_words_are_turns():
    doc = run(
        "CC CPSU Politburo transcript (excerpt)\n\nWorking Transcript\n\n"
        "MEETING OF CC CPSU PRESIDIUM\n17 January 1962 (excerpt)\n\n"
        "Chaired by Comrade KHRUSHCHEV, N.S.\n\n"
        "Attended by Coms. Kuznetsov, V.V., Menshikov, M.A.\n\n"
        f"KHRUSHCHEV. You remember, Comrades, the talks of last year, {FILLER}\n\n"
        f"KUZNETSOV. In the leadership a consolidation of forces is going on, {FILLER}\n"
    )
    assert doc.type == "record of meeting"
    assert [p.person_id for p in doc.participants] == ["khrushchev", "kuznetsov", "menshikov"]
    assert [p.id for p in doc.speakers] == ["khrushchev", "kuznetsov"]


def test_a_politburo_sessions_notes_list_who_presided_and_took_part_and_one_surname_speaks():
    doc = run(
        "SESSION OF THE CPSU CC POLITBURO 12 March 1962\n\nTop Secret\n\n(Working Notes)\n\n"
        "Cde. N. S. KHRUSHCHEV presiding.\n\n"
        "Also taking part: Cdes. V. V. Kuznetsov, M. A. Menshikov. . . . .\n\n"
        "I. On the question of the situation in Ruritania\n\n"
        f"KUZNETSOV. A gradual process is under way now, {FILLER}\n"
    )
    assert doc.type == "record of meeting"
    assert [p.person_id for p in doc.participants] == ["khrushchev", "kuznetsov", "menshikov"]
    assert [doc.text[p.start : p.end] for p in doc.participants] == [
        "N. S. KHRUSHCHEV",
        "V. V. Kuznetsov",
        "M. A. Menshikov",  # not "M. A. Menshikov. . . . ." nor the French "M." for Monsieur
    ]
    # one label in capitals over words in ordinary case is a turn; "I." numbers a part
    assert [p.id for p in doc.speakers] == ["kuznetsov"]


def test_working_notes_label_each_comrades_words_with_a_colon_or_a_double_dash():
    doc = run(
        "Working Notes from the Session of the CPSU CC Presidium on 23 October 1956\n\n"
        "Those Taking Part: Khrushchev, Kuznetsov, Menshikov\n\n"
        f"Cde. Khrushchev: Troops must be sent, {FILLER}\n\n"
        f"Cde. Kuznetsov--There is indeed a difference with Poland, {FILLER}\n\n"
        f"Cde. Menshikov: The situation is different, {FILLER}\n"
    )
    assert [p.id for p in doc.speakers] == ["khrushchev", "kuznetsov", "menshikov"]


def test_notes_label_a_speaker_by_the_start_of_his_given_name_and_his_surnames_initial():
    [doc] = documents(
        "294. Notes of a Meeting of the NSC Special Committee1\n\n\n  • Rusk\n  • McNamara\n"
        "  • McG. Bundy\n  • Katzenbach\n  • Wheeler\n\nThe President came in about 7:30 p.m.\n\n"
        f"DR: “I have some preference for your going.” {FILLER}\n\n"
        f"McGB: Ongoing work, {FILLER}\n\nKatz: Leading questions, {FILLER}\n\n"
        f"DR: Exceedingly important, {FILLER}\n"
    )
    assert "bundy-mcgeorge" in {p.id for p in doc.speakers}


def test_a_list_of_those_taking_part_by_surname_or_initials_lists_each_of_them():
    people = {"khrushchev", "kuznetsov", "menshikov", "harriman"}
    doc = run(
        "Working Notes from the Session of the CPSU CC Presidium on 3 November 1956\n\n"
        "Those Taking Part: Khrushchev, Kuznetsov, Menshikov, Harriman(1)\n\n"
        f"On the Situation\n\nThe documents are poorly prepared, {FILLER}\n"
    )
    assert {p.person_id for p in doc.participants} == people
    minutes = run(
        "Minutes No. 64\nfrom an expanded meeting of the Secretariat\nheld on June 5, 1956\n\n"
        "Comrades present: N. Khrushchev, V. Kuznetsov, M. Menshikov, W. A. Harriman.\n\n"
        f"Com. Khrushchev stated at the beginning that the results are very bad, {FILLER}\n"
    )
    assert minutes.type == "record of meeting"
    assert {p.person_id for p in minutes.participants} == people


def test_two_comrades_labelled_by_full_name_in_a_transcript_of_talks_are_its_speakers():
    [doc] = documents(
        "Transcript of Interviews at the Central Committee of the Romanian Communist Party With "
        "the Delegation of the Vietnamese Workers Party\n\nNovember 21, 1966\n\n"
        "On the Romanian side participated comrades of the Executive Committee.\n\n"
        "Cde. N. Ceausescu: How did you like your visit to Romania?\n\n"
        "Cde. Nguyen Duy Trinh: Very much. I thank you, comrade General Secretary.\n"
    )
    assert doc.type == "record of meeting"
    assert [p.name for p in doc.speakers] == ["Nicolae Ceaușescu", "Nguyen Duy Trinh"]


def test_a_calls_notes_name_each_by_a_letter_or_an_office_cut_short():
    [doc] = documents(
        "95. Transcript of Telephone Conversation Between the Secretary of State (Rusk) and the "
        "Soviet Ambassador (Menshikov)1\n\n"
        "Menshikov wanted to check a few things in the notes. R said they were hastily done. "
        "M said it only deals with the last one. R agreed and asked about the other notes.\n",
        Matcher(REGISTRY),
    )
    assert [p.id for p in doc.speakers] == ["rusk", "menshikov"]
    [call] = documents(
        "262. Memorandum of a Telephone Conversation Between the President and the Secretary of "
        "State, Washington, April 9, 1961, 6:36 p.m.1\n\nTELEPHONE CALL TO THE PRESIDENT\n"
        "The Sec. said he thought it might be useful to send a message. The Pres. said all "
        "right, and suggested a word be added. The Sec. said he would see to it.\n",
        Matcher(REGISTRY),
    )
    assert [p.id for p in call.speakers] == ["rusk", "jfk"]


def test_a_calls_notes_name_the_other_by_his_initial_with_a_stop():
    [call] = documents(
        "97. Memorandum of a Telephone Conversation Between the Secretary of State and the "
        "Soviet Ambassador (Menshikov), Washington, April 9, 1961, 5:15 p.m.1\n\n"
        "TELEPHONE CALL TO AMBASSADOR MENSHIKOV\n\n"
        "The Sec. said the allies would meet on Friday. M. said he had already told Moscow of "
        "the date. The Sec. said a short note from M. would help.\n",
        Matcher(REGISTRY),
    )
    assert [p.id for p in call.speakers] == ["rusk", "menshikov"]


def test_a_recordings_transcript_gives_each_speaker_on_a_line_over_his_words_a_turn():
    [doc] = documents(
        "Lyndon B. Johnson and Bill Moyers on 26 December 1966\n\n\nTranscript\n\n"
        "This telephone call from the press secretary to the President began with an extended "
        "discussion of recent articles published in the magazines and by the columnists.\n\n"
        "President Johnson\n\nHello?\n\nBill Moyers\n\nMr. President?\n\n"
        "President Johnson\n\nYeah.\n\nMoyers\n\n"
        "Several things to report. First of all, I got a copy of the magazine this morning.\n"
    )
    assert [p.name for p in doc.speakers] == ["Lyndon B. Johnson", "Bill D. Moyers"]


def test_a_digital_archive_page_of_minutes_is_one_record_and_its_comrades_label_a_turn():
    docs = documents(
        "August 04, 1969\n\n\n"
        "    Minutes from a meeting of the Executive Committee, discussing a meeting between "
        "officials and the American delegation. They discuss how the President proposed they "
        "come to some agreement on a peaceful resolution, guaranteeing sovereignty and "
        "democratic elections. On this, both parties agree. They also briefly discuss American "
        "industrial and scientific progress and the visit as a whole.\n"
        '    "Minutes of the Meeting of the Romanian Executive Committee Regarding the Visit," '
        "August 04, 1969, History and Public Policy Program Digital Archive, A.N.I.C. fond CC.\n"
        "English HTML\n\n\nof the Meeting of the Executive Committee of the RCP CC\n\n"
        "4 August 1969\n\n\n"
        "Cde. Nicolae Ceausescu: We thought of making a short presentation of the visit and the "
        "discussions we had.\n\nIn regards to the visit, you are familiar with the way it went.\n"
    )
    assert len(docs) == 1
    assert docs[0].type == "record of meeting"
    assert [p.id for p in docs[0].speakers] == ["ceausescu-nicolae"]
