#!/usr/bin/env python3
"""Build the reply-stance test set `stance_debate` (stdlib only, deterministic).

Run from the repository root:

    python tests/data/stance_debate/build_stance_debate.py

Every thread is defined ONCE below: its users, its posts, and for every reply or quote
the gold stance toward the post it answers (`s`) and toward the thread's root (`rs`).
The script checks the labels and the threads, then writes:

  <topic>.twarc2.jsonl   X API v2 search pages as twarc2 writes them (1-2 pages, newest first)
  labels.jsonl           one line per labeled reply or quote (SDQC stance + root stance)

The v2 tweet and user objects, the search page around them and the thread model (`P`,
`Thread`, `ForecastSet`) come from ../twarc_fixture.py. This set has its own `StanceSet`
with its own user registry and id scheme (ids from hashes of the post keys, salted with
the set's name), so its ids never depend on another set's contents. The forecast gold of
`P` (`gold`, `neg`) is not used here; the stance labels live in `SP`, a subclass of `P`.

All accounts, people, companies, products, clubs, benchmarks and posts are invented by the
threadscope team. The labels were written from the SDQC definitions in README.md alone,
without reading or running threadscope's stance classifier. See README.md for the
guidelines and every decision where the definitions are silent.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT_DIR.parent))  # tests/data: twarc_fixture

import twarc_fixture as tf
from twarc_fixture import P, Thread, U

S, D, Q, C = "support", "deny", "query", "comment"
LABELS = (S, D, Q, C)
LANGS = ("en", "es", "de", "fr", "zh", "ja", "und")
SALT = "stance_debate"


# --------------------------------------------------------------------------
# the model: a post with its stance labels
# --------------------------------------------------------------------------

@dataclass
class SP(P):
    """A post of this set. `stance`/`root_stance` are empty on the root."""
    stance: str = ""
    root_stance: str = ""
    note: str = ""
    minute: int = 0  # minutes after the root; the seconds come from a hash of the key


@dataclass
class StanceThread:
    topic: str
    split: str  # "dev" or "heldout"
    start: str  # the root's time, 'YYYY-MM-DD HH:MM:SS' UTC
    posts: list[SP]


def ROOT(author: str, body: str, lang: str = "en") -> SP:
    return SP("root", author, "", body, lang=lang)


def R(key: str, author: str, minute: int, body: str, reply: str = "root", s: str = "", rs: str = "",
      note: str = "", lang: str = "en", quote: bool = False) -> SP:
    """A reply. `s` = stance toward `reply`; `rs` = stance toward the root (given for depth >= 2,
    filled with `s` for direct replies to the root). `quote=True`: the reply also quotes its
    parent (a reply+quote, which stays in the conversation)."""
    return SP(key, author, "", body, reply=reply, quotes=reply if quote else None, lang=lang,
              stance=s, root_stance=rs, note=note, minute=minute)


LINKS: dict[str, str] = {}


def link(expanded: str) -> str:
    """A t.co link to an (invented, .example) page; entities.urls expands it."""
    short = tf.tco("link:" + expanded)
    assert LINKS.get(short, expanded) == expanded
    LINKS[short] = expanded
    return short


# --------------------------------------------------------------------------
# the set: ids, entities, checks, writer
# --------------------------------------------------------------------------

class StanceSet(tf.ForecastSet):
    """Hashed ids (salted with the set name), 6-byte hashes, cashtags/hashtags/mentions/urls."""

    hash_bytes = 6
    entities = ("cashtags", "hashtags", "mentions", "urls")
    CASHTAG_RE = re.compile(r"(?<![\w$])\$([A-Za-z]{1,6})\b")

    def snowflake(self, when: datetime, key: str) -> str:
        return tf.snowflake_id(tf.unix_ms(when) + self.small_int(SALT + "|ms|" + key, 1000),
                               self.small_int(SALT + "|seq|" + key, 1 << 22))

    def v2_entities(self, text: str, p: P, posts: dict[str, P]) -> dict:
        found: dict[str, list[dict]] = {"cashtags": [], "hashtags": [], "mentions": [], "urls": []}
        for m in tf.TCO_RE.finditer(text):
            short = m.group(0)
            if p.quotes and short == tf.quote_link(p, posts)[0]:
                expanded = tf.quote_link(p, posts)[1]
            elif short in LINKS:
                expanded = LINKS[short]
            else:  # the "… https://t.co/…" of a long post
                expanded = f"https://twitter.com/i/web/status/{p.id}"
            found["urls"].append(tf.url_entity(m.start(), m.end(), short, expanded))
        found["cashtags"] = [{"start": m.start(), "end": m.end(), "tag": m.group(1)}
                             for m in self.CASHTAG_RE.finditer(text)]
        found["hashtags"] = [{"start": m.start(), "end": m.end(), "tag": m.group(1)}
                             for m in self.HASHTAG_RE.finditer(text) if not m.group(1).isdigit()]
        found["mentions"] = tf.mention_entities(text, self.ids)
        return {kind: found[kind] for kind in self.entities if found[kind]}

    # ---- structure ----------------------------------------------------------

    @staticmethod
    def timed(st: StanceThread) -> Thread:
        """Give every post its time and put the posts in time order (parents come first)."""
        t0 = tf.parse_when(st.start)
        minutes = [p.minute for p in st.posts]
        assert len(set(minutes)) == len(minutes), (st.topic, "two posts in the same minute")
        for p in st.posts:
            sec = 0 if p.key == "root" else 1 + tf.small_int(SALT + "|sec|" + st.topic + ":" + p.key, 59)
            p.when = (t0 + timedelta(minutes=p.minute, seconds=sec)).strftime("%Y-%m-%d %H:%M:%S")
        return Thread(st.topic, {}, sorted(st.posts, key=lambda p: p.minute))

    @staticmethod
    def depth(p: SP, posts: dict[str, P]) -> int:
        d = 0
        while p.reply:
            p = posts[p.reply]
            d += 1
        return d

    # ---- self-checks --------------------------------------------------------

    def check_thread(self, st: StanceThread, thread: Thread, posts: dict[str, P], pages: list[dict]) -> None:
        t = st.topic
        assert st.split in ("dev", "heldout"), t
        assert 16 <= len(thread.posts) <= 30, (t, len(thread.posts))
        assert thread.posts[0].key == "root" and thread.posts[0].reply is None, t
        for p in thread.posts:
            assert isinstance(p, SP)
            assert p.author in self.users, (t, p.key, p.author)
            assert tf.id_second(p.id) == int(p.created_at.timestamp()), (t, p.key)
            assert p.lang in LANGS, (t, p.key, p.lang)
            assert not p.gold and not p.neg, (t, p.key)
            if not tf.is_long(p):
                assert len(tf.reader_text(p)) <= 280, (t, p.key, len(tf.reader_text(p)))
            if p.key == "root":
                assert not (p.stance or p.root_stance or p.quotes), t
                continue
            assert p.reply in posts, (t, p.key, "parent is not in the thread")
            assert p.quotes in (None, p.reply), (t, p.key, "a quote here quotes its reply parent")
            assert p.stance in LABELS, (t, p.key, p.stance)
            depth = self.depth(p, posts)
            assert 1 <= depth <= 5, (t, p.key, depth)
            if depth == 1:
                assert p.root_stance in ("", p.stance), (t, p.key, "a reply to the root: root_stance = stance")
                p.root_stance = p.stance
            assert p.root_stance in LABELS, (t, p.key, "root_stance not decided")
            assert p.minute > posts[p.reply].minute, (t, p.key)
        # one conversation per file; every mention and URL entity matches its text
        for pg in pages:
            ids = {u["id"] for u in pg["includes"]["users"]}
            for tw in pg["data"] + pg["includes"].get("tweets", []):
                assert tw["author_id"] in ids
                assert tw["conversation_id"] == posts["root"].id, (t, "one conversation per file")
                for m in tw.get("entities", {}).get("mentions", []):
                    assert m["id"] in ids
                    assert tw["text"][m["start"]:m["end"]] == "@" + m["username"]
                for u in tw.get("entities", {}).get("urls", []):
                    assert tw["text"][u["start"]:u["end"]] == u["url"]
        ids_in_pages = [tw["id"] for pg in pages for tw in pg["data"]]
        assert sorted(ids_in_pages) == sorted(p.id for p in thread.posts), (t, "every post in the pages once")

    def label_records(self, st: StanceThread, thread: Thread, posts: dict[str, P]) -> list[dict]:
        out = []
        for p in sorted(thread.posts, key=lambda p: int(p.id)):
            if p.key == "root":
                continue
            out.append({
                "file": tf.file_name(thread),
                "thread": st.topic,
                "split": st.split,
                "post_id": p.id,
                "parent_id": posts[p.reply].id,
                "stance": p.stance,
                "root_stance": p.root_stance,
                "lang": p.lang,
                "note": p.note,
                "depth": self.depth(p, posts),
                "author": p.author,
                "self_reply": p.author == posts[p.reply].author,
                "quote": p.quotes is not None,
                "text": tf.reader_text(p),
            })
        return out

    def write_all(self, threads: list[StanceThread], out_dir: Path) -> list[dict]:
        labels: list[dict] = []
        all_ids = list(self.ids.values())
        used_users: set[str] = set()
        outputs: list[tuple[Path, list[dict]]] = []
        for st in threads:
            thread = self.timed(st)
            posts = self.prepare(thread)
            pages = self.build_pages(thread, posts)
            self.check_thread(st, thread, posts, pages)
            outputs.append((out_dir / tf.file_name(thread), pages))
            recs = self.label_records(st, thread, posts)
            assert len(recs) == len(thread.posts) - 1, (st.topic, "every reply labeled")
            labels += recs
            all_ids += [p.id for p in thread.posts]
            used_users |= {p.author for p in thread.posts}
        assert len(set(all_ids)) == len(all_ids), "id collision"
        assert all(re.fullmatch(r"\w{1,15}", u) for u in self.users), "a username X would not accept"
        assert used_users == set(self.users), ("users listed but never posting", set(self.users) - used_users)
        assert len({r["post_id"] for r in labels}) == len(labels)
        topics = [st.topic for st in threads]
        assert len(set(topics)) == len(topics) == 14
        assert [st.split for st in threads] == ["dev"] * 7 + ["heldout"] * 7
        post_ids = {r["post_id"] for r in labels}
        for r in labels:
            assert r["stance"] in LABELS and r["root_stance"] in LABELS
            assert r["parent_id"] in post_ids or r["depth"] == 1
        # everything checked: write
        for path, pages in outputs:
            tf.write_jsonl(path, pages, ascii_=True)  # twarc2 writes json.dumps(page)
        tf.write_jsonl(out_dir / "labels.jsonl", labels, ascii_=False)
        return labels


# --------------------------------------------------------------------------
# people (all invented)
# --------------------------------------------------------------------------

USERS = [
    # recurring accounts (several threads)
    U("sy_errorbars", "Sy Okonkwo", "2015-12-31", "show me the error bars. usually wrong about timing, never about noise"),
    U("plain_pete", "Pete Ambrose", "2018-03-09", "normal guy who reads the replies"),
    U("curious_cal", "Cal Birch", "2021-06-30", "asking the dumb questions so you don't have to"),
    U("just_lurking22", "Lurk", "2022-02-22", "mostly reading"),
    U("accel_andy", "Andy Vos", "2021-04-04", "accelerate. everything is sooner than you think"),
    U("gradient_gus", "Gus Ferreira", "2019-09-19", "training runs, eval sheets, strong opinions"),
    U("weights_wren", "Wren Castell", "2020-10-10", "open weights or it didn't happen"),
    U("hype_daily", "Hype Daily", "2022-07-07", "tech news, fast. not always right"),
    U("doomer_dora", "Dora Lindqvist", "2019-01-13", "nothing ever changes"),
    # 1 open_models
    U("tensor_tilly", "Tilly Marsh", "2016-05-05", "ML eng. I post about evals and pretend it's a personality"),
    U("mira_evals", "Mira Sandoval", "2017-08-21", "agent evals. long tasks are where models go to die"),
    U("kenji_builds", "Kenji Aoyama", "2018-11-02", "LLMで色々作ってます"),
    U("lolcat_lou", "Lou Pennington", "2020-04-01", "jokes, mostly bad"),
    U("ki_karsten", "Karsten Moll", "2016-02-17", "KI, Compute, Politik."),
    U("vectorvic", "Vic Adair", "2019-06-06", "embedding everything"),
    U("nadia_ships", "Nadia Karimi", "2017-03-15", "PM, shipping LLM features"),
    U("moon_bag_max", "Max", "2023-01-23", "$KORV to the moon. NFA"),
    U("dana_on_device", "Dana Whitlock", "2018-12-12", "local models, small GPUs"),
    # 2 chip_exports
    U("policy_wire", "Policy Wire", "2013-05-14", "Trade and tech policy scoops."),
    U("chip_analyst_jo", "Jo Whitfield", "2014-09-30", "semis analyst. supply chains, fabs, export rules"),
    U("tariff_tess", "Tess Ruland", "2016-07-11", "trade lawyer-ish. skeptical of scoops"),
    U("silicon_sid", "Sid Baranov", "2018-04-18", "GPUs, clouds, loopholes"),
    U("law_prof_lane", "Lane Okafor", "2012-10-01", "administrative law prof. rules have procedures"),
    U("h40_enjoyer", "h40 enjoyer", "2023-03-03", "inference go brrr"),
    U("zhang_xin_chip", "张昕", "2019-05-20", "半导体行业观察"),
    U("mercado_mara", "Mara Ibáñez", "2017-09-09", "Distribución de hardware. Monterrey."),
    U("devon_trades", "Devon Price", "2020-08-08", "trading semis, no advice"),
    U("korvex_watch", "Korvex Watch", "2021-11-11", "Fan account. Not affiliated with Korvex."),
    # 3 ev_sales
    U("autodata_ana", "Ana Kessler", "2014-01-20", "Auto sales data. Charts, not vibes."),
    U("gridlock_greg", "Greg Tolliver", "2016-06-16", "cars, traffic, spreadsheets"),
    U("ev_evangelist", "Ren Obi", "2019-02-02", "electric everything"),
    U("petrolhead_pip", "Pip Harrow", "2015-05-25", "V8 or nothing"),
    U("autos_ramon", "Ramón Cifuentes", "2018-10-12", "Coches y datos."),
    U("range_anxiety", "Quinn Maddox", "2020-03-03", "EV owner, long-distance driver"),
    U("volt_vera", "Vera Lund", "2017-07-07", "EV policy, subsidies, pricing"),
    U("sparky_sam", "Sam Greaves", "2021-09-14", "EV leaks and rumours"),
    U("memes4miles", "memes for miles", "2022-05-05", "car memes"),
    U("fleet_mgr_fm", "Farah Mendes", "2015-11-30", "fleet manager, 400 vans"),
    # 4 rocket_launch
    U("launch_log", "Launch Log", "2012-02-12", "Every launch, every scrub."),
    U("orbit_otto", "Otto Lindgren", "2016-04-04", "watching rockets since 2008"),
    U("scrub_sally", "Sally Prentiss", "2017-10-21", "nothing launches on time. nothing."),
    U("rocket_rhea", "Rhea Mbeki", "2018-08-30", "aerospace eng student"),
    U("wx_walter", "Walter Nystrom", "2014-06-01", "weather for launch nerds"),
    U("uchu_yuki", "Yuki Hoshino", "2019-07-07", "宇宙とロケットが好き"),
    U("starling_stan", "Starling Stan", "2023-06-12", "Starling fan account"),
    U("skeptic_sven", "Sven Aalto", "2015-03-03", "I'll believe it when it's in orbit"),
    U("space_cadet_cj", "CJ Ramos", "2020-12-25", "space cadet"),
    U("memeing_mars", "Meme Mars", "2021-01-01", "space memes"),
    U("lanceur_luc", "Luc Bernardin", "2016-09-09", "Lanceurs, orbites, retards."),
    U("news_junkie_nat", "Nat Ferro", "2019-04-04", "news, all of it"),
    U("pad_39_pam", "Pam Oduya", "2018-01-19", "launch photographer"),
    # 5 ceo_rumour
    U("valley_whisper", "Valley Whisper", "2020-02-20", "Tech gossip. Often early. Sometimes wrong."),
    U("insider_ish", "Insider-ish", "2021-07-17", "recruiter, hears things"),
    U("quillon_stan", "Quillon Stan", "2022-10-10", "Quillon forever"),
    U("ro_reports", "Ro Amsel", "2013-03-21", "Tech reporter. DMs open."),
    U("ama_reads", "Ama Boateng", "2018-06-06", "reads everything, believes half"),
    U("pm_priya", "Priya Nair", "2017-01-01", "product person"),
    U("ex_quillon_k", "Kai", "2019-08-19", "ex-Quillon. hardware."),
    U("bolsa_beatriz", "Beatriz Llorente", "2016-11-11", "Bolsa, tecnológicas."),
    U("meme_mechanic", "Meme Mechanic", "2022-04-20", "memes"),
    U("keji_kuaibao", "科技快报小刘", "2020-06-18", "科技圈消息"),
    # 6 product_leak
    U("leakbench", "LeakBench", "2019-10-31", "Leaks. Renders. Dates. DMs open for tips."),
    U("render_rat", "Rat", "2020-01-15", "I make renders. I know renders."),
    U("pixel_pilar", "Pilar Ruano", "2017-02-28", "industrial design, hardware"),
    U("vr_vince", "Vince Cole", "2018-05-05", "VR since the cable days"),
    U("spec_sheet_sue", "Sue Tanaka-Reid", "2016-03-30", "I read spec sheets for fun"),
    U("daily_gadgetz", "Daily Gadgetz", "2021-08-08", "Gadget news."),
    U("pelion_fan_88", "Pelion Fan", "2022-09-09", "Pelion everything"),
    U("gadget_gerd", "Gerd Hansen", "2015-10-10", "Technik, Tests, Gadgets."),
    U("kaden_tech", "Kaden Shaw", "2019-11-19", "filings, certifications, paperwork"),
    U("optics_omar", "Omar Haddad", "2016-12-01", "optics eng. XR."),
    U("mode_marion", "Marion Keane", "2017-04-14", "consumer tech, grumpy"),
    # 7 sports_transfer
    U("transfer_tape", "Transfer Tape", "2018-07-01", "Transfer news. Sources in the replies."),
    U("costa_ultra", "Ultra Costa", "2019-08-15", "Real Costa hasta la muerte ⚪🔵"),
    U("altmark_andi", "Andi Reuter", "2016-02-02", "FC Altmark. Seit 1998."),
    U("scout_sara", "Sara Lindahl", "2017-05-17", "scouting reports, mostly right"),
    U("fan_fiona", "Fiona Walsh", "2020-11-21", "football, tea, arguments"),
    U("tape_defender", "Tape Truther", "2021-03-30", "defending the tape since 2019"),
    U("altmark_inside", "Altmark Inside", "2019-04-10", "Altmark news and insight."),
    U("neutral_nils", "Nils Strand", "2016-08-08", "no club, just vibes"),
    U("pundit_paddy", "Paddy Rourke", "2014-12-12", "football opinions, free"),
    U("zuqiu_zhou", "周足球", "2020-10-20", "足球转会消息"),
    # 8 interest_rates
    U("macro_maeve", "Maeve Dunleavy", "2013-06-21", "macro. rates. charts at 6am."),
    U("bond_bruno", "Bruno Aksoy", "2015-02-14", "rates trader, ex"),
    U("hawk_hilde", "Hilde Brecker", "2014-10-31", "inflation hawk, proudly"),
    U("rates_rowan", "Rowan Pike", "2018-01-08", "rates and labour data"),
    U("mortgage_mo", "Mo Kessel", "2017-07-27", "mortgage broker"),
    U("futures_fay", "Fay Gorman", "2016-04-12", "futures, options, odds"),
    U("tipos_tomas", "Tomás Vidal", "2019-03-19", "Tipos de interés y macro."),
    U("kinri_kana", "Kana Mori", "2020-09-09", "金利と為替"),
    U("meme_mint", "Mint", "2022-01-11", "money memes"),
    U("gold_bug_gil", "Gil", "2019-12-01", "gold. always gold."),
    U("econ_student_e", "Eli Harper", "2024-02-02", "econ undergrad"),
    U("lihu_li", "李湖", "2018-08-18", "宏观与利率"),
    U("taux_theo", "Théo Laurent", "2017-06-15", "Taux, inflation, BCE et les autres."),
    # 9 game_release
    U("gaming_ledger", "Gaming Ledger", "2015-09-09", "Game industry news and earnings calls."),
    U("save_file_sam", "Sam Okoye", "2018-02-18", "I've been burned by release dates before"),
    U("loot_lena", "Lena Hartig", "2019-05-05", "RPGs, patient gamer"),
    U("qa_quinn", "Quinn", "2025-08-01", "QA contractor. opinions my own"),
    U("pixel_parker", "Parker Lee", "2020-07-07", "games, pixels, snacks"),
    U("hype_hollow", "Hollowmere Hype", "2021-10-31", "Hollowmere fan account"),
    U("retro_rita", "Rita Vance", "2012-03-12", "played it on cartridge first"),
    U("juego_julia", "Julia Montero", "2019-12-19", "Videojuegos y portátiles."),
    U("youxi_yang", "杨游戏", "2021-02-14", "单机游戏爱好者"),
    U("deal_hunter_dee", "Dee Morrow", "2020-04-20", "preorder bonuses and discounts"),
    U("streamer_sol", "Sol Reyes", "2019-01-30", "streaming RPGs tue/thu/sat"),
    U("jeux_jules", "Jules Perrin", "2016-08-24", "Jeux vidéo, avis tranchés."),
    # 10 benchmark_claim
    U("orrery_labs", "Orrery Labs", "2022-03-14", "Building Orrery. Research updates."),
    U("evals_emma", "Emma Rasku", "2016-10-06", "evals, contamination, careful reading"),
    U("careful_kofi", "Kofi Mensah", "2017-12-12", "stats for ML people"),
    U("grind_gio", "Gio Barros", "2022-11-11", "shipping > talking"),
    U("rival_stan_ray", "Ray", "2023-05-05", "Lumen model enjoyer"),
    U("ki_kristin", "Kristin Falk", "2018-06-26", "KI-Forschung, offene Modelle."),
    U("bench_bao", "包一鸣", "2019-09-29", "大模型评测"),
    U("llm_jun", "Jun Takeda", "2020-05-15", "LLM evals and reading papers"),
    # 11 robotaxi
    U("city_mobility", "City Mobility Desk", "2015-04-01", "Transport reporting for Port Aldine."),
    U("transit_tara", "Tara Quist", "2016-11-16", "transit nerd, Port Aldine"),
    U("labor_luis", "Luis Marchetti", "2014-05-01", "organizer, drivers' union"),
    U("safety_sia", "Sia Hartmann", "2018-03-03", "road safety researcher"),
    U("late_lars", "Lars Eide", "2017-09-17", "everything ships late"),
    U("rider_rae", "Rae Dominguez", "2020-06-06", "rode every robotaxi I could"),
    U("auto_anja", "Anja Berger", "2016-01-26", "Autos, Verkehr, Technik."),
    U("cyclist_cass", "Cass Pryor", "2019-04-29", "bikes and buses"),
    U("nightshift_ned", "Ned Kowal", "2021-12-21", "night nurse"),
    U("port_aldine_pat", "Pat Ilves", "2018-10-08", "downtown Port Aldine"),
    # 12 solid_state
    U("batt_bulletin", "Battery Bulletin", "2017-02-20", "Batteries, cells, gigafactories."),
    U("chem_chen", "Mei Chen", "2015-08-08", "electrochemist. cycle life or it didn't happen"),
    U("ev_erin", "Erin Falk", "2019-07-19", "EVs, optimism"),
    U("cell_skeptic", "Cell Skeptic", "2020-02-29", "roadmaps are not products"),
    U("bateria_berta", "Berta Salinas", "2018-04-04", "Baterías y movilidad."),
    U("green_gwen", "Gwen Ashby", "2021-03-21", "climate, cars, coffee"),
    U("investing_ike", "Ike", "2022-06-30", "small caps, big dreams"),
    U("newbie_nia", "Nia", "2024-05-05", "learning about EVs"),
    U("akku_armin", "Armin Sauer", "2016-09-12", "Akkus, Zulieferer, Sachsen."),
    # 13 api_shutdown
    U("devrel_dmitri", "Dmitri Vale", "2014-07-14", "indie dev. bots, tools, APIs"),
    U("bot_builder_bea", "Bea Hollis", "2017-03-27", "I build bots. 14 of them, all on Chirpr"),
    U("chirpr_devrel", "Chirpr Developers", "2012-08-01", "Official account of the Chirpr developer platform."),
    U("api_andy", "Andy Chu", "2016-10-16", "APIs come and go"),
    U("indie_ivy", "Ivy Marsh", "2019-11-01", "accessibility tools, indie dev"),
    U("a11y_amos", "Amos Greer", "2015-06-25", "a11y. screen readers. please add alt text"),
    U("desarrollo_dg", "Diego Sáez", "2018-02-08", "Desarrollo web y bots."),
    U("entwickler_emm", "Emma Kraus", "2017-05-30", "Entwicklerin, Bots und APIs."),
    U("dev_fr_felix", "Félix Moreau", "2016-12-08", "Dév. Partenaire API."),
    U("memes_for_devs", "memes for devs", "2021-05-05", "it works on my machine"),
    U("ratelimit_rick", "Rick Solano", "2018-09-09", "429 Too Many Opinions"),
    U("cloud_cora", "Cora Blum", "2016-03-16", "platform eng"),
    U("old_timer_ott", "Ott", "2009-11-11", "been writing bots since RSS"),
    # 14 model_release
    U("frontier_leaks", "Frontier Leaks", "2023-09-01", "AI leaks. Model names, dates, evals."),
    U("pedant_pax", "Pax Irving", "2018-08-28", "which Thursday though"),
    U("slowpoke_sal", "Sal Ferrante", "2019-02-12", "launches are always later"),
    U("mlops_mei", "Mei Ortega", "2017-11-27", "MLOps. tired."),
    U("ki_kai", "Kai Brandt", "2019-10-03", "KI, Modelle, Skepsis."),
    U("ia_ines", "Inés Roca", "2020-01-07", "IA y café."),
    U("meridian_mila", "Mila Sørensen", "2018-05-22", "research @ Meridian Labs. views mine"),
]
SET = StanceSet(USERS)


# --------------------------------------------------------------------------
# threads: posts and labels
# --------------------------------------------------------------------------

THREADS: list[StanceThread] = []

# ---- 1. When do open-weights models reach the frontier? (dev) -------------------
THREADS.append(StanceThread("open_models", "dev", "2026-02-10 15:00:00", [
    ROOT("tensor_tilly",
         "Prediction: open-weights models reach frontier level in late 2027, not before. The gap on hard "
         "evals went from ~18 months to ~9 in a year, but the last stretch is always the slowest. Change my "
         "mind \U0001F9F5 #AI #openweights"),
    R("gus_q1", "gradient_gus", 4, "Probably Q1. the next Korin drop is basically there already", s=D,
      note="a sooner forecast for the same event denies 'late 2027'"),
    R("gus_tokens", "gradient_gus", 7, "also the Korin team said on their podcast they're training on 3x the tokens this time",
      reply="gus_q1", s=S, rs=D, note="the author adding evidence to his own reply (decision 6), so against the root"),
    R("pete_which", "plain_pete", 9, "Q1 of which year lol", reply="gus_q1", s=Q, rs=C,
      note="asks the denier what he meant; says nothing about the root's date"),
    R("gus_year", "gradient_gus", 12, "2027 obviously. maybe even this year if Korin-4 ships with the long context fix",
      reply="pete_which", s=C, rs=D,
      note="an answer to a question is a comment toward it (decision 4); the answer is a sooner forecast, so deny toward the root"),
    R("mira_real", "mira_evals", 15,
      "benchmarks are easy, real-world use is harder. open models tie on the multiple choice stuff and then fall "
      "apart on 4 hour agent tasks", reply="gus_q1", s=D, rs=S,
      note="rejects the sooner date with the root's own 'last stretch' argument: deny the parent, support the root"),
    R("gus_which", "gradient_gus", 21, "which eval though? genuinely asking, everything I look at is under 6 months",
      reply="mira_real", s=Q, rs=C,
      note="asks for the eval behind the claim (evidence); his own reading is the reason for asking, no new claim about the root"),
    R("mira_tess", "mira_evals", 30,
      "Tessellate long-horizon suite. best open model 41%, best closed 68%. that's not 6 months "
      + link("https://tessellate-evals.example/leaderboard"), reply="gus_which", s=C, rs=S,
      note="answers the question with evidence for the root's caution"),
    R("gus_fair", "gradient_gus", 44, "ok fair, tessellate is a real gap. still think it closes faster than people here think",
      reply="mira_tess", s=S, rs=D,
      note="concedes the parent's evidence; 'still ... faster' keeps him against the root's date"),
    R("kenji_ja", "kenji_builds", 6, "2027年後半は遅すぎると思う。来年の春には追いつくでしょう。", s=D, lang="ja",
      note="'late 2027 is too late, they catch up by next spring': a sooner forecast"),
    R("andy_long", "accel_andy", 8, "It won't take that long.", s=D),
    R("tilly_date", "tensor_tilly", 11, "what's your date then?", reply="andy_long", s=Q, rs=C,
      note="the root author asks the denier for his date; not a request for evidence about the root"),
    R("andy_mid", "accel_andy", 17, "mid 2027. the open labs' curves are steeper than the one you're drawing",
      reply="tilly_date", s=C, rs=D,
      note="answers the question (comment toward it); a sooner forecast than the root's"),
    R("tilly_2", "tensor_tilly", 25,
      "2/ why late 2027: the frontier keeps moving too. closing a gap to a moving target is slower than closing it "
      "to a fixed one. most trackers that say 'open is 3 months behind' compare against where the closed labs "
      "were last year, not where they are now, and the labs that are ahead are also the ones with the most compute "
      "to spend on the next step.", s=S,
      note="the root author continuing her own thread with an argument for it (decision 6); a long post"),
    R("pete_this", "plain_pete", 33, "this is the part people miss. moving target", reply="tilly_2", s=S, rs=S),
    R("sy_source", "sy_errorbars", 14, "Source on the 18 \u2192 9 months number?", s=Q),
    R("tilly_src", "tensor_tilly", 20,
      "Lumen Index gap tracker: months between a closed and an open model reaching the same score on their hard set "
      + link("https://lumenindex.example/gap-tracker"), reply="sy_source", s=C, rs=S,
      note="answers the question; the source backs the root's premise"),
    R("sy_noisy", "sy_errorbars", 41,
      "does it count 'same score' as within 2 points? on a set that noisy, that decides the whole 18 \u2192 9",
      reply="tilly_src", s=Q, rs=Q,
      note="asks how the root's own evidence is measured, and says why it matters: query toward both (decision 2)"),
    R("lou_astro", "lolcat_lou", 19, "every AI timeline thread is just astrology for people with GPUs", s=C,
      note="a joke at timelines in general; takes no side on this date (decision 3)"),
    R("karsten_de", "ki_karsten", 27, "Ende 2027 klingt realistisch. Den offenen Labs fehlt schlicht das Compute.",
      s=S, lang="de"),
    R("wren_data", "weights_wren", 35,
      "compute isn't the bottleneck anymore, data is, and the open labs have the data now. this happens well before late 2027",
      reply="karsten_de", s=D, rs=D),
    R("hype_bm", "hype_daily", 40, "bookmarking this so we can all check back in December 2027 \U0001F440", s=C, quote=True,
      note="a quote that only bookmarks the prediction"),
    R("vic_w", "vectorvic", 48, "W take. the '3 months behind' crowd never looked at agent evals", s=S),
    R("nadia_2027", "nadia_ships", 62, "2027 for sure. no way it's 2026", s=S,
      note="a wider window (2027) that contains 'late 2027' and rules out the sooner dates: compatible, so support (decision 8)"),
    R("vic_this", "vectorvic", 64, "this", reply="nadia_2027", s=S, rs=S),
    R("max_korv", "moon_bag_max", 75, "open models are cool but have you seen what $KORV did today \U0001F680\U0001F680\U0001F680",
      s=C, note="off-topic"),
    R("dana_laptop", "dana_on_device", 90, "tbh I just want one that runs on my laptop", s=C),
    R("wren_laptop", "weights_wren", 95, "you can already run the 30B Korin on a 32GB laptop. slow but it works",
      reply="dana_laptop", s=C, rs=C, note="information for a wish; no claim to agree or disagree with"),
]))

# ---- 2. A reported export-control listing (dev) -------------------------------------
THREADS.append(StanceThread("chip_exports", "dev", "2026-03-03 13:30:00", [
    ROOT("policy_wire",
         "Scoop: the Trade Ministry will add Korvex's H40 accelerator to the export control list next month, per two "
         "people familiar with the draft. Cloud rentals of the chip are not covered. #chips #exportcontrols"),
    R("jo_hearing", "chip_analyst_jo", 6,
      "Consistent with what I'm hearing. Korvex has been pulling H40 shipments forward all quarter, which is what you "
      "do if you think a rule is coming.", s=S),
    R("sy_draft", "sy_errorbars", 9, "'two people familiar' doing a lot of work here. anyone have the draft?", s=Q,
      note="sceptical tone, but the act is a request for the document (decision 2)"),
    R("pw_seen", "policy_wire", 15, "We've seen the draft. Not publishing it, to protect sources.", reply="sy_draft",
      s=C, rs=S, note="the root account answers the question and stands by its report"),
    R("tess_oct", "tariff_tess", 8, "They said the same thing in October and nothing happened. Not buying it.", s=D),
    R("jo_oct", "chip_analyst_jo", 18, "October was a different chip, and it did happen, just 3 months late",
      reply="tess_oct", s=D, rs=S, note="corrects the denier's precedent, which makes the report more credible"),
    R("sid_rent", "silicon_sid", 11,
      "Cloud rentals not covered is the whole story. Anyone can rent H40s by the hour from a data center abroad.", s=C,
      note="takes the report as given and comments on its effect; no position on whether it is true (decision 5)"),
    R("lane_remote", "law_prof_lane", 29,
      "rentals are covered under the 2025 'remote access' clause. they just don't enforce it", reply="sid_rent",
      s=D, rs=C, note="contradicts the parent's reading of the loophole; says nothing on whether the listing comes"),
    R("sid_til", "silicon_sid", 36, "huh, TIL. thanks", reply="lane_remote", s=C, rs=C,
      note="thanks (comment), though it also accepts the correction"),
    R("h40_ratio", "h40_enjoyer", 13, "ratio", s=D, note="'ratio' on its own is a put-down of the post (decision 3)"),
    R("zhang_zh", "zhang_xin_chip", 24, "如果属实，国内厂商的订单会马上转向本土芯片。", s=C, lang="zh",
      note="'if true, domestic orders will shift to local chips at once': conditional, no side on the report"),
    R("hans_second", "plain_pete", 31, "is there a second outlet with this or just the one?", s=Q),
    R("mara_es", "mercado_mara", 45,
      "Confirmado por dos distribuidores aquí en Monterrey: ya no aceptan pedidos de H40 para el próximo trimestre.",
      s=S, lang="es", note="'two distributors here confirm they no longer take H40 orders for next quarter': evidence for the report"),
    R("sy_why", "sy_errorbars", 52, "do they say why? could just be a supply shortage", reply="mara_es", s=Q, rs=C,
      note="asks about the parent's evidence and offers another explanation; no claim on the report itself"),
    R("pete_big", "plain_pete", 40, "Big if true", s=C, note="'Big if true' takes no side (decision 3)"),
    R("devon_down", "devon_trades", 58, "$KORV down 4% premarket. market seems to believe it", s=S,
      note="reads the price move as the market believing the report: weak support"),
    R("kw_old", "korvex_watch", 70, "the H40 is two generations old anyway. who is still buying it?", s=C,
      note="a question about the market, not about the report's truth or details (decision 2): comment"),
    R("devon_who", "devon_trades", 80, "every inference provider in the region. it's the cheap card", reply="kw_old",
      s=C, rs=C),
    R("lurk_follow", "just_lurking22", 90, "following", s=C),
    R("pw_update", "policy_wire", 120,
      "Update: the Ministry declined to comment. A Korvex spokesperson said the company \"complies with all "
      "applicable rules.\"", s=C,
      note="the root account adds two non-answers; it neither confirms nor retracts (decision 6)"),
    R("jo_nondeny", "chip_analyst_jo", 125,
      "'declined to comment' on a rule that isn't coming would be a flat no. this is happening", reply="pw_update",
      s=S, rs=S, note="reads the non-denial as confirmation"),
    R("lane_period", "law_prof_lane", 140,
      "Note that a listing 'next month' would need a 30-day comment period that hasn't started. Not impossible with "
      "an interim final rule, but unusual: the Ministry has used one twice in ten years, both times after a public "
      "security finding, and there's no such finding for the H40. My guess is a proposed rule next month and a "
      "listing in the autumn at the earliest.", s=D,
      note="says the timing is unlikely ('unusual') and gives a later date: deny; a long post (note_tweet)"),
]))

# ---- 3. A carmaker's falling EV deliveries (dev) -------------------------------------
THREADS.append(StanceThread("ev_sales", "dev", "2026-04-02 16:00:00", [
    ROOT("autodata_ana",
         "Alden Motors Q1 deliveries: 88,400, down 12% y/y. Before the takes start: EV sales are NOT slowing "
         "industry-wide. This is an Alden problem. #EV"),
    R("greg_feb", "gridlock_greg", 5, "Industry EV registrations were down 3% in Feb too. it's not just Alden", s=D),
    R("ana_mm", "autodata_ana", 12, "Feb was down 3% m/m. y/y it's up 9%. that's seasonal", reply="greg_feb",
      s=D, rs=S),
    R("greg_fair", "gridlock_greg", 20, "ok that's fair, I mixed up m/m and y/y", reply="ana_mm", s=S, rs=S,
      note="withdraws his objection, so he now agrees with the root too"),
    R("ren_this", "ev_evangelist", 7, "This. Alden hasn't refreshed the Sprite in 4 years, of course it's down", s=S),
    R("pip_want", "petrolhead_pip", 14, "or people just dont want EVs lol", reply="ren_this", s=D, rs=D,
      note="offers an industry-wide cause instead: denies the parent and the root"),
    R("ren_cope", "ev_evangelist", 19, "ah yes, that's why the other five makers all grew. cope", reply="pip_want",
      s=D, rs=S, note="sarcasm + 'cope' against a denier of the root"),
    R("karla_market", "volt_vera", 9,
      "partly Alden, sure. but the subsidy cut hit every EV under 40k. the whole segment is soft right now", s=D,
      note="concedes 'partly Alden' but says the whole segment is weak, the part the root denies (decision 7)"),
    R("ramon_es", "autos_ramon", 16, "¿Alguien tiene los datos por modelo? Quiero ver si es solo el Sprite.", s=Q,
      lang="es"),
    R("ana_model", "autodata_ana", 24,
      "Sprite -31%, Meridian +4%, the van flat. breakdown: " + link("https://aldenwatch.example/q1-by-model"),
      reply="ramon_es", s=C, rs=S, note="answers; the breakdown supports 'an Alden problem'"),
    R("ramon_thx", "autos_ramon", 29, "¡gracias!", reply="ana_model", s=C, rs=C, lang="es"),
    R("quinn_def", "range_anxiety", 11, "is this deliveries or production? Alden changed how it reports last year", s=Q),
    R("ana_deliv", "autodata_ana", 17, "deliveries. same definition both years", reply="quinn_def", s=C, rs=C,
      note="a clarification of the data; toward the root it neither adds nor removes support"),
    R("sam_88", "sparky_sam", 22, "88k is still more than I expected honestly", s=C),
    R("miles_meme", "memes4miles", 28,
      "me refreshing the Alden forum every 5 minutes to see if the Sprite refresh is real \U0001F440", s=C),
    R("sam_leak", "sparky_sam", 34, "the refresh leak last month had it for Q3", reply="miles_meme", s=C, rs=C),
    R("gwen_tokyo", "plain_pete", 40,
      "every other brand at my local dealer is sold out. the Aldens are the ones sitting on the lot", s=S,
      note="first-hand evidence for an Alden-specific problem"),
    R("fleet_vans", "fleet_mgr_fm", 50,
      "we replaced 40 Alden vans with Brightwell ones this quarter. the service network was the reason, not the cars",
      s=S, quote=True, note="a quote with a first-hand reason that is specific to Alden"),
    R("quinn_svc", "range_anxiety", 57, "what was wrong with the service network?", reply="fleet_vans", s=Q, rs=C),
    R("fleet_parts", "fleet_mgr_fm", 66, "6 week waits for parts. on a delivery van. that's a business killer",
      reply="quinn_svc", s=C, rs=S, note="answers; the detail is evidence of an Alden-specific problem"),
    R("ana_share", "autodata_ana", 80,
      "Adding: Alden's share of EV registrations fell from 14% to 9% while the market grew. That's the chart that matters.",
      s=S, note="the root author adds evidence for her claim (decision 6)"),
    R("lurk_popcorn", "just_lurking22", 95, "the replies on this one \U0001F37F", s=C),
]))

# ---- 4. A new rocket's first launch date (dev) --------------------------------------
THREADS.append(StanceThread("rocket_launch", "dev", "2026-05-14 09:00:00", [
    ROOT("launch_log",
         "Halvard says the Starling heavy will make its first orbital attempt on June 12. Static fire went clean last "
         "night. I think this one actually holds. \U0001F680 #Starling"),
    R("otto_holds", "orbit_otto", 3, "June 12 holds. they've never been this far along before a date", s=S),
    R("sally_july", "scrub_sally", 5, "nah, July at the earliest. the pad still needs the new deluge system", s=D,
      note="a later forecast denies the root's date"),
    R("ll_deluge", "launch_log", 10,
      "deluge install finished last week, per their photo " + link("https://halvard.example/updates/pad-b-deluge"),
      reply="sally_july", s=D, rs=S),
    R("sally_photo", "scrub_sally", 16, "is that their official account or one of the fan pages?", reply="ll_deluge",
      s=Q, rs=C, note="asks about the source of the parent's evidence"),
    R("ll_official", "launch_log", 21, "official, posted Tuesday", reply="sally_photo", s=C, rs=C),
    R("sally_late", "scrub_sally", 27, "huh ok. then late June is possible. still not the 12th imo",
      reply="ll_official", s=S, rs=D,
      note="accepts the answer (support toward it), but keeps a later date than the root's"),
    R("rhea_plus", "rocket_rhea", 7, "+1, June 12. weather is the only thing that can stop it", s=S),
    R("walter_wx", "wx_walter", 14,
      "coast in June = afternoon storms. the morning window is fine though, 70% go in the early outlook",
      reply="rhea_plus", s=C, rs=C, note="gives the weather odds without taking a side"),
    R("sy_ever", "sy_errorbars", 9, "first attempt on the announced date? has any new heavy rocket ever done that?", s=D,
      note="rhetorical question: the expected answer 'no' is his point (decision 2)"),
    R("rhea_petrel", "rocket_rhea", 18, "Petrel 2 did, in 2019", reply="sy_ever", s=D, rs=S,
      note="a counterexample to the rhetorical question, in the root's favour"),
    R("yuki_ja", "uchu_yuki", 20, "打ち上げは日本時間で何時ごろですか？", s=Q, lang="ja",
      note="'what time is the launch in Japan time?': more information about the event (decision 2)"),
    R("ll_window", "launch_log", 25, "window opens 07:10 local (20:10 JST), two hours long", reply="yuki_ja",
      s=C, rs=C),
    R("stan_lfg", "starling_stan", 12, "LFG \U0001F680\U0001F680\U0001F680", s=C,
      note="cheering, no position on the date (decision 3)"),
    R("sven_march", "skeptic_sven", 23, "they also said March. and April. and 'spring'.", s=D),
    R("pam_every", "pad_39_pam", 39, "every rocket thread has this exact argument lol", reply="sven_march", s=C, rs=C),
    R("cj_payload", "space_cadet_cj", 33, "what's the payload?", s=Q),
    R("ll_payload", "launch_log", 36, "mass simulator + 2 rideshare cubesats", reply="cj_payload", s=C, rs=C),
    R("ll_net", "launch_log", 180, "Update: Halvard now lists June 12 as 'NET'. Nothing else changed.", s=C,
      note="the root account's own update: neither confirms nor retracts (decision 6)"),
    R("mars_plot", "memeing_mars", 45, "the Starling launching on time would be the biggest plot twist of 2026", s=D,
      note="sarcasm: means it will not launch on time"),
    R("luc_fr", "lanceur_luc", 50, "Source officielle ? Je ne trouve rien sur le site de Halvard.", s=Q, lang="fr",
      note="'official source? I can't find anything on Halvard's site': the not-finding is why he asks (decision 2)"),
    R("ll_page", "launch_log", 56, "their launch page, updated this morning: " + link("https://halvard.example/starling/flight-1"),
      reply="luc_fr", s=C, rs=S, note="answers with the source for the root's claim"),
    R("nat_quote", "news_junkie_nat", 60, "Starling first launch targeting June 12, per @launch_log. Static fire complete. #Starling",
      s=S, quote=True, note="a quote that repeats the claim to its own followers: support (decision 5)"),
    R("pam_dayoff", "pad_39_pam", 70, "first launch I'm actually taking a day off for", s=C),
    R("cj_same", "space_cadet_cj", 74, "same lol", reply="pam_dayoff", s=C, rs=C,
      note="'same' agrees with a plan, not with a claim (decision 9)"),
]))

# ---- 5. A rumour that a CEO is leaving (dev) ----------------------------------------
THREADS.append(StanceThread("ceo_rumour", "dev", "2026-05-28 18:40:00", [
    ROOT("valley_whisper",
         "Hearing that Quillon CEO Dara Voss is stepping down before the end of the quarter. The board has been "
         "interviewing replacements for weeks. More soon. \U0001F440"),
    R("ish_search", "insider_ish", 6,
      "can confirm the search firm part. a friend got a call about 'a senior role at Quillon' two weeks ago", s=S),
    R("sy_senior", "sy_errorbars", 14, "'a senior role' could be anything", reply="ish_search", s=D, rs=C,
      note="disputes the parent as evidence, but says nothing about whether the rumour is true (decision 10)"),
    R("stan_keynote", "quillon_stan", 8, "lol no. Voss literally keynoted on tuesday", s=D),
    R("ro_denial", "ro_reports", 25, "Quillon spokesperson to me just now: \"Dara is not going anywhere.\"", s=D,
      note="relays an official denial"),
    R("vw_cfo", "valley_whisper", 31, "that's what they said about the CFO 3 weeks before he left", reply="ro_denial",
      s=D, rs=S),
    R("ama_true", "ama_reads", 38, "lol true", reply="vw_cfo", s=S, rs=S),
    R("sy_record", "sy_errorbars", 33, "on the record or background?", reply="ro_denial", s=Q, rs=C,
      note="asks about the denial's sourcing, not about the rumour"),
    R("ro_onrec", "ro_reports", 40, "on the record, named spokesperson", reply="sy_record", s=C, rs=D,
      note="answers; the answer strengthens the denial, so deny toward the root"),
    R("priya_big", "pm_priya", 12, "Big if true", s=C),
    R("kai_war", "ex_quillon_k", 45,
      "worked there till last year. the board and Voss have been at war over the hardware bet since 2024", s=S,
      note="background that makes the rumour plausible, offered in its favour"),
    R("cal_war", "curious_cal", 52, "war how? like publicly?", reply="kai_war", s=Q, rs=C),
    R("kai_minutes", "ex_quillon_k", 60,
      "not publicly. two directors voted against her roadmap, it's in the minutes they filed: "
      + link("https://filings.example/quillon/2026-04-minutes"), reply="cal_war", s=C, rs=S,
      note="answers with a document that backs the board conflict"),
    R("ama_fourth", "ama_reads", 88, "fourth. she bought another one in March", reply="mech_yacht", s=C, rs=C,
      note="continues the joke"),
    R("bea_es", "bolsa_beatriz", 70, "and who would replace her? anyone heard names?", s=Q),
    R("vw_names", "valley_whisper", 78, "two names. one internal, one from a chip company. not sharing yet",
      reply="bea_es", s=C, rs=S),
    R("mech_yacht", "meme_mechanic", 85, "Voss reading this thread from her third yacht", s=C),
    R("kuaibao_zh", "keji_kuaibao", 95, "消息来源可靠吗？这个账号之前爆过什么料？", s=Q, lang="zh",
      note="'is the source reliable? what has this account leaked before?'"),
    R("ama_record", "ama_reads", 101, "they called the Brightline layoffs a week early last year",
      reply="kuaibao_zh", s=C, rs=S, note="answers by vouching for the source's record: support toward the root"),
    R("vw_update", "valley_whisper", 2900, "Update: told the announcement is being drafted. Could be as soon as Monday.",
      s=S, note="the root account adds new evidence for its rumour (decision 6)"),
    R("stan_pope", "quillon_stan", 2912, "\"as soon as Monday\" sure, and I'm the Pope", reply="vw_update", s=D, rs=D,
      note="sarcasm"),
    R("priya_remind", "pm_priya", 2920, "setting a reminder for Monday", reply="vw_update", s=C, rs=C),
    R("ro_again", "ro_reports", 2980,
      "For the record: Quillon tells me again that Voss is staying, and that the board \"fully supports\" her.", s=D,
      quote=True),
]))

# ---- 6. A leaked headset (dev) ----------------------------------------------------
THREADS.append(StanceThread("product_leak", "dev", "2026-06-09 07:15:00", [
    ROOT("leakbench",
         "EXCLUSIVE: first look at the Pelion Nimbus 4 headset. Two cameras, no cable, 210 g. Launching at Pelion's "
         "September event. #Nimbus4 #leak " + link("https://leakbench.example/nimbus4")),
    R("rat_fan", "render_rat", 4, "these are fan renders from a contest last month lol", s=D),
    R("lb_notfan", "leakbench", 9, "they're not. the contest ones have the old strap", reply="rat_fan", s=D, rs=S),
    R("rat_strap", "render_rat", 14,
      "the contest winner literally used this strap: " + link("https://renderjam.example/2026/winners"),
      reply="lb_notfan", s=D, rs=D),
    R("pilar_vents", "pixel_pilar", 22,
      "just put them side by side. the vents are different and so is the hinge. these aren't the contest ones",
      reply="rat_strap", s=D, rs=S),
    R("rat_retract", "render_rat", 30, "hm. ok the vents don't match. I retract", reply="pilar_vents", s=S, rs=S,
      note="retracts his own earlier denial, so now supports the root too"),
    R("vince_doubt", "vr_vince", 6, "210 g with the battery in the headset? press X to doubt", s=D,
      note="'press X to doubt' = open disbelief"),
    R("sue_puck", "spec_sheet_sue", 12, "it's a puck battery, look at the clip on the strap", reply="vince_doubt",
      s=D, rs=S),
    R("vince_ok", "vr_vince", 19, "oh that changes things. fine, 210 is plausible then", reply="sue_puck", s=S, rs=S),
    R("gadgetz_big", "daily_gadgetz", 8, "Big if true \U0001F440", s=C),
    R("pelfan_money", "pelion_fan_88", 10, "TAKE MY MONEY", s=C,
      note="enthusiasm for the product; no position on whether the leak is real (decision 3)"),
    R("gerd_de", "gadget_gerd", 25, "Woher stammen die Bilder? Zulieferer oder Hands-on?", s=Q, lang="de"),
    R("lb_supply", "leakbench", 31, "supply chain. can't say more", reply="gerd_de", s=C, rs=S),
    R("kaden_filing", "kaden_tech", 35,
      "the 210 g lines up with the certification filing from last week: " + link("https://certs.example/filing/PL-4471"),
      s=S),
    R("sy_strap", "sy_errorbars", 41, "the filing says 'weight without accessories'. is the strap an accessory?",
      reply="kaden_filing", s=Q, rs=C),
    R("kaden_without", "kaden_tech", 47, "it is. so ~240 with the strap. still light", reply="sy_strap", s=C, rs=C,
      note="answers; the strap adds weight, which neither confirms nor contradicts '210 g' for the headset"),
    R("sue_puck2", "spec_sheet_sue", 52, "+1, and the battery puck is in the same filing", reply="kaden_filing", s=S, rs=S),
    R("omar_held", "optics_omar", 55, "I've held a prototype. this is it. the strap clip is exactly right", s=S),
    R("cal_where", "curious_cal", 60, "where did you get to hold one?", reply="omar_held", s=Q, rs=C),
    R("marion_fr", "mode_marion", 66, "another 'exclusive' leak we'll all have forgotten in two weeks", s=C,
      note="cynical about leaks in general; says nothing on whether this one is real (decision 3)"),
    R("lb_angles", "leakbench", 120, "more angles tonight. the side profile is the interesting one", s=C,
      note="the root account promising more; no new evidence (decision 6)"),
    R("gadgetz_embed", "daily_gadgetz", 122, "we'll embed them in our post when they drop", reply="lb_angles", s=C, rs=C),
    R("pelfan_pray", "pelion_fan_88", 124, "\U0001F64F\U0001F64F", reply="lb_angles", s=C, rs=C, lang="und"),
]))

# ---- 7. A striker's transfer (dev) --------------------------------------------------
THREADS.append(StanceThread("sports_transfer", "dev", "2026-07-02 20:10:00", [
    ROOT("transfer_tape",
         "\U0001F6A8 Lukas Marén to Real Costa is AGREED. \u20AC85m + add-ons, five-year deal, medical next week. "
         "Here we go soon. #transfers"),
    R("ultra_vamos", "costa_ultra", 2, "¡¡VAMOS!! Por fin un 9 de verdad \U0001F525 #HalaCosta", s=C, lang="es",
      note="celebration that takes the news as true, without saying anything for or against it (decision 3)"),
    R("andi_de", "altmark_andi", 5, "Quatsch. Altmark hat gestern noch gesagt, er ist unverkäuflich.", s=D, lang="de",
      note="'nonsense, Altmark said only yesterday he's not for sale'"),
    R("tt_until", "transfer_tape", 11, "clubs say that until the fee is paid", reply="andi_de", s=D, rs=S),
    R("sara_fee", "scout_sara", 7, "\u20AC85m for a guy with 9 league goals last season? Real Costa have lost it", s=C,
      note="criticises the fee; takes the deal as real but takes no side on whether the report is true (decision 5)"),
    R("fiona_src", "fan_fiona", 9, "Source??", s=Q),
    R("tt_record", "transfer_tape", 19, "my sources. check my record", reply="fiona_src", s=C, rs=S),
    R("fiona_5050", "fan_fiona", 26, "what record? name 3 you got right before anyone else", reply="tt_record", s=Q, rs=C,
      note="asks for evidence of the track record the parent points to; sceptical, but a request (decision 2)"),
    R("def_orrin", "tape_defender", 33, "he had the Orrin deal 3 days before anyone", reply="fiona_5050", s=C, rs=S,
      note="answers the question (decision 4); the record backs the root"),
    R("fiona_bell", "fan_fiona", 41, "and the Bellamy 'here we go' that never happened?", reply="def_orrin", s=D, rs=D,
      note="rhetorical question: a counterexample to the parent's record, not a request (decision 2)"),
    R("inside_not", "altmark_inside", 30,
      "Not agreed. Talks ongoing, gap of around \u20AC15m. Don't believe everything you read.", s=D, quote=True),
    R("nils_gap", "neutral_nils", 38, "fair, but a 15m gap closes in a week at this level. it's happening",
      reply="inside_not", s=D, rs=S, note="concedes the gap, rejects the conclusion"),
    R("ultra_who", "costa_ultra", 44, "and who are you exactly? \U0001F602", reply="inside_not", s=D, rs=S,
      note="challenges the account's credibility: a rhetorical question (decision 2)"),
    R("paddy_okafor", "pundit_paddy", 50, "Marén next to Okafor up front \U0001F62E\u200D\U0001F4A8", s=C),
    R("fussball_med", "neutral_nils", 58, "a German paper says the medical is pencilled in for Tuesday", s=S),
    R("fr_fou", "pundit_paddy", 65, "85m for him. the market has gone mad", reply="fussball_med", s=C, rs=C,
      note="reacts to the fee; no side on the medical or the deal"),
    R("zhou_zh", "zuqiu_zhou", 72, "这是真的吗？有官方消息吗？", s=Q, lang="zh",
      note="'is this real? any official news?'"),
    R("tt_soon", "transfer_tape", 80, "not official yet. soon", reply="zhou_zh", s=C, rs=S),
    R("tt_goodbye", "transfer_tape", 1400,
      "Marén said goodbye to his Altmark teammates at training today. Medical booked for Tuesday. \u2705", s=S,
      note="the root account adds new evidence (decision 6)"),
    R("andi_echt", "altmark_andi", 1406, "Ok, das klingt jetzt doch echt. Schade.", reply="tt_goodbye", s=S, rs=S,
      lang="de", note="'ok, now it does sound real. pity': he drops his earlier denial"),
    R("nils_video", "neutral_nils", 1412, "is there a video of the goodbye or is this from a source?", reply="tt_goodbye",
      s=Q, rs=Q, note="asks for evidence for the update, which is evidence for the root's claim: query toward both"),
    R("paddy_window", "pundit_paddy", 1430, "the summer window is the best content on this app", s=C),
]))

# ---- 8. Will the central bank cut in September? (heldout) ----------------------------
THREADS.append(StanceThread("interest_rates", "heldout", "2026-08-20 12:00:00", [
    ROOT("macro_maeve",
         "The central bank cuts in September. Inflation at 2.3%, unemployment ticking up, and the minutes were "
         "dovish. 25 bp, maybe 50. #rates"),
    R("bruno_25", "bond_bruno", 4, "25 in September, agree. 50 is a stretch", s=S,
      note="agrees with the main claim (a September cut); disagrees only with the side remark 'maybe 50' (decision 7)"),
    R("hilde_dec", "hawk_hilde", 6, "no cut until December. core services are still running hot", s=D),
    R("maeve_core", "macro_maeve", 13, "core services 3-month annualised is 2.6%. that's not hot", reply="hilde_dec",
      s=D, rs=S),
    R("hilde_noisy", "hawk_hilde", 19, "3-month annualised is the noisiest number you could pick", reply="maeve_core",
      s=D, rs=D),
    R("rowan_6m", "rates_rowan", 27, "6-month is 2.8. also fine. she's right", reply="hilde_noisy", s=D, rs=S,
      note="'she' is the root author"),
    R("cal_mortgage", "curious_cal", 9, "what does a cut actually mean for my mortgage if I'm on a fixed rate?", s=C,
      note="a question about the effect on the asker, not about the claim (decision 2)"),
    R("mo_fixed", "mortgage_mo", 16, "nothing while you're fixed. variable rates drop at the next reset",
      reply="cal_mortgage", s=C, rs=C),
    R("fay_80", "futures_fay", 11, "futures price 80% for September. the market agrees with you", s=S),
    R("tomas_es", "tipos_tomas", 21, "Coincido, septiembre. El mercado laboral ya se está enfriando.", s=S, lang="es"),
    R("kana_ja", "kinri_kana", 30, "9月に利下げなら、円にはどう影響しますか？", s=C, lang="ja",
      note="'if they cut in September, how does it affect the yen?': a question about effects (decision 2)"),
    R("sy_minutes", "sy_errorbars", 15, "'the minutes were dovish' \u2014 which part? I read them as split", s=Q,
      note="asks which passage; his reading is the reason for asking (decision 2)"),
    R("maeve_para", "macro_maeve", 22,
      "para 4: \"the committee saw scope to reduce restriction in coming meetings\". that's dovish", reply="sy_minutes",
      s=C, rs=S),
    R("sy_clear", "sy_errorbars", 34, "fair, that line is pretty clear", reply="maeve_para", s=S, rs=S),
    R("mint_weather", "meme_mint", 36, "me checking rates every morning like it's the weather \U0001F326\uFE0F", s=C),
    R("gil_gold", "gold_bug_gil", 40, "cuts, no cuts, doesnt matter. buy gold", s=C),
    R("maeve_caveat", "macro_maeve", 45,
      "And to be clear: if August payrolls come in hot, I'd move to October. Not my base case.", s=C,
      note="the root author's caveat: neither adds evidence nor retracts (decision 6)"),
    R("rowan_claims", "rates_rowan", 52, "payrolls won't be hot. jobless claims are up 4 weeks straight",
      reply="maeve_caveat", s=S, rs=S, note="backs the base case the parent restates"),
    R("eli_why", "econ_student_e", 58, "can someone explain why unemployment going up makes a cut more likely?", s=Q,
      note="asks about the post's own reasoning: clarification"),
    R("bruno_explain", "bond_bruno", 63,
      "higher unemployment = less pressure on wages and prices, so they can ease without inflation bouncing back",
      reply="eli_why", s=C, rs=C),
    R("eli_thx", "econ_student_e", 67, "thank you!! that makes sense", reply="bruno_explain", s=C, rs=C),
    R("li_zh", "lihu_li", 75, "september is basically locked in. even the hawks on the committee have gone quiet", s=S),
    R("theo_fr", "taux_theo", 82, "Septembre ? Avec une inflation sous-jacente à 3 % ? J'en doute.", s=D, lang="fr"),
]))

# ---- 9. A sequel's release date (heldout) --------------------------------------------
THREADS.append(StanceThread("game_release", "heldout", "2026-09-03 17:00:00", [
    ROOT("gaming_ledger",
         "Hollowmere 2 is coming out in March 2027. Brackwater confirmed the window on today's investor call: "
         "\"Q1 next year, March internally.\" #Hollowmere2"),
    R("sam_fall", "save_file_sam", 4, "they said Q1 last year to. itll be fall 2027 at the earliest", s=D),
    R("gl_first", "gaming_ledger", 9,
      "last year they said 'early next year' with no quarter. this is the first time they've put a month on it",
      reply="sam_fall", s=D, rs=S),
    R("sam_internal", "save_file_sam", 15, "'internally' is doing the heavy lifting there", reply="gl_first", s=D, rs=D),
    R("lena_true", "loot_lena", 20, "lol true", reply="sam_internal", s=S, rs=D,
      note="agrees with a denier: support toward the parent, deny toward the root"),
    R("quinn_cert", "qa_quinn", 12, "can't say much but we're in cert prep. march is real.", s=S),
    R("sy_new", "sy_errorbars", 18, "account made last month, no history. ok.", reply="quinn_cert", s=D, rs=C,
      note="doubts the insider, not the root (decision 10)"),
    R("quinn_fair", "qa_quinn", 25, "fair, I'd doubt me too. see you in March", reply="sy_new", s=C, rs=S,
      note="grants the doubt is reasonable but keeps his claim: neither agrees nor disagrees with the parent"),
    R("parker_w", "pixel_parker", 6, "W", s=C,
      note="celebrating the news, not agreeing with a take (decision 3; compare 'W take')"),
    R("hh_go", "hype_hollow", 8, "MARCH 2027 LET'S GOOOO \U0001F389\U0001F389", s=C),
    R("rita_back", "retro_rita", 22, "remember when games came out the week they were announced", s=C),
    R("rita_march", "retro_rita", 26, "you really think they'll ship by March? Brackwater??", s=D,
      note="a rhetorical question: it states disbelief and expects no answer (decision 2)"),
    R("julia_es", "juego_julia", 31, "¿Confirmaron también las plataformas? ¿Sale en la portátil?", s=Q, lang="es"),
    R("gl_platforms", "gaming_ledger", 36, "PC and both consoles. handheld wasn't mentioned", reply="julia_es", s=C, rs=C),
    R("sol_please", "streamer_sol", 40, "if it's march I'm buying day one. please don't slip \U0001F64F", s=C),
    R("yang_zh", "youxi_yang", 44, "投资者电话会上的原话是什么？有文字记录吗？", s=Q, lang="zh",
      note="'what were the exact words on the call? is there a transcript?'"),
    R("gl_transcript", "gaming_ledger", 50, "transcript, page 6: " + link("https://brackwater.example/ir/q2-call.pdf"),
      reply="yang_zh", s=C, rs=S),
    R("sam_targeting", "save_file_sam", 57, "page 6 says 'targeting'. targeting isn't confirmed",
      reply="gl_transcript", s=D, rs=D, note="disputes that the source shows what the root says"),
    R("lena_every", "loot_lena", 64, "every date is 'targeting' until it ships. that's how these calls work",
      reply="sam_targeting", s=D, rs=S),
    R("gl_mp", "gaming_ledger", 90, "Also from the call: multiplayer is now a separate post-launch update.", s=C,
      note="the root account adds news on another point; no bearing on the date by itself (decision 6)"),
    R("parker_cut", "pixel_parker", 96, "so they cut multiplayer to hit March. that tracks", reply="gl_mp", s=S, rs=S,
      note="reads the parent's news as evidence that March is real"),
    R("dee_preorder", "deal_hunter_dee", 110, "preorders up yet?", s=Q),
    R("hh_store", "hype_hollow", 115, "not yet. store page just says 2027", reply="dee_preorder", s=C, rs=C),
    R("sol_replay", "streamer_sol", 130, "doing a full Hollowmere 1 replay on stream before March, come hang", s=C,
      quote=True),
    R("jules_fr", "jeux_jules", 140, "Enfin une date précise. Brackwater tient généralement ses délais.", s=S, lang="fr",
      note="'finally a precise date; Brackwater usually keeps its deadlines'"),
    R("sy_track", "sy_errorbars", 150, "what's Brackwater's record on dates given in investor calls?", s=Q),
    R("lena_record", "loot_lena", 158, "2 for 3. the one miss was the DLC, by 6 weeks", reply="sy_track", s=C, rs=S,
      note="answers; a good record backs the root"),
    R("hh_eyes", "hype_hollow", 165, "\U0001F440", reply="gl_mp", s=C, rs=C, lang="und"),
]))

# ---- 10. A claimed benchmark result (heldout) ------------------------------------
THREADS.append(StanceThread("benchmark_claim", "heldout", "2026-09-22 10:30:00", [
    ROOT("orrery_labs",
         "Orrery-3 scores 92.1% on ProofBench, a new state of the art by 6 points. No tools, single attempt. "
         "Report: " + link("https://orrery.example/reports/orrery-3") + " #AI"),
    R("emma_contam", "evals_emma", 5,
      "Impressive if it holds. Was ProofBench in the training data? It's been public since 2025.", s=Q),
    R("ol_decontam", "orrery_labs", 14, "We ran the decontamination check in section 4.2: 0.3% n-gram overlap.",
      reply="emma_contam", s=C, rs=S),
    R("emma_rewrite", "evals_emma", 22,
      "n-gram overlap misses paraphrased solutions. did you run the held-out rewrite set?", reply="ol_decontam",
      s=Q, rs=Q, note="asks for evidence that bears directly on the root's score: query toward both"),
    R("ol_rewrites", "orrery_labs", 31, "Yes: 89.7% on the rewrites. Table 7.", reply="emma_rewrite", s=C, rs=S),
    R("emma_nice", "evals_emma", 38, "ok, that's a real result then. nice", reply="ol_rewrites", s=S, rs=S),
    R("sy_temp", "sy_errorbars", 8, "single attempt at what temperature? error bars?", s=Q),
    R("kofi_pm", "careful_kofi", 19, "\u00B11.1 per the appendix, so 6 points is well outside the noise",
      reply="sy_temp", s=C, rs=S),
    R("gio_race", "grind_gio", 10, "SOTA by 6 points \U0001F525 the race is on", s=C),
    R("dora_nothing", "doomer_dora", 16, "another benchmark saturated, another day of nothing changing in real life",
      s=C, note="dismisses why it matters, not whether the score is true (decision 5)"),
    R("ray_false", "rival_stan_ray", 25, "Lumen got 91.8 on the same bench last week. '6 points' is false", s=D),
    R("kofi_tools", "careful_kofi", 33, "Lumen's 91.8 was with tools and 8 attempts. different setting",
      reply="ray_false", s=D, rs=S),
    R("ray_footnotes", "rival_stan_ray", 41, "nobody reads the footnotes. it's marketing either way",
      reply="kofi_tools", s=D, rs=D, note="does not dispute the footnote, but keeps calling the claim misleading"),
    R("kristin_de", "ki_kristin", 28, "are the weights out or just the report?", s=Q),
    R("ol_weights", "orrery_labs", 35, "Weights for researchers on request, API next month.", reply="kristin_de",
      s=C, rs=C),
    R("bao_zh", "bench_bao", 45, "92分？我自己用测试集跑了一下，只有84。", s=D, lang="zh",
      note="'92? I ran the test set myself and got 84'"),
    R("ol_format", "orrery_labs", 52,
      "Which prompt format? The report uses the official one in appendix B; others lose 5-8 points.",
      reply="bao_zh", s=Q, rs=S,
      note="asks which format (query toward the parent) while explaining the gap in the root's favour"),
    R("bao_official", "bench_bao", 60, "用的就是官方格式。", reply="ol_format", s=C, rs=D, lang="zh",
      note="'I did use the official format': answers, and so keeps his 84 against the root's 92.1"),
    R("hal_agi", "hype_daily", 48, "AGI by Christmas confirmed \U0001F384", s=C, note="a joke; no side on the score"),
    R("jun_solid", "llm_jun", 56, "read the report. the eval setup looks solid to me, and the rewrite check is the right one",
      s=S),
    R("ol_logs", "orrery_labs", 90, "We've also released the full eval logs so anyone can check: "
      + link("https://orrery.example/reports/orrery-3/logs"), s=S,
      note="the root account adds evidence (decision 6)"),
    R("sy_logs", "sy_errorbars", 96, "appreciated. more labs should do this", reply="ol_logs", s=S, rs=C,
      note="praises releasing the logs, not the score (decision 10)"),
    R("lurk_tl", "just_lurking22", 99, "ProofBench discourse about to eat my whole timeline", s=C),
]))

# ---- 11. Driverless taxis by the end of the year (heldout) -------------------------
THREADS.append(StanceThread("robotaxi", "heldout", "2026-10-06 08:45:00", [
    ROOT("city_mobility",
         "Wayline's driverless robotaxis will carry paying riders in Port Aldine by the end of the year, with no "
         "safety driver. The permit hearing is Oct 20 and it's expected to pass. #robotaxi"),
    R("tara_formality", "transit_tara", 5, "the permit is a formality at this point. end of year is right", s=S),
    R("luis_union", "labor_luis", 9, "the drivers' union filed an objection last week. 'expected to pass' is a stretch",
      s=D),
    R("sia_diseng", "safety_sia", 12, "how many disengagements per 1000 miles in the pilot? anyone have the numbers?",
      s=Q),
    R("cm_04", "city_mobility", 20, "0.4 per 1000 in the last quarterly report: "
      + link("https://portaldine.example/transport/wayline-q2"), reply="sia_diseng", s=C, rs=S),
    R("sia_thx", "safety_sia", 28, "that's lower than I expected. thanks", reply="cm_04", s=C, rs=C,
      note="thanks, and a reaction to the figure; no position on the timeline"),
    R("lars_q2", "late_lars", 18, "Q2 next year more like. they allways slip the commercial launch", s=D),
    R("rae_dunmore", "rider_rae", 26, "they launched in Dunmore on the announced date", reply="lars_q2", s=D, rs=S),
    R("lars_fine", "late_lars", 34, "ok fine, Dunmore counts. still say Q1 at the earliest here", reply="rae_dunmore",
      s=S, rs=D, note="concedes the parent's fact; still a later date than the root's"),
    R("anja_de", "auto_anja", 30, "Ohne Sicherheitsfahrer bis Jahresende? Mutig.", s=D, lang="de",
      note="'no safety driver by year end? bold.': ironic doubt"),
    R("mateo_price", "curious_cal", 38, "how much will a ride cost vs a normal cab?", s=Q,
      note="asks for a detail of the service the post reports, though the post does not mention prices (decision 2)"),
    R("cass_buses", "cyclist_cass", 41, "cool, now do buses", s=C),
    R("ned_3am", "nightshift_ned", 47, "honestly I'd take one at 3am over walking home", s=C),
    R("cm_moved", "city_mobility", 300,
      "Correction: the hearing moved to Oct 27. Wayline says the end-of-year target is unchanged.", s=S,
      note="the root account corrects a detail and restates the claim (decision 6)"),
    R("rae_ride", "rider_rae", 52, "rode one in Dunmore last month. weirdly polite driving", s=C),
    R("tara_council", "transit_tara", 80, "+1. the council has approved every Wayline permit so far, 4 for 4", s=S),
    R("pat_laps", "port_aldine_pat", 60,
      "saw two of them doing laps downtown yesterday with nobody inside", s=S, note="eyewitness evidence"),
    R("cal_tinted", "curious_cal", 66, "how could you tell nobody was inside? tinted windows?", reply="pat_laps",
      s=Q, rs=C),
    R("pat_video", "port_aldine_pat", 72, "windows aren't tinted, front seats empty. took a video: "
      + link("https://clips.example/v/aldine-laps"), reply="cal_tinted", s=C, rs=S),
]))

# ---- 12. Solid-state batteries in production cars (heldout) --------------------------
THREADS.append(StanceThread("solid_state", "heldout", "2026-10-19 14:20:00", [
    ROOT("batt_bulletin",
         "Caldera Energy says its solid-state cells will be in production cars by 2028. The pilot line already runs "
         "at 2 GWh a year. This is the year the hype becomes hardware. #batteries"),
    R("chen_2030", "chem_chen", 6, "2 GWh is a pilot line. cars need 50+. 2030 at the earliest", s=D),
    R("bb_one", "batt_bulletin", 14,
      "they only need one model at low volume to count as 'in production cars'", reply="chen_2030", s=D, rs=S),
    R("chen_halo", "chem_chen", 21, "a 500-unit halo car counts? then sure, 2028 \U0001F643", reply="bb_one",
      s=D, rs=D,
      note="a mocking concession: accepts 2028 only under a definition she ridicules (decision 7)"),
    R("erin_w", "ev_erin", 9, "W take. Caldera has hit every milestone on their roadmap so far", s=S),
    R("skeptic_one", "cell_skeptic", 17, "their roadmap had one milestone before this, the pilot line. that's not a track record",
      reply="erin_w", s=D, rs=C, note="disputes the parent's evidence, not the root's date (decision 10)"),
    R("sy_cycles", "sy_errorbars", 11, "what's the cycle life at that energy density? nobody ever says", s=Q),
    R("bb_800", "batt_bulletin", 19, "800 cycles to 80% in their last disclosure", reply="sy_cycles", s=C, rs=C),
    R("chen_1500", "chem_chen", 26, "800 is nowhere near automotive. you need 1500+", reply="bb_800", s=C, rs=D,
      note="uses the parent's figure without disputing it, to argue against the root"),
    R("armin_de", "akku_armin", 30, "2028 is realistic imo. their cell supplier is already building the second hall", s=S),
    R("berta_es", "bateria_berta", 35, "Lo mismo dijeron de las celdas de sodio en 2022.", s=D, lang="es",
      note="'they said the same about sodium cells in 2022': a sarcastic precedent"),
    R("gwen_charge", "green_gwen", 40, "can't wait to never charge my car again lol", s=C),
    R("chen_charge", "chem_chen", 45, "solid state doesn't mean no charging lol", reply="gwen_charge", s=D, rs=C),
    R("ike_quote", "investing_ike", 50, "$CALD holders about to have a great week", s=C, quote=True),
    R("bb_fair", "batt_bulletin", 120,
      "To be fair to the skeptics: Caldera's 2028 target is for 'first vehicles', not volume.", s=C,
      note="the root author narrows what the claim covers; neither evidence nor retraction (decision 6)"),
    R("erin_first", "ev_erin", 126, "first vehicles is all anyone meant", reply="bb_fair", s=S, rs=S),
    R("nia_what", "newbie_nia", 60, "what's the difference between solid state and normal batteries?", s=Q,
      note="asks what a term in the post means: clarification (decision 2)"),
    R("skeptic_def", "cell_skeptic", 66, "no liquid electrolyte. safer and denser, in theory", reply="nia_what",
      s=C, rs=C),
    R("cal_gwh", "curious_cal", 70, "how much is 2 GWh in cars? like how many a year?", s=Q,
      note="asks what a figure in the post amounts to: clarification"),
    R("bb_cars", "batt_bulletin", 76, "roughly 25-30k cars' worth of packs, depending on pack size", reply="cal_gwh",
      s=C, rs=C),
    R("gwen_2028", "green_gwen", 140, "2028 tracks. three other suppliers are saying the same year", s=S),
]))

# ---- 13. A rumoured end of a free API tier (heldout) ---------------------------------
THREADS.append(StanceThread("api_shutdown", "heldout", "2026-11-04 19:05:00", [
    ROOT("devrel_dmitri",
         "Rumour: Chirpr is shutting down its free API tier on Dec 1. Three devs I know got the same email draft from "
         "their account rep. Screenshot: " + link("https://pics.example/chirpr-draft.png") + " #devs"),
    R("bea_same", "bot_builder_bea", 5, "got the same email. 'sunsetting the free tier effective December 1'", s=S),
    R("sy_headers", "sy_errorbars", 11, "can you post it with headers? drafts get faked a lot", reply="bea_same",
      s=Q, rs=Q, note="asks for evidence that bears directly on the root: query toward both"),
    R("bea_headers", "bot_builder_bea", 18, "here, headers and all: " + link("https://pics.example/bea-headers.png"),
      reply="sy_headers", s=C, rs=S),
    R("sy_legit", "sy_errorbars", 26, "ok that looks legit. DKIM passes", reply="bea_headers", s=S, rs=S),
    R("chirpr_no", "chirpr_devrel", 40,
      "We have no plans to remove free API access. Any change would come with 90 days' notice.", s=D),
    R("andy_noplans", "api_andy", 50, "'no plans' lol. that's what you said about the v1 endpoints", reply="chirpr_no",
      s=D, rs=S),
    R("chirpr_v1", "chirpr_devrel", 58, "v1 was announced 6 months ahead. Same here: no change without 90 days' notice.",
      reply="andy_noplans", s=D, rs=D),
    R("andy_yesno", "api_andy", 63, "so Dec 1 is off? yes or no", reply="chirpr_v1", s=Q, rs=Q,
      note="asks the official account to clarify the very claim of the root"),
    R("chirpr_correct", "chirpr_devrel", 71, "Correct. The free tier will not change on December 1.",
      reply="andy_yesno", s=C, rs=D, note="answers (comment toward the question); a flat denial of the root"),
    R("ivy_a11y", "indie_ivy", 15, "this would kill half the accessibility tools on the platform", s=C,
      note="conditional on the rumour; no side on whether it is true (decision 5)"),
    R("amos_bridge", "a11y_amos", 23, "the screen-reader bridges all run on the free tier, yeah. this would be bad",
      reply="ivy_a11y", s=S, rs=C),
    R("ivy_screenshot", "indie_ivy", 75, "screenshotting this for December 2nd", reply="chirpr_no", s=C, rs=C),
    R("diego_es", "desarrollo_dg", 30, "did anyone else get it? I haven't received anything", s=Q,
      note="asks others for corroboration; not having the mail himself is why he asks, not a denial (decision 2)"),
    R("emma_de", "entwickler_emm", 36, "same mail here, came in Friday 2pm. our rep had no idea what it meant lol", s=S),
    R("felix_fr", "dev_fr_felix", 42, "Rien reçu de notre côté, et on a un compte partenaire.", s=D, lang="fr",
      note="'nothing received here, and we have a partner account': counter-evidence"),
    R("memes_4th", "memes_for_devs", 33, "me migrating my bot for the 4th time this year", s=C),
    R("rick_called", "ratelimit_rick", 55, "called it in March", s=S, note="claims to have predicted it: support"),
    R("sy_link", "sy_errorbars", 61, "link or it didn't happen", reply="rick_called", s=Q, rs=C,
      note="a demand for evidence of his earlier call, not about the root (decision 2)"),
    R("dmitri_update", "devrel_dmitri", 180,
      "Update: two more devs sent me the same draft. Chirpr's official denial is in the replies. Make of it what you will.",
      s=S, note="the root author adds evidence (decision 6)"),
    R("cora_policy", "cloud_cora", 186,
      "an email draft from a rep is not a policy. the official denial outranks it", reply="dmitri_update", s=D, rs=D),
    R("rick_based", "ratelimit_rick", 195, "based", reply="cora_policy", s=S, rs=D,
      note="'based' = approval of the parent, which denies the root (decision 3)"),
    R("ott_circle", "old_timer_ott", 200, "every API I ever loved has died. circle of life", s=C),
]))

# ---- 14. A leaked model release date (heldout) -----------------------------------
THREADS.append(StanceThread("model_release", "heldout", "2026-11-17 21:30:00", [
    ROOT("frontier_leaks",
         "Halcyon-5 from Meridian Labs drops next Thursday. Internal evals put it ahead of every public model on "
         "coding. You heard it here first. #AI #Halcyon5"),
    R("pax_which", "pedant_pax", 4, "next thursday as in the 19th or the 26th?", s=Q),
    R("fl_19", "frontier_leaks", 9, "the 19th", reply="pax_which", s=C, rs=C),
    R("andy_prob", "accel_andy", 6, "Probably. Meridian has been teasing all week \U0001F37F", s=S,
      note="hedged agreement is still support (decision 7)"),
    R("sal_dec", "slowpoke_sal", 12, "nah, december. they always launch right before there conference", s=D),
    R("andy_jan", "accel_andy", 17, "their conference moved to January this year", reply="sal_dec", s=D, rs=S),
    R("sal_maybe", "slowpoke_sal", 23, "huh, didn't know that. then maybe", reply="andy_jan", s=S, rs=S,
      note="accepts the correction and, tentatively, the root's date"),
    R("gus_numbers", "gradient_gus", 15,
      "ahead on coding by how much, on which evals? 'ahead of every public model' means nothing without numbers",
      s=Q, note="a demand for the numbers; the dismissal depends on them being missing (decision 2)"),
    R("fl_8pts", "frontier_leaks", 21, "~8 points on CodeArena per my source. can't share the sheet",
      reply="gus_numbers", s=C, rs=S),
    R("gus_roll", "gradient_gus", 27, "'can't share the sheet' \U0001F644", reply="fl_8pts", s=D, rs=D),
    R("mei_weeks", "mlops_mei", 30, "every leak account has posted 'next Thursday' five weeks in a row", s=D),
    R("fl_last3", "frontier_leaks", 36, "not this account. check my last 3", reply="mei_weeks", s=D, rs=S),
    R("mei_give", "mlops_mei", 44, "your last 3 were right, I'll give you that", reply="fl_last3", s=S, rs=S),
    R("kai_de", "ki_kai", 40, "source? without one this is just a rumour", s=Q,
      note="asks for the source; the second sentence is true of any unsourced claim, not a denial (decision 2)"),
    R("ines_es", "ia_ines", 48, "Si sale el jueves, me quedo sin dormir probándolo \U0001F605", s=C, lang="es",
      note="'if it's out on Thursday I'm not sleeping': conditional, no side"),
    R("mo_zh", "curious_cal", 52, "does it handle languages other than English better? the last one was rough", s=Q,
      note="asks for a detail of the model the post reports (decision 2)"),
    R("hype_reset", "hype_daily", 56, "\U0001F440 Halcyon-5 next week? If true this resets the leaderboard", s=C,
      quote=True),
    R("dora_leet", "doomer_dora", 60, "can't wait for another model that's 3% better at leetcode", s=C,
      note="sarcastic about why it matters, not about the date (decision 5)"),
    R("fl_more", "frontier_leaks", 90, "Also hearing: 1M context, API only at launch, no weights.", s=C,
      note="more rumoured details; no evidence for the date (decision 6)"),
    R("wren_noweights", "weights_wren", 95, "no weights, no interest", reply="fl_more", s=C, rs=C),
    R("mila_lol", "meridian_mila", 70, "lol", s=C,
      note="an employee's bare 'lol': no readable position (decision 3)"),
    R("fl_nda", "frontier_leaks", 76, "the 'lol' of someone under NDA \U0001F440", reply="mila_lol", s=C, rs=S,
      note="reads the employee's 'lol' as a hint that the leak is right"),
    R("sy_saved", "sy_errorbars", 110, "saved. will check on the 19th", s=C),
]))


# --------------------------------------------------------------------------

def summary(labels: list[dict]) -> str:
    lines = []
    for split in ("dev", "heldout", "all"):
        rows = [r for r in labels if split == "all" or r["split"] == split]
        c = Counter(r["stance"] for r in rows)
        rc = Counter(r["root_stance"] for r in rows)
        lines.append(f"{split}: {len(rows)} labeled; stance " + ", ".join(f"{k} {c[k]}" for k in LABELS)
                     + "; root_stance " + ", ".join(f"{k} {rc[k]}" for k in LABELS))
    return "\n".join(lines)


def main() -> None:
    labels = SET.write_all(THREADS, OUT_DIR)
    totals = summary(labels)
    print(totals)
    readme = OUT_DIR / "README.md"
    if readme.exists():  # the README's counts must be the data's
        assert totals in readme.read_text(encoding="utf-8"), "README.md counts are out of date"


if __name__ == "__main__":
    main()
