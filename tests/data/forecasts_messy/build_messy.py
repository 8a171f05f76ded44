#!/usr/bin/env python3
"""Build threadscope's MESSY held-out forecast set (synthetic, hand-labelled).

HELD OUT: never tune the extractor on this set (see README.md next to this file).

Stdlib only and deterministic: every run writes the same bytes. Run it from the
repository root:

    python tests/data/forecasts_messy/build_messy.py

It holds every thread (users, posts, replies, quote posts) and its labels as Python
data, checks the labels, and writes next to itself:

    <topic>.twarc2.jsonl   X API v2 search pages as twarc2 writes them (15 posts a page, newest first)
    gold.jsonl             one gold forecast per line (the spec's record fields + file + note)
    negatives.jsonl        every post that is not a forecast (post_id, file, text, why)

The threads imitate messy debate threads: fan-outs of short answers to one question,
quote-tweet answers, reply chains 3-4 deep, two propositions in one thread, reported
speech, other languages, typos and emoji. Everything is invented: accounts, people,
companies, products, quotes, numbers. Windows were worked out by hand from the spec
(shared/spec/forecasts.md) against each post's own UTC date; each record's `note`
gives the working. The labels were written without reading or running the extractor.

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
    # open_models
    U("gradient_gwen", "Gwen Albrecht", "2019-03-02", "evals, procurement, too many spreadsheets"),
    U("lagmaps", "Tomasz Wren", "2017-11-20", "I track capability gaps between labs. Charts, not vibes."),
    U("maxvolkov", "Max Volkov", "2012-06-14", "CEO @ Strata Dynamics. Rockets, robots, opinions."),
    U("anneke_vos", "Anneke Vos", "2014-02-09", "CEO, Norda AI. Open weights from Rotterdam."),
    U("evalgoblin", "Priit Kask", "2020-08-30", "benchmarks are lies we agree on"),
    U("tokenburner", "Sam Oduya", "2018-05-05", "ML eng. shitposts are my own"),
    U("sovereign_ai_eu", "Lucie Marchand", "2021-01-17", "EU tech policy. Brussels."),
    U("ravi_reads", "Ravi Menon", "2016-09-12", "reading papers so you don't have to"),
    U("datawall_dee", "Dee Harlan", "2019-12-01", "data licensing @ a lab you've heard of"),
    U("opensource_ola", "Ola Nilsen", "2015-04-22", "open models, Nordic compute, coffee"),
    U("benchbench", "Hana Ibrahim", "2020-02-28", "evals researcher. opinions decay fast"),
    # robotaxi
    U("avstack_rae", "Rae Thornton", "2013-07-19", "AV industry analyst. Austin."),
    U("citybiker_joe", "Joe Alvarado", "2016-03-03", "bikes > cars. East Austin."),
    U("atx_local", "Brenda Kowalski", "2011-10-10", "ATX since '98. Tacos, traffic, complaints."),
    U("robo_skeptic", "Tom Reilly", "2018-01-25", "self-driving skeptic, recovering engineer"),
    U("ridehail_nina", "Nina Petrova", "2019-06-06", "driver for 3 apps. ask me anything"),
    U("sensorfuse_kai", "Kai Moreno", "2017-09-09", "lidar, radar, coffee"),
    U("autonews_wire", "AutoNews Wire", "2010-12-01", "Auto & mobility news."),
    U("wayline_dana", "Dana Whitcombe", "2012-04-04", "CEO @Wayline. Driverless, for everyone."),
    U("marisol_atx", "Marisol Fuentes", "2020-05-15", "Austin ✈️ CDMX. Tech & tacos."),
    U("de_fahrer", "Felix Richter", "2015-08-08", "Mobilität, Autos, Zukunft. München."),
    U("fleetops_omar", "Omar Haddad", "2016-11-11", "fleet ops. robots and spreadsheets."),
    U("atx_civic", "Priya Shah", "2014-02-14", "City hall watcher. Austin."),
    U("eastside_ed", "Ed Mitchell", "2019-04-01", "cyclist. coffee. rants."),
    U("dallas_dre", "Andre Coleman", "2018-07-07", "Dallas. sports & gadgets."),
    # coin_odds
    U("chartgoblin", "Mika Lehto", "2019-01-09", "lines on charts. NFA."),
    U("plsmaxi", "Kofi Mensah", "2020-10-10", "PLS maxi. $1000 or bust."),
    U("degen_dora", "Dora Szabo", "2021-03-21", "degen since the last cycle"),
    U("sats_stacker", "Leo Brandt", "2017-12-12", "stack, hold, touch grass"),
    U("bearmarket_bo", "Bo Lindgren", "2016-06-16", "professional pessimist"),
    U("crypto_desk", "Crypto Desk", "2013-05-05", "Crypto markets news."),
    U("lena_onchain", "Lena Vogt", "2020-09-01", "on-chain data. unlock calendars."),
    U("otc_oscar", "Oscar Duarte", "2018-02-02", "OTC desk. slow money."),
    U("pierre_blocs", "Pierre Lemaire", "2019-07-14", "Crypto, marchés, Lyon."),
    U("whale_wanda", "Wanda Price", "2017-03-30", "not a whale. just loud."),
    # transfer_saga
    U("transfer_tara", "Tara Quinn", "2014-08-01", "Transfers, contracts, rumours. Sourced where I can."),
    U("rovers_til_idie", "Gaz Whitfield", "2012-09-09", "Alder Rovers. Home and away."),
    U("harbour_hank", "Hank Doyle", "2015-01-15", "Harbour City. Blue and white forever."),
    U("brightwater_bea", "Bea Sutton", "2017-04-04", "Brightwater FC season ticket holder"),
    U("scout_sami", "Sami Aalto", "2016-10-01", "scouting reports & data"),
    U("footy_wire", "Footy Wire", "2011-11-11", "Football news, fast."),
    U("carla_mendes_rv", "Carla Mendes", "2018-03-08", "Sporting Director, Alder Rovers."),
    U("ultras_mo", "Mo Karim", "2019-05-19", "terraces, tifos, transfers"),
    U("es_futbol_leo", "Leo Castaño", "2016-12-24", "Fútbol inglés desde Sevilla."),
    # game_sequel
    U("pixel_pundit", "Jess Tran", "2013-03-13", "games writer. mostly RPGs."),
    U("tidewatcher_j", "Jamie Okoro", "2018-08-18", "Hollow Tide lore nerd"),
    U("nerfthis_noor", "Noor Aziz", "2019-02-19", "speedruns & coffee"),
    U("gg_greg", "Greg Palmer", "2015-05-25", "dad gamer. 2 hrs a week if lucky"),
    U("leakwatch", "Leak Watch", "2020-04-20", "rumours, clearly labelled"),
    U("couchcoop_cam", "Cam Ruiz", "2017-07-17", "co-op or nothing"),
    U("indie_iris", "Iris Novak", "2016-01-06", "indie dev. pixels."),
    U("brackwater_fan", "Theo Marsh", "2014-10-31", "Brackwater Games fan account (unofficial)"),
    U("casual_kez", "Kez Adeyemi", "2021-06-01", "i play games badly"),
    U("saltyspeedrun", "Ari Ben-David", "2018-11-30", "WR chaser"),
    U("loremaster_lu", "Lu Chen", "2019-09-19", "lore videos. long ones."),
    U("patchnotes_pat", "Pat Gorman", "2016-02-29", "I read the patch notes"),
    # ar_glasses
    U("gadgetgrace", "Grace Holm", "2012-12-12", "gadget reviews. honest ones."),
    U("xr_xavier", "Xavier Dunn", "2016-06-30", "XR dev. headsets on my face 10h/day"),
    U("optics_olga", "Olga Ivanova", "2015-03-17", "waveguides. yes, really."),
    U("earlyadopt_eli", "Eli Brooks", "2017-02-02", "I buy gen 1 of everything"),
    U("supplychain_sue", "Sue Tanaka", "2014-09-04", "hardware supply chain analyst"),
    U("techbro_tyler", "Tyler Webb", "2020-12-20", "building in public"),
    U("vr_vivian", "Vivian Cole", "2018-10-10", "VR fitness, VR everything"),
    U("hwreviewer_hal", "Hal Pryce", "2013-01-21", "hardware reviews since 2009"),
    U("meh_marco", "Marco Bellini", "2019-08-08", "unimpressed by default"),
    U("specs_sophie", "Sophie Laurent", "2016-04-12", "smart glasses tracker"),
    U("investor_ivan", "Ivan Petrov", "2015-11-05", "consumer hardware investor"),
    # bridge_reopen
    U("marlow_mara", "Mara Lindholm", "2013-04-18", "local news junkie. ferry commuter."),
    U("commuter_cal", "Cal Hughes", "2016-08-22", "stuck in traffic, tweeting"),
    U("harbourside_hel", "Helen Brody", "2012-05-30", "harbourside. dog. opinions."),
    U("civil_eng_raj", "Raj Patel", "2015-10-02", "civil engineer. bridges are my thing."),
    U("bay_biker", "Finn O'Shea", "2018-06-15", "two wheels, all weather"),
    U("ferry_fran", "Fran Okafor", "2017-01-30", "ferry captain's daughter"),
    U("local_larry", "Larry Simms", "2011-09-09", "lived here 40 yrs"),
    U("mumofthree_meg", "Meg Carr", "2019-03-25", "school run survivor"),
    U("councilwatch_cy", "Cy Brennan", "2014-12-03", "I read the council minutes"),
    U("taxi_tariq", "Tariq Aziz", "2016-07-27", "cabbie. 20 yrs."),
    U("bay_news", "The Tideline", "2010-10-10", "Local news for the bay towns."),
    # humanoid_home
    U("robo_ruth", "Ruth Adler", "2014-06-06", "robotics writer"),
    U("actuator_al", "Al Kovacs", "2016-09-30", "actuators & hands. ex-industrial robotics."),
    U("servo_fanboy", "Dylan Price", "2021-02-02", "Servo Dynamics to the moon 🚀"),
    U("home_tech_hal", "Harold Finch", "2013-08-13", "smart home tinkerer"),
    U("factoryfloor_fi", "Fiona Grant", "2017-05-21", "manufacturing engineer"),
    U("vanceholloway", "Vance Holloway", "2011-01-01", "CEO, Servo Dynamics. Robots for every home."),
    U("robonews_daily", "RoboNews Daily", "2015-02-15", "Robotics news every day."),
    U("skeptic_sol", "Sol Mendez", "2018-12-18", "I've seen this demo before"),
    U("fr_robots_aline", "Aline Moreau", "2017-10-04", "Robotique & IA. Paris."),
    U("laundry_lin", "Lin Ortiz", "2020-03-03", "will pay anyone to fold my laundry"),
    # fusion_grid
    U("plasma_priya", "Priya Ramaswamy", "2013-03-31", "plasma physicist. fusion realist."),
    U("tokamak_ted", "Ted Lowry", "2016-01-19", "fusion optimist, former tokamak operator"),
    U("energy_wire", "Energy Wire", "2012-02-12", "Energy news."),
    U("heliant_rex", "Rex Calloway", "2014-04-14", "Founder, Heliant Energy."),
    U("grid_gal", "Gail Summers", "2015-06-21", "grid operator. keeps the lights on."),
    U("physics_pete", "Pete Novotny", "2019-09-01", "physics teacher. fusion curious."),
    U("de_energie_jan", "Jan Becker", "2016-11-20", "Energiewende-Nerd. Hamburg."),
    U("cleantech_cass", "Cass Wilde", "2018-04-04", "climate tech VC"),
    U("magnet_mo", "Moses Adu", "2017-08-28", "superconducting magnets"),
    # disco_es
    U("farosfan_lucia", "Lucía Navarro", "2015-05-05", "Fan de Los Faros desde 2012 🎸"),
    U("indie_mateo", "Mateo Ruiz", "2017-09-17", "Indie, vinilos y conciertos."),
    U("rock_carmen", "Carmen Vidal", "2014-03-14", "Rock en español. Valencia."),
    U("pablo_vinilos", "Pablo Herrera", "2016-10-10", "Coleccionista de vinilos."),
    U("sonia_eventos", "Sonia Prieto", "2018-06-18", "Producción de eventos. Madrid."),
    U("musica_hoy", "Música Hoy", "2011-04-01", "Noticias de música."),
    U("dani_ortega_lf", "Dani Ortega", "2013-12-12", "Voz de Los Faros."),
    U("javi_bajista", "Javier Soto", "2019-01-31", "Bajista aficionado."),
    U("marta_melomana", "Marta Gil", "2020-07-07", "Melómana. Bilbao."),
    # ceo_exit
    U("boardroom_bev", "Bev Carlisle", "2012-10-21", "governance nerd. boards, proxies, drama."),
    U("quill_insider", "Q. Insider", "2022-01-01", "not officially affiliated with anything"),
    U("vc_vikram", "Vikram Rao", "2014-07-04", "seed investor. ex-operator."),
    U("techbiz_wire", "TechBiz Wire", "2010-09-09", "Tech business news."),
    U("jonas_berg", "Jonas Berg", "2015-02-27", "COO @Quillpoint. Builder."),
    U("mgmt_maven", "Rita Osei", "2016-05-12", "management consultant (recovering)"),
    U("fr_tech_luc", "Luc Fabre", "2017-03-09", "Tech & business. Lyon."),
    U("anon_quillie", "Anonymous Quillie", "2023-02-02", "works somewhere. says things."),
    U("hr_hannah", "Hannah Lowe", "2018-08-08", "people ops. mostly tired."),
    # viertagewoche
    U("betriebsrat_ute", "Ute Krämer", "2014-09-29", "Betriebsrätin. Schichtarbeit ist kein Hobby."),
    U("schicht_sven", "Sven Albers", "2017-02-17", "Frühschicht, Spätschicht, Nachtschicht."),
    U("hr_henrike", "Henrike Lutz", "2016-04-30", "Personalerin, privat hier."),
    U("wirtschaft_news", "Wirtschaft Aktuell", "2011-03-03", "Wirtschaftsnachrichten."),
    U("igmetall_tom", "Tom Seidel", "2013-06-01", "Gewerkschafter. Metall."),
    U("azubi_lea", "Lea Hoffmann", "2022-08-01", "Azubi Mechatronik 🔧"),
    U("ing_mehmet", "Mehmet Yilmaz", "2015-12-15", "Ingenieur. Kranbau."),
    U("hr_blog_nadine", "Nadine Wolf", "2018-10-01", "New Work, Arbeitszeit, HR-Blog."),
    U("it_ingo", "Ingo Brandl", "2019-05-05", "IT bei einem Maschinenbauer."),
    # esports_masters
    U("casterkim", "Kim Aro", "2014-11-11", "caster. Vanguard esports."),
    U("solace_stan", "Riley Huang", "2019-04-04", "Team Solace forever 💜"),
    U("ironclad_irl", "Noah Fischer", "2018-02-18", "Ironclad fan. they never lose finals (they do)"),
    U("meta_mina", "Mina Sato", "2017-07-07", "drafts & meta analysis"),
    U("draftgap", "Ollie Grant", "2020-01-20", "draft analyst. numbers."),
    U("esports_wire", "Esports Wire", "2012-12-21", "Esports news."),
    U("coach_yuna", "Yuna Park", "2016-03-30", "Head coach, Team Solace."),
    U("br_gamer_caio", "Caio Almeida", "2019-10-12", "Vanguard BR 🇧🇷"),
    U("br_gamer_bia", "Bia Santos", "2020-11-02", "esports, memes, café"),
    U("bracket_bri", "Bri Kowal", "2021-05-05", "pick'em addict"),
    U("vortex_v", "Val Dimitrov", "2018-09-25", "Vortex believer 🌪️"),
    # drone_delivery
    U("leeds_lou", "Louise Barker", "2013-01-13", "Leeds. food. complaining."),
    U("drone_dev_dan", "Dan Whitaker", "2016-06-26", "drone software engineer"),
    U("ukaviation_aish", "Aisha Rahman", "2015-09-15", "UK aviation regulation, explained"),
    U("skylark_ops", "Morgan Hale", "2017-03-03", "Ops lead, Skylark Drones."),
    U("takeaway_tim", "Tim Walsh", "2019-12-19", "curry enjoyer"),
    U("planespot_pam", "Pam Hewitt", "2012-08-20", "planes, drones, anything that flies"),
    U("logistics_lars", "Lars Okonkwo", "2014-05-30", "last-mile logistics. long threads."),
    U("headingley_hugh", "Hugh Daniels", "2018-03-18", "cricket & burritos"),
    U("ninth_floor_nat", "Nat Gibbs", "2020-10-20", "lives too high up"),
]

THREADS: list[Thread] = []


def note(*parts: str) -> str:
    return "; ".join(parts)


# ---------------------------------------------------------------------------
# 1. open_models: the seed-like exchange (one proposition)
# ---------------------------------------------------------------------------
THREADS.append(Thread("open_models", {
    "lodestar3": "European open-weight models reach Lodestar-3 level",
}, [
    P("A1", "gradient_gwen", "2025-08-14 09:02:11",
      "When will European open-weight models reach Lodestar-3 level? Asking for a procurement team that "
      "really doesn't want to send its data across the Atlantic 😅",
      neg="question; defines the event (no forecast)"),
    P("A2", "lagmaps", "2025-08-14 09:40:05",
      "Lodestar-3 came out in July. The gap is ~6 months, so Lodestar-3 level from European labs around "
      "Jan-Feb 2026.", reply="A1",
      gold=[G("Lodestar-3 level from European labs around Jan-Feb 2026", "lodestar3", "2026-01-01", "2026-02-28",
              0.9, note("D=2025-08-14", "'Jan-Feb 2026' = X to Y row: 2026-01-01..2026-02-28",
                        "the ~6-month gap is a lag, not a date; 'around' is not a hedge (spec's worked example)",
                        "bare assertion 0.9", "'came out in July' is past"))]),
    P("A3", "maxvolkov", "2025-08-14 10:15:40", "Probably Q1", reply="A2",
      gold=[G("Probably Q1", "lodestar3", "2026-01-01", "2026-03-31", 0.7,
              note("D=2025-08-14", "event from the question via A2", "bare 'Q1': first Q1 not ended on D = Q1 2026",
                   "own window, so relative_to null", "'probably' 0.7"))]),
    P("A4", "anneke_vos", "2025-08-14 10:31:02", "It won't take that long", reply="A3",
      gold=[G("It won't take that long", "lodestar3", "2025-08-14", "2025-12-31", 0.9,
              note("D=2025-08-14", "relative 'won't take that long' against A3 (S=2026-01-01): D..S-1",
                   "unhedged relative 0.9"), rel="A3", rk="sooner")]),
    P("A5", "anneke_vos", "2025-08-14 10:33:30", "benchmarks are easy, real-world use is harder", reply="A4",
      neg="present-state remark by the same CEO; no event, no window"),
    P("A6", "evalgoblin", "2025-08-14 10:50:12",
      "'the gap is ~6 months' is doing a lot of work here. It was 9 months on Lodestar-2.", reply="A2",
      neg="lag discussed, not a date; past ('was 9 months')"),
    P("A7", "tokenburner", "2025-08-14 11:05:44",
      "remember when everyone said Europe would catch up by 2024 lol", reply="A1",
      neg="quoted forecast whose window (by 2024) ended before D"),
    P("A8", "sovereign_ai_eu", "2025-08-14 11:20:09", "+1 🇪🇺", reply="A4", lang="und",
      gold=[G("+1", "lodestar3", "2025-08-14", "2025-12-31", 0.9,
              note("D=2025-08-14", "agreement '+1' with A4: copies S..E 2025-08-14..2025-12-31 and 0.9"),
              rel="A4", rk="agree")]),
    P("A9", "evalgoblin", "2025-08-14 11:42:00",
      "if they get the chips, this year. They won't get the chips.", reply="A1",
      neg="conditional ('if they get the chips, this year'); 'won't get the chips' has no time words"),
    P("A10", "tokenburner", "2025-08-14 12:01:30", "Max always says Q1 😂", reply="A3",
      neg="words discussed ('always says Q1'), not a forecast"),
    P("A11", "ravi_reads", "2025-08-14 12:30:00", "I hope by Christmas, our API bill is insane", reply="A1",
      neg="hope ('I hope by Christmas')"),
    P("A12", "ravi_reads", "2025-08-14 12:45:10",
      "Best short explanation of the lab gap I've read. Saving.", quotes="A2",
      neg="comment on a post; no forecast"),
    P("A13", "datawall_dee", "2025-08-14 13:10:00",
      "Later than that. Data is the bottleneck, not compute.", reply="A2",
      gold=[G("Later than that.", "lodestar3", "2026-03-01", None, 0.9,
              note("D=2025-08-14", "relative 'later' against A2 (E=2026-02-28): E+1..open", "unhedged 0.9"),
              rel="A2", rk="later")]),
    P("A14", "opensource_ola", "2025-08-14 13:25:00", "agreed, the Nordic data deals take forever", reply="A13",
      gold=[G("agreed", "lodestar3", "2026-03-01", None, 0.9,
              note("D=2025-08-14", "agreement with A13: copies 2026-03-01..open and 0.9"), rel="A13", rk="agree")]),
    P("A15", "benchbench", "2025-08-14 14:02:45", "H1 2026, very likely", reply="A1",
      gold=[G("H1 2026, very likely", "lodestar3", "2026-01-01", "2026-06-30", 0.85,
              note("D=2025-08-14", "'H1 2026' = 2026-01-01..2026-06-30", "'very likely' 0.85"))]),
    P("A16", "evalgoblin", "2025-08-14 14:20:13", "doubt it", reply="A15",
      gold=[G("doubt it", "lodestar3", "2026-01-01", "2026-06-30", 0.25,
              note("D=2025-08-14", "confidence alone ('doubt it' = I doubt, 0.25) on A15's event and window "
                   "2026-01-01..2026-06-30"), rel="A15", rk="conf")]),
]))

# ---------------------------------------------------------------------------
# 2. robotaxi: Austin vs ten US cities (two propositions), a two-event post
# ---------------------------------------------------------------------------
THREADS.append(Thread("robotaxi", {
    "austin": "Wayline launches a fully driverless robotaxi service in Austin",
    "ten-cities": "Wayline runs a driverless robotaxi service in ten US cities",
}, [
    P("R1", "avstack_rae", "2026-02-10 15:00:00",
      "Wayline just opened its Austin waitlist. When do they actually pull the safety drivers and go fully "
      "driverless in Austin? And how long until they're in ten US cities?",
      neg="report plus questions; define the two events"),
    P("R2", "citybiker_joe", "2026-02-10 15:12:20",
      "Austin driverless by summer. Ten cities is a 2028 thing.", reply="R1",
      gold=[G("Austin driverless by summer", "austin", "2026-02-10", "2026-08-31", 0.9,
              note("D=2026-02-10", "'by summer': summer = first not ended on D = Jun-Aug 2026; by X = D..2026-08-31",
                   "bare assertion 0.9")),
            G("Ten cities is a 2028 thing.", "ten-cities", "2028-01-01", "2028-12-31", 0.9,
              note("D=2026-02-10", "'a 2028 thing' = in 2028, present tense as future (bare assertion) 0.9"))]),
    P("R3", "atx_local", "2026-02-10 15:30:41",
      "later than that for austin. the summer storms thing isn't solved", reply="R2",
      gold=[G("later than that for austin", "austin", "2026-09-01", None, 0.9,
              note("D=2026-02-10", "relative 'later' against R2's Austin forecast (E=2026-08-31): E+1..open",
                   "R2 holds two forecasts; this one names Austin", "unhedged 0.9"), rel="R2", rk="later")]),
    P("R4", "robo_skeptic", "2026-02-10 15:41:03", "agreed", reply="R3",
      gold=[G("agreed", "austin", "2026-09-01", None, 0.9,
              note("D=2026-02-10", "agreement with R3: copies 2026-09-01..open, 0.9"), rel="R3", rk="agree")]),
    P("R5", "ridehail_nina", "2026-02-10 16:02:18", "2027.", reply="R4", lang="und",
      gold=[G("2027.", "austin", "2027-01-01", "2027-12-31", 0.9,
              note("D=2026-02-10", "own explicit window '2027' = whole year, so relative_to null (like 'No, 2028.')",
                   "event (Austin) from the chain R4 <- R3", "bare 0.9"))]),
    P("R6", "sensorfuse_kai", "2026-02-10 16:20:55",
      "Their Phoenix pilot went driverless in July and the sky didn't fall. Austin is just paperwork now.",
      reply="R1", neg="past ('went driverless in July'); present-state claim"),
    P("R7", "autonews_wire", "2026-02-10 17:05:00",
      "Wayline CEO Dana Whitcombe told investors last week the company will be driverless in ten US cities "
      "by the end of 2027.", reply="R1",
      gold=[G("the company will be driverless in ten US cities by the end of 2027", "ten-cities", "2026-02-10",
              "2027-12-31", 0.9,
              note("D=2026-02-10", "reported speech: holder Dana Whitcombe = @wayline_dana (full display name)",
                   "'by the end of 2027' = D..2027-12-31", "'will' 0.9"), holder="wayline_dana")]),
    P("R8", "wayline_dana", "2026-02-10 17:30:12",
      "Appreciate the write-up. Austin riders: check your inbox 👀", reply="R7",
      neg="thanks and a teaser; no window, no forecast"),
    P("R9", "avstack_rae", "2026-02-10 17:44:09",
      "she said Austin would be driverless in 2025 too lol", reply="R7",
      neg="reported forecast whose window (2025) ended before D"),
    P("R10", "marisol_atx", "2026-02-10 18:01:33", "En Austin sin conductor antes del verano, seguro.",
      reply="R1", lang="es",
      gold=[G("En Austin sin conductor antes del verano, seguro.", "austin", "2026-02-10", "2026-05-31", 0.95,
              note("D=2026-02-10", "'antes del verano' = before summer (Jun-Aug 2026): D..2026-05-31",
                   "'seguro' = for sure 0.95"))]),
    P("R11", "de_fahrer", "2026-02-10 18:15:47", "Zehn Städte bis Ende 2027? Wahrscheinlich nicht.",
      reply="R7", lang="de",
      gold=[G("Wahrscheinlich nicht.", "ten-cities", "2026-02-10", "2027-12-31", 0.25,
              note("D=2026-02-10", "confidence alone 'wahrscheinlich nicht' (probably not, 0.25) on R7's reported "
                   "forecast, window copied 2026-02-10..2027-12-31", "the echo question is not a record"),
              rel="R7", rk="conf")]),
    P("R12", "fleetops_omar", "2026-02-11 08:00:30", "Austin: Q3. Ten cities: not before 2029.", quotes="R1",
      gold=[G("Austin: Q3", "austin", "2026-07-01", "2026-09-30", 0.9,
              note("D=2026-02-11", "quote-tweet answer", "bare 'Q3': first Q3 not ended = Q3 2026", "bare 0.9")),
            G("Ten cities: not before 2029", "ten-cities", "2029-01-01", None, 0.9,
              note("D=2026-02-11", "'not before 2029' = start of 2029 .. open", "bare 0.9"))]),
    P("R13", "citybiker_joe", "2026-02-11 08:20:02", "this", reply="R12",
      gold=[G("this", "austin", "2026-07-01", "2026-09-30", 0.9,
              note("D=2026-02-11", "agreement 'this' with R12, which holds two forecasts and names none: the first "
                   "in its text (Austin Q3) is taken; copies 2026-07-01..2026-09-30, 0.9"), rel="R12", rk="agree")]),
    P("R14", "eastside_ed", "2026-02-11 08:35:12",
      "i never called an uber once in 6 yrs in austin. bikes ftw 🚲", reply="R1",
      neg="idiom/past ('never called an uber'); no forecast"),
    P("R15", "atx_civic", "2026-02-11 09:10:00",
      "Council's mobility committee takes up the Wayline permit next week. Public comment is open till Friday.",
      reply="R1", neg="schedule (committee meeting next week), not a forecast of the launch"),
    P("R16", "robo_skeptic", "2026-02-11 09:30:44", "if the federal probe closes, Austin by June", reply="R2",
      neg="conditional ('if the federal probe closes, ... by June')"),
    P("R17", "dallas_dre", "2026-02-11 10:02:10", "I hope they're in Dallas by summer, I'd use it daily",
      reply="R1", neg="hope ('I hope ... by summer')"),
    P("R18", "robo_skeptic", "2026-02-11 10:15:37", "Ten cities by 2027? Sure, and I'm getting a pony /s",
      reply="R7", neg="sarcasm marked /s"),
    P("R19", "atx_local", "2026-02-11 10:40:00", "+1 🤠", reply="R10", lang="und",
      gold=[G("+1", "austin", "2026-02-10", "2026-05-31", 0.95,
              note("D=2026-02-11", "agreement with R10: copies its S..E 2026-02-10..2026-05-31 (no clipping, dev "
                   "decision 12) and 0.95"), rel="R10", rk="agree")]),
    P("R20", "sensorfuse_kai", "2026-02-11 11:05:21", "Q3 is too optimistic for Austin", reply="R12",
      gold=[G("Q3 is too optimistic for Austin", "austin", "2026-10-01", None, 0.9,
              note("D=2026-02-11", "'too optimistic' row (later) against R12's Austin forecast (E=2026-09-30): "
                   "E+1..open", "0.9"), rel="R12", rk="later")]),
    P("R21", "sensorfuse_kai", "2026-02-11 11:06:40",
      "They have ~40 cars in Austin today, all with someone in the driver's seat.", reply="R20",
      neg="present-state claim"),
    P("R22", "atx_local", "2026-02-11 12:00:05", "2027 or 2028?", reply="R5", lang="und",
      neg="question with dates"),
]))

# ---------------------------------------------------------------------------
# 3. coin_odds: "Odds on X before 2027?" with other thresholds
# ---------------------------------------------------------------------------
THREADS.append(Thread("coin_odds", {
    "above-500": "PLS trades above $500",
    "below-100": "PLS falls below $100",
    "above-300": "PLS trades above $300",
    "at-1000": "PLS reaches $1,000",
}, [
    P("C1", "chartgoblin", "2026-05-20 13:00:00", "PLS at $212. Odds on PLS above $500 before 2027?",
      neg="present-state price plus a question; defines the event"),
    P("C2", "plsmaxi", "2026-05-20 13:04:10", "70%, it's going to $500 this year", reply="C1",
      gold=[G("70%, it's going to $500 this year", "above-500", "2026-05-20", "2026-12-31", 0.7,
              note("D=2026-05-20", "'this year' = D..2026-12-31", "explicit 70% beats 'going to'"))]),
    P("C3", "degen_dora", "2026-05-20 13:05:52", "20%", reply="C1", lang="und",
      gold=[G("20%", "above-500", "2026-05-20", "2026-12-31", 0.2,
              note("D=2026-05-20", "number alone answering the odds question: event and window from the question "
                   "('before 2027' = D..2026-12-31 on the answer's D)", "question holds no forecast, so "
                   "relative_to null", "0.2"))]),
    P("C4", "sats_stacker", "2026-05-20 13:07:30", "coin flip", reply="C1",
      gold=[G("coin flip", "above-500", "2026-05-20", "2026-12-31", 0.5,
              note("D=2026-05-20", "answer to the odds question: 'before 2027' = D..2026-12-31",
                   "'coin flip' 0.5 (dev decision 10); polarity will"))]),
    P("C5", "bearmarket_bo", "2026-05-20 13:15:02", "lol. 70% it's under $100 by september", reply="C1",
      gold=[G("70% it's under $100 by september", "below-100", "2026-05-20", "2026-09-30", 0.7,
              note("D=2026-05-20", "other threshold/outcome = other proposition",
                   "'by september': first September not ended = 2026; D..2026-09-30", "explicit 70%"))]),
    P("C6", "plsmaxi", "2026-05-20 13:18:40", "no chance", reply="C5",
      gold=[G("no chance", "below-100", "2026-05-20", "2026-09-30", 0.05,
              note("D=2026-05-20", "confidence alone on C5's event and window 2026-05-20..2026-09-30",
                   "'no chance' 0.05"), rel="C5", rk="conf")]),
    P("C7", "lena_onchain", "2026-05-20 13:30:19", "agreed, the unlock in July is brutal", reply="C5",
      gold=[G("agreed", "below-100", "2026-05-20", "2026-09-30", 0.7,
              note("D=2026-05-20", "agreement with C5: copies 2026-05-20..2026-09-30 and 0.7",
                   "'the unlock in July' is a schedule, not a forecast"), rel="C5", rk="agree")]),
    P("C8", "otc_oscar", "2026-05-20 14:02:55", "Later than that. Unlock selling takes months to hit the tape",
      reply="C7",
      gold=[G("Later than that.", "below-100", "2026-10-01", None, 0.9,
              note("D=2026-05-20", "relative 'later' against C7 (E=2026-09-30): E+1..open", "0.9"),
              rel="C7", rk="later")]),
    P("C9", "pierre_blocs", "2026-05-20 14:20:31", "Peu probable avant 2027.", reply="C1", lang="fr",
      gold=[G("Peu probable avant 2027.", "above-500", "2026-05-20", "2026-12-31", 0.25,
              note("D=2026-05-20", "event from the question", "'avant 2027' = before 2027 = D..2026-12-31",
                   "'peu probable' = unlikely 0.25"))]),
    P("C10", "crypto_desk", "2026-05-20 15:00:00",
      "Halvard Capital's Rui Santos says PLS will hit $500 by the end of the year.", reply="C1",
      gold=[G("PLS will hit $500 by the end of the year", "above-500", "2026-05-20", "2026-12-31", 0.9,
              note("D=2026-05-20", "reported speech; holder as written (no user named Rui or Santos)",
                   "'by the end of the year' = D..2026-12-31", "'will' 0.9"), holder="Rui Santos")]),
    P("C11", "sats_stacker", "2026-05-20 15:12:44", "Santos said $300 by March too. It's May.", reply="C10",
      neg="reported forecast whose window (by March 2026) ended before D; present-state"),
    P("C12", "whale_wanda", "2026-05-21 09:30:00", "5% lol. Above $300 before 2027, maybe.", quotes="C1",
      gold=[G("5%", "above-500", "2026-05-21", "2026-12-31", 0.05,
              note("D=2026-05-21", "quote-tweet answer to the odds question: window 'before 2027' on the answer's "
                   "own D = 2026-05-21..2026-12-31", "5%; 'lol' does not change it")),
            G("Above $300 before 2027, maybe.", "above-300", "2026-05-21", "2026-12-31", 0.4,
              note("D=2026-05-21", "lower threshold = other proposition", "'before 2027' = D..2026-12-31",
                   "'maybe' 0.4"))]),
    P("C13", "chartgoblin", "2026-05-21 09:45:10", "source: vibes", reply="C3",
      neg="joke; no forecast"),
    P("C14", "bearmarket_bo", "2026-05-21 10:00:00",
      "I've been in crypto since 2017 and never seen a chart this ugly", reply="C1",
      neg="past/idiom ('never seen')"),
    P("C15", "lena_onchain", "2026-05-21 10:20:33", "if the ETF lands, $500 by Q4. big if", reply="C1",
      neg="conditional"),
    P("C16", "plsmaxi", "2026-05-21 10:45:00", "PLS $1000 by 2030, screenshot this", reply="C1",
      gold=[G("PLS $1000 by 2030", "at-1000", "2026-05-21", "2030-12-31", 0.9,
              note("D=2026-05-21", "another threshold = other proposition", "'by 2030' = D..2030-12-31",
                   "bare 0.9; 'screenshot this' is not a hedge"))]),
    P("C17", "otc_oscar", "2026-05-21 11:02:12", "screenshotted. see you in 2030 🫡", reply="C16",
      neg="joke/plan ('see you in 2030'); no forecast"),
    P("C18", "sats_stacker", "2026-05-21 11:30:00", "Sure, $500 by July /s", reply="C2",
      neg="sarcasm marked /s"),
    P("C19", "degen_dora", "2026-05-21 12:15:41", "5 years ago this was a $3 coin", reply="C1",
      neg="past ('5 years ago')"),
    P("C20", "degen_dora", "2026-05-21 12:40:00", "no chance? it did 4x in 2025 lol", reply="C6",
      neg="question plus past"),
]))

# ---------------------------------------------------------------------------
# 4. transfer_saga: which club, and when (three outcomes)
# ---------------------------------------------------------------------------
THREADS.append(Thread("transfer_saga", {
    "rovers": "Nico Varga joins Alder Rovers",
    "harbour": "Nico Varga joins Harbour City",
    "walks-free": "Nico Varga leaves Brightwater on a free transfer",
}, [
    P("T1", "transfer_tara", "2025-12-02 18:00:00",
      "Nico Varga has turned down a new deal at Brightwater. Rovers or Harbour City, and when? 👀",
      neg="past report plus a question; defines the events"),
    P("T2", "rovers_til_idie", "2025-12-02 18:03:12", "Rovers in January, you heard it here first",
      reply="T1",
      gold=[G("Rovers in January", "rovers", "2026-01-01", "2026-01-31", 0.9,
              note("D=2025-12-02", "bare 'January': first not ended = January 2026", "bare 0.9"))]),
    P("T3", "harbour_hank", "2025-12-02 18:10:45", "Harbour City in the summer. Rovers can't afford him",
      reply="T2",
      gold=[G("Harbour City in the summer", "harbour", "2026-06-01", "2026-08-31", 0.9,
              note("D=2025-12-02", "other outcome = other proposition", "'the summer': first not ended = "
                   "Jun-Aug 2026", "own window, relative_to null", "bare 0.9"))]),
    P("T4", "brightwater_bea", "2025-12-02 18:22:30", "agreed 💯", reply="T3",
      gold=[G("agreed", "harbour", "2026-06-01", "2026-08-31", 0.9,
              note("D=2025-12-02", "agreement with T3: copies 2026-06-01..2026-08-31, 0.9"),
              rel="T3", rk="agree")]),
    P("T5", "scout_sami", "2025-12-02 18:40:05",
      "Neither. He runs his contract down and walks in summer 2027.", reply="T1",
      gold=[G("walks in summer 2027", "walks-free", "2027-06-01", "2027-08-31", 0.9,
              note("D=2025-12-02", "third outcome = other proposition", "'summer 2027' = 2027-06-01..2027-08-31",
                   "bare 0.9"))]),
    P("T6", "ultras_mo", "2025-12-03 13:30:19", "+1", reply="T5", lang="und",
      gold=[G("+1", "walks-free", "2027-06-01", "2027-08-31", 0.9,
              note("D=2025-12-03", "agreement with T5: copies 2027-06-01..2027-08-31, 0.9"), rel="T5", rk="agree")]),
    P("T7", "footy_wire", "2025-12-03 09:00:00",
      "Rovers sporting director @carla_mendes_rv says a deal for Varga should be done by mid-January.",
      reply="T1",
      gold=[G("a deal for Varga should be done by mid-January", "rovers", "2025-12-03", "2026-01-20", 0.7,
              note("D=2025-12-03", "reported speech: holder @carla_mendes_rv (mention)",
                   "'by mid-January' = D..end of mid January 2026 (days 11-20) = 2026-01-20 (dev decision 7)",
                   "'should' 0.7"), holder="carla_mendes_rv")]),
    P("T8", "harbour_hank", "2025-12-03 09:15:33",
      "She said the same about Okonkwo last January. He's at Harbour now 😂", reply="T7",
      neg="past (a claim made last January) and present-state"),
    P("T9", "es_futbol_leo", "2025-12-03 09:40:11", "Probablemente en enero, sí.", reply="T7", lang="es",
      gold=[G("Probablemente en enero", "rovers", "2026-01-01", "2026-01-31", 0.7,
              note("D=2025-12-03", "event from T7", "'en enero': first January not ended = 2026",
                   "own window, relative_to null", "'probablemente' 0.7"))]),
    P("T10", "transfer_tara", "2025-12-03 10:02:40",
      "My understanding is the medical has been pencilled in for next week. Nothing signed.", reply="T1",
      neg="schedule (medical pencilled in) and present state, not a forecast of the transfer"),
    P("T11", "brightwater_bea", "2025-12-03 10:30:00",
      "never met him irl but his agent is a nightmare apparently", reply="T1",
      neg="idiom ('never met him irl'); present-state"),
    P("T12", "ultras_mo", "2025-12-03 10:44:21", "if Rovers sell Danso first, Varga in January", reply="T1",
      neg="conditional"),
    P("T13", "rovers_til_idie", "2025-12-03 11:00:09", "please be Rovers in January 🙏🙏", reply="T1",
      neg="wish"),
    P("T14", "scout_sami", "2025-12-03 09:50:00", "Not that soon. Brightwater want 40m.", quotes="T7",
      gold=[G("Not that soon.", "rovers", "2026-01-21", None, 0.9,
              note("D=2025-12-03", "quote post; relative 'not that soon' against T7 (E=2026-01-20): E+1..open",
                   "0.9"), rel="T7", rk="later")]),
    P("T15", "harbour_hank", "2025-12-03 11:35:50", "Harbour in the summer, told you", reply="T14",
      gold=[G("Harbour in the summer", "harbour", "2026-06-01", "2026-08-31", 0.9,
              note("D=2025-12-03", "own window 'the summer' = Jun-Aug 2026", "names its own outcome (Harbour)",
                   "bare 0.9"))]),
    P("T16", "es_futbol_leo", "2025-12-03 12:00:00", "¿En verano o en enero?", reply="T3", lang="es",
      neg="question with times"),
    P("T17", "brightwater_bea", "2025-12-03 12:30:18",
      "Varga scored twice on Saturday. Whoever gets him is lucky.", reply="T1",
      neg="past and present-state"),
    P("T18", "ultras_mo", "2025-12-03 13:02:27", "maybe", reply="T15",
      gold=[G("maybe", "harbour", "2026-06-01", "2026-08-31", 0.4,
              note("D=2025-12-03", "confidence alone on T15's event and window 2026-06-01..2026-08-31",
                   "'maybe' 0.4"), rel="T15", rk="conf")]),
]))

# ---------------------------------------------------------------------------
# 5. game_sequel: fan-out to "When will X?"
# ---------------------------------------------------------------------------
_d5 = "D=2025-10-07"
THREADS.append(Thread("game_sequel", {
    "ht2": "Brackwater Games releases Hollow Tide 2",
    "dlc": "Brackwater Games ships the Deepwater DLC for Hollow Tide",
}, [
    P("G1", "pixel_pundit", "2025-10-07 16:00:00",
      "When will Hollow Tide 2 actually come out? Drop your guess 👇", neg="question; defines the event"),
    P("G2", "tidewatcher_j", "2025-10-07 16:01:12", "2027", reply="G1", lang="und",
      gold=[G("2027", "ht2", "2027-01-01", "2027-12-31", 0.9,
              note(_d5, "bare year answering the question = whole year 2027", "bare 0.9"))]),
    P("G3", "nerfthis_noor", "2025-10-07 16:01:40", "prolly Q2 2026", reply="G1",
      gold=[G("prolly Q2 2026", "ht2", "2026-04-01", "2026-06-30", 0.7,
              note(_d5, "'Q2 2026' = 2026-04-01..2026-06-30", "'prolly' = probably 0.7"))]),
    P("G4", "gg_greg", "2025-10-07 16:02:05", "never lol", reply="G1",
      gold=[G("never", "ht2", "2025-10-07", None, 0.05,
              note(_d5, "'never' row: D..open, 0.05, not vague (dev decision 8)", "'lol' not a hedge"))]),
    P("G5", "leakwatch", "2025-10-07 16:02:50", "Q3 for sure", reply="G1",
      gold=[G("Q3 for sure", "ht2", "2026-07-01", "2026-09-30", 0.95,
              note(_d5, "bare 'Q3': Q3 2025 ended 09-30, so Q3 2026", "'for sure' 0.95"))]),
    P("G6", "couchcoop_cam", "2025-10-07 16:05:31", "nah, later than that", reply="G5",
      gold=[G("nah, later than that", "ht2", "2026-10-01", None, 0.9,
              note(_d5, "relative 'later' against G5 (E=2026-09-30): E+1..open", "0.9"), rel="G5", rk="later")]),
    P("G7", "indie_iris", "2025-10-07 16:06:02", "2028 🙃", reply="G1", lang="und",
      gold=[G("2028", "ht2", "2028-01-01", "2028-12-31", 0.9,
              note(_d5, "bare year 2028", "emoji is not a hedge and not a /s marker: 0.9"))]),
    P("G8", "brackwater_fan", "2025-10-07 16:06:44", "next yr", reply="G1",
      gold=[G("next yr", "ht2", "2026-01-01", "2026-12-31", 0.9,
              note(_d5, "'next yr' = next year = 2026", "bare 0.9"))]),
    P("G9", "casual_kez", "2025-10-07 16:07:15", "dec", reply="G1",
      gold=[G("dec", "ht2", "2025-12-01", "2025-12-31", 0.9,
              note(_d5, "'dec' = bare December: first not ended = December 2025", "bare 0.9"))]),
    P("G10", "saltyspeedrun", "2025-10-07 16:08:00", "+1", reply="G2", lang="und",
      gold=[G("+1", "ht2", "2027-01-01", "2027-12-31", 0.9,
              note(_d5, "agreement with G2: copies 2027, 0.9"), rel="G2", rk="agree")]),
    P("G11", "loremaster_lu", "2025-10-07 16:09:21", "this", reply="G8",
      gold=[G("this", "ht2", "2026-01-01", "2026-12-31", 0.9,
              note(_d5, "agreement with G8: copies 2026, 0.9"), rel="G8", rk="agree")]),
    P("G12", "patchnotes_pat", "2025-10-07 16:12:40", "same as @tidewatcher_j tbh", quotes="G2",
      gold=[G("same as @tidewatcher_j", "ht2", "2027-01-01", "2027-12-31", 0.9,
              note(_d5, "quote post of G2; agreement 'same' with the quoted forecast: copies 2027, 0.9"),
              rel="G2", rk="agree")]),
    P("G13", "gg_greg", "2025-10-07 16:14:09", "ok fine, probly 2027", reply="G4",
      gold=[G("probly 2027", "ht2", "2027-01-01", "2027-12-31", 0.7,
              note(_d5, "own window 2027 (replies to his own 'never'), relative_to null", "'probly' = probably 0.7"))]),
    P("G14", "nerfthis_noor", "2025-10-07 16:20:33", "actually no. by eoy. the ratings board leak was real",
      reply="G3",
      gold=[G("by eoy", "ht2", "2025-10-07", "2025-12-31", 0.9,
              note(_d5, "'by eoy' = by the end of this year = D..2025-12-31 (dev decision 3)", "bare 0.9",
                   "'the ratings board leak was real' is past"))]),
    P("G15", "leakwatch", "2025-10-07 16:25:00",
      "The Deepwater DLC might ship in May. Hollow Tide 2 is a 2028 thing.", reply="G1",
      gold=[G("The Deepwater DLC might ship in May", "dlc", "2026-05-01", "2026-05-31", 0.4,
              note(_d5, "two events in one post", "bare 'May': first not ended = May 2026", "'might' 0.4")),
            G("Hollow Tide 2 is a 2028 thing.", "ht2", "2028-01-01", "2028-12-31", 0.9,
              note(_d5, "'a 2028 thing' = in 2028, present tense as future 0.9"))]),
    P("G16", "loremaster_lu", "2025-10-07 16:31:17", "they said 'soon' in 2023 lol", reply="G1",
      neg="words quoted ('soon') from a past statement"),
    P("G17", "casual_kez", "2025-10-07 16:35:02", "2026 or 2027?", reply="G1", lang="und",
      neg="question with dates"),
    P("G18", "couchcoop_cam", "2025-10-07 16:40:40", "if they skip the last-gen port, late 2026", reply="G1",
      neg="conditional"),
    P("G19", "gg_greg", "2025-10-07 16:44:18", "i hope before my kid graduates 😭", reply="G1",
      neg="hope; no calendar window"),
    P("G20", "indie_iris", "2025-10-07 16:50:00",
      "I played the first one 5 years ago and still think about the lighthouse level", reply="G1",
      neg="past ('5 years ago')"),
    P("G21", "brackwater_fan", "2025-10-07 16:55:29", "Brackwater's showcase is in May, we'll find out then",
      reply="G1", neg="schedule (showcase in May), not a forecast of the release"),
    P("G22", "pixel_pundit", "2025-10-07 17:10:10", "early 2027. they're still hiring for it", reply="G1",
      gold=[G("early 2027", "ht2", "2027-01-01", "2027-04-30", 0.9,
              note(_d5, "'early 2027' = Jan-Apr 2027", "bare 0.9"))]),
    P("G23", "saltyspeedrun", "2025-10-07 17:22:47", "Q1 2026 /s", reply="G1", neg="sarcasm marked /s"),
    P("G24", "tidewatcher_j", "2025-10-07 17:30:00", "2028?? sooner than that lol", reply="G7",
      gold=[G("sooner than that", "ht2", "2025-10-07", "2027-12-31", 0.9,
              note(_d5, "relative 'sooner' against G7 (S=2028-01-01): D..S-1", "0.9"), rel="G7", rk="sooner")]),
    P("G25", "patchnotes_pat", "2025-10-07 17:45:12", "sometime in 2026 I expect", reply="G1",
      gold=[G("sometime in 2026 I expect", "ht2", "2026-01-01", "2026-12-31", 0.7,
              note(_d5, "'sometime in 2026' = 2026 (a calendar year, not vague)", "'I expect' 0.7"))]),
]))

# ---------------------------------------------------------------------------
# 6. ar_glasses: fan-out to "Quick poll: X by end of 2027?"
# ---------------------------------------------------------------------------
_d6 = "D=2026-04-15"
_q6 = "answer to the poll: window from the question, 'by end of 2027' = D..2027-12-31; relative_to null"
THREADS.append(Thread("ar_glasses", {
    "ship": "Tessel ships its Lumen AR glasses to consumers",
}, [
    P("V1", "gadgetgrace", "2026-04-15 14:00:00",
      "Quick poll: Tessel ships the Lumen AR glasses to actual consumers by end of 2027?",
      neg="question; defines the event and a window"),
    P("V2", "xr_xavier", "2026-04-15 14:00:51", "yes", reply="V1",
      gold=[G("yes", "ship", "2026-04-15", "2027-12-31", 0.9, note(_d6, _q6, "'yes' = bare assertion 0.9"))]),
    P("V3", "optics_olga", "2026-04-15 14:01:22", "nope", reply="V1",
      gold=[G("nope", "ship", "2026-04-15", "2027-12-31", 0.1,
              note(_d6, _q6, "'nope' = negated plain assertion 0.1; polarity will_not"))]),
    P("V4", "meh_marco", "2026-04-15 14:01:58", "def not, 2029 earliest", reply="V1",
      gold=[G("def not", "ship", "2026-04-15", "2027-12-31", 0.05,
              note(_d6, _q6, "'def not' = definitely not, 0.05")),
            G("2029 earliest", "ship", "2029-01-01", None, 0.9,
              note(_d6, "second window in the same post: '2029 earliest' = 2029 at the earliest = 2029-01-01..open",
                   "bare 0.9"))]),
    P("V5", "earlyadopt_eli", "2026-04-15 14:02:30", "dec 2027, just sneaks in", reply="V1",
      gold=[G("dec 2027", "ship", "2027-12-01", "2027-12-31", 0.9,
              note(_d6, "own window 'dec 2027' = December 2027", "bare 0.9"))]),
    P("V6", "supplychain_sue", "2026-04-15 14:03:10", "50/50", reply="V1", lang="und",
      gold=[G("50/50", "ship", "2026-04-15", "2027-12-31", 0.5, note(_d6, _q6, "'50/50' 0.5; polarity will"))]),
    P("V7", "hwreviewer_hal", "2026-04-15 14:03:44", "doubt it", reply="V1",
      gold=[G("doubt it", "ship", "2026-04-15", "2027-12-31", 0.25, note(_d6, _q6, "'doubt it' = I doubt, 0.25"))]),
    P("V8", "techbro_tyler", "2026-04-15 14:04:15", "lol no", reply="V1",
      gold=[G("lol no", "ship", "2026-04-15", "2027-12-31", 0.1, note(_d6, _q6, "'no' = negated plain assertion 0.1"))]),
    P("V9", "vr_vivian", "2026-04-15 14:05:02", "more like 2028", reply="V1",
      gold=[G("more like 2028", "ship", "2028-01-01", "2028-12-31", 0.9,
              note(_d6, "own window 2028", "bare 0.9"))]),
    P("V10", "specs_sophie", "2026-04-15 14:06:39", "+1", reply="V9", lang="und",
      gold=[G("+1", "ship", "2028-01-01", "2028-12-31", 0.9,
              note(_d6, "agreement with V9: copies 2028, 0.9"), rel="V9", rk="agree")]),
    P("V11", "investor_ivan", "2026-04-15 14:07:20", "Yes. H2 2027.", reply="V1",
      gold=[G("Yes. H2 2027.", "ship", "2027-07-01", "2027-12-31", 0.9,
              note(_d6, "a yes that names its own window gives one record with that window: H2 2027",
                   "bare 0.9"))]),
    P("V12", "hwreviewer_hal", "2026-04-15 14:09:03", "no chance", reply="V1",
      gold=[G("no chance", "ship", "2026-04-15", "2027-12-31", 0.05, note(_d6, _q6, "'no chance' 0.05"))]),
    P("V13", "meh_marco", "2026-04-15 14:10:41", "agreed", reply="V12",
      gold=[G("agreed", "ship", "2026-04-15", "2027-12-31", 0.05,
              note(_d6, "agreement with V12: copies 2026-04-15..2027-12-31 and 0.05"), rel="V12", rk="agree")]),
    P("V14", "xr_xavier", "2026-04-15 14:12:15", "nah they'll make it, Q4 2027", reply="V3",
      gold=[G("Q4 2027", "ship", "2027-10-01", "2027-12-31", 0.9,
              note(_d6, "own window 'Q4 2027', so relative_to null", "'they'll make it' bare 0.9"))]),
    P("V15", "optics_olga", "2026-04-15 14:20:30", "later than that, the waveguide yields are awful",
      reply="V14",
      gold=[G("later than that", "ship", "2028-01-01", None, 0.9,
              note(_d6, "relative 'later' against V14 (E=2027-12-31): E+1..open", "0.9"), rel="V14", rk="later")]),
    P("V16", "supplychain_sue", "2026-04-15 14:31:02", "same", reply="V15",
      gold=[G("same", "ship", "2028-01-01", None, 0.9,
              note(_d6, "agreement with V15: copies 2028-01-01..open, 0.9"), rel="V15", rk="agree")]),
    P("V17", "vr_vivian", "2026-04-15 14:40:00", "maybe", reply="V1",
      gold=[G("maybe", "ship", "2026-04-15", "2027-12-31", 0.4, note(_d6, _q6, "'maybe' 0.4"))]),
    P("V18", "specs_sophie", "2026-04-15 14:45:51", "Tessel said 'this decade' back in 2022 🙄", reply="V1",
      neg="words quoted from a past statement"),
    P("V19", "techbro_tyler", "2026-04-15 14:50:13", "by 2027 or in 2027? matters a lot", reply="V1",
      neg="question with dates"),
    P("V20", "earlyadopt_eli", "2026-04-15 15:02:40", "if the waveguide supplier sorts its yields, yes",
      reply="V1", neg="conditional"),
    P("V21", "gadgetgrace", "2026-04-15 15:30:00",
      "Quick answer: no. They'll put out a dev edition and call it shipped.", quotes="V1",
      gold=[G("Quick answer: no.", "ship", "2026-04-15", "2027-12-31", 0.1,
              note(_d6, "quote-tweet answer to the quoted poll", _q6, "'no' 0.1",
                   "the dev-edition remark has no window"))]),
    P("V22", "investor_ivan", "2026-04-15 16:05:11", "yes, 70%", reply="V1",
      gold=[G("yes, 70%", "ship", "2026-04-15", "2027-12-31", 0.7, note(_d6, _q6, "explicit 70%"))]),
    P("V23", "earlyadopt_eli", "2026-04-15 16:20:30", "probably not", reply="V1",
      gold=[G("probably not", "ship", "2026-04-15", "2027-12-31", 0.25, note(_d6, _q6, "'probably not' 0.25"))]),
    P("V24", "supplychain_sue", "2026-04-15 17:00:00",
      "Tessel's CFO Ines Carvalho said on the call they'll ship to consumers in 2027", reply="V1",
      gold=[G("they'll ship to consumers in 2027", "ship", "2027-01-01", "2027-12-31", 0.9,
              note(_d6, "reported speech; holder as written (no user named Ines or Carvalho)",
                   "'in 2027' = whole year", "'will' 0.9"), holder="Ines Carvalho")]),
    P("V25", "gadgetgrace", "2026-04-16 09:00:00", "ok so roughly half yes, half no. classic 😂",
      reply="V1", neg="summary of others' answers; no forecast"),
]))

# ---------------------------------------------------------------------------
# 7. bridge_reopen: fan-out to "Place your bets: ..."
# ---------------------------------------------------------------------------
_d7 = "D=2025-03-11"
THREADS.append(Thread("bridge_reopen", {
    "reopen": "The Halvard Bridge reopens to cars",
}, [
    P("B1", "marlow_mara", "2025-03-11 07:45:00",
      "Place your bets: when does the Halvard Bridge reopen to cars? 🌉 Loser buys the ferry coffees",
      neg="question; defines the event"),
    P("B2", "commuter_cal", "2025-03-11 07:46:20", "march", reply="B1",
      gold=[G("march", "reopen", "2025-03-01", "2025-03-31", 0.9,
              note(_d7, "bare 'march': first not ended on D = March 2025 (its start is before D)", "bare 0.9"))]),
    P("B3", "harbourside_hel", "2025-03-11 07:47:02", "before summer", reply="B1",
      gold=[G("before summer", "reopen", "2025-03-11", "2025-05-31", 0.9,
              note(_d7, "'before summer' = D..day before Jun 1 2025", "bare 0.9"))]),
    P("B4", "bay_biker", "2025-03-11 07:48:11", "after the summer lol", reply="B1",
      gold=[G("after the summer", "reopen", "2025-09-01", None, 0.9,
              note(_d7, "'after X' = day after summer 2025 ends .. open", "bare 0.9"))]),
    P("B5", "local_larry", "2025-03-11 07:49:30", "2027 at this rate", reply="B1",
      gold=[G("2027 at this rate", "reopen", "2027-01-01", "2027-12-31", 0.9,
              note(_d7, "2027 = whole year", "'at this rate' is not a hedge or a condition: 0.9"))]),
    P("B6", "ferry_fran", "2025-03-11 07:50:44", "sept", reply="B1",
      gold=[G("sept", "reopen", "2025-09-01", "2025-09-30", 0.9,
              note(_d7, "'sept' = bare September: September 2025", "bare 0.9"))]),
    P("B7", "taxi_tariq", "2025-03-11 07:52:10", "never. it's cursed", reply="B1",
      gold=[G("never", "reopen", "2025-03-11", None, 0.05, note(_d7, "'never' row: D..open, 0.05"))]),
    P("B8", "mumofthree_meg", "2025-03-11 07:55:00", "same", reply="B6",
      gold=[G("same", "reopen", "2025-09-01", "2025-09-30", 0.9,
              note(_d7, "agreement with B6: copies September 2025, 0.9"), rel="B6", rk="agree")]),
    P("B9", "commuter_cal", "2025-03-11 08:01:39", "I'm flying out in 2 weeks for a month so honestly don't care",
      reply="B1", neg="personal plan, not a forecast"),
    P("B10", "local_larry", "2025-03-11 08:03:02", "remember when they said Easter 2024 😂", reply="B1",
      neg="quoted forecast whose window ended before D"),
    P("B11", "civil_eng_raj", "2025-03-11 08:10:15", "October probably. The deck pour slipped.", reply="B1",
      gold=[G("October probably", "reopen", "2025-10-01", "2025-10-31", 0.7,
              note(_d7, "bare 'October' = October 2025", "'probably' 0.7", "'slipped' is past"))]),
    P("B12", "harbourside_hel", "2025-03-11 08:14:50", "earlier than that", reply="B11",
      gold=[G("earlier than that", "reopen", "2025-03-11", "2025-09-30", 0.9,
              note(_d7, "relative 'earlier than that' against B11 (S=2025-10-01): D..S-1", "0.9"),
              rel="B11", rk="sooner")]),
    P("B13", "ferry_fran", "2025-03-11 08:20:33", "+1", reply="B12", lang="und",
      gold=[G("+1", "reopen", "2025-03-11", "2025-09-30", 0.9,
              note(_d7, "agreement with B12: copies 2025-03-11..2025-09-30, 0.9"), rel="B12", rk="agree")]),
    P("B14", "taxi_tariq", "2025-03-11 08:31:07", "nah, december", reply="B13",
      gold=[G("nah, december", "reopen", "2025-12-01", "2025-12-31", 0.9,
              note(_d7, "own window: bare 'december' = December 2025, so relative_to null", "bare 0.9"))]),
    P("B15", "councilwatch_cy", "2025-03-11 08:40:00",
      "FYI the council's bridge update meeting is next week, Thursday 7pm at the library. Bring questions.",
      reply="B1", neg="schedule (meeting next week), not a forecast"),
    P("B16", "bay_biker", "2025-03-11 08:45:22", "in 6 months", reply="B4",
      gold=[G("in 6 months", "reopen", "2025-09-01", "2025-09-30", 0.9,
              note(_d7, "'in 6 months' = calendar month containing D+6 months (2025-09-11) = September 2025",
                   "own window, relative_to null", "bare 0.9"))]),
    P("B17", "civil_eng_raj", "2025-03-11 09:02:31", "within the year, the contractor's ahead on the piers",
      reply="B12",
      gold=[G("within the year", "reopen", "2025-03-11", "2025-12-31", 0.9,
              note(_d7, "'within the year' = D..2025-12-31", "own window", "bare 0.9"))]),
    P("B18", "local_larry", "2025-03-11 09:10:00", "that bridge is 90 years old, give them a break", reply="B1",
      neg="present-state claim"),
    P("B19", "mumofthree_meg", "2025-03-11 09:22:16", "next spring 🌸", reply="B1",
      gold=[G("next spring", "reopen", "2026-03-01", "2026-05-31", 0.9,
              note(_d7, "'next spring' = first spring starting after D; spring 2025 started Mar 1, so Mar-May 2026",
                   "bare 0.9"))]),
    P("B20", "commuter_cal", "2025-03-11 09:30:40", "if the steel arrives on time, June", reply="B1",
      neg="conditional"),
    P("B21", "harbourside_hel", "2025-03-11 10:05:05", "q4 prolly", reply="B11",
      gold=[G("q4 prolly", "reopen", "2025-10-01", "2025-12-31", 0.7,
              note(_d7, "bare 'q4' = Q4 2025", "own window", "'prolly' = probably 0.7"))]),
    P("B22", "mumofthree_meg", "2025-03-11 10:30:00", "I hope by July, the detour adds 40 min to the school run",
      reply="B1", neg="hope"),
    P("B23", "bay_news", "2025-03-11 12:00:00",
      "Marlow Bay council says the Halvard Bridge reopens in early June. Full statement on our site.", reply="B1",
      gold=[G("the Halvard Bridge reopens in early June", "reopen", "2025-06-01", "2025-06-10", 0.9,
              note(_d7, "reported speech; holder an organisation, kept as written", "'early June' = days 1-10 of "
                   "June 2025", "present as future 0.9"), holder="Marlow Bay council")]),
    P("B24", "taxi_tariq", "2025-03-12 08:00:00", "2026 tbh", reply="B1",
      gold=[G("2026", "reopen", "2026-01-01", "2026-12-31", 0.9,
              note("D=2025-03-12", "2026 = whole year", "'tbh' not a hedge: 0.9"))]),
    P("B25", "marlow_mara", "2025-03-12 18:30:00",
      "ok tally so far: mostly autumn, a few 'never', one optimist. ferry it is ⛴️", reply="B1",
      neg="summary of others' answers; words quoted"),
]))

# ---------------------------------------------------------------------------
# 8. humanoid_home: "X: when?", a second proposition (price threshold)
# ---------------------------------------------------------------------------
_d8 = "D=2026-09-09"
THREADS.append(Thread("humanoid_home", {
    "chores": "Servo Dynamics' humanoid robot does chores in paying customers' homes",
    "under-20k": "Servo Dynamics sells its humanoid robot for under $20,000",
}, [
    P("H1", "robo_ruth", "2026-09-09 12:00:00",
      "Servo Dynamics humanoids doing laundry and dishes in paying customers' homes: when?",
      neg="question; defines the event"),
    P("H2", "actuator_al", "2026-09-09 12:04:12", "late 2027", reply="H1",
      gold=[G("late 2027", "chores", "2027-09-01", "2027-12-31", 0.9,
              note(_d8, "'late 2027' = Sep-Dec 2027", "bare 0.9"))]),
    P("H3", "home_tech_hal", "2026-09-09 12:06:40", "this decade? no. next decade? maybe.", reply="H1",
      gold=[G("this decade? no", "chores", "2026-09-09", "2029-12-31", 0.1,
              note(_d8, "self-asked and answered: 'this decade' = D..2029-12-31; 'no' = negated assertion 0.1")),
            G("next decade? maybe", "chores", "2030-01-01", "2039-12-31", 0.4,
              note(_d8, "'next decade' = 2030-01-01..2039-12-31", "'maybe' 0.4"))]),
    P("H4", "robonews_daily", "2026-09-09 12:30:00",
      "Servo CEO Vance Holloway says its robots will be doing chores in customers' homes by the end of next year.",
      reply="H1",
      gold=[G("its robots will be doing chores in customers' homes by the end of next year", "chores",
              "2026-09-09", "2027-12-31", 0.9,
              note(_d8, "reported speech: holder Vance Holloway = @vanceholloway (full display name)",
                   "'by the end of next year' = D..2027-12-31", "'will' 0.9"), holder="vanceholloway")]),
    P("H5", "vanceholloway", "2026-09-09 12:41:19", "And under $20k by 2028, too.", reply="H4",
      gold=[G("under $20k by 2028", "under-20k", "2026-09-09", "2028-12-31", 0.9,
              note(_d8, "price threshold = other proposition", "'by 2028' = D..2028-12-31", "bare 0.9"))]),
    P("H6", "skeptic_sol", "2026-09-09 12:50:00", "he said 2025 back in 2023 💀", reply="H5",
      neg="reported forecast whose window (2025) ended before D"),
    P("H7", "actuator_al", "2026-09-09 13:02:33", "longer than that. dexterous hands aren't there yet", reply="H4",
      gold=[G("longer than that", "chores", "2028-01-01", None, 0.9,
              note(_d8, "relative 'longer than that' against H4 (E=2027-12-31): E+1..open", "0.9"),
              rel="H4", rk="later")]),
    P("H8", "factoryfloor_fi", "2026-09-09 13:10:10", "this", reply="H7",
      gold=[G("this", "chores", "2028-01-01", None, 0.9,
              note(_d8, "agreement with H7: copies 2028-01-01..open, 0.9"), rel="H7", rk="agree")]),
    P("H9", "home_tech_hal", "2026-09-09 13:25:44", "2030", reply="H8", lang="und",
      gold=[G("2030", "chores", "2030-01-01", "2030-12-31", 0.9,
              note(_d8, "own window 2030 (four replies down the chain), relative_to null", "bare 0.9"))]),
    P("H10", "servo_fanboy", "2026-09-09 13:30:00", "next yr 🚀🚀", reply="H1",
      gold=[G("next yr", "chores", "2027-01-01", "2027-12-31", 0.9, note(_d8, "'next yr' = 2027", "bare 0.9"))]),
    P("H11", "fr_robots_aline", "2026-09-09 13:45:12", "Pas avant 2029.", reply="H1", lang="fr",
      gold=[G("Pas avant 2029.", "chores", "2029-01-01", None, 0.9,
              note(_d8, "'pas avant 2029' = not before 2029 = 2029-01-01..open", "bare 0.9"))]),
    P("H12", "skeptic_sol", "2026-09-09 14:00:00", "we were promised robot butlers 5 years ago", reply="H1",
      neg="past"),
    P("H13", "laundry_lin", "2026-09-09 14:10:30", "I'd buy one tomorrow if it folded fitted sheets", reply="H1",
      neg="conditional wish about the author's own purchase"),
    P("H14", "factoryfloor_fi", "2026-09-09 14:22:09", "the price is the real question. $20k in 2029 or 2030?",
      reply="H5", neg="question with dates"),
    P("H15", "skeptic_sol", "2026-09-09 14:30:51", "under 20k? unlikely.", reply="H5",
      gold=[G("unlikely.", "under-20k", "2026-09-09", "2028-12-31", 0.25,
              note(_d8, "confidence alone on H5's event and window 2026-09-09..2028-12-31", "'unlikely' 0.25"),
              rel="H5", rk="conf")]),
    P("H16", "laundry_lin", "2026-09-09 15:00:00",
      "My neighbour has a Servo beta unit. It mostly charges in the corner lol", reply="H1",
      neg="present-state claim"),
    P("H17", "actuator_al", "2026-09-09 15:12:12", "if they hit the 10k-unit target, mid 2028", reply="H1",
      neg="conditional"),
    P("H18", "servo_fanboy", "2026-09-09 15:20:00", "eventually 🤷", reply="H1",
      gold=[G("eventually", "chores", "2026-09-09", None, 0.9,
              note(_d8, "'eventually' row: D..open, vague", "bare 0.9"), vague=True)]),
    P("H19", "skeptic_sol", "2026-09-09 16:00:01", "Holloway timelines 🙄 saving this one", quotes="H4",
      neg="comment; no forecast"),
    P("H20", "robo_ruth", "2026-09-09 16:30:30", "2027 at the latest, the hardware is there", reply="H1",
      gold=[G("2027 at the latest", "chores", "2026-09-09", "2027-12-31", 0.9,
              note(_d8, "'2027 at the latest' = no later than 2027 = D..2027-12-31", "bare 0.9"))]),
]))

# ---------------------------------------------------------------------------
# 9. fusion_grid: "X is 5+ years away. Change my mind."
# ---------------------------------------------------------------------------
_d9 = "D=2025-06-24"
THREADS.append(Thread("fusion_grid", {
    "grid": "Heliant's pilot fusion plant delivers power to the grid",
    "gain": "Heliant's pilot fusion plant demonstrates net energy gain",
}, [
    P("F1", "plasma_priya", "2025-06-24 10:00:00",
      "Heliant's pilot fusion plant putting power on the grid is 5+ years away. Change my mind.",
      gold=[G("Heliant's pilot fusion plant putting power on the grid is 5+ years away", "grid", "2030-01-01", None,
              0.9, note(_d9, "'5+ years away' = in 5 years at the earliest: start of the calendar year containing "
                        "D+5y (2030-06-24) .. open", "bare 0.9"))]),
    P("F2", "tokamak_ted", "2025-06-24 10:12:40", "Sooner. Net gain in 2026, grid in 2028.", reply="F1",
      gold=[G("Net gain in 2026", "gain", "2026-01-01", "2026-12-31", 0.9,
              note(_d9, "other outcome (net gain) = other proposition", "2026 whole year", "bare 0.9")),
            G("grid in 2028", "grid", "2028-01-01", "2028-12-31", 0.9,
              note(_d9, "'Sooner' comes with an explicit window, so one record with that window and "
                   "relative_to null (spec's 'No, 2028.' rule)", "2028 whole year", "bare 0.9"))]),
    P("F3", "energy_wire", "2025-06-24 10:30:00",
      "Heliant founder Rex Calloway says the plant will put its first electrons on the grid in 2028.", reply="F1",
      gold=[G("the plant will put its first electrons on the grid in 2028", "grid", "2028-01-01", "2028-12-31", 0.9,
              note(_d9, "reported speech: holder Rex Calloway = @heliant_rex (full display name)", "2028",
                   "'will' 0.9"), holder="heliant_rex")]),
    P("F4", "heliant_rex", "2025-06-24 10:45:10", "Our board meets next week. No further comment until then 🙂",
      reply="F3", neg="schedule (board meeting next week)"),
    P("F5", "grid_gal", "2025-06-24 11:02:00", "not that soon. interconnect queues alone take 4 years", reply="F3",
      gold=[G("not that soon", "grid", "2029-01-01", None, 0.9,
              note(_d9, "relative 'not that soon' against F3 (E=2028-12-31): E+1..open", "0.9"),
              rel="F3", rk="later")]),
    P("F6", "physics_pete", "2025-06-24 11:15:31", "agreed.", reply="F5",
      gold=[G("agreed.", "grid", "2029-01-01", None, 0.9,
              note(_d9, "agreement with F5: copies 2029-01-01..open, 0.9"), rel="F5", rk="agree")]),
    P("F7", "de_energie_jan", "2025-06-24 11:30:00", "Netzstrom frühestens 2032.", reply="F1", lang="de",
      gold=[G("Netzstrom frühestens 2032.", "grid", "2032-01-01", None, 0.9,
              note(_d9, "'frühestens 2032' = 2032 at the earliest = 2032-01-01..open", "bare 0.9"))]),
    P("F8", "cleantech_cass", "2025-06-24 11:45:45", "Fusion has been 30 years away for 60 years.", reply="F1",
      neg="joke/idiom; no forecast"),
    P("F9", "magnet_mo", "2025-06-24 12:00:00", "They held 1.2x gain for 3 seconds in March. That's not nothing.",
      reply="F1", neg="past ('in March')"),
    P("F10", "magnet_mo", "2025-06-24 12:05:12", "if the magnet supply chain scales, 2029", reply="F1",
      neg="conditional"),
    P("F11", "tokamak_ted", "2025-06-24 12:20:20", "net gain this year, very likely", reply="F1",
      gold=[G("net gain this year, very likely", "gain", "2025-06-24", "2025-12-31", 0.85,
              note(_d9, "'this year' = D..2025-12-31", "'very likely' 0.85"))]),
    P("F12", "grid_gal", "2025-06-24 12:31:03", "Maybe.", reply="F11",
      gold=[G("Maybe.", "gain", "2025-06-24", "2025-12-31", 0.4,
              note(_d9, "confidence alone on F11's event and window", "'maybe' 0.4"), rel="F11", rk="conf")]),
    P("F13", "physics_pete", "2025-06-24 13:00:00", "I hope I live to see it tbh", reply="F1", neg="hope"),
    P("F14", "cleantech_cass", "2025-06-24 13:10:19", "The Heliant site tour is in May next year, I'm going",
      reply="F1", neg="schedule/plan"),
    P("F15", "physics_pete", "2025-06-24 14:00:00",
      "Can't change your mind, you're right. 2031 or later.", quotes="F1",
      gold=[G("2031 or later", "grid", "2031-01-01", None, 0.9,
              note(_d9, "quote post; 'you're right' comes with an explicit window, so one record with that "
                   "window, relative_to null", "'2031 or later' = 2031 at the earliest", "bare 0.9"))]),
    P("F16", "grid_gal", "2025-06-24 14:30:30", "net gain in 2026?? they haven't finished the building", reply="F2",
      neg="question plus present-state claim"),
    P("F17", "de_energie_jan", "2025-06-24 15:00:00", "probably never tbh, the economics don't work", reply="F15",
      gold=[G("probably never", "grid", "2025-06-24", None, 0.25,
              note(_d9, "'probably never' = probably not, 0.25, window D..open (spec's never row); own window, "
                   "relative_to null"))]),
]))

# ---------------------------------------------------------------------------
# 10. disco_es: wholly in Spanish
# ---------------------------------------------------------------------------
_d10 = "D=2026-10-20"
THREADS.append(Thread("disco_es", {
    "disco": "Los Faros publican su nuevo disco",
    "gira": "Los Faros hacen una gira por Latinoamérica",
}, [
    P("E1", "farosfan_lucia", "2026-10-20 19:00:00",
      "¿Cuándo sale por fin el nuevo disco de Los Faros? Llevo tres años esperando 😭", lang="es",
      neg="pregunta; define el evento (question)"),
    P("E2", "indie_mateo", "2026-10-20 19:05:31", "En primavera, seguro.", reply="E1", lang="es",
      gold=[G("En primavera, seguro.", "disco", "2027-03-01", "2027-05-31", 0.95,
              note(_d10, "'primavera' = bare spring: first not ended = Mar-May 2027", "'seguro' = for sure 0.95"))]),
    P("E3", "rock_carmen", "2026-10-20 19:12:12", "Más tarde. Todavía están grabando.", reply="E2", lang="es",
      gold=[G("Más tarde.", "disco", "2027-06-01", None, 0.9,
              note(_d10, "relative 'más tarde' (later) against E2 (E=2027-05-31): E+1..open", "0.9",
                   "'todavía están grabando' is present state"), rel="E2", rk="later")]),
    P("E4", "pablo_vinilos", "2026-10-20 19:20:40", "Coincido.", reply="E3", lang="es",
      gold=[G("Coincido.", "disco", "2027-06-01", None, 0.9,
              note(_d10, "'coincido' = agreed: copies E3 2027-06-01..open, 0.9"), rel="E3", rk="agree")]),
    P("E5", "sonia_eventos", "2026-10-20 19:31:05", "No, 2028.", reply="E4", lang="es",
      gold=[G("No, 2028.", "disco", "2028-01-01", "2028-12-31", 0.9,
              note(_d10, "own explicit window 2028, relative_to null (spec's example)", "bare 0.9"))]),
    P("E6", "musica_hoy", "2026-10-21 10:00:00",
      "Dani Ortega, cantante de Los Faros, dice que el disco saldrá en marzo.", quotes="E1", lang="es",
      gold=[G("el disco saldrá en marzo", "disco", "2027-03-01", "2027-03-31", 0.9,
              note("D=2026-10-21", "reported speech: holder Dani Ortega = @dani_ortega_lf (full display name)",
                   "bare 'marzo': first March not ended = March 2027", "'saldrá' (will) 0.9"),
              holder="dani_ortega_lf")]),
    P("E7", "dani_ortega_lf", "2026-10-21 10:30:12", "¡Gracias por el artículo! 🙌", reply="E6", lang="es",
      neg="agradecimiento (thanks)"),
    P("E8", "farosfan_lucia", "2026-10-21 10:45:00", "Eso también lo dijo en 2024 😂", reply="E6", lang="es",
      neg="pasado: words discussed (he said it in 2024)"),
    P("E9", "javi_bajista", "2026-10-21 11:00:30", "probablemente el año que viene", reply="E1", lang="es",
      gold=[G("probablemente el año que viene", "disco", "2027-01-01", "2027-12-31", 0.7,
              note("D=2026-10-21", "'el año que viene' = next year = 2027", "'probablemente' 0.7"))]),
    P("E10", "marta_melomana", "2026-10-21 11:20:00", "Ojalá antes de Navidad 🙏", reply="E1", lang="es",
      neg="deseo ('ojalá', hope)"),
    P("E11", "rock_carmen", "2026-10-21 11:40:40", "Si firman con otra discográfica, en 2027.", reply="E1",
      lang="es", neg="condicional"),
    P("E12", "pablo_vinilos", "2026-10-21 12:00:00", "Los vi en directo hace 5 años y sigo sin recuperarme",
      reply="E1", lang="es", neg="pasado ('hace 5 años')"),
    P("E13", "sonia_eventos", "2026-10-21 12:15:15", "¿Marzo o abril?", reply="E6", lang="es",
      neg="pregunta con fechas (question with dates)"),
    P("E14", "indie_mateo", "2026-10-21 12:30:00", "Nunca. Se separan antes /s", reply="E1", lang="es",
      neg="sarcasmo marcado /s"),
    P("E15", "marta_melomana", "2026-10-21 13:00:00", "Y la gira por Latinoamérica, en otoño de 2027 sin duda.",
      reply="E1", lang="es",
      gold=[G("la gira por Latinoamérica, en otoño de 2027 sin duda", "gira", "2027-09-01", "2027-11-30", 0.95,
              note("D=2026-10-21", "other event = other proposition", "'otoño de 2027' = Sep-Nov 2027",
                   "'sin duda' 0.95"))]),
    P("E16", "javi_bajista", "2026-10-21 13:12:44", "Lo dudo.", reply="E15", lang="es",
      gold=[G("Lo dudo.", "gira", "2027-09-01", "2027-11-30", 0.25,
              note("D=2026-10-21", "confidence alone 'lo dudo' (I doubt, 0.25) on E15's window"),
              rel="E15", rk="conf")]),
    P("E17", "sonia_eventos", "2026-10-21 14:00:00", "El concierto de Madrid es el 14 de noviembre, ya tengo entradas 🎟️",
      reply="E1", lang="es", neg="agenda (scheduled concert), no es una predicción"),
    P("E18", "rock_carmen", "2026-10-21 15:30:30", "para finales de 2027, quizás", reply="E9", lang="es",
      gold=[G("para finales de 2027, quizás", "disco", "2026-10-21", "2027-12-31", 0.4,
              note("D=2026-10-21", "'para finales de 2027' = by the end of 2027 = D..2027-12-31", "own window",
                   "'quizás' = maybe 0.4"))]),
    P("E19", "pablo_vinilos", "2026-10-21 16:00:00", "+1", reply="E9", lang="und",
      gold=[G("+1", "disco", "2027-01-01", "2027-12-31", 0.7,
              note("D=2026-10-21", "agreement with E9: copies 2027 and 0.7"), rel="E9", rk="agree")]),
]))

# ---------------------------------------------------------------------------
# 11. ceo_exit: "Serious question - when does X happen?"
# ---------------------------------------------------------------------------
_d11 = "D=2026-07-07"
THREADS.append(Thread("ceo_exit", {
    "steps-down": "Marta Lindqvist steps down as Quillpoint CEO",
    "berg-ceo": "Jonas Berg becomes Quillpoint CEO",
}, [
    P("Q1", "boardroom_bev", "2026-07-07 13:00:00",
      "Serious question - when does Marta Lindqvist actually step down as Quillpoint CEO? Third exec exit this month.",
      neg="question plus present-state report"),
    P("Q2", "quill_insider", "2026-07-07 13:04:44", "Before Q4. The board's done with her.", reply="Q1",
      gold=[G("Before Q4.", "steps-down", "2026-07-07", "2026-09-30", 0.9,
              note(_d11, "bare 'Q4' = Q4 2026; 'before X' = D..2026-09-30", "bare 0.9"))]),
    P("Q3", "vc_vikram", "2026-07-07 13:10:02", "She won't be gone this year. Too much founder leverage.", reply="Q1",
      gold=[G("She won't be gone this year.", "steps-down", "2026-07-07", "2026-12-31", 0.1,
              note(_d11, "'this year' = D..2026-12-31", "negated plain assertion 'won't' 0.1"))]),
    P("Q4", "techbiz_wire", "2026-07-07 14:00:00",
      "Board chair Elin Sandberg told staff Lindqvist will step down by the end of September, per two people familiar.",
      reply="Q1",
      gold=[G("Lindqvist will step down by the end of September", "steps-down", "2026-07-07", "2026-09-30", 0.9,
              note(_d11, "reported speech; holder as written (no user named Elin or Sandberg)",
                   "'by the end of September' = D..2026-09-30", "'will' 0.9"), holder="Elin Sandberg")]),
    P("Q5", "anon_quillie", "2026-07-07 14:20:12", "later than that. she's still doing all-hands every week",
      reply="Q4",
      gold=[G("later than that", "steps-down", "2026-10-01", None, 0.9,
              note(_d11, "relative 'later' against Q4 (E=2026-09-30): E+1..open", "0.9"), rel="Q4", rk="later")]),
    P("Q6", "mgmt_maven", "2026-07-07 14:45:00",
      "Jonas Berg CEO by January, likely. He's been running product for a year anyway.", reply="Q1",
      gold=[G("Jonas Berg CEO by January, likely", "berg-ceo", "2026-07-07", "2027-01-31", 0.7,
              note(_d11, "other event (successor) = other proposition", "'by January': first January not ended "
                   "= January 2027; D..2027-01-31", "'likely' 0.7"))]),
    P("Q7", "jonas_berg", "2026-07-07 15:00:00", "Lots of noise today. I love this company and this team ❤️",
      reply="Q6", neg="present-state; no forecast"),
    P("Q8", "techbiz_wire", "2026-07-08 09:00:00",
      "Berg, asked about the top job on a podcast, said he expects to be in the role by spring.", reply="Q1",
      gold=[G("he expects to be in the role by spring", "berg-ceo", "2026-07-08", "2027-05-31", 0.7,
              note("D=2026-07-08", "reported speech: last name 'Berg' matches exactly one user (@jonas_berg)",
                   "'by spring': spring 2026 ended, so spring 2027; D..2027-05-31", "'expects' = I expect 0.7"),
              holder="jonas_berg")]),
    P("Q9", "vc_vikram", "2026-07-08 09:20:30", "no chance", reply="Q8",
      gold=[G("no chance", "berg-ceo", "2026-07-08", "2027-05-31", 0.05,
              note("D=2026-07-08", "confidence alone on Q8's event and window", "'no chance' 0.05"),
              rel="Q8", rk="conf")]),
    P("Q10", "fr_tech_luc", "2026-07-08 10:00:00", "Probablement en décembre.", reply="Q1", lang="fr",
      gold=[G("Probablement en décembre.", "steps-down", "2026-12-01", "2026-12-31", 0.7,
              note("D=2026-07-08", "bare 'décembre' = December 2026", "'probablement' 0.7"))]),
    P("Q11", "hr_hannah", "2026-07-08 10:30:00", "She's been CEO since 2019 and survived worse than this", reply="Q1",
      neg="past and present-state"),
    P("Q12", "mgmt_maven", "2026-07-08 11:00:20", "If the Q3 numbers miss, she's out in October.", reply="Q1",
      neg="conditional"),
    P("Q13", "hr_hannah", "2026-07-08 11:15:00", "I hope she stays honestly. Best boss I ever had", reply="Q1",
      neg="hope"),
    P("Q14", "boardroom_bev", "2026-07-08 11:30:30", "Earnings call is Aug 4. Watch the guidance.", reply="Q1",
      neg="schedule (earnings call)"),
    P("Q15", "anon_quillie", "2026-07-08 12:00:00", "+1", reply="Q2", lang="und",
      gold=[G("+1", "steps-down", "2026-07-07", "2026-09-30", 0.9,
              note("D=2026-07-08", "agreement with Q2: copies its S..E 2026-07-07..2026-09-30 (no clipping, dev "
                   "decision 12) and 0.9"), rel="Q2", rk="agree")]),
    P("Q16", "quill_insider", "2026-07-08 12:30:10", "this year? she'll be gone this month lol", reply="Q3",
      gold=[G("she'll be gone this month", "steps-down", "2026-07-08", "2026-07-31", 0.9,
              note("D=2026-07-08", "own window 'this month' = D..2026-07-31", "'will' 0.9"))]),
]))

# ---------------------------------------------------------------------------
# 12. viertagewoche: wholly in German
# ---------------------------------------------------------------------------
_d12 = "D=2025-01-28"
THREADS.append(Thread("viertagewoche", {
    "4tage": "Kranwerk führt die Vier-Tage-Woche ein",
    "pilot": "Kranwerk startet ein Pilotprojekt zur Vier-Tage-Woche",
}, [
    P("K1", "betriebsrat_ute", "2025-01-28 07:30:00",
      "Ernsthaft: Wann kommt bei Kranwerk die Vier-Tage-Woche? Der Betriebsrat wartet seit Monaten auf eine Antwort.",
      lang="de", neg="Frage; definiert das Ereignis (question)"),
    P("K2", "schicht_sven", "2025-01-28 07:41:10", "Nächstes Jahr, wahrscheinlich.", reply="K1", lang="de",
      gold=[G("Nächstes Jahr, wahrscheinlich.", "4tage", "2026-01-01", "2026-12-31", 0.7,
              note(_d12, "'nächstes Jahr' = 2026", "'wahrscheinlich' 0.7"))]),
    P("K3", "hr_henrike", "2025-01-28 08:02:30",
      "Einen Piloten im Werk Süd gibt's vielleicht im Sommer. Die ganze Firma? Frühestens 2027.", reply="K1",
      lang="de",
      gold=[G("Einen Piloten im Werk Süd gibt's vielleicht im Sommer", "pilot", "2025-06-01", "2025-08-31", 0.4,
              note(_d12, "pilot = other object, other proposition", "'im Sommer' = first summer not ended = "
                   "Jun-Aug 2025", "'vielleicht' 0.4")),
            G("Frühestens 2027.", "4tage", "2027-01-01", None, 0.9,
              note(_d12, "'frühestens 2027' = 2027 at the earliest = 2027-01-01..open", "bare 0.9"))]),
    P("K4", "wirtschaft_news", "2025-01-28 09:00:00",
      "Kranwerk-Chef Rainer Kolb: Die Vier-Tage-Woche kommt bis Ende 2026 an allen Standorten.", reply="K1",
      lang="de",
      gold=[G("Die Vier-Tage-Woche kommt bis Ende 2026 an allen Standorten.", "4tage", "2025-01-28", "2026-12-31",
              0.9, note(_d12, "reported speech; holder as written (no user named Rainer or Kolb)",
                        "'bis Ende 2026' = by the end of 2026 = D..2026-12-31", "present as future 0.9"),
              holder="Rainer Kolb")]),
    P("K5", "igmetall_tom", "2025-01-28 09:20:40", "Später. Kolb hat 2023 auch schon „bald“ gesagt.",
      reply="K4", lang="de",
      gold=[G("Später.", "4tage", "2027-01-01", None, 0.9,
              note(_d12, "relative 'später' (later) against K4 (E=2026-12-31): E+1..open", "0.9",
                   "the quoted 'bald' is words discussed"), rel="K4", rk="later")]),
    P("K6", "azubi_lea", "2025-01-28 09:35:00", "Sehe ich auch so.", reply="K5", lang="de",
      gold=[G("Sehe ich auch so.", "4tage", "2027-01-01", None, 0.9,
              note(_d12, "'sehe ich auch so' = I see it the same way = agreed: copies K5, 0.9"),
              rel="K5", rk="agree")]),
    P("K7", "ing_mehmet", "2025-01-28 10:02:15", "Nee, 2028.", reply="K6", lang="de",
      gold=[G("Nee, 2028.", "4tage", "2028-01-01", "2028-12-31", 0.9,
              note(_d12, "own explicit window 2028 at the end of the chain, relative_to null", "bare 0.9"))]),
    P("K8", "betriebsrat_ute", "2025-01-28 10:30:00", "Die Betriebsversammlung ist nächste Woche. Kommt alle!",
      reply="K1", lang="de", neg="Termin (schedule: meeting next week)"),
    P("K9", "schicht_sven", "2025-01-28 11:00:00", "Hoffentlich noch vor dem Sommer 🙏", reply="K1", lang="de",
      neg="Hoffnung ('hoffentlich', hope)"),
    P("K10", "igmetall_tom", "2025-01-28 11:20:30", "Wenn der Tarifvertrag durchgeht, im Herbst.", reply="K1",
      lang="de", neg="Bedingung (conditional)"),
    P("K11", "ing_mehmet", "2025-01-28 11:45:00",
      "Ich hab vor 5 Jahren hier angefangen, damals war das noch Science-Fiction.", reply="K1", lang="de",
      neg="Vergangenheit (past, 'vor 5 Jahren')"),
    P("K12", "azubi_lea", "2025-01-28 12:00:00", "2026 oder 2027?", reply="K1", lang="und",
      neg="Frage mit Jahreszahlen (question with dates)"),
    P("K13", "it_ingo", "2025-01-28 12:30:00", "+1", reply="K2", lang="und",
      gold=[G("+1", "4tage", "2026-01-01", "2026-12-31", 0.7,
              note(_d12, "agreement with K2: copies 2026 and 0.7"), rel="K2", rk="agree")]),
    P("K14", "schicht_sven", "2025-01-28 13:00:00", "Nie. Die Bänder laufen 24/7.", reply="K1", lang="de",
      gold=[G("Nie.", "4tage", "2025-01-28", None, 0.05,
              note(_d12, "'nie' = never: D..open, 0.05, not vague"))]),
    P("K15", "it_ingo", "2025-01-28 13:20:10",
      "Die IT hat seit März 2024 schon die Vier-Tage-Woche, nur die Produktion nicht.", reply="K1", lang="de",
      neg="Ist-Zustand und Vergangenheit (present state since March 2024)"),
    P("K16", "hr_blog_nadine", "2025-01-28 14:00:00",
      "Vier-Tage-Woche bei Kranwerk? Sehr wahrscheinlich noch dieses Jahr, der Fachkräftemangel drückt.",
      quotes="K1", lang="de",
      gold=[G("Sehr wahrscheinlich noch dieses Jahr", "4tage", "2025-01-28", "2025-12-31", 0.85,
              note(_d12, "quote-tweet answer", "'dieses Jahr' = D..2025-12-31", "'sehr wahrscheinlich' 0.85"))]),
    P("K17", "igmetall_tom", "2025-01-28 14:30:30", "Unwahrscheinlich.", reply="K16", lang="de",
      gold=[G("Unwahrscheinlich.", "4tage", "2025-01-28", "2025-12-31", 0.25,
              note(_d12, "confidence alone 'unwahrscheinlich' (unlikely, 0.25) on K16's window"),
              rel="K16", rk="conf")]),
    P("K18", "schicht_sven", "2025-01-28 15:00:00", "Pilot im Sommer? Nein, im Herbst.", reply="K3", lang="de",
      gold=[G("Nein, im Herbst.", "pilot", "2025-09-01", "2025-11-30", 0.9,
              note(_d12, "own explicit window 'im Herbst' = autumn 2025 (Sep-Nov), relative_to null",
                   "bare 0.9"))]),
]))

# ---------------------------------------------------------------------------
# 13. esports_masters: team A vs team B (vs team C)
# ---------------------------------------------------------------------------
_d13 = "D=2026-10-28"
THREADS.append(Thread("esports_masters", {
    "solace": "Team Solace win the Vanguard Masters",
    "ironclad": "Team Ironclad win the Vanguard Masters",
    "vortex": "Team Vortex win the Vanguard Masters",
}, [
    P("M1", "casterkim", "2026-10-28 11:00:00",
      "Vanguard Masters final is in Seoul on Nov 22. Solace or Ironclad? Who's lifting it? 🏆",
      neg="schedule plus question"),
    P("M2", "solace_stan", "2026-10-28 11:01:30", "Solace in November, no doubt 💜", reply="M1",
      gold=[G("Solace in November, no doubt", "solace", "2026-11-01", "2026-11-30", 0.95,
              note(_d13, "bare 'November' = November 2026", "'no doubt' 0.95"))]),
    P("M3", "ironclad_irl", "2026-10-28 11:03:12", "Ironclad win it this year. Solace choke every November",
      reply="M2",
      gold=[G("Ironclad win it this year.", "ironclad", "2026-10-28", "2026-12-31", 0.9,
              note(_d13, "other outcome = other proposition", "'this year' = D..2026-12-31", "bare 0.9",
                   "'choke every November' is a habitual jab, no record"))]),
    P("M4", "bracket_bri", "2026-10-28 11:10:00", "+1", reply="M3", lang="und",
      gold=[G("+1", "ironclad", "2026-10-28", "2026-12-31", 0.9,
              note(_d13, "agreement with M3: copies D..2026-12-31, 0.9"), rel="M3", rk="agree")]),
    P("M5", "meta_mina", "2026-10-28 11:20:20", "Ironclad this year, 60%", reply="M1",
      gold=[G("Ironclad this year, 60%", "ironclad", "2026-10-28", "2026-12-31", 0.6,
              note(_d13, "'this year' = D..2026-12-31", "explicit 60%"))]),
    P("M6", "esports_wire", "2026-10-28 12:00:00",
      "Solace coach Park says the team will win the Masters in November: 'we've never been this ready.'",
      quotes="M1",
      gold=[G("the team will win the Masters in November", "solace", "2026-11-01", "2026-11-30", 0.9,
              note(_d13, "reported speech: last name 'Park' matches exactly one user (@coach_yuna)",
                   "bare 'November' = November 2026", "'will' 0.9", "the quoted 'never' is a quote, not a forecast"),
              holder="coach_yuna")]),
    P("M7", "coach_yuna", "2026-10-28 12:30:00", "See you in Seoul 🫡", reply="M6", neg="greeting/plan"),
    P("M8", "draftgap", "2026-10-28 12:45:00", "Unlikely.", reply="M6",
      gold=[G("Unlikely.", "solace", "2026-11-01", "2026-11-30", 0.25,
              note(_d13, "confidence alone on M6's reported forecast: November 2026, 0.25"), rel="M6", rk="conf")]),
    P("M9", "ironclad_irl", "2026-10-28 13:00:00", "Ironclad won it in 2024 and 2025, it's theirs to lose",
      reply="M1", neg="past and present-state"),
    P("M10", "meta_mina", "2026-10-28 13:15:15", "If Solace fix their drafts they take it in November", reply="M1",
      neg="conditional"),
    P("M11", "bracket_bri", "2026-10-28 13:30:00", "I hope Ironclad win so my bracket survives 😭", reply="M1",
      neg="hope"),
    P("M12", "solace_stan", "2026-10-28 13:45:00", "I'm flying out to Seoul in 2 weeks for it!!", reply="M1",
      neg="personal plan"),
    P("M13", "draftgap", "2026-10-28 14:00:00", "Ironclad in November. 3-0.", reply="M1",
      gold=[G("Ironclad in November.", "ironclad", "2026-11-01", "2026-11-30", 0.9,
              note(_d13, "bare 'November' = November 2026", "bare 0.9"))]),
    P("M14", "meta_mina", "2026-10-28 14:10:10", "this", reply="M13",
      gold=[G("this", "ironclad", "2026-11-01", "2026-11-30", 0.9,
              note(_d13, "agreement with M13: copies November 2026, 0.9"), rel="M13", rk="agree")]),
    P("M15", "br_gamer_caio", "2026-10-28 14:30:00", "Provavelmente a Solace em novembro.", reply="M1", lang="pt",
      gold=[G("Provavelmente a Solace em novembro.", "solace", "2026-11-01", "2026-11-30", 0.7,
              note(_d13, "'em novembro' = November 2026", "'provavelmente' = probably 0.7"))]),
    P("M16", "br_gamer_bia", "2026-10-28 14:40:40", "Concordo 🇧🇷", reply="M15", lang="pt",
      gold=[G("Concordo", "solace", "2026-11-01", "2026-11-30", 0.7,
              note(_d13, "'concordo' = agreed: copies M15, 0.7"), rel="M15", rk="agree")]),
    P("M17", "solace_stan", "2026-10-28 15:00:00", "Solace in Nov? They haven't beaten Ironclad since 2023",
      reply="M2", neg="question plus past"),
    P("M18", "solace_stan", "2026-10-28 15:10:00", "no chance", reply="M13",
      gold=[G("no chance", "ironclad", "2026-11-01", "2026-11-30", 0.05,
              note(_d13, "confidence alone on M13's event and window", "'no chance' 0.05"), rel="M13", rk="conf")]),
    P("M19", "vortex_v", "2026-10-28 15:30:00", "Neither. Vortex win it in November 🌪️", reply="M1",
      gold=[G("Vortex win it in November", "vortex", "2026-11-01", "2026-11-30", 0.9,
              note(_d13, "third outcome = other proposition", "November 2026", "bare 0.9"))]),
]))

# ---------------------------------------------------------------------------
# 14. drone_delivery: a long post (note_tweet), reported + own view
# ---------------------------------------------------------------------------
_d14 = "D=2026-11-17"
LONG_D5 = (
    "Long one, sorry. Where Skylark actually is in Leeds: the test zone (Kirkstall + Headingley) has done "
    "~3,000 drops since August, noise complaints were fewer than expected, and the regulator extended the trial "
    "licence in October. What's missing is beyond-visual-line-of-sight approval for the whole city and a second "
    "hub in the south. My call: citywide Leeds service in H2 2027, probably, and UK-wide not before 2029."
)
THREADS.append(Thread("drone_delivery", {
    "leeds": "Skylark starts drone deliveries across all of Leeds",
    "uk-wide": "Skylark runs drone deliveries UK-wide",
}, [
    P("D1", "leeds_lou", "2026-11-17 18:00:00",
      "When will Skylark start drone deliveries across all of Leeds, not just the test zone? Asking for my curry.",
      neg="question; defines the event"),
    P("D2", "takeaway_tim", "2026-11-17 18:02:02", "next spring", reply="D1",
      gold=[G("next spring", "leeds", "2027-03-01", "2027-05-31", 0.9,
              note(_d14, "'next spring' = first spring starting after D = Mar-May 2027", "bare 0.9"))]),
    P("D3", "drone_dev_dan", "2026-11-17 18:05:40", "before then, we're way ahead internally 👀", reply="D2",
      gold=[G("before then", "leeds", "2026-11-17", "2027-02-28", 0.9,
              note(_d14, "relative 'before then' against D2 (S=2027-03-01): D..S-1", "0.9"), rel="D2", rk="sooner")]),
    P("D4", "headingley_hugh", "2026-11-17 18:10:10", "in 3 months", reply="D1",
      gold=[G("in 3 months", "leeds", "2027-02-01", "2027-02-28", 0.9,
              note(_d14, "'in 3 months' = calendar month containing D+3 months (2027-02-17) = February 2027",
                   "bare 0.9"))]),
    P("D5", "logistics_lars", "2026-11-17 18:30:00", LONG_D5, reply="D1",
      gold=[G("citywide Leeds service in H2 2027, probably", "leeds", "2027-07-01", "2027-12-31", 0.7,
              note(_d14, "long post: only in note_tweet.text", "'H2 2027' = 2027-07-01..2027-12-31",
                   "'probably' 0.7")),
            G("UK-wide not before 2029", "uk-wide", "2029-01-01", None, 0.9,
              note(_d14, "other object = other proposition", "'not before 2029' = 2029-01-01..open", "bare 0.9",
                   "'since August', 'in October' are past"))]),
    P("D6", "leeds_lou", "2026-11-17 18:45:00", "Same.", reply="D5",
      gold=[G("Same.", "leeds", "2027-07-01", "2027-12-31", 0.7,
              note(_d14, "agreement with D5, which holds two forecasts and names none: the first in its text "
                   "(Leeds H2 2027); copies 2027-07-01..2027-12-31 and 0.7"), rel="D5", rk="agree")]),
    P("D7", "headingley_hugh", "2026-11-17 19:00:00",
      "it started in the test zone in August, I got a burrito by drone and it was still warm 🌯", reply="D1",
      neg="past ('in August')"),
    P("D8", "planespot_pam", "2026-11-17 19:15:00",
      "At the meetup @skylark_ops said citywide Leeds is coming by the end of next year. Personally: mid 2027.",
      reply="D1",
      gold=[G("citywide Leeds is coming by the end of next year", "leeds", "2026-11-17", "2027-12-31", 0.9,
              note(_d14, "reported speech: holder @skylark_ops (mention)", "'by the end of next year' = "
                   "D..2027-12-31", "'is coming' bare 0.9"), holder="skylark_ops"),
            G("Personally: mid 2027.", "leeds", "2027-05-01", "2027-08-31", 0.9,
              note(_d14, "the author's own view in the same post", "'mid 2027' = May-Aug 2027", "bare 0.9"))]),
    P("D9", "skylark_ops", "2026-11-17 19:30:00", "Regulator meeting is in two weeks, can't say more 🤐", reply="D8",
      neg="schedule (meeting in two weeks)"),
    P("D10", "ukaviation_aish", "2026-11-17 19:45:00", "if the regulator signs off the BVLOS case, Christmas",
      reply="D1", neg="conditional"),
    P("D11", "ninth_floor_nat", "2026-11-17 20:00:00", "i hope before xmas, i live on the 9th floor 😩", reply="D1",
      neg="hope"),
    P("D12", "takeaway_tim", "2026-11-17 20:15:00", "UK-wide by 2028? sure /s", reply="D5",
      neg="sarcasm marked /s"),
    P("D13", "drone_dev_dan", "2026-11-17 20:30:00", "within 6 months, they're hiring pilots like mad", reply="D1",
      gold=[G("within 6 months", "leeds", "2026-11-17", "2027-05-17", 0.9,
              note(_d14, "'within 6 months' = D..D+6 months = 2027-05-17", "bare 0.9"))]),
    P("D14", "ukaviation_aish", "2026-11-17 20:45:00", "unlikely", reply="D13",
      gold=[G("unlikely", "leeds", "2026-11-17", "2027-05-17", 0.25,
              note(_d14, "confidence alone on D13's window", "'unlikely' 0.25"), rel="D13", rk="conf")]),
    P("D15", "ninth_floor_nat", "2026-11-17 21:00:00",
      "Skylark has 14 drones in Leeds today. fourteen. for a city of 800k", reply="D1",
      neg="present-state claim"),
    P("D16", "headingley_hugh", "2026-11-17 21:15:00", "UK-wide? never lol, the weather", reply="D5",
      gold=[G("never", "uk-wide", "2026-11-17", None, 0.05,
              note(_d14, "'never' row on the UK-wide event named in the post: D..open, 0.05"))]),
    P("D17", "leeds_lou", "2026-11-18 08:00:00",
      "They told us citywide by summer 2025. It's November 2026. I live in a 300 year old house and it got "
      "fibre faster than this", reply="D1",
      neg="reported forecast whose window ended before D; idiom/present"),
]))


# ---------------------------------------------------------------------------
# The set: ids, extra checks, writer
# ---------------------------------------------------------------------------

def day(s: str) -> date:
    return date.fromisoformat(s)


class MessySet(tf.CountedForecastSet):
    def check_post(self, thread, p, posts):
        t = thread.topic
        d = p.created_at.date()
        assert p.gold or p.neg, (t, p.key, "every post is either gold or a negative")
        assert "2025-01-01" <= p.when[:10] <= "2026-11-30", (t, p.key)
        for g in p.gold:
            assert f"D={d.isoformat()}" in g.note, (t, p.key, "note must give the post's own date")
            assert g.end is None or day(g.end) >= d, (t, p.key, "window already ended on D")
            if g.vague:
                assert g.start == d.isoformat(), (t, p.key)
            assert (g.rel is None) == (g.rk is None), (t, p.key)
            if g.rel:
                target = next(x for x in posts[g.rel].gold if x.prop == g.prop)
                s, e = day(target.start), (day(target.end) if target.end else None)
                if g.rk == "later":
                    assert e is not None and (g.start, g.end) == ((e + timedelta(days=1)).isoformat(), None), (t, p.key)
                elif g.rk == "sooner":
                    end = s - timedelta(days=1) if s - timedelta(days=1) >= d else e - timedelta(days=1)
                    assert (g.start, g.end) == (d.isoformat(), end.isoformat()), (t, p.key)
                elif g.rk in ("agree", "conf"):
                    assert (g.start, g.end) == (target.start, target.end), (t, p.key)
                    if g.rk == "agree":
                        assert g.conf == target.conf, (t, p.key, "agreement copies the confidence")
                else:
                    raise AssertionError((t, p.key, g.rk))
                # the target is the first forecast of that proposition in the target post
                first = [x for x in posts[g.rel].gold if x.prop == g.prop][0]
                assert first is target
        if p.neg:
            assert not p.gold


def check_written(written: tf.Written) -> None:
    for r in written.gold:
        assert r["polarity"] == ("will" if r["confidence"] >= 0.5 else "will_not"), r
        assert r["event"] and not r["event"][0].islower() and not re.search(r"\b(20\d\d|Q[1-4])\b", r["event"]), r
    assert written.threads >= 12 and len(written.gold) >= 160


def main() -> None:
    assert all(re.fullmatch(r"\w{1,15}", u.username) for u in USERS), "X usernames are at most 15 word chars"
    fs = MessySet(USERS)
    written = fs.write(THREADS, OUT)
    check_written(written)
    print(written.summary())
    if "--table" in sys.argv:
        print("\n".join(written.per_file_table(THREADS)))


if __name__ == "__main__":
    main()
