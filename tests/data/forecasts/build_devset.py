#!/usr/bin/env python3
"""Build the hand-labeled forecast development set (stdlib only, deterministic).

Run from the repository root:

    python tests/data/forecasts/build_devset.py

Every thread is defined ONCE below (users, posts, and the gold labels attached
to the posts) and written as:

  <topic>.twarc2.jsonl   X API v2 search pages as twarc2 writes them (1-2 pages)
  gold.jsonl             one line per gold forecast (the fields of shared/spec/forecasts.md,
                         plus `file` and `note`)
  negatives.jsonl        one line per labeled NON-forecast post (looks like one, is not)

All accounts, people, companies, products and posts are invented by the
threadscope team (see README.md in this folder). Every run writes the same bytes,
and the script checks its own labels before writing (see `validate`).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote as urlquote

OUT_DIR = Path(__file__).resolve().parent
TWEPOCH_MS = 1288834974657  # Twitter snowflake epoch
TWARC_VERSION = "2.14.0"
PAGE_SIZE = 15  # a thread with more posts is written as two pages


# --------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------

def _digest(*parts: str) -> bytes:
    return hashlib.sha256("|".join(parts).encode("utf-8")).digest()


def _small_int(key: str, modulo: int) -> int:
    return int.from_bytes(_digest("int", key)[:4], "big") % modulo


_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _token(key: str, length: int, alphabet: str = _B62) -> str:
    raw = int.from_bytes(_digest("token", key), "big")
    out = []
    for _ in range(length):
        raw, rem = divmod(raw, len(alphabet))
        out.append(alphabet[rem])
    return "".join(out)


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


_COUNTER = [0]


def snowflake(when: datetime, key: str) -> str:
    """((unix_ms - epoch) << 22) + counter; the counter keeps ids unique."""
    _COUNTER[0] += 1
    unix_ms = int(when.timestamp()) * 1000 + _small_int("ms" + key, 1000)
    return str(((unix_ms - TWEPOCH_MS) << 22) + _COUNTER[0])


def iso_v2(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def tco(key: str) -> str:
    return "https://t.co/" + _token("tco" + key, 10)


def escape(text: str) -> str:
    """The API serves &, <, > as HTML entities in `text` (and note_tweet.text)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------
# people (all invented)
# --------------------------------------------------------------------------

@dataclass
class User:
    username: str
    name: str
    created: str
    description: str = ""
    id: str = ""


def U(username: str, name: str, created: str, description: str = "") -> User:
    return User(username, name, created + " 12:00:00", description)


USERS = [
    # btc_2025
    U("cryptomarta", "Marta Quiroga", "2014-03-02", "Markets, mostly crypto. Not advice."),
    U("hodl_henrik", "Henrik Aalto", "2017-12-09", "Stacking sats since 2017."),
    U("bearish_bo", "Bo Lindqvist", "2019-05-21", "Professional pessimist."),
    U("chain_analyst_ng", "Ngozi Eze", "2020-08-14", "On-chain data, ETF flows."),
    U("degen_dave", "Dave Mercer", "2021-01-30", "gm"),
    U("luisa_fx", "Luisa Ferro", "2016-10-11", "FX and macro, Milano."),
    # fed_cuts
    U("macro_mira", "Mira Castell", "2013-06-19", "Macro strategist. Rates, inflation, central banks."),
    U("rates_raj", "Raj Malhotra", "2015-02-27", "Fixed income trader."),
    U("bondvigilante_jo", "Jo Brenner", "2018-09-03", "Bonds. Duration. Regret."),
    U("dovish_dan", "Dan Whitaker", "2019-11-12", "Econ PhD student."),
    U("fx_kenji", "Kenji Mori", "2016-04-08", "円相場と日銀ウォッチャー"),
    U("econ_elodie", "Élodie Marchand", "2017-07-23", "Économiste, Paris."),
    # phone_launch
    U("techwire_news", "TechWire", "2011-05-05", "Tech news, fast."),
    U("leakmaster_ito", "Sora Ito", "2018-02-14", "Supply chain leaks. Usually right."),
    U("gadget_gail", "Gail Morrow", "2012-08-30", "Gadget reviews since the flip-phone era."),
    U("tech_tomas", "Tomás Vidal", "2019-03-17", "Tecnología y móviles."),
    U("lumen_fan_99", "Lumen Fan", "2022-01-01", "Lumen everything."),
    U("reviewer_rhea", "Rhea Kapoor", "2015-12-02", "Phone reviewer."),
    U("dara_okafor", "Dara Okafor", "2013-10-21", "CEO, Lumen."),
    # ai_model
    U("evals_eva", "Eva Lindholm", "2018-04-04", "Model evals."),
    U("scaling_sam", "Sam Achebe", "2019-09-09", "Scaling laws enjoyer."),
    U("gpu_greta", "Greta Vogel", "2020-02-20", "GPU-Cluster, München."),
    U("ml_mei", "Mei Lin", "2021-06-06", "大模型研究"),
    U("tokens_toshi", "Toshi Kato", "2017-03-03", "LLMを毎日触っている"),
    U("ai_skeptic_al", "Al Brooks", "2016-08-18", "Show me the benchmark."),
    U("meridian_watch", "Meridian Watch", "2023-01-15", "Unofficial news about Meridian AI."),
    # cl_final
    U("tactics_tim", "Tim Okoye", "2014-07-07", "Tactics nerd."),
    U("futbol_fer", "Fernanda Ruiz", "2016-05-25", "Fútbol europeo."),
    U("bayern_bea", "Bea Hartmann", "2018-08-08", "Mia san mia."),
    U("stats_sven", "Sven Dahl", "2015-11-11", "Football models."),
    U("calcio_carlo", "Carlo Bassi", "2013-04-30", "Calcio e nostalgia."),
    U("le_foot_fab", "Fabien Roux", "2019-10-10", "Foot européen."),
    # spain_election
    U("politica_pau", "Pau Serra", "2012-09-14", "Política española."),
    U("madrid_marcos", "Marcos Gil", "2015-01-19", "Periodista, Madrid."),
    U("polls_pete", "Pete Hollis", "2017-06-01", "European polling."),
    U("eu_watcher_ines", "Inés Duarte", "2018-03-12", "EU politics."),
    U("brussels_bram", "Bram de Vries", "2014-02-02", "Brussels bubble."),
    # game_launch
    U("gamer_gus", "Gus Ferreira", "2016-12-12", "RPGs and coffee."),
    U("kestrel_insider", "Kestrel Insider", "2021-03-03", "Leaks about Kestrel Games."),
    U("patch_notes_pia", "Pia Novak", "2018-07-19", "I read patch notes."),
    U("retro_rin", "Rin Aoyama", "2019-04-01", "レトロゲーム好き"),
    U("devlog_dmitri", "Dmitri Sokolov", "2015-08-08", "Indie dev, ex-AAA."),
    U("maya_lund_dev", "Maya Lund", "2012-11-20", "Studio head, Kestrel Games."),
    # ev_launch
    U("ev_ella", "Ella Strand", "2014-06-16", "EVs and batteries."),
    U("autoblog_klaus", "Klaus Weber", "2013-09-09", "Autojournalist."),
    U("range_anxiety_ray", "Ray Dunn", "2019-02-28", "EV owner, road trips."),
    U("fleet_fatima", "Fatima Idris", "2017-10-05", "Fleet electrification."),
    U("carbuff_chen", "Chen Hao", "2018-12-24", "汽车爱好者"),
    U("norvik_owners", "Norvik Owners Club", "2020-05-05", "Fan club, not affiliated with Norvik."),
    # climate_targets
    U("climate_cleo", "Cleo Hart", "2013-04-22", "Climate policy."),
    U("grid_gwen", "Gwen Parry", "2016-09-30", "Power grids."),
    U("solar_sol", "Sol Ortega", "2018-06-21", "Solar everything."),
    U("verte_vera", "Vera Lambert", "2017-03-21", "Transition énergétique."),
    U("carbon_cait", "Cait Moran", "2015-07-15", "Carbon accounting."),
    U("kyoto_kai", "Kai Nakamura", "2014-12-11", "エネルギー政策"),
    # space_launch
    U("orbit_olga", "Olga Petrova", "2015-10-04", "Launch tracker."),
    U("launch_luca", "Luca Ferri", "2017-05-14", "Rockets."),
    U("rocket_rosa", "Rosa Jiménez", "2019-08-21", "Ingeniera aeroespacial."),
    U("hans_hofer", "Hans Hofer", "2012-03-30", "Raumfahrt."),
    U("space_shin", "Shin Yamada", "2018-11-30", "宇宙開発ウォッチ"),
    U("helios_watch", "Helios Watch", "2022-02-22", "News about Helios Launch."),
    U("nadia_voss", "Nadia Voss", "2011-09-01", "CEO, Helios Launch."),
    # box_office
    U("boxoffice_bianca", "Bianca Lowe", "2014-01-17", "Box office every weekend."),
    U("studio_tracker", "Studio Tracker", "2016-02-29", "Box office tracking."),
    U("popcorn_paul", "Paul Wright", "2015-05-05", "Movies."),
    U("reel_rafa", "Rafa Torres", "2018-04-18", "Cine."),
    U("kino_katrin", "Katrin Brandt", "2017-09-12", "Kino, Kino, Kino."),
    # ai_chip
    U("jalvarez_corvid", "Jensen Alvarez", "2013-03-13", "CEO, Corvid Semiconductor."),
    U("chipwire", "ChipWire", "2012-06-06", "Semiconductor news."),
    U("silicon_sara", "Sara Kowalski", "2016-01-26", "Chip analyst."),
    U("fab_felix", "Felix Baum", "2018-10-31", "Halbleiter."),
    U("wafer_wang", "Wang Lei", "2019-07-07", "半导体"),
    U("hbm_hiro", "Hiro Tanaka", "2017-02-17", "メモリ業界"),
    U("semi_skeptic", "Semi Skeptic", "2020-04-01", "Roadmaps are fiction."),
    U("tapeout_tara", "Tara Quinn", "2015-03-25", "Tape-out season, always."),
    # agi_timelines
    U("agi_anna", "Anna Kovacs", "2016-06-30", "AI policy."),
    U("accel_ade", "Ade Bankole", "2020-10-10", "Accelerate."),
    U("doomer_dex", "Dex Harlan", "2019-01-09", "Worried, mostly."),
    U("philo_phil", "Phil Graves", "2013-12-13", "Philosophy of mind."),
    U("lab_lurker", "Lab Lurker", "2022-07-07", "I hear things."),
    U("robo_ruth", "Ruth Adler", "2017-08-28", "Robotics."),
    # btc_2026
    U("quant_quinn", "Quinn Avery", "2018-05-09", "Quant. Options."),
    U("onchain_omar", "Omar Haddad", "2019-12-19", "On-chain."),
    U("krypto_kurt", "Kurt Lange", "2017-04-27", "Krypto seit 2013."),
    U("btc_bernard", "Bernard Petit", "2016-03-15", "Bitcoin, Lyon."),
    U("whale_wen", "Wen Li", "2020-09-29", "链上数据"),
    U("macro_mateo", "Mateo Ríos", "2015-06-24", "Macro y cripto."),
    U("hodl_hana", "Hana Sato", "2021-05-05", "HODL."),
    # console_launch
    U("console_cass", "Cass Whitfield", "2014-10-28", "Console wars historian."),
    U("leaks_leon", "Leon Maier", "2019-06-13", "Leaks."),
    U("retail_rob", "Rob Quinn", "2016-11-02", "Retail insider."),
    U("pixel_pooja", "Pooja Nair", "2018-01-22", "Games writer."),
    U("jp_gamer_yuki", "Yuki Mori", "2017-07-07", "ゲーム好き"),
    U("fr_joueur_luc", "Luc Girard", "2015-09-19", "Jeux vidéo."),
    U("cirrus_daily", "Cirrus Daily", "2020-12-01", "News about Cirrus Interactive."),
]
for _u in USERS:
    _u.id = snowflake(parse_when(_u.created), "user:" + _u.username)
USER = {u.username: u for u in USERS}


# --------------------------------------------------------------------------
# posts and labels
# --------------------------------------------------------------------------

@dataclass
class G:
    """One gold forecast stated in a post."""
    quote: str
    prop: str  # key into the thread's EVENTS
    start: str | None
    end: str | None
    conf: float
    note: str
    rel: str | None = None  # key of the post this forecast is stated against
    vague: bool = False
    holder: str | None = None  # None = the author


@dataclass
class P:
    key: str
    author: str
    when: str
    body: str
    reply: str | None = None
    quotes: str | None = None
    lang: str = "en"
    gold: list[G] = field(default_factory=list)
    neg: str | None = None  # why this post is NOT a forecast
    id: str = ""
    prefix: list[str] = field(default_factory=list)

    @property
    def created_at(self) -> datetime:
        return parse_when(self.when)


