#!/usr/bin/env python3
"""Build threadscope's HELD-OUT forecast set (synthetic, hand-labeled).

Stdlib only and deterministic: every run writes the same bytes. Run it from the
repository root:

    python tests/data/forecasts_heldout/build_heldout.py

It holds every thread (users, posts, replies, quote posts) and its labels as
Python data, checks the labels (quotes, windows of relative forms, holders,
propositions, negatives), and writes next to itself:

    <topic>.twarc2.jsonl   one X API v2 search page per line (15 posts a page, newest first)
    gold.jsonl             one gold forecast per line (the spec's record fields + file + note)
    negatives.jsonl        one labeled non-forecast per line (post_id, file, text, why)

Everything is invented: accounts, people, companies, products, quotes, numbers.
Windows were computed by hand (see each record's `note`); the checks below only
re-derive the relative forms from their targets and test structural rules.
This set is held out: do not tune the extractor on it.

Its own hashes, ids and labels stay here; the X API v2 objects and the twarc2 page
around them (includes, meta, __twarc, the search URL) come from tests/data/twarc_fixture.py,
which the forecast development sets and samples/build_samples.py use too.
"""
from __future__ import annotations

import hashlib
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))  # tests/data: twarc_fixture

import twarc_fixture as tf

PAGE = 15

# ---------------------------------------------------------------------------
# Threads.  Post tuple: (key, author, created_at UTC, lang, replied_to key, quoted key, body).
# The body is what the author typed; leading reply @mentions are added by the
# builder the way X v2 serves them.  `long` marks a note_tweet.
# Gold: k (post), holder, quote, prop, ws, we, conf, rel (kind, target key) or None,
#       vague, note.  Relative kinds: sooner | later | agree | conf.
# ---------------------------------------------------------------------------

THREADS = []

# 1 ----------------------------------------------------------------- housing
THREADS.append(dict(
    topic="housing_prices",
    retrieved="2025-04-16T09:00:00",
    users=[
        ("casa_colm", "Colm Brennan", "Housing economist-ish. Dublin. Charts > vibes."),
        ("rentwatch_aoife", "Aoife Daly", "Renter. Organiser. Tired."),
        ("bricks_and_beta", "Tomás Reyes", "Property data, mostly completions."),
        ("landlord_larry", "Larry Fenwick", "Small landlord, big opinions."),
        ("propnews_ie", "Property Desk IE", "Property news and analysis."),
        ("mortgage_mags", "Maggie Doyle", "Mortgage broker. Not advice."),
        ("ladrillo_ana", "Ana Beltrán", "Vivienda y datos. Madrid / Dublín."),
    ],
    props={
        "fall-5pct": "Irish house prices fall at least 5% from their peak",
        "growth-flattens": "Irish house price growth flattens",
        "rents-rise": "Irish rents rise again",
    },
    posts=[
        ("H1", "casa_colm", "2025-04-14T08:30:12", "en", None, None,
         "Dublin asking prices up 9% y/y in March. Rents still climbing. At what point does this break? 🧵"),
        ("H2", "casa_colm", "2025-04-14T08:34:40", "en", "H1", None,
         "Putting it on record: Irish house prices will fall at least 5% from peak by the end of 2026. "
         "Too many units finally completing + rates coming down."),
        ("H12", "casa_colm", "2025-04-14T08:37:02", "en", "H2", None,
         "For context: in 2022 everyone said prices would drop 10% by 2024. They rose 8%."),
        ("H3", "rentwatch_aoife", "2025-04-14T08:52:03", "en", "H2", None,
         "nah. Prices won't drop 5% from the peak before 2027, there's nowhere near enough supply 🙄"),
        ("H4", "bricks_and_beta", "2025-04-14T09:15:27", "en", "H2", None,
         "Later than that. Completions were down again in Q1."),
        ("H15", "mortgage_mags", "2025-04-14T10:00:51", "en", "H2", None,
         "Great thread, saving this."),
        ("H5", "landlord_larry", "2025-04-14T09:41:10", "en", "H4", None, "+1"),
        ("H6", "propnews_ie", "2025-04-14T11:02:00", "en", None, "H2",
         "Liffey Institute economist Fiona Hartigan says house price growth is likely to flatten in the "
         "second half of 2025. Not quite the crash some are calling for 👀"),
        ("H7", "mortgage_mags", "2025-04-14T11:20:45", "en", "H6", None, "This. 👆"),
        ("H8", "rentwatch_aoife", "2025-04-14T12:05:33", "en", "H2", None,
         "What about rents tho? Any calls for 2026?"),
        ("H11", "landlord_larry", "2025-04-14T13:30:00", "en", "H2", None,
         "House prices will fall the day after I finally buy, guaranteed 😂"),
        ("H13", "bricks_and_beta", "2025-04-14T14:10:09", "en", "H2", None,
         "If the ECB cuts twice more & fixed rates go < 3.5%, prices rise another 6% by the end of 2025."),
        ("H14", "rentwatch_aoife", "2025-04-14T15:22:41", "en", "H1", None,
         "I hope they fall this year honestly, I'm renting forever otherwise"),
        ("H9", "casa_colm", "2025-04-15T07:48:19", "en", "H8", None,
         "Rents will probably rise again next year. Different market, different problem."),
        ("H10", "ladrillo_ana", "2025-04-15T09:02:55", "es", "H9", None,
         "Sin duda. Aquí en Dublín nadie encuentra piso 😩"),
        ("H16", "casa_colm", "2025-04-15T09:30:14", "es", "H10", None, "Gracias Ana 🙏"),
    ],
    gold=[
        dict(k="H2", holder="casa_colm", quote="Irish house prices will fall at least 5% from peak by the end of 2026",
             prop="fall-5pct", ws="2025-04-14", we="2026-12-31", conf=0.9, rel=None, vague=False,
             note="'by the end of 2026' = by X: D 2025-04-14 .. 2026-12-31; bare 'will' 0.9"),
        dict(k="H3", holder="rentwatch_aoife", quote="Prices won't drop 5% from the peak before 2027",
             prop="fall-5pct", ws="2025-04-14", we="2026-12-31", conf=0.1, rel=None, vague=False,
             note="'before 2027' = D 2025-04-14 .. day before 2027-01-01 = 2026-12-31; negated plain 'won't' 0.1; "
                  "own explicit window, so relative_to null"),
        dict(k="H4", holder="bricks_and_beta", quote="Later than that.",
             prop="fall-5pct", ws="2027-01-01", we=None, conf=0.9, rel=("later", "H2"), vague=False,
             note="relative 'later' against H2 2025-04-14..2026-12-31: E+1 = 2027-01-01 .. open; unhedged 0.9. "
                  "'down again in Q1' is past (Q1 2025), not a forecast"),
        dict(k="H5", holder="landlord_larry", quote="+1",
             prop="fall-5pct", ws="2027-01-01", we=None, conf=0.9, rel=("agree", "H4"), vague=False,
             note="agreement '+1' copies H4's window 2027-01-01..open and confidence 0.9"),
        dict(k="H6", holder="Fiona Hartigan",
             quote="house price growth is likely to flatten in the second half of 2025",
             prop="growth-flattens", ws="2025-07-01", we="2025-12-31", conf=0.7, rel=None, vague=False,
             note="reported speech; holder as written (no user named Fiona or Hartigan); "
                  "'second half of 2025' = 2025-07-01..2025-12-31; 'likely' 0.7"),
        dict(k="H7", holder="mortgage_mags", quote="This.",
             prop="growth-flattens", ws="2025-07-01", we="2025-12-31", conf=0.7, rel=("agree", "H6"), vague=False,
             note="agreement 'This.' with the quote post's (reported) forecast: copies 2025-07-01..2025-12-31, 0.7"),
        dict(k="H9", holder="casa_colm", quote="Rents will probably rise again next year.",
             prop="rents-rise", ws="2026-01-01", we="2026-12-31", conf=0.7, rel=None, vague=False,
             note="D 2025-04-15; 'next year' = 2026 whole year; 'probably' 0.7"),
        dict(k="H10", holder="ladrillo_ana", quote="Sin duda.",
             prop="rents-rise", ws="2026-01-01", we="2026-12-31", conf=0.95, rel=("conf", "H9"), vague=False,
             note="confidence alone 'Sin duda' (= no doubt, 0.95) on H9's event and window 2026-01-01..2026-12-31"),
    ],
    negatives=[
        ("H1", "present-state claims plus a question; no forecast"),
        ("H8", "question (mentions 2026 but asks)"),
        ("H11", "joke; 'the day after I finally buy' has no calendar window"),
        ("H12", "past: a forecast from 2022 whose window (by 2024) ended before D, and what happened"),
        ("H13", "conditional ('If the ECB cuts twice more ..., prices rise ... by the end of 2025')"),
        ("H14", "hope ('I hope they fall this year')"),
    ],
))

