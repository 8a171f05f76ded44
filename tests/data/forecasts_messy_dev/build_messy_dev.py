#!/usr/bin/env python3
"""Build threadscope's second MESSY forecast set, a DEVELOPMENT set (synthetic, hand-labelled).

DEVELOPMENT set: tuning the extractor on it is allowed (see README.md next to this file).

Stdlib only and deterministic: every run writes the same bytes. Run it from the
repository root:

    python tests/data/forecasts_messy_dev/build_messy_dev.py

It holds every thread (users, posts, replies, quote posts) and its labels as Python
data, checks the labels, and writes next to itself:

    <topic>.twarc2.jsonl   X API v2 search pages as twarc2 writes them (15 posts a page, newest first)
    gold.jsonl             one gold forecast per line (the spec's record fields + file + note)
    negatives.jsonl        every post that is not a forecast (post_id, file, text, why)

The threads imitate messy debate threads: fan-outs of short answers to one question,
quote-tweet answers, reply chains 3-4 deep, two or three propositions in one thread,
reported speech, a thread wholly in French, a mixed Japanese/English thread, typos and
emoji. Everything is invented: accounts, people, companies, products, places, quotes,
numbers. Windows were worked out by hand from the spec (shared/spec/forecasts.md)
against each post's own UTC date; each record's `note` gives the working. The labels
were written without reading or running the extractor.

The thread model (`U`, `P`, `G`, `Thread`), the twarc2 objects and the writer are in
tests/data/twarc_fixture.py (`ForecastSet`), shared with the other forecast sets.
"""
from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))  # tests/data: twarc_fixture

import twarc_fixture as tf  # noqa: E402
from twarc_fixture import G, P, Thread, U  # noqa: E402

# ---------------------------------------------------------------------------
# Users (one registry for the whole set; a file's export lists only its own)
# ---------------------------------------------------------------------------

USERS = [
    # edge_models
    U("pocket_ishani", "Ishani Rao", "2018-04-11", "mobile ML @ a fitness app. latency hater"),
    U("distill_dmitri", "Dmitri Lesko", "2016-10-02", "distillation, quantization, small models. charts."),
    U("vale_rhodes", "Vale Rhodes", "2011-03-27", "CEO, Pelican Devices. Phones that think."),
    U("mei_tanaka_ai", "Mei Tanaka", "2013-08-19", "CEO @ Koru Silicon. NPUs, not GPUs."),
    U("npu_nerd", "Oskar Lind", "2019-01-05", "kernel hacker. int4 enjoyer"),
    U("thermal_theo", "Theo Brandauer", "2017-06-30", "hardware. my phone is always hot"),
    U("appdev_amaka", "Amaka Obi", "2020-02-14", "indie iOS dev. 3 apps, 2 cats"),
    U("quant_quinn", "Quinn Harrow", "2015-12-08", "quantization or death"),
    U("benchmark_bea", "Bea Lindqvist", "2021-05-21", "evals. sceptical by default"),
    # orchard_line
    U("pellham_pete", "Pete Okoro", "2014-09-09", "Pellham born & bred. buses, moaning"),
    U("millst_maya", "Maya Gruen", "2019-07-17", "lives on Mill St. yes, the hoardings"),
    U("transit_tobi", "Tobi Adeyemi", "2016-02-02", "transit nerd. maps, timetables, spite"),
    U("cyclesafe_cara", "Cara Lynch", "2018-11-23", "bike lanes now"),
    U("pellham_gazette", "Pellham Gazette", "2010-12-01", "News from Pellham and the valley"),
    U("rails_ronan", "Ronan Fitch", "2013-05-15", "signalling engineer, opinions mine"),
    U("orchard_fan", "Lu Yan", "2020-09-30", "waiting for the train since 2021"),
    U("bluecollar_bo", "Bo Iversen", "2017-03-12", "sparky. works on the depot. can't say more"),
    U("pellhammum", "Jo Kerrigan", "2015-08-08", "3 kids, 1 car, 0 patience"),
    U("doomer_dev", "Sid Mahajan", "2019-04-04", "everything is late"),
    U("kestrel_kai", "Kai Moreau", "2021-01-28", "student, broke, walks everywhere"),
    U("valleyvoter", "Anwen Pryce", "2012-10-10", "local politics. council watcher"),
    U("commuter_cleo", "Cleo Barnard", "2018-06-06", "47 min each way, send help"),
    # tern_lander
    U("moonwatch_mo", "Mo Hadid", "2015-07-20", "lunar missions, launch streams, too much coffee"),
    U("hal_corvid", "Hal Brennan", "2012-01-09", "CEO, Corvid Aerospace. Tern is going to the Moon."),
    U("regolith_rae", "Rae Castellan", "2018-03-03", "planetary science PhD. dust enjoyer"),
    U("launchpad_lev", "Lev Arkin", "2016-09-19", "I watch every launch. every single one"),
    U("orbit_olu", "Olu Bankole", "2019-11-11", "aerospace eng. landing legs are hard"),
    U("skeptic_sven", "Sven Aalto", "2014-04-01", "space VC. seen too many decks"),
    U("cislunar_cass", "Cass Whitby", "2020-05-05", "cislunar economy, mostly vibes"),
    U("tern_legs", "Ade Mensah", "2017-02-22", "ex-Corvid structures. legs guy"),
    U("spacemom_di", "Di Farrow", "2013-12-12", "my kid wants to be an astronaut"),
    U("deltav_dan", "Dan Oyelowo", "2018-08-18", "orbital mechanics for fun"),
    U("lunar_lurker", "Pim de Wit", "2021-09-02", "mostly lurking. launches only"),
    # saltmarsh_s3
    U("couchpotato_cy", "Cy Delacroix", "2016-01-15", "TV, snacks, more TV"),
    U("bingewatch_bo", "Bo-ra Seo", "2019-03-30", "I have opinions about season finales"),
    U("saltmarsh_stan", "Stan Kowal", "2020-10-31", "Saltmarsh fan account. not affiliated"),
    U("tvleaks_tia", "Tia Amari", "2017-05-09", "industry gossip, sources vary"),
    U("marsh_mika", "Mika Hoshino", "2018-12-24", "ドラマとアニメ。英語少し"),
    U("serieslover_sol", "Sol Arrieta", "2015-06-17", "series, cine y café"),
    U("cancelled_again", "Grant Pell", "2014-02-28", "every show I love gets cancelled"),
    U("showrunner_fan", "Nell Quigley", "2021-03-08", "screenwriting student"),
    # solid_state
    U("voltage_vic", "Vic Ansari", "2013-11-04", "batteries, EVs, spreadsheets"),
    U("cathode_kim", "Kim Haldane", "2017-09-27", "electrochemist. no, it's not that simple"),
    U("ev_skeptic", "Ron Baptiste", "2012-07-07", "I drive a diesel and I'm not sorry"),
    U("gigafab_gus", "Gustavo Reis", "2018-04-25", "battery supply chain analyst"),
    U("plugin_paz", "Paz Molina", "2019-10-14", "EV owner, road trip poster"),
    U("lithium_lena", "Lena Sokol", "2016-03-19", "commodities. lithium, nickel, regret"),
    U("anode_andy", "Andy Ferreira", "2020-08-08", "materials grad student"),
    U("carnews_daily", "Carnews Daily", "2011-05-05", "Car industry news, every day"),
    U("wattage_wren", "Wren Talbot", "2015-01-31", "grid storage & EV nerd"),
    U("range_rita", "Rita Gallo", "2018-07-23", "range anxiety survivor"),
    # tram_fr
    U("valbrune_cam", "Camille Dufresne", "2017-04-12", "Valbrune. Vélo, café, râleuse."),
    U("tram_t4_info", "Julien Morel", "2015-09-01", "Suivi du chantier du T4, bénévolement."),
    U("maire_roussel", "Anne Roussel", "2012-06-22", "Maire de Valbrune."),
    U("velotaf_lou", "Louise Bernard", "2019-02-17", "vélotaf tous les jours"),
    U("gare_nord_max", "Maxime Carpentier", "2016-11-29", "quartier Gare Nord"),
    U("chantier_nico", "Nicolas Faure", "2018-07-14", "ingénieur travaux publics"),
    U("valbrune_actu", "Valbrune Actu", "2010-10-10", "L'actualité de Valbrune"),
    U("sceptique_sam", "Samir Haddad", "2020-01-20", "je n'y crois plus"),
    # halden_town
    U("halden_ultra", "Kieran Doyle", "2014-08-16", "Halden Town till I die 🟡⚫"),
    U("yellowblack_yaz", "Yasmin Akhtar", "2017-10-21", "season ticket, row F"),
    U("varney_out", "Dom Pritchard", "2019-09-09", "Col Varney out. That's the bio."),
    U("terrace_tom", "Tom Whelan", "2012-03-24", "away days & pies"),
    U("halden_chronic", "Halden Chronicle", "2011-02-11", "Halden's local paper since 1887"),
    U("stats_steph", "Steph Nagy", "2018-05-30", "xG merchant"),
    U("riverside_rob", "Rob Jenner", "2016-12-03", "lives next to the new stadium site"),
    U("old_guard_ged", "Ged Mallon", "2010-11-19", "watched Halden since 1979"),
    # cultured_beef
    U("foodtech_fran", "Fran Oduya", "2016-06-01", "food systems, alt proteins, hot takes"),
    U("bioreactor_bex", "Bex Halloran", "2018-02-08", "cell culture scientist"),
    U("cattle_carl", "Carl Ostby", "2013-09-15", "beef farmer, 4th generation"),
    U("dinah_halloway", "Dinah Marsh", "2014-04-30", "CEO, Halloway Supermarkets."),
    U("vegan_vera", "Vera Lucic", "2017-07-07", "plants mostly"),
    U("grocer_gabe", "Gabe Nwosu", "2015-10-22", "retail analyst, grocery"),
    U("protein_pia", "Pia Sundberg", "2019-12-12", "alt protein investor"),
    U("meat_minded", "Hugo Brant", "2020-04-18", "chef. I'll cook anything once"),
    # tarn_fab
    U("fabwatch_fin", "Fin Callaghan", "2015-03-03", "semis, fabs, subsidies"),
    U("semi_sasha", "Sasha Petrenko", "2013-06-26", "semiconductor analyst. long threads."),
    U("tarn_ceo_marta", "Marta Quell", "2012-09-14", "CEO, Tarn Semiconductor."),
    U("wafer_wes", "Wes Okafor", "2018-01-19", "process engineer, night shift"),
    U("tarnvalley_tia", "Tia Lundgren", "2019-05-27", "Tarn Valley local. traffic is awful now"),
    U("euv_ellis", "Ellis Ng", "2016-08-31", "lithography. I know what the trucks were"),
    U("chipcap_chad", "Chad Whitmore", "2017-11-02", "semis investor. not advice"),
    U("litho_lars", "Lars Henning", "2014-12-15", "equipment field service"),
    # ferry_strike
    U("islander_isla", "Isla MacRae", "2016-05-12", "Calder Isles. crofter, knitter"),
    U("calder_news", "Calder Isles News", "2011-08-08", "News for the Calder Isles"),
    U("deckhand_dougie", "Dougie Flett", "2018-03-27", "ferry crew, on strike, ask me"),
    U("mainland_mags", "Mags Tolmie", "2015-11-30", "moved to the mainland, miss it"),
    U("harbour_hamish", "Hamish Grant", "2013-02-19", "harbourmaster (retired)"),
    U("croft_ceit", "Ceit Munro", "2019-06-06", "sheep, wind, more sheep"),
    U("ferry_fares", "Rory Sinclair", "2017-09-09", "tracks ferry fares so you don't have to"),
    U("bride_to_be_eve", "Eve Shearer", "2020-12-20", "getting married on the mainland 💍"),
    # aoba_maglev
    U("tetsu_kenji", "Kenji Aoyama", "2014-07-07", "鉄道好き。青葉リニアを見守る会"),
    U("rinia_yuki", "Yuki Morita", "2017-03-15", "リニア推し"),
    U("tunnel_tak", "Takeshi Ono", "2012-10-01", "土木エンジニア"),
    U("maglev_mark", "Mark Delaney", "2016-04-20", "rail nerd in Japan. EN/JP"),
    U("sendai_saki", "Saki Fujita", "2019-08-25", "青葉区在住"),
    U("railfan_rui", "Rui Tamura", "2018-02-02", "train photos 📷"),
    U("budget_hawk_jp", "Hiro Nakada", "2015-05-15", "public finance. numbers don't lie"),
    U("densha_emi", "Emi Kobayashi", "2020-11-03", "通勤2時間"),
    # quantum_rsa
    U("crypto_carmen", "Carmen Ruiz", "2015-02-27", "security architect. PQC migration"),
    U("qubit_quentin", "Quentin Abara", "2017-04-16", "quantum error correction. cautious"),
    U("lattice_lily", "Lily Okonjo", "2018-09-08", "lattice crypto. we're fine."),
    U("physics_phil", "Phil Grady", "2013-12-01", "experimental physicist, grumpy"),
    U("sec_ops_sana", "Sana Qureshi", "2019-07-19", "blue team. patching forever"),
    U("qc_hype_watch", "Arlo Vance", "2020-03-14", "calling out quantum hype since 2019"),
    U("infosec_ines", "Ines Dorado", "2016-10-10", "CISO-ish"),
    U("shor_fan", "Bao Tran", "2021-06-21", "grad student. Shor's algorithm tattoo (no)"),
    U("pqc_pablo", "Pablo Etxeberria", "2018-02-13", "post-quantum crypto engineer"),
    # merger_review
    U("antitrust_ada", "Ada Fairbairn", "2014-01-22", "competition lawyer. not legal advice"),
    U("kell_fennick", "Priya Kell", "2013-05-08", "CEO, Fennick Group."),
    U("grocery_guru", "Leon Matthes", "2016-07-27", "retail analyst"),
    U("deal_desk_dee", "Dee Kowalczyk", "2018-10-05", "M&A reporter"),
    U("shopper_sue", "Sue Pennington", "2012-04-14", "I just want cheap eggs"),
    U("remedy_rick", "Rick Alvarez", "2017-02-03", "ex-regulator. remedies, divestitures"),
    U("costa_staff", "Jem Okafor", "2019-09-29", "works at a Costa Mart. views my own"),
    U("econ_ellie", "Ellie Stroud", "2020-06-16", "IO economist"),
    # hosepipe_ban
    U("allotment_al", "Al Petheridge", "2013-08-03", "plot 14. tomatoes and grudges"),
    U("dunmere_dave", "Dave Cotterill", "2016-02-25", "Dunmere. dog walker, rain watcher"),
    U("reservoir_rosa", "Rosa Kemp", "2018-06-12", "hydrologist. reservoir levels weekly"),
    U("lawn_larry", "Larry Voss", "2012-05-19", "my lawn is my pride"),
    U("dunmere_echo", "Dunmere Echo", "2010-09-17", "Dunmere's daily news"),
    U("garden_gita", "Gita Sharma", "2017-04-08", "veg patch, compost bore"),
    U("drought_dan", "Dan Haworth", "2019-01-30", "climate & water, mostly worried"),
    U("neighbour_nell", "Nell Ashby", "2015-12-27", "the neighbour with the drive"),
]