@dataclass
class Thread:
    topic: str
    events: dict[str, str]  # proposition key -> event
    posts: list[P]


# Rule names used in notes refer to rows of shared/spec/forecasts.md.
THREADS: list[Thread] = []

# ---- 1. BTC price calls, November 2025 -----------------------------------
THREADS.append(Thread("btc_2025", {
    "above-150k": "BTC trades above $150k",
    "below-80k": "BTC trades below $80k",
    "down-to-60k": "BTC falls to $60k",
    "above-200k": "BTC trades above $200k",
}, [
    P("root", "cryptomarta", "2025-11-03 14:02:11",
      "BTC at $108k this morning. Where does it go from here? Drop your calls.",
      neg="question plus a present-state claim (price now); no forecast"),
    P("henrik_150", "hodl_henrik", "2025-11-03 14:10:40",
      "BTC will be above $150k by the end of 2026.", reply="root",
      gold=[G("BTC will be above $150k by the end of 2026", "above-150k", "2025-11-03", "2026-12-31", 0.9,
              "'by the end of 2026' = by X: D .. last day of 2026; bare 'will' 0.9")]),
    P("bo_optimistic", "bearish_bo", "2025-11-03 14:25:03",
      "You're too optimistic.", reply="henrik_150",
      gold=[G("You're too optimistic.", "above-150k", "2027-01-01", None, 0.9,
              "relative 'you're too optimistic' against 2025-11-03..2026-12-31: E+1 .. open; unhedged 0.9",
              rel="henrik_150")]),
    P("dave_plus1", "degen_dave", "2025-11-03 14:31:27",
      "+1, probably", reply="bo_optimistic",
      gold=[G("+1, probably", "above-150k", "2027-01-01", None, 0.7,
              "agreement '+1' copies bo's window 2027-01-01..open; own hedge 'probably' 0.7",
              rel="bo_optimistic")]),
    P("ng_70", "chain_analyst_ng", "2025-11-03 14:40:12",
      "I'd put 70% on $150k in Q1.", reply="root",
      gold=[G("I'd put 70% on $150k in Q1", "above-150k", "2026-01-01", "2026-03-31", 0.7,
              "bare 'Q1' said 2025-11-03: first Q1 not ended = Q1 2026; explicit 70%")]),
    P("luisa_why", "luisa_fx", "2025-11-03 14:52:30",
      "Why Q1 specifically? Halving effects are long gone.", reply="ng_70",
      neg="question (mentions Q1 but asks); plus a present-state claim"),
    P("ng_lag", "chain_analyst_ng", "2025-11-03 14:58:02",
      "ETF inflows. The lag between inflows and price is ~3 months historically.", reply="luisa_why",
      neg="a lag that is not a date ('~3 months'), stated as a historical pattern"),
    P("bo_80", "bearish_bo", "2025-11-03 15:02:44",
      "Real call: BTC < $80k before summer. I'd put 30% on it.", reply="root",
      gold=[G("BTC < $80k before summer. I'd put 30% on it", "below-80k", "2025-11-03", "2026-05-31", 0.3,
              "'before summer': summer = first one not ended on D (Jun-Aug 2026); before X = D .. day before "
              "X starts; explicit 30%. Raw text has '&lt;'")]),
    P("henrik_nochance", "hodl_henrik", "2025-11-03 15:10:09",
      "No chance.", reply="bo_80",
      gold=[G("No chance.", "below-80k", "2025-11-03", "2026-05-31", 0.05,
              "confidence alone against bo's forecast: its window S..E, 'no chance' 0.05", rel="bo_80")]),
    P("marta_past", "cryptomarta", "2025-11-03 15:30:55",
      "For the record, last cycle people said $100k 'by Christmas 2021'. It didn't happen.", reply="root",
      neg="past event / negated past ('It didn't happen'); the quoted window ended years before D"),
    P("dave_if", "degen_dave", "2025-11-03 16:00:18",
      "If the Fed cuts in December, $150k by March.", reply="root",
      neg="conditional ('if X, then by ...')"),
    P("luisa_hope", "luisa_fx", "2025-11-03 16:20:41",
      "I hope we get $150k this year, I need it lol", reply="root",
      neg="hope / wish ('I hope ... this year')"),
    P("dave_joke", "degen_dave", "2025-11-03 16:44:02",
      "My horoscope says big gains when Mercury leaves retrograde \U0001F52E\U0001F602", reply="root",
      neg="joke with no proposition and no window"),
    P("henrik_same", "hodl_henrik", "2025-11-04 09:12:33",
      "Same.", reply="ng_70",
      gold=[G("Same.", "above-150k", "2026-01-01", "2026-03-31", 0.7,
              "agreement 'same': copies ng's window Q1 2026 and confidence 0.7", rel="ng_70")]),
    P("bo_quote", "bearish_bo", "2025-11-04 10:00:05",
      "Henrik says BTC will hit $150k by the end of 2026. I say Bitcoin is going to $60k within 6 months.",
      quotes="henrik_150",
      gold=[G("Henrik says BTC will hit $150k by the end of 2026", "above-150k", "2025-11-04", "2026-12-31", 0.9,
              "reported speech: 'Henrik' = first name of exactly one user (hodl_henrik); by X against this "
              "post's D; 'will' 0.9", holder="hodl_henrik"),
            G("Bitcoin is going to $60k within 6 months", "down-to-60k", "2025-11-04", "2026-05-04", 0.9,
              "author's own view; 'within 6 months' = D .. D + 6 months; 'is going to' 0.9")]),
    P("luisa_200", "luisa_fx", "2025-11-04 11:30:00",
      "1 in 4 that BTC trades above $200k next year.", reply="root",
      gold=[G("1 in 4 that BTC trades above $200k next year", "above-200k", "2026-01-01", "2026-12-31", 0.25,
              "'next year' said in 2025 = 2026; explicit '1 in 4' = 0.25")]),
    P("marta_bookmark", "cryptomarta", "2025-11-04 12:05:00",
      "Bookmarked \U0001F4CC", reply="luisa_200"),
]))

# ---- 2. Central banks, August 2025 ---------------------------------------
THREADS.append(Thread("fed_cuts", {
    "first-cut": "The Fed makes its first rate cut of the cycle",
    "two-cuts": "The Fed cuts rates twice",
    "boj-hike": "The Bank of Japan raises its policy rate",
    "ecb-cut": "The ECB cuts rates again",
    "qt-end": "The Fed ends quantitative tightening",
    "boe-cut": "The Bank of England cuts rates again",
}, [
    P("root", "macro_mira", "2025-08-14 13:30:00",
      "CPI came in at 2.9%. Fed funds still at 4.25-4.50%. When does the first cut come?",
      neg="present-state claims with numbers, then a question; no forecast"),
    P("raj_sep", "rates_raj", "2025-08-14 13:41:12",
      "September. 85% in my book.", reply="root",
      gold=[G("September. 85% in my book.", "first-cut", "2025-09-01", "2025-09-30", 0.85,
              "event from the question; bare month said 2025-08-14 = September 2025; explicit 85%")]),
    P("jo_dec", "bondvigilante_jo", "2025-08-14 13:55:40",
      "December at the earliest.", reply="raj_sep",
      gold=[G("December at the earliest.", "first-cut", "2025-12-01", None, 0.9,
              "'X at the earliest' = start of X .. open (December 2025, first not ended); a reply with its own "
              "explicit window, so relative_to is null; bare 0.9")]),
    P("dan_agreed", "dovish_dan", "2025-08-14 14:03:09",
      "Agreed.", reply="jo_dec",
      gold=[G("Agreed.", "first-cut", "2025-12-01", None, 0.9,
              "agreement copies jo's window and confidence", rel="jo_dec")]),
    P("kenji_agree", "fx_kenji", "2025-08-14 14:10:51",
      "同意。", reply="raj_sep", lang="ja",
      gold=[G("同意", "first-cut", "2025-09-01", "2025-09-30", 0.85,
              "'同意' = agreed: copies raj's window and 0.85", rel="raj_sep")]),
    P("elodie_dec", "econ_elodie", "2025-08-14 14:22:18",
      "Probablement en décembre.", reply="root", lang="fr",
      gold=[G("Probablement en décembre.", "first-cut", "2025-12-01", "2025-12-31", 0.7,
              "'en décembre' bare month = December 2025; 'probablement' = probably 0.7")]),
    P("mira_past", "macro_mira", "2025-08-14 14:40:00",
      "Reminder: in June everyone 'knew' the cut was coming in July. It didn't happen.", reply="root",
      neg="past event, negated ('It didn't happen')"),
    P("raj_why", "rates_raj", "2025-08-14 14:45:33",
      "Why December and not October?", reply="elodie_dec",
      neg="question with months"),
    P("kenji_boj", "fx_kenji", "2025-08-14 15:02:27",
      "日銀はたぶん来年利上げする。", reply="root", lang="ja",
      gold=[G("日銀はたぶん来年利上げする", "boj-hike", "2026-01-01", "2026-12-31", 0.7,
              "'来年' = next year (2026); 'たぶん' = probably 0.7")]),
    P("jo_dd", "bondvigilante_jo", "2025-08-15 08:15:00",
      "'Data dependent' is not a forecast, it's a shrug.", quotes="root",
      neg="words quoted and discussed, not used"),
    P("dan_two", "dovish_dan", "2025-08-15 09:20:14",
      "I expect two cuts by the end of this year.", reply="root",
      gold=[G("I expect two cuts by the end of this year", "two-cuts", "2025-08-15", "2025-12-31", 0.7,
              "'by the end of this year' = D .. 2025-12-31; 'I expect' 0.7")]),
    P("elodie_doubt", "econ_elodie", "2025-08-15 09:41:50",
      "Deux baisses ? J'en doute.", reply="dan_two", lang="fr",
      gold=[G("J'en doute", "two-cuts", "2025-08-15", "2025-12-31", 0.25,
              "confidence alone ('J'en doute' = I doubt it, 0.25) against dan's forecast: its window",
              rel="dan_two")]),
    P("mira_ecb", "macro_mira", "2025-08-15 10:05:00",
      "ECB: another cut in October, 50/50.", reply="root",
      gold=[G("another cut in October, 50/50", "ecb-cut", "2025-10-01", "2025-10-31", 0.5,
              "bare month = October 2025; explicit 50/50 = 0.5 (polarity will, since >= 0.5)")]),
    P("mira_qt", "macro_mira", "2025-08-15 10:07:30",
      "QT likely ends later this year.", reply="mira_ecb",
      gold=[G("QT likely ends later this year", "qt-end", "2025-08-15", "2025-12-31", 0.7,
              "'later this year' = D .. Dec 31 of D's year; 'likely' 0.7")]),
    P("raj_if", "rates_raj", "2025-08-15 10:30:11",
      "If payrolls come in under 50k, they cut 50bp in September.", reply="root",
      neg="conditional ('if X, they cut in September')"),
    P("jo_mistake", "bondvigilante_jo", "2025-08-15 10:48:36",
      "A September cut would be a policy mistake.", reply="raj_if",
      neg="counterfactual / evaluation ('would be'); no claim that it happens"),
    P("jo_boe", "bondvigilante_jo", "2025-08-15 11:02:09",
      "The BoE cuts again next quarter, highly likely.", reply="root",
      gold=[G("The BoE cuts again next quarter, highly likely", "boe-cut", "2025-10-01", "2025-12-31", 0.85,
              "'next quarter' = first quarter starting after D (Q4 2025); 'highly likely' 0.85")]),
    P("dan_thanks", "dovish_dan", "2025-08-15 11:20:00",
      "Good thread.", reply="jo_boe"),
]))