# 2 ----------------------------------------------------------- league title
THREADS.append(dict(
    topic="league_title",
    retrieved="2026-03-11T09:00:00",
    users=[
        ("oranje_analyst", "Joris Bakker", "Eredivisie numbers. xG, models, spreadsheets."),
        ("psv_sanne", "Sanne de Wit", "PSV seizoenkaart since 2009."),
        ("feyenoord_kev", "Kevin Maas", "De Kuip. Always."),
        ("ajax_ruud", "Ruud Verhoeven", "Ajax. It's been a rough few years."),
        ("vnl_podcast", "VoetbalNieuws NL", "Dutch football news and podcast."),
        ("olde_keeper", "Dennis Olde", "Ex-goalkeeper. Pundit. Podcast guest."),
        ("fussball_lena", "Lena Hoffmann", "Fußball-Nerd aus Köln. Eredivisie-Fan."),
        ("foot_camille", "Camille Roux", "Foot européen, surtout le championnat néerlandais."),
    ],
    props={
        "psv-title": "PSV win (clinch) the 2025-26 Eredivisie title",
    },
    posts=[
        ("L1", "oranje_analyst", "2026-03-09T19:05:00", "en", None, None,
         "PSV 6 points clear with 9 to play. Is this race over or does Feyenoord have one more run in them?"),
        ("L10", "oranje_analyst", "2026-03-09T19:08:30", "en", "L1", None,
         "fwiw my model has PSV at 78% to be champions by the end of May"),
        ("L2", "psv_sanne", "2026-03-09T19:12:44", "en", "L1", None,
         "It's over. PSV will clinch it by the end of April, no doubt 🔴⚪"),
        ("L3", "feyenoord_kev", "2026-03-09T19:20:18", "en", "L2", None,
         "Not that soon. You lot always bottle it in April"),
        ("L4", "ajax_ruud", "2026-03-09T19:31:02", "en", "L3", None, "Same 👀"),
        ("L8", "ajax_ruud", "2026-03-09T19:45:51", "en", "L1", None,
         "If Feyenoord beat PSV on the 29th, Feyenoord win the league in May."),
        ("L9", "feyenoord_kev", "2026-03-09T20:02:13", "en", "L1", None,
         "pls let Feyenoord nick it in May 🙏🙏"),
        ("L12", "feyenoord_kev", "2026-03-09T20:15:37", "en", "L10", None,
         "what does ur model give Ajax 😅"),
        ("L13", "ajax_ruud", "2026-03-09T20:22:05", "en", "L12", None, "don't ask 💀"),
        ("L14", "foot_camille", "2026-03-09T21:40:00", "fr", "L2", None,
         "PSV champion en avril ? Trop tôt pour le dire."),
        ("L5", "vnl_podcast", "2026-03-10T08:15:00", "en", None, "L1",
         "Olde says PSV will wrap up the title in April. Feyenoord's run-in is brutal, he adds 🔥 h/t @oranje_analyst"),
        ("L6", "olde_keeper", "2026-03-10T08:40:22", "en", "L5", None, "Thanks for having me on, lads 🙌"),
        ("L7", "fussball_lena", "2026-03-10T09:05:48", "de", "L5", None,
         "Wahrscheinlich später. PSV muss noch nach Amsterdam."),
    ],
    gold=[
        dict(k="L10", holder="oranje_analyst", quote="my model has PSV at 78% to be champions by the end of May",
             prop="psv-title", ws="2026-03-09", we="2026-05-31", conf=0.78, rel=None, vague=False,
             note="'by the end of May': bare May = May 2026 (first not ended on D 2026-03-09); D .. 2026-05-31; explicit 78%"),
        dict(k="L2", holder="psv_sanne", quote="PSV will clinch it by the end of April, no doubt",
             prop="psv-title", ws="2026-03-09", we="2026-04-30", conf=0.95, rel=None, vague=False,
             note="'by the end of April' = D 2026-03-09 .. 2026-04-30; 'no doubt' 0.95"),
        dict(k="L3", holder="feyenoord_kev", quote="Not that soon.",
             prop="psv-title", ws="2026-05-01", we=None, conf=0.9, rel=("later", "L2"), vague=False,
             note="relative 'not that soon' against L2 2026-03-09..2026-04-30: E+1 = 2026-05-01 .. open; unhedged 0.9"),
        dict(k="L4", holder="ajax_ruud", quote="Same",
             prop="psv-title", ws="2026-05-01", we=None, conf=0.9, rel=("agree", "L3"), vague=False,
             note="agreement 'Same' copies L3: 2026-05-01..open, 0.9"),
        dict(k="L5", holder="olde_keeper", quote="PSV will wrap up the title in April",
             prop="psv-title", ws="2026-04-01", we="2026-04-30", conf=0.9, rel=None, vague=False,
             note="reported speech; last name 'Olde' matches exactly one user (Dennis Olde = @olde_keeper); "
                  "bare 'April' on D 2026-03-10 = 2026-04-01..2026-04-30; 'will' 0.9"),
        dict(k="L7", holder="fussball_lena", quote="Wahrscheinlich später.",
             prop="psv-title", ws="2026-05-01", we=None, conf=0.7, rel=("later", "L5"), vague=False,
             note="relative 'später' (later) against L5 2026-04-01..2026-04-30: 2026-05-01 .. open; 'wahrscheinlich' 0.7"),
    ],
    negatives=[
        ("L1", "present-state claim plus a question"),
        ("L8", "conditional ('If Feyenoord beat PSV on the 29th, ... in May')"),
        ("L9", "wish ('pls let Feyenoord nick it in May')"),
        ("L12", "question"),
        ("L14", "question ('PSV champion en avril ?') plus 'too early to say'"),
    ],
))

# 3 ----------------------------------------------------------- olympic host
THREADS.append(dict(
    topic="olympic_host",
    retrieved="2025-09-24T09:00:00",
    users=[
        ("rings_report", "Rings Report", "Olympic movement news, bids and votes."),
        ("bidbook_ben", "Ben Okafor", "I read bid books so you don't have to."),
        ("sportpol_elena", "Elena Vidal", "Política deportiva. Madrid."),
        ("athletes_first", "Priya Nair", "Former rower. Athlete rights."),
        ("fr_sport_claire", "Claire Dubois", "Journaliste sport & politique. Lyon."),
        ("jin_sports", "Li Jin", "体育产业观察"),
        ("ioc_watcher_jp", "Haruto Sato", "五輪招致ウォッチャー"),
    ],
    props={
        "host-named": "The IOC names the host of the 2036 Summer Olympics",
        "doha-named": "Doha is named host of the 2036 Summer Olympics",
    },
    posts=[
        ("O1", "rings_report", "2025-09-22T07:00:00", "en", None, None,
         "IOC's Future Host Commission is in 'targeted dialogue' with Doha for 2036. Nothing confirmed yet. "
         "When does the Session actually vote?"),
        ("O2", "bidbook_ben", "2025-09-22T07:26:15", "en", "O1", None,
         "IOC will name the 2036 host in the first half of 2026. the dialogue phase is basically a formality at this point"),
        ("O3", "sportpol_elena", "2025-09-22T08:03:40", "es", "O2", None,
         "Más tarde, probablemente. El COI no tiene ninguna prisa."),
        ("O4", "athletes_first", "2025-09-22T08:15:02", "en", "O2", None, "Agreed."),
        ("O5", "fr_sport_claire", "2025-09-22T09:11:27", "fr", "O3", None, "Je suis d'accord 👍"),
        ("O6", "jin_sports", "2025-09-22T10:30:00", "zh", None, "O2",
         "多哈很可能在2026年拿到2036年奥运会的主办权。"),
        ("O7", "athletes_first", "2025-09-22T10:52:33", "en", "O6", None, "Unlikely."),
        ("O12", "jin_sports", "2025-09-22T11:05:00", "zh", "O7", None, "哈哈，拭目以待 😄"),
        ("O9", "bidbook_ben", "2025-09-22T11:40:19", "en", "O1", None,
         "If Doha pulls out, Ahmedabad gets it by 2027."),
        ("O10", "athletes_first", "2025-09-22T12:02:44", "en", "O1", None,
         "'targeted dialogue' means nothing until the Session votes"),
        ("O11", "ioc_watcher_jp", "2025-09-22T13:15:08", "ja", "O1", None,
         "開催地の正式決定は2026年の下半期かもしれない。"),
        ("O13", "fr_sport_claire", "2025-09-22T14:00:31", "fr", "O1", None, "Merci pour le suivi 🙏"),
        ("O8", "rings_report", "2025-09-23T06:30:00", "en", "O1", None,
         "Reminder: Brisbane 2032 was confirmed in 2021, eleven years out. The IOC moves when it wants to."),
    ],
    gold=[
        dict(k="O2", holder="bidbook_ben", quote="IOC will name the 2036 host in the first half of 2026",
             prop="host-named", ws="2026-01-01", we="2026-06-30", conf=0.9, rel=None, vague=False,
             note="'first half of 2026' = 2026-01-01..2026-06-30; 'will' 0.9"),
        dict(k="O3", holder="sportpol_elena", quote="Más tarde, probablemente.",
             prop="host-named", ws="2026-07-01", we=None, conf=0.7, rel=("later", "O2"), vague=False,
             note="relative 'más tarde' (later) against O2 2026-01-01..2026-06-30: 2026-07-01 .. open; 'probablemente' 0.7"),
        dict(k="O4", holder="athletes_first", quote="Agreed.",
             prop="host-named", ws="2026-01-01", we="2026-06-30", conf=0.9, rel=("agree", "O2"), vague=False,
             note="agreement copies O2: 2026-01-01..2026-06-30, 0.9"),
        dict(k="O5", holder="fr_sport_claire", quote="Je suis d'accord",
             prop="host-named", ws="2026-07-01", we=None, conf=0.7, rel=("agree", "O3"), vague=False,
             note="agreement ('d'accord') with O3 copies 2026-07-01..open and 0.7"),
        dict(k="O6", holder="jin_sports", quote="多哈很可能在2026年拿到2036年奥运会的主办权",
             prop="doha-named", ws="2026-01-01", we="2026-12-31", conf=0.85, rel=None, vague=False,
             note="'在2026年' (in 2026) = whole year 2026 ('2036年奥运会' names the Games, not a window); '很可能' 0.85"),
        dict(k="O7", holder="athletes_first", quote="Unlikely.",
             prop="doha-named", ws="2026-01-01", we="2026-12-31", conf=0.25, rel=("conf", "O6"), vague=False,
             note="confidence alone 'Unlikely' on O6's event and window 2026-01-01..2026-12-31: 0.25"),
        dict(k="O11", holder="ioc_watcher_jp", quote="開催地の正式決定は2026年の下半期かもしれない",
             prop="host-named", ws="2026-07-01", we="2026-12-31", conf=0.4, rel=None, vague=False,
             note="'2026年の下半期' = second half of 2026 = 2026-07-01..2026-12-31; 'かもしれない' (might) 0.4"),
    ],
    negatives=[
        ("O1", "present-state claim, quoted words, and a question"),
        ("O8", "past events (Brisbane 2032 confirmed in 2021) and a general claim"),
        ("O9", "conditional ('If Doha pulls out, ... by 2027')"),
        ("O10", "words quoted and discussed; present-state claim"),
    ],
))

