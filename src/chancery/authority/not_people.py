"""Capitalised words that are not people, though a big registry has someone so named.

The Office of the Historian's data lists persons named Berlin, Paris, London, State, House or
Bruce; a document that says "Berlin" means the city. A word here is never linked to a person
on its own (a title or a given name before it still can: "Senator Long", "David Bruce").
"""

import re
from difflib import SequenceMatcher

PLACES = {
    "africa", "albania", "algeria", "america", "amsterdam", "ankara", "argentina", "asia", "athens", "atlanta", "austria",
    "baghdad", "baku", "baltic", "bangkok", "beijing", "beirut", "belgium", "belgrade", "berlin", "bern", "bonn", "boston",
    "brazil", "britain", "brussels", "bucharest", "budapest", "bulgaria", "burma", "cairo", "cambodia", "camp", "canada",
    "capitol", "caribbean", "chicago", "chile", "china", "chungking", "colombia", "congo", "crimea", "cuba", "cyprus",
    "czechoslovakia", "damascus", "delhi", "denmark", "djakarta", "egypt", "england", "ethiopia", "europe", "finland",
    "florida", "france", "geneva", "georgia", "germany", "ghana", "glassboro", "greece", "guantanamo", "guatemala",
    "hague", "hanoi", "havana", "helsinki", "hiroshima", "holland", "hungary", "india", "indochina", "indonesia", "iran",
    "iraq", "ireland", "israel", "istanbul", "italy", "japan", "jerusalem", "jordan", "kabul", "kansas", "kent", "kiev",
    "korea", "kremlin", "kuwait", "laos", "latvia", "lebanon", "leningrad", "libya", "lincoln", "lisbon", "lithuania",
    "london", "luxembourg", "madrid", "malta", "manchuria", "manila", "mexico", "minsk", "mongolia", "montreal", "morocco",
    "moscow", "munich", "nagasaki", "neisse", "nepal", "netherlands", "nevada", "norway", "oder", "ohio", "okinawa",
    "ottawa", "pakistan", "palestine", "panama", "paris", "peking", "pentagon", "persia", "peru", "philippines",
    "poland", "portugal", "potsdam", "prague", "quebec", "rangoon", "riga", "rome", "rumania", "romania", "russia",
    "saigon", "scotland", "seoul", "siberia", "singapore", "sofia", "spain", "stalingrad", "stockholm",
    "suez", "sweden", "switzerland", "syria", "taipei", "taiwan", "tashkent", "tehran", "teheran", "texas", "thailand",
    "tibet", "tokyo", "trieste", "tunisia", "turkey", "ukraine", "ussuri", "venezuela", "vienna", "vietnam", "virginia",
    "vladivostok", "warsaw", "washington", "yalta", "yemen", "york", "yugoslavia", "zurich",
}
INSTITUTIONS = {
    "administration", "agency", "army", "assembly", "board", "bureau", "cabinet", "center", "central", "chancery",
    "commission", "committee", "communist", "communists", "conference", "congress", "council", "court", "defense",
    "delegation", "department", "embassy", "force", "foundation", "government", "house", "intelligence", "legation",
    "library", "marine", "marines", "ministry", "mission", "navy", "office", "party", "politburo", "presidium", "press",
    "secretariat", "senate", "service", "staff", "state", "treasury", "union", "university", "nations", "united",
    "states", "times", "post", "tass", "pravda", "izvestia", "herald", "tribune", "newsweek", "life", "look",
}
COMMON = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "lord",
    "christmas", "easter", "soviet", "soviets", "american", "americans", "russian", "russians", "british", "french",
    "german", "germans", "chinese", "cuban", "cubans", "western", "eastern", "northern", "southern", "north", "south",
    "east", "west", "the", "this", "that", "these", "those", "there", "then", "when", "what", "which", "while", "after",
    "before", "since", "although", "however", "moreover", "also", "but", "and", "for", "with", "from", "into", "upon",
    "his", "her", "their", "our", "your", "they", "she", "you", "we", "he", "it", "its", "mr", "mrs", "president",
    "secretary", "ambassador", "chairman", "minister", "premier", "general", "admiral", "marshal", "senator", "governor",
    "director", "deputy", "under", "assistant", "chief", "vice", "prime", "foreign", "acting", "his", "summit", "treaty",
    "agreement", "protocol", "plan", "doctrine", "program", "project", "operation", "declaration", "charter", "pact",
    "memorandum", "telegram", "letter", "note", "annex", "appendix", "tab", "document", "documents", "volume",
    "page", "pages", "section", "paragraph", "item", "subject", "ref", "reference", "source", "see", "ibid", "infra",
    "supra", "editorial", "dear", "sincerely", "yours", "begin", "end", "text", "quote", "unquote", "summary", "comment",
    "action", "info", "priority", "immediate", "secret", "confidential", "classified", "top", "eyes", "only", "nodis",
    "exdis", "limdis", "noforn", "sensitive", "salt", "start", "nato", "warsaw", "icbm", "icbms", "mirv", "mirvs",
    "abm", "slbm", "slbms", "cruise", "backfire", "minuteman", "polaris", "trident", "safeguard", "sputnik", "apollo",
    "red", "white", "black", "green", "brown", "long", "young", "rich", "good", "best", "king", "queen", "prince",
    "war", "peace", "cold", "world", "free", "day", "time", "new", "old", "great", "little", "big", "first", "last",
    "next", "all", "any", "some", "every", "each", "both", "either", "neither", "other", "another", "such", "same",
    "own", "more", "most", "less", "least", "very", "much", "many", "few", "several", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "question", "questions", "answer", "statement", "message",
    "excellency", "highness", "majesty", "mister", "madame", "sir", "messrs", "comrade", "comrades", "delegate",
    "cahto", "tocah", "secto", "tosec", "delga", "gadel", "embtel", "deptel", "niact", "urtel", "mytel", "reftel",
    "bolshevik", "bolsheviks", "politburo", "marxism", "marxist", "leninism", "communism", "capitalism", "goldwaterism",
    "special", "session", "minutes", "notes", "diary", "papers", "govt", "nat", "pol", "recent", "visit", "meeting", "talks", "conversation", "discussion", "dinner", "lunch",
    "whitman", "file", "files", "series", "box", "folder", "lot", "papers", "collection", "records", "material",
}
NOT_PEOPLE = PLACES | INSTITUTIONS | COMMON


def is_not_a_person(word: str) -> bool:
    return word.lower().strip(".,;:'’") in NOT_PEOPLE


# Words of address and office that OCR garbles ("Sccretary", "His Excellericy"): a name the
# archive made a person of its own from nothing but these is no one.
TITLE_WORDS = ("secretary", "excellency", "chairman", "president", "ambassador", "minister", "premier", "general")


def names_no_one(name: str) -> bool:
    """Whether a name the archive took for a person of its own ("local:…") names no one: every
    word of it a place, an institution, an ordinary word, or a title a letter or two off
    ("Austria", "Mr. Chairman", "Sccretary")."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    return all(word in NOT_PEOPLE or garbled_title(word) for word in words)


def garbled_title(word: str) -> bool:
    """A title with a letter or two misread: "sccretary", "excellericy" (not "Generalov")."""
    return len(word) >= 6 and any(
        abs(len(word) - len(title)) <= 1 and SequenceMatcher(None, word, title).ratio() >= 0.85 for title in TITLE_WORDS
    )
