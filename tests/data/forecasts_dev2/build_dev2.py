#!/usr/bin/env python3
"""Build the second forecast development set, `forecasts_dev2` (stdlib only, deterministic).

Run from the repository root:

    python tests/data/forecasts_dev2/build_dev2.py

Every thread is defined ONCE below (users, posts, and the gold labels attached to the
posts) and written as:

  <topic>.twarc2.jsonl   X API v2 search pages as twarc2 writes them (1-2 pages)
  gold.jsonl             one line per gold forecast (the fields of shared/spec/forecasts.md,
                         plus `file` and `note`)
  negatives.jsonl        one line per labeled NON-forecast post (looks like one, is not)

The layout is the one of tests/data/forecasts/ (see its README.md). The twarc2 objects, the
thread model and the writer come from tests/data/twarc_fixture.py, as for the first set, but
this set has its own `Dev2Set` instance with its own user registry and id scheme: the low
22 bits of an id come from a hash of the post's key, not from a counter, so this set's ids
never depend on another set's contents.

All accounts, people, companies, products and posts are invented by the threadscope
team (see README.md in this folder). Every run writes the same bytes, and the script
checks its own labels before writing (see `ForecastSet.validate` and `Dev2Set.check_post`).
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT_DIR.parent))  # tests/data: twarc_fixture

import twarc_fixture as tf
from twarc_fixture import G, P, Thread, U


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _check_relative(t: str, p: P, g: G, target: P) -> None:
    """Recompute a relative window from the target forecast (the spec's relative table)."""
    same = [x for x in target.gold if x.prop == g.prop]
    tg = same[0]  # the first forecast of that event in the target's text
    S, E, D = _d(tg.start), _d(tg.end), p.created_at.date()
    start, end = _d(g.start), _d(g.end)
    if g.rk in ("agree", "agree_h", "conf"):
        assert (start, end) == (S, E), (t, p.key, "agree/conf window is not S..E")
        if g.rk == "agree":
            assert g.conf == tg.conf, (t, p.key, "agreement must copy the confidence")
    elif g.rk == "later":
        assert E is not None and start == E + timedelta(days=1) and end is None, (t, p.key, "later")
    elif g.rk == "sooner":
        if S is not None and S > D:
            assert (start, end) == (D, S - timedelta(days=1)), (t, p.key, "sooner")
        else:
            assert E is not None and (start, end) == (D, E - timedelta(days=1)), (t, p.key, "sooner, no room")
    else:
        raise AssertionError((t, p.key, "relative forecast without rk"))


class Dev2Set(tf.ForecastSet):
    """This set: hashed ids, 6-byte hashes, hashtags (entities written hashtags, mentions, urls), stricter checks."""

    hash_bytes = 6
    entities = ("hashtags", "mentions", "urls")
    lowercase_names = True

    def snowflake(self, when: datetime, key: str) -> str:
        """((unix_ms - epoch) << 22) + low bits; the low bits come from the key, not a counter."""
        return tf.snowflake_id(tf.unix_ms(when) + self.small_int("ms|" + key, 1000),
                               self.small_int("seq|" + key, 1 << 22))

    def check_post(self, thread: Thread, p: P, posts: dict[str, P]) -> None:
        t = thread.topic
        D = p.created_at.date()
        assert date(2025, 1, 1) <= D <= date(2026, 11, 30), (t, p.key)
        for g in p.gold:
            start, end = _d(g.start), _d(g.end)
            assert start is not None, (t, p.key)
            if end is not None:
                assert start <= end, (t, p.key)
                assert end >= D, (t, p.key, "window already ended on D")
            assert (g.rel is None) == (g.rk is None), (t, p.key)
            if g.rel:
                _check_relative(t, p, g, posts[g.rel])
            else:
                assert start >= D, (t, p.key, "an own window never starts before D")
            if g.holder and g.holder != p.author and g.holder in self.users:
                assert g.quote.split()[0].lstrip("@") in (g.holder, *self.users[g.holder].name.split()), (t, p.key)


# --------------------------------------------------------------------------
# people (all invented)
# --------------------------------------------------------------------------

USERS = [
    # foldable
    U("handset_daily", "Handset Daily", "2012-04-02", "Phones, every day."),
    U("leaky_lin", "Lin Arvidsson", "2019-02-11", "supply chain gossip. often right, sometimes loud"),
    U("gadget_gabi", "Gabi Santos", "2015-07-19", "reviews + hot takes"),
    U("tech_es_nuria", "Nuria Campos", "2016-03-08", "Móviles y tecnología."),
    U("veyra_news", "Veyra News", "2021-09-01", "Fan account. Not affiliated with Veyra."),
    U("mbrandt_veyra", "Malik Brandt", "2013-11-23", "CEO, Veyra."),
    U("handy_hanna", "Hanna Krüger", "2018-05-30", "Handys, Tarife, Technik."),
    U("fold_fan_22", "Jess Ortiz", "2022-06-22", "waiting for a flip that doesn't crease"),
    U("mobile_mio", "Mio Fujita", "2017-10-10", "スマホ新製品ウォッチ"),
    U("shouji_zhou", "Zhou Yan", "2019-12-12", "手机发烧友"),
    U("pocket_reviews", "Pocket Reviews", "2014-01-15", "Phone reviews."),
    U("price_watch_pat", "Pat Doyle", "2016-08-08", "deals only"),
    U("cynic_cyrus", "Cyrus Vale", "2020-04-01", "seen it all"),
    U("tech_fr_theo", "Théo Marchetti", "2018-09-09", "Tech, Lyon."),
    # metro_line
    U("line4_watch", "Line 4 Watch", "2019-03-03", "Tracking Halden's Line 4, stop by stop."),
    U("tunnel_tom", "Tom Reyes", "2014-06-06", "civil engineer, opinions my own"),
    U("commuter_kim", "Kim Albers", "2017-01-17", "bus 12 survivor"),
    U("bike_lane_bex", "Bex Holloway", "2018-08-18", "bikes > cars"),
    U("pendler_paul", "Paul Ostermann", "2015-11-05", "Pendler, Halden."),
    U("halden_herald", "The Halden Herald", "2011-02-01", "Local news for Halden."),
    U("transit_nerd_ola", "Ola Nilsen", "2016-04-14", "signalling, timetables, maps"),
    U("metro_marisol", "Marisol Vega", "2019-09-19", "Transporte público."),
    U("rail_remi", "Rémi Castel", "2017-05-05", "Rail et ville."),
    U("budget_hawk", "Budget Hawk", "2020-10-10", "Where does the money go?"),
    U("tetsudo_taro", "Taro Ishikawa", "2013-12-01", "鉄道ファン"),
    U("bus_driver_bo", "Bo Sørensen", "2018-02-20", "driving the 12 since 2009"),
    U("skeptic_sanna", "Sanna Virtanen", "2015-09-09", "urbanist"),
    U("ditie_dong", "Dong Wei", "2021-01-21", "地铁迷"),
    U("eki_yuna", "Yuna Sato", "2018-04-25", "駅と路線図"),
    # booster
    U("epi_noor", "Noor Sethi", "2014-02-14", "Epidemiologist. Vaccines, surveillance."),
    U("pharma_pete", "Pete Lindahl", "2016-06-16", "pharma supply chain"),
    U("nurse_jo_k", "Jo Kearney", "2018-03-27", "ICU nurse"),
    U("impf_ingrid", "Ingrid Vogt", "2017-07-07", "Impfungen, Apotheken, Gesundheitspolitik."),
    U("farmacia_fer", "Fernando Gil", "2019-04-04", "Farmacéutico."),
    U("vax_policy_vik", "Vik Rao", "2015-10-30", "vaccine policy"),
    U("tokyo_yakuzai", "Aya Morita", "2016-12-24", "薬剤師"),
    U("yimiao_wang", "Wang Fang", "2020-05-20", "疫苗研究"),
    U("meme_mo", "Mo Kaplan", "2021-08-08", "jokes"),
    U("biotech_ben", "Ben Adler", "2013-09-13", "biotech analyst"),
    U("health_desk", "Health Desk", "2012-01-01", "Health news."),
    U("pharmacist_pam", "Pam Whitlow", "2018-11-11", "community pharmacist"),
    U("rx_rosa", "Rosa Lind", "2019-06-30", "pharmacy tech"),
    U("apotheke_anke", "Anke Wolff", "2015-02-11", "Apothekerin."),
    U("pharma_celine", "Céline Arnaud", "2016-03-19", "Pharmacienne, Nantes."),
    # housing
    U("norhaven_homes", "Norhaven Homes Data", "2015-03-15", "Housing data for Norhaven."),
    U("bear_beatrix", "Beatrix Hale", "2016-01-09", "housing bear since 2021"),
    U("realtor_raf", "Rafael Dunmore", "2014-04-04", "realtor, Norhaven"),
    U("casas_carmen", "Carmen Ibarra", "2018-07-21", "Vivienda y mercado."),
    U("mortgage_mani", "Mani Okoye", "2017-02-02", "mortgage broker"),
    U("firsttime_fin", "Fin Gallagher", "2022-03-03", "first-time buyer, still looking"),
    U("zins_zora", "Zora Pfeiffer", "2015-08-12", "Zinsen und Immobilien."),
    U("norhaven_times", "The Norhaven Times", "2010-10-10", "News."),
    U("immo_odile", "Odile Ferrand", "2016-10-16", "Immobilier."),
    U("fangjia_li", "Li Na", "2019-10-01", "房地产观察"),
    U("macro_mel", "Mel Strand", "2013-05-25", "macro"),
    U("renter_rory", "Rory Quinlan", "2020-12-12", "renting, for now"),
    U("old_money_oz", "Oz Whitcombe", "2012-07-04", "been through three cycles"),
    U("jutaku_ken", "Ken Sakai", "2017-04-01", "住宅ローン相談"),
    U("hipotecas_ivan", "Iván Roldán", "2018-11-03", "Hipotecas."),
    # chess_title
    U("sixtyfour_news", "Sixty-Four News", "2013-08-08", "Chess news."),
    U("gm_gustav", "Gustav Ek", "2014-09-14", "GM. Coach."),
    U("patzer_pat", "Pat Moreno", "2018-10-18", "1600 on a good day"),
    U("ajedrez_alba", "Alba Serrano", "2016-02-29", "Ajedrez."),
    U("schach_stefan", "Stefan Roth", "2015-12-15", "Schach, Bundesliga."),
    U("echecs_eloise", "Éloïse Giraud", "2019-01-31", "Échecs."),
    U("rating_rachel", "Rachel Abara", "2017-06-06", "ratings, lists, graphs"),
    U("shogi_to_chess", "Ren Takeda", "2018-04-18", "将棋からチェスへ"),
    U("stats_soren", "Søren Holm", "2016-11-11", "chess models"),
    U("old_gm_otto", "Otto Brenner", "2011-11-11", "played them all"),
    U("candidates_cam", "Cam Ferris", "2020-02-02", "chess podcast"),
    U("qi_mei", "Mei Qiao", "2021-03-21", "国际象棋"),
    U("chess_kaito", "Kaito Mori", "2020-08-30", "チェス初心者"),
    # ipo
    U("ipo_radar", "IPO Radar", "2014-05-05", "New issues, filings, pricing."),
    U("vc_vivian", "Vivian Cho", "2016-09-30", "growth investor"),
    U("ecm_eamon", "Eamon Walsh", "2013-03-17", "ECM, ex-banker"),
    U("bolsa_bruno", "Bruno Salas", "2018-01-08", "Bolsa y mercados."),
    U("daytrader_dj", "DJ Patel", "2021-07-07", "day trader, no advice"),
    U("boerse_britta", "Britta Hoffmann", "2015-06-01", "Börse, Fintech."),
    U("fintech_fred", "Fred Osei", "2017-08-21", "fintech"),
    U("kabu_kaori", "Kaori Ueda", "2019-02-22", "米国株"),
    U("retail_rhys", "Rhys Evans", "2020-06-06", "retail investor"),
    U("gushi_chen", "Chen Jing", "2018-12-08", "美股观察"),
    U("macro_mona", "Mona Farah", "2014-10-04", "macro + markets"),
    U("empleado_quique", "Enrique Ortega", "2020-03-30", "Fintech, Madrid."),
    U("bourse_agathe", "Agathe Lemoine", "2017-01-23", "Marchés, IPO."),
    # sat_internet
    U("orbit_broadband", "Orbit Broadband", "2016-04-12", "Satellite internet news."),
    U("schuessel_dieter", "Dieter Kamps", "2014-02-24", "Satelliten, Empfang, Technik."),
    U("rural_rita", "Rita Hagen", "2018-05-15", "farm life, bad internet"),
    U("wifi_walt", "Walt Brennan", "2015-01-25", "networks"),
    U("fibre_fanny", "Fanny Morel", "2017-09-27", "Télécoms."),
    U("analyst_aki", "Aki Laine", "2016-07-30", "telecom analyst"),
    U("spectrum_sam", "Sam Yoon", "2019-03-09", "spectrum policy"),
    U("jwirth_skylane", "Jonas Wirth", "2012-12-03", "Europe, Skylane."),
    U("antena_ana", "Ana Ruiz", "2020-11-20", "Telecomunicaciones."),
    U("satelite_sergio", "Sergio Paz", "2018-08-28", "Satélites."),
    U("policy_petra", "Petra Novak", "2015-05-19", "telecom regulation"),
    U("alpine_andi", "Andi Steiner", "2019-07-14", "Berge und so"),
    U("weixing_wu", "Wu Lei", "2021-04-04", "卫星互联网"),
    U("eisei_emi", "Emi Kondo", "2017-11-27", "衛星通信"),
    U("campagne_claire", "Claire Dubois", "2016-06-26", "Vie à la campagne."),
    # novel_sequel
    U("shelf_shira", "Shira Katz", "2016-05-11", "reading too much"),
    U("litagent_lou", "Lou Bramwell", "2013-10-02", "literary agent (not hers)"),
    U("slowreader_sol", "Sol Adeyemi", "2018-12-30", "one book a month, slowly"),
    U("fanfic_fay", "Fay Morgan", "2020-01-29", "fic, tea, more fic"),
    U("lectrice_lea", "Léa Fontaine", "2017-03-13", "Lectrice."),
    U("publishers_desk", "Publishers Desk", "2011-06-21", "Book trade news."),
    U("buecher_bernd", "Bernd Vogel", "2015-04-23", "Bücher."),
    U("screen_sid", "Sid Kaur", "2019-10-09", "TV and streaming"),
    U("couch_critic", "Couch Critic", "2018-02-14", "I watch, I judge"),
    U("honyomi_haru", "Haru Nishida", "2016-09-16", "本読み"),
    U("shuyou_xu", "Xu Ming", "2020-07-17", "书友"),
    U("leser_lukas", "Lukas Beck", "2016-12-01", "Leser."),
    U("series_pilar", "Pilar Montes", "2019-05-02", "Series y más series."),
    # port_strike
    U("labor_lens", "Labor Lens", "2014-05-01", "Labor news."),
    U("dockside_dee", "Dee Kowalczyk", "2016-08-19", "logistics, ports"),
    U("freight_fiona", "Fiona Grant", "2015-02-05", "freight forwarder"),
    U("estibador_eli", "Eli Navarro", "2018-06-12", "Puertos."),
    U("portcity_news", "Port City News", "2010-09-09", "News from the port city."),
    U("shipper_sho", "Sho Tanabe", "2017-12-05", "shipping"),
    U("carla_benedetti", "Carla Benedetti", "2012-03-08", "Union president. Dockworkers."),
    U("policy_pete", "Pete Marlowe", "2013-07-29", "labour law and policy"),
    U("droit_social_sam", "Samuel Roche", "2016-01-14", "Droit social."),
    U("hafen_hanno", "Hanno Lüders", "2019-05-09", "Hafen, Logistik."),
    U("history_hal", "Hal Briggs", "2011-04-30", "labour history"),
    U("haiyun_hu", "Hu Jun", "2020-09-01", "航运"),
    U("crane_op_cy", "Cy Delgado", "2018-10-22", "crane operator"),
    U("kowan_kenta", "Kenta Ono", "2017-06-19", "港湾物流"),
    U("retail_rae", "Rae Simmons", "2021-11-11", "small shop owner"),
    U("gangkou_zhang", "Zhang Wei", "2019-09-12", "港口物流"),
    # bench_saturation
    U("bench_bot", "Bench Bot", "2023-02-02", "Automated leaderboard updates."),
    U("evals_emil", "Emil Sandberg", "2019-05-28", "evals"),
    U("careful_cara", "Cara Whitman", "2017-08-03", "ML researcher, careful"),
    U("grind_gabe", "Gabe Torres", "2022-01-05", "accelerate"),
    U("moxing_ma", "Ma Rui", "2021-06-18", "大模型"),
    U("llm_yui", "Yui Hayashi", "2020-03-12", "LLM評価"),
    U("open_weights_olu", "Olu Adebayo", "2021-10-29", "open weights or bust"),
    U("ki_klara", "Klara Wendt", "2018-09-24", "KI-Forschung."),
    U("ml_digest", "ML Digest", "2019-01-01", "ML news."),
    U("renata_okoro", "Renata Okoro", "2016-07-07", "Lab head."),
    U("skeptic_sy", "Sy Pruitt", "2015-12-31", "show me the error bars"),
    U("ia_irene", "Irene Lozano", "2019-11-19", "IA."),
    U("ia_hugo", "Hugo Lefèvre", "2018-03-03", "IA, évaluation."),
    U("pedant_pia", "Pia Brandauer", "2016-02-16", "definitions matter"),
    U("newbie_nico", "Nico Baines", "2024-01-10", "learning ML"),
    U("ml_malte", "Malte Jansen", "2017-10-05", "ML, Hamburg."),
]
DEV2 = Dev2Set(USERS)


# --------------------------------------------------------------------------
# threads: posts and labels
# --------------------------------------------------------------------------

# Rule names in notes refer to rows of shared/spec/forecasts.md; "decision N" to README.md here.
THREADS: list[Thread] = []

# ---- 1. A phone maker's first foldable, March 2025 ---------------------------
THREADS.append(Thread("foldable", {
    "unveil": "Veyra unveils its first foldable phone",
    "on-sale": "Veyra's first foldable goes on sale",
    "trifold-on-sale": "Veyra's tri-fold phone goes on sale",
}, [
    P("root", "handset_daily", "2025-03-11 14:30:00",
      "Veyra confirms it's working on a foldable. No date, no price. What's your guess? \U0001F440 #foldables",
      neg="present-state claim and a question; no forecast"),
    P("lin_calls", "leaky_lin", "2025-03-11 14:52:18",
      "hinge orders already went out to suppliers. so: announcement in september, on shelves by october. "
      "calling it now", reply="root",
      gold=[G("announcement in september", "unveil", "2025-09-01", "2025-09-30", 0.9,
              "bare month said 2025-03-11 = September 2025; bare assertion 0.9 ('calling it now' adds no "
              "table hedge)"),
            G("on shelves by october", "on-sale", "2025-03-11", "2025-10-31", 0.9,
              "'on shelves' = goes on sale; by X with bare month October 2025: D .. 2025-10-31; bare 0.9")]),
    P("gabi_split", "gadget_gabi", "2025-03-11 15:20:41",
      "+1 on the reveal, but the shelves part is way too optimistic \U0001F643", reply="lin_calls",
      gold=[G("+1 on the reveal", "unveil", "2025-09-01", "2025-09-30", 0.9,
              "agreement '+1' restricted to the reveal (= announcement): copies lin's Sep 2025 and 0.9",
              rel="lin_calls", rk="agree"),
            G("the shelves part is way too optimistic", "on-sale", "2025-11-01", None, 0.9,
              "'way too optimistic' = 'you're too optimistic' row against lin's on-sale forecast "
              "(..2025-10-31): E+1 .. open; unhedged 0.9", rel="lin_calls", rk="later")]),
    P("nuria_es", "tech_es_nuria", "2025-03-11 16:02:09",
      "La presentan en septiembre seguro, pero en tiendas no antes de noviembre.", reply="root", lang="es",
      gold=[G("La presentan en septiembre seguro", "unveil", "2025-09-01", "2025-09-30", 0.95,
              "'la presentan' = they unveil it; bare month = September 2025; 'seguro' = for sure 0.95 "
              "(decision 9)"),
            G("en tiendas no antes de noviembre", "on-sale", "2025-11-01", None, 0.9,
              "'en tiendas' = in stores; 'no antes de noviembre' = not before X: start of November 2025 .. "
              "open; bare 0.9")]),
    P("vn_brandt", "veyra_news", "2025-03-11 17:30:00",
      "for context: at yesterday's investor day Brandt said the foldable will be on sale by the end of this "
      "year.", reply="root",
      gold=[G("Brandt said the foldable will be on sale by the end of this year", "on-sale", "2025-03-11",
              "2025-12-31", 0.9,
              "reported speech: 'Brandt' = last name of exactly one user (mbrandt_veyra); 'by the end of this "
              "year' against the reporting post's D: D .. 2025-12-31; 'will' 0.9", holder="mbrandt_veyra")]),
    P("cyrus_past", "cynic_cyrus", "2025-03-11 17:45:30",
      "brandt said the same thing about the tablet in 2023 lol", reply="vn_brandt",
      neg="past event: a 2023 statement about another product, window long over"),
    P("hanna_de", "handy_hanna", "2025-03-11 18:10:52",
      "Dieses Jahr wird das nix. Frühestens 2026.", reply="vn_brandt", lang="de",
      gold=[G("Dieses Jahr wird das nix", "on-sale", "2025-03-11", "2025-12-31", 0.1,
              "event from the reported forecast it answers (on sale); 'dieses Jahr' = this year: D .. "
              "2025-12-31; 'wird das nix' = won't happen, negated plain assertion 0.1 (decision 9); own "
              "window, so relative_to null"),
            G("Frühestens 2026", "on-sale", "2026-01-01", None, 0.9,
              "'frühestens 2026' = 2026 at the earliest: 2026-01-01 .. open; bare 0.9")]),
    P("fan_hope", "fold_fan_22", "2025-03-11 18:30:05",
      "i hope its out before my contract ends in august lol", reply="root",
      neg="hope / wish ('i hope ... before ... august')"),
    P("lin_trifold", "leaky_lin", "2025-03-11 19:00:33",
      "also: the tri-fold. that one's 2027 at the earliest \U0001F440", reply="lin_calls",
      gold=[G("that one's 2027 at the earliest", "trifold-on-sale", "2027-01-01", None, 0.9,
              "'that one' = the tri-fold (a different product); 'X at the earliest' = 2027-01-01 .. open; "
              "bare 0.9. 'coming' read as going on sale, like her 'on shelves' two posts up")]),
    P("mio_ja", "mobile_mio", "2025-03-12 00:40:14",
      "三つ折りは2026年後半に出るかもしれない。", reply="lin_trifold", lang="ja",
      gold=[G("三つ折りは2026年後半に出るかもしれない", "trifold-on-sale", "2026-07-01", "2026-12-31", 0.4,
              "'三つ折り' = the tri-fold; '2026年後半' = second half of 2026 (Jul-Dec); 'かもしれない' = "
              "might 0.4; own window")]),
    P("zhou_zh", "shouji_zhou", "2025-03-12 02:10:27",
      "发布那部分同意\U0001F44D 但很可能明年才上市。", reply="lin_calls", lang="zh",
      gold=[G("发布那部分同意", "unveil", "2025-09-01", "2025-09-30", 0.9,
              "'agree on the release (发布 = unveiling) part': agreement copies lin's Sep 2025 and 0.9",
              rel="lin_calls", rk="agree"),
            G("很可能明年才上市", "on-sale", "2026-01-01", "2026-12-31", 0.85,
              "'上市' = goes on sale; '明年' = next year (2026, '才' = not until then); '很可能' = very "
              "likely 0.85; own window")]),
    P("pocket_read", "pocket_reviews", "2025-03-12 09:15:00",
      "they show it at the fall event, sept or oct, and you can actually buy it before christmas "
      "(70% on that last bit)", reply="root",
      gold=[G("they show it at the fall event, sept or oct", "unveil", "2025-09-01", "2025-10-31", 0.9,
              "'sept or oct' = between September and October 2025 (decision 3); present tense as future, "
              "bare 0.9"),
            G("you can actually buy it before christmas (70% on that last bit)", "on-sale", "2025-03-12",
              "2025-12-24", 0.7,
              "'before christmas' = before X with X = 2025-12-25: D .. 2025-12-24 (decision 4); explicit "
              "70% for this part only")]),
    P("gabi_sooner", "gadget_gabi", "2025-03-12 09:40:26",
      "nah, sooner on the buying part", reply="pocket_read",
      gold=[G("nah, sooner on the buying part", "on-sale", "2025-03-12", "2025-12-23", 0.9,
              "relative 'sooner' against the buying forecast (2025-03-12 .. 2025-12-24): no room before a "
              "window that starts on D, so D .. E - 1 day; unhedged 0.9", rel="pocket_read", rk="sooner")]),
    P("pat_price", "price_watch_pat", "2025-03-12 10:05:48",
      "ok but is it under $1000 or not. that's the only question that matters", reply="root",
      neg="question (about price, no time)"),
    P("brandt_reply", "mbrandt_veyra", "2025-03-12 11:00:00",
      "Appreciate the excitement \U0001F64F We'll share dates when we're ready.", reply="root",
      neg="a plan that depends on an unknown moment ('when we're ready'): conditional, no window"),
    P("cyrus_sarc", "cynic_cyrus", "2025-03-12 11:30:12",
      "on sale by december, sure, and my 2019 phone still gets updates /s", reply="vn_brandt",
      neg="sarcasm marked with /s"),
    P("theo_fr", "tech_fr_theo", "2025-03-12 12:15:37",
      "Si elle sort sous les 1000 €, je l'achète le jour même.", reply="root", lang="fr",
      neg="conditional ('si ...'), and about the author's purchase, not a dated event"),
]))

# ---- 2. A city's subway line opening, June 2025 -------------------------------
THREADS.append(Thread("metro_line", {
    "harbor-central-open": "Line 4's Harbor-Central section opens to passengers",
    "full-line-open": "The full Line 4, to the airport, opens to passengers",
}, [
    P("root", "line4_watch", "2025-06-17 08:30:00",
      "Line 4 delayed AGAIN \U0001F644 the authority won't even give a date now. so when do we actually ride "
      "it, at least Harbor–Central? \U0001F687 #Line4",
      neg="present-state claim and a question; it defines the event (the Harbor–Central section opening)"),
    P("tom_calls", "tunnel_tom", "2025-06-17 08:52:40",
      "harbor–central opens this summer, the full line to the airport maybe next spring. tunnels are done, "
      "it's all signalling now", reply="root",
      gold=[G("harbor–central opens this summer", "harbor-central-open", "2025-06-17", "2025-08-31", 0.9,
              "'this summer' said in summer (2025-06-17): D .. 2025-08-31; present tense as future, bare 0.9"),
            G("the full line to the airport maybe next spring", "full-line-open", "2026-03-01", "2026-05-31",
              0.4, "'next spring' = first spring starting after D: Mar-May 2026; 'maybe' 0.4")]),
    P("kim_fall", "commuter_kim", "2025-06-17 09:10:03",
      "this summer?? they havent even started test runs. not before fall", reply="tom_calls",
      gold=[G("not before fall", "harbor-central-open", "2025-09-01", None, 0.9,
              "event from the echoed 'this summer' (tom's Harbor–Central forecast); 'not before X' with bare "
              "fall = Sep-Nov 2025: 2025-09-01 .. open; bare 0.9; own window, relative_to null")]),
    P("bex_this", "bike_lane_bex", "2025-06-17 09:25:19",
      "this ^^", reply="kim_fall",
      gold=[G("this ^^", "harbor-central-open", "2025-09-01", None, 0.9,
              "agreement 'this' copies kim's window and 0.9", rel="kim_fall", rk="agree")]),
    P("paul_de", "pendler_paul", "2025-06-17 10:05:44",
      "Harbor–Central? Wahrscheinlich erst im Oktober. Die ganze Linie bis zum Flughafen nicht vor 2027.",
      reply="root", lang="de",
      gold=[G("Wahrscheinlich erst im Oktober", "harbor-central-open", "2025-10-01", "2025-10-31", 0.7,
              "bare month = October 2025 ('erst' = not until); 'wahrscheinlich' = probably 0.7"),
            G("Die ganze Linie bis zum Flughafen nicht vor 2027", "full-line-open", "2027-01-01", None, 0.9,
              "'nicht vor 2027' = not before X: 2027-01-01 .. open; bare 0.9")]),
    P("herald_quist", "halden_herald", "2025-06-17 12:00:00",
      "At last night's council meeting, project director Amara Quist said passenger trains will run between "
      "Harbor and Central by the end of September.", quotes="root",
      gold=[G("Amara Quist said passenger trains will run between Harbor and Central by the end of September",
              "harbor-central-open", "2025-06-17", "2025-09-30", 0.9,
              "reported speech: no user is called Amara or Quist, so the holder is the name as written; "
              "'by the end of September' = D .. 2025-09-30; 'will' 0.9", holder="Amara Quist")]),
    P("kim_past", "commuter_kim", "2025-06-17 12:20:31",
      "quist also said 2023. and 2024. \U0001F643", reply="herald_quist",
      neg="past statements whose windows (2023, 2024) had ended on D"),
    P("yuna_ja", "eki_yuna", "2025-06-17 13:10:00",
      "前回の延期の時も「年内」と言っていた。", reply="herald_quist", lang="ja",
      neg="past statement; the quoted time words ('年内' = within the year) are reported, not used"),
    P("ola_right", "transit_nerd_ola", "2025-06-17 12:45:10",
      "she's probably right this time tbh, the signalling contract finally got signed", reply="herald_quist",
      gold=[G("she's probably right this time", "harbor-central-open", "2025-06-17", "2025-09-30", 0.7,
              "'she's right' = agreement with Quist's reported forecast (decision 6): copies its window; "
              "own hedge 'probably' 0.7", rel="herald_quist", rk="agree_h")]),
    P("marisol_es", "metro_marisol", "2025-06-18 08:10:22",
      "Primer tramo en noviembre. El del aeropuerto, dentro de 18 meses.", reply="root", lang="es",
      gold=[G("Primer tramo en noviembre", "harbor-central-open", "2025-11-01", "2025-11-30", 0.9,
              "'primer tramo' = the first section (Harbor–Central); bare month = November 2025; bare 0.9"),
            G("El del aeropuerto, dentro de 18 meses", "full-line-open", "2026-12-01", "2026-12-31", 0.9,
              "'dentro de 18 meses' = in 18 months: the calendar month containing D + 18 months "
              "(2026-12-18) = December 2026; bare 0.9")]),
    P("remi_fr", "rail_remi", "2025-06-18 08:40:57",
      "Trop optimiste pour l'aéroport.", reply="marisol_es", lang="fr",
      gold=[G("Trop optimiste pour l'aéroport", "full-line-open", "2027-01-01", None, 0.9,
              "'trop optimiste' = too optimistic, about the airport forecast (Dec 2026): E+1 .. open; 0.9",
              rel="marisol_es", rk="later")]),
    P("hawk_if", "budget_hawk", "2025-06-18 09:30:00",
      "if the province releases the second funding tranche, full line by 2026. if not, who knows",
      reply="root", neg="conditional ('if X, full line by 2026')"),
    P("kim_mayor", "commuter_kim", "2025-06-18 10:00:48",
      "lol remember when the mayor said we'd ride line 4 to the 2024 marathon", reply="root",
      neg="past event; the reported window (2024) had ended on D"),
    P("taro_ja", "tetsudo_taro", "2025-06-18 11:15:16",
      "全線開通はたぶん2026年の上半期。", reply="root", lang="ja",
      gold=[G("全線開通はたぶん2026年の上半期", "full-line-open", "2026-01-01", "2026-06-30", 0.7,
              "'全線開通' = full-line opening; '2026年の上半期' = H1 2026; 'たぶん' = probably 0.7")]),
    P("bex_later", "bike_lane_bex", "2025-06-18 11:40:39",
      "nah, later", reply="taro_ja",
      gold=[G("nah, later", "full-line-open", "2026-07-01", None, 0.9,
              "relative 'later' against H1 2026: E+1 .. open; unhedged 0.9", rel="taro_ja", rk="later")]),
    P("paul_irgendwann", "pendler_paul", "2025-06-18 12:20:00",
      "Flughafen? Irgendwann halt. \U0001F937", reply="tom_calls", lang="de",
      gold=[G("Irgendwann halt", "full-line-open", "2025-06-18", None, 0.9,
              "event from the echo 'Flughafen' (the full line to the airport); 'irgendwann' = at some point / "
              "someday: D .. open, vague; no hedge, bare 0.9", vague=True)]),
    P("bo_winter", "bus_driver_bo", "2025-06-18 13:00:00",
      "before winter. no doubt about it, they need it running for the holiday crowds", reply="root",
      gold=[G("before winter. no doubt about it", "harbor-central-open", "2025-06-18", "2025-11-30", 0.95,
              "event from the root question (Harbor–Central); first winter not ended on D starts 2025-12-01, "
              "before X = D .. 2025-11-30 (decision 5); 'no doubt' 0.95")]),
    P("sanna_joke", "skeptic_sanna", "2025-06-19 07:50:05",
      "honestly the airport stretch opening before the harbor bit would be peak Halden", reply="root",
      neg="counterfactual evaluation ('would be'), no window"),
    P("watch_q", "line4_watch", "2025-06-19 09:00:00",
      "q for the group: do overnight test runs count as 'opening'? because those started last week",
      reply="root", neg="question about a word ('opening'); past event"),
    P("dong_zh", "ditie_dong", "2025-06-19 10:30:11",
      "今年夏天？不可能。", reply="tom_calls", lang="zh",
      gold=[G("不可能", "harbor-central-open", "2025-06-17", "2025-08-31", 0.05,
              "confidence alone ('不可能' = impossible = no chance, 0.05, decision 9) against tom's this-summer "
              "forecast, picked by the echo '今年夏天': its window S .. E", rel="tom_calls", rk="conf")]),
]))

# ---- 3. A vaccine booster, August 2025 ---------------------------------------
THREADS.append(Thread("booster", {
    "approval": "The regulator approves the updated KX.2 booster",
    "in-pharmacies": "The KX.2 booster is available in pharmacies",
    "combo-approval": "The combined flu and COVID shot is approved",
    "japan-approval": "The KX.2 booster is approved in Japan",
}, [
    P("root", "epi_noor", "2025-08-26 09:00:00",
      "The KX.2 booster dossier went to the regulator last week. Pharmacies are already asking when they can "
      "order. Timelines, anyone? \U0001F489",
      neg="past event, present state and a question; no forecast"),
    P("pete_calls", "pharma_pete", "2025-08-26 09:20:12",
      "approval mid-september, shots in arms early october. that's been the pattern every year",
      reply="root",
      gold=[G("approval mid-september", "approval", "2025-09-11", "2025-09-20", 0.9,
              "'mid' of a month = days 11-20; September 2025 (bare month); bare 0.9"),
            G("shots in arms early october", "in-pharmacies", "2025-10-01", "2025-10-10", 0.9,
              "'shots in arms' = available to the public; 'early' of a month = days 1-10, October 2025; "
              "bare 0.9")]),
    P("jo_split", "nurse_jo_k", "2025-08-26 09:45:33",
      "approval timing seems right. the pharmacy part is too early tho, distributors need like 3 weeks after "
      "approval", reply="pete_calls",
      gold=[G("approval timing seems right", "approval", "2025-09-11", "2025-09-20", 0.9,
              "'seems right' = agreement (decision 6) with pete's approval forecast: copies window and 0.9",
              rel="pete_calls", rk="agree"),
            G("the pharmacy part is too early tho", "in-pharmacies", "2025-10-11", None, 0.9,
              "'too early' = 'not that soon' row against early October (..2025-10-10): E+1 .. open; 0.9 "
              "('like 3 weeks' is a lag, not a date)", rel="pete_calls", rk="later")]),
    P("ingrid_de", "impf_ingrid", "2025-08-26 10:30:47",
      "Zulassung ganz sicher nächsten Monat, aber in den Apotheken wahrscheinlich erst im November.",
      reply="root", lang="de",
      gold=[G("Zulassung ganz sicher nächsten Monat", "approval", "2025-09-01", "2025-09-30", 0.95,
              "'Zulassung' = approval; 'nächsten Monat' = next month: September 2025; 'ganz sicher' = "
              "certainly 0.95 (decision 9)"),
            G("in den Apotheken wahrscheinlich erst im November", "in-pharmacies", "2025-11-01", "2025-11-30",
              0.7, "bare month = November 2025; 'wahrscheinlich' = probably 0.7")]),
    P("fer_es", "farmacia_fer", "2025-08-26 11:00:09",
      "¿Noviembre? Muy tarde. Antes, seguro.", reply="ingrid_de", lang="es",
      gold=[G("Antes, seguro", "in-pharmacies", "2025-08-26", "2025-10-31", 0.95,
              "'antes' = sooner, against ingrid's pharmacy forecast (the echo 'Noviembre' picks it, Nov "
              "2025): D .. S - 1 day; 'seguro' = for sure 0.95", rel="ingrid_de", rk="sooner")]),
    P("vik_combo", "vax_policy_vik", "2025-08-26 13:10:00",
      "the combined flu+covid shot is a different story. no approval this year, maybe H1 2026",
      reply="root",
      gold=[G("no approval this year", "combo-approval", "2025-08-26", "2025-12-31", 0.1,
              "'this year' = D .. 2025-12-31; 'no approval' = negated plain assertion 0.1"),
            G("maybe H1 2026", "combo-approval", "2026-01-01", "2026-06-30", 0.4,
              "same event, second window: H1 2026; 'maybe' 0.4")]),
    P("jo_plus1", "nurse_jo_k", "2025-08-26 13:30:25",
      "+1", reply="vik_combo",
      gold=[G("+1", "combo-approval", "2025-08-26", "2025-12-31", 0.1,
              "agreement with a post holding two forecasts of one event: the first in its text (no approval "
              "this year, 0.1) is copied (spec rule; decision 11)", rel="vik_combo", rk="agree")]),
    P("aya_ja", "tokyo_yakuzai", "2025-08-27 01:15:40",
      "日本での承認は10月になるはず。", reply="root", lang="ja",
      gold=[G("日本での承認は10月になるはず", "japan-approval", "2025-10-01", "2025-10-31", 0.7,
              "approval in Japan (a different regulator, so another event); bare month '10月' = October "
              "2025; 'はず' = should 0.7")]),
    P("wang_zh", "yimiao_wang", "2025-08-27 02:00:02",
      "日本很可能明年才批。", reply="aya_ja", lang="zh",
      gold=[G("日本很可能明年才批", "japan-approval", "2026-01-01", "2026-12-31", 0.85,
              "'明年' = next year, 2026 ('才批' = only approved then); '很可能' = very likely 0.85; own window")]),
    P("mo_joke", "meme_mo", "2025-08-27 08:00:00",
      "they'll approve it the day after I finally catch covid, as per tradition \U0001F643", reply="root",
      neg="joke: the 'date' is tied to a personal event, no calendar window"),
    P("ben_if", "biotech_ben", "2025-08-27 09:00:31",
      "If the regulator asks for more data, push everything back a quarter.", reply="root",
      neg="conditional ('if ...')"),
    P("anke_de", "apotheke_anke", "2025-08-27 10:15:00",
      "Hoffentlich vor Oktober, meine Mutter wartet schon.", reply="root", lang="de",
      neg="hope / wish ('hoffentlich' = hopefully)"),
    P("noor_past", "epi_noor", "2025-08-27 09:30:00",
      "Reminder: last year's booster 'definitely' arrived in September. It arrived in November.",
      reply="root", neg="past event; 'definitely' is quoted, not used"),
    P("desk_okonjo", "health_desk", "2025-08-27 12:00:00",
      "Agency chief Ruth Okonjo told reporters approval of the KX.2 booster could come within two months.",
      quotes="root",
      gold=[G("Ruth Okonjo told reporters approval of the KX.2 booster could come within two months",
              "approval", "2025-08-27", "2025-10-27", 0.4,
              "reported speech, holder as written (no user named Ruth or Okonjo); 'within N months' = D .. "
              "D + 2 months; 'could' 0.4", holder="Ruth Okonjo")]),
    P("pete_before", "pharma_pete", "2025-08-27 12:30:19",
      "it'll be well before that", reply="desk_okonjo",
      gold=[G("it'll be well before that", "approval", "2025-08-27", "2025-10-26", 0.9,
              "'before then' row against Okonjo's window 2025-08-27 .. 2025-10-27, which starts on this "
              "post's D: no room, so D .. E - 1 day; 'it'll' 0.9", rel="desk_okonjo", rk="sooner")]),
    P("pam_weeks", "pharmacist_pam", "2025-08-28 08:00:00",
      "doses in pharmacies in 3 weeks. calling it.", reply="root",
      gold=[G("doses in pharmacies in 3 weeks", "in-pharmacies", "2025-09-15", "2025-09-21", 0.9,
              "'in N weeks' = the ISO week containing D + 3 weeks (2025-09-18): Mon 2025-09-15 .. Sun "
              "2025-09-21; bare 0.9")]),
    P("rosa_soon", "rx_rosa", "2025-08-28 08:30:44",
      "'orders open soon' is not a date, people. stop asking us at the counter \U0001F643", reply="root",
      neg="words quoted and discussed ('orders open soon'), not used"),
    P("celine_fr", "pharma_celine", "2025-08-28 09:10:25",
      "Dans six semaines, probablement.", reply="pam_weeks", lang="fr",
      gold=[G("Dans six semaines, probablement", "in-pharmacies", "2025-10-06", "2025-10-12", 0.7,
              "event from the post it answers (doses in pharmacies); 'dans N semaines' = in N weeks: the ISO "
              "week containing D + 6 weeks (2025-10-09) = Mon 2025-10-06 .. Sun 2025-10-12; 'probablement' "
              "0.7; own window")]),
]))

# ---- 4. A housing market, January 2026 ----------------------------------------
NORHAVEN_LONG = (
    "Recap, since this got long. The bears and the bulls are mostly talking past each other, because they "
    "quote different indices and different peaks. Listings are up 18% on last January, days-on-market is at a "
    "six-year high, and sellers are finally cutting asking prices. Mortgage desks say refinancing enquiries "
    "doubled in a month. My own call, for the record: sub-3.5% fixed mortgages are unlikely before 2028."
)
THREADS.append(Thread("housing", {
    "drop-10": "Norhaven's median sale price falls 10% below its 2025 peak",
    "bottom": "Norhaven house prices bottom out (stop falling)",
    "mortgage-below-4": "Fixed mortgage rates fall below 4%",
    "mortgage-below-3-5": "Fixed mortgage rates fall below 3.5%",
}, [
    P("root", "norhaven_homes", "2026-01-20 08:00:00",
      "Norhaven median sale price is down 4% from the 2025 peak. bottom's in, or more pain ahead? "
      "\U0001F3E0\U0001F4C9", neg="present-state claim and a question"),
    P("bea_10", "bear_beatrix", "2026-01-20 08:30:15",
      "more pain. -10% from peak by summer, and rate cuts wont save anyone", reply="root",
      gold=[G("-10% from peak by summer", "drop-10", "2026-01-20", "2026-08-31", 0.9,
              "by X with bare summer (first not ended on D: Jun-Aug 2026): D .. 2026-08-31; bare 0.9")]),
    P("raf_no", "realtor_raf", "2026-01-20 09:00:48",
      "-10% by summer? very unlikely. we bottom out in the second half of this year and then go sideways",
      reply="bea_10",
      gold=[G("very unlikely", "drop-10", "2026-01-20", "2026-08-31", 0.1,
              "confidence alone against bea's forecast (the echo names it): S .. E; 'very unlikely' 0.1",
              rel="bea_10", rk="conf"),
            G("we bottom out in the second half of this year", "bottom", "2026-07-01", "2026-12-31", 0.9,
              "'second half of this year' = H2 2026; bare 0.9")]),
    P("carmen_es", "casas_carmen", "2026-01-20 10:15:02",
      "El suelo de precios llega en primavera, probablemente.", reply="raf_no", lang="es",
      gold=[G("El suelo de precios llega en primavera, probablemente", "bottom", "2026-03-01", "2026-05-31",
              0.7, "'suelo de precios' = price floor = bottom; bare spring (first not ended) = Mar-May 2026; "
              "'probablemente' 0.7")]),
    P("mani_rates", "mortgage_mani", "2026-01-20 11:00:00",
      "fixed mortgage rates under 4% by Q3. under 3.5%? not this year.", reply="root",
      gold=[G("fixed mortgage rates under 4% by Q3", "mortgage-below-4", "2026-01-20", "2026-09-30", 0.9,
              "bare Q3 = first Q3 not ended (2026, decision 2); by X: D .. 2026-09-30; bare 0.9"),
            G("under 3.5%? not this year", "mortgage-below-3-5", "2026-01-20", "2026-12-31", 0.1,
              "another threshold, another event; 'not this year' = won't happen D .. 2026-12-31, 0.1")]),
    P("fin_march", "firsttime_fin", "2026-01-20 11:30:27",
      "sub-4 by march tbh", reply="mani_rates",
      gold=[G("sub-4 by march", "mortgage-below-4", "2026-01-20", "2026-03-31", 0.9,
              "'sub-4' = under 4%; by X with bare March 2026: D .. 2026-03-31; bare 0.9 ('tbh' is no hedge)")]),
    P("zora_de", "zins_zora", "2026-01-20 12:10:40",
      "Unter 4 % bis März? Bezweifle ich.", reply="fin_march", lang="de",
      gold=[G("Bezweifle ich", "mortgage-below-4", "2026-01-20", "2026-03-31", 0.25,
              "confidence alone ('bezweifle ich' = I doubt it, 0.25) against fin's forecast: S .. E",
              rel="fin_march", rk="conf")]),
    P("times_aamodt", "norhaven_times", "2026-01-21 07:00:00",
      "Central bank governor Lise Aamodt says house prices will stabilise within the next 12 months. Our view: "
      "prices find a floor in 2027.", quotes="root",
      gold=[G("Lise Aamodt says house prices will stabilise within the next 12 months", "bottom", "2026-01-21",
              "2027-01-21", 0.9,
              "reported speech, holder as written; 'stabilise' = stop falling = bottom (decision 12); 'in the "
              "next N months' = D .. D + 12 months; 'will' 0.9", holder="Lise Aamodt"),
            G("prices find a floor in 2027", "bottom", "2027-01-01", "2027-12-31", 0.9,
              "the author's own view in the same post: bottom in 2027; present tense as future, 0.9")]),
    P("raf_past", "realtor_raf", "2026-01-21 07:30:22",
      "she said that last january too \U0001F644", reply="times_aamodt",
      neg="past statement; no window of its own"),
    P("odile_fr", "immo_odile", "2026-01-21 08:00:51",
      "Stabilisation en 2027, pas avant.", reply="times_aamodt", lang="fr",
      gold=[G("Stabilisation en 2027, pas avant", "bottom", "2027-01-01", "2027-12-31", 0.9,
              "'stabilisation' = bottom; 'en 2027' = the whole year ('pas avant' only stresses it); bare 0.9")]),
    P("li_zh", "fangjia_li", "2026-01-21 09:00:13",
      "房价今年不会见底。", reply="root", lang="zh",
      gold=[G("房价今年不会见底", "bottom", "2026-01-21", "2026-12-31", 0.1,
              "'见底' = bottom out; '今年' = this year: D .. 2026-12-31; '不会' = won't, 0.1")]),
    P("ivan_es", "hipotecas_ivan", "2026-01-21 09:30:00",
      "¿Y si el banco central sube tipos en marzo? Entonces nada de suelo este año.", reply="raf_no", lang="es",
      neg="conditional: a question that sets up a condition, then its consequence ('entonces ...')"),
    P("mel_if", "macro_mel", "2026-01-21 10:00:00",
      "if unemployment jumps, -15% is on the table", reply="root",
      neg="conditional ('if ...'), no window"),
    P("rory_plan", "renter_rory", "2026-01-21 10:30:36",
      "not buying til prices drop 20%. simple as that \U0001F937", reply="root",
      neg="a personal plan tied to a condition; no forecast, no window"),
    P("bea_past", "bear_beatrix", "2026-01-21 11:00:09",
      "everyone who called the bottom in 2023 has gone very quiet", reply="root",
      neg="past event (calls made in 2023)"),
    P("oz_later", "old_money_oz", "2026-01-21 12:00:00",
      "nah, later", reply="bea_10",
      gold=[G("nah, later", "drop-10", "2026-09-01", None, 0.9,
              "relative 'later' against bea's -10% by summer (..2026-08-31): E+1 .. open; 0.9",
              rel="bea_10", rk="later")]),
    P("ken_ja", "jutaku_ken", "2026-01-22 00:30:44",
      "住宅ローン金利が4%を切るのは来年だろう。", reply="mani_rates", lang="ja",
      gold=[G("住宅ローン金利が4%を切るのは来年だろう", "mortgage-below-4", "2027-01-01", "2027-12-31", 0.7,
              "'4%を切る' = fall below 4%; '来年' said 2026-01-22 = 2027; 'だろう' = probably 0.7 (decision 9)")]),
    P("homes_recap", "norhaven_homes", "2026-01-22 09:00:00", NORHAVEN_LONG, reply="root",
      gold=[G("sub-3.5% fixed mortgages are unlikely before 2028", "mortgage-below-3-5", "2026-01-22",
              "2027-12-31", 0.25,
              "long post: the forecast is only in note_tweet.text; before 2028 = D .. 2027-12-31; 'unlikely' "
              "0.25")]),
]))

# ---- 5. A chess championship, December 2025 -----------------------------------
THREADS.append(Thread("chess_title", {
    "rating-2800": "Nandakumar's rating crosses 2800",
    "world-champion": "Nandakumar becomes world champion",
    "world-no1": "Nandakumar becomes world no. 1",
    "lindgren-retires": "Lindgren retires",
}, [
    P("root", "sixtyfour_news", "2025-12-09 18:00:00",
      "Lindgren defends again, title number five. Who actually dethrones him, and when? \u265F\uFE0F #chess",
      neg="past event and a question"),
    P("gustav_calls", "gm_gustav", "2025-12-09 18:20:30",
      "Nandakumar. She's 17 and already 2760. She crosses 2800 next year and takes the crown in 2027.",
      reply="root",
      gold=[G("She crosses 2800 next year", "rating-2800", "2026-01-01", "2026-12-31", 0.9,
              "'she' = Nandakumar; 'next year' = 2026; present tense as future, bare 0.9"),
            G("takes the crown in 2027", "world-champion", "2027-01-01", "2027-12-31", 0.9,
              "'takes the crown' = becomes world champion; 2027 = the whole year; bare 0.9")]),
    P("pat_title", "patzer_pat", "2025-12-09 18:45:12",
      "the title? not that soon. lindgren has at least two more cycles in him", reply="gustav_calls",
      gold=[G("the title? not that soon", "world-champion", "2028-01-01", None, 0.9,
              "relative 'not that soon' against the title forecast (2027): E+1 .. open; 0.9 ('two more "
              "cycles' is no calendar date)", rel="gustav_calls", rk="later")]),
    P("alba_es", "ajedrez_alba", "2025-12-09 19:10:55",
      "Campeona del mundo antes de 2030, sin duda.", reply="gustav_calls", lang="es",
      gold=[G("Campeona del mundo antes de 2030, sin duda", "world-champion", "2025-12-09", "2029-12-31", 0.95,
              "'campeona del mundo' = world champion; before 2030 = D .. 2029-12-31; 'sin duda' 0.95")]),
    P("stefan_de", "schach_stefan", "2025-12-09 19:30:00",
      "Lindgren hört in zwei Jahren auf. Dann ist der Weg frei.", reply="root", lang="de",
      gold=[G("Lindgren hört in zwei Jahren auf", "lindgren-retires", "2027-01-01", "2027-12-31", 0.9,
              "'aufhören' = retire; 'in zwei Jahren' = in N years: the calendar year containing D + 2 years "
              "(2027-12-09) = 2027; present tense as future 0.9")]),
    P("pat_never", "patzer_pat", "2025-12-09 19:50:21",
      "lindgren retiring? never \U0001F602 the man lives for this", reply="stefan_de",
      gold=[G("lindgren retiring? never", "lindgren-retires", "2025-12-09", None, 0.05,
              "'never' row: D .. open, 0.05; not vague (decision 10)")]),
    P("eloise_fr", "echecs_eloise", "2025-12-09 20:15:43",
      "Nandakumar n°1 mondiale d'ici 2027, peut-être.", reply="root", lang="fr",
      gold=[G("Nandakumar n°1 mondiale d'ici 2027, peut-être", "world-no1", "2025-12-09", "2027-12-31", 0.4,
              "world no. 1 is a different event from the title; 'd'ici 2027' = by 2027: D .. 2027-12-31; "
              "'peut-être' 0.4")]),
    P("rachel_words", "rating_rachel", "2025-12-09 20:40:00",
      "#1 and world champion are different things, people keep mixing them up", reply="eloise_fr",
      neg="present-state claim about the words; no forecast"),
    P("ren_ja", "shogi_to_chess", "2025-12-10 01:00:16",
      "2800到達は来年、たぶん。世界王者はいつか。", reply="gustav_calls", lang="ja",
      gold=[G("2800到達は来年、たぶん", "rating-2800", "2026-01-01", "2026-12-31", 0.7,
              "'来年' = 2026; 'たぶん' = probably 0.7"),
            G("世界王者はいつか", "world-champion", "2025-12-10", None, 0.9,
              "'いつか' = someday: D .. open, vague; no hedge, bare 0.9", vague=True)]),
    P("soren_model", "stats_soren", "2025-12-10 08:00:00",
      "my model: 2800 in 2026 at 62%, the title in 2027 at 35%, #1 by end of 2027 at 48%", reply="root",
      gold=[G("2800 in 2026 at 62%", "rating-2800", "2026-01-01", "2026-12-31", 0.62,
              "2026 = the whole year; explicit 62%"),
            G("the title in 2027 at 35%", "world-champion", "2027-01-01", "2027-12-31", 0.35,
              "2027 = the whole year; explicit 35% (will_not)"),
            G("#1 by end of 2027 at 48%", "world-no1", "2025-12-10", "2027-12-31", 0.48,
              "'by end of 2027' = D .. 2027-12-31; explicit 48% (will_not)")]),
    P("pat_q", "patzer_pat", "2025-12-10 08:20:33",
      "how do you even model a 14-game match lol", reply="soren_model",
      neg="question"),
    P("otto_past", "old_gm_otto", "2025-12-10 09:00:00",
      "Lindgren said in 2019 he'd retire 'by 30'. He's 34.", reply="stefan_de",
      neg="past promise whose window had ended on D ('by 30', he is 34)"),
    P("cam_if", "candidates_cam", "2025-12-10 09:30:27",
      "if she wins the Candidates in March she's the favourite. big if", reply="root",
      neg="conditional ('if ...')"),
    P("kaito_ja", "chess_kaito", "2025-12-10 09:45:00",
      "ナンダクマールは来年の候補者大会に出るの？", reply="cam_if", lang="ja",
      neg="question, even with a date ('来年')"),
    P("mei_zh", "qi_mei", "2025-12-10 10:00:00",
      "她明年肯定到2800。", reply="gustav_calls", lang="zh",
      gold=[G("她明年肯定到2800", "rating-2800", "2026-01-01", "2026-12-31", 0.95,
              "'明年' = 2026; '肯定' = certainly 0.95")]),
    P("rachel_now", "rating_rachel", "2025-12-10 10:30:09",
      "the 2800 bit is basically done already, she's 2791 live", reply="gustav_calls",
      neg="present-state claim (live rating); no window"),
    P("gustav_never", "gm_gustav", "2025-12-10 11:00:00",
      "never is a long time, pat", reply="pat_never",
      neg="the word 'never' discussed, not used"),
]))

# ---- 6. A tech IPO, April 2026 -------------------------------------------------
THREADS.append(Thread("ipo", {
    "public-filing": "Lattice Pay files its S-1 publicly",
    "lattice-ipo": "Lattice Pay goes public (prices its IPO and lists)",
    "brightcoin-ipo": "Brightcoin goes public",
}, [
    P("root", "ipo_radar", "2026-04-07 13:00:00",
      "Lattice Pay has confidentially filed for a US IPO, per people familiar. No timing disclosed. "
      "#IPO #fintech", neg="past event and present state; no forecast"),
    P("viv_calls", "vc_vivian", "2026-04-07 13:20:04",
      "public S-1 in 6 weeks, pricing before july 4th. bankers hate the summer", reply="root",
      gold=[G("public S-1 in 6 weeks", "public-filing", "2026-05-18", "2026-05-24", 0.9,
              "'in N weeks' = the ISO week containing D + 6 weeks (2026-05-19): Mon 2026-05-18 .. Sun "
              "2026-05-24; bare 0.9"),
            G("pricing before july 4th", "lattice-ipo", "2026-04-07", "2026-07-03", 0.9,
              "IPO pricing = going public; before X with X = 2026-07-04 (decision 4): D .. 2026-07-03; 0.9")]),
    P("eamon_q3", "ecm_eamon", "2026-04-07 13:40:37",
      "they'll list next quarter, not this one. auditors are still on the Q1 numbers", reply="viv_calls",
      gold=[G("they'll list next quarter", "lattice-ipo", "2026-07-01", "2026-09-30", 0.9,
              "'next quarter' = the first quarter starting after D: Q3 2026; 'they'll' 0.9"),
            G("not this one", "lattice-ipo", "2026-04-07", "2026-06-30", 0.1,
              "elliptical 'they won't list this quarter': this quarter = D .. 2026-06-30; won't 0.1 "
              "(decision 7)")]),
    P("agathe_fr", "bourse_agathe", "2026-04-07 13:55:02",
      "Le trimestre prochain, d'accord avec toi.", reply="eamon_q3", lang="fr",
      gold=[G("d'accord avec toi", "lattice-ipo", "2026-07-01", "2026-09-30", 0.9,
              "'d'accord avec toi' = agreed; 'le trimestre prochain' names which of eamon's two forecasts "
              "(next quarter, also the first in his text): copies Q3 2026 and 0.9", rel="eamon_q3",
              rk="agree")]),
    P("bruno_es", "bolsa_bruno", "2026-04-07 14:05:19",
      "Salen a bolsa en otoño, probablemente.", reply="root", lang="es",
      gold=[G("Salen a bolsa en otoño, probablemente", "lattice-ipo", "2026-09-01", "2026-11-30", 0.7,
              "'salir a bolsa' = go public; bare autumn = Sep-Nov 2026; 'probablemente' 0.7")]),
    P("dj_sooner", "daytrader_dj", "2026-04-07 14:30:51",
      "fall? way to late lol", reply="bruno_es",
      gold=[G("way to late", "lattice-ipo", "2026-04-07", "2026-08-31", 0.9,
              "'way too late' (typo 'to') = the 'sooner' row against Sep-Nov 2026: D .. S - 1 day; unhedged "
              "0.9 (decision 6)", rel="bruno_es", rk="sooner")]),
    P("britta_de", "boerse_britta", "2026-04-07 15:00:00",
      "Öffentlicher Börsenprospekt frühestens im Juni.", reply="viv_calls", lang="de",
      gold=[G("Öffentlicher Börsenprospekt frühestens im Juni", "public-filing", "2026-06-01", None, 0.9,
              "'öffentlicher Börsenprospekt' = the public S-1; 'frühestens im Juni' = June 2026 at the "
              "earliest: 2026-06-01 .. open; bare 0.9")]),
    P("radar_cole", "ipo_radar", "2026-04-07 17:00:00",
      "Update: Lattice CFO Imani Cole told staff the company expects to be public within the year, per two "
      "people familiar.", reply="root",
      gold=[G("Imani Cole told staff the company expects to be public within the year", "lattice-ipo",
              "2026-04-07", "2026-12-31", 0.7,
              "reported speech, holder as written (no user named Imani or Cole); 'within the year' = D .. "
              "2026-12-31; 'expects' = I expect 0.7", holder="Imani Cole")]),
    P("eamon_past", "ecm_eamon", "2026-04-07 17:20:14",
      "cole told the same room 'Q4 2025' a year ago lol", reply="radar_cole",
      neg="past statement with a quoted window that had ended on D"),
    P("fred_bright", "fintech_fred", "2026-04-08 08:00:00",
      "brightcoin beats them to market. brightcoin IPO in may, you heard it here first", reply="root",
      gold=[G("brightcoin IPO in may", "brightcoin-ipo", "2026-05-01", "2026-05-31", 0.9,
              "another company, another event; bare month = May 2026; bare 0.9")]),
    P("kaori_ja", "kabu_kaori", "2026-04-08 08:30:28",
      "Brightcoinは5月下旬かもしれない。", reply="fred_bright", lang="ja",
      gold=[G("Brightcoinは5月下旬かもしれない", "brightcoin-ipo", "2026-05-21", "2026-05-31", 0.4,
              "'5月下旬' = late May: days 21-31; 'かもしれない' = might 0.4")]),
    P("viv_past", "vc_vivian", "2026-04-08 09:00:46",
      "brightcoin pulled their filing in 2024, they're not going anywhere", reply="fred_bright",
      neg="past event; 'not going anywhere' has no window"),
    P("quique_es", "empleado_quique", "2026-04-08 09:45:00",
      "Ojalá salgan antes del verano, tengo acciones de empleado.", reply="root", lang="es",
      neg="hope / wish ('ojalá')"),
    P("rhys_hope", "retail_rhys", "2026-04-08 09:30:00",
      "would love an allocation lol. never happens for retail", reply="root",
      neg="wish plus a general present-state claim ('never happens'); no event with a window"),
    P("chen_zh", "gushi_chen", "2026-04-08 10:00:38",
      "Lattice 这个季度不会上市，下季度很可能。", reply="root", lang="zh",
      gold=[G("这个季度不会上市", "lattice-ipo", "2026-04-08", "2026-06-30", 0.1,
              "'这个季度' = this quarter: D .. 2026-06-30; '不会' = won't 0.1"),
            G("下季度很可能", "lattice-ipo", "2026-07-01", "2026-09-30", 0.85,
              "'下季度' = next quarter: Q3 2026; '很可能' = very likely 0.85")]),
    P("eamon_sarc", "ecm_eamon", "2026-04-08 10:20:00",
      "lattice IPO next week, trust me bro /s", reply="root",
      neg="sarcasm marked with /s"),
    P("mona_words", "macro_mona", "2026-04-08 11:00:05",
      "what does 'before july 4th' even mean for a deal this size", reply="viv_calls",
      neg="question about quoted time words"),
]))

# ---- 7. A satellite internet rollout, September 2026 --------------------------
THREADS.append(Thread("sat_internet", {
    "de-license": "Skylane gets its German operating license",
    "de-consumer-launch": "Skylane's consumer service launches in Germany",
    "open-beta": "Skylane's open beta starts",
    "eu-subs-1m": "Skylane reaches 1 million subscribers in Europe",
    "eu-subs-500k": "Skylane reaches 500,000 subscribers in Europe",
    "es-launch": "Skylane's consumer service launches in Spain",
}, [
    P("root", "orbit_broadband", "2026-09-14 07:00:00",
      "Skylane beta terminals spotted on farms in Bavaria. The regulator still hasn't signed off. When do "
      "normal people in Germany get it? \U0001F6F0\uFE0F #Skylane",
      neg="present-state claims and a question; it defines the event (consumer service in Germany)"),
    P("dieter_de", "schuessel_dieter", "2026-09-14 07:30:26",
      "Die Lizenz kommt nächsten Monat, der Start für alle im ersten Quartal 2027.", reply="root", lang="de",
      gold=[G("Die Lizenz kommt nächsten Monat", "de-license", "2026-10-01", "2026-10-31", 0.9,
              "'nächsten Monat' = next month: October 2026; present tense as future 0.9"),
            G("der Start für alle im ersten Quartal 2027", "de-consumer-launch", "2027-01-01", "2027-03-31", 0.9,
              "'Start für alle' = launch for everyone (consumer launch); first quarter of 2027; bare 0.9")]),
    P("rita_split", "rural_rita", "2026-09-14 08:00:59",
      "agreed on the license \U0001F44D consumer launch in Q1 though? nah, later", reply="dieter_de",
      gold=[G("agreed on the license", "de-license", "2026-10-01", "2026-10-31", 0.9,
              "agreement with dieter's license forecast: copies Oct 2026 and 0.9", rel="dieter_de", rk="agree"),
            G("nah, later", "de-consumer-launch", "2027-04-01", None, 0.9,
              "relative 'later' against dieter's Q1 2027 launch: E+1 .. open; 0.9", rel="dieter_de",
              rk="later")]),
    P("walt_beta", "wifi_walt", "2026-09-14 08:30:40",
      "beta ≠ launch. the open beta starts this fall, the real thing is a 2027 story", reply="root",
      gold=[G("the open beta starts this fall", "open-beta", "2026-09-14", "2026-11-30", 0.9,
              "'this fall' said in fall (2026-09-14): D .. 2026-11-30, like 'this summer'; bare 0.9"),
            G("the real thing is a 2027 story", "de-consumer-launch", "2027-01-01", "2027-12-31", 0.9,
              "'the real thing' = the consumer launch (contrasted with the beta); 2027 = the whole year; "
              "present tense as future 0.9")]),
    P("fanny_fr", "fibre_fanny", "2026-09-14 09:00:12",
      "Pour la bêta, d'accord. Le lancement commercial, pas avant le printemps prochain.", reply="walt_beta",
      lang="fr",
      gold=[G("Pour la bêta, d'accord", "open-beta", "2026-09-14", "2026-11-30", 0.9,
              "'d'accord' = agreed, restricted to the beta: copies walt's window and 0.9", rel="walt_beta",
              rk="agree"),
            G("Le lancement commercial, pas avant le printemps prochain", "de-consumer-launch", "2027-03-01",
              None, 0.9,
              "'printemps prochain' = next spring, said in September 2026 = Mar-May 2027; not before X: "
              "2027-03-01 .. open; bare 0.9; own window")]),
    P("aki_subs", "analyst_aki", "2026-09-14 10:00:00",
      "1M subs in Europe by end of 2027? I'd put it at 30%. 500k is more realistic, maybe mid-2027",
      reply="root",
      gold=[G("1M subs in Europe by end of 2027? I'd put it at 30%", "eu-subs-1m", "2026-09-14", "2027-12-31",
              0.3, "the question is answered in the same post; by end of 2027 = D .. 2027-12-31; explicit 30%"),
            G("500k is more realistic, maybe mid-2027", "eu-subs-500k", "2027-05-01", "2027-08-31", 0.4,
              "another threshold, another event; mid 2027 = May-Aug 2027; 'maybe' 0.4")]),
    P("sam_10", "spectrum_sam", "2026-09-14 10:20:33",
      "30% on a million is generous. I'd say 10%.", reply="aki_subs",
      gold=[G("I'd say 10%", "eu-subs-1m", "2026-09-14", "2027-12-31", 0.1,
              "confidence alone (explicit 10%) against aki's 1M forecast ('a million' picks it): S .. E",
              rel="aki_subs", rk="conf")]),
    P("orbit_wirth", "orbit_broadband", "2026-09-14 12:00:00",
      "Skylane's Europe chief Jonas Wirth told a Munich conference the consumer service will be live in "
      "Germany by the end of the year.", reply="root",
      gold=[G("Jonas Wirth told a Munich conference the consumer service will be live in Germany by the end of "
              "the year", "de-consumer-launch", "2026-09-14", "2026-12-31", 0.9,
              "reported speech: full display name of user jwirth_skylane; 'by the end of the year' = this "
              "year: D .. 2026-12-31; 'will' 0.9", holder="jwirth_skylane")]),
    P("wirth_thanks", "jwirth_skylane", "2026-09-14 12:30:00",
      "Great to be in Munich today \U0001F680 thanks for having me.", reply="orbit_wirth"),
    P("rita_past", "rural_rita", "2026-09-14 13:00:18",
      "wirth said 'by summer' back in march \U0001F602", reply="orbit_wirth",
      neg="past statement; the quoted window (summer 2026) had ended on D"),
    P("ana_es", "antena_ana", "2026-09-15 08:00:41",
      "En España ni de broma antes de 2028.", reply="root", lang="es",
      gold=[G("En España ni de broma antes de 2028", "es-launch", "2026-09-15", "2027-12-31", 0.05,
              "Spain is another market, another event; before 2028 = D .. 2027-12-31; 'ni de broma' = no "
              "way, 'no chance' 0.05 (decision 9)")]),
    P("sergio_same", "satelite_sergio", "2026-09-15 08:30:00",
      "Lo mismo digo.", reply="ana_es", lang="es",
      gold=[G("Lo mismo digo", "es-launch", "2026-09-15", "2027-12-31", 0.05,
              "'lo mismo digo' = I'd say the same: copies ana's window and 0.05", rel="ana_es", rk="agree")]),
    P("petra_if", "policy_petra", "2026-09-15 09:00:22",
      "if the regulator drags its feet again, forget 2027", reply="root",
      neg="conditional ('if ...')"),
    P("claire_fr", "campagne_claire", "2026-09-15 09:30:00",
      "J'espère l'avoir avant Noël, la fibre n'arrive jamais ici.", reply="root", lang="fr",
      neg="hope / wish ('j'espère'), plus a present-state complaint"),
    P("andi_now", "alpine_andi", "2026-09-15 10:00:00",
      "my uncle in tirol has had the beta since july and it's honestly great", reply="root",
      neg="past and present state (another country's beta)"),
    P("wu_zh", "weixing_wu", "2026-09-15 11:00:37",
      "德国这边明年春天能用上，很可能。", reply="root", lang="zh",
      gold=[G("德国这边明年春天能用上，很可能", "de-consumer-launch", "2027-03-01", "2027-05-31", 0.85,
              "'能用上' = (normal people) can use it; '明年春天' = spring of next year: Mar-May 2027; '很可能' "
              "0.85")]),
    P("emi_ja", "eisei_emi", "2026-09-16 02:00:09",
      "ライセンスは今月中に出るはず。", reply="dieter_de", lang="ja",
      gold=[G("ライセンスは今月中に出るはず", "de-license", "2026-09-16", "2026-09-30", 0.7,
              "'今月中' = within this month: D .. 2026-09-30; 'はず' = should 0.7; own window")]),
]))

# ---- 8. A novel's sequel, February 2025 ----------------------------------------
THREADS.append(Thread("novel_sequel", {
    "date-announced": "The publisher announces the sequel's release date",
    "published": "Calloway's sequel is published",
    "filming-starts": "Filming of the TV adaptation starts",
    "show-premieres": "The TV adaptation premieres",
}, [
    P("root", "shelf_shira", "2025-02-18 16:00:00",
      "Calloway just posted a photo of a printed manuscript with TIDE on the cover page. is the sequel finally "
      "happening?? \U0001F4DA #booktwitter", neg="past event and a question"),
    P("lou_calls", "litagent_lou", "2025-02-18 16:20:31",
      "manuscript is done, that photo is the copyedit. publisher announces a date by spring, book out in the "
      "autumn.", reply="root",
      gold=[G("publisher announces a date by spring", "date-announced", "2025-02-18", "2025-05-31", 0.9,
              "by X with bare spring (Mar-May 2025): D .. 2025-05-31; present tense as future 0.9"),
            G("book out in the autumn", "published", "2025-09-01", "2025-11-30", 0.9,
              "bare autumn = Sep-Nov 2025; bare 0.9")]),
    P("sol_early", "slowreader_sol", "2025-02-18 16:45:09",
      "autumn is way too early. copyedit to shelves is a year minimum", reply="lou_calls",
      gold=[G("autumn is way too early", "published", "2025-12-01", None, 0.9,
              "'too early' = 'not that soon' row against Sep-Nov 2025: E+1 .. open; 0.9 ('a year minimum' is "
              "a lag, not a date)", rel="lou_calls", rk="later")]),
    P("fay_plus1", "fanfic_fay", "2025-02-18 17:00:00",
      "+1", reply="sol_early",
      gold=[G("+1", "published", "2025-12-01", None, 0.9,
              "agreement copies sol's relative window and 0.9 (a chain)", rel="sol_early", rk="agree")]),
    P("lea_fr", "lectrice_lea", "2025-02-18 17:30:27",
      "Le roman sortira en 2026, pas avant.", reply="root", lang="fr",
      gold=[G("Le roman sortira en 2026, pas avant", "published", "2026-01-01", "2026-12-31", 0.9,
              "'sortira' = will come out; 2026 = the whole year; 'will' 0.9")]),
    P("shira_past", "shelf_shira", "2025-02-18 18:00:00",
      "she's been 'almost done' since 2021 \U0001F602", reply="root",
      neg="past state, quoted words; no forecast"),
    P("desk_sayeed", "publishers_desk", "2025-02-19 08:00:00",
      "Harrow & Finch publisher Nadim Sayeed told the trade press the sequel will be out in the first half of "
      "2026.", quotes="root",
      gold=[G("Nadim Sayeed told the trade press the sequel will be out in the first half of 2026", "published",
              "2026-01-01", "2026-06-30", 0.9,
              "reported speech, holder as written (no user named Nadim or Sayeed); first half of 2026 = "
              "Jan-Jun; 'will' 0.9. Raw text has '&amp;'", holder="Nadim Sayeed")]),
    P("bernd_de", "buecher_bernd", "2025-02-19 08:30:44",
      "Erste Hälfte 2026? Wahrscheinlich eher in der zweiten.", reply="desk_sayeed", lang="de",
      gold=[G("Wahrscheinlich eher in der zweiten", "published", "2026-07-01", "2026-12-31", 0.7,
              "elliptical 'in der zweiten [Hälfte 2026]': the year comes from the echoed 'Erste Hälfte 2026' "
              "(decision 8): H2 2026; 'wahrscheinlich' 0.7; own window")]),
    P("lukas_de", "leser_lukas", "2025-02-19 08:50:00",
      "Wenn der Verlag wieder wechselt, dauert es noch länger.", reply="desk_sayeed", lang="de",
      neg="conditional ('wenn ...'), no window"),
    P("sid_show", "screen_sid", "2025-02-19 09:00:15",
      "the show is the bigger news tbh. filming starts next month and it's streaming in 2026", reply="root",
      gold=[G("filming starts next month", "filming-starts", "2025-03-01", "2025-03-31", 0.9,
              "'next month' = March 2025; present tense as future 0.9"),
            G("it's streaming in 2026", "show-premieres", "2026-01-01", "2026-12-31", 0.9,
              "'streaming' = the show premieres; 2026 = the whole year; 0.9")]),
    P("critic_2027", "couch_critic", "2025-02-19 09:30:52",
      "streaming in 2026?? 2027 at the earliest, they havent even cast Rennick", reply="sid_show",
      gold=[G("2027 at the earliest", "show-premieres", "2027-01-01", None, 0.9,
              "event from the echo (the show streaming); X at the earliest: 2027-01-01 .. open; 0.9")]),
    P("pilar_es", "series_pilar", "2025-02-19 09:45:10",
      "¿La serie en 2026? Improbable.", reply="sid_show", lang="es",
      gold=[G("Improbable", "show-premieres", "2026-01-01", "2026-12-31", 0.25,
              "confidence alone ('improbable' = unlikely, 0.25) against sid's streaming forecast (the echo "
              "'la serie en 2026' picks it): S .. E", rel="sid_show", rk="conf")]),
    P("haru_ja", "honyomi_haru", "2025-02-19 10:00:06",
      "続編の発売日は今月中に発表されるかもしれない。", reply="root", lang="ja",
      gold=[G("続編の発売日は今月中に発表されるかもしれない", "date-announced", "2025-02-19", "2025-02-28", 0.4,
              "'発売日が発表される' = the release date is announced; '今月中' = within this month: D .. "
              "2025-02-28; 'かもしれない' 0.4")]),
    P("sol_nochance", "slowreader_sol", "2025-02-19 10:20:30",
      "this month? no chance", reply="haru_ja",
      gold=[G("no chance", "date-announced", "2025-02-19", "2025-02-28", 0.05,
              "confidence alone ('no chance' 0.05) against haru's forecast: S .. E", rel="haru_ja", rk="conf")]),
    P("fay_if", "fanfic_fay", "2025-02-19 11:00:00",
      "if it's anything like book one it'll be worth the wait", reply="root",
      neg="conditional evaluation, no event with a window"),
    P("shira_hope", "shelf_shira", "2025-02-19 12:00:41",
      "i hope she kills off rennick this time, sorry not sorry", reply="root",
      neg="hope / wish"),
    P("xu_lag", "shuyou_xu", "2025-02-20 03:00:00",
      "中文版一般要晚一年左右。", reply="root", lang="zh",
      neg="a lag that is not a date ('the Chinese edition usually comes about a year later')"),
    P("lou_past", "litagent_lou", "2025-02-20 09:00:18",
      "the last one went copyedit to shelves in 7 months, for what it's worth", reply="sol_early",
      neg="past event; a lag, not a date"),
]))

# ---- 9. A strike ending, November 2026 -----------------------------------------
THREADS.append(Thread("port_strike", {
    "tentative-deal": "Union and employers reach a tentative deal",
    "deal-ratified": "Union members ratify the deal",
    "strike-ends": "The port strike ends (dockworkers back at work)",
    "back-to-work-law": "The government passes back-to-work legislation",
}, [
    P("root", "labor_lens", "2026-11-02 07:00:00",
      "Day 19 of the port strike. Talks resumed this morning. How long does this go? \u2693 #portstrike",
      neg="present state, past event and a question"),
    P("dee_calls", "dockside_dee", "2026-11-02 07:40:13",
      "tentative deal this week, members ratify it next week, cranes moving by the end of the month",
      reply="root",
      gold=[G("tentative deal this week", "tentative-deal", "2026-11-02", "2026-11-08", 0.9,
              "'this week' = D .. Sunday of D's ISO week (2026-11-08); bare 0.9"),
            G("members ratify it next week", "deal-ratified", "2026-11-09", "2026-11-15", 0.9,
              "'next week' = the ISO week after D's: 2026-11-09 .. 2026-11-15; bare 0.9"),
            G("cranes moving by the end of the month", "strike-ends", "2026-11-02", "2026-11-30", 0.9,
              "'cranes moving' = the strike is over; by the end of the month: D .. 2026-11-30; bare 0.9")]),
    P("fiona_deal", "freight_fiona", "2026-11-02 08:10:47",
      "a deal this week? they havent even agreed on automation language. not before next week",
      reply="dee_calls",
      gold=[G("not before next week", "tentative-deal", "2026-11-09", None, 0.9,
              "event from the echo 'a deal this week'; not before X with next week (2026-11-09 .. 11-15): "
              "2026-11-09 .. open; 0.9")]),
    P("eli_es", "estibador_eli", "2026-11-02 08:40:26",
      "¿Vuelta al trabajo este mes? Lo dudo.", reply="dee_calls", lang="es",
      gold=[G("Lo dudo", "strike-ends", "2026-11-02", "2026-11-30", 0.25,
              "'vuelta al trabajo' = back to work (strike ends) picks dee's third forecast; confidence alone "
              "'lo dudo' 0.25: S .. E", rel="dee_calls", rk="conf")]),
    P("pcn_benedetti", "portcity_news", "2026-11-02 12:00:00",
      "Union president Carla Benedetti told members the walkout ends in December at the earliest.",
      quotes="root",
      gold=[G("Carla Benedetti told members the walkout ends in December at the earliest", "strike-ends",
              "2026-12-01", None, 0.9,
              "reported speech: full display name of user carla_benedetti; 'the walkout ends' = strike ends; "
              "December 2026 at the earliest: 2026-12-01 .. open; 0.9", holder="carla_benedetti")]),
    P("sho_sooner", "shipper_sho", "2026-11-02 12:30:38",
      "december at the earliest? nah, sooner. the shippers are bleeding", reply="pcn_benedetti",
      gold=[G("nah, sooner", "strike-ends", "2026-11-02", "2026-11-30", 0.9,
              "relative 'sooner' against 2026-12-01 .. open: D .. S - 1 day; 0.9", rel="pcn_benedetti",
              rk="sooner")]),
    P("carla_solid", "carla_benedetti", "2026-11-02 14:00:00",
      "Solidarity. We stay out as long as it takes \u270A", reply="root",
      neg="statement of intent; 'as long as it takes' has no window"),
    P("pete_law", "policy_pete", "2026-11-03 08:00:00",
      "the government is going to legislate them back within two weeks", reply="root",
      gold=[G("the government is going to legislate them back within two weeks", "back-to-work-law",
              "2026-11-03", "2026-11-17", 0.9,
              "'within two weeks' = D .. D + 14 days (decision 3); 'is going to' 0.9")]),
    P("sam_fr", "droit_social_sam", "2026-11-03 08:30:29",
      "Une loi spéciale d'ici deux semaines ? J'en doute.", reply="pete_law", lang="fr",
      gold=[G("J'en doute", "back-to-work-law", "2026-11-03", "2026-11-17", 0.25,
              "confidence alone ('j'en doute' = I doubt it, 0.25) against pete's forecast: S .. E",
              rel="pete_law", rk="conf")]),
    P("hanno_de", "hafen_hanno", "2026-11-03 09:00:00",
      "Einigung diese Woche, Streikende nächste Woche. Wetten?", reply="root", lang="de",
      gold=[G("Einigung diese Woche", "tentative-deal", "2026-11-03", "2026-11-08", 0.9,
              "'Einigung' = agreement reached (the tentative deal); this week: D .. 2026-11-08; 0.9"),
            G("Streikende nächste Woche", "strike-ends", "2026-11-09", "2026-11-15", 0.9,
              "'Streikende' = end of the strike; next week: 2026-11-09 .. 11-15; 0.9 ('Wetten?' = 'want to "
              "bet?', rhetorical)")]),
    P("hal_past", "history_hal", "2026-11-03 10:00:21",
      "the 2002 lockout lasted 11 days before the feds stepped in", reply="root",
      neg="past event; a duration, not a date"),
    P("zhang_zh", "gangkou_zhang", "2026-11-03 10:30:00",
      "上次罢工不是两周就结束了吗？", reply="hal_past", lang="zh",
      neg="rhetorical question about a past event; a duration, not a date"),
    P("fiona_hat", "freight_fiona", "2026-11-03 11:00:00",
      "if the deal includes the automation clause I'll eat my hat", reply="dee_calls",
      neg="conditional / joke; no window"),
    P("hu_zh", "haiyun_hu", "2026-11-03 12:00:33",
      "罢工下个月才会结束。", reply="root", lang="zh",
      gold=[G("罢工下个月才会结束", "strike-ends", "2026-12-01", "2026-12-31", 0.9,
              "'下个月' = next month: December 2026 ('才' = not until then); '会' = will 0.9")]),
    P("cy_same", "crane_op_cy", "2026-11-03 12:30:00",
      "same", reply="hu_zh",
      gold=[G("same", "strike-ends", "2026-12-01", "2026-12-31", 0.9,
              "agreement copies hu's December 2026 and 0.9", rel="hu_zh", rk="agree")]),
    P("kenta_ja", "kowan_kenta", "2026-11-04 01:00:52",
      "暫定合意は来週だろう。批准は12月。", reply="root", lang="ja",
      gold=[G("暫定合意は来週だろう", "tentative-deal", "2026-11-09", "2026-11-15", 0.7,
              "'暫定合意' = tentative deal; '来週' = next week (ISO week after 2026-11-04's); 'だろう' = "
              "probably 0.7"),
            G("批准は12月", "deal-ratified", "2026-12-01", "2026-12-31", 0.9,
              "'批准' = ratification; bare month December 2026; bare 0.9")]),
    P("rae_q", "retail_rae", "2026-11-04 08:00:00",
      "so are the ports open by thanksgiving or what", reply="root",
      neg="question"),
]))

# ---- 10. An AI benchmark being saturated, June 2026 -----------------------------
THREADS.append(Thread("bench_saturation", {
    "beats-human": "A model beats the 88% human expert baseline on HorizonBench",
    "saturated-95": "A model scores 95% or more on HorizonBench (saturation)",
    "china-beats-human": "A Chinese model beats the human expert baseline on HorizonBench",
    "open-80": "An open-weights model scores above 80% on HorizonBench",
    "any-80": "A model scores 80% or more on HorizonBench",
}, [
    P("root", "bench_bot", "2026-06-23 15:00:00",
      "New SOTA on HorizonBench: 71.4%. Human expert baseline is 88%. When does a model beat the humans, and "
      "when is it saturated (95+)? \U0001F4C8 #AI #evals",
      neg="present-state claims and questions; they define two events (beat 88%, reach 95+)"),
    P("emil_calls", "evals_emil", "2026-06-23 15:20:34",
      "beats the human baseline by EOY. 95+ next year. calling it", reply="root",
      gold=[G("beats the human baseline by EOY", "beats-human", "2026-06-23", "2026-12-31", 0.9,
              "'by EOY' = by the end of this year: D .. 2026-12-31; bare 0.9"),
            G("95+ next year", "saturated-95", "2027-01-01", "2027-12-31", 0.9,
              "'95+' = saturation as the root defines it; next year = 2027; bare 0.9")]),
    P("cara_h1", "careful_cara", "2026-06-23 15:45:02",
      "the last 15 points are the hard ones. human baseline prolly H1 2027", reply="emil_calls",
      gold=[G("human baseline prolly H1 2027", "beats-human", "2027-01-01", "2027-06-30", 0.7,
              "H1 2027 = Jan-Jun; 'prolly' = probably 0.7 (decision 9); own window")]),
    P("gabe_sooner", "grind_gabe", "2026-06-23 16:00:27",
      "nah, sooner. the labs are grinding this thing 24/7", reply="cara_h1",
      gold=[G("nah, sooner", "beats-human", "2026-06-23", "2026-12-31", 0.9,
              "relative 'sooner' against H1 2027: D .. S - 1 day; 0.9", rel="cara_h1", rk="sooner")]),
    P("malte_de", "ml_malte", "2026-06-23 16:20:00",
      "„Früher“ ist keine Prognose, das ist ein Gefühl.", reply="gabe_sooner", lang="de",
      neg="a word quoted and discussed ('früher' = sooner), not used"),
    P("ma_zh", "moxing_ma", "2026-06-23 16:30:00",
      "国产模型今年肯定超过人类基线。", reply="root", lang="zh",
      gold=[G("国产模型今年肯定超过人类基线", "china-beats-human", "2026-06-23", "2026-12-31", 0.95,
              "'国产模型' = domestic (Chinese) models, a narrower event than any model; '今年' = this year: D .. "
              "2026-12-31; '肯定' 0.95")]),
    P("yui_ja", "llm_yui", "2026-06-23 17:00:14",
      "同意です。", reply="ma_zh", lang="ja",
      gold=[G("同意です", "china-beats-human", "2026-06-23", "2026-12-31", 0.95,
              "'同意です' = agreed: copies ma's window and 0.95", rel="ma_zh", rk="agree")]),
    P("olu_open", "open_weights_olu", "2026-06-24 08:00:00",
      "open models >80% by the end of Q3. mark my words", reply="root",
      gold=[G("open models >80% by the end of Q3", "open-80", "2026-06-24", "2026-09-30", 0.9,
              "bare Q3 = Q3 2026; by the end of X: D .. 2026-09-30; bare 0.9 ('mark my words' adds no table "
              "hedge). Raw text has '&gt;'")]),
    P("klara_de", "ki_klara", "2026-06-24 08:30:46",
      "Offene Modelle über 80 %? Vielleicht im Herbst.", reply="olu_open", lang="de",
      gold=[G("Vielleicht im Herbst", "open-80", "2026-09-01", "2026-11-30", 0.4,
              "event from the echo (open models over 80%); bare autumn = Sep-Nov 2026; 'vielleicht' 0.4; own "
              "window")]),
    P("cara_opt", "careful_cara", "2026-06-24 09:00:19",
      "open weights at 80 by september?? that's optimistic", reply="olu_open",
      gold=[G("that's optimistic", "open-80", "2026-10-01", None, 0.9,
              "'that's optimistic' = 'you're too optimistic' row against olu's window (..2026-09-30): E+1 .. "
              "open; 0.9", rel="olu_open", rk="later")]),
    P("sy_eventually", "skeptic_sy", "2026-06-24 10:00:52",
      "open weights will get there eventually. just not this year", reply="olu_open",
      gold=[G("open weights will get there eventually", "open-80", "2026-06-24", None, 0.9,
              "'there' = above 80% (olu's post); 'eventually': D .. open, vague; 'will' 0.9", vague=True),
            G("just not this year", "open-80", "2026-06-24", "2026-12-31", 0.1,
              "elliptical 'they won't get there this year': D .. 2026-12-31; won't 0.1 (decision 7)")]),
    P("digest_okoro", "ml_digest", "2026-06-24 12:00:00",
      "Lab head @renata_okoro says their next model will saturate HorizonBench within 6 months.",
      quotes="root",
      gold=[G("@renata_okoro says their next model will saturate HorizonBench within 6 months", "saturated-95",
              "2026-06-24", "2026-12-24", 0.9,
              "reported speech resolved through the mention; 'saturate' = 95+ as the root defines it; within 6 "
              "months = D .. D + 6 months; 'will' 0.9", holder="renata_okoro")]),
    P("sy_past", "skeptic_sy", "2026-06-24 12:30:40",
      "okoro said the same about MathArena in 2025 and it took 18 months", reply="digest_okoro",
      neg="past event; a duration, not a date"),
    P("irene_es", "ia_irene", "2026-06-24 14:00:08",
      "Saturado (95+) antes de 2028, probablemente. Y lo del humano cae este año.", reply="root", lang="es",
      gold=[G("Saturado (95+) antes de 2028, probablemente", "saturated-95", "2026-06-24", "2027-12-31", 0.7,
              "before 2028 = D .. 2027-12-31; 'probablemente' 0.7"),
            G("lo del humano cae este año", "beats-human", "2026-06-24", "2026-12-31", 0.9,
              "'lo del humano cae' = the human baseline falls; this year: D .. 2026-12-31; bare 0.9")]),
    P("hugo_fr", "ia_hugo", "2026-06-24 14:30:31",
      "Plus tard pour la saturation.", reply="irene_es", lang="fr",
      gold=[G("Plus tard pour la saturation", "saturated-95", "2028-01-01", None, 0.9,
              "'plus tard' = later, against irene's saturation forecast (..2027-12-31): E+1 .. open; 0.9",
              rel="irene_es", rk="later")]),
    P("pia_words", "pedant_pia", "2026-06-25 08:00:00",
      "'saturated' is doing a lot of work here. 95 on a benchmark with 4% label noise is basically 100",
      reply="root", neg="a word discussed, plus a present-state claim"),
    P("sy_if", "skeptic_sy", "2026-06-25 08:30:11",
      "if they fix the label noise, nobody gets 95, ever", reply="root",
      neg="conditional ('if ...')"),
    P("nico_q", "newbie_nico", "2026-06-25 09:00:00",
      "what happens to the leaderboard once it's saturated? genuinely asking", reply="root",
      neg="question"),
    P("emil_80", "evals_emil", "2026-06-25 10:00:37",
      "also: in 3 months someone posts 80+. screenshot this", reply="emil_calls",
      gold=[G("in 3 months someone posts 80+", "any-80", "2026-09-01", "2026-09-30", 0.9,
              "any model reaching 80%, wider than the open-weights event; 'in 3 months' = the calendar month "
              "containing D + 3 months (2026-09-25): September 2026; 0.9")]),
]))


def main() -> None:
    res = DEV2.write(THREADS, OUT_DIR)
    assert len(res.gold) >= 70 and len(res.negatives) >= 40 and len(THREADS) == 10
    print(res.summary(f"open-ended {sum(1 for r in res.gold if r['window_end'] is None)}"))


if __name__ == "__main__":
    main()