# 4 ---------------------------------------------------------------- chip fab
THREADS.append(dict(
    topic="chip_fab",
    retrieved="2026-02-19T09:00:00",
    users=[
        ("fabwatch", "Fab Watch", "Semiconductor fabs, capex and construction."),
        ("wafer_wes", "Wes Carter", "Process engineer. Views mine."),
        ("semi_sofia", "Sofia Marchetti", "Semis analyst. Permits, power, people."),
        ("dresden_dirk", "Dirk Schubert", "Halbleiter aus Sachsen."),
        ("chip_chen", "Chen Wei", "半导体行业观察"),
        ("ohio_builder", "Marcus Hale", "Ironworker. Local 17."),
    ],
    props={
        "volume-production": "Kestrel's Columbus fab starts volume production",
        "second-fab": "Kestrel announces a second fab",
    },
    posts=[
        ("F1", "fabwatch", "2026-02-17T14:00:00", "en", None, None,
         "Kestrel CEO Ingrid Solberg says the Columbus fab will start volume production in the second half of 2027. "
         "Site is ~60% built per the company."),
        ("F7", "fabwatch", "2026-02-17T14:03:30", "en", "F1", None,
         "Solberg also said last year the fab would be running by Q4 2025. So."),
        ("F2", "wafer_wes", "2026-02-17T14:20:11", "en", "F1", None,
         "Earlier than that. They've pulled in tool install twice already"),
        ("F3", "semi_sofia", "2026-02-17T14:48:52", "en", "F1", None,
         "volume production in 2028 at the earliest. ohio permitting is a mess rn"),
        ("F8", "wafer_wes", "2026-02-17T15:02:00", "en", "F1", None, "what node tho? 2nm-class or older?"),
        ("F4", "dresden_dirk", "2026-02-17T15:30:07", "de", "F3", None,
         "Wahrscheinlich nicht. Dresden ging auch schneller als geplant."),
        ("F9", "ohio_builder", "2026-02-17T16:10:45", "en", "F1", None,
         "second crane crew showed up today, place is humming"),
        ("F10", "dresden_dirk", "2026-02-17T16:40:20", "en", "F1", None,
         "Kestrel will probably announce a second fab this year. Saxony is courting them hard."),
        ("F11", "chip_chen", "2026-02-17T18:05:33", "zh", "F10", None, "不太可能。"),
        ("F12", "semi_sofia", "2026-02-17T18:30:12", "en", "F11", None, "😂 ok ok"),
        ("F5", "chip_chen", "2026-02-18T02:15:00", "zh", None, "F1", "Kestrel 哥伦布工厂肯定会在2027年投产。"),
        ("F13", "ohio_builder", "2026-02-18T03:00:41", "en", "F5", None, "translate pls 🙏"),
    ],
    gold=[
        dict(k="F1", holder="Ingrid Solberg",
             quote="the Columbus fab will start volume production in the second half of 2027",
             prop="volume-production", ws="2027-07-01", we="2027-12-31", conf=0.9, rel=None, vague=False,
             note="reported speech; holder as written (no user named Ingrid or Solberg); "
                  "'second half of 2027' = 2027-07-01..2027-12-31; 'will' 0.9"),
        dict(k="F2", holder="wafer_wes", quote="Earlier than that.",
             prop="volume-production", ws="2026-02-17", we="2027-06-30", conf=0.9, rel=("sooner", "F1"), vague=False,
             note="relative 'earlier than that' against F1 2027-07-01..2027-12-31: D 2026-02-17 .. S-1 = 2027-06-30; 0.9"),
        dict(k="F3", holder="semi_sofia", quote="volume production in 2028 at the earliest",
             prop="volume-production", ws="2028-01-01", we=None, conf=0.9, rel=None, vague=False,
             note="'2028 at the earliest' = 2028-01-01 .. open; bare assertion 0.9; own explicit window"),
        dict(k="F4", holder="dresden_dirk", quote="Wahrscheinlich nicht.",
             prop="volume-production", ws="2028-01-01", we=None, conf=0.25, rel=("conf", "F3"), vague=False,
             note="confidence alone 'wahrscheinlich nicht' (probably not, 0.25) on F3's event and window 2028-01-01..open"),
        dict(k="F10", holder="dresden_dirk", quote="Kestrel will probably announce a second fab this year",
             prop="second-fab", ws="2026-02-17", we="2026-12-31", conf=0.7, rel=None, vague=False,
             note="'this year' = D 2026-02-17 .. 2026-12-31; 'probably' 0.7"),
        dict(k="F11", holder="chip_chen", quote="不太可能",
             prop="second-fab", ws="2026-02-17", we="2026-12-31", conf=0.25, rel=("conf", "F10"), vague=False,
             note="confidence alone '不太可能' (unlikely, 0.25) on F10's event and window 2026-02-17..2026-12-31 (same day)"),
        dict(k="F5", holder="chip_chen", quote="Kestrel 哥伦布工厂肯定会在2027年投产",
             prop="volume-production", ws="2027-01-01", we="2027-12-31", conf=0.95, rel=None, vague=False,
             note="'在2027年' (in 2027) = whole year 2027; '肯定' (certainly) 0.95; 投产 = starts production"),
    ],
    negatives=[
        ("F7", "reported forecast whose window (by Q4 2025) ended before D 2026-02-17"),
        ("F8", "question"),
        ("F9", "present-state claim"),
    ],
))