# ---- 3. Phone launch, February 2026 --------------------------------------
THREADS.append(Thread("phone_launch", {
    "lumen3-ship": "The Lumen Phone 3 ships",
    "watch2-launch": "The Lumen Watch 2 launches",
    "fold-launch": "The Lumen Fold launches",
}, [
    P("root", "techwire_news", "2026-02-10 16:00:00",
      "Lumen CEO Dara Okafor says the Lumen Phone 3 will ship in H2 2026.",
      gold=[G("Dara Okafor says the Lumen Phone 3 will ship in H2 2026", "lumen3-ship", "2026-07-01", "2026-12-31",
              0.9, "reported speech: full display name of user dara_okafor; H2 2026 = Jul-Dec; 'will' 0.9",
              holder="dara_okafor")]),
    P("ito_sep", "leakmaster_ito", "2026-02-10 16:12:30",
      "Likely September.", reply="root",
      gold=[G("Likely September.", "lumen3-ship", "2026-09-01", "2026-09-30", 0.7,
              "event from the post replied to; bare month = September 2026; 'likely' 0.7")]),
    P("gail_earlier", "gadget_gail", "2026-02-10 16:20:05",
      "Earlier than that.", reply="ito_sep",
      gold=[G("Earlier than that.", "lumen3-ship", "2026-02-10", "2026-08-31", 0.9,
              "relative 'earlier than that' against Sep 2026: D .. S - 1 day; unhedged 0.9", rel="ito_sep")]),
    P("tomas_sinduda", "tech_tomas", "2026-02-10 16:31:47",
      "Sin duda antes de 2027.", reply="root", lang="es",
      gold=[G("Sin duda antes de 2027.", "lumen3-ship", "2026-02-10", "2026-12-31", 0.95,
              "'antes de 2027' = before 2027: D .. 2026-12-31; 'sin duda' = no doubt 0.95")]),
    P("fan_hope", "lumen_fan_99", "2026-02-10 16:40:12",
      "I hope it ships this summer, my Phone 2 is dying \U0001F629", reply="root",
      neg="hope / wish"),
    P("rhea_past", "reviewer_rhea", "2026-02-10 16:55:00",
      "They promised the Phone 2 by 2024 too and it slipped to March 2025.", reply="root",
      neg="past event; the reported window (by 2024) had ended on D"),
    P("tomas_doubt", "tech_tomas", "2026-02-10 17:05:21",
      "Lo dudo.", reply="gail_earlier", lang="es",
      gold=[G("Lo dudo.", "lumen3-ship", "2026-02-10", "2026-08-31", 0.25,
              "confidence alone ('lo dudo' = I doubt it, 0.25) against gail's forecast: its window",
              rel="gail_earlier")]),
    P("gail_lag", "gadget_gail", "2026-02-10 17:15:44",
      "The gap between announcement and shipping was ~7 months last time.", reply="root",
      neg="a lag that is not a date, about the past"),
    P("dara_thanks", "dara_okafor", "2026-02-11 08:00:00",
      "Thanks for all the interest in Phone 3. The team is heads-down.", reply="root"),
    P("fan_sarcasm", "lumen_fan_99", "2026-02-11 09:30:10",
      "Sure, Lumen will ship on time this year /s", reply="dara_thanks",
      neg="sarcasm marked with /s"),
    P("ito_watch", "leakmaster_ito", "2026-02-12 10:00:00",
      "Lumen Watch 2 in 3 months, my sources are solid.", reply="root",
      gold=[G("Lumen Watch 2 in 3 months", "watch2-launch", "2026-05-01", "2026-05-31", 0.9,
              "'in 3 months' = the calendar month containing D + 3 months (2026-05-12): May 2026; bare 0.9")]),
    P("rhea_q", "reviewer_rhea", "2026-02-12 10:20:00",
      "Will it have a new chip? Q2 or Q3?", reply="ito_watch",
      neg="question with quarters"),
    P("ito_fold", "leakmaster_ito", "2026-02-12 10:45:00",
      "Lumen Fold next summer, I'd say 60%.", reply="root",
      gold=[G("Lumen Fold next summer, I'd say 60%", "fold-launch", "2026-06-01", "2026-08-31", 0.6,
              "'next summer' = first summer starting after D (2026-02-12): Jun-Aug 2026; explicit 60%")]),
    P("rhea_okafor", "reviewer_rhea", "2026-02-12 11:30:00",
      "Okafor says H2 2026. I say it probably slips to 2027.", reply="root",
      gold=[G("Okafor says H2 2026", "lumen3-ship", "2026-07-01", "2026-12-31", 0.9,
              "reported speech: 'Okafor' = last name of exactly one user (dara_okafor); H2 2026; bare 0.9",
              holder="dara_okafor"),
            G("it probably slips to 2027", "lumen3-ship", "2027-01-01", "2027-12-31", 0.7,
              "author's own view: ships in 2027 (whole year); 'probably' 0.7")]),
]))

# ---- 4. AI model release, December 2025 ----------------------------------
THREADS.append(Thread("ai_model", {
    "orion5-release": "Meridian AI releases Orion-5",
    "orion5-mini-open": "Meridian AI releases an open-weights Orion-5-mini",
}, [
    P("root", "evals_eva", "2025-12-02 15:00:00",
      "Meridian AI's Orion-5: when does it ship? Q1 2026 or Q2 2026?",
      neg="question, even with dates"),
    P("sam_q1", "scaling_sam", "2025-12-02 15:08:19",
      "Q1 2026, very likely.", reply="root",
      gold=[G("Q1 2026, very likely.", "orion5-release", "2026-01-01", "2026-03-31", 0.85,
              "Q1 2026 = Jan-Mar; 'very likely' 0.85; event from the question")]),
    P("greta_later", "gpu_greta", "2025-12-02 15:15:02",
      "Wahrscheinlich später.", reply="sam_q1", lang="de",
      gold=[G("Wahrscheinlich später.", "orion5-release", "2026-04-01", None, 0.7,
              "relative 'später' = later against Q1 2026: E+1 .. open; 'wahrscheinlich' = probably 0.7",
              rel="sam_q1")]),
    P("mei_agree", "ml_mei", "2025-12-02 15:20:44",
      "同意 \U0001F44D", reply="sam_q1", lang="zh",
      gold=[G("同意", "orion5-release", "2026-01-01", "2026-03-31", 0.85,
              "'同意' = agreed: copies sam's window and 0.85", rel="sam_q1")]),
    P("al_wont", "ai_skeptic_al", "2025-12-02 15:33:10",
      "Orion-5 won't ship before 2027.", reply="root",
      gold=[G("Orion-5 won't ship before 2027.", "orion5-release", "2025-12-02", "2026-12-31", 0.1,
              "before 2027 = D .. 2026-12-31; negated plain 'won't' 0.1")]),
    P("eva_why", "evals_eva", "2025-12-02 15:40:00",
      "Why so bearish?", reply="al_wont"),
    P("toshi_h1", "tokens_toshi", "2025-12-02 15:52:36",
      "Orion-5はたぶん2026年の上半期に出る。", reply="root", lang="ja",
      gold=[G("Orion-5はたぶん2026年の上半期に出る", "orion5-release", "2026-01-01", "2026-06-30", 0.7,
              "'2026年の上半期' = first half of 2026 (Jan-Jun); 'たぶん' = probably 0.7")]),
    P("mw_cto", "meridian_watch", "2025-12-02 16:05:00",
      "According to Meridian CTO Priya Raman, Orion-5 is coming in the next 3 months.", reply="root",
      gold=[G("According to Meridian CTO Priya Raman, Orion-5 is coming in the next 3 months", "orion5-release",
              "2025-12-02", "2026-03-02", 0.9,
              "reported speech; 'Priya Raman' matches no user in the export, so the name as written; "
              "'in the next 3 months' = D .. D + 3 months; bare 0.9", holder="Priya Raman")]),
    P("al_past", "ai_skeptic_al", "2025-12-02 16:12:48",
      "CTOs said 'next quarter' about Orion-4 too. It shipped 9 months late.", reply="mw_cto",
      neg="past event; 'next quarter' is quoted and discussed, not used"),
    P("greta_hope", "gpu_greta", "2025-12-02 16:30:00",
      "Hoffentlich kommt Orion-5 noch vor Weihnachten.", reply="root", lang="de",
      neg="hope ('hoffentlich' = hopefully)"),
    P("eva_two", "evals_eva", "2025-12-03 09:00:00",
      "I expect Orion-5 in February, and an open-weights Orion-5-mini by mid 2026.", reply="root",
      gold=[G("I expect Orion-5 in February", "orion5-release", "2026-02-01", "2026-02-28", 0.7,
              "bare month said 2025-12-03 = February 2026; 'I expect' 0.7"),
            G("an open-weights Orion-5-mini by mid 2026", "orion5-mini-open", "2025-12-03", "2026-08-31", 0.7,
              "by X with X = mid 2026 (May-Aug): D .. 2026-08-31; the 'I expect' hedge covers both clauses")]),
    P("toshi_past", "tokens_toshi", "2025-12-03 09:30:00",
      "Orion-4はプレビューから正式版まで14か月かかった。", reply="root", lang="ja",
      neg="past event (Orion-4 took 14 months from preview to GA)"),
    P("mei_def", "ml_mei", "2025-12-03 10:10:00",
      "Orion-5 明年肯定会发布。", reply="root", lang="zh",
      gold=[G("Orion-5 明年肯定会发布", "orion5-release", "2026-01-01", "2026-12-31", 0.95,
              "'明年' = next year (2026); '肯定' = definitely 0.95")]),
    P("sam_bookmark", "scaling_sam", "2025-12-03 10:30:00",
      "Good thread, bookmarking.", reply="eva_two"),
]))

# ---- 5. Champions League final, April 2026 --------------------------------
THREADS.append(Thread("cl_final", {
    "real-madrid-wins": "Real Madrid wins the 2025-26 Champions League",
    "bayern-wins": "Bayern wins the 2025-26 Champions League",
    "arsenal-wins": "Arsenal wins the 2025-26 Champions League",
    "psg-wins": "PSG wins the 2025-26 Champions League",
}, [
    P("root", "tactics_tim", "2026-04-15 21:30:00",
      "Quarterfinals done. Who lifts the Champions League trophy in Budapest on May 30?",
      neg="question, even with a date"),
    P("fer_rm", "futbol_fer", "2026-04-15 21:36:12",
      "El Real Madrid la gana en mayo, sin duda.", reply="root", lang="es",
      gold=[G("El Real Madrid la gana en mayo, sin duda.", "real-madrid-wins", "2026-05-01", "2026-05-31", 0.95,
              "'en mayo' bare month = May 2026; 'sin duda' = no doubt 0.95")]),
    P("bea_bayern", "bayern_bea", "2026-04-15 21:44:50",
      "Wahrscheinlich nicht. Bayern holt den Titel im Mai.", reply="fer_rm", lang="de",
      gold=[G("Wahrscheinlich nicht.", "real-madrid-wins", "2026-05-01", "2026-05-31", 0.25,
              "confidence alone ('wahrscheinlich nicht' = probably not, 0.25) against fer's forecast: its window",
              rel="fer_rm"),
            G("Bayern holt den Titel im Mai.", "bayern-wins", "2026-05-01", "2026-05-31", 0.9,
              "own forecast on another outcome: 'im Mai' = May 2026; plain present-for-future 0.9")]),
    P("sven_numbers", "stats_sven", "2026-04-15 21:58:03",
      "My numbers to win it in May: Bayern 31%, Real Madrid 24%, Arsenal 18%.", reply="root",
      gold=[G("Bayern 31%", "bayern-wins", "2026-05-01", "2026-05-31", 0.31,
              "shared 'to win it in May' = May 2026; explicit 31%"),
            G("Real Madrid 24%", "real-madrid-wins", "2026-05-01", "2026-05-31", 0.24,
              "shared 'to win it in May'; explicit 24%"),
            G("Arsenal 18%", "arsenal-wins", "2026-05-01", "2026-05-31", 0.18,
              "shared 'to win it in May'; explicit 18%")]),
    P("carlo_past", "calcio_carlo", "2026-04-15 22:05:27",
      "Inter won it in 2010 with a worse squad than this one.", reply="root",
      neg="past event"),
    P("fab_psg", "le_foot_fab", "2026-04-15 22:12:40",
      "Le PSG gagne en mai, peut-être.", reply="root", lang="fr",
      gold=[G("Le PSG gagne en mai, peut-être.", "psg-wins", "2026-05-01", "2026-05-31", 0.4,
              "'en mai' = May 2026; 'peut-être' = maybe 0.4")]),
    P("tim_why", "tactics_tim", "2026-04-15 22:20:15",
      "31% for Bayern feels low. Why?", reply="sven_numbers",
      neg="discusses another post's number and asks a question"),
    P("fer_lol", "futbol_fer", "2026-04-15 22:31:00",
      "jajaja ya veremos", reply="bea_bayern", lang="es"),
    P("fab_agree", "le_foot_fab", "2026-04-15 22:40:33",
      "D'accord avec toi.", reply="sven_numbers", lang="fr",
      gold=[G("D'accord avec toi.", "bayern-wins", "2026-05-01", "2026-05-31", 0.31,
              "agreement with a post holding several forecasts and no event named: the first in its text "
              "(Bayern 31%); copies window and 0.31", rel="sven_numbers")]),
    P("sven_if", "stats_sven", "2026-04-16 08:10:00",
      "If Bayern get past Arsenal in the semis, they're 55% to win it.", reply="tim_why",
      neg="conditional ('if X, 55%')"),
    P("bea_hope", "bayern_bea", "2026-04-16 09:00:00",
      "I hope Bayern win it in May, for my dad.", reply="root",
      neg="hope / wish, even with a month"),
]))