THREADS: list[Thread] = []


def note(*parts: str) -> str:
    return "; ".join(parts)

# ---------------------------------------------------------------------------
# 1. edge_models: the seed-like exchange (one proposition)
# ---------------------------------------------------------------------------
THREADS.append(Thread("edge_models", {
    "brisa2": "On-device phone models reach Brisa-2 level",
}, [
    P("E1", "pocket_ishani", "2025-05-20 07:14:09",
      "When will on-device models (the ones that actually run on your phone) reach Brisa-2 level? our app "
      "still round-trips everything to the cloud and the latency is killing us",
      neg="question; defines the event (no forecast)"),
    P("E2", "distill_dmitri", "2025-05-20 07:52:30",
      "Brisa-2 shipped in February. Small models trail the frontier by ~10 months, so Brisa-2 level on a "
      "phone around Nov-Dec 2025.", reply="E1",
      gold=[G("Brisa-2 level on a phone around Nov-Dec 2025", "brisa2", "2025-11-01", "2025-12-31", 0.9,
              note("D=2025-05-20", "'Nov-Dec 2025' = X to Y row: 2025-11-01..2025-12-31",
                   "the ~10-month trail is a lag, not a date; 'around' is not a hedge (spec's worked example)",
                   "bare assertion 0.9", "'shipped in February' is past"))]),
    P("E3", "vale_rhodes", "2025-05-20 08:20:41", "Probably Q1", reply="E2",
      gold=[G("Probably Q1", "brisa2", "2026-01-01", "2026-03-31", 0.7,
              note("D=2025-05-20", "event from the question via E2", "bare 'Q1': first Q1 not ended on D = Q1 2026",
                   "own window, so relative_to null", "'probably' 0.7"))]),
    P("E4", "mei_tanaka_ai", "2025-05-20 08:34:17", "It won't take that long", reply="E3",
      gold=[G("It won't take that long", "brisa2", "2025-05-20", "2025-12-31", 0.9,
              note("D=2025-05-20", "relative 'won't take that long' against E3 (S=2026-01-01): D..S-1",
                   "unhedged relative 0.9"), rel="E3", rk="sooner")]),
    P("E5", "mei_tanaka_ai", "2025-05-20 08:36:02", "our NPU team is hiring btw 👀", reply="E4",
      neg="the same CEO's follow-up: hiring plug, no event, no window"),
    P("E6", "npu_nerd", "2025-05-20 08:58:44",
      "\"~10 months\" is a vibe, not a measurement. show me the chart", reply="E2",
      neg="the lag is discussed, not a date; no forecast"),
    P("E7", "appdev_amaka", "2025-05-20 09:10:05",
      "people said the same about Brisa-1 and it took 14 months to get anything usable on a phone", reply="E1",
      neg="past report ('it took 14 months')"),
    P("E8", "benchmark_bea", "2025-05-20 09:31:27", "this", reply="E4",
      gold=[G("this", "brisa2", "2025-05-20", "2025-12-31", 0.9,
              note("D=2025-05-20", "agreement 'this' with E4: copies S..E 2025-05-20..2025-12-31 and 0.9"),
              rel="E4", rk="agree")]),
    P("E9", "npu_nerd", "2025-05-20 09:47:50",
      "if memory bandwidth on phones doubles, this year. it won't though", reply="E1",
      neg="conditional ('if ..., this year'); 'it won't though' is about bandwidth and has no time words"),
    P("E10", "thermal_theo", "2025-05-20 10:05:13", "you're too optimistic", reply="E3",
      gold=[G("you're too optimistic", "brisa2", "2026-04-01", None, 0.9,
              note("D=2025-05-20", "relative 'you're too optimistic' = later, against E3 (E=2026-03-31): E+1..open",
                   "unhedged 0.9"), rel="E3", rk="later")]),
    P("E11", "quant_quinn", "2025-05-20 10:22:38", "agreed, thermals alone will eat a year", reply="E10",
      gold=[G("agreed", "brisa2", "2026-04-01", None, 0.9,
              note("D=2025-05-20", "agreement with E10: copies 2026-04-01..open and 0.9",
                   "'thermals alone will eat a year' is a lag, not a date"), rel="E10", rk="agree")]),
    P("E12", "benchmark_bea", "2025-05-20 11:03:00", "mid 2026, probably", quotes="E2",
      gold=[G("mid 2026, probably", "brisa2", "2026-05-01", "2026-08-31", 0.7,
              note("D=2025-05-20", "quote answer; 'mid 2026' = May-Aug 2026", "'probably' 0.7",
                   "own window, so relative_to null"))]),
    P("E13", "appdev_amaka", "2025-05-20 11:20:31", "Maybe.", reply="E12",
      gold=[G("Maybe.", "brisa2", "2026-05-01", "2026-08-31", 0.4,
              note("D=2025-05-20", "confidence alone 'Maybe.' (0.4) on E12's event and window 2026-05-01..2026-08-31"),
              rel="E12", rk="conf")]),
    P("E14", "pocket_ishani", "2025-05-20 12:02:19",
      "I hope before our cloud contract renews in October lol", reply="E1",
      neg="hope ('I hope before ...'); the contract renewal is a schedule"),
    P("E15", "quant_quinn", "2025-05-20 12:40:45",
      "the 3B Brisa distills already beat Brisa-1 on my evals fwiw", reply="E2",
      neg="present-state claim"),
    P("E16", "thermal_theo", "2025-05-21 06:55:10", "2026", reply="E1", lang="und",
      gold=[G("2026", "brisa2", "2026-01-01", "2026-12-31", 0.9,
              note("D=2025-05-21", "bare year answering the when-question (messy decision 1): 2026, 0.9"))]),
]))

# ---------------------------------------------------------------------------
# 2. orchard_line: fan-out under "Serious question - when does X happen?", main line vs airport spur
# ---------------------------------------------------------------------------
THREADS.append(Thread("orchard_line", {
    "opens": "Pellham's Orchard Line opens to passengers",
    "spur": "The Orchard Line's airport spur opens",
}, [
    P("O1", "pellham_pete", "2025-09-16 07:30:00",
      "Serious question - when does the Orchard Line actually open? The hoardings on Mill St have been up "
      "since 2021 and my bus still takes 50 minutes",
      neg="question; defines the event; 'since 2021' is past"),
    P("O2", "millst_maya", "2025-09-16 07:41:12", "2027", reply="O1", lang="und",
      gold=[G("2027", "opens", "2027-01-01", "2027-12-31", 0.9,
              note("D=2025-09-16", "bare year answering the when-question (messy decision 1), 0.9"))]),
    P("O3", "transit_tobi", "2025-09-16 07:44:50", "probably spring 2026", reply="O1",
      gold=[G("probably spring 2026", "opens", "2026-03-01", "2026-05-31", 0.7,
              note("D=2025-09-16", "'spring 2026' = meteorological spring Mar-May 2026", "'probably' 0.7"))]),
    P("O4", "doomer_dev", "2025-09-16 07:46:31", "never lol", reply="O1",
      gold=[G("never", "opens", "2025-09-16", None, 0.05,
              note("D=2025-09-16", "'never' row: D..open, 0.05, not vague (dev decision 8)", "'lol' is filler"))]),
    P("O5", "orchard_fan", "2025-09-16 07:52:09",
      "Q4 for sure, they've been running test trains at night all summer", reply="O1",
      gold=[G("Q4 for sure", "opens", "2025-10-01", "2025-12-31", 0.95,
              note("D=2025-09-16", "bare 'Q4' (dev decision 4): first Q4 not ended on D = Q4 2025",
                   "'for sure' 0.95 (dev decision 10)", "the test trains are past"))]),
    P("O6", "commuter_cleo", "2025-09-16 08:03:44", "nah, later than that", reply="O5",
      gold=[G("nah, later than that", "opens", "2026-01-01", None, 0.9,
              note("D=2025-09-16", "relative 'later than that' against O5 (E=2025-12-31): E+1..open",
                   "unhedged 0.9; leading 'nah,' kept (messy decision 18)"), rel="O5", rk="later")]),
    P("O7", "pellhammum", "2025-09-16 08:10:20", "+1", reply="O6", lang="und",
      gold=[G("+1", "opens", "2026-01-01", None, 0.9,
              note("D=2025-09-16", "agreement '+1' with O6: copies 2026-01-01..open and 0.9"), rel="O6", rk="agree")]),
    P("O8", "kestrel_kai", "2025-09-16 08:15:58", "probly 2027", reply="O1",
      gold=[G("probly 2027", "opens", "2027-01-01", "2027-12-31", 0.7,
              note("D=2025-09-16", "'probly' = probably 0.7 (messy decision 3)", "2027 = the whole year"))]),
    P("O9", "cyclesafe_cara", "2025-09-16 08:22:37", "by eoy", reply="O1",
      gold=[G("by eoy", "opens", "2025-09-16", "2025-12-31", 0.9,
              note("D=2025-09-16", "'eoy' = EOY (dev decision 3, messy decision 3): D..2025-12-31", "bare 0.9"))]),
    P("O10", "valleyvoter", "2025-09-16 08:30:02", "next yr", reply="O1",
      gold=[G("next yr", "opens", "2026-01-01", "2026-12-31", 0.9,
              note("D=2025-09-16", "'next yr' = next year = 2026 (messy decision 3)", "bare 0.9"))]),
    P("O11", "rails_ronan", "2025-09-16 08:41:26", "march 🚇", reply="O1",
      gold=[G("march", "opens", "2026-03-01", "2026-03-31", 0.9,
              note("D=2025-09-16", "bare month: first March not ended on D = March 2026", "emoji is not a hedge",
                   "bare 0.9"))]),
    P("O12", "doomer_dev", "2025-09-16 08:49:13",
      "the leaflet they put through my door said 'december 2024' lol", reply="O1",
      neg="quoted forecast whose window (December 2024) ended before D"),
    P("O13", "transit_tobi", "2025-09-16 08:55:40", "this", reply="O11",
      gold=[G("this", "opens", "2026-03-01", "2026-03-31", 0.9,
              note("D=2025-09-16", "agreement 'this' with O11: copies 2026-03-01..2026-03-31 and 0.9"),
              rel="O11", rk="agree")]),
    P("O14", "commuter_cleo", "2025-09-16 09:12:05", "H2 2026 at the earliest", reply="O1",
      gold=[G("H2 2026 at the earliest", "opens", "2026-07-01", None, 0.9,
              note("D=2025-09-16", "'H2 2026 at the earliest' = start of H2 2026..open", "bare 0.9"))]),
    P("O15", "bluecollar_bo", "2025-09-16 09:20:48",
      "I was on the staff test ride in August. it's basically done, honestly", reply="O1",
      neg="past report ('in August') and a present-state claim"),
    P("O16", "millst_maya", "2025-09-16 09:33:19", "2028 😭", reply="O1", lang="und",
      gold=[G("2028", "opens", "2028-01-01", "2028-12-31", 0.9,
              note("D=2025-09-16", "bare year 2028, 0.9; emoji is not a hedge (messy decision 5)"))]),
    P("O17", "bluecollar_bo", "2025-09-16 09:37:02", "sooner", reply="O16",
      gold=[G("sooner", "opens", "2025-09-16", "2027-12-31", 0.9,
              note("D=2025-09-16", "relative 'sooner' against O16 (S=2028-01-01): D..S-1", "unhedged 0.9"),
              rel="O16", rk="sooner")]),
    P("O18", "valleyvoter", "2025-09-16 09:50:30",
      "the consultation evening is next thursday at the library if anyone wants to yell at them", reply="O1",
      neg="schedule of a meeting (messy decision 15); no forecast of the event"),
    P("O19", "rails_ronan", "2025-09-16 10:04:51", "doubt it's before summer tbh", reply="O1",
      gold=[G("doubt it's before summer", "opens", "2025-09-16", "2026-05-31", 0.25,
              note("D=2025-09-16", "'before summer': summer = first not ended on D = Jun-Aug 2026; before X = D..2026-05-31",
                   "'doubt' = I doubt 0.25 (messy decision 4), applied to 'before summer' (new decision 2)"))]),
    P("O20", "cyclesafe_cara", "2025-09-16 10:18:27", "within 6 months, mark my words", reply="O1",
      gold=[G("within 6 months", "opens", "2025-09-16", "2026-03-16", 0.9,
              note("D=2025-09-16", "'within N months' = D..D+6 months = 2026-03-16", "'mark my words' is filler, bare 0.9"))]),
    P("O21", "rails_ronan", "2025-09-16 10:40:00", "if the signalling passes the safety case, Feb. big if", reply="O1",
      neg="conditional ('if ..., Feb')"),
    P("O22", "pellham_gazette", "2025-09-16 11:05:33",
      "Our transport desk's read: main line in spring, the airport spur not before 2029.", reply="O1",
      gold=[G("main line in spring", "opens", "2026-03-01", "2026-05-31", 0.9,
              note("D=2025-09-16", "bare season: first spring not ended on D = Mar-May 2026", "bare 0.9")),
            G("the airport spur not before 2029", "spur", "2029-01-01", None, 0.9,
              note("D=2025-09-16", "second event in the post: 'not before 2029' = 2029-01-01..open", "bare 0.9"))]),
    P("O23", "kestrel_kai", "2025-09-16 11:30:12", "the Orchard Line is Pellham's Half-Life 3 at this point",
      quotes="O1", neg="quote post; a joke with no window"),
    P("O24", "pellhammum", "2025-09-16 12:15:44", "late 2026. the depot still has no roof", quotes="O1",
      gold=[G("late 2026", "opens", "2026-09-01", "2026-12-31", 0.9,
              note("D=2025-09-16", "quote answer; 'late 2026' = Sep-Dec 2026", "bare 0.9",
                   "'the depot still has no roof' is present state"))]),
    P("O25", "transit_tobi", "2025-09-17 08:02:16", "spur by 2028, the funding's already signed", reply="O22",
      gold=[G("spur by 2028", "spur", "2025-09-17", "2028-12-31", 0.9,
              note("D=2025-09-17", "'by 2028' = D..2028-12-31", "own window against O22's spur forecast, so relative_to null",
                   "'the funding's already signed' is past"))]),
]))