# 5 --------------------------------------------------------------- oil price
THREADS.append(dict(
    topic="oil_price",
    retrieved="2025-06-18T09:00:00",
    users=[
        ("crude_carla", "Carla Mendes", "Oil & gas markets. Lisbon/London."),
        ("barrel_boris", "Boris Kovač", "Commodities trader. Loud."),
        ("opec_watch_ng", "Ngozi Adeyemi", "OPEC+ policy watcher. Lagos."),
        ("petro_pierre", "Pierre Lambert", "Énergie, marchés, géopolitique."),
        ("energy_desk", "Energy Desk", "Energy markets news."),
        ("tokyo_commod", "Yuki Mori", "コモディティ市場を見ています"),
        ("oel_otto", "Otto Krämer", "Rohstoffe. Hamburg."),
    ],
    props={
        "above-100": "Brent trades above $100 a barrel",
        "below-65": "Brent falls below $65 a barrel",
        "opec-hike": "OPEC+ announces another output increase",
    },
    posts=[
        ("P1", "crude_carla", "2025-06-16T06:45:00", "en", None, None,
         "Brent at $74 after the weekend. Everyone's suddenly an oil bull again. Calls?"),
        ("P2", "barrel_boris", "2025-06-16T07:02:31", "en", "P1", None,
         "Brent > $100 by the end of Q3. Screenshot this."),
        ("P3", "opec_watch_ng", "2025-06-16T07:15:48", "en", "P2", None,
         "lol no chance. OPEC+ is adding barrels every month"),
        ("P8", "crude_carla", "2025-06-16T07:22:10", "en", "P2", None, "you said $100 by Christmas last year too 🙃"),
        ("P9", "barrel_boris", "2025-06-16T07:30:59", "en", "P8", None, "this time's different, Hormuz risk is real"),
        ("P4", "petro_pierre", "2025-06-16T07:40:05", "fr", "P2", None, "Peut-être plus tard."),
        ("P10", "opec_watch_ng", "2025-06-16T08:12:36", "en", "P1", None,
         "OPEC+ will definitely announce another output hike next month."),
        ("P11", "petro_pierre", "2025-06-16T09:01:14", "fr", "P1", None,
         "Si l'Iran ferme Ormuz, le Brent dépasse 120 $ en juillet."),
        ("P12", "tokyo_commod", "2025-06-16T10:20:00", "ja", "P1", None,
         "原油は「いつか」100ドルに戻るって言う人が多いけど、それは予測じゃないよね。"),
        ("P5", "energy_desk", "2025-06-17T09:00:00", "en", None, None,
         "Greta Lund, head of commodities at Halvorsen Capital, says Brent is likely to drop below $65 in the "
         "first quarter of 2026 as non-OPEC supply builds."),
        ("P6", "tokyo_commod", "2025-06-17T09:35:21", "ja", "P5", None, "65ドル割れは今年の第4四半期かもしれない。"),
        ("P7", "oel_otto", "2025-06-17T10:02:44", "de", "P5", None, "Frühestens im Sommer 2026."),
        ("P13", "crude_carla", "2025-06-17T10:30:09", "en", "P5", None, "Saving this for December 📌"),
    ],
    gold=[
        dict(k="P2", holder="barrel_boris", quote="Brent > $100 by the end of Q3",
             prop="above-100", ws="2025-06-16", we="2025-09-30", conf=0.9, rel=None, vague=False,
             note="bare Q3 = Q3 2025 (first not ended on D 2025-06-16); 'by the end of' = D .. 2025-09-30; "
                  "bare assertion 0.9; text served as 'Brent &gt; $100'"),
        dict(k="P3", holder="opec_watch_ng", quote="no chance",
             prop="above-100", ws="2025-06-16", we="2025-09-30", conf=0.05, rel=("conf", "P2"), vague=False,
             note="confidence alone 'no chance' (0.05) on P2's event and window 2025-06-16..2025-09-30"),
        dict(k="P4", holder="petro_pierre", quote="Peut-être plus tard.",
             prop="above-100", ws="2025-10-01", we=None, conf=0.4, rel=("later", "P2"), vague=False,
             note="relative 'plus tard' (later) against P2: E+1 = 2025-10-01 .. open; hedge 'peut-être' 0.4"),
        dict(k="P10", holder="opec_watch_ng", quote="OPEC+ will definitely announce another output hike next month",
             prop="opec-hike", ws="2025-07-01", we="2025-07-31", conf=0.95, rel=None, vague=False,
             note="'next month' on D 2025-06-16 = July 2025; 'definitely' 0.95"),
        dict(k="P5", holder="Greta Lund",
             quote="Brent is likely to drop below $65 in the first quarter of 2026",
             prop="below-65", ws="2026-01-01", we="2026-03-31", conf=0.7, rel=None, vague=False,
             note="reported speech; holder as written (no user named Greta or Lund); "
                  "'first quarter of 2026' = 2026-01-01..2026-03-31; 'likely' 0.7"),
        dict(k="P6", holder="tokyo_commod", quote="65ドル割れは今年の第4四半期かもしれない",
             prop="below-65", ws="2025-10-01", we="2025-12-31", conf=0.4, rel=None, vague=False,
             note="'今年の第4四半期' = Q4 of this year = 2025-10-01..2025-12-31 (D 2025-06-17); 'かもしれない' 0.4"),
        dict(k="P7", holder="oel_otto", quote="Frühestens im Sommer 2026.",
             prop="below-65", ws="2026-06-01", we=None, conf=0.9, rel=None, vague=False,
             note="'frühestens' (at the earliest) + summer 2026 (meteorological Jun-Aug) = 2026-06-01 .. open; "
                  "bare 0.9; event from the post it answers; own explicit window"),
    ],
    negatives=[
        ("P1", "present-state claim plus a question"),
        ("P8", "reported forecast from last year whose window (by Christmas 2024) ended before D"),
        ("P9", "present-state claim; no event and window"),
        ("P11", "conditional ('Si l'Iran ferme Ormuz, ... en juillet')"),
        ("P12", "the word 'いつか' (someday) quoted and discussed, not used"),
        ("P13", "a reminder to oneself; no event is forecast"),
    ],
))

# 6 --------------------------------------------------------- streaming price
THREADS.append(dict(
    topic="streaming_price",
    retrieved="2026-08-07T09:00:00",
    users=[
        ("cordcutter_cam", "Cameron Ellis", "Cancelled cable in 2014. Still smug."),
        ("media_mo", "Mo Farouk", "Media business. Subscriptions, churn, bundles."),
        ("ruby_streams", "Ruby Chang", "Watching too much TV, professionally."),
        ("binge_bea", "Beatriz Lopes", "Series, cine y precios. Valencia."),
        ("tvbiz_news", "TVBiz News", "The business of television."),
        ("sofa_sato", "Aiko Sato", "配信ドラマばかり見てます"),
    ],
    props={
        "ad-tier-hike": "Lumenflix raises the price of its ad tier",
        "standard-hike": "Lumenflix raises the price of its standard plan",
        "canada-crackdown": "Lumenflix's password-sharing crackdown reaches Canada",
        "acquired": "Lumenflix is bought by a big tech company",
    },
    posts=[
        ("S1", "cordcutter_cam", "2026-08-04T17:20:00", "en", None, None,
         "Lumenflix ad tier still $7.99. How long do we think that lasts? Guesses pls 🙏"),
        ("S2", "media_mo", "2026-08-04T17:34:12", "en", "S1", None,
         "they'll probably raise the ad tier in October. they always move right after earnings"),
        ("S12", "cordcutter_cam", "2026-08-04T17:40:26", "en", "S2", None, "noted 📝"),
        ("S3", "ruby_streams", "2026-08-04T17:50:40", "en", "S2", None,
         "Sooner. Their pricing page got a new template yesterday 👀"),
        ("S4", "binge_bea", "2026-08-04T18:22:05", "es", "S3", None, "Posiblemente."),
        ("S8", "ruby_streams", "2026-08-04T18:40:33", "en", "S1", None,
         "i hope they never touch the ad tier, it's literally the only plan i can afford"),
        ("S11", "ruby_streams", "2026-08-04T19:05:47", "en", "S1", None,
         "hot take: Lumenflix will get bought by one of the big tech cos someday"),
        ("S13", "sofa_sato", "2026-08-04T23:10:02", "ja", "S1", None, "日本はまだ値上げなし。助かる…"),
        ("S5", "tvbiz_news", "2026-08-05T12:00:00", "en", None, None,
         "Lumenflix CFO Darren Pike says there will be no price increase on the standard plan next year. "
         "Our read: 50/50 they hike it next year anyway."),
        ("S6", "sofa_sato", "2026-08-05T12:40:19", "ja", "S5", None, "来年は値上げするはず。"),
        ("S7", "cordcutter_cam", "2026-08-05T13:02:58", "en", "S5", None,
         "'no increase next year' is exactly what they said in 2024 lol"),
        ("S9", "media_mo", "2026-08-06T08:10:00", "en", "S2", None,
         "Also: the password-sharing crackdown reaches Canada in Q4, very likely."),
        ("S10", "binge_bea", "2026-08-06T08:55:26", "es", "S9", None, "Más tarde. Canadá siempre va al final 🇨🇦"),
    ],
    gold=[
        dict(k="S2", holder="media_mo", quote="they'll probably raise the ad tier in October",
             prop="ad-tier-hike", ws="2026-10-01", we="2026-10-31", conf=0.7, rel=None, vague=False,
             note="bare 'October' on D 2026-08-04 = October 2026; 'probably' 0.7"),
        dict(k="S3", holder="ruby_streams", quote="Sooner.",
             prop="ad-tier-hike", ws="2026-08-04", we="2026-09-30", conf=0.9, rel=("sooner", "S2"), vague=False,
             note="relative 'sooner' against S2 2026-10-01..2026-10-31: D 2026-08-04 .. S-1 = 2026-09-30; 0.9"),
        dict(k="S4", holder="binge_bea", quote="Posiblemente.",
             prop="ad-tier-hike", ws="2026-08-04", we="2026-09-30", conf=0.4, rel=("conf", "S3"), vague=False,
             note="confidence alone 'posiblemente' (possibly, 0.4) on S3's window 2026-08-04..2026-09-30"),
        dict(k="S11", holder="ruby_streams", quote="Lumenflix will get bought by one of the big tech cos someday",
             prop="acquired", ws="2026-08-04", we=None, conf=0.9, rel=None, vague=True,
             note="'someday' = D .. open, vague; 'will' 0.9"),
        dict(k="S5", holder="Darren Pike",
             quote="there will be no price increase on the standard plan next year",
             prop="standard-hike", ws="2027-01-01", we="2027-12-31", conf=0.1, rel=None, vague=False,
             note="reported speech; holder as written (no user named Darren or Pike); 'next year' on D 2026-08-05 = 2027; "
                  "'there will be no X' = negated plain assertion 0.1"),
        dict(k="S5", holder="tvbiz_news", quote="50/50 they hike it next year anyway",
             prop="standard-hike", ws="2027-01-01", we="2027-12-31", conf=0.5, rel=None, vague=False,
             note="the author's own view in the same post: 'next year' = 2027; '50/50' = 0.5 (polarity will)"),
        dict(k="S6", holder="sofa_sato", quote="来年は値上げするはず",
             prop="standard-hike", ws="2027-01-01", we="2027-12-31", conf=0.7, rel=None, vague=False,
             note="'来年' (next year) on D 2026-08-05 = 2027; 'はず' (should) 0.7; event from the post it answers"),
        dict(k="S9", holder="media_mo", quote="the password-sharing crackdown reaches Canada in Q4, very likely",
             prop="canada-crackdown", ws="2026-10-01", we="2026-12-31", conf=0.85, rel=None, vague=False,
             note="bare Q4 on D 2026-08-06 = Q4 2026; 'very likely' 0.85"),
        dict(k="S10", holder="binge_bea", quote="Más tarde.",
             prop="canada-crackdown", ws="2027-01-01", we=None, conf=0.9, rel=("later", "S9"), vague=False,
             note="relative 'más tarde' (later) against S9 2026-10-01..2026-12-31: 2027-01-01 .. open; unhedged 0.9"),
    ],
    negatives=[
        ("S1", "present-state claim plus a question"),
        ("S7", "words quoted ('no increase next year') and a past claim"),
        ("S8", "hope ('i hope they never touch the ad tier')"),
        ("S13", "present-state claim (no price rise in Japan yet)"),
    ],
))