# ---- 6. Snap election, March 2026 -----------------------------------------
THREADS.append(Thread("spain_election", {
    "snap-election": "Spain holds a snap general election",
}, [
    P("root", "politica_pau", "2026-03-05 10:00:00",
      "¿Habrá elecciones anticipadas en España antes de 2027?", lang="es",
      neg="question, even with a date ('antes de 2027')"),
    P("marcos_otono", "madrid_marcos", "2026-03-05 10:14:27",
      "Probablemente en otoño.", reply="root", lang="es",
      gold=[G("Probablemente en otoño.", "snap-election", "2026-09-01", "2026-11-30", 0.7,
              "event from the question; bare season 'otoño' (autumn, Sep-Nov) = first not ended: 2026; "
              "'probablemente' 0.7")]),
    P("pete_sooner", "polls_pete", "2026-03-05 10:30:02",
      "Probably sooner.", reply="marcos_otono",
      gold=[G("Probably sooner.", "snap-election", "2026-03-05", "2026-08-31", 0.7,
              "relative 'sooner' against Sep-Nov 2026: D .. S - 1 day; hedge 'probably' 0.7",
              rel="marcos_otono")]),
    P("ines_same", "eu_watcher_ines", "2026-03-05 10:41:19",
      "Same.", reply="pete_sooner",
      gold=[G("Same.", "snap-election", "2026-03-05", "2026-08-31", 0.7,
              "agreement copies pete's window and confidence 0.7 (a chain of relatives)", rel="pete_sooner")]),
    P("bram_polls", "brussels_bram", "2026-03-05 10:55:00",
      "The polls show PP at 33%, PSOE at 27%.", reply="root",
      neg="present-state claim (poll shares), not probabilities of an event"),
    P("marcos_if", "madrid_marcos", "2026-03-05 11:05:45",
      "Si cae el presupuesto, elecciones en junio.", reply="root", lang="es",
      neg="conditional ('si ...' = if the budget falls, then June)"),
    P("pau_ojala", "politica_pau", "2026-03-05 11:20:00",
      "Ojalá sean en otoño, así da tiempo a organizarlo todo.", reply="marcos_otono", lang="es",
      neg="wish ('ojalá' = I wish / hopefully)"),
    P("pete_past", "polls_pete", "2026-03-05 11:40:10",
      "They said the same in 2023 and the election came in July.", reply="root",
      neg="past event"),
    P("bram_25", "brussels_bram", "2026-03-06 09:15:00",
      "I'd put 25% on a snap election before 2027.", reply="root",
      gold=[G("I'd put 25% on a snap election before 2027", "snap-election", "2026-03-06", "2026-12-31", 0.25,
              "before 2027 = D .. 2026-12-31; explicit 25% (polarity will_not)")]),
    P("pau_improbable", "politica_pau", "2026-03-06 09:40:00",
      "Improbable.", reply="bram_25", lang="es",
      gold=[G("Improbable.", "snap-election", "2026-03-06", "2026-12-31", 0.25,
              "confidence alone ('improbable' = unlikely, 0.25) against bram's forecast: its window",
              rel="bram_25")]),
    P("ines_thanks", "eu_watcher_ines", "2026-03-06 10:00:00",
      "Useful numbers, thanks.", reply="bram_25"),
]))

# ---- 7. Game launch, June 2025 ---------------------------------------------
THREADS.append(Thread("game_launch", {
    "starfall-launch": "Starfall Odyssey launches",
    "switch2-port": "A Switch 2 port of Starfall Odyssey is released",
}, [
    P("root", "gamer_gus", "2025-06-10 18:00:00",
      "Kestrel just showed Starfall Odyssey again. No date. When do we actually get it?",
      neg="present-state claim and a question"),
    P("ins_1h27", "kestrel_insider", "2025-06-10 18:09:33",
      "Starfall Odyssey launches in 1H27.", reply="root",
      gold=[G("Starfall Odyssey launches in 1H27.", "starfall-launch", "2027-01-01", "2027-06-30", 0.9,
              "'1H27' read like '1Q27': H1 2027 = Jan-Jun; plain present-for-future 0.9")]),
    P("pia_notsosoon", "patch_notes_pia", "2025-06-10 18:15:02",
      "Not that soon.", reply="ins_1h27",
      gold=[G("Not that soon.", "starfall-launch", "2027-07-01", None, 0.9,
              "relative 'not that soon' against H1 2027: E+1 .. open; unhedged 0.9; not vague (the window "
              "comes from the relative table)", rel="ins_1h27")]),
    P("rin_agree", "retro_rin", "2025-06-10 18:22:41",
      "同意です。", reply="ins_1h27", lang="ja",
      gold=[G("同意です", "starfall-launch", "2027-01-01", "2027-06-30", 0.9,
              "'同意' = agreed: copies the insider's window and 0.9", rel="ins_1h27")]),
    P("maya_cond", "maya_lund_dev", "2025-06-10 18:40:00",
      "We'll share a date when we're confident in it. Thanks for the patience!", reply="root",
      neg="conditional on an unknown time ('when we're confident'); no window the tables resolve"),
    P("dmitri_disc", "devlog_dmitri", "2025-06-10 19:05:12",
      "At the showcase Maya Lund said it ships 'when it's ready'. That is not a date.", reply="root",
      neg="reported words with no resolvable window, quoted and discussed ('when it's ready')"),
    P("dmitri_past", "devlog_dmitri", "2025-06-10 19:20:40",
      "Kestrel's last two games were delayed by 9 and 11 months.", reply="root",
      neg="past events; lags that are not dates"),
    P("gus_ga", "gamer_gus", "2025-06-10 19:45:00",
      "Starfall at The Game Awards in December? That would be hype.", reply="root",
      neg="question plus a wish ('that would be hype')"),
    P("rin_trailer", "retro_rin", "2025-06-10 20:00:00",
      "トレーラーかっこよかった！", reply="gus_ga", lang="ja"),
    P("pia_eventually", "patch_notes_pia", "2025-06-11 08:30:00",
      "It'll come out eventually.", reply="root",
      gold=[G("It'll come out eventually.", "starfall-launch", "2025-06-11", None, 0.9,
              "'eventually' = D .. open, vague; bare 'will' 0.9", vague=True)]),
    P("ins_port", "kestrel_insider", "2025-06-11 09:00:00",
      "A Switch 2 port will follow in 2-3 years.", reply="root",
      gold=[G("A Switch 2 port will follow in 2-3 years.", "switch2-port", "2027-01-01", "2028-12-31", 0.9,
              "'in 2-3 years' = from the year containing D+2y (2027) to the year containing D+3y (2028), the "
              "'in N years' row applied to both ends of a range; 'will' 0.9")]),
    P("pia_maybe", "patch_notes_pia", "2025-06-11 09:12:20",
      "Maybe.", reply="ins_port",
      gold=[G("Maybe.", "switch2-port", "2027-01-01", "2028-12-31", 0.4,
              "confidence alone ('maybe' 0.4) against the port forecast: its window", rel="ins_port")]),
    P("dmitri_notbefore", "devlog_dmitri", "2025-06-11 10:00:00",
      "Not before 2027.", reply="root",
      gold=[G("Not before 2027.", "starfall-launch", "2027-01-01", None, 0.9,
              "'not before X' = start of X .. open; event from the question; bare 0.9")]),
]))

# ---- 8. EV launch, September 2026 -----------------------------------------
THREADS.append(Thread("ev_launch", {
    "arcadia-deliveries": "First Norvik Arcadia deliveries to customers",
    "arcadia-production": "Norvik starts Arcadia series production",
    "battery-plant": "Norvik's battery plant is completed",
}, [
    P("root", "ev_ella", "2026-09-22 12:00:00",
      "Norvik Arcadia deliveries keep slipping. What's your call?",
      neg="present-state claim and a question"),
    P("klaus_spring", "autoblog_klaus", "2026-09-22 12:15:08",
      "Erste Auslieferungen wahrscheinlich im Frühjahr.", reply="root", lang="de",
      gold=[G("Erste Auslieferungen wahrscheinlich im Frühjahr.", "arcadia-deliveries", "2027-03-01", "2027-05-31",
              0.7, "bare season 'Frühjahr' (spring, Mar-May): first not ended on 2026-09-22 = spring 2027; "
              "'wahrscheinlich' 0.7")]),
    P("ray_earlier", "range_anxiety_ray", "2026-09-22 12:26:50",
      "Earlier than that.", reply="klaus_spring",
      gold=[G("Earlier than that.", "arcadia-deliveries", "2026-09-22", "2027-02-28", 0.9,
              "relative 'earlier than that' against Mar-May 2027: D .. S - 1 day; 0.9", rel="klaus_spring")]),
    P("fatima_80", "fleet_fatima", "2026-09-22 12:40:31",
      "Norvik delivers the Arcadia by the end of this year, 80%.", reply="root",
      gold=[G("Norvik delivers the Arcadia by the end of this year, 80%", "arcadia-deliveries", "2026-09-22",
              "2026-12-31", 0.8, "'by the end of this year' = D .. 2026-12-31; explicit 80%")]),
    P("chen_unlikely", "carbuff_chen", "2026-09-22 12:52:14",
      "不太可能。", reply="fatima_80", lang="zh",
      gold=[G("不太可能", "arcadia-deliveries", "2026-09-22", "2026-12-31", 0.25,
              "confidence alone ('不太可能' = unlikely, 0.25) against fatima's forecast: its window",
              rel="fatima_80")]),
    P("ella_closed", "ev_ella", "2026-09-22 13:05:00",
      "They promised the Arcadia by 2025. That window closed.", reply="fatima_80",
      neg="a forecast whose window had already ended on D"),
    P("fatima_if", "fleet_fatima", "2026-09-22 13:20:00",
      "If they fix the supplier issue, yes. Otherwise no.", reply="ray_earlier",
      neg="conditional"),
    P("club_ceo", "norvik_owners", "2026-09-23 08:00:00",
      "According to Norvik CEO Lars Eklund, production starts in early 2027.", reply="root",
      gold=[G("According to Norvik CEO Lars Eklund, production starts in early 2027", "arcadia-production",
              "2027-01-01", "2027-04-30", 0.9,
              "reported speech; 'Lars Eklund' matches no user, so the name as written; early 2027 = Jan-Apr; 0.9",
              holder="Lars Eklund")]),
    P("ray_lag", "range_anxiety_ray", "2026-09-23 08:20:00",
      "Eklund also said 2025 last year. The gap between his dates and reality is ~8 months.", reply="club_ceo",
      neg="reported past forecast whose window (2025) had ended on D, and a lag that is not a date"),
    P("klaus_plant", "autoblog_klaus", "2026-09-23 09:10:00",
      "Die Batteriefabrik ist ohne Zweifel nächstes Jahr fertig.", reply="root", lang="de",
      gold=[G("Die Batteriefabrik ist ohne Zweifel nächstes Jahr fertig.", "battery-plant", "2027-01-01",
              "2027-12-31", 0.95, "'nächstes Jahr' = next year (2027); 'ohne Zweifel' = no doubt 0.95")]),
    P("ella_q4", "ev_ella", "2026-09-23 10:00:00",
      "Deliveries in Q4? That's what the 2025 roadmap said.", reply="root",
      neg="question, plus a past statement"),
    P("chen_thanks", "carbuff_chen", "2026-09-23 10:30:00",
      "有意思，谢谢分享。", reply="klaus_plant", lang="zh"),
]))