# ---------------------------------------------------------------------------
# 3. tern_lander: yes/no fan-out under "Quick poll: X by end of 2027?", landing vs going bust
# ---------------------------------------------------------------------------
Q_TERN = "the question's 'by end of 2027' = D..2027-12-31 (messy decision 2)"

THREADS.append(Thread("tern_lander", {
    "lands": "Corvid Aerospace's Tern lander lands on the Moon",
    "bust": "Corvid Aerospace goes bankrupt",
}, [
    P("T1", "moonwatch_mo", "2026-03-04 14:00:00",
      "Quick poll: Corvid lands Tern on the Moon by end of 2027? 🌕 reply with yes/no and a number if you're brave",
      neg="question; defines the event and the window (no forecast)"),
    P("T2", "launchpad_lev", "2026-03-04 14:02:31", "yes", reply="T1",
      gold=[G("yes", "lands", "2026-03-04", "2027-12-31", 0.9,
              note("D=2026-03-04", Q_TERN, "'yes' 0.9"))]),
    P("T3", "skeptic_sven", "2026-03-04 14:03:50", "no", reply="T1",
      gold=[G("no", "lands", "2026-03-04", "2027-12-31", 0.1,
              note("D=2026-03-04", Q_TERN, "'no' = negated plain assertion 0.1"))]),
    P("T4", "deltav_dan", "2026-03-04 14:05:12", "lol no", reply="T1",
      gold=[G("lol no", "lands", "2026-03-04", "2027-12-31", 0.1,
              note("D=2026-03-04", Q_TERN, "'lol no' = no, 0.1"))]),
    P("T5", "cislunar_cass", "2026-03-04 14:07:44", "80% yes", reply="T1",
      gold=[G("80% yes", "lands", "2026-03-04", "2027-12-31", 0.8,
              note("D=2026-03-04", Q_TERN, "explicit number 0.8"))]),
    P("T6", "regolith_rae", "2026-03-04 14:10:09", "maybe", reply="T1",
      gold=[G("maybe", "lands", "2026-03-04", "2027-12-31", 0.4,
              note("D=2026-03-04", Q_TERN, "'maybe' 0.4"))]),
    P("T7", "orbit_olu", "2026-03-04 14:15:27", "yes. Q4 2026.", reply="T1",
      gold=[G("yes. Q4 2026.", "lands", "2026-10-01", "2026-12-31", 0.9,
              note("D=2026-03-04", "yes with its own window (messy decision 2): Q4 2026", "bare 0.9"))]),
    P("T8", "skeptic_sven", "2026-03-04 14:21:03", "later than that", reply="T7",
      gold=[G("later than that", "lands", "2027-01-01", None, 0.9,
              note("D=2026-03-04", "relative 'later' against T7 (E=2026-12-31): E+1..open", "unhedged 0.9"),
              rel="T7", rk="later")]),
    P("T9", "regolith_rae", "2026-03-04 14:30:40", "agreed", reply="T8",
      gold=[G("agreed", "lands", "2027-01-01", None, 0.9,
              note("D=2026-03-04", "agreement with T8: copies 2027-01-01..open and 0.9"), rel="T8", rk="agree")]),
    P("T10", "orbit_olu", "2026-03-04 14:44:15",
      "sooner. they've got the pad booked for september", reply="T9",
      gold=[G("sooner", "lands", "2026-03-04", "2026-12-31", 0.9,
              note("D=2026-03-04", "relative 'sooner' against T9 (S=2027-01-01): D..S-1", "unhedged 0.9",
                   "the pad booking is a schedule (messy decision 15), not a second record"),
              rel="T9", rk="sooner")]),
    P("T11", "lunar_lurker", "2026-03-04 15:01:00", "no chance", reply="T1",
      gold=[G("no chance", "lands", "2026-03-04", "2027-12-31", 0.05,
              note("D=2026-03-04", Q_TERN, "'no chance' 0.05; the question holds no forecast, so relative_to null"))]),
    P("T12", "deltav_dan", "2026-03-04 15:12:33", "50/50", reply="T1", lang="und",
      gold=[G("50/50", "lands", "2026-03-04", "2027-12-31", 0.5,
              note("D=2026-03-04", Q_TERN, "'50/50' 0.5 (polarity will)"))]),
    P("T13", "launchpad_lev", "2026-03-04 15:20:18", "doubt it", quotes="T1",
      gold=[G("doubt it", "lands", "2026-03-04", "2027-12-31", 0.25,
              note("D=2026-03-04", "quote answer to the poll", Q_TERN, "'doubt it' 0.25 (messy decision 4)"))]),
    P("T14", "cislunar_cass", "2026-03-04 15:40:51",
      "they literally scrubbed the hop test again on Monday", reply="T1",
      neg="past report ('on Monday')"),
    P("T15", "spacemom_di", "2026-03-04 16:02:27", "I hope so, my kid has the Tern poster over his bed", reply="T1",
      neg="hope ('I hope so')"),
    P("T16", "regolith_rae", "2026-03-04 16:30:14", "yes if the throttle valve thing is actually fixed", reply="T1",
      neg="conditional ('yes if ...')"),
    P("T17", "skeptic_sven", "2026-03-04 17:05:39", "nope. they'll be bankrupt by 2027", reply="T1",
      gold=[G("nope", "lands", "2026-03-04", "2027-12-31", 0.1,
              note("D=2026-03-04", Q_TERN, "'nope' = no, 0.1")),
            G("they'll be bankrupt by 2027", "bust", "2026-03-04", "2027-12-31", 0.9,
              note("D=2026-03-04", "second event in the post: 'by 2027' = D..2027-12-31", "'will' 0.9"))]),
    P("T18", "cislunar_cass", "2026-03-04 17:20:02",
      "no chance they go bust, they just got the lunar cargo contract", reply="T17",
      gold=[G("no chance they go bust", "bust", "2026-03-04", "2027-12-31", 0.05,
              note("D=2026-03-04", "confidence alone 'no chance' on T17's bust forecast (it names the event, "
                   "messy decision 10): copies 2026-03-04..2027-12-31", "0.05", "the contract is past"),
              rel="T17", rk="conf")]),
    P("T19", "spacemom_di", "2026-03-04 18:00:45", "Very likely, the lander's already at the cape", reply="T1",
      gold=[G("Very likely", "lands", "2026-03-04", "2027-12-31", 0.85,
              note("D=2026-03-04", Q_TERN, "'very likely' 0.85", "'already at the cape' is present state"))]),
    P("T20", "deltav_dan", "2026-03-05 08:11:30", "yes, by summer 2027", quotes="T1",
      gold=[G("yes, by summer 2027", "lands", "2026-03-05", "2027-08-31", 0.9,
              note("D=2026-03-05", "quote answer with its own window (messy decision 2): 'by summer 2027' = D..2027-08-31",
                   "bare 0.9"))]),
    P("T21", "launchpad_lev", "2026-03-05 09:02:12",
      "Corvid's CEO @hal_corvid said at the town hall they'll land by end of next year. we'll see", reply="T1",
      gold=[G("they'll land by end of next year", "lands", "2026-03-05", "2027-12-31", 0.9,
              note("D=2026-03-05", "reported speech: holder hal_corvid (mention)",
                   "'by end of next year' = D..2027-12-31", "'will' 0.9", "'we'll see' is no forecast"),
              holder="hal_corvid")]),
    P("T22", "hal_corvid", "2026-03-05 09:30:00",
      "The team is ready. The rest is up to the Moon 😄", reply="T21",
      neg="present-state remark and a joke; no window"),
    P("T23", "orbit_olu", "2026-03-05 10:15:48", "2027 or 2028? genuinely can't call it", reply="T1",
      neg="question with dates"),
    P("T24", "tern_legs", "2026-03-05 11:40:06",
      "as someone who worked on the Tern legs: yes, in the first half of next year", reply="T1",
      gold=[G("yes, in the first half of next year", "lands", "2027-01-01", "2027-06-30", 0.9,
              note("D=2026-03-05", "yes with its own window (messy decision 2): first half of next year = H1 2027",
                   "bare 0.9"))]),
]))

# ---------------------------------------------------------------------------
# 4. saltmarsh_s3: fan-out under "X: when?", premiere vs cancellation; ja/es answers
# ---------------------------------------------------------------------------
THREADS.append(Thread("saltmarsh_s3", {
    "premiere": "Saltmarsh season 3 premieres",
    "cancel": "Saltmarsh is cancelled",
}, [
    P("S1", "couchpotato_cy", "2025-11-11 19:00:00",
      "Saltmarsh season 3: when? it's been two years since the finale and I'm losing it",
      neg="question; defines the event; the finale is past"),
    P("S2", "bingewatch_bo", "2025-11-11 19:03:10", "2026 👀", reply="S1", lang="und",
      gold=[G("2026", "premiere", "2026-01-01", "2026-12-31", 0.9,
              note("D=2025-11-11", "bare year (messy decision 1), emoji is not a hedge, 0.9"))]),
    P("S3", "saltmarsh_stan", "2025-11-11 19:05:42", "Probably Q2", reply="S1",
      gold=[G("Probably Q2", "premiere", "2026-04-01", "2026-06-30", 0.7,
              note("D=2025-11-11", "bare 'Q2' (dev decision 4): first Q2 not ended on D = Q2 2026", "'probably' 0.7"))]),
    P("S4", "cancelled_again", "2025-11-11 19:12:27", "later. they haven't even started filming", reply="S3",
      gold=[G("later", "premiere", "2026-07-01", None, 0.9,
              note("D=2025-11-11", "relative 'later' against S3 (E=2026-06-30): E+1..open", "unhedged 0.9",
                   "'haven't even started filming' is present state"), rel="S3", rk="later")]),
    P("S5", "couchpotato_cy", "2025-11-11 19:20:03", "this", reply="S4",
      gold=[G("this", "premiere", "2026-07-01", None, 0.9,
              note("D=2025-11-11", "agreement 'this' with S4: copies 2026-07-01..open and 0.9"), rel="S4", rk="agree")]),
    P("S6", "tvleaks_tia", "2025-11-11 19:31:48",
      "sooner. filming wrapped in october, the showrunner posted the wrap cake", reply="S5",
      gold=[G("sooner", "premiere", "2025-11-11", "2026-06-30", 0.9,
              note("D=2025-11-11", "relative 'sooner' against S5 (S=2026-07-01): D..S-1", "unhedged 0.9",
                   "the wrap in October is past"), rel="S5", rk="sooner")]),
    P("S7", "cancelled_again", "2025-11-11 19:40:19", "never, Quaystream cancels everything I like", reply="S1",
      gold=[G("never", "premiere", "2025-11-11", None, 0.05,
              note("D=2025-11-11", "'never' row: D..open, 0.05, not vague",
                   "'cancels everything I like' is habitual, no time words (messy decision 16)"))]),
    P("S8", "showrunner_fan", "2025-11-11 19:52:55", "by eoy. the teaser dropped last week", reply="S1",
      gold=[G("by eoy", "premiere", "2025-11-11", "2025-12-31", 0.9,
              note("D=2025-11-11", "'eoy' = EOY: D..2025-12-31", "bare 0.9", "the teaser is past"))]),
    P("S9", "bingewatch_bo", "2025-11-11 20:05:31", "spring", reply="S1",
      gold=[G("spring", "premiere", "2026-03-01", "2026-05-31", 0.9,
              note("D=2025-11-11", "bare season: first spring not ended on D = Mar-May 2026", "bare 0.9"))]),
    P("S10", "saltmarsh_stan", "2025-11-11 20:17:08", "probly 2027 tbh", reply="S1",
      gold=[G("probly 2027", "premiere", "2027-01-01", "2027-12-31", 0.7,
              note("D=2025-11-11", "'probly' = probably 0.7", "2027 whole year", "'tbh' is filler"))]),
    P("S11", "marsh_mika", "2025-11-11 20:30:44", "たぶん来年", reply="S1", lang="ja",
      gold=[G("たぶん来年", "premiere", "2026-01-01", "2026-12-31", 0.7,
              note("D=2025-11-11", "'来年' = next year = 2026", "'たぶん' = probably 0.7 (dev decision 9)"))]),
    P("S12", "serieslover_sol", "2025-11-11 20:44:12", "el año que viene, seguro", reply="S1", lang="es",
      gold=[G("el año que viene, seguro", "premiere", "2026-01-01", "2026-12-31", 0.95,
              note("D=2025-11-11", "'el año que viene' = next year = 2026", "'seguro' = for sure 0.95 (messy decision 14)"))]),
    P("S13", "tvleaks_tia", "2025-11-11 20:50:37", "+1", reply="S12", lang="und",
      gold=[G("+1", "premiere", "2026-01-01", "2026-12-31", 0.95,
              note("D=2025-11-11", "agreement '+1' with S12: copies 2026-01-01..2026-12-31 and 0.95"),
              rel="S12", rk="agree")]),
    P("S14", "couchpotato_cy", "2025-11-11 21:02:29", "Q3 for sure", reply="S1",
      gold=[G("Q3 for sure", "premiere", "2026-07-01", "2026-09-30", 0.95,
              note("D=2025-11-11", "bare 'Q3': Q3 2025 has ended on D, so Q3 2026", "'for sure' 0.95"))]),
    P("S15", "couchpotato_cy", "2025-11-11 21:15:50", "they said 'next summer' in 2023 too 🙄", reply="S1",
      neg="quoted forecast whose window (summer 2024) ended before D"),
    P("S16", "bingewatch_bo", "2025-11-11 21:30:12", "if Quaystream renews the distribution deal, summer", reply="S1",
      neg="conditional ('if ..., summer')"),
    P("S17", "cancelled_again", "2025-11-11 21:48:03", "Cancelled by March, calling it", reply="S1",
      gold=[G("Cancelled by March", "cancel", "2025-11-11", "2026-03-31", 0.9,
              note("D=2025-11-11", "other outcome: cancellation; 'by March' = D..end of the first March not ended = 2026-03-31",
                   "bare 0.9; 'calling it' is filler"))]),
    P("S18", "saltmarsh_stan", "2025-11-11 22:01:39", "no chance", reply="S17",
      gold=[G("no chance", "cancel", "2025-11-11", "2026-03-31", 0.05,
              note("D=2025-11-11", "confidence alone 'no chance' on S17's cancellation forecast: copies 2025-11-11..2026-03-31",
                   "0.05"), rel="S17", rk="conf")]),
    P("S19", "tvleaks_tia", "2025-11-11 22:20:56",
      "season 1 came out in may 2021 and season 2 in july 2023 so... do the math", reply="S1",
      neg="past reports with months; the reader is left to extrapolate, no window stated"),
    P("S20", "marsh_mika", "2025-11-11 22:41:30", "next autumn 🍂", reply="S1",
      gold=[G("next autumn", "premiere", "2026-09-01", "2026-11-30", 0.9,
              note("D=2025-11-11", "'next autumn' = first autumn that starts after D = Sep-Nov 2026", "bare 0.9"))]),
    P("S21", "serieslover_sol", "2025-11-12 07:30:15", "mid 2026", reply="S1",
      gold=[G("mid 2026", "premiere", "2026-05-01", "2026-08-31", 0.9,
              note("D=2025-11-12", "'mid 2026' = May-Aug 2026", "bare 0.9"))]),
    P("S22", "showrunner_fan", "2025-11-12 08:05:02", "I'd kill for a date honestly", reply="S1",
      neg="wish, idiom; no forecast"),
    P("S23", "bingewatch_bo", "2025-11-12 09:12:48", "2026, 60%", reply="S1", lang="und",
      gold=[G("2026, 60%", "premiere", "2026-01-01", "2026-12-31", 0.6,
              note("D=2025-11-12", "2026 whole year", "explicit number 0.6"))]),
]))