# 7 -------------------------------------------------------- vaccine approval
THREADS.append(dict(
    topic="vaccine_approval",
    retrieved="2026-01-22T09:00:00",
    users=[
        ("healthwire", "HealthWire", "Health and pharma news."),
        ("biotech_ravi", "Ravi Menon", "Biotech investor. Clinical trials nerd."),
        ("vax_vera", "Vera Kowalski", "Vaccinologist. Opinions are my own."),
        ("pharma_pete", "Peter Novak", "Regulatory affairs, 20 yrs."),
        ("dr_amelie", "Amélie Laurent", "Pédiatre. Vaccins, VRS, santé publique."),
        ("impfstoff_jonas", "Jonas Weber", "Impfstoffe und Zulassungen."),
        ("yakuji_kenta", "Kenta Ito", "薬事・承認ウォッチ"),
    ],
    props={
        "fda-approval": "The FDA approves Helix Bio's RSV vaccine Corvane",
        "ema-approval": "The EMA approves Corvane",
        "japan-approval": "Corvane is approved in Japan",
    },
    posts=[
        ("V1", "healthwire", "2026-01-20T13:00:00", "en", None, None,
         "Helix Bio CEO Sabine Ruiz says the company expects FDA approval of Corvane by the end of June."),
        ("V11", "healthwire", "2026-01-20T13:04:10", "en", "V1", None, "Helix Bio shares +14% premarket."),
        ("V2", "biotech_ravi", "2026-01-20T13:21:37", "en", "V1", None,
         "PDUFA date is May 14, so approval by the end of June is highly likely."),
        ("V10", "biotech_ravi", "2026-01-20T13:25:02", "en", "V2", None,
         "Phase 3 efficacy was 81% against RSV hospitalisation btw. That's the number that matters."),
        ("V3", "vax_vera", "2026-01-20T13:58:29", "en", "V2", None,
         "Longer than that. The adcomm hasn't even been scheduled."),
        ("V8", "vax_vera", "2026-01-20T14:05:00", "en", "V1", None,
         "they told JPM 'approval in 2025' last year. remember?"),
        ("V4", "pharma_pete", "2026-01-20T14:30:16", "en", "V3", None, "I'd say the same."),
        ("V9", "pharma_pete", "2026-01-20T14:50:42", "en", "V1", None,
         "If the adcomm votes no, Corvane won't be approved before 2027."),
        ("V5", "dr_amelie", "2026-01-20T15:10:00", "fr", None, "V1",
         "L'EMA approuvera probablement Corvane au second semestre 2026."),
        ("V6", "impfstoff_jonas", "2026-01-20T15:45:51", "de", "V5", None,
         "Später. Die EMA braucht immer länger als die FDA."),
        ("V12", "dr_amelie", "2026-01-20T16:02:37", "fr", "V6", None, "On verra 😉"),
        ("V7", "yakuji_kenta", "2026-01-21T01:20:33", "ja", "V1", None, "日本での承認は2027年になるかもしれない。"),
    ],
    gold=[
        dict(k="V1", holder="Sabine Ruiz", quote="the company expects FDA approval of Corvane by the end of June",
             prop="fda-approval", ws="2026-01-20", we="2026-06-30", conf=0.7, rel=None, vague=False,
             note="reported speech; holder as written (no user named Sabine or Ruiz); bare June = June 2026; "
                  "'by the end of June' = D 2026-01-20 .. 2026-06-30; 'expects' 0.7"),
        dict(k="V2", holder="biotech_ravi", quote="approval by the end of June is highly likely",
             prop="fda-approval", ws="2026-01-20", we="2026-06-30", conf=0.85, rel=None, vague=False,
             note="own explicit window: D 2026-01-20 .. 2026-06-30; 'highly likely' 0.85 (the PDUFA date is a schedule fact)"),
        dict(k="V3", holder="vax_vera", quote="Longer than that.",
             prop="fda-approval", ws="2026-07-01", we=None, conf=0.9, rel=("later", "V2"), vague=False,
             note="relative 'longer than that' against V2 2026-01-20..2026-06-30: 2026-07-01 .. open; 0.9"),
        dict(k="V4", holder="pharma_pete", quote="I'd say the same.",
             prop="fda-approval", ws="2026-07-01", we=None, conf=0.9, rel=("agree", "V3"), vague=False,
             note="agreement copies V3: 2026-07-01..open, 0.9"),
        dict(k="V5", holder="dr_amelie", quote="L'EMA approuvera probablement Corvane au second semestre 2026",
             prop="ema-approval", ws="2026-07-01", we="2026-12-31", conf=0.7, rel=None, vague=False,
             note="'second semestre 2026' = second half of 2026 = 2026-07-01..2026-12-31; 'probablement' 0.7"),
        dict(k="V6", holder="impfstoff_jonas", quote="Später.",
             prop="ema-approval", ws="2027-01-01", we=None, conf=0.9, rel=("later", "V5"), vague=False,
             note="relative 'später' (later) against V5 2026-07-01..2026-12-31: 2027-01-01 .. open; unhedged 0.9"),
        dict(k="V7", holder="yakuji_kenta", quote="日本での承認は2027年になるかもしれない",
             prop="japan-approval", ws="2027-01-01", we="2027-12-31", conf=0.4, rel=None, vague=False,
             note="'2027年' = whole year 2027; 'かもしれない' (might) 0.4"),
    ],
    negatives=[
        ("V8", "a forecast quoted from last year whose window (2025) ended before D; a question"),
        ("V9", "conditional ('If the adcomm votes no, ... before 2027')"),
        ("V10", "past result and a present-state claim"),
        ("V11", "present-state claim (share price move)"),
    ],
))