# ---- 9. Climate targets, April 2025 ----------------------------------------
CLEO_LONG = (
    "Recap, since this got long. The thread splits roughly in half on the 55% question. Solar keeps "
    "beating its own records and coal keeps falling in Europe, while heat pumps, buildings and transport "
    "are behind. Nobody here trusts the ETS2 timeline, and the 2023 inventory was revised twice. "
    "My own call, for the record: the EU's 2040 climate target will probably be written into law by the "
    "end of 2026."
)
THREADS.append(Thread("climate_targets", {
    "eu-55": "The EU cuts net emissions 55% below 1990 levels",
    "co2-peak": "Global CO2 emissions peak",
    "japan-renewables-40": "Renewables exceed 40% of Japan's electricity",
    "coal-below-2015": "Global coal use falls below its 2015 level",
    "eu-net-zero": "The EU reaches net zero emissions",
    "eu-2040-law": "The EU's 2040 climate target is written into law",
}, [
    P("root", "climate_cleo", "2025-04-22 11:00:00",
      "Earth Day thread: is the EU going to hit its 55% cut by 2030?",
      neg="question, even with a date"),
    P("gwen_wont", "grid_gwen", "2025-04-22 11:12:05",
      "The EU won't hit 55% by 2030.", reply="root",
      gold=[G("The EU won't hit 55% by 2030.", "eu-55", "2025-04-22", "2030-12-31", 0.1,
              "'by 2030' = D .. 2030-12-31; negated plain 'won't' 0.1")]),
    P("sol_hit", "solar_sol", "2025-04-22 11:25:44",
      "They'll hit it. 55% by 2030, maybe even by 2029.", reply="gwen_wont",
      gold=[G("They'll hit it. 55% by 2030", "eu-55", "2025-04-22", "2030-12-31", 0.9,
              "own explicit window (relative_to null): by 2030; 'will' 0.9"),
            G("maybe even by 2029", "eu-55", "2025-04-22", "2029-12-31", 0.4,
              "same event, second window: by 2029 = D .. 2029-12-31; 'maybe' 0.4")]),
    P("cait_this", "carbon_cait", "2025-04-22 11:31:10",
      "This.", reply="gwen_wont",
      gold=[G("This.", "eu-55", "2025-04-22", "2030-12-31", 0.1,
              "agreement 'this' copies gwen's window and her confidence 0.1", rel="gwen_wont")]),
    P("vera_peutetre", "verte_vera", "2025-04-22 11:40:27",
      "Peut-être que l'UE atteindra 55 % d'ici 2030.", reply="root", lang="fr",
      gold=[G("Peut-être que l'UE atteindra 55 % d'ici 2030.", "eu-55", "2025-04-22", "2030-12-31", 0.4,
              "'d'ici 2030' = by 2030; 'peut-être' = maybe 0.4")]),
    P("cait_peak", "carbon_cait", "2025-04-22 11:52:00",
      "Global CO2 emissions will peak within 2 years.", reply="root",
      gold=[G("Global CO2 emissions will peak within 2 years.", "co2-peak", "2025-04-22", "2027-04-22", 0.9,
              "'within 2 years' read like 'within N months': D .. D + 2 years; 'will' 0.9")]),
    P("cleo_disc", "climate_cleo", "2025-04-22 12:05:00",
      "'Peak' has been announced every year since 2019. It didn't happen.", reply="cait_peak",
      neg="word quoted and discussed; negated past"),
    P("kai_renew", "kyoto_kai", "2025-04-22 12:20:18",
      "日本の再エネ比率は来年40%を超えるかもしれない。", reply="root", lang="ja",
      gold=[G("日本の再エネ比率は来年40%を超えるかもしれない", "japan-renewables-40", "2026-01-01", "2026-12-31", 0.4,
              "'来年' = next year (2026); 'かもしれない' = might 0.4")]),
    P("gwen_if", "grid_gwen", "2025-04-23 08:00:00",
      "If the ETS2 is delayed again, the 2030 target is dead.", reply="root",
      neg="conditional"),
    P("sol_now", "solar_sol", "2025-04-23 08:30:00",
      "Solar is now the cheapest electricity in history.", reply="gwen_if",
      neg="present-state claim"),
    P("vera_hope", "verte_vera", "2025-04-23 09:00:00",
      "J'espère que l'UE tiendra ses engagements d'ici 2030.", reply="root", lang="fr",
      neg="hope ('j'espère' = I hope), even with 'by 2030'"),
    P("sol_coal", "solar_sol", "2025-04-23 09:20:00",
      "Global coal use falling below its 2015 level before 2028 is highly unlikely.", reply="root",
      gold=[G("Global coal use falling below its 2015 level before 2028 is highly unlikely", "coal-below-2015",
              "2025-04-23", "2027-12-31", 0.1, "before 2028 = D .. 2027-12-31; 'highly unlikely' 0.1")]),
    P("cleo_netzero", "climate_cleo", "2025-04-23 10:00:00",
      "EU net zero after 2050, very likely.", reply="root",
      gold=[G("EU net zero after 2050, very likely.", "eu-net-zero", "2051-01-01", None, 0.85,
              "'after X' = the day after X ends .. open; 'very likely' 0.85")]),
    P("cleo_long", "climate_cleo", "2025-04-23 10:30:00", CLEO_LONG, reply="cleo_netzero",
      gold=[G("the EU's 2040 climate target will probably be written into law by the end of 2026", "eu-2040-law",
              "2025-04-23", "2026-12-31", 0.7,
              "long post (note_tweet): the forecast is only in note_tweet.text, past the cut of `text`; "
              "by the end of 2026 = D .. 2026-12-31; 'probably' 0.7")]),
]))

# ---- 10. Space launch, New Year 2025/26 ------------------------------------
THREADS.append(Thread("space_launch", {
    "aurora-first-flight": "Helios flies Aurora's first orbital flight",
    "aurora-crewed": "A crewed Aurora flight",
    "booster-catch": "Helios catches an Aurora booster",
    "aurora-second-flight": "Aurora's second flight",
}, [
    P("root", "orbit_olga", "2025-12-31 22:10:00",
      "Last post of 2025: Helios still hasn't flown Aurora. Predictions for the first orbital flight?",
      neg="present-state claim and a question"),
    P("luca_next", "launch_luca", "2025-12-31 23:40:12",
      "Next year, very likely.", reply="root",
      gold=[G("Next year, very likely.", "aurora-first-flight", "2026-01-01", "2026-12-31", 0.85,
              "posted 2025-12-31 UTC, so 'next year' = 2026; 'very likely' 0.85")]),
    P("rosa_este", "rocket_rosa", "2026-01-01 00:20:45",
      "Probablemente este año.", reply="luca_next", lang="es",
      gold=[G("Probablemente este año.", "aurora-first-flight", "2026-01-01", "2026-12-31", 0.7,
              "posted 2026-01-01 UTC (40 minutes after luca), so 'este año' (this year) = D .. 2026-12-31; "
              "own window, relative_to null; 'probablemente' 0.7")]),
    P("hans_herbst", "hans_hofer", "2026-01-01 09:00:30",
      "Der Erstflug kommt frühestens im Herbst.", reply="root", lang="de",
      gold=[G("Der Erstflug kommt frühestens im Herbst.", "aurora-first-flight", "2026-09-01", None, 0.9,
              "'frühestens im Herbst' = autumn at the earliest: start of autumn 2026 (Sep 1) .. open; 0.9")]),
    P("shin_agree", "space_shin", "2026-01-01 09:30:00",
      "同意。", reply="hans_herbst", lang="ja",
      gold=[G("同意", "aurora-first-flight", "2026-09-01", None, 0.9,
              "'同意' = agreed: copies hans's window and 0.9", rel="hans_herbst")]),
    P("hw_nadia", "helios_watch", "2026-01-02 14:00:00",
      "\U0001F680 Helios CEO @nadia_voss says Aurora will fly in Q2.", reply="root",
      gold=[G("Helios CEO @nadia_voss says Aurora will fly in Q2", "aurora-first-flight", "2026-04-01",
              "2026-06-30", 0.9,
              "reported speech, holder from the mention; bare 'Q2' = first Q2 not ended on D (2026); 0.9",
              holder="nadia_voss")]),
    P("olga_ended", "orbit_olga", "2026-01-02 14:20:00",
      "Nadia said Q4 2025 a year ago.", reply="hw_nadia",
      neg="reported forecast whose window (Q4 2025) had ended on D"),
    P("luca_longer", "launch_luca", "2026-01-02 14:35:10",
      "Longer than that.", reply="hw_nadia",
      gold=[G("Longer than that.", "aurora-first-flight", "2026-07-01", None, 0.9,
              "relative 'longer than that' against the reported Q2 2026: E+1 .. open; 0.9", rel="hw_nadia")]),
    P("rosa_if", "rocket_rosa", "2026-01-02 15:00:00",
      "¿Y si explota en la plataforma? Entonces 2027.", reply="root", lang="es",
      neg="conditional / question"),
    P("shin_q", "space_shin", "2026-01-02 15:30:00",
      "Q2って何月から？", reply="hw_nadia", lang="ja",
      neg="question ('Q2 starts in which month?')"),
    P("olga_crew", "orbit_olga", "2026-01-03 10:00:00",
      "No chance of a crewed Aurora flight this decade.", reply="root",
      gold=[G("No chance of a crewed Aurora flight this decade.", "aurora-crewed", "2026-01-03", "2029-12-31",
              0.05, "'this decade' = D .. 2029-12-31; 'no chance' 0.05")]),
    P("hans_decade", "hans_hofer", "2026-01-03 10:30:00",
      "Vielleicht im nächsten Jahrzehnt.", reply="olga_crew", lang="de",
      gold=[G("Vielleicht im nächsten Jahrzehnt.", "aurora-crewed", "2030-01-01", "2039-12-31", 0.4,
              "'nächstes Jahrzehnt' = next decade 2030-2039; own window; 'vielleicht' = maybe 0.4")]),
    P("luca_catch", "launch_luca", "2026-01-03 11:00:00",
      "Helios will catch an Aurora booster one day.", reply="root",
      gold=[G("Helios will catch an Aurora booster one day.", "booster-catch", "2026-01-03", None, 0.9,
              "'one day' = D .. open, vague; 'will' 0.9", vague=True)]),
    P("rosa_second", "rocket_rosa", "2026-01-03 11:30:00",
      "El segundo vuelo de Aurora podría llegar entre noviembre y diciembre de 2026.", reply="root", lang="es",
      gold=[G("El segundo vuelo de Aurora podría llegar entre noviembre y diciembre de 2026.",
              "aurora-second-flight", "2026-11-01", "2026-12-31", 0.4,
              "'entre noviembre y diciembre de 2026' = between X and Y; 'podría' = could 0.4")]),
    P("luca_past", "launch_luca", "2026-01-03 12:00:00",
      "The static fire test happened in October.", reply="olga_crew",
      neg="past event"),
]))

# ---- 11. Box office, May 2026 -----------------------------------------------
THREADS.append(Thread("box_office", {
    "neontide-1b": "Neon Tide grosses $1B worldwide",
    "neontide-streaming": "Neon Tide is released on streaming",
}, [
    P("root", "boxoffice_bianca", "2026-05-08 15:00:00",
      "Neon Tide opens today. Does it cross $1B worldwide?",
      neg="present-state claim and a question"),
    P("tracker_60", "studio_tracker", "2026-05-08 15:10:20",
      "Neon Tide crosses $1B worldwide within 2 months. 60%.", reply="root",
      gold=[G("Neon Tide crosses $1B worldwide within 2 months. 60%.", "neontide-1b", "2026-05-08", "2026-07-08",
              0.6, "'within 2 months' = D .. D + 2 months; explicit 60%")]),
    P("paul_notsosoon", "popcorn_paul", "2026-05-08 15:22:40",
      "Not that soon.", reply="tracker_60",
      gold=[G("Not that soon.", "neontide-1b", "2026-07-09", None, 0.9,
              "relative 'not that soon': E+1 .. open; 0.9; not vague", rel="tracker_60")]),
    P("rafa_posible", "reel_rafa", "2026-05-08 15:30:05",
      "Posiblemente.", reply="tracker_60", lang="es",
      gold=[G("Posiblemente.", "neontide-1b", "2026-05-08", "2026-07-08", 0.4,
              "confidence alone ('posiblemente' = possibly, 0.4) against the tracker's forecast: its window",
              rel="tracker_60")]),
    P("katrin_nicht", "kino_katrin", "2026-05-08 15:45:00",
      "Eine Milliarde weltweit schafft Neon Tide dieses Jahr wahrscheinlich nicht.", reply="root", lang="de",
      gold=[G("Eine Milliarde weltweit schafft Neon Tide dieses Jahr wahrscheinlich nicht.", "neontide-1b",
              "2026-05-08", "2026-12-31", 0.25,
              "'dieses Jahr' = this year: D .. 2026-12-31; 'wahrscheinlich nicht' = probably not 0.25")]),
    P("paul_previews", "popcorn_paul", "2026-05-08 16:00:00",
      "Neon Tide made $38M from Thursday previews.", reply="root",
      neg="past event"),
    P("tracker_actuals", "studio_tracker", "2026-05-11 17:00:00",
      "Weekend actuals: $102M domestic. The drop from Friday to Sunday was ~20%.", reply="root",
      neg="past figures"),
    P("bianca_coin", "boxoffice_bianca", "2026-05-11 17:30:00",
      "Updating: $1B worldwide by the end of July is a coin flip now.", reply="tracker_actuals",
      gold=[G("$1B worldwide by the end of July is a coin flip now", "neontide-1b", "2026-05-11", "2026-07-31",
              0.5, "'by the end of July' = D .. 2026-07-31; 'coin flip' = 0.5")]),
    P("rafa_ojala", "reel_rafa", "2026-05-11 18:00:00",
      "102 millones. Ojalá llegue a los mil millones este verano.", quotes="tracker_actuals", lang="es",
      neg="wish ('ojalá')"),
    P("katrin_already", "kino_katrin", "2026-05-11 18:30:00",
      "Bigger than Glass Harbor's opening already lol", reply="tracker_actuals",
      neg="past / present-state comparison"),
    P("katrin_stream", "kino_katrin", "2026-05-11 19:00:00",
      "Streaming release early July, likely.", reply="root",
      gold=[G("Streaming release early July, likely.", "neontide-streaming", "2026-07-01", "2026-07-10", 0.7,
              "'early July' (a month) = days 1-10 of July 2026; 'likely' 0.7")]),
    P("paul_70", "popcorn_paul", "2026-05-12 09:00:00",
      "I'd say 70%.", reply="bianca_coin",
      gold=[G("I'd say 70%.", "neontide-1b", "2026-05-11", "2026-07-31", 0.7,
              "confidence alone (explicit 70%) against bianca's forecast: its window", rel="bianca_coin")]),
    P("katrin_q", "kino_katrin", "2026-05-12 09:30:00",
      "Neon Tide 2 announced for next summer? Source?", reply="root",
      neg="question"),
]))