# ---------------------------------------------------------------------------
# 5. solid_state: odds fan-out under "Odds on X before 2028?", solid-state car vs pack price threshold
# ---------------------------------------------------------------------------
Q_SSB = "the question's 'before 2028' = D..2027-12-31 (messy decision 2)"

THREADS.append(Thread("solid_state", {
    "ssb-car": "A production car ships with a solid-state battery",
    "pack-60": "Battery pack prices fall below $60/kWh",
}, [
    P("B1", "voltage_vic", "2026-06-09 13:00:00",
      "Odds on solid-state batteries in a production car before 2028? Real odds please, not press-release odds",
      neg="question; defines the event and the window (no forecast)"),
    P("B2", "cathode_kim", "2026-06-09 13:04:21", "20%", reply="B1", lang="und",
      gold=[G("20%", "ssb-car", "2026-06-09", "2027-12-31", 0.2,
              note("D=2026-06-09", Q_SSB, "explicit number 0.2"))]),
    P("B3", "plugin_paz", "2026-06-09 13:06:09", "maybe 30%", reply="B1",
      gold=[G("maybe 30%", "ssb-car", "2026-06-09", "2027-12-31", 0.3,
              note("D=2026-06-09", Q_SSB, "the explicit number wins over 'maybe' (new decision 5): 0.3"))]),
    P("B4", "ev_skeptic", "2026-06-09 13:08:40", "low. like 10%", reply="B1",
      gold=[G("low. like 10%", "ssb-car", "2026-06-09", "2027-12-31", 0.1,
              note("D=2026-06-09", Q_SSB, "explicit number 0.1"))]),
    P("B5", "gigafab_gus", "2026-06-09 13:11:55",
      "60%, Kaito Motors already has a pilot line running", reply="B1",
      gold=[G("60%", "ssb-car", "2026-06-09", "2027-12-31", 0.6,
              note("D=2026-06-09", Q_SSB, "explicit number 0.6", "the pilot line is present state"))]),
    P("B6", "lithium_lena", "2026-06-09 13:15:30", "very unlikely", reply="B1",
      gold=[G("very unlikely", "ssb-car", "2026-06-09", "2027-12-31", 0.1,
              note("D=2026-06-09", Q_SSB, "'very unlikely' 0.1"))]),
    P("B7", "wattage_wren", "2026-06-09 13:19:02", "likely", reply="B1",
      gold=[G("likely", "ssb-car", "2026-06-09", "2027-12-31", 0.7,
              note("D=2026-06-09", Q_SSB, "'likely' 0.7"))]),
    P("B8", "anode_andy", "2026-06-09 13:22:47", "no chance lol, the interfaces still crack", reply="B1",
      gold=[G("no chance", "ssb-car", "2026-06-09", "2027-12-31", 0.05,
              note("D=2026-06-09", Q_SSB, "'no chance' 0.05", "'the interfaces still crack' is present state"))]),
    P("B9", "wattage_wren", "2026-06-09 13:30:16", "agreed", reply="B5",
      gold=[G("agreed", "ssb-car", "2026-06-09", "2027-12-31", 0.6,
              note("D=2026-06-09", "agreement with B5: copies 2026-06-09..2027-12-31 and 0.6"), rel="B5", rk="agree")]),
    P("B10", "lithium_lena", "2026-06-09 13:33:58", "+1", reply="B4", lang="und",
      gold=[G("+1", "ssb-car", "2026-06-09", "2027-12-31", 0.1,
              note("D=2026-06-09", "agreement '+1' with B4: copies 2026-06-09..2027-12-31 and 0.1"), rel="B4", rk="agree")]),
    P("B11", "cathode_kim", "2026-06-09 13:45:22", "in a production car? 2029 at the earliest", reply="B1",
      gold=[G("2029 at the earliest", "ssb-car", "2029-01-01", None, 0.9,
              note("D=2026-06-09", "own window: '2029 at the earliest' = 2029-01-01..open", "bare 0.9"))]),
    P("B12", "plugin_paz", "2026-06-09 14:02:10",
      "Kaito's battery chief Ren Ito told reporters they'll have it in cars by Q2 2027", reply="B11",
      gold=[G("they'll have it in cars by Q2 2027", "ssb-car", "2026-06-09", "2027-06-30", 0.9,
              note("D=2026-06-09", "reported speech: holder 'Ren Ito' as written (no such user in the export)",
                   "'by Q2 2027' = D..2027-06-30", "'will' 0.9"), holder="Ren Ito")]),
    P("B13", "ev_skeptic", "2026-06-09 14:10:44", "he said 2025 last time too lol", reply="B12",
      neg="quoted forecast whose window (2025) ended before D"),
    P("B14", "gigafab_gus", "2026-06-09 14:30:31",
      "forget solid state, packs under $60/kWh in 2027 is the real story", reply="B1",
      gold=[G("packs under $60/kWh in 2027", "pack-60", "2027-01-01", "2027-12-31", 0.9,
              note("D=2026-06-09", "other event (a price threshold): in 2027 = the whole year", "bare 0.9"))]),
    P("B15", "lithium_lena", "2026-06-09 14:41:07", "unlikely, lithium's going back up", reply="B14",
      gold=[G("unlikely", "pack-60", "2027-01-01", "2027-12-31", 0.25,
              note("D=2026-06-09", "confidence alone 'unlikely' (0.25) on B14's event and window 2027",
                   "'lithium's going back up' has no time words"), rel="B14", rk="conf")]),
    P("B16", "carnews_daily", "2026-06-09 15:00:00", "Our take: $60/kWh packs by eoy.", reply="B14",
      gold=[G("$60/kWh packs by eoy", "pack-60", "2026-06-09", "2026-12-31", 0.9,
              note("D=2026-06-09", "'by eoy' = D..2026-12-31", "own window, relative_to null", "bare 0.9"))]),
    P("B17", "anode_andy", "2026-06-09 15:12:39",
      "sodium packs already hit $55 in the Lumora teardown last month", reply="B14",
      neg="past report ('last month'), another chemistry"),
    P("B18", "voltage_vic", "2026-06-09 15:30:03", "we'll see", reply="B11",
      neg="no proposition, no window"),
    P("B19", "wattage_wren", "2026-06-09 16:04:55", "if the sulfide supply chain scales, 2027 for sure", reply="B1",
      neg="conditional ('if ..., 2027 for sure')"),
    P("B20", "deltav_dan", "2026-06-09 17:20:40", "40%", quotes="B1", lang="und",
      gold=[G("40%", "ssb-car", "2026-06-09", "2027-12-31", 0.4,
              note("D=2026-06-09", "quote answer to the odds question", Q_SSB, "explicit number 0.4"))]),
    P("B21", "ev_skeptic", "2026-06-10 07:45:12", "I doubt it", quotes="B1",
      gold=[G("I doubt it", "ssb-car", "2026-06-10", "2027-12-31", 0.25,
              note("D=2026-06-10", "quote answer", Q_SSB, "'I doubt' 0.25"))]),
    P("B22", "range_rita", "2026-06-10 08:30:27", "50/50 honestly", reply="B1",
      gold=[G("50/50", "ssb-car", "2026-06-10", "2027-12-31", 0.5,
              note("D=2026-06-10", Q_SSB, "'50/50' 0.5"))]),
    P("B23", "voltage_vic", "2026-06-10 09:00:18", "ok follow-up: 2027 vs 2028, which one?", reply="B1",
      neg="question with dates"),
]))