# 8 ---------------------------------------------------------- airline merger
THREADS.append(dict(
    topic="airline_merger",
    retrieved="2025-12-05T09:00:00",
    users=[
        ("aerobiz_daily", "AeroBiz Daily", "Airline business news."),
        ("antitrust_anna", "Anna Keller", "EU competition lawyer. Not legal advice."),
        ("avgeek_ola", "Ola Sørensen", "Avgeek. Oslo. Window seat."),
        ("slot_counter", "Hannah Price", "Airport slots and schedules."),
        ("routes_rafa", "Rafael Ortiz", "Rutas, aerolíneas y tarifas."),
        ("flyer_fumiko", "Fumiko Hayashi", "航空業界ニュース"),
        ("pilot_pat", "Pat Quinn", "A320 captain. Union rep."),
    ],
    props={
        "deal-closes": "The Nordvik Air-Baltavia merger closes",
        "eu-clearance": "The EU clears the Nordvik Air-Baltavia merger (with remedies)",
        "brand-retired": "The Baltavia brand disappears",
    },
    posts=[
        ("A1", "aerobiz_daily", "2025-12-02T09:00:00", "en", None, None,
         "Nordvik Air and Baltavia confirm merger talks are 'at an advanced stage'. "
         "Combined fleet: 212 aircraft. Biggest Nordic M&A deal in years."),
        ("A2", "aerobiz_daily", "2025-12-02T09:02:30", "en", "A1", None,
         "Nordvik chairman Erik Dahl says the deal will close in the third quarter of 2026."),
        ("A3", "antitrust_anna", "2025-12-02T09:40:12", "en", "A2", None,
         "Not that soon. The overlap on Baltic routes is massive."),
        ("A9", "avgeek_ola", "2025-12-02T09:55:33", "en", "A1", None,
         "the Baltavia brand will disappear eventually, mark my words"),
        ("A7", "routes_rafa", "2025-12-02T10:05:47", "es", "A2", None,
         "Lo dudo. Con la Comisión nunca se sabe."),
        ("A13", "pilot_pat", "2025-12-02T10:30:18", "en", "A9", None, "the purple tails are the best livery in Europe, fight me"),
        ("A8", "flyer_fumiko", "2025-12-02T11:30:09", "ja", "A2", None, "たぶん2026年の第4四半期。"),
        ("A10", "pilot_pat", "2025-12-02T12:18:20", "en", "A1", None,
         "pilots' union says they'll strike if the seniority lists get merged without a vote"),
        ("A11", "slot_counter", "2025-12-02T12:44:51", "en", "A1", None,
         "Oslo–Riga fares already up 18% since the rumours started."),
        ("A5", "aerobiz_daily", "2025-12-04T08:00:00", "en", None, None,
         "Nordvik–Baltavia explainer, since a lot of you asked. The combined group would fly 212 aircraft and "
         "hold 41% of slots at Oslo and 38% at Riga. The Commission has flagged six overlapping routes, and "
         "Baltavia's Tallinn base is the hardest piece. Staff unions want job guarantees before anything else. "
         "Competition lawyer Anna Keller tells us the EU will likely clear the deal with remedies in the first "
         "half of 2027.", "long"),
        ("A6", "slot_counter", "2025-12-04T08:32:14", "en", "A5", None,
         "Agreed. She's called every Nordic deal right so far."),
        ("A12", "avgeek_ola", "2025-12-04T09:10:40", "en", "A5", None, "great explainer, thanks 👏"),
    ],
    gold=[
        dict(k="A2", holder="Erik Dahl", quote="the deal will close in the third quarter of 2026",
             prop="deal-closes", ws="2026-07-01", we="2026-09-30", conf=0.9, rel=None, vague=False,
             note="reported speech; holder as written (no user named Erik or Dahl); "
                  "'third quarter of 2026' = 2026-07-01..2026-09-30; 'will' 0.9"),
        dict(k="A3", holder="antitrust_anna", quote="Not that soon.",
             prop="deal-closes", ws="2026-10-01", we=None, conf=0.9, rel=("later", "A2"), vague=False,
             note="relative 'not that soon' against A2 2026-07-01..2026-09-30: 2026-10-01 .. open; 0.9"),
        dict(k="A9", holder="avgeek_ola", quote="the Baltavia brand will disappear eventually",
             prop="brand-retired", ws="2025-12-02", we=None, conf=0.9, rel=None, vague=True,
             note="'eventually' = D .. open, vague; 'will' 0.9"),
        dict(k="A7", holder="routes_rafa", quote="Lo dudo.",
             prop="deal-closes", ws="2026-07-01", we="2026-09-30", conf=0.25, rel=("conf", "A2"), vague=False,
             note="confidence alone 'lo dudo' (I doubt, 0.25) on A2's event and window 2026-07-01..2026-09-30; "
                  "'nunca se sabe' is an idiom ('you never know'), not 'never'"),
        dict(k="A8", holder="flyer_fumiko", quote="たぶん2026年の第4四半期",
             prop="deal-closes", ws="2026-10-01", we="2026-12-31", conf=0.7, rel=None, vague=False,
             note="only a time: event from the post it answers; '2026年の第4四半期' = Q4 2026; 'たぶん' 0.7; own window"),
        dict(k="A5", holder="antitrust_anna",
             quote="the EU will likely clear the deal with remedies in the first half of 2027",
             prop="eu-clearance", ws="2027-01-01", we="2027-06-30", conf=0.7, rel=None, vague=False,
             note="long post (note_tweet), forecast after the cut; reported speech, full display name 'Anna Keller' "
                  "= @antitrust_anna; 'first half of 2027' = 2027-01-01..2027-06-30; 'likely' 0.7"),
        dict(k="A6", holder="slot_counter", quote="Agreed.",
             prop="eu-clearance", ws="2027-01-01", we="2027-06-30", conf=0.7, rel=("agree", "A5"), vague=False,
             note="agreement copies A5 (Keller's forecast): 2027-01-01..2027-06-30, 0.7"),
    ],
    negatives=[
        ("A1", "present-state claims and quoted words"),
        ("A10", "reported conditional ('they'll strike if ...'), no window"),
        ("A11", "present-state / past claim"),
    ],
))

# 9 ---------------------------------------------------------- language release
THREADS.append(dict(
    topic="lang_release",
    retrieved="2026-11-12T09:00:00",
    users=[
        ("compiler_kat", "Katya Ivanova", "Compilers, type systems, too many side projects."),
        ("dev_dmitri", "Dmitri Sokolov", "Backend dev. Tern since 0.4."),
        ("yak_shaver", "Sam Whitlock", "Professional yak shaver."),
        ("lib_lukas", "Lukas Brandt", "Maintainer von ein paar Tern-Bibliotheken."),
        ("tern_core", "Tern Language", "Official account of the Tern programming language."),
        ("zhou_codes", "Zhou Min", "写代码的"),
        ("jp_hacker_ren", "Ren Kobayashi", "Tern / Rust / OCaml"),
    ],
    props={
        "final-ships": "Tern 2.0 final is released",
        "replaces-cpp": "Tern replaces C++ in game engines",
    },
    posts=[
        ("T1", "compiler_kat", "2026-11-10T16:00:00", "en", None, None,
         "Tern 2.0 beta 3 is out and the async rewrite finally landed 🎉 Place your bets: when does 2.0 final ship?"),
        ("T2", "dev_dmitri", "2026-11-10T16:14:22", "en", "T1", None,
         "2.0 final will ship in February. Their cadence has been Feb for three years now"),
        ("T13", "compiler_kat", "2026-11-10T16:20:05", "en", "T2", None, "noted, screenshotted 📸"),
        ("T3", "yak_shaver", "2026-11-10T16:40:05", "en", "T2", None,
         "you're too optimistic lol. have you seen the open issue count 💀"),
        ("T4", "lib_lukas", "2026-11-10T17:30:00", "de", None, "T2",
         "Tern 2.0 final kommt ohne Zweifel im ersten Quartal 2027."),
        ("T8", "yak_shaver", "2026-11-10T18:02:41", "en", "T1", None,
         "also Tern will eventually replace C++ in game engines, fight me"),
        ("T9", "compiler_kat", "2026-11-10T18:10:19", "en", "T8", None,
         "'eventually' is doing a lot of heavy lifting there 😂"),
        ("T10", "dev_dmitri", "2026-11-10T18:25:55", "en", "T8", None, "Probably never."),
        ("T11", "lib_lukas", "2026-11-10T19:45:30", "de", "T1", None,
         "Wenn die async-Änderungen stabil bleiben, kommt 2.0 im Januar."),
        ("T6", "zhou_codes", "2026-11-11T03:12:48", "zh", "T1", None, "2.0正式版会在明年上半年发布。"),
        ("T7", "jp_hacker_ren", "2026-11-11T04:40:26", "ja", "T6", None, "それより早いはず。"),
        ("T12", "jp_hacker_ren", "2026-11-11T05:05:00", "ja", "T1", None, "去年も「年内リリース」って言ってたよね…"),
        ("T5", "tern_core", "2026-11-11T09:00:00", "en", "T1", None,
         "We'll share a date when the release blockers hit zero. Not before 🙂"),
    ],
    gold=[
        dict(k="T2", holder="dev_dmitri", quote="2.0 final will ship in February",
             prop="final-ships", ws="2027-02-01", we="2027-02-28", conf=0.9, rel=None, vague=False,
             note="bare 'February' on D 2026-11-10 = February 2027 (2027 is not a leap year); 'will' 0.9"),
        dict(k="T3", holder="yak_shaver", quote="you're too optimistic",
             prop="final-ships", ws="2027-03-01", we=None, conf=0.9, rel=("later", "T2"), vague=False,
             note="relative 'you're too optimistic' against T2 2027-02-01..2027-02-28: 2027-03-01 .. open; 0.9"),
        dict(k="T4", holder="lib_lukas", quote="Tern 2.0 final kommt ohne Zweifel im ersten Quartal 2027",
             prop="final-ships", ws="2027-01-01", we="2027-03-31", conf=0.95, rel=None, vague=False,
             note="quote post; 'ersten Quartal 2027' = Q1 2027; 'ohne Zweifel' 0.95; own explicit window"),
        dict(k="T8", holder="yak_shaver", quote="Tern will eventually replace C++ in game engines",
             prop="replaces-cpp", ws="2026-11-10", we=None, conf=0.9, rel=None, vague=True,
             note="'eventually' = D .. open, vague; 'will' 0.9"),
        dict(k="T10", holder="dev_dmitri", quote="Probably never.",
             prop="replaces-cpp", ws="2026-11-10", we=None, conf=0.25, rel=None, vague=False,
             note="hedged 'never': 'probably never' = 'probably not' 0.25; window D .. open from the never row "
                  "(time table, not the relative table), so relative_to null; never is not vague; event from T8"),
        dict(k="T6", holder="zhou_codes", quote="2.0正式版会在明年上半年发布",
             prop="final-ships", ws="2027-01-01", we="2027-06-30", conf=0.9, rel=None, vague=False,
             note="'明年上半年' (first half of next year) on D 2026-11-11 = H1 2027; '会' 0.9"),
        dict(k="T7", holder="jp_hacker_ren", quote="それより早いはず",
             prop="final-ships", ws="2026-11-11", we="2026-12-31", conf=0.7, rel=("sooner", "T6"), vague=False,
             note="relative 'それより早い' (earlier than that) against T6 2027-01-01..2027-06-30: "
                  "D 2026-11-11 .. S-1 = 2026-12-31; 'はず' (should) 0.7"),
    ],
    negatives=[
        ("T1", "present-state claim plus a question"),
        ("T5", "plan tied to an unknown moment ('when the release blockers hit zero'): a conditional"),
        ("T9", "the word 'eventually' quoted and discussed"),
        ("T11", "conditional ('Wenn die async-Änderungen stabil bleiben, ... im Januar')"),
        ("T12", "words quoted from last year ('年内リリース', a window that ended); a question"),
    ],
))