# ---- 12. AI chip, October 2025 -----------------------------------------------
THREADS.append(Thread("ai_chip", {
    "r9-ship": "Corvid ships the R9 accelerator",
    "r9-volume": "Corvid starts R9 volume production",
    "r9-samples": "Corvid ships R9 engineering samples",
    "margins-recover": "Corvid's gross margins recover",
}, [
    P("jensen_root", "jalvarez_corvid", "2025-10-07 17:00:00",
      "Great day at Corvid Dev Summit. Thank you all! R&D team, you rock."),
    P("cw_jensen", "chipwire", "2025-10-07 18:00:00",
      "Jensen says Corvid will ship the R9 accelerator next year.", quotes="jensen_root",
      gold=[G("Jensen says Corvid will ship the R9 accelerator next year", "r9-ship", "2026-01-01", "2026-12-31",
              0.9, "reported speech: 'Jensen' = first name of exactly one user (jalvarez_corvid); next year = 2026",
              holder="jalvarez_corvid")]),
    P("sara_late", "silicon_sara", "2025-10-07 18:12:44",
      "Probably late 2026.", reply="cw_jensen",
      gold=[G("Probably late 2026.", "r9-ship", "2026-09-01", "2026-12-31", 0.7,
              "own window: late 2026 = Sep-Dec; 'probably' 0.7")]),
    P("skeptic_past", "semi_skeptic", "2025-10-07 18:20:00",
      "Corvid promised R8 volume by Q3 2024. They missed it by a year.", reply="cw_jensen",
      neg="past; the promised window had ended on D"),
    P("felix_nicht", "fab_felix", "2025-10-07 18:31:15",
      "Das R9 kommt wahrscheinlich nicht nächstes Jahr.", reply="sara_late", lang="de",
      gold=[G("Das R9 kommt wahrscheinlich nicht nächstes Jahr.", "r9-ship", "2026-01-01", "2026-12-31", 0.25,
              "own window 'nächstes Jahr' = 2026; 'wahrscheinlich nicht' = probably not 0.25")]),
    P("wang_likely", "wafer_wang", "2025-10-07 18:40:02",
      "R9 很可能明年出货。", reply="cw_jensen", lang="zh",
      gold=[G("R9 很可能明年出货", "r9-ship", "2026-01-01", "2026-12-31", 0.85,
              "'明年' = next year (2026); '很可能' = very likely 0.85")]),
    P("hiro_volume", "hbm_hiro", "2025-10-07 18:55:30",
      "R9の量産はたぶん2027年の後半。", reply="cw_jensen", lang="ja",
      gold=[G("R9の量産はたぶん2027年の後半", "r9-volume", "2027-07-01", "2027-12-31", 0.7,
              "'2027年の後半' = second half of 2027; 'たぶん' = probably 0.7")]),
    P("tara_optimistic", "tapeout_tara", "2025-10-07 19:10:00",
      "You're too optimistic.", reply="sara_late",
      gold=[G("You're too optimistic.", "r9-ship", "2027-01-01", None, 0.9,
              "relative against late 2026: E+1 .. open; 0.9", rel="sara_late")]),
    P("sara_maybe", "silicon_sara", "2025-10-07 19:22:18",
      "Maybe.", reply="tara_optimistic",
      gold=[G("Maybe.", "r9-ship", "2027-01-01", None, 0.4,
              "confidence alone ('maybe' 0.4) against tara's forecast: its window", rel="tara_optimistic")]),
    P("wang_q", "wafer_wang", "2025-10-07 19:40:00",
      "R9 什么时候量产？明年还是后年？", reply="cw_jensen", lang="zh",
      neg="question with dates ('next year or the year after?')"),
    P("hiro_disc", "hbm_hiro", "2025-10-07 20:00:00",
      "R8の時も「来年」と言っていた。", reply="cw_jensen", lang="ja",
      neg="past; the word '来年' is quoted and discussed"),
    P("cw_cfo", "chipwire", "2025-10-08 08:00:00",
      "According to Corvid CFO Elena Marsh, gross margins recover within 6 months.",
      gold=[G("According to Corvid CFO Elena Marsh, gross margins recover within 6 months", "margins-recover",
              "2025-10-08", "2026-04-08", 0.9,
              "reported speech; 'Elena Marsh' matches no user, so as written; within 6 months = D .. D + 6 months",
              holder="Elena Marsh")]),
    P("felix_if", "fab_felix", "2025-10-08 08:30:00",
      "Margins recover when HBM prices fall, not before.", reply="cw_cfo",
      neg="conditional on another event, no window"),
    P("skeptic_quote", "semi_skeptic", "2025-10-08 09:00:00",
      "Jensen says next year. I'd put 30% on the R9 shipping in 2026.", quotes="cw_jensen",
      gold=[G("Jensen says next year", "r9-ship", "2026-01-01", "2026-12-31", 0.9,
              "reported speech (holder jalvarez_corvid by first name); event from the quoted post; next year = "
              "2026; bare 0.9", holder="jalvarez_corvid"),
            G("I'd put 30% on the R9 shipping in 2026", "r9-ship", "2026-01-01", "2026-12-31", 0.3,
              "author's own view with its own explicit window (2026), so relative_to null; explicit 30%")]),
    P("sara_samples", "silicon_sara", "2025-10-08 09:30:00",
      "R9 engineering samples November to December 2025, I expect.", reply="cw_jensen",
      gold=[G("R9 engineering samples November to December 2025, I expect.", "r9-samples", "2025-11-01",
              "2025-12-31", 0.7, "'November to December 2025' = start of X .. end of Y; 'I expect' 0.7")]),
]))

# ---- 13. AGI timelines, July 2026 ---------------------------------------------
THREADS.append(Thread("agi_timelines", {
    "agi": "AGI is achieved",
    "home-robots": "Humanoid home robots go on sale to consumers",
    "agents-travel": "AI agents book all of the author's travel",
    "training-pause": "A frontier lab announces a training pause",
}, [
    P("root", "agi_anna", "2026-07-30 14:00:00",
      "Serious question: when do we get AGI? Not vibes, a date.",
      neg="question"),
    P("ade_soon", "accel_ade", "2026-07-30 14:05:10",
      "AGI soon. Like, really soon.", reply="root",
      gold=[G("AGI soon", "agi", "2026-07-30", None, 0.9,
              "'soon' = D .. open, vague; bare assertion 0.9", vague=True)]),
    P("dex_disc", "doomer_dex", "2026-07-30 14:10:44",
      "'Soon' is not a prediction. Give a date or stop.", reply="ade_soon",
      neg="word quoted and discussed, not used"),
    P("ade_2028", "accel_ade", "2026-07-30 14:16:02",
      "Fine: 2028. 70%.", reply="dex_disc",
      gold=[G("Fine: 2028. 70%.", "agi", "2028-01-01", "2028-12-31", 0.7,
              "a year = the whole year; explicit 70%; event from his own earlier forecast")]),
    P("phil_eventually", "philo_phil", "2026-07-30 14:25:30",
      "Eventually, probably.", reply="root",
      gold=[G("Eventually, probably.", "agi", "2026-07-30", None, 0.7,
              "'eventually' = D .. open, vague; 'probably' 0.7", vague=True)]),
    P("ruth_robots", "robo_ruth", "2026-07-30 14:33:12",
      "Humanoid home robots on sale to consumers by 2030, maybe.", reply="root",
      gold=[G("Humanoid home robots on sale to consumers by 2030, maybe.", "home-robots", "2026-07-30",
              "2030-12-31", 0.4, "by 2030 = D .. 2030-12-31; 'maybe' 0.4")]),
    P("lurker_never", "lab_lurker", "2026-07-30 14:41:55",
      "Never. Scaling is hitting a wall.", reply="root",
      gold=[G("Never.", "agi", "2026-07-30", None, 0.05,
              "'never' = D .. open with confidence 0.05; not vague (see README)")]),
    P("anna_disc", "agi_anna", "2026-07-30 14:50:00",
      "'Never' is a strong claim. What would change your mind?", reply="lurker_never",
      neg="word quoted and discussed; question"),
    P("phil_maybenever", "philo_phil", "2026-07-30 15:02:20",
      "Maybe never.", reply="lurker_never",
      gold=[G("Maybe never.", "agi", "2026-07-30", None, 0.6,
              "'maybe never' = 1 - 0.4 = 0.6 for the event, D .. open; own window, relative_to null")]),
    P("ruth_probnever", "robo_ruth", "2026-07-30 15:10:48",
      "Probably never.", reply="lurker_never",
      gold=[G("Probably never.", "agi", "2026-07-30", None, 0.25,
              "'probably never' = 'probably not' 0.25, D .. open; relative_to null")]),
    P("dex_coming", "doomer_dex", "2026-07-31 09:00:00",
      "AGI in the coming years, and we're not ready.", reply="root",
      gold=[G("AGI in the coming years", "agi", "2026-07-31", None, 0.9,
              "'in the coming years' = D .. open, vague; bare 0.9", vague=True)]),
    P("ade_hope", "accel_ade", "2026-07-31 09:30:00",
      "I hope AGI arrives before I retire lol", reply="root",
      neg="hope"),
    P("dex_if", "doomer_dex", "2026-07-31 10:00:00",
      "If compute doubles every 6 months, AGI by 2029.", reply="ade_hope",
      neg="conditional ('if X, AGI by 2029')"),
    P("ade_travel", "accel_ade", "2026-07-31 10:30:00",
      "AI agents booking all my travel by next summer, highly likely.", reply="root",
      gold=[G("AI agents booking all my travel by next summer, highly likely.", "agents-travel", "2026-07-31",
              "2027-08-31", 0.85, "'next summer' said 2026-07-31 = first summer starting after D = Jun-Aug 2027; "
              "by X = D .. 2027-08-31; 'highly likely' 0.85")]),
    P("phil_pause", "philo_phil", "2026-07-31 11:00:00",
      "A frontier lab announcing a training pause this summer is highly unlikely.", reply="root",
      gold=[G("A frontier lab announcing a training pause this summer is highly unlikely", "training-pause",
              "2026-07-31", "2026-08-31", 0.1,
              "'this summer' said in summer = D .. 2026-08-31; 'highly unlikely' 0.1")]),
    P("anna_tally", "agi_anna", "2026-07-31 12:00:00",
      "Tally so far: 'soon', 2028, 'eventually', 'never'. Useful thread.", reply="root",
      neg="others' words listed and discussed, not used"),
]))

