"""Pages saved from web sites: the site's own words around the document.

Older State Department copies open with "Skip Links", the site's menus and "[Print Friendly
Version]"; mirrors with "Skip to content"; the Avalon Project ends with its street address;
the Wilson Center adds "Citation", "get citation", "share document"; a library's catalogue
lists subject headings ("Harriman, W. Averell (William Averell), 1891-1986; Stalin, ..."); a
scraper adds "We are searching data for your request". None of it is the document: the clean
stage moves such lines out of the text as stamps of kind "site-chrome" (``is_chrome``), where
they stay as provenance.
"""

from __future__ import annotations

import re

from . import rule

RULES = [
    rule(
        "navigation",
        r"(?i)^(?:Skip (?:Links|to (?:main )?content)|Search(?: in)?|Home|Logo|Menu|"
        r"Print(?: Friendly Version)?|\[Print Friendly Version\]|"
        r"Email this Page|Contact Us|Archive|Back to Top|Share(?: document)?|get "
        r"citation|Citation|English HTML|Download|"
        r"Return to (?:top|this volume.*)|Next|Previous|Released by the Office of the "
        r"Historian|Forums and discussions:|"
        r"Manuals and reference books:|Data from registers:|Wait the end of the search "
        r"in all databases\.|"
        r"Upon completion, a link will appear to access the found materials\.|We are "
        r"searching data for your request:|"
        r"Digital Archive International History Declassified|This document was made "
        r"possible with support from .*|"
        r"You are in: .*|Other State Department Archive Sites.*|Home Issues & Press.*|"
        # a transcription wiki's page of a scan
        r"From Wikisource|Jump to navigation(?: Jump to search)?|This page has been "
        r"(?:validated|proofread)\.|Page:.{3,300}\.(?:pdf|djvu)/\d+|"
        # a university library's page view of a scanned FRUS volume
        r"(?:Link to )?University of Wisconsin Digital Collections|Page View|"
        r"Foreign Relations of the United States|United States Department of State / "
        r"Foreign relations of the United States, .{0,200}|"
        r".{0,200}\bpp\. \d+-\d+ PDF \(.{0,20}\))$",
        "a site's navigation and boilerplate",
        [
            "Skip Links",
            "Skip to content",
            "[Print Friendly Version]",
            "get citation",
            "share document",
            "We are searching data for your request:",
            "Released by the Office of the Historian",
            "From Wikisource",
            "Jump to navigation Jump to search",
            "Page:Ford, Kissinger - June 5, 1975(Gerald Ford Library).pdf/1",
            "Link to University of Wisconsin Digital Collections",
            "United States Department of State / Foreign relations of the United States, 1949. "
            "The Far East and Australasia (in two parts)",
            "Northeast Asia: Japan,   pp. 601-939 PDF (132.7 MB)",
        ],
        ["older State Department web copies", "Wilson Center Digital Archive", "mirror sites"],
        ["Search for a settlement continued."],
    ),
    rule(
        "menu",
        r"^(?:U\.S\. Department of State|HomeContact Us.*|About the State Dept\..*|"
        r"[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:[A-Z][a-z]+){3,}.*)$",
        "a menu whose items the copy ran together",
        [
            "HomeContact UsEmail this PageFOIAPrivacy NoticeArchive",
            "About the State Dept.Press and Public AffairsTravel and Living "
            "AbroadCountries and Regions",
        ],
        ["older State Department web copies"],
    ),
    rule(
        "site-address",
        r"^\d{1,5}\s+[A-Z][a-z]+\s+(?:Street|Avenue|Road),\s+[A-Z][\w ]+,\s+[A-Z]{2}\s+\d{5}\.?$",
        "a site's postal address at the foot of every page",
        ["127 Wall Street, New Haven, CT 06511."],
        ["Avalon Project"],
    ),
    rule(
        "site-notice",
        r"(?i)^(?:This document is considered to be public property.*|Part of a "
        r"subsection of a node.*|"
        r".*\bPresidential Library(?: & Museum| and Museum)?$|(?:\d\s+){1,}\d$|"
        r"Edited by [A-Z][^\n]{3,200}|"
        # the CIA reading room's banner and its print view's credit
        r"NOTICE: In the event of a lapse in funding\b.*|Published on CIA FOIA\b.*|"
        # the Department's archived sites: their notice and their banner's image
        r"(?:Great Seal )?The State Department web site below is a permanent electronic "
        r"archive\b.*|flag bar|NOTE: External links to other Internet sites should not be "
        r"construed as an endorsement\b.*)",
        "a site's notice, its name, or its page links",
        [
            "This document is considered to be public property of the Citizens of the "
            "United States of America.",
            "Harry S. Truman Presidential Library & Museum",
            "1   2   3",
            "Edited by Jane Q. Editor, with John Q. Annotator",  # the edition's credit
            "NOTICE: In the event of a lapse in funding of the Federal government, requests "
            "wait until the government re-opens.",
            "Published on CIA FOIA (foia.cia.gov) (https://www.cia.gov/readingroom)",
            "The State Department web site below is a permanent electronic archive of "
            "information released online from January 1, 1997 to January 20, 2001.",
            "flag bar",
            "Great Seal The State Department web site below is a permanent electronic archive "
            "of information released prior to January 20, 2001.",
            "NOTE: External links to other Internet sites should not be construed as an "
            "endorsement of the views contained therein.",
        ],
        ["mirror sites", "presidential libraries"],
    ),
    rule(
        "archive-fields",
        r"^(?:Document type|Venue|Editorial comments|Importance ranking|Word count|Themes|"
        r"Archive \([^)]{3,60}\)):.*$|^Archive \([^)]{3,60}\)$",
        "an online archive's fields about the document it shows",
        [
            "Document type: Declassified documents",
            "Importance ranking: Minor",
            "Word count: 1,353 words",
            "Themes: Defence (general), Foreign policy (USA)",
            "Archive (Reagan Library)",
        ],
        ["the Margaret Thatcher Foundation's archive"],
        ["Venue for the talks was not agreed."],
    ),
    rule(
        "catalogue-headings",
        r"^(?:[A-Z][\w'’-]+, [A-Z][^;]{2,60}, \d{4}-(?:\d{4})?;\s*){1,}.*$",
        "a library catalogue's subject headings: inverted names with life dates",
        [
            "Harriman, W. Averell (William Averell), 1891-1986; Stalin, Joseph, "
            "1879-1953; Lenin, Vladimir, 1870-1924"
        ],
        ["presidential libraries"],
    ),
]
NAVIGATION, MENU, SITE_ADDRESS, SITE_NOTICE, ARCHIVE_FIELDS, CATALOGUE_HEADINGS = (
    r.pattern for r in RULES
)
CHROME = [NAVIGATION, SITE_ADDRESS, SITE_NOTICE, ARCHIVE_FIELDS, CATALOGUE_HEADINGS]


def is_chrome(text: str) -> bool:
    """Whether a whole line is the site's, not the document's."""
    text = re.sub(r"^[•·▪*]\s+", "", text.strip())
    if not text or len(text) > 1000:
        return False
    if len(text) > 300:  # a line this long is the document's, unless a site's notice
        return bool(SITE_NOTICE.match(text))
    if any(p.match(text) for p in CHROME):
        return True
    return bool(MENU.match(text)) and (
        text.startswith(("U.S. Department of State", "HomeContact", "About the State"))
        or run_together(text)
    )


def run_together(text: str) -> bool:
    """Menu items run into each other: several lowercase-to-capital joins with no space."""
    return len(re.findall(r"[a-z][A-Z]", text)) >= 3 and len(text.split()) <= 25