# ---------------------------------------------------------------------------
# 6. tram_fr: wholly French; the line vs its airport extension; a 4-deep chain
# ---------------------------------------------------------------------------
THREADS.append(Thread("tram_fr", {
    "t4": "Le tram T4 de Valbrune ouvre aux voyageurs",
    "aeroport": "Le prolongement du T4 jusqu'à l'aéroport ouvre",
}, [
    P("F1", "valbrune_cam", "2026-01-20 08:10:00",
      "Sérieux, il ouvre quand le tram T4 ? Ça fait trois ans qu'on a des travaux devant chez nous 😩",
      lang="fr", neg="question; defines the event; the works are past/present"),
    P("F2", "tram_t4_info", "2026-01-20 08:25:33",
      "Probablement en septembre. Les essais commencent au printemps.", reply="F1", lang="fr",
      gold=[G("Probablement en septembre", "t4", "2026-09-01", "2026-09-30", 0.7,
              note("D=2026-01-20", "bare month: first September not ended on D = 2026-09", "'probablement' 0.7",
                   "'les essais commencent au printemps' is a schedule (messy decision 15), not a record"))]),
    P("F3", "sceptique_sam", "2026-01-20 08:40:12", "Plus tard que ça.", reply="F2", lang="fr",
      gold=[G("Plus tard que ça.", "t4", "2026-10-01", None, 0.9,
              note("D=2026-01-20", "relative 'plus tard' = later, against F2 (E=2026-09-30): E+1..open", "unhedged 0.9"),
              rel="F2", rk="later")]),
    P("F4", "gare_nord_max", "2026-01-20 08:52:47", "D'accord.", reply="F3", lang="fr",
      gold=[G("D'accord.", "t4", "2026-10-01", None, 0.9,
              note("D=2026-01-20", "agreement 'd'accord' with F3: copies 2026-10-01..open and 0.9"), rel="F3", rk="agree")]),
    P("F5", "chantier_nico", "2026-01-20 09:05:20", "Non, d'ici la fin de l'année, c'est signé.", reply="F4", lang="fr",
      gold=[G("Non, d'ici la fin de l'année", "t4", "2026-01-20", "2026-12-31", 0.9,
              note("D=2026-01-20", "'d'ici la fin de l'année' = by the end of the year: D..2026-12-31 "
                   "(new decision 3; 'fin 2026' avoided, new decision 6)",
                   "'Non,' + own window = the spec's 'No, 2028.' rule: relative_to null", "bare 0.9"))]),
    P("F6", "valbrune_cam", "2026-01-20 09:20:41", "La mairie disait 2024 au départ 🙄", reply="F1", lang="fr",
      neg="reported forecast whose window (2024) ended before D"),
    P("F7", "velotaf_lou", "2026-01-20 09:33:08", "J'espère avant la rentrée, mes gamins changent de lycée",
      reply="F1", lang="fr", neg="hope ('j'espère')"),
    P("F8", "sceptique_sam", "2026-01-20 09:48:55", "Peu probable avant 2027.", reply="F1", lang="fr",
      gold=[G("Peu probable avant 2027", "t4", "2026-01-20", "2026-12-31", 0.25,
              note("D=2026-01-20", "'avant 2027' = before 2027: D..2026-12-31",
                   "'peu probable' = unlikely 0.25 (messy decision 14), applied to 'before 2027' (new decision 2)"))]),
    P("F9", "gare_nord_max", "2026-01-20 10:02:30", "Pas avant l'été 2027.", reply="F1", lang="fr",
      gold=[G("Pas avant l'été 2027.", "t4", "2027-06-01", None, 0.9,
              note("D=2026-01-20", "'pas avant' = not before (messy decision 14): start of summer 2027..open", "bare 0.9"))]),
    P("F10", "velotaf_lou", "2026-01-20 10:30:18", "Et le prolongement jusqu'à l'aéroport ? Jamais, lol",
      reply="F1", lang="fr",
      gold=[G("Jamais", "aeroport", "2026-01-20", None, 0.05,
              note("D=2026-01-20", "self-asked, self-answered (messy decision 12); 'jamais' = never: D..open, 0.05"))]),
    P("F11", "chantier_nico", "2026-01-20 10:45:02", "L'aéroport d'ici 2030, probablement.", reply="F10", lang="fr",
      gold=[G("L'aéroport d'ici 2030, probablement.", "aeroport", "2026-01-20", "2030-12-31", 0.7,
              note("D=2026-01-20", "'d'ici 2030' = by 2030: D..2030-12-31", "'probablement' 0.7",
                   "own window, relative_to null"))]),
    P("F12", "tram_t4_info", "2026-01-20 11:01:39", "Plus tôt que ça : 2028.", reply="F11", lang="fr",
      gold=[G("Plus tôt que ça : 2028.", "aeroport", "2028-01-01", "2028-12-31", 0.9,
              note("D=2026-01-20", "relative word followed by an explicit window (messy decision 8): 2028, relative_to null",
                   "bare 0.9"))]),
    P("F13", "valbrune_actu", "2026-01-21 07:30:00",
      "Roussel a dit hier soir au conseil municipal que la ligne ouvrira en juin.", reply="F1", lang="fr",
      gold=[G("la ligne ouvrira en juin", "t4", "2026-06-01", "2026-06-30", 0.9,
              note("D=2026-01-21", "reported speech: holder maire_roussel (last name 'Roussel' = one user of the export)",
                   "bare month: first June not ended on the reporting post's D = 2026-06", "'ouvrira' (will) 0.9"),
              holder="maire_roussel")]),
    P("F14", "maire_roussel", "2026-01-21 08:15:22",
      "Nous visons juin, si les essais se passent bien. Merci pour votre patience.", reply="F13", lang="fr",
      neg="stated aim with a condition ('si les essais se passent bien'): a conditional plan"),
    P("F15", "sceptique_sam", "2026-01-21 08:30:49", "Improbable.", reply="F13", lang="fr",
      gold=[G("Improbable.", "t4", "2026-06-01", "2026-06-30", 0.25,
              note("D=2026-01-21", "confidence alone 'improbable' (0.25) on the reported forecast in F13 (messy decision 11)",
                   "copies 2026-06-01..2026-06-30"), rel="F13", rk="conf")]),
    P("F16", "chantier_nico", "2026-01-21 09:02:11", "Les rames sont arrivées au dépôt en décembre.", reply="F13",
      lang="fr", neg="past report ('en décembre')"),
    P("F17", "valbrune_cam", "2026-01-21 09:40:57", "Fin 2026 ou début 2027 ? Je n'arrive pas à trancher.",
      reply="F1", lang="fr", neg="question with dates"),
    P("F18", "velotaf_lou", "2026-01-21 10:12:34", "Ouverture au printemps, peut-être.", quotes="F1", lang="fr",
      gold=[G("Ouverture au printemps, peut-être.", "t4", "2026-03-01", "2026-05-31", 0.4,
              note("D=2026-01-21", "quote answer; bare season: first spring not ended on D = Mar-May 2026",
                   "'peut-être' 0.4"))]),
    P("F19", "gare_nord_max", "2026-01-21 11:05:06", "Le T3 avait pris deux ans de retard, donc bon.",
      reply="F1", lang="fr", neg="past report about another line; no window"),
]))

# ---------------------------------------------------------------------------
# 7. halden_town: "Place your bets", three propositions (promotion, sacking, stadium move)
# ---------------------------------------------------------------------------
THREADS.append(Thread("halden_town", {
    "promotion": "Halden Town win promotion",
    "sacked": "Col Varney leaves his job as Halden Town manager",
    "riverside": "Halden Town move into the new Riverside stadium",
}, [
    P("H1", "halden_ultra", "2026-02-14 17:15:00",
      "Place your bets: when do we finally go up? And how long does Varney last? 🟡⚫",
      neg="questions; define the promotion and sacking events"),
    P("H2", "yellowblack_yaz", "2026-02-14 17:18:26", "going up in may. playoff final, 3-1, you heard it here first",
      reply="H1",
      gold=[G("going up in may", "promotion", "2026-05-01", "2026-05-31", 0.9,
              note("D=2026-02-14", "bare month: first May not ended on D = 2026-05", "bare 0.9; 'you heard it here first' is filler"))]),
    P("H3", "old_guard_ged", "2026-02-14 17:25:09", "later than that lol", reply="H2",
      gold=[G("later than that", "promotion", "2026-06-01", None, 0.9,
              note("D=2026-02-14", "relative 'later' against H2 (E=2026-05-31): E+1..open", "unhedged 0.9"),
              rel="H2", rk="later")]),
    P("H4", "terrace_tom", "2026-02-14 17:31:44", "agreed", reply="H3",
      gold=[G("agreed", "promotion", "2026-06-01", None, 0.9,
              note("D=2026-02-14", "agreement with H3: copies 2026-06-01..open and 0.9"), rel="H3", rk="agree")]),
    P("H5", "stats_steph", "2026-02-14 17:40:18", "nah, may. we've got the easiest run-in in the league", reply="H4",
      gold=[G("nah, may", "promotion", "2026-05-01", "2026-05-31", 0.9,
              note("D=2026-02-14", "relative word then an explicit window (messy decision 8): May 2026, relative_to null",
                   "bare 0.9"))]),
    P("H6", "varney_out", "2026-02-14 17:52:37", "Varney gone by March, the board's had enough", reply="H1",
      gold=[G("Varney gone by March", "sacked", "2026-02-14", "2026-03-31", 0.9,
              note("D=2026-02-14", "'by March' = D..end of the first March not ended = 2026-03-31", "bare 0.9",
                   "'the board's had enough' is present state"))]),
    P("H7", "terrace_tom", "2026-02-14 18:05:50", "no chance, the chairman backed him on Friday", reply="H6",
      gold=[G("no chance", "sacked", "2026-02-14", "2026-03-31", 0.05,
              note("D=2026-02-14", "confidence alone 'no chance' on H6: copies 2026-02-14..2026-03-31", "0.05",
                   "'backed him on Friday' is past"), rel="H6", rk="conf")]),
    P("H8", "halden_chronic", "2026-02-14 18:30:00",
      "The chairman, Wendell Frost, says the club will be playing at the Riverside by August.", reply="H1",
      gold=[G("the club will be playing at the Riverside by August", "riverside", "2026-02-14", "2026-08-31", 0.9,
              note("D=2026-02-14", "reported speech: holder 'Wendell Frost' as written (no such user)",
                   "'by August' = D..2026-08-31", "'will' 0.9"), holder="Wendell Frost")]),
    P("H9", "riverside_rob", "2026-02-14 18:44:13", "Unlikely. The roof isn't even on", reply="H8",
      gold=[G("Unlikely.", "riverside", "2026-02-14", "2026-08-31", 0.25,
              note("D=2026-02-14", "confidence alone on the reported forecast in H8 (messy decision 11): copies "
                   "2026-02-14..2026-08-31", "'unlikely' 0.25", "'the roof isn't even on' is present state"),
              rel="H8", rk="conf")]),
    P("H10", "old_guard_ged", "2026-02-14 19:02:41",
      "we beat Corley 2-0 in November and looked like Barcelona for 90 minutes", reply="H1",
      neg="past report ('in November')"),
    P("H11", "stats_steph", "2026-02-14 19:20:05", "if we win Tuesday we're top by March", reply="H1",
      neg="conditional ('if we win Tuesday')"),
    P("H12", "riverside_rob", "2026-02-14 19:45:30",
      "promotion next year, this squad needs a summer of signings first", reply="H1",
      gold=[G("promotion next year", "promotion", "2027-01-01", "2027-12-31", 0.9,
              note("D=2026-02-14", "'next year' = 2027", "bare 0.9"))]),
    P("H13", "varney_out", "2026-02-15 09:10:22", "Varney will be sacked within 2 months. write it down", reply="H1",
      gold=[G("Varney will be sacked within 2 months", "sacked", "2026-02-15", "2026-04-15", 0.9,
              note("D=2026-02-15", "'within 2 months' = D..D+2 months = 2026-04-15", "'will' 0.9"))]),
    P("H14", "yellowblack_yaz", "2026-02-15 09:30:48", "I hope Varney stays till the end of the season tbh",
      reply="H1", neg="hope ('I hope')"),
    P("H15", "halden_chronic", "2026-02-15 10:00:00",
      "Reminder: the rearranged Corley game is on Saturday April 4, kick-off 3pm.", reply="H1",
      neg="fixture schedule (messy decision 15)"),
    P("H16", "riverside_rob", "2026-02-15 10:22:17", "Riverside move: Q4 at the earliest", reply="H8",
      gold=[G("Q4 at the earliest", "riverside", "2026-10-01", None, 0.9,
              note("D=2026-02-15", "bare 'Q4' = Q4 2026; 'at the earliest' = 2026-10-01..open", "own window", "bare 0.9"))]),
    P("H17", "old_guard_ged", "2026-02-15 10:40:39", "+1, probably", reply="H16",
      gold=[G("+1, probably", "riverside", "2026-10-01", None, 0.7,
              note("D=2026-02-15", "hedged agreement with H16: copies 2026-10-01..open, the hedge gives 0.7 (spec)"),
              rel="H16", rk="agree_hedged")]),
    P("H18", "terrace_tom", "2026-02-15 11:05:12",
      "Varney out in 2027? more like 2037, he's got photos of the board /s", reply="H1",
      neg="question with a date plus sarcasm marked /s"),
    P("H19", "stats_steph", "2026-02-15 11:40:56", "ok if not may then up in 2027 probably, then straight back down lol",
      reply="H1",
      neg="conditional fallback ('if not may then ...'); 'straight back down' has no time words"),
    P("H20", "terrace_tom", "2026-02-15 12:15:20", "we're going up this year. book it", quotes="H1",
      gold=[G("we're going up this year", "promotion", "2026-02-15", "2026-12-31", 0.9,
              note("D=2026-02-15", "quote answer; 'this year' = D..2026-12-31", "present progressive as future 0.9"))]),
]))

# ---------------------------------------------------------------------------
# 8. cultured_beef: "X is 5+ years away. Change my mind." (itself a forecast); parity vs supermarket sale
# ---------------------------------------------------------------------------
THREADS.append(Thread("cultured_beef", {
    "parity": "Cultivated beef reaches price parity with conventional beef",
    "halloway": "Cultivated beef goes on sale in Halloway supermarkets",
}, [
    P("C1", "foodtech_fran", "2025-01-14 12:00:00",
      "Cultivated beef at price parity with regular beef is 5+ years away. Change my mind.",
      gold=[G("Cultivated beef at price parity with regular beef is 5+ years away", "parity", "2030-01-01", None, 0.9,
              note("D=2025-01-14", "'5+ years away' = in 5 years at the earliest (messy decision 6): D+5y = 2030-01-14, "
                   "so 2030-01-01..open", "bare 0.9; 'Change my mind.' is rhetorical, not a question"))]),
    P("C2", "cattle_carl", "2025-01-14 12:10:34", "can't. it's 10+ years away", reply="C1",
      gold=[G("it's 10+ years away", "parity", "2035-01-01", None, 0.9,
              note("D=2025-01-14", "'10+ years away' (messy decision 6): D+10y = 2035-01-14, so 2035-01-01..open",
                   "own window, relative_to null", "bare 0.9"))]),
    P("C3", "bioreactor_bex", "2025-01-14 12:22:15",
      "sooner. Mossgrove hit $9/lb in their last pilot run", reply="C1",
      gold=[G("sooner", "parity", "2025-01-14", "2029-12-31", 0.9,
              note("D=2025-01-14", "relative 'sooner' against C1 (S=2030-01-01): D..S-1", "unhedged 0.9",
                   "the pilot run is past"), rel="C1", rk="sooner")]),
    P("C4", "protein_pia", "2025-01-14 12:35:02", "this", reply="C3",
      gold=[G("this", "parity", "2025-01-14", "2029-12-31", 0.9,
              note("D=2025-01-14", "agreement 'this' with C3: copies 2025-01-14..2029-12-31 and 0.9"),
              rel="C3", rk="agree")]),
    P("C5", "meat_minded", "2025-01-14 12:50:47",
      "$9/lb in a pilot isn't parity lol, it's a press release", reply="C4",
      neg="present-state claim about a past figure; no window"),
    P("C6", "grocer_gabe", "2025-01-14 13:05:19", "parity? never. on Halloway shelves? next year", reply="C1",
      gold=[G("parity? never", "parity", "2025-01-14", None, 0.05,
              note("D=2025-01-14", "self-asked, self-answered (messy decision 12); 'never' D..open, 0.05")),
            G("on Halloway shelves? next year", "halloway", "2026-01-01", "2026-12-31", 0.9,
              note("D=2025-01-14", "second event in the post: 'next year' = 2026", "bare 0.9"))]),
    P("C7", "cattle_carl", "2025-01-14 13:20:40", "next year for Halloway is way too optimistic", reply="C6",
      gold=[G("next year for Halloway is way too optimistic", "halloway", "2027-01-01", None, 0.9,
              note("D=2025-01-14", "'X is too optimistic' = later (messy decision 9), against C6's Halloway forecast "
                   "(messy decision 10; E=2026-12-31): E+1..open", "unhedged 0.9"), rel="C6", rk="later")]),
    P("C8", "vegan_vera", "2025-01-14 13:31:05", "agreed", reply="C7",
      gold=[G("agreed", "halloway", "2027-01-01", None, 0.9,
              note("D=2025-01-14", "agreement with C7: copies 2027-01-01..open and 0.9"), rel="C7", rk="agree")]),
    P("C9", "grocer_gabe", "2025-01-14 14:02:58",
      "Dinah Marsh told the trade press Halloway will stock it by the end of the year", reply="C6",
      gold=[G("Halloway will stock it by the end of the year", "halloway", "2025-01-14", "2025-12-31", 0.9,
              note("D=2025-01-14", "reported speech: holder dinah_halloway (full display name 'Dinah Marsh')",
                   "'by the end of the year' = D..2025-12-31", "'will' 0.9"), holder="dinah_halloway")]),
    P("C10", "dinah_halloway", "2025-01-14 14:40:21",
      "What I said was we'd love to. The regulator sets the timeline, not us.", reply="C9",
      neg="the reported CEO discusses her words; a hope and a present-state claim, no window"),
    P("C11", "meat_minded", "2025-01-14 15:03:36",
      "I tried it at a tasting in 2023, tasted like sad nuggets", reply="C1",
      neg="past report ('in 2023')"),
    P("C12", "protein_pia", "2025-01-14 15:30:12", "price parity by 2030, 70%", reply="C1",
      gold=[G("price parity by 2030, 70%", "parity", "2025-01-14", "2030-12-31", 0.7,
              note("D=2025-01-14", "'by 2030' = D..2030-12-31 (by includes the named period)", "explicit number 0.7"))]),
    P("C13", "bioreactor_bex", "2025-01-14 16:00:49", "if the subsidy bill passes, 2028", reply="C1",
      neg="conditional ('if ..., 2028')"),
    P("C14", "grocer_gabe", "2025-01-14 16:20:33",
      "fwiw the novel foods panel meets in September to look at the Mossgrove file", reply="C9",
      neg="a regulator's meeting schedule (messy decision 15)"),
    P("C15", "vegan_vera", "2025-01-14 17:05:02", "5+ years? try never", quotes="C1",
      gold=[G("try never", "parity", "2025-01-14", None, 0.05,
              note("D=2025-01-14", "quote answer; 'never' D..open, 0.05", "own window, relative_to null"))]),
    P("C16", "bioreactor_bex", "2025-01-15 08:12:27",
      "parity in the coming years, for sure. the cost curves are brutal", reply="C1",
      gold=[G("parity in the coming years, for sure", "parity", "2025-01-15", None, 0.95, vague=True,
              note=note("D=2025-01-15", "'in the coming years' = D..open, vague", "'for sure' 0.95"))]),
    P("C17", "meat_minded", "2025-01-15 09:01:44", "I'd love to be wrong but 2032 earliest", reply="C1",
      gold=[G("2032 earliest", "parity", "2032-01-01", None, 0.9,
              note("D=2025-01-15", "'2032 earliest' = at the earliest (messy decision 6): 2032-01-01..open",
                   "bare 0.9; 'I'd love to be wrong' is filler"))]),
]))