# ---- 14. BTC price calls, October 2026 --------------------------------------
THREADS.append(Thread("btc_2026", {
    "above-150k": "BTC trades above $150k",
    "below-100k": "BTC falls below $100k",
    "above-140k": "BTC trades at $140k",
    "above-200k": "BTC trades at $200k",
    "below-120k": "BTC falls below $120k",
    "below-90k": "BTC trades below $90k",
}, [
    P("root", "quant_quinn", "2026-10-14 13:00:00",
      "BTC just broke $125k. Calls for the next leg? Thresholds and dates, please.",
      neg="past / present-state claim and a question"),
    P("omar_eoy", "onchain_omar", "2026-10-14 13:06:40",
      "BTC > $150k by EOY. Likely.", reply="root",
      gold=[G("BTC > $150k by EOY. Likely.", "above-150k", "2026-10-14", "2026-12-31", 0.7,
              "'by EOY' = by the end of this year: D .. 2026-12-31; 'likely' 0.7. Raw text has '&gt;'")]),
    P("kurt_q1", "krypto_kurt", "2026-10-14 13:15:11",
      "Nein, Q1 '27.", reply="omar_eoy", lang="de",
      gold=[G("Q1 '27", "above-150k", "2027-01-01", "2027-03-31", 0.9,
              "own explicit window (relative_to null): Q1 '27 = Q1 2027; bare 0.9")]),
    P("bernard_later", "btc_bernard", "2026-10-14 13:22:50",
      "Plus tard, probablement.", reply="omar_eoy", lang="fr",
      gold=[G("Plus tard, probablement.", "above-150k", "2027-01-01", None, 0.7,
              "relative 'plus tard' = later against D..2026-12-31: E+1 .. open; 'probablement' 0.7",
              rel="omar_eoy")]),
    P("wen_agree", "whale_wen", "2026-10-14 13:30:12",
      "同意", reply="bernard_later", lang="zh",
      gold=[G("同意", "above-150k", "2027-01-01", None, 0.7,
              "'同意' = agreed: copies bernard's window and 0.7", rel="bernard_later")]),
    P("quinn_sooner", "quant_quinn", "2026-10-14 13:41:00",
      "Sooner.", reply="omar_eoy",
      gold=[G("Sooner.", "above-150k", "2026-10-14", "2026-12-30", 0.9,
              "'sooner' against a 'by X' window whose S is D: no room before it, so D .. E - 1 day; 0.9",
              rel="omar_eoy")]),
    P("mateo_100", "macro_mateo", "2026-10-14 13:55:25",
      "BTC probablemente cae por debajo de $100k el mes que viene.", reply="root", lang="es",
      gold=[G("BTC probablemente cae por debajo de $100k el mes que viene.", "below-100k", "2026-11-01",
              "2026-11-30", 0.7, "'el mes que viene' = next month = November 2026; 'probablemente' 0.7")]),
    P("hana_nochance", "hodl_hana", "2026-10-14 14:02:33",
      "No chance.", reply="mateo_100",
      gold=[G("No chance.", "below-100k", "2026-11-01", "2026-11-30", 0.05,
              "confidence alone ('no chance' 0.05) against mateo's forecast: its window", rel="mateo_100")]),
    P("bernard_joke", "btc_bernard", "2026-10-14 14:20:00",
      "Le bitcoin à 150k la semaine prochaine ? Ce serait drôle.", reply="root", lang="fr",
      neg="question plus a joke ('that would be funny')"),
    P("hana_sarcasm", "hodl_hana", "2026-10-14 14:35:00",
      "BTC to $1M by Friday, easy money /s", reply="root",
      neg="sarcasm marked with /s"),
    P("omar_two", "onchain_omar", "2026-10-15 09:00:00",
      "Two calls: BTC prints $140k this month, and $200k no later than end of 2027.", reply="root",
      gold=[G("BTC prints $140k this month", "above-140k", "2026-10-15", "2026-10-31", 0.9,
              "'this month' = D .. 2026-10-31; bare 0.9"),
            G("$200k no later than end of 2027", "above-200k", "2026-10-15", "2027-12-31", 0.9,
              "'no later than end of 2027' = D .. 2027-12-31; bare 0.9")]),
    P("kurt_3m", "krypto_kurt", "2026-10-15 09:30:00",
      "Bitcoin steigt wahrscheinlich in den nächsten 3 Monaten über 150k.", reply="root", lang="de",
      gold=[G("Bitcoin steigt wahrscheinlich in den nächsten 3 Monaten über 150k.", "above-150k", "2026-10-15",
              "2027-01-15", 0.7, "'in den nächsten 3 Monaten' = in the next 3 months: D .. D + 3 months; "
              "'wahrscheinlich' 0.7")]),
    P("wen_2w", "whale_wen", "2026-10-15 10:00:00",
      "比特币两周后会跌破12万美元。", reply="root", lang="zh",
      gold=[G("比特币两周后会跌破12万美元", "below-120k", "2026-10-26", "2026-11-01", 0.9,
              "'两周后' = in 2 weeks: the ISO week (Mon-Sun) containing D + 14 days (2026-10-29); '会' = will 0.9")]),
    P("hana_90", "hodl_hana", "2026-10-15 10:30:00",
      "1 in 4 that BTC trades below $90k between December and February.", reply="root",
      gold=[G("1 in 4 that BTC trades below $90k between December and February", "below-90k", "2026-12-01",
              "2027-02-28", 0.25, "between X and Y with bare months, each the first not ended on D: "
              "Dec 2026 .. Feb 2027; '1 in 4' = 0.25")]),
    P("quinn_past", "quant_quinn", "2026-10-16 08:00:00",
      "Last year everyone said $150k by Christmas. Didn't happen.", reply="root",
      neg="negated past; reported window already ended"),
    P("mateo_if", "macro_mateo", "2026-10-16 08:30:00",
      "Si la Fed recorta en diciembre, BTC a 150k en enero.", reply="root", lang="es",
      neg="conditional ('si ...' = if the Fed cuts)"),
    P("wen_q", "whale_wen", "2026-10-16 09:00:00",
      "比特币十年后会到一百万美元吗？", reply="root", lang="zh",
      neg="question ('will BTC reach $1M in ten years?')"),
]))

# ---- 15. Console launch, March 2026 ------------------------------------------
THREADS.append(Thread("console_launch", {
    "nimbus2-reveal": "Cirrus holds the Nimbus 2 reveal event",
    "nimbus2-preorders": "Nimbus 2 preorders open",
    "nimbus2-launch": "The Nimbus 2 launches",
    "nimbus2-pro": "A Nimbus 2 Pro launches",
    "cirrus-margins": "Cirrus hardware margins improve",
    "price-increase": "Cirrus raises the Nimbus price",
    "handheld": "A handheld Nimbus 2 version is released",
    "cloud-streaming": "Cloud streaming comes to the Nimbus 2",
}, [
    P("root", "console_cass", "2026-03-09 12:00:00",
      "Nimbus 2 megathread. Reveal, preorders, launch: what are your dates?",
      neg="question"),
    P("leon_reveal", "leaks_leon", "2026-03-09 12:08:15",
      "Reveal event next week, guaranteed.", reply="root",
      gold=[G("Reveal event next week, guaranteed.", "nimbus2-reveal", "2026-03-16", "2026-03-22", 0.95,
              "'next week' = the ISO week after D's (D = Monday 2026-03-09); 'guaranteed' 0.95")]),
    P("rob_thisweek", "retail_rob", "2026-03-09 12:15:40",
      "This week, actually.", reply="leon_reveal",
      gold=[G("This week, actually.", "nimbus2-reveal", "2026-03-09", "2026-03-15", 0.9,
              "own explicit window (relative_to null): this week = D .. Sunday 2026-03-15; bare 0.9")]),
    P("pooja_preorders", "pixel_pooja", "2026-03-09 12:24:02",
      "Preorders open in 10 days, I expect.", reply="root",
      gold=[G("Preorders open in 10 days, I expect.", "nimbus2-preorders", "2026-03-19", "2026-03-19", 0.7,
              "'in 10 days' = the calendar day D + 10; 'I expect' 0.7")]),
    P("yuki_h2", "jp_gamer_yuki", "2026-03-09 12:35:30",
      "発売はたぶん今年の後半。", reply="root", lang="ja",
      gold=[G("発売はたぶん今年の後半", "nimbus2-launch", "2026-07-01", "2026-12-31", 0.7,
              "'今年の後半' = second half of this year (H2 2026); 'たぶん' 0.7")]),
    P("luc_earlier", "fr_joueur_luc", "2026-03-09 12:44:18",
      "Plus tôt que ça.", reply="yuki_h2", lang="fr",
      gold=[G("Plus tôt que ça.", "nimbus2-launch", "2026-03-09", "2026-06-30", 0.9,
              "relative 'plus tôt que ça' = earlier than that against H2 2026: D .. S - 1 day; 0.9",
              rel="yuki_h2")]),
    P("cass_nov", "console_cass", "2026-03-09 12:52:00",
      "Launch in November, definitely.", reply="root",
      gold=[G("Launch in November, definitely.", "nimbus2-launch", "2026-11-01", "2026-11-30", 0.95,
              "bare month = November 2026; 'definitely' 0.95")]),
    P("rob_late", "retail_rob", "2026-03-09 13:05:27",
      "Late November for sure.", reply="cass_nov",
      gold=[G("Late November for sure.", "nimbus2-launch", "2026-11-21", "2026-11-30", 0.95,
              "'late November' (a month) = days 21-end; own window; 'for sure' 0.95")]),
    P("leon_pro", "leaks_leon", "2026-03-10 09:00:00",
      "A Nimbus 2 Pro follows 18 months from now.", reply="root",
      gold=[G("A Nimbus 2 Pro follows 18 months from now.", "nimbus2-pro", "2027-09-01", "2027-09-30", 0.9,
              "'18 months from now' = the calendar month containing D + 18 months (2027-09-10); bare 0.9")]),
    P("pooja_could", "pixel_pooja", "2026-03-10 09:20:00",
      "Could be.", reply="leon_pro",
      gold=[G("Could be.", "nimbus2-pro", "2027-09-01", "2027-09-30", 0.4,
              "confidence alone ('could' 0.4) against leon's forecast: its window", rel="leon_pro")]),
    P("cirrus_cfo", "cirrus_daily", "2026-03-10 10:00:00",
      "Cirrus CFO Mark Oyelaran says hardware margins improve within the year and there will be no price "
      "increase before 2027.",
      gold=[G("Mark Oyelaran says hardware margins improve within the year", "cirrus-margins", "2026-03-10",
              "2026-12-31", 0.9, "reported speech; 'Mark Oyelaran' matches no user, so as written; "
              "'within the year' = D .. 2026-12-31; bare 0.9", holder="Mark Oyelaran"),
            G("there will be no price increase before 2027", "price-increase", "2026-03-10", "2026-12-31", 0.1,
              "same reported holder; before 2027 = D .. 2026-12-31; negated plain assertion 0.1",
              holder="Mark Oyelaran")]),
    P("cass_quarter", "console_cass", "2026-03-10 10:20:00",
      "A price increase this quarter is very unlikely.", reply="cirrus_cfo",
      gold=[G("A price increase this quarter is very unlikely.", "price-increase", "2026-03-10", "2026-03-31",
              0.1, "'this quarter' = D .. 2026-03-31; 'very unlikely' 0.1")]),
    P("yuki_handheld", "jp_gamer_yuki", "2026-03-10 11:00:00",
      "携帯機版はいつか出るはず。", reply="root", lang="ja",
      gold=[G("携帯機版はいつか出るはず", "handheld", "2026-03-10", None, 0.7,
              "'いつか' = someday: D .. open, vague; 'はず' = should 0.7", vague=True)]),
    P("luc_if", "fr_joueur_luc", "2026-03-10 11:30:00",
      "Si la Nimbus 2 sort en novembre, je l'achète le premier jour.", reply="cass_nov", lang="fr",
      neg="conditional ('si' = if it launches in November)"),
    P("rob_past", "retail_rob", "2026-03-11 08:00:00",
      "Nimbus 1 launched in November 2020 at $499.", reply="root",
      neg="past event"),
    P("cass_disc", "console_cass", "2026-03-11 08:30:00",
      "Everyone saying 'next week' for the reveal: it's been 'next week' for a month.", reply="leon_reveal",
      neg="words quoted and discussed"),
    P("pooja_cloud", "pixel_pooja", "2026-03-11 09:00:00",
      "Cloud streaming for Nimbus 2 at some point, perhaps.", reply="root",
      gold=[G("Cloud streaming for Nimbus 2 at some point, perhaps.", "cloud-streaming", "2026-03-11", None, 0.4,
              "'at some point' = D .. open, vague; 'perhaps' 0.4", vague=True)]),
    P("leon_sept", "leaks_leon", "2026-03-11 09:30:00",
      "No sooner than September.", reply="yuki_h2",
      gold=[G("No sooner than September.", "nimbus2-launch", "2026-09-01", None, 0.9,
              "'no sooner than X' = start of X .. open (September 2026); own window; 0.9")]),
    P("rob_q1", "retail_rob", "2026-03-11 10:00:00",
      "The launch almost certainly won't slip to the first quarter of 2027.", reply="root",
      gold=[G("The launch almost certainly won't slip to the first quarter of 2027.", "nimbus2-launch",
              "2027-01-01", "2027-03-31", 0.05,
              "'the first quarter of 2027' = Jan-Mar 2027; 'almost certainly not' 0.05")]),
]))


# --------------------------------------------------------------------------
# derived structure
# --------------------------------------------------------------------------

def prepare(thread: Thread) -> dict[str, P]:
    posts = {p.key: p for p in thread.posts}
    assert len(posts) == len(thread.posts), thread.topic
    order = {p.key: i for i, p in enumerate(thread.posts)}
    for p in thread.posts:  # in order, so parents come first
        for ref in (p.reply, p.quotes):
            assert ref is None or order[ref] < order[p.key], (thread.topic, p.key)
        p.id = snowflake(p.created_at, thread.topic + ":" + p.key)
        if p.reply:
            parent = posts[p.reply]
            chain = [parent.author] + parent.prefix
            seen: list[str] = []
            for name in chain:
                if name != p.author and name not in seen:
                    seen.append(name)
            p.prefix = seen[:3]
    return posts


def conversation_root(p: P, posts: dict[str, P]) -> P:
    while p.reply:
        p = posts[p.reply]
    return p


def full_text(p: P) -> str:
    """The complete text as a reader sees it (leading @mentions, no quote link)."""
    return "".join("@" + n + " " for n in p.prefix) + p.body


def is_long(p: P) -> bool:
    return len(full_text(p)) > 280


def quote_link(p: P, posts: dict[str, P]) -> tuple[str, str]:
    q = posts[p.quotes]
    return tco(p.id + ":quote"), f"https://x.com/{q.author}/status/{q.id}"


def v2_text(p: P, posts: dict[str, P]) -> str:
    text = escape(full_text(p))
    if is_long(p):
        cut = text[:279]
        cut = cut[: cut.rfind(" ")]
        return cut + "… " + tco(p.id + ":more")
    if p.quotes:
        text += " " + quote_link(p, posts)[0]
    return text