# 10 -------------------------------------------------------- heatwave record
THREADS.append(dict(
    topic="heatwave_record",
    retrieved="2026-06-25T09:00:00",
    users=[
        ("wx_hollis", "Hollis Grant", "Meteorologist. Ridges, troughs, and charts."),
        ("met_mira", "Mira Patel", "Climate scientist. Reading, UK."),
        ("sunny_sid", "Sid Okoye", "Weather enthusiast. Garden thermometer owner."),
        ("klima_kai", "Kai Becker", "Wetter und Klima, Berlin."),
        ("weatherdesk_uk", "WeatherDesk UK", "UK weather news."),
        ("meteo_lou", "Louise Martin", "Météo et climat. Toulouse."),
        ("heat_nerd_ines", "Inés Navarro", "Olas de calor y récords. Sevilla."),
    ],
    props={
        "uk-record": "The UK all-time temperature record (40.3°C) is broken",
        "england-40c": "England reaches 40°C",
        "france-46c": "France reaches 46°C",
        "uk-40c-normal": "40°C summers become normal in the UK",
        "scotland-40c": "Scotland reaches 40°C",
    },
    posts=[
        ("W1", "wx_hollis", "2026-06-23T10:10:00", "en", None, None,
         "ECMWF weeklies have a big ridge parked over western Europe into mid-July. "
         "Is the 40.3°C UK record in play? 🔥"),
        ("W9", "wx_hollis", "2026-06-23T10:12:40", "en", "W1", None,
         "For reference the 40.3°C at Coningsby was on 19 July 2022."),
        ("W2", "met_mira", "2026-06-23T10:31:18", "en", "W1", None,
         "UK record will probably fall this summer. soil is bone dry and the pattern's locked"),
        ("W14", "wx_hollis", "2026-06-23T10:45:00", "en", "W2", None, "great chart btw, which dataset?"),
        ("W3", "sunny_sid", "2026-06-23T10:58:02", "en", "W2", None, "Maybe."),
        ("W4", "klima_kai", "2026-06-23T11:20:45", "de", "W2", None,
         "Später. Der Boden in England ist nicht trocken genug."),
        ("W8", "sunny_sid", "2026-06-23T11:40:09", "en", "W1", None,
         "40°C summers will be normal in the UK in the long run tbh"),
        ("W13", "met_mira", "2026-06-23T12:05:37", "en", "W8", None, "Scotland will never see 40°C though."),
        ("W10", "klima_kai", "2026-06-23T12:30:00", "de", "W1", None,
         "Hoffentlich bleibt es unter 35 Grad, ich hab keine Klimaanlage 😩"),
        ("W11", "met_mira", "2026-06-23T13:15:24", "en", "W1", None,
         "my weather app just says 'heatwave possible' 🙄 very helpful"),
        ("W15", "heat_nerd_ines", "2026-06-23T15:48:12", "es", "W1", None,
         "Aquí en Sevilla ya vamos por 44°C 🥵"),
        ("W5", "weatherdesk_uk", "2026-06-24T07:30:00", "en", None, None,
         "Met Office chief meteorologist Alan Frost says a 40°C day in England is very unlikely before August."),
        ("W12", "weatherdesk_uk", "2026-06-24T07:33:15", "en", "W5", None,
         "Frost also said last year the record would go in summer 2025. It didn't."),
        ("W6", "meteo_lou", "2026-06-24T08:02:51", "fr", "W5", None, "En France, 46°C en juillet, probablement."),
        ("W7", "heat_nerd_ines", "2026-06-24T08:44:06", "es", "W6", None, "Improbable, 46 es muchísimo."),
        ("W16", "meteo_lou", "2026-06-24T09:10:30", "fr", "W7", None, "On verra bien !"),
    ],
    gold=[
        dict(k="W2", holder="met_mira", quote="UK record will probably fall this summer",
             prop="uk-record", ws="2026-06-23", we="2026-08-31", conf=0.7, rel=None, vague=False,
             note="'this summer' said in summer (D 2026-06-23) = D .. 2026-08-31 (meteorological); 'probably' 0.7"),
        dict(k="W3", holder="sunny_sid", quote="Maybe.",
             prop="uk-record", ws="2026-06-23", we="2026-08-31", conf=0.4, rel=("conf", "W2"), vague=False,
             note="confidence alone 'Maybe' (0.4) on W2's event and window 2026-06-23..2026-08-31"),
        dict(k="W4", holder="klima_kai", quote="Später.",
             prop="uk-record", ws="2026-09-01", we=None, conf=0.9, rel=("later", "W2"), vague=False,
             note="relative 'später' (later) against W2 ..2026-08-31: 2026-09-01 .. open; unhedged 0.9"),
        dict(k="W8", holder="sunny_sid", quote="40°C summers will be normal in the UK in the long run",
             prop="uk-40c-normal", ws="2026-06-23", we=None, conf=0.9, rel=None, vague=True,
             note="'in the long run' = D .. open, vague; 'will' 0.9"),
        dict(k="W13", holder="met_mira", quote="Scotland will never see 40°C",
             prop="scotland-40c", ws="2026-06-23", we=None, conf=0.05, rel=None, vague=False,
             note="'never' = D .. open, 0.05; never is not vague; a new event, own window"),
        dict(k="W5", holder="Alan Frost", quote="a 40°C day in England is very unlikely before August",
             prop="england-40c", ws="2026-06-24", we="2026-07-31", conf=0.1, rel=None, vague=False,
             note="reported speech; holder as written (no user named Alan or Frost); bare August = Aug 2026; "
                  "'before August' = D 2026-06-24 .. 2026-07-31; 'very unlikely' 0.1"),
        dict(k="W6", holder="meteo_lou", quote="En France, 46°C en juillet, probablement.",
             prop="france-46c", ws="2026-07-01", we="2026-07-31", conf=0.7, rel=None, vague=False,
             note="bare 'juillet' on D 2026-06-24 = July 2026; 'probablement' 0.7"),
        dict(k="W7", holder="heat_nerd_ines", quote="Improbable",
             prop="france-46c", ws="2026-07-01", we="2026-07-31", conf=0.25, rel=("conf", "W6"), vague=False,
             note="confidence alone 'improbable' (unlikely, 0.25) on W6's event and window 2026-07-01..2026-07-31"),
    ],
    negatives=[
        ("W1", "present-state claim plus a question"),
        ("W9", "past event"),
        ("W10", "hope ('Hoffentlich ...')"),
        ("W11", "words quoted ('heatwave possible') from an app, not a forecast by the author"),
        ("W12", "reported forecast whose window (summer 2025) ended before D, and what happened"),
        ("W15", "present-state claim"),
    ],
))


# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------

def h(*parts) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


def user_id(username: str) -> str:
    return str(100_000_000_000_000_000 + h("user", username) % 1_800_000_000_000_000_000)


def parse_utc(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=timezone.utc)


def snowflake(created: str, counter: int) -> str:
    """The low 22 bits are the post's index in its thread."""
    return tf.snowflake_id(tf.unix_ms(parse_utc(created)), counter)


def tco(*parts) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    n = h("tco", *parts)
    return "https://t.co/" + "".join(alphabet[(n >> (6 * i)) % 62] for i in range(10))


def page_token(topic: str, page: int) -> str:
    """The next_token page `page` (from 0) hands on."""
    b36 = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(b36[(h(salt, topic, page) >> (5 * i)) % 36] for salt in ("tok", "tok2") for i in range(12))


def metrics(key: str, weight: int) -> dict:
    n = h("metrics", key)
    likes = weight * (1 + n % 97)
    return tf.public_metrics(likes // 9 + (n >> 8) % 4, (n >> 16) % 12, likes, likes // 40, likes // 15,
                             likes * (60 + (n >> 24) % 50))


def user_obj(x: dict) -> dict:
    n = h("user-meta", x["username"])
    created = datetime(2009 + n % 14, 1 + (n >> 8) % 12, 1 + (n >> 12) % 28, 12, tzinfo=timezone.utc)
    return tf.v2_user_obj(x["id"], x["name"], x["username"], created, x["desc"], 300 + (n >> 16) % 90000,
                          50 + (n >> 24) % 2000, 1000 + (n >> 32) % 40000, (n >> 40) % 500)