# ---------------------------------------------------------------------------
# 9. tarn_fab: first wafers vs volume production; a long post (note_tweet); reported CEO
# ---------------------------------------------------------------------------
THREADS.append(Thread("tarn_fab", {
    "wafers": "The Tarn Valley fab ships its first wafers",
    "volume": "The Tarn Valley fab reaches volume production",
}, [
    P("V1", "fabwatch_fin", "2025-07-22 10:00:00",
      "When will the Tarn Valley fab actually ship its first wafers? The groundbreaking was in 2022 and it's "
      "been crickets since",
      neg="question; defines the event; the groundbreaking is past"),
    P("V2", "semi_sasha", "2025-07-22 10:45:18",
      "Long one on Tarn Valley, since people keep asking. The shell was finished in March. Tool move-in "
      "started in May and the first scanner was craned in on June 30. Hiring is at about 60% of plan, and the "
      "water recycling plant is still being commissioned, which is the real gate. Putting it together: first "
      "wafers in H1 2026. Volume production not before 2027. Happy to be proven wrong on both.", reply="V1",
      gold=[G("first wafers in H1 2026", "wafers", "2026-01-01", "2026-06-30", 0.9,
              note("D=2025-07-22", "long post: the forecast is only in note_tweet.text", "'H1 2026' = Jan-Jun 2026",
                   "bare 0.9", "March/May/June 30 are past reports")),
            G("Volume production not before 2027", "volume", "2027-01-01", None, 0.9,
              note("D=2025-07-22", "second event: 'not before 2027' = 2027-01-01..open", "bare 0.9"))]),
    P("V3", "euv_ellis", "2025-07-22 11:20:37", "great thread. H1 2026 for wafers is too optimistic though", reply="V2",
      gold=[G("H1 2026 for wafers is too optimistic", "wafers", "2026-07-01", None, 0.9,
              note("D=2025-07-22", "'X is too optimistic' = later (messy decision 9), against V2's wafer forecast "
                   "(E=2026-06-30): E+1..open", "unhedged 0.9"), rel="V2", rk="later")]),
    P("V4", "litho_lars", "2025-07-22 11:34:09", "+1", reply="V3", lang="und",
      gold=[G("+1", "wafers", "2026-07-01", None, 0.9,
              note("D=2025-07-22", "agreement '+1' with V3: copies 2026-07-01..open and 0.9"), rel="V3", rk="agree")]),
    P("V5", "chipcap_chad", "2025-07-22 12:05:44",
      "Marta Quell said on the earnings call that first wafers ship by the end of Q1", reply="V1",
      gold=[G("first wafers ship by the end of Q1", "wafers", "2025-07-22", "2026-03-31", 0.9,
              note("D=2025-07-22", "reported speech: holder tarn_ceo_marta (full display name 'Marta Quell')",
                   "bare 'Q1' = Q1 2026; 'by the end of' = D..2026-03-31", "present tense as future 0.9 (dev decision 10)"),
              holder="tarn_ceo_marta")]),
    P("V6", "tarn_ceo_marta", "2025-07-22 12:40:00",
      "Thanks for following along. More detail at our investor day on October 14.", reply="V5",
      neg="the CEO's own post: thanks and an event schedule (messy decision 15)"),
    P("V7", "wafer_wes", "2025-07-22 13:02:26", "lol she said the same about Q3 2024", reply="V5",
      neg="quoted forecast whose window (Q3 2024) ended before D"),
    P("V8", "wafer_wes", "2025-07-22 13:30:51", "volume production in 2028, maybe", reply="V1",
      gold=[G("volume production in 2028, maybe", "volume", "2028-01-01", "2028-12-31", 0.4,
              note("D=2025-07-22", "2028 whole year", "'maybe' 0.4"))]),
    P("V9", "chipcap_chad", "2025-07-22 14:12:03", "earlier than that", reply="V8",
      gold=[G("earlier than that", "volume", "2025-07-22", "2027-12-31", 0.9,
              note("D=2025-07-22", "relative 'earlier than that' against V8 (S=2028-01-01): D..S-1", "unhedged 0.9"),
              rel="V8", rk="sooner")]),
    P("V10", "tarnvalley_tia", "2025-07-22 15:20:15", "first wafers next spring, volume 2027", reply="V1",
      gold=[G("first wafers next spring", "wafers", "2026-03-01", "2026-05-31", 0.9,
              note("D=2025-07-22", "'next spring' = first spring that starts after D = Mar-May 2026", "bare 0.9")),
            G("volume 2027", "volume", "2027-01-01", "2027-12-31", 0.9,
              note("D=2025-07-22", "second event: 2027 whole year", "bare 0.9"))]),
    P("V11", "euv_ellis", "2025-07-22 16:05:48", "the EUV tools arrived in June, I saw the trucks", reply="V2",
      neg="past report ('in June')"),
    P("V12", "litho_lars", "2025-07-23 08:10:32", "first wafers within 12 months, volume is another story", reply="V1",
      gold=[G("first wafers within 12 months", "wafers", "2025-07-23", "2026-07-23", 0.9,
              note("D=2025-07-23", "'within 12 months' = D..D+12 months = 2026-07-23", "bare 0.9",
                   "'volume is another story' has no window"))]),
    P("V13", "tarnvalley_tia", "2025-07-23 08:45:09", "if the water permit comes through, Q2", reply="V1",
      neg="conditional ('if ..., Q2')"),
    P("V14", "semi_sasha", "2025-07-23 09:20:27", "Probably.", reply="V12",
      gold=[G("Probably.", "wafers", "2025-07-23", "2026-07-23", 0.7,
              note("D=2025-07-23", "confidence alone 'Probably.' (0.7, new decision 4) on V12's event and window"),
              rel="V12", rk="conf")]),
    P("V15", "fabwatch_fin", "2025-07-23 10:02:55",
      "the hiring freeze news from Tuesday isn't great for any of these dates", quotes="V2",
      neg="quote post: a past report and a present-state remark; no window of its own"),
    P("V16", "euv_ellis", "2025-07-23 11:30:40", "volume production: 2029 at the earliest. fabs always slip",
      reply="V2",
      gold=[G("2029 at the earliest", "volume", "2029-01-01", None, 0.9,
              note("D=2025-07-23", "'2029 at the earliest' = 2029-01-01..open", "own window", "bare 0.9",
                   "'fabs always slip' is habitual, no time words"))]),
]))

# ---------------------------------------------------------------------------
# 10. ferry_strike: week-level windows, reported union rep, strike end vs fare rise
# ---------------------------------------------------------------------------
THREADS.append(Thread("ferry_strike", {
    "ends": "The Calder Isles ferry strike ends",
    "fares": "Calder Isles ferry fares rise by 15%",
}, [
    P("K1", "islander_isla", "2025-03-18 08:00:00",
      "Day 12 of the ferry strike. When does this end?? The shop shelves are empty and the post hasn't come since Friday",
      neg="question; defines the event; present state and past"),
    P("K2", "calder_news", "2025-03-18 08:30:00",
      "The union's Gus Harlow says the dispute will be over within two weeks.", reply="K1",
      gold=[G("the dispute will be over within two weeks", "ends", "2025-03-18", "2025-04-01", 0.9,
              note("D=2025-03-18", "reported speech: holder 'Gus Harlow' as written (no such user)",
                   "'within two weeks' = D..D+14 days = 2025-04-01 (new decision 1)", "'will' 0.9"),
              holder="Gus Harlow")]),
    P("K3", "deckhand_dougie", "2025-03-18 08:45:22", "longer than that", reply="K2",
      gold=[G("longer than that", "ends", "2025-04-02", None, 0.9,
              note("D=2025-03-18", "relative 'longer than that' against the reported forecast in K2 (E=2025-04-01): "
                   "E+1..open (messy decision 11)", "unhedged 0.9"), rel="K2", rk="later")]),
    P("K4", "croft_ceit", "2025-03-18 09:02:10", "agreed, the talks aren't even until Thursday", reply="K3",
      gold=[G("agreed", "ends", "2025-04-02", None, 0.9,
              note("D=2025-03-18", "agreement with K3: copies 2025-04-02..open and 0.9",
                   "the talks on Thursday are a schedule, not a record"), rel="K3", rk="agree")]),
    P("K5", "harbour_hamish", "2025-03-18 09:20:41", "over by end of march, both sides are skint", reply="K1",
      gold=[G("over by end of march", "ends", "2025-03-18", "2025-03-31", 0.9,
              note("D=2025-03-18", "'by end of march' = D..2025-03-31", "bare 0.9"))]),
    P("K6", "calder_news", "2025-03-18 09:45:00",
      "Talks at the arbitration service are booked for Thursday at 10am, both sides confirm.", reply="K1",
      neg="schedule of talks (messy decision 15)"),
    P("K7", "mainland_mags", "2025-03-18 10:04:33", "last time (2019) it ended in 4 days", reply="K1",
      neg="past report"),
    P("K8", "croft_ceit", "2025-03-18 10:30:19", "next week, probably", reply="K1",
      gold=[G("next week, probably", "ends", "2025-03-24", "2025-03-30", 0.7,
              note("D=2025-03-18 (Tue)", "'next week' = the ISO week after D's: Mon 2025-03-24..Sun 2025-03-30",
                   "'probably' 0.7"))]),
    P("K9", "deckhand_dougie", "2025-03-18 10:42:51", "sooner", reply="K8",
      gold=[G("sooner", "ends", "2025-03-18", "2025-03-23", 0.9,
              note("D=2025-03-18", "relative 'sooner' against K8 (S=2025-03-24): D..S-1", "unhedged 0.9"),
              rel="K8", rk="sooner")]),
    P("K10", "bride_to_be_eve", "2025-03-18 11:15:07",
      "I hope it's this week, my wedding's on the mainland on the 29th 😭", reply="K1",
      neg="hope ('I hope'); the wedding date is a plan"),
    P("K11", "ferry_fares", "2025-03-18 12:02:44",
      "strike's over in April, fares up 15% by summer. mark my words", reply="K1",
      gold=[G("strike's over in April", "ends", "2025-04-01", "2025-04-30", 0.9,
              note("D=2025-03-18", "bare month: April 2025", "present tense as future 0.9")),
            G("fares up 15% by summer", "fares", "2025-03-18", "2025-08-31", 0.9,
              note("D=2025-03-18", "second event: 'by summer' = D..end of the first summer not ended = 2025-08-31",
                   "bare 0.9; 'mark my words' is filler"))]),
    P("K12", "harbour_hamish", "2025-03-18 12:30:25",
      "fares up by summer? no chance, the fare freeze is written into the contract", reply="K11",
      gold=[G("no chance", "fares", "2025-03-18", "2025-08-31", 0.05,
              note("D=2025-03-18", "confidence alone 'no chance' on K11's fares forecast (it names the event, "
                   "messy decision 10): copies 2025-03-18..2025-08-31", "0.05", "the freeze is present state"),
              rel="K11", rk="conf")]),
    P("K13", "mainland_mags", "2025-03-18 13:10:58", "if the council steps in, friday", reply="K1",
      neg="conditional ('if ..., friday')"),
    P("K14", "islander_isla", "2025-03-18 14:00:36",
      "In 3 weeks. They always cave right before the tourists arrive", reply="K2",
      gold=[G("In 3 weeks", "ends", "2025-04-07", "2025-04-13", 0.9,
              note("D=2025-03-18", "'in 3 weeks' = the ISO week containing D+21 = 2025-04-08: Mon 2025-04-07..Sun 2025-04-13",
                   "own window, relative_to null", "bare 0.9", "'they always cave' is habitual"))]),
    P("K15", "harbour_hamish", "2025-03-18 15:20:12", "I'm sticking with strike over this month", reply="K5",
      gold=[G("strike over this month", "ends", "2025-03-18", "2025-03-31", 0.9,
              note("D=2025-03-18", "'this month' = D..2025-03-31", "bare 0.9", "repeats the author's own K5 window"))]),
    P("K16", "deckhand_dougie", "2025-03-18 16:45:29",
      "fyi there's a skeleton service on Sundays for medical trips", reply="K1",
      neg="present-state claim / service schedule"),
    P("K17", "mainland_mags", "2025-03-18 18:02:03", "Two weeks? Not a chance.", quotes="K2",
      gold=[G("Not a chance.", "ends", "2025-03-18", "2025-04-01", 0.05,
              note("D=2025-03-18", "quote post; confidence alone 'not a chance' (= no chance, 0.05) on the reported "
                   "forecast in K2: copies 2025-03-18..2025-04-01"), rel="K2", rk="conf")]),
]))