def reader_text(p: P) -> str:
    """What the labels are checked against: full (note) text, entities decoded."""
    return html.unescape(escape(full_text(p)))


MENTION_RE = re.compile(r"(?<![\w@])@(\w{1,15})")
TCO_RE = re.compile(r"https://t\.co/\w{10}")


def v2_entities(text: str, p: P, posts: dict[str, P]) -> dict:
    ent: dict = {}
    urls = []
    for m in TCO_RE.finditer(text):
        short = m.group(0)
        if p.quotes and short == quote_link(p, posts)[0]:
            expanded = quote_link(p, posts)[1]
        else:
            expanded = f"https://twitter.com/i/web/status/{p.id}"
        bare = re.sub(r"^https?://(www\.)?", "", expanded)
        urls.append({"start": m.start(), "end": m.end(), "url": short, "expanded_url": expanded,
                     "display_url": bare if len(bare) <= 30 else bare[:26] + "…"})
    if urls:
        ent["urls"] = urls
    mentions = [{"start": m.start(), "end": m.end(), "username": m.group(1), "id": USER[m.group(1)].id}
                for m in MENTION_RE.finditer(text) if m.group(1) in USER]
    if mentions:
        ent["mentions"] = mentions
    return ent


def metrics(p: P) -> dict:
    k = p.id
    likes = _small_int("like" + k, 400)
    return {"retweet_count": likes // 9, "reply_count": _small_int("rep" + k, 12),
            "like_count": likes, "quote_count": likes // 40,
            "bookmark_count": likes // 15, "impression_count": likes * 90 + _small_int("imp" + k, 900)}


def v2_tweet(p: P, posts: dict[str, P]) -> dict:
    text = v2_text(p, posts)
    tweet: dict = {
        "edit_history_tweet_ids": [p.id],
        "text": text,
        "conversation_id": conversation_root(p, posts).id,
        "lang": p.lang,
        "possibly_sensitive": False,
        "author_id": USER[p.author].id,
        "reply_settings": "everyone",
        "id": p.id,
        "created_at": iso_v2(p.created_at),
        "public_metrics": metrics(p),
    }
    ent = v2_entities(text, p, posts)
    if ent:
        tweet["entities"] = ent
    refs = []
    if p.reply:
        tweet["in_reply_to_user_id"] = USER[posts[p.reply].author].id
        refs.append({"type": "replied_to", "id": posts[p.reply].id})
    if p.quotes:
        refs.append({"type": "quoted", "id": posts[p.quotes].id})
    if refs:
        tweet["referenced_tweets"] = refs
    if is_long(p):
        note = escape(full_text(p))
        tweet["note_tweet"] = {"text": note}
        note_ent = v2_entities(note, p, posts)
        if note_ent:
            tweet["note_tweet"]["entities"] = note_ent
    return tweet


def v2_user(u: User) -> dict:
    likes = _small_int("fol" + u.username, 90_000)
    return {
        "id": u.id,
        "name": u.name,
        "username": u.username,
        "created_at": iso_v2(parse_when(u.created)),
        "description": u.description,
        "protected": False,
        "verified": False,
        "public_metrics": {"followers_count": likes, "following_count": _small_int("fg" + u.username, 2000),
                           "tweet_count": _small_int("tc" + u.username, 40_000),
                           "listed_count": likes // 200},
    }


def search_url(thread: Thread, posts: dict[str, P], token: str | None) -> str:
    roots = sorted({conversation_root(p, posts).id for p in thread.posts}, key=int)
    query = " OR ".join(f"conversation_id:{r}" for r in roots)
    params = [("expansions", "author_id,in_reply_to_user_id,referenced_tweets.id,"
                             "referenced_tweets.id.author_id,entities.mentions.username"),
              ("tweet.fields", "author_id,conversation_id,created_at,entities,id,in_reply_to_user_id,lang,"
                               "public_metrics,text,possibly_sensitive,referenced_tweets,reply_settings,"
                               "edit_history_tweet_ids,note_tweet"),
              ("user.fields", "created_at,description,id,name,protected,public_metrics,username,verified"),
              ("query", query), ("max_results", str(PAGE_SIZE))]
    if token:
        params.append(("next_token", token))
    return "https://api.twitter.com/2/tweets/search/all?" + "&".join(
        f"{k}={urlquote(v, safe='')}" for k, v in params)


def build_pages(thread: Thread, posts: dict[str, P]) -> list[dict]:
    newest_first = sorted(thread.posts, key=lambda p: int(p.id), reverse=True)
    if len(newest_first) > PAGE_SIZE:
        half = (len(newest_first) + 1) // 2
        chunks = [newest_first[:half], newest_first[half:]]
    else:
        chunks = [newest_first]
    tokens = [None] + [_token(thread.topic + f"next{i}", 45, _B36) for i in range(1, len(chunks))] + [None]
    last = max(p.created_at for p in thread.posts)
    retrieved = (last + timedelta(days=1)).replace(hour=9, minute=0, second=0)
    pages = []
    for n, chunk in enumerate(chunks):
        included: list[P] = []
        for p in chunk:
            for key in (p.reply, p.quotes):
                if key and posts[key] not in included:
                    included.append(posts[key])
        names: list[str] = []

        def want(name: str) -> None:
            if name not in names:
                names.append(name)

        for p in chunk:
            want(p.author)
            if p.reply:
                want(posts[p.reply].author)
            for m in MENTION_RE.finditer(full_text(p)):
                if m.group(1) in USER:
                    want(m.group(1))
        for p in included:
            want(p.author)
        includes: dict = {"users": [v2_user(USER[n_]) for n_ in names]}
        if included:
            includes["tweets"] = [v2_tweet(p, posts) for p in included]
        meta = {"newest_id": chunk[0].id, "oldest_id": chunk[-1].id, "result_count": len(chunk)}
        if tokens[n + 1]:
            meta["next_token"] = tokens[n + 1]
        pages.append({
            "data": [v2_tweet(p, posts) for p in chunk],
            "includes": includes,
            "meta": meta,
            "__twarc": {"url": search_url(thread, posts, tokens[n]), "version": TWARC_VERSION,
                        "retrieved_at": (retrieved + timedelta(seconds=2 * n)).isoformat(timespec="seconds")},
        })
    return pages


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

def file_name(thread: Thread) -> str:
    return thread.topic + ".twarc2.jsonl"


def gold_records(thread: Thread, posts: dict[str, P]) -> list[dict]:
    out = []
    for p in thread.posts:
        for g in p.gold:
            out.append({
                "post_id": p.id,
                "author": p.author,
                "holder": g.holder or p.author,
                "quote": g.quote,
                "event": thread.events[g.prop],
                "proposition": thread.topic + ":" + g.prop,
                "window_start": g.start,
                "window_end": g.end,
                "confidence": g.conf,
                "polarity": "will" if g.conf >= 0.5 else "will_not",
                "relative_to": posts[g.rel].id if g.rel else None,
                "vague": g.vague,
                "file": file_name(thread),
                "note": g.note,
            })
    return out


def negative_records(thread: Thread) -> list[dict]:
    return [{"post_id": p.id, "file": file_name(thread), "text": reader_text(p), "why": p.neg}
            for p in thread.posts if p.neg]


# --------------------------------------------------------------------------
# self-checks
# --------------------------------------------------------------------------

def _name_matches(name: str, users: list[User]) -> list[str]:
    """Users a written name resolves to: full display name, or a first or last name."""
    hits = []
    for u in users:
        parts = u.name.split()
        if name == u.name or (len(parts) > 1 and name in (parts[0], parts[-1])):
            hits.append(u.username)
    return hits


def validate(thread: Thread, posts: dict[str, P], pages: list[dict]) -> None:
    t = thread.topic
    assert 8 <= len(thread.posts) <= 25, (t, len(thread.posts))
    export_users = [USER[u["username"]] for pg in pages for u in pg["includes"]["users"]]
    export_users = list({u.username: u for u in export_users}.values())
    used_props = set()
    for p in thread.posts:
        ms = (int(p.id) >> 22) + TWEPOCH_MS
        assert ms // 1000 == int(p.created_at.timestamp()), (t, p.key)
        assert not (p.gold and p.neg), (t, p.key, "post is both gold and negative")
        text = reader_text(p)
        if not is_long(p):
            assert len(text) <= 280, (t, p.key)
        for g in p.gold:
            used_props.add(g.prop)
            assert g.quote in text, (t, p.key, g.quote)
            assert g.quote not in "".join("@" + n + " " for n in p.prefix), (t, p.key)
            assert 0.0 <= g.conf <= 1.0
            if g.start and g.end:
                assert date.fromisoformat(g.start) <= date.fromisoformat(g.end), (t, p.key)
            for d in (g.start, g.end):
                if d:
                    date.fromisoformat(d)
            if g.rel:
                target = posts[g.rel]
                assert target.gold, (t, p.key, "relative_to a post without gold")
                assert g.rel in (p.reply, p.quotes), (t, p.key, "relative_to is not the parent/quoted post")
                assert g.prop in {x.prop for x in target.gold}, (t, p.key)
            if g.vague:
                assert g.end is None
            # holders: handles exist in the export; written names resolve to nobody
            if g.holder and g.holder != p.author:
                if g.holder in USER:
                    assert any(u.username == g.holder for u in export_users), (t, p.key, g.holder)
                    words = re.findall(r"[A-Z][\w]+", text)
                    names = words + [a + " " + b for a, b in zip(words, words[1:])]
                    assert ("@" + g.holder in text
                            or any(_name_matches(w, export_users) == [g.holder] for w in names)), (t, p.key)
                else:
                    assert g.holder in text, (t, p.key)
                    assert not _name_matches(g.holder, export_users), (t, p.key, g.holder)
                    for part in g.holder.split():
                        assert not _name_matches(part, export_users), (t, p.key, part)
        if is_long(p):
            # the long post's forecast must only be readable from note_tweet.text
            short = html.unescape(v2_text(p, posts))
            for g in p.gold:
                assert g.quote not in short, (t, p.key)
    assert used_props == set(thread.events), (t, set(thread.events) - used_props)
    # every mention resolves to a user of the export
    for pg in pages:
        ids = {u["id"] for u in pg["includes"]["users"]}
        for tw in pg["data"] + pg["includes"].get("tweets", []):
            assert tw["author_id"] in ids
            for m in tw.get("entities", {}).get("mentions", []):
                assert m["id"] in ids
                assert tw["text"][m["start"]:m["end"]] == "@" + m["username"]


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------

def write_jsonl(path: Path, rows: list[dict], ascii_: bool) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=ascii_) + "\n")


def main() -> None:
    gold: list[dict] = []
    negatives: list[dict] = []
    n_posts = 0
    langs: dict[str, int] = {}
    for thread in THREADS:
        posts = prepare(thread)
        pages = build_pages(thread, posts)
        validate(thread, posts, pages)
        write_jsonl(OUT_DIR / file_name(thread), pages, ascii_=True)  # twarc2 writes json.dumps(page)
        gold += gold_records(thread, posts)
        negatives += negative_records(thread)
        n_posts += len(thread.posts)
        for p in thread.posts:
            langs[p.lang] = langs.get(p.lang, 0) + 1
    ids = [r["post_id"] for r in gold] + [u.id for u in USERS]
    assert len({r["post_id"] for r in negatives}) == len(negatives)
    assert not ({r["post_id"] for r in gold} & {r["post_id"] for r in negatives})
    assert len(set(u.id for u in USERS)) == len(USERS) and ids
    props_by_event: dict[str, set[str]] = {}
    for r in gold:
        props_by_event.setdefault(r["proposition"], set()).add(r["event"])
    assert all(len(v) == 1 for v in props_by_event.values())
    write_jsonl(OUT_DIR / "gold.jsonl", gold, ascii_=False)
    write_jsonl(OUT_DIR / "negatives.jsonl", negatives, ascii_=False)

    relative = sum(1 for r in gold if r["relative_to"])
    reported = sum(1 for r in gold if r["holder"] != r["author"])
    multi = sum(1 for n in _count([r["post_id"] for r in gold]).values() if n > 1)
    big_props = sum(1 for n in _count([r["proposition"] for r in gold]).values() if n >= 3)
    assert len(gold) >= 60 and relative >= 10 and reported >= 5 and len(negatives) >= 40
    assert 12 <= len(THREADS) <= 16
    print(f"threads {len(THREADS)}, posts {n_posts}, gold {len(gold)} (relative {relative}, reported {reported}, "
          f"vague {sum(r['vague'] for r in gold)}, posts with 2+ forecasts {multi}, propositions "
          f"{len(props_by_event)}, with 3+ forecasts {big_props}), negatives {len(negatives)}, "
          f"langs {dict(sorted(langs.items()))}")


def _count(items: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


if __name__ == "__main__":
    main()