def build_thread(th: dict):
    topic = th["topic"]
    fname = f"{topic}.twarc2.jsonl"
    users = {u: dict(id=user_id(u), name=n, username=u, desc=d) for u, n, d in th["users"]}
    ids = {u: x["id"] for u, x in users.items()}
    posts = {}
    order = []
    for i, p in enumerate(th["posts"]):
        key, author, created, lang, reply, quote, body = p[:7]
        long = len(p) > 7 and p[7] == "long"
        assert key not in posts, key
        assert author in users, (key, author)
        posts[key] = dict(key=key, author=author, created=created, lang=lang, reply=reply, quote=quote,
                          body=body, long=long, idx=i)
        order.append(key)
    for i, key in enumerate(order):
        posts[key]["id"] = snowflake(posts[key]["created"], i)
    assert len({posts[k]["id"] for k in order}) == len(order)

    def leading(key):
        p = posts[key]
        if not p["reply"]:
            return []
        t = posts[p["reply"]]
        out = []
        for u in [t["author"]] + leading(t["key"]):
            if u != p["author"] and u not in out:
                out.append(u)
        return out[:3]

    def root(key):
        p = posts[key]
        return root(p["reply"]) if p["reply"] else key

    tweets = {}
    for key in order:
        p = posts[key]
        if p["reply"]:
            assert parse_utc(posts[p["reply"]]["created"]) < parse_utc(p["created"]), key
        if p["quote"]:
            assert parse_utc(posts[p["quote"]]["created"]) < parse_utc(p["created"]), key
        lead = leading(key)
        prefix = "".join(f"@{u} " for u in lead)
        full = prefix + p["body"]           # what the author's post says (decoded), for long posts too
        p["lead"] = lead
        p["prefix"] = prefix
        p["full"] = full
        if p["long"]:
            assert not p["quote"] and not lead
            cut = full.rfind(" ", 0, 272)
            short = full[:cut] + "…"
            link = tco(topic, key, "more")
            served = tf.escape(short) + " " + link
            url_ent = tf.url_entity(len(served) - len(link), len(served), link,
                                    f"https://twitter.com/i/web/status/{p['id']}", "twitter.com/i/web/status/1…")
        elif p["quote"]:
            q = posts[p["quote"]]
            link = tco(topic, key)
            served = tf.escape(full) + " " + link
            url_ent = tf.url_entity(len(served) - len(link), len(served), link,
                                    f"https://x.com/{q['author']}/status/{q['id']}",
                                    f"x.com/{q['author']}/status/{q['id'][0]}…")
        else:
            served = tf.escape(full)
            url_ent = None
        # entity offsets count code points of the served text; keep entities clear of escapes
        mentions = tf.mention_entities(served, ids)
        for ent in mentions + ([url_ent] if url_ent else []):
            assert "&" not in served[:ent["start"]], (key, "entity after an escaped character")
        assert [m["username"] for m in mentions][:len(lead)] == lead, key
        ents = {}
        if mentions:
            ents["mentions"] = mentions
        if url_ent:
            ents["urls"] = [url_ent]
        if p["reply"]:
            refs = [("replied_to", posts[p["reply"]]["id"])]
        elif p["quote"]:
            refs = [("quoted", posts[p["quote"]]["id"])]
        else:
            refs = []
        tweets[key] = tf.v2_tweet_obj(
            id=p["id"], text=served, conversation_id=posts[root(key)]["id"], lang=p["lang"],
            author_id=ids[p["author"]], created_at=parse_utc(p["created"]),
            metrics=metrics(topic + key, 1 if p["reply"] else 3), entities=ents,
            in_reply_to_user_id=ids[posts[p["reply"]]["author"]] if p["reply"] else None, refs=refs,
            note_tweet={"text": tf.escape(full)} if p["long"] else None)
        # what a reader sees: decoded, quote link dropped (shown as a card), long posts in full
        p["reader_text"] = full
        p["body_text"] = p["body"]

    def page_usernames(chunk, inc_keys):
        for k in chunk:
            p = posts[k]
            yield p["author"]
            if p["reply"]:
                yield posts[p["reply"]]["author"]
            yield from (m["username"] for m in tweets[k].get("entities", {}).get("mentions", []))
        for k in inc_keys:
            yield posts[k]["author"]

    newest_first = sorted(order, key=lambda k: int(posts[k]["id"]), reverse=True)
    chunks = [newest_first[i:i + PAGE] for i in range(0, len(newest_first), PAGE)]
    roots = [posts[root(k)]["id"] for k in order]
    tokens = [None] + [page_token(topic, pi) for pi in range(len(chunks) - 1)] + [None]
    retrieved = parse_utc(th["retrieved"])
    pages = []
    for pi, chunk in enumerate(chunks):
        inc_keys = tf.unique(ref for k in chunk for ref in (posts[k]["reply"], posts[k]["quote"]) if ref)
        pages.append(tf.twarc_page(
            [tweets[k] for k in chunk],
            [user_obj(users[u]) for u in tf.unique(page_usernames(chunk, inc_keys))],
            [tweets[k] for k in inc_keys],  # always written, [] too
            next_token=tokens[pi + 1], url=tf.conversation_search_url(roots, PAGE, tokens[pi]),
            retrieved=retrieved, number=pi))
    # every user of the thread must appear somewhere in the export
    seen = {u["username"] for page in pages for u in page["includes"]["users"]}
    assert seen == set(users), (topic, set(users) - seen)
    return fname, pages, posts, users


def d(s):
    return date.fromisoformat(s) if s else None


def check_and_records(th, fname, posts, users):
    topic = th["topic"]
    props = th["props"]
    gold_out, neg_out = [], []
    by_post = {}
    for g in th["gold"]:
        by_post.setdefault(g["k"], []).append(g)
    names = {}
    for u, x in users.items():
        names[u] = [x["name"]] + x["name"].split()
    for g in th["gold"]:
        p = posts[g["k"]]
        text = p["reader_text"]
        body = text[len(p["prefix"]):]
        assert g["quote"] in body, (topic, g["k"], g["quote"])
        assert g["prop"] in props, (topic, g["prop"])
        D = parse_utc(p["created"]).date()
        ws, we = d(g["ws"]), d(g["we"])
        assert ws is not None
        if we:
            assert ws <= we and we >= D, (topic, g["k"], "window ended or inverted")
        assert 0 <= g["conf"] <= 1
        if g["vague"]:
            assert we is None and ws == D
        # holder: author, a handle in the export, or a name that matches no user
        if g["holder"] != p["author"]:
            if g["holder"] in users:
                nm = users[g["holder"]]["name"]
                parts = nm.split()
                assert nm in text or any(
                    part in text and sum(part in names[v] for v in users) == 1 for part in parts), (topic, g["k"])
            else:
                for part in [g["holder"]] + g["holder"].split():
                    assert all(part not in names[v] for v in users), (topic, g["k"], part)
                assert g["holder"] in text
        rel_id = None
        if g["rel"]:
            kind, target = g["rel"]
            assert target in (p["reply"], p["quote"]), (topic, g["k"], "relative target not replied/quoted")
            tg = [x for x in by_post.get(target, []) if x["prop"] == g["prop"]]
            assert tg, (topic, g["k"], "target holds no gold forecast on this proposition")
            t0 = tg[0]
            S, E = d(t0["ws"]), d(t0["we"])
            if kind == "later":
                assert ws == E + timedelta(days=1) and we is None, (topic, g["k"])
            elif kind == "sooner":
                assert ws == D and we == (S - timedelta(days=1) if S > D else E - timedelta(days=1)), (topic, g["k"])
            elif kind in ("agree", "conf"):
                assert (ws, we) == (S, E), (topic, g["k"])
                if kind == "agree" and "probabl" not in g["quote"]:
                    assert g["conf"] == t0["conf"], (topic, g["k"])
            else:
                raise AssertionError(kind)
            rel_id = posts[target]["id"]
        gold_out.append({
            "post_id": p["id"], "author": p["author"], "holder": g["holder"], "quote": g["quote"],
            "event": props[g["prop"]], "proposition": f"{topic}:{g['prop']}",
            "window_start": g["ws"], "window_end": g["we"], "confidence": g["conf"],
            "polarity": "will" if g["conf"] >= 0.5 else "will_not", "relative_to": rel_id,
            "vague": g["vague"], "file": fname, "note": g["note"]})
    gold_keys = set(by_post)
    for key, why in th["negatives"]:
        assert key in posts and key not in gold_keys, (topic, key)
        p = posts[key]
        neg_out.append({"post_id": p["id"], "file": fname, "text": p["reader_text"], "why": why})
    return gold_out, neg_out


def main():
    all_gold, all_neg, counts = [], [], []
    for th in THREADS:
        fname, pages, posts, users = build_thread(th)
        tf.write_jsonl(OUT / fname, pages)
        g, n = check_and_records(th, fname, posts, users)
        all_gold += g
        all_neg += n
        counts.append((fname, len(posts), len(pages), len(g), sum(1 for x in g if x["relative_to"]), len(n)))
    tf.write_jsonl(OUT / "gold.jsonl", all_gold, ascii_=False)
    tf.write_jsonl(OUT / "negatives.jsonl", all_neg, ascii_=False)
    for c in counts:
        print("%-32s posts %3d  pages %d  gold %3d  relative %2d  negatives %2d" % c)
    print("total: posts %d, gold %d (relative %d, vague %d), negatives %d" % (
        sum(c[1] for c in counts), len(all_gold), sum(1 for x in all_gold if x["relative_to"]),
        sum(1 for x in all_gold if x["vague"]), len(all_neg)))


if __name__ == "__main__":
    main()