# ---------------------------------------------------------------------------
# 11. aoba_maglev: a Japanese question, answers in Japanese and English (title in Japanese)
# ---------------------------------------------------------------------------
THREADS.append(Thread("aoba_maglev", {
    "opens": "青葉リニアが開業する",
}, [
    P("M1", "tetsu_kenji", "2026-08-25 03:00:00", "青葉リニアって結局いつ開業するの？工事が始まってもう8年だよ",
      lang="ja", neg="question; defines the event; the works starting is past"),
    P("M2", "rinia_yuki", "2026-08-25 03:12:40", "たぶん2029年", reply="M1", lang="ja",
      gold=[G("たぶん2029年", "opens", "2029-01-01", "2029-12-31", 0.7,
              note("D=2026-08-25", "2029 whole year", "'たぶん' = probably 0.7 (dev decision 9)"))]),
    P("M3", "tunnel_tak", "2026-08-25 03:25:07", "それより後。", reply="M2", lang="ja",
      gold=[G("それより後。", "opens", "2030-01-01", None, 0.9,
              note("D=2026-08-25", "'それより後' = later than that (new decision 3), against M2 (E=2029-12-31): E+1..open",
                   "unhedged 0.9"), rel="M2", rk="later")]),
    P("M4", "sendai_saki", "2026-08-25 03:40:52", "同意", reply="M3", lang="ja",
      gold=[G("同意", "opens", "2030-01-01", None, 0.9,
              note("D=2026-08-25", "'同意' = agreed (spec): copies 2030-01-01..open and 0.9"), rel="M3", rk="agree")]),
    P("M5", "maglev_mark", "2026-08-25 04:02:18", "2031 at the earliest, the tunnel section flooded in May",
      reply="M1",
      gold=[G("2031 at the earliest", "opens", "2031-01-01", None, 0.9,
              note("D=2026-08-25", "'2031 at the earliest' = 2031-01-01..open", "bare 0.9", "the flood in May is past"))]),
    P("M6", "railfan_rui", "2026-08-25 04:30:33", "2028年に開業するはず", reply="M1", lang="ja",
      gold=[G("2028年に開業するはず", "opens", "2028-01-01", "2028-12-31", 0.7,
              note("D=2026-08-25", "'2028年に' = in 2028", "'はず' = should 0.7 (dev decision 9)"))]),
    P("M7", "budget_hawk_jp", "2026-08-25 05:01:09", "the 2019 plan literally said 2025 lol", reply="M1",
      neg="quoted plan whose window (2025) ended before D"),
    P("M8", "budget_hawk_jp", "2026-08-25 05:04:47", "never. the budget's gone", reply="M1",
      gold=[G("never", "opens", "2026-08-25", None, 0.05,
              note("D=2026-08-25", "'never' D..open, 0.05", "'the budget's gone' is present state"))]),
    P("M9", "sendai_saki", "2026-08-25 05:30:26", "来年の春に開業するよ", reply="M1", lang="ja",
      gold=[G("来年の春に開業するよ", "opens", "2027-03-01", "2027-05-31", 0.9,
              note("D=2026-08-25", "'来年の春' = spring of next year = Mar-May 2027 (= 'next spring', new decision 3)",
                   "bare assertion 0.9"))]),
    P("M10", "maglev_mark", "2026-08-25 05:48:11", "No chance.", reply="M9",
      gold=[G("No chance.", "opens", "2027-03-01", "2027-05-31", 0.05,
              note("D=2026-08-25", "confidence alone on M9: copies 2027-03-01..2027-05-31", "0.05"),
              rel="M9", rk="conf")]),
    P("M11", "tunnel_tak", "2026-08-25 06:15:40", "国の審査会は10月に開かれる予定", reply="M1", lang="ja",
      neg="schedule of a review meeting (messy decision 15)"),
    P("M12", "maglev_mark", "2026-08-25 06:40:02", "if they fix the tunnel by winter, 2028. big if", reply="M5",
      neg="conditional ('if ..., 2028')"),
    P("M13", "densha_emi", "2026-08-25 07:20:58", "2030年までに開業する確率は50%くらい", reply="M1", lang="ja",
      gold=[G("2030年までに開業する確率は50%くらい", "opens", "2026-08-25", "2030-12-31", 0.5,
              note("D=2026-08-25", "'2030年までに' = by 2030: D..2030-12-31", "explicit 50% ('くらい' = about) 0.5"))]),
    P("M14", "railfan_rui", "2026-08-25 08:05:14", "去年の試乗会に行ったけど、めっちゃ速かった！", reply="M1", lang="ja",
      neg="past report (last year's test ride)"),
    P("M15", "maglev_mark", "2026-08-25 09:12:37", "2032", quotes="M1", lang="und",
      gold=[G("2032", "opens", "2032-01-01", "2032-12-31", 0.9,
              note("D=2026-08-25", "quote answer; bare year 2032, 0.9"))]),
    P("M16", "densha_emi", "2026-08-25 10:00:21", "早く乗りたい…通勤2時間はもう無理", reply="M1", lang="ja",
      neg="wish; present state"),
]))

# ---------------------------------------------------------------------------
# 12. quantum_rsa: vague horizons, an organisation as holder, breaking RSA vs 1,000 logical qubits
# ---------------------------------------------------------------------------
THREADS.append(Thread("quantum_rsa", {
    "rsa": "A quantum computer breaks RSA-2048",
    "logical1000": "A quantum computer with 1,000 logical qubits is built",
}, [
    P("Q1", "crypto_carmen", "2025-12-09 15:00:00",
      "When will a quantum computer actually break RSA-2048? Our migration budget depends on the answer and "
      "nobody will give me a straight one",
      neg="question; defines the event"),
    P("Q2", "qubit_quentin", "2025-12-09 15:08:30", "eventually. the error rates are dropping fast", reply="Q1",
      gold=[G("eventually", "rsa", "2025-12-09", None, 0.9, vague=True,
              note=note("D=2025-12-09", "'eventually' = D..open, vague", "bare 0.9",
                        "'the error rates are dropping fast' is present state"))]),
    P("Q3", "lattice_lily", "2025-12-09 15:12:44", "never. physics says no", reply="Q1",
      gold=[G("never", "rsa", "2025-12-09", None, 0.05,
              note("D=2025-12-09", "'never' D..open, 0.05, not vague"))]),
    P("Q4", "physics_phil", "2025-12-09 15:20:09", "someday. not in my career though", reply="Q1",
      gold=[G("someday", "rsa", "2025-12-09", None, 0.9, vague=True,
              note=note("D=2025-12-09", "'someday' = D..open, vague", "bare 0.9",
                        "'not in my career' has no calendar meaning, not a record"))]),
    P("Q5", "qc_hype_watch", "2025-12-09 15:31:55", "2035 at the earliest", reply="Q1",
      gold=[G("2035 at the earliest", "rsa", "2035-01-01", None, 0.9,
              note("D=2025-12-09", "'2035 at the earliest' = 2035-01-01..open", "bare 0.9"))]),
    P("Q6", "physics_phil", "2025-12-09 15:40:22", "agreed", reply="Q5",
      gold=[G("agreed", "rsa", "2035-01-01", None, 0.9,
              note("D=2025-12-09", "agreement with Q5: copies 2035-01-01..open and 0.9"), rel="Q5", rk="agree")]),
    P("Q7", "shor_fan", "2025-12-09 15:55:38", "earlier than that. 2032", reply="Q5",
      gold=[G("earlier than that. 2032", "rsa", "2032-01-01", "2032-12-31", 0.9,
              note("D=2025-12-09", "relative word followed by an explicit window (messy decision 8): 2032, relative_to null",
                   "bare 0.9"))]),
    P("Q8", "sec_ops_sana", "2025-12-09 16:20:14",
      "Qubitron says they'll have 1,000 logical qubits by 2029. that's the number to watch", reply="Q1",
      gold=[G("they'll have 1,000 logical qubits by 2029", "logical1000", "2025-12-09", "2029-12-31", 0.9,
              note("D=2025-12-09", "other event (a milestone); reported speech: holder 'Qubitron', an organisation "
                   "kept as written (messy decision 13)", "'by 2029' = D..2029-12-31", "'will' 0.9"),
              holder="Qubitron")]),
    P("Q9", "qc_hype_watch", "2025-12-09 16:35:47", "they said 100 by 2024 and shipped 12", reply="Q8",
      neg="quoted forecast whose window (by 2024) ended before D; past report"),
    P("Q10", "qubit_quentin", "2025-12-09 16:50:03", "Unlikely.", reply="Q8",
      gold=[G("Unlikely.", "logical1000", "2025-12-09", "2029-12-31", 0.25,
              note("D=2025-12-09", "confidence alone on the reported forecast in Q8 (messy decision 11): copies "
                   "2025-12-09..2029-12-31", "'unlikely' 0.25"), rel="Q8", rk="conf")]),
    P("Q11", "infosec_ines", "2025-12-09 17:12:30",
      "soon. harvest-now-decrypt-later is already happening, migrate", reply="Q1",
      gold=[G("soon", "rsa", "2025-12-09", None, 0.9, vague=True,
              note=note("D=2025-12-09", "'soon' = D..open, vague", "bare 0.9",
                        "'already happening' is present state; 'migrate' is advice"))]),
    P("Q12", "shor_fan", "2025-12-09 17:40:56", "if error correction scales like the roadmaps say, 2030", reply="Q1",
      neg="conditional ('if ..., 2030')"),
    P("Q13", "lattice_lily", "2025-12-09 18:05:11",
      "the standards body's deprecation deadline for RSA is 2030 btw, so the question is kinda moot", reply="Q1",
      neg="a third party's deadline (messy decision 15)"),
    P("Q14", "physics_phil", "2025-12-10 08:30:45", "1,000 logical qubits? maybe in the next 5 years", reply="Q8",
      gold=[G("maybe in the next 5 years", "logical1000", "2025-12-10", "2030-12-10", 0.4,
              note("D=2025-12-10", "'in the next 5 years' = D..D+5 years = 2030-12-10 (new decision 1)",
                   "'maybe' 0.4", "own window, relative_to null"))]),
    P("Q15", "qc_hype_watch", "2025-12-10 09:02:19",
      "\"Q-day is 2026\" is the new \"year of the Linux desktop\"", reply="Q1",
      neg="words quoted and mocked, not a forecast"),
    P("Q16", "sec_ops_sana", "2025-12-10 09:40:08", "one day, probably", reply="Q1",
      gold=[G("one day, probably", "rsa", "2025-12-10", None, 0.7, vague=True,
              note=note("D=2025-12-10", "'one day' = D..open, vague", "'probably' 0.7"))]),
    P("Q17", "qubit_quentin", "2025-12-10 10:15:33", "not before 2030. after that, who knows", quotes="Q1",
      gold=[G("not before 2030", "rsa", "2030-01-01", None, 0.9,
              note("D=2025-12-10", "quote answer; 'not before 2030' = 2030-01-01..open", "bare 0.9",
                   "'after that, who knows' is no forecast"))]),
    P("Q18", "pqc_pablo", "2025-12-10 11:04:27", "not this decade. I'd still migrate now", reply="Q1",
      gold=[G("not this decade", "rsa", "2025-12-10", "2029-12-31", 0.1,
              note("D=2025-12-10", "'this decade' = D..2029-12-31", "'not' = negated plain assertion 0.1 (new decision 7)",
                   "'I'd still migrate now' is a plan"))]),
]))

