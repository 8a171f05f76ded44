"""Numeric and factual claims: the seed sample end to end, each shape, and
each kind of number that must not become a claim."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import threadscope
from threadscope.claims import CLAIM_COLUMNS, Claim, claims_frame, extract_claims, main_subject, thread_subject
from threadscope.corpus import from_posts
from threadscope.model import Post

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "fable_thread.twarc2.jsonl"
DEVSET = REPO / "tests" / "data" / "forecasts"

ZAI = "2066490935046336512"          # Z.ai's announcement, the benchmark table
ZAI_REPLY = "2066497618086817792"    # "MIT license on a 753B model."
ROOT = "2067422093443612672"         # Teortaxes' long post
HK = "2067432688809213952"           # "SWE-Marathon is 13.0 vs 26.0 for Opus 4.8"
MUSK_Q1 = "2067445385571344384"      # "Probably Q1"
TANG = "2067452605625298944"         # "It won't take that long"


def claim_rows(claims):
    return [(c.subject, c.measure, c.value, c.unit, c.compared_to, c.kind) for c in claims]


def one(text, context_subject=None):
    """The single claim ``text`` makes, as a row."""
    claims = extract_claims(text, context_subject)
    assert len(claims) == 1, claims
    return claim_rows(claims)[0]


# --------------------------------------------------------------------------
# The seed sample
# --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus():
    return threadscope.load([str(SAMPLE)])


@pytest.fixture(scope="module")
def frame(corpus):
    return claims_frame(corpus)


# The GLM-5.2 figures of the seed articles (Wallstreetcn's release data).
SEED_TABLE = {
    ("GLM-5.2", "FrontierSWE", 74.4, None, "Opus 4.8", "benchmark"),
    ("Opus 4.8", "FrontierSWE", 75.1, None, "GLM-5.2", "benchmark"),
    ("GPT-5.5", "FrontierSWE", 72.6, None, "GLM-5.2", "benchmark"),
    ("GLM-5.2", "PostTrainBench", 34.3, None, "Opus 4.8", "benchmark"),
    ("Opus 4.8", "PostTrainBench", 37.2, None, "GLM-5.2", "benchmark"),
    ("GPT-5.5", "PostTrainBench", 28.4, None, "GLM-5.2", "benchmark"),
    ("GLM-5.2", "SWE-Marathon", 13.0, None, "Opus 4.8", "benchmark"),
    ("Opus 4.8", "SWE-Marathon", 26.0, None, "GLM-5.2", "benchmark"),
    ("GLM-5.2", "parameters", 753e9, "parameters", None, "quantity"),
    ("GLM-5.2", "context window", 1e6, "tokens", None, "quantity"),
    ("GLM-5.2", "Code Arena", 1.0, None, None, "rank"),
}


def rows_of(df, post_id=None):
    if post_id is not None:
        df = df[df.post_id == post_id]
    return [tuple(None if v is None else v for v in r)
            for r in df[["subject", "measure", "value", "unit", "compared_to", "kind"]].itertuples(index=False)]


def test_seed_table_from_the_announcement(frame):
    assert sorted(rows_of(frame, ZAI), key=str) == sorted(SEED_TABLE, key=str)


def test_seed_quotes_name_the_benchmark_line(frame, corpus):
    zai = frame[frame.post_id == ZAI].set_index(["subject", "measure"])
    assert zai.loc[("GPT-5.5", "FrontierSWE"), "quote"] == "FrontierSWE: 74.4 (Opus 4.8: 75.1, GPT-5.5: 72.6)"
    assert zai.loc[("GLM-5.2", "parameters"), "quote"] == "753B params"
    assert zai.loc[("GLM-5.2", "context window"), "quote"] == "1M-token context"
    assert zai.loc[("GLM-5.2", "Code Arena"), "quote"] == "#1 among available models on Code Arena"
    assert set(frame[frame.post_id == ZAI].author) == {"Zai_org"}


def test_every_quote_is_in_its_post(frame, corpus):
    assert len(frame) > 0
    for row in frame.itertuples():
        assert row.quote and row.quote in corpus.post(row.post_id).text, row


def test_restatements_in_the_thread(frame):
    # A reply restating the table, subject from the conversation root.
    assert sorted(rows_of(frame, HK), key=str) == [
        ("GLM-5.2", "SWE-Marathon", 13.0, None, "Opus 4.8", "benchmark"),
        ("Opus 4.8", "SWE-Marathon", 26.0, None, "GLM-5.2", "benchmark"),
    ]
    assert rows_of(frame, ZAI_REPLY) == [("GLM-5.2", "parameters", 753e9, "parameters", None, "quantity")]
    # The root: "a point behind Opus 4.8 on FrontierSWE", "SWE-Marathon (13.0 vs 26.0)".
    assert sorted(rows_of(frame, ROOT), key=str) == [
        ("GLM-5.2", "FrontierSWE", -1.0, "points", "Opus 4.8", "difference"),
        ("GLM-5.2", "SWE-Marathon", 13.0, None, None, "benchmark"),
    ]


def test_only_posts_with_figures_make_claims(frame, corpus):
    assert set(frame.post_id) == {ZAI, ZAI_REPLY, ROOT, HK}
    assert len(frame) == 16
    texts = {p.id: p.body for p in corpus.by_id.values()}
    assert texts[MUSK_Q1] == "Probably Q1" and texts[TANG] == "It won't take that long"
    # Every post of the sample, retweets included, read on its own and with the
    # root's subject as context: the figureless ones give nothing.
    for post in corpus.by_id.values():
        if post.id in (ZAI, ZAI_REPLY, ROOT, HK) or post.retweeted_id:
            continue
        assert extract_claims(post) == [], post.text
        assert extract_claims(post, context_subject="GLM-5.2") == [], post.text


def test_retweets_are_not_counted_twice(corpus):
    retweets = [p for t in corpus.threads for p in t.retweets]
    assert len(retweets) == 3
    assert claims_frame(retweets).empty


def test_frame_columns_and_dtypes(frame):
    assert list(frame.columns) == CLAIM_COLUMNS == [f.name for f in dataclasses.fields(Claim)]
    assert str(frame["value"].dtype) == "float64"
    for col in CLAIM_COLUMNS:
        if col != "value":
            assert frame[col].dtype == object, col
    assert all(isinstance(i, str) for i in frame.post_id)


def test_frame_of_nothing_has_the_columns():
    df = claims_frame([])
    assert df.empty and list(df.columns) == CLAIM_COLUMNS and str(df["value"].dtype) == "float64"


def test_thread_context_subject(corpus):
    by_root = {t.id: t for t in corpus.threads}
    assert thread_subject(by_root[ROOT]) == "GLM-5.2"
    assert thread_subject(by_root[ZAI]) == "GLM-5.2"
    assert thread_subject(by_root["2067495046059446272"]) is None    # "science should be global"
    # Without the root's subject the reply cannot say whose 13.0 it is.
    hk = corpus.post(HK)
    assert claim_rows(extract_claims(hk)) == [("Opus 4.8", "SWE-Marathon", 26.0, None, None, "benchmark")]
    assert len(claims_frame([hk])) == 1 and len(claims_frame([hk], context_subject="GLM-5.2")) == 2


def test_thread_subject_falls_back_on_the_quoted_post():
    announce = Post(id="1", author_id="a", author="lab", text="Nova-3 is out. 405B params.", conversation_id="1")
    quote = Post(id="2", author_id="b", author="fan", text="Huge. SWE-Marathon is 20.5 vs 26.0 for Opus 4.8",
                 conversation_id="2", quoted_id="1", kind="quote")
    thread = next(t for t in from_posts([announce, quote]).threads if t.id == "2")
    assert thread_subject(thread) == "Nova-3"
    assert ("Nova-3", "SWE-Marathon", 20.5, None, "Opus 4.8", "benchmark") in rows_of(claims_frame(thread))


# --------------------------------------------------------------------------
# The article's prose reads the same as the announcement's table
# --------------------------------------------------------------------------

ARTICLE = [
    ("On the long-range programming benchmark FrontierSWE, GLM-5.2 scored 74.4, Opus 4.8 scored 75.1—a difference "
     "of about 1 percentage point.",
     {("GLM-5.2", "FrontierSWE", 74.4, None, "Opus 4.8", "benchmark"),
      ("Opus 4.8", "FrontierSWE", 75.1, None, "GLM-5.2", "benchmark")}),
    ("On PostTrainBench (testing Agent training on small models), GLM-5.2 scored 34.3, ranking second, just behind "
     "Opus 4.8’s 37.2 and ahead of GPT-5.5’s 28.4.",
     {("GLM-5.2", "PostTrainBench", 34.3, None, "Opus 4.8", "benchmark"),
      ("Opus 4.8", "PostTrainBench", 37.2, None, "GLM-5.2", "benchmark"),
      ("GPT-5.5", "PostTrainBench", 28.4, None, "GLM-5.2", "benchmark")}),
    ("The gap remains. On the hardest SWE-Marathon benchmark, GLM-5.2 scored 13.0, while Opus 4.8 scored 26.0—a "
     "clear gap.",
     {("GLM-5.2", "SWE-Marathon", 13.0, None, "Opus 4.8", "benchmark"),
      ("Opus 4.8", "SWE-Marathon", 26.0, None, "GLM-5.2", "benchmark")}),
    ("According to release data, GLM-5.2 has 753B parameters, a stable 1M token context window, and is fully "
     "open-source under the MIT license.",
     {("GLM-5.2", "parameters", 753e9, "parameters", None, "quantity"),
      ("GLM-5.2", "context window", 1e6, "tokens", None, "quantity")}),
    ("Chinese AI developer Zhipu AI unveiled its GLM-5.2 model, a 744 billion-parameter system.",
     {("GLM-5.2", "parameters", 744e9, "parameters", None, "quantity")}),
]


@pytest.mark.parametrize("text,expected", ARTICLE)
def test_article_sentences(text, expected):
    claims = extract_claims(text)
    assert set(claim_rows(claims)) == expected
    assert all(c.quote in text for c in claims)


# --------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text,context,expected", [
    ("GLM-5.2 scores 74.4 on FrontierSWE", None, ("GLM-5.2", "FrontierSWE", 74.4, None, None, "benchmark")),
    ("GLM-5.2: 74.4 on FrontierSWE", None, ("GLM-5.2", "FrontierSWE", 74.4, None, None, "benchmark")),
    ("It now scores 81.2% on SWE-bench Verified.", "Qwen-4",
     ("Qwen-4", "SWE-bench Verified", 81.2, "%", None, "benchmark")),
    ("Claude Opus 4.8 posted 75.1 on FrontierSWE.", None,
     ("Claude Opus 4.8", "FrontierSWE", 75.1, None, None, "benchmark")),
    ("Gemini 3 Pro reached 41 on HLE", None, ("Gemini 3 Pro", "HLE", 41.0, None, None, "benchmark")),
    ("gpt-5.5 scores 72.6 on FrontierSWE", None, ("gpt-5.5", "FrontierSWE", 72.6, None, None, "benchmark")),
    ("Scored 74.4 on FrontierSWE, per the card.", "GLM-5.2", ("GLM-5.2", "FrontierSWE", 74.4, None, None, "benchmark")),
    ("Kimi-K3 is #1 on Code Arena.", None, ("Kimi-K3", "Code Arena", 1.0, None, None, "rank")),
    ("GLM-5.2 ranks second on PostTrainBench", None, ("GLM-5.2", "PostTrainBench", 2.0, None, None, "rank")),
    ("GLM-5.2 took the No. 3 spot on Code Arena", None, ("GLM-5.2", "Code Arena", 3.0, None, None, "rank")),
    ("Opus 4.8 trails GPT-5.5 by 2 points on FrontierSWE", None,
     ("Opus 4.8", "FrontierSWE", -2.0, "points", "GPT-5.5", "difference")),
    ("GLM-5.2 sits 3.5 points ahead of GPT-5.5 on PostTrainBench", None,
     ("GLM-5.2", "PostTrainBench", 3.5, "points", "GPT-5.5", "difference")),
])
def test_benchmark_shapes(text, context, expected):
    assert one(text, context) == expected


def test_score_with_comparison_before_the_benchmark():
    text = "GLM-5.2 hits 74.4 vs 75.1 for Opus 4.8 on FrontierSWE"
    assert claim_rows(extract_claims(text)) == [
        ("GLM-5.2", "FrontierSWE", 74.4, None, "Opus 4.8", "benchmark"),
        ("Opus 4.8", "FrontierSWE", 75.1, None, "GLM-5.2", "benchmark"),
    ]


def test_score_with_comparison_after_the_benchmark():
    text = "GPT-5.5 scores 72.6% on SWE-bench Verified, vs Opus 4.8's 75.1%"
    assert claim_rows(extract_claims(text)) == [
        ("GPT-5.5", "SWE-bench Verified", 72.6, "%", "Opus 4.8", "benchmark"),
        ("Opus 4.8", "SWE-bench Verified", 75.1, "%", "GPT-5.5", "benchmark"),
    ]


def test_results_table_takes_the_subject_named_earlier():
    text = "Qwen-4 is out.\n\n- FrontierSWE: 70.2 (Opus 4.8: 75.1, GPT-5.5: 72.6)\n- MMLU-Pro: 88.1"
    assert claim_rows(extract_claims(text, context_subject="GLM-5.2")) == [
        ("Qwen-4", "FrontierSWE", 70.2, None, "Opus 4.8", "benchmark"),
        ("Opus 4.8", "FrontierSWE", 75.1, None, "Qwen-4", "benchmark"),
        ("GPT-5.5", "FrontierSWE", 72.6, None, "Qwen-4", "benchmark"),
        ("Qwen-4", "MMLU-Pro", 88.1, None, None, "benchmark"),
    ]


def test_results_table_takes_the_context_subject_when_the_post_names_none():
    text = "Numbers:\nFrontierSWE: 74.4 (Opus 4.8: 75.1)"
    assert claim_rows(extract_claims(text, context_subject="GLM-5.2"))[0] == \
        ("GLM-5.2", "FrontierSWE", 74.4, None, "Opus 4.8", "benchmark")
    # No subject anywhere: only the named side is a claim, compared to nothing.
    assert claim_rows(extract_claims(text)) == [("Opus 4.8", "FrontierSWE", 75.1, None, None, "benchmark")]


def test_versus_takes_the_subject_from_context():
    text = "SWE-Marathon is 13.0 vs 26.0 for Opus 4.8, that's half."
    assert claim_rows(extract_claims(text, context_subject="GLM-5.2")) == [
        ("GLM-5.2", "SWE-Marathon", 13.0, None, "Opus 4.8", "benchmark"),
        ("Opus 4.8", "SWE-Marathon", 26.0, None, "GLM-5.2", "benchmark"),
    ]


def test_compared_name_is_not_the_main_subject():
    # Opus 4.8 is named first, but only as the compared side.
    assert main_subject("SWE-Marathon is 13.0 vs 26.0 for Opus 4.8") is None
    assert main_subject("Being behind Opus 4.8 is fine for GLM-5.2") == "GLM-5.2"
    assert main_subject("Two days with GLM-5.2: it sits in the Opus 4.7–4.8 range.") == "GLM-5.2"
    assert main_subject("It sits in the Opus 4.7–4.8 range.") is None      # a range is not a subject


def test_post_subject_wins_over_context():
    text = "Mistral 4 landed today. HLE is 30.1 vs 41.0 for Gemini 3 Pro."
    assert claim_rows(extract_claims(text, context_subject="GLM-5.2"))[0][0] == "Mistral 4"


@pytest.mark.parametrize("text,expected", [
    ("GLM-5.2 is out: 753B params", ("GLM-5.2", "parameters", 753e9, "parameters", None, "quantity")),
    ("Nova-3 ships with 1.2T parameters", ("Nova-3", "parameters", 1.2e12, "parameters", None, "quantity")),
    ("Nova-3 uses 40B active params.", ("Nova-3", "active parameters", 40e9, "parameters", None, "quantity")),
    ("Nova-3, a 70 billion parameter model", ("Nova-3", "parameters", 70e9, "parameters", None, "quantity")),
    ("Nova-3 has a 1M-token context.", ("Nova-3", "context window", 1e6, "tokens", None, "quantity")),
    ("Nova-3 has a 128k context window", ("Nova-3", "context window", 128e3, "tokens", None, "quantity")),
    ("Nova-3 has a context window of 200K tokens", ("Nova-3", "context window", 200e3, "tokens", None, "quantity")),
    ("Nova-3 was trained on 15T tokens", ("Nova-3", "training tokens", 15e12, "tokens", None, "quantity")),
    ("Zhipu has 1,200 employees", ("Zhipu", "employees", 1200.0, "employees", None, "quantity")),
    ("The app passed 3M monthly active users",
     ("app", "monthly active users", 3e6, "users", None, "quantity")),
])
def test_quantities(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Inflation at 3.2% in May.", ("Inflation", "rate", 3.2, "%", None, "statistic")),
    ("US inflation at 3.2%, the highest since 2023.", ("US inflation", "rate", 3.2, "%", None, "statistic")),
    ("CPI came in at 2.9%.", ("CPI", "rate", 2.9, "%", None, "statistic")),
    ("Unemployment rose to 4.4 percent", ("Unemployment", "rate", 4.4, "%", None, "statistic")),
    ("52% of voters back the plan.", ("voters", "share", 52.0, "%", None, "statistic")),
    ("About 10% of folks in the room read comics.", ("folks", "share", 10.0, "%", None, "statistic")),
    ("Revenue up 12% year over year.", ("Revenue", "year-over-year change", 12.0, "%", None, "statistic")),
    ("Shares fell 8% on Monday.", ("Shares", "change", -8.0, "%", None, "statistic")),
    ("Exports dropped 3% month-over-month", ("Exports", "month-over-month change", -3.0, "%", None, "statistic")),
    ("The polls show PP at 33%.", ("PP", "poll share", 33.0, "%", None, "statistic")),
])
def test_statistics(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Zhipu raised €2.5 billion from state funds.", ("Zhipu", "funding", 2.5e9, "€", None, "money")),
    ("The average salary is $150k.", ("average salary", "salary", 150e3, "$", None, "money")),
    ("GLM-5.2 costs $0.60 per 1M tokens", ("GLM-5.2", "price", 0.6, "$/M tokens", None, "money")),
    ("Neon Tide made $38M from Thursday previews.", ("Neon Tide", "revenue", 38e6, "$", None, "money")),
    ("BTC at $108k this morning.", ("BTC", "price", 108e3, "$", None, "money")),
    ("Zhipu was valued at 120 billion yuan", ("Zhipu", "valuation", 120e9, "CNY", None, "money")),
    ("Pro plan: priced at £20/month", ("Pro plan", "price", 20.0, "£/month", None, "money")),
    ("Price: $8 per million output tokens", None),
])
def test_money(text, expected):
    if expected is None:          # the cue is the label: the subject is the post's
        assert one(text, "GLM-5.2") == ("GLM-5.2", "price", 8.0, "$/M output tokens", None, "money")
        assert extract_claims(text) == []
    else:
        assert one(text) == expected


def test_money_needs_a_subject_that_is_not_the_compared_side():
    assert extract_claims("GPT-5.5 is 2x cheaper than Opus 4.8 at $15 per 1M tokens") == []
    assert one("Opus 4.8 costs $15 per 1M tokens") == ("Opus 4.8", "price", 15.0, "$/M tokens", None, "money")
    # A rate whose unit cannot be read is not a flat price.
    assert extract_claims("GLM-5.2 costs $2 per 1M cached bananas") == []


def test_table_driven_multipliers():
    for text, value in [("Zhipu raised $5k", 5e3), ("Zhipu raised $5K", 5e3), ("Zhipu raised $5m", 5e6),
                        ("Zhipu raised $5M", 5e6), ("Zhipu raised $5mn", 5e6), ("Zhipu raised $5 million", 5e6),
                        ("Zhipu raised $5B", 5e9), ("Zhipu raised $5bn", 5e9), ("Zhipu raised $5 billion", 5e9),
                        ("Zhipu raised $5 trillion", 5e12), ("Zhipu raised $5,000,000", 5e6)]:
        assert one(text)[2] == value, text


def test_claims_keep_their_post():
    post = Post(id="42", author_id="7", author="lab", text="@fan @other GLM-5.2 scores 74.4 on FrontierSWE",
                body_start=12, kind="reply", reply_to_id="41")
    [claim] = extract_claims(post)
    assert (claim.post_id, claim.author, claim.quote) == ("42", "lab", "GLM-5.2 scores 74.4 on FrontierSWE")
    assert post.text.index(claim.quote) >= post.body_start
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.value = 1.0


# --------------------------------------------------------------------------
# Not claims. Each case is paired with a twin that is a claim, so the test
# fails if the extractor reads the number, and the twin shows the shape works.
# --------------------------------------------------------------------------

@pytest.mark.parametrize("noise,twin", [
    # dates and time spans
    ("GLM-5.2 scores 74.4 on FrontierSWE in Q1 2027?", "GLM-5.2 scores 74.4 on FrontierSWE in Q1 2027."),
    ("GLM-5.2 is ~7 months behind", "GLM-5.2 is 7 points behind Opus 4.8 on FrontierSWE"),
    ("Fable-level from China around Nov-Dec 2026.", "Fable-level from China: 41% of voters"),
    ("Mythos hit Preview in early Feb 2026.", "Mythos-5 hit 12 on FrontierSWE"),
    ("No way before 2028.", "Revenue up 28% year over year."),
    ("Probably Q1 2027, como dice Elon.", "Inflation at 2.7%."),
    ("Nova-3 in 10 days, 3 weeks at most", "Nova-3 has 10M users"),
    # version numbers of model names
    ("GPT-5.5 and Opus 4.8 and GLM-5.2 and Fable 5", "GPT-5.5 scores 5.5 on FrontierSWE"),
    ("Claude Fable 5 is on Code Arena", "Claude Fable 5 is #5 on Code Arena"),
    # handles, hashtags, URLs, ids
    ("@gpt5_fan scores 74 on FrontierSWE", "GPT-5 scores 74 on FrontierSWE"),
    ("#1 #OpenSource #GLM52", "#1 on Code Arena"),         # twin: subject from context
    ("https://huggingface.co/zai-org/GLM-5.2 75.1 on FrontierSWE", "GLM-5.2 75.1 points ahead of Opus 4.8 on HLE"),
    ("status/2067422093443612672 at 20 on FrontierSWE", "GLM-5.2 at 20 on FrontierSWE"),
    # list numbering, thread counters, emoji counts, +1
    ("1. GPT-5.5\n2. Opus 4.8\n3. GLM-5.2", "1. GPT-5.5 scores 3 on FrontierSWE"),
    ("(2/2) Short version: long-horizon coding holds up.", "(2/2) Short version: Zhipu has 800 employees."),
    ("🔥🔥🔥 x3 3️⃣", "3% of voters 🔥"),
    ("+1, Tang is right", "Tang is right: 51% of voters agree"),
    # hedged, forecast, question, negated
    ("GLM-6 will score 80 on FrontierSWE", "GLM-6 scores 80 on FrontierSWE"),
    ("If it hits 80 on FrontierSWE, wow", "It hits 80 on FrontierSWE, wow"),
    ("Does GLM-5.2 score 74.4 on FrontierSWE?", "GLM-5.2 does score 74.4 on FrontierSWE!"),
    ("GLM-5.2 isn't #1 on Code Arena", "GLM-5.2 is #1 on Code Arena"),
    ("BTC will be above $150k by the end of 2026.", "BTC at $150k today."),
    ("BTC to $1M by Friday, easy money /s", "BTC hit $1M on Friday"),
    ("I'd put 70% on $150k in Q1.", "BTC traded at $150k in Q1."),
    ("If GLM-6 scores 80 on FrontierSWE, it wins.", "GLM-6 scores 80 on FrontierSWE, it wins."),
    ("I expect inflation at 3.5%.", "I see inflation at 3.5%."),
    ("Analysts predict revenue up 12% year over year.", "Analysts report revenue up 12% year over year."),
    ("Zhipu never raised €2.5 billion.", "Zhipu raised €2.5 billion."),
    ("It's not 52% of voters, it's 40%.", "It's 52% of voters, not 40%."),
    ("BTC hits $150k by Christmas, calling it now.", "BTC hit $150k on Christmas Day, calling it now."),
    # durations, dates, fractions and emoji where a result table expects a score
    ("SWE-Marathon: 24 hours per task", "SWE-Marathon: 24.0 per task"),
    ("Code Arena: 18 June", "Code Arena: 18.0"),
    ("PostTrainBench: 3/10 runs finished", "PostTrainBench: 3 runs finished"),
    ("Code Arena: 1️⃣", "Code Arena: 1"),
    # bare figures with no shape, and shapes with no subject
    ("I ran it on 40 multi-hour agent tasks.", "Nova-3 has 40M users."),
    ("Weekend actuals: $102M domestic.", "Weekend revenue: $102M domestic."),
    ("Llama is a 70B model", "Llama-3 is a 70B model"),
    ("Zhipu is now clearly a top-3 lab.", "GLM-5.2 is now #3 on Code Arena."),
    ("Zhipu is #3 on Code Arena.", "It is #3 on Code Arena."),   # a lab is not a model: not GLM-5.2's rank
    ("Fed funds still at 4.25-4.50%.", "Fed funds rate still at 4.5%."),
    ("GPT-5.5 is 10x cheaper", "GPT-5.5 costs $10 per 1M tokens"),
])
def test_not_claims(noise, twin):
    assert extract_claims(noise, context_subject="GLM-5.2") == [], noise
    assert extract_claims(twin, context_subject="GLM-5.2"), twin


def test_forecast_devset_forecasts_are_not_claims():
    """Across the 15 forecast threads, posts that state a forecast yield no
    claims; the claims that do come out are present-state figures."""
    gold = {json.loads(line)["post_id"] for line in (DEVSET / "gold.jsonl").read_text().splitlines()}
    frames = [claims_frame(threadscope.load([str(p)])) for p in sorted(DEVSET.glob("*.twarc2.jsonl"))]
    rows = [r for df in frames for r in df.itertuples(index=False)]
    assert not {r.post_id for r in rows} & gold
    assert {(r.subject, r.measure, r.value, r.unit, r.kind) for r in rows} == {
        ("Neon Tide", "revenue", 38e6, "$", "money"),
        ("BTC", "price", 108e3, "$", "money"),
        ("BTC", "price", 125e3, "$", "money"),
        ("CPI", "rate", 2.9, "%", "statistic"),
        ("PP", "poll share", 33.0, "%", "statistic"),
        ("PSOE", "poll share", 27.0, "%", "statistic"),
    }