# ---------------------------------------------------------------------------
# 13. merger_review: cleared vs blocked (two outcomes), reported CEO, a deadline that is not a forecast
# ---------------------------------------------------------------------------
THREADS.append(Thread("merger_review", {
    "cleared": "The competition authority clears the Fennick-Costa Mart merger",
    "blocked": "The competition authority blocks the Fennick-Costa Mart merger",
}, [
    P("R1", "antitrust_ada", "2026-11-03 09:00:00",
      "Fennick-Costa Mart is in phase 2. Clear or block, and when? The statutory deadline is Feb 12 but they "
      "can always extend",
      neg="question; defines both outcomes; the deadline is a schedule"),
    P("R2", "remedy_rick", "2026-11-03 09:14:27", "cleared with remedies in Q1", reply="R1",
      gold=[G("cleared with remedies in Q1", "cleared", "2027-01-01", "2027-03-31", 0.9,
              note("D=2026-11-03", "bare 'Q1': first Q1 not ended on D = Q1 2027", "bare 0.9"))]),
    P("R3", "deal_desk_dee", "2026-11-03 09:30:50",
      "sooner, they want it off the desk before the new chair starts", reply="R2",
      gold=[G("sooner", "cleared", "2026-11-03", "2026-12-31", 0.9,
              note("D=2026-11-03", "relative 'sooner' against R2 (S=2027-01-01): D..S-1", "unhedged 0.9",
                   "'before the new chair starts' has no calendar date, not a window"), rel="R2", rk="sooner")]),
    P("R4", "econ_ellie", "2026-11-03 09:41:12", "same", reply="R3",
      gold=[G("same", "cleared", "2026-11-03", "2026-12-31", 0.9,
              note("D=2026-11-03", "agreement 'same' with R3: copies 2026-11-03..2026-12-31 and 0.9"), rel="R3", rk="agree")]),
    P("R5", "shopper_sue", "2026-11-03 10:05:33", "Blocked. January. Screenshot this", reply="R1",
      gold=[G("Blocked. January.", "blocked", "2027-01-01", "2027-01-31", 0.9,
              note("D=2026-11-03", "other outcome; bare month: first January not ended on D = 2027-01", "bare 0.9",
                   "'Screenshot this' is filler (messy decision 5)"))]),
    P("R6", "remedy_rick", "2026-11-03 10:20:08", "no chance they block", reply="R5",
      gold=[G("no chance they block", "blocked", "2027-01-01", "2027-01-31", 0.05,
              note("D=2026-11-03", "confidence alone 'no chance' on R5: copies 2027-01-01..2027-01-31", "0.05"),
              rel="R5", rk="conf")]),
    P("R7", "grocery_guru", "2026-11-03 11:02:45",
      "Priya Kell told analysts this morning she expects clearance by year end", reply="R1",
      gold=[G("she expects clearance by year end", "cleared", "2026-11-03", "2026-12-31", 0.7,
              note("D=2026-11-03", "reported speech: holder kell_fennick (full display name 'Priya Kell')",
                   "'by year end' = by the end of this year: D..2026-12-31", "'expects' = I expect 0.7"),
              holder="kell_fennick")]),
    P("R8", "kell_fennick", "2026-11-03 11:40:19",
      "We're confident in our case and will keep engaging constructively with the authority.", reply="R7",
      neg="the CEO's own statement: confidence in a case and a plan, no window"),
    P("R9", "antitrust_ada", "2026-11-03 11:55:02", "she has to say that", reply="R7",
      neg="comment on a reported forecast; no forecast"),
    P("R10", "deal_desk_dee", "2026-11-03 12:30:37",
      "for the record, the authority's own timetable has the final report due by Feb 12", reply="R1",
      neg="the authority's schedule (messy decision 15), not a forecast"),
    P("R11", "econ_ellie", "2026-11-03 13:10:24", "clearance this year, 70%", reply="R1",
      gold=[G("clearance this year, 70%", "cleared", "2026-11-03", "2026-12-31", 0.7,
              note("D=2026-11-03", "'this year' = D..2026-12-31", "explicit number 0.7"))]),
    P("R12", "costa_staff", "2026-11-03 14:02:51", "block, probably Feb", reply="R1",
      gold=[G("block, probably Feb", "blocked", "2027-02-01", "2027-02-28", 0.7,
              note("D=2026-11-03", "bare month: first February not ended on D = 2027-02", "'probably' 0.7"))]),
    P("R13", "shopper_sue", "2026-11-03 14:40:16", "if Costa sells the 40 stores, cleared by christmas", reply="R1",
      neg="conditional ('if ..., cleared by christmas')"),
    P("R14", "remedy_rick", "2026-11-03 15:05:43",
      "they blocked Dawes-Pell in 2024 on a far smaller overlap", reply="R1",
      neg="past report"),
    P("R15", "grocery_guru", "2026-11-04 08:20:29", "cleared in H1 2027, very likely", quotes="R1",
      gold=[G("cleared in H1 2027, very likely", "cleared", "2027-01-01", "2027-06-30", 0.85,
              note("D=2026-11-04", "quote answer; 'H1 2027' = Jan-Jun 2027", "'very likely' 0.85"))]),
    P("R16", "antitrust_ada", "2026-11-04 09:10:55", "I'd put 30% on a block by end of Feb", reply="R1",
      gold=[G("I'd put 30% on a block by end of Feb", "blocked", "2026-11-04", "2027-02-28", 0.3,
              note("D=2026-11-04", "'by end of Feb' = D..end of the first February not ended = 2027-02-28",
                   "explicit 30% (spec's 'I'd put 30% on it')"))]),
]))

# ---------------------------------------------------------------------------
# 14. hosepipe_ban: the ban vs two reservoir thresholds; reported speech + the author's own view
# ---------------------------------------------------------------------------
THREADS.append(Thread("hosepipe_ban", {
    "ban": "Dunmere Water brings in a hosepipe ban",
    "below30": "Hollin reservoir falls below 30%",
    "below20": "Hollin reservoir falls below 20%",
}, [
    P("W1", "allotment_al", "2025-06-03 07:45:00",
      "Hollin reservoir is at 41% and it's only June. Hosepipe ban this summer or not?",
      neg="present-state report and a question; defines the event"),
    P("W2", "dunmere_dave", "2025-06-03 07:58:21", "ban by july", reply="W1",
      gold=[G("ban by july", "ban", "2025-06-03", "2025-07-31", 0.9,
              note("D=2025-06-03", "'by july' = D..end of the first July not ended = 2025-07-31", "bare 0.9"))]),
    P("W3", "lawn_larry", "2025-06-03 08:10:46", "later than that. august", reply="W2",
      gold=[G("later than that. august", "ban", "2025-08-01", "2025-08-31", 0.9,
              note("D=2025-06-03", "relative word followed by an explicit window (messy decision 8): August 2025, "
                   "relative_to null", "bare 0.9"))]),
    P("W4", "garden_gita", "2025-06-03 08:22:03", "agreed", reply="W3",
      gold=[G("agreed", "ban", "2025-08-01", "2025-08-31", 0.9,
              note("D=2025-06-03", "agreement with W3's own window: copies 2025-08-01..2025-08-31 and 0.9"),
              rel="W3", rk="agree")]),
    P("W5", "neighbour_nell", "2025-06-03 08:40:37", "no ban this year. it always rains in july here", reply="W1",
      gold=[G("no ban this year", "ban", "2025-06-03", "2025-12-31", 0.1,
              note("D=2025-06-03", "'this year' = D..2025-12-31", "'no ban' = negated plain assertion 0.1 (dev decision 10)",
                   "'it always rains in july' is habitual (messy decision 16)"))]),
    P("W6", "reservoir_rosa", "2025-06-03 09:05:12", "Hollin will be under 30% by mid July on current draw",
      reply="W1",
      gold=[G("Hollin will be under 30% by mid July", "below30", "2025-06-03", "2025-07-20", 0.9,
              note("D=2025-06-03", "other event (a reservoir threshold); 'by mid July' = D..end of mid July "
                   "(days 11-20) = 2025-07-20 (dev decision 7)", "'will' 0.9"))]),
    P("W7", "drought_dan", "2025-06-03 09:18:44", "probably sooner", reply="W6",
      gold=[G("probably sooner", "below30", "2025-06-03", "2025-07-19", 0.7,
              note("D=2025-06-03", "relative 'sooner' against W6 (S=D, no room before it): D..E-1 = 2025-07-19",
                   "'probably' 0.7"), rel="W6", rk="sooner")]),
    P("W8", "reservoir_rosa", "2025-06-03 09:30:09", "under 20%? not this year", reply="W6",
      gold=[G("under 20%? not this year", "below20", "2025-06-03", "2025-12-31", 0.1,
              note("D=2025-06-03", "a different threshold, self-asked and answered (messy decision 12)",
                   "'this year' = D..2025-12-31", "'not' = negated plain assertion 0.1"))]),
    P("W9", "dunmere_echo", "2025-06-03 10:15:00",
      "Dunmere Water's ops director Bev Aldous says there will be no ban before August. Our view: nonsense, it'll be July.",
      reply="W1",
      gold=[G("there will be no ban before August", "ban", "2025-06-03", "2025-07-31", 0.1,
              note("D=2025-06-03", "reported speech: holder 'Bev Aldous' as written (no such user)",
                   "'before August' = D..2025-07-31", "'there will be no X before Y' = 0.1 (dev decision 10)"),
              holder="Bev Aldous"),
            G("it'll be July", "ban", "2025-07-01", "2025-07-31", 0.9,
              note("D=2025-06-03", "the author's own view in the same post: bare month July 2025", "'will' 0.9"))]),
    P("W10", "allotment_al", "2025-06-03 10:40:28", "they said that in 2022 and banned it in July", reply="W9",
      neg="past report"),
    P("W11", "garden_gita", "2025-06-03 11:02:55", "I hope they ban it, my neighbour hoses his drive every morning",
      reply="W1", neg="hope ('I hope')"),
    P("W12", "dunmere_echo", "2025-06-03 12:00:00", "The drought plan consultation closes on June 20.", reply="W1",
      neg="schedule (messy decision 15)"),
    P("W13", "drought_dan", "2025-06-04 07:30:41", "hosepipe ban within 3 weeks, 80%", reply="W1",
      gold=[G("hosepipe ban within 3 weeks, 80%", "ban", "2025-06-04", "2025-06-25", 0.8,
              note("D=2025-06-04", "'within 3 weeks' = D..D+21 days = 2025-06-25 (new decision 1)", "explicit number 0.8"))]),
    P("W14", "neighbour_nell", "2025-06-04 08:05:16", "we had one in 2018 that lasted till october", reply="W1",
      neg="past report"),
    P("W15", "lawn_larry", "2025-06-04 08:40:33", "ban this summer? maybe.", quotes="W1",
      gold=[G("ban this summer? maybe.", "ban", "2025-06-04", "2025-08-31", 0.4,
              note("D=2025-06-04", "quote answer, self-asked and answered; 'this summer' said in summer = D..2025-08-31",
                   "'maybe' 0.4"))]),
    P("W16", "reservoir_rosa", "2025-06-04 09:15:02", "update: reservoir under 30% in 2 weeks at this rate", reply="W6",
      gold=[G("reservoir under 30% in 2 weeks", "below30", "2025-06-16", "2025-06-22", 0.9,
              note("D=2025-06-04 (Wed)", "'in 2 weeks' = the ISO week containing D+14 = 2025-06-18: Mon 2025-06-16..Sun 2025-06-22",
                   "own window, relative_to null", "'at this rate' is filler (messy decision 5)", "bare 0.9"))]),
    P("W17", "drought_dan", "2025-06-04 10:02:47", "41% is the lowest early-June level since 1976", reply="W1",
      neg="present-state / past record"),
]))


# ---------------------------------------------------------------------------
# The set: ids, extra checks, writer
# ---------------------------------------------------------------------------

def day(s: str) -> date:
    return date.fromisoformat(s)


RELATIVE_KINDS = ("later", "sooner", "agree", "agree_hedged", "conf")


class MessyDevSet(tf.ForecastSet):
    """Ids: snowflakes of the post's second plus a few hashed milliseconds, and a running counter."""

    def __init__(self, users):
        self.counter = 0
        super().__init__(users)

    def snowflake(self, when, key):
        self.counter += 1
        ms = tf.unix_ms(when) + tf.small_int("messy-dev-ms" + key, 1000)
        low = (tf.small_int("messy-dev-worker" + key, 1024) << 12) | (self.counter % 4096)
        return tf.snowflake_id(ms, low)

    def check_post(self, thread, p, posts):
        t = thread.topic
        d = p.created_at.date()
        assert p.gold or p.neg, (t, p.key, "every post is either gold or a negative")
        assert "2025-01-01" <= p.when[:10] <= "2026-11-30", (t, p.key)
        for g in p.gold:
            assert f"D={d.isoformat()}" in g.note, (t, p.key, "note must give the post's own date")
            assert g.end is None or day(g.end) >= d, (t, p.key, "window already ended on D")
            if g.vague:
                assert g.start == d.isoformat() and g.end is None, (t, p.key)
            assert (g.rel is None) == (g.rk is None), (t, p.key)
            if g.rel:
                assert g.rk in RELATIVE_KINDS, (t, p.key, g.rk)
                target = next(x for x in posts[g.rel].gold if x.prop == g.prop)
                s, e = day(target.start), (day(target.end) if target.end else None)
                if g.rk == "later":
                    assert e is not None and (g.start, g.end) == ((e + timedelta(days=1)).isoformat(), None), (t, p.key)
                elif g.rk == "sooner":
                    end = s - timedelta(days=1) if s - timedelta(days=1) >= d else e - timedelta(days=1)
                    assert (g.start, g.end) == (d.isoformat(), end.isoformat()), (t, p.key)
                else:  # agreement, hedged agreement, confidence alone: S..E copied
                    assert (g.start, g.end) == (target.start, target.end), (t, p.key)
                    if g.rk == "agree":
                        assert g.conf == target.conf, (t, p.key, "agreement copies the confidence")
                    if g.rk == "agree_hedged":  # '+1, probably': the hedge's own value
                        hedge = {"probably": 0.7, "maybe": 0.4, "likely": 0.7}
                        assert [g.conf] == [v for k, v in hedge.items() if k in g.quote.split(", ")[-1]], (t, p.key)
        if p.neg:
            assert not p.gold


YEAR_OR_QUARTER = re.compile(r"\b(20\d\d|Q[1-4])\b")


def check_written(written: tf.Written) -> None:
    for r in written.gold:
        assert r["polarity"] == ("will" if r["confidence"] >= 0.5 else "will_not"), r
        event = r["event"].replace("RSA-2048", "RSA")  # a key size, not a year
        assert event and not event[0].islower() and not YEAR_OR_QUARTER.search(event), r
        assert not re.search(r"\b(it|they|this|that)\b", event, re.I), r  # self-contained, no pronoun
    assert written.threads >= 12 and len(written.gold) >= 160


def main() -> None:
    assert all(re.fullmatch(r"\w{1,15}", u.username) for u in USERS), "X usernames are at most 15 word chars"
    fs = MessyDevSet(USERS)
    written = fs.write(THREADS, OUT)
    check_written(written)
    print(written.summary())
    if "--table" in sys.argv:
        print("\n".join(written.per_file_table(THREADS)))


if __name__ == "__main__":
    main()
