"""The words of the calendar grammar, one table per role and language.

Kept apart from ``timeexpr`` and ``timeperiods`` (which hold the rules that use them) so that
adding a language's form of a time word is one line here.
"""
from __future__ import annotations

MONTHS = {
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
           "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
           "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12},
    "de": {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
           "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12},
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12, "decembre": 12},
}
# Month words that are also ordinary words: matched only with this exact case.
CASED_MONTHS = ["May", "March", "Mar", "Jan", "Aug", "mars"]
# A risky month in lower case is one after a time word ("by march", "in may").
CASED_MONTH_AFTER = ["by", "in", "before", "until", "till", "next", "this", "early", "late", "mid", "mid-",
                     "end of", "by end of", "since", "from", "through"]

SEASONS = {  # value = first month (meteorological seasons)
    "en": {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12},
    "es": {"primavera": 3, "verano": 6, "otoño": 9, "invierno": 12},
    "de": {"frühling": 3, "frühjahr": 3, "sommer": 6, "herbst": 9, "winter": 12},
    "fr": {"printemps": 3, "été": 6, "automne": 9, "hiver": 12},
}
CJK_SEASONS = {"春": 3, "春天": 3, "春季": 3, "夏": 6, "夏天": 6, "夏季": 6, "秋": 9, "秋天": 9, "秋季": 9,
               "冬": 12, "冬天": 12, "冬季": 12}
CJK_BARE_SEASONS = ["春天", "春季", "夏天", "夏季", "秋天", "秋季", "冬天", "冬季"]  # safe without a year
JA_SEASON_WORDS = {"今春": (0, 3), "今夏": (0, 6), "今秋": (0, 9), "今冬": (0, 12),
                   "来春": (1, 3), "来夏": (1, 6), "来秋": (1, 9), "来冬": (1, 12)}

# Words that make a month or season "this" (D's year) or "next" (first starting after D).
THIS_WORDS = ["this", "este", "esta", "diesen", "diesem", "dieser", "dieses", "ce", "cet", "cette"]
NEXT_WORDS = ["next", "this coming", "el próximo", "la próxima", "próximo", "próxima", "nächsten",
              "nächster", "nächste", "nächstes", "kommenden", "kommender", "le prochain", "la prochaine"]
NEXT_AFTER = ["que viene", "próximo", "próxima", "entrante", "prochain", "prochaine"]
ARTICLES = ["the", "el", "la", "le", "l'", "der", "den", "dem"]

# Relative periods: phrase -> (unit, offset). Offset 0 is the period containing
# D (clipped at D), 1 the next one, 2 the one after. Leading articles are
# optional in the text ("l'année prochaine", "el año que viene").
REL_UNITS = {
    "en": {"this year": ("year", 0), "later this year": ("year", 0), "within the year": ("year", 0),
           "later in the year": ("year", 0), "the rest of the year": ("year", 0),
           "this calendar year": ("year", 0), "next year": ("year", 1), "next calendar year": ("year", 1),
           "the year after next": ("year", 2), "this quarter": ("quarter", 0),
           "later this quarter": ("quarter", 0), "next quarter": ("quarter", 1),
           "this month": ("month", 0), "later this month": ("month", 0), "within the month": ("month", 0),
           "next month": ("month", 1), "this week": ("week", 0), "later this week": ("week", 0),
           "within the week": ("week", 0), "next week": ("week", 1), "this decade": ("decade", 0),
           "within the decade": ("decade", 0), "next decade": ("decade", 1), "this yr": ("year", 0),
           "next yr": ("year", 1), "nxt year": ("year", 1), "nxt yr": ("year", 1)},
    "es": {"este año": ("year", 0), "dentro del año": ("year", 0), "en lo que queda de año": ("year", 0),
           "a lo largo del año": ("year", 0), "más adelante este año": ("year", 0),
           "año que viene": ("year", 1), "próximo año": ("year", 1), "año próximo": ("year", 1),
           "año entrante": ("year", 1), "este trimestre": ("quarter", 0), "próximo trimestre": ("quarter", 1),
           "trimestre que viene": ("quarter", 1), "este mes": ("month", 0), "mes que viene": ("month", 1),
           "próximo mes": ("month", 1), "mes próximo": ("month", 1), "esta semana": ("week", 0),
           "semana que viene": ("week", 1), "próxima semana": ("week", 1), "semana próxima": ("week", 1),
           "esta década": ("decade", 0), "próxima década": ("decade", 1), "década que viene": ("decade", 1)},
    "de": {"dieses jahr": ("year", 0), "diesem jahr": ("year", 0), "in diesem jahr": ("year", 0),
           "noch dieses jahr": ("year", 0), "noch in diesem jahr": ("year", 0),
           "im laufe des jahres": ("year", 0), "innerhalb des jahres": ("year", 0),
           "später in diesem jahr": ("year", 0), "nächstes jahr": ("year", 1), "nächsten jahr": ("year", 1),
           "nächsten jahres": ("year", 1), "kommendes jahr": ("year", 1), "kommenden jahr": ("year", 1),
           "übernächstes jahr": ("year", 2), "dieses quartal": ("quarter", 0), "diesem quartal": ("quarter", 0),
           "nächstes quartal": ("quarter", 1), "nächsten quartal": ("quarter", 1),
           "kommenden quartal": ("quarter", 1), "diesen monat": ("month", 0), "diesem monat": ("month", 0),
           "nächsten monat": ("month", 1), "kommenden monat": ("month", 1), "diese woche": ("week", 0),
           "dieser woche": ("week", 0), "nächste woche": ("week", 1), "nächster woche": ("week", 1),
           "kommende woche": ("week", 1), "dieses jahrzehnt": ("decade", 0), "diesem jahrzehnt": ("decade", 0),
           "nächstes jahrzehnt": ("decade", 1), "nächsten jahrzehnt": ("decade", 1),
           "kommenden jahrzehnt": ("decade", 1)},
    "fr": {"cette année": ("year", 0), "dans l'année": ("year", 0), "plus tard cette année": ("year", 0),
           "dans le courant de l'année": ("year", 0), "année prochaine": ("year", 1),
           "an prochain": ("year", 1), "ce trimestre": ("quarter", 0), "trimestre prochain": ("quarter", 1),
           "prochain trimestre": ("quarter", 1), "ce mois-ci": ("month", 0), "ce mois": ("month", 0),
           "mois prochain": ("month", 1), "cette semaine": ("week", 0), "semaine prochaine": ("week", 1),
           "cette décennie": ("decade", 0), "décennie prochaine": ("decade", 1),
           "prochaine décennie": ("decade", 1)},
    "zh": {"今年": ("year", 0), "本年": ("year", 0), "今年内": ("year", 0), "年内": ("year", 0),
           "明年": ("year", 1), "后年": ("year", 2), "本季度": ("quarter", 0), "这个季度": ("quarter", 0),
           "这季度": ("quarter", 0), "下季度": ("quarter", 1), "下个季度": ("quarter", 1),
           "下一季度": ("quarter", 1), "本月": ("month", 0), "这个月": ("month", 0), "本月内": ("month", 0),
           "下个月": ("month", 1), "下月": ("month", 1), "本周": ("week", 0), "这周": ("week", 0),
           "这个星期": ("week", 0), "本星期": ("week", 0), "下周": ("week", 1), "下星期": ("week", 1),
           "下个星期": ("week", 1), "下礼拜": ("week", 1)},
    "ja": {"今年": ("year", 0), "今年中": ("year", 0), "年内": ("year", 0), "来年": ("year", 1),
           "来年中": ("year", 1), "再来年": ("year", 2), "今四半期": ("quarter", 0), "来四半期": ("quarter", 1),
           "今月": ("month", 0), "今月中": ("month", 0), "来月": ("month", 1), "今週": ("week", 0),
           "来週": ("week", 1)},
}
# Only after a word such as "end of", "within", "by" ("end of the year", "fin d'année").
REL_UNITS_CTX = {"the year": ("year", 0), "year": ("year", 0), "the month": ("month", 0),
                 "the quarter": ("quarter", 0), "the week": ("week", 0), "the decade": ("decade", 0),
                 "año": ("year", 0), "mes": ("month", 0), "jahres": ("year", 0), "des jahres": ("year", 0),
                 "monats": ("month", 0), "des monats": ("month", 0), "jahrzehnts": ("decade", 0),
                 "année": ("year", 0), "mois": ("month", 0), "décennie": ("decade", 0)}

# Relative year words inside a quarter, half, month or part ("Q1 next year").
REL_YEARS = {"this year": 0, "next year": 1, "the year": 0, "este año": 0, "año que viene": 1,
             "próximo año": 1, "dieses jahres": 0, "nächsten jahres": 1, "cette année": 0,
             "année prochaine": 1, "an prochain": 1, "année": 0}
CJK_REL_YEARS = {"今年": 0, "本年": 0, "明年": 1, "来年": 1, "后年": 2, "再来年": 2}

QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                 "final": 4, "last": 4, "primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4,
                 "ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
                 "vierten": 4, "vierte": 4, "letzten": 4, "premier": 1, "deuxième": 2,
                 "troisième": 3, "quatrième": 4, "dernier": 4}
HALF_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "back": 2, "latter": 2, "primer": 1, "segundo": 2,
              "primera": 1, "segunda": 2, "ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "premier": 1,
              "première": 1, "seconde": 2, "deuxième": 2}
PART_WORDS = {  # 1 early, 2 mid, 3 late (thirds)
    "early": 1, "the beginning of": 1, "beginning of": 1, "the start of": 1, "start of": 1,
    "mid": 2, "mid-": 2, "the middle of": 2, "middle of": 2, "late": 3,
    "a principios de": 1, "principios de": 1, "a principios del": 1, "principios del": 1,
    "a comienzos de": 1, "comienzos de": 1, "comienzos del": 1, "inicios de": 1, "inicios del": 1,
    "a mediados de": 2, "mediados de": 2, "a mediados del": 2, "mediados del": 2,
    "anfang": 1, "mitte": 2, "début": 1, "au début de": 1, "au début du": 1, "début de": 1,
    "mi-": 2, "mi": 2, "milieu de": 2, "au milieu de": 2,
}
CJK_PART_SUFFIX = {"初": 1, "年初": 1, "初め": 1, "初頭": 1, "年中": 2, "半ば": 2}
CJK_MONTH_PART = {"上旬": 1, "初": 1, "中旬": 2, "下旬": 3}

# Expression words: word -> what it does to the period X that follows (or precedes) it.
PREFIX = {
    "by": ["by", "no later than", "not later than", "by no later than", "through", "between now and",
           "from now until", "from now to", "from now through", "para", "a más tardar", "a más tardar en",
           "como muy tarde en", "entre hoy y", "entre ahora y", "bis", "bis spätestens", "spätestens",
           "spätestens bis", "zwischen jetzt und", "von jetzt bis", "d'ici", "d'ici à", "au plus tard en",
           "au plus tard"],
    "before": ["before", "prior to", "ahead of", "sometime before", "until", "till", "antes de", "antes del", "vor",
               "noch vor", "avant"],
    "after": ["after", "después de", "después del", "tras", "nach", "après"],
    "earliest": ["not before", "no sooner than", "no earlier than", "not earlier than", "not until", "not till",
                 "no antes de", "no antes del", "como muy pronto en", "como pronto en", "a partir de",
                 "a partir del", "nicht vor", "frühestens", "erst", "ab", "pas avant", "au plus tôt en",
                 "au plus tôt", "à partir de", "à partir du"],
    "this": ["within", "dentro de", "dentro del", "innerhalb", "innerhalb des", "im laufe des", "im laufe",
             "dans", "during", "over", "in the course of", "en lo que queda de", "later", "later in",
             "más adelante en", "später in", "plus tard en"],
    "in": ["in", "en", "im", "in der", "au", "durante", "en el", "in the", "around", "circa", "um", "gegen",
           "vers"],
}
CJK_PREFIX = {"by": ["最晚", "最迟", "遅くとも", "遅くても"], "earliest": ["最早", "最快", "早くても"]}
SUFFIX = {"by": ["at the latest", "au plus tard", "como muy tarde", "a más tardar", "spätestens"],
          "earliest": ["at the earliest", "at earliest", "earliest", "at the soonest", "or later", "or after",
                       "como muy pronto", "como pronto",
                       "frühestens", "oder später", "au plus tôt", "ou plus tard"]}
CJK_SUFFIX = {"by": ["までに", "まで"], "before": ["之前", "以前", "より前", "前"], "after": ["之后", "以后", "后"],
              "earliest": ["以降", "最早"]}
# "end of X" is the spec's "by X" row (D .. last day of X), in every language.
END_WORDS = ["end of", "end-", "the end of", "the very end of", "at the end of", "towards the end of", "close of",
             "the close of", "finales de", "finales del", "a finales de", "a finales del", "fines de",
             "fines del", "a fines de", "a fines del", "fin de", "fin del", "a fin de", "a fin del",
             "final de", "final del", "ende", "ende des", "zum ende", "zum ende des", "bis zum ende",
             "bis zum ende des", "fin", "la fin de", "la fin du", "la fin d'", "fin d'", "fin du",
             "à la fin de", "à la fin du", "à la fin d'"]
EOY_WORDS = ["EOY", "year-end", "year end", "yearend", "jahresende", "zum jahresende"]
# Ranges: "between X and Y", "from X to Y", "X to Y", "X到Y".
BETWEEN_WORDS = ["between", "entre", "zwischen"]
AND_WORDS = ["and", "y", "e", "und", "et"]
FROM_WORDS = ["from", "de", "del", "desde", "von", "vom", "du"]
TO_WORDS = ["to", "through", "thru", "until", "till", "-", "–", "—", "a", "al", "hasta", "bis", "à", "au"]
RANGE_TO_WORDS = ["to", "through", "thru", "-", "–", "—", "bis", "到", "至", "~", "～", "から"]

# Durations.
UNITS = {
    "en": {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
           "year": "year", "years": "year", "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade"},
    "es": {"día": "day", "días": "day", "dia": "day", "dias": "day", "semana": "week", "semanas": "week",
           "mes": "month", "meses": "month", "año": "year", "años": "year", "década": "decade",
           "décadas": "decade"},
    "de": {"tag": "day", "tage": "day", "tagen": "day", "woche": "week", "wochen": "week", "monat": "month",
           "monate": "month", "monaten": "month", "jahr": "year", "jahre": "year", "jahren": "year",
           "jahrzehnt": "decade", "jahrzehnte": "decade", "jahrzehnten": "decade"},
    "fr": {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
           "ans": "year", "année": "year", "années": "year", "décennie": "decade", "décennies": "decade"},
}
PLURAL_UNITS = {"days", "weeks", "months", "years", "decades", "días", "dias", "semanas", "meses", "años",
                "décadas", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "jahrzehnte",
                "jahrzehnten", "jours", "semaines", "ans", "années", "décennies"}
CJK_UNITS = {"天": "day", "日": "day", "日間": "day", "周": "week", "星期": "week", "个星期": "week",
             "个礼拜": "week", "週": "week", "週間": "week", "个月": "month", "ヶ月": "month", "か月": "month",
             "カ月": "month", "ヵ月": "month", "ケ月": "month", "箇月": "month", "ヶ月間": "month",
             "か月間": "month", "カ月間": "month", "年": "year", "年間": "year"}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
           "twenty-four": 24, "thirty": 30,
           "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "dieciocho": 18, "veinte": 20,
           "ein": 1, "eine": 1, "einem": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
           "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
           "achtzehn": 18, "zwanzig": 20,
           "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "dix-huit": 18, "vingt": 20}
IN_WORDS = ["in", "en", "dentro de", "dans"]
FROM_NOW_WORDS = ["from now", "from today", "a partir de hoy", "desde hoy", "ab heute", "von jetzt an"]
WITHIN_WORDS = ["within", "within the next", "in the next", "over the next", "during the next",
                "in the coming", "in under", "in less than", "inside of", "en los próximos",
                "en las próximas", "en menos de", "dentro de los próximos", "dentro de las próximas",
                "innerhalb von", "innerhalb der nächsten", "innerhalb", "binnen", "in den nächsten",
                "in den kommenden", "in weniger als", "d'ici", "en moins de", "dans moins de"]
CJK_IN_SUFFIX = ["之后", "以后", "后", "後", "以後"]
CJK_WITHIN_SUFFIX = ["之内", "以内", "内", "以内に", "内に"]
CJK_WITHIN_PREFIX = ["未来", "今後", "今后", "接下来", "接下来的"]

VAGUE = {
    "en": ["soon", "soonish", "eventually", "someday", "some day", "one day", "one of these days",
           "at some point", "sooner or later", "in the coming years", "in the coming months",
           "in the coming weeks", "in the coming decades", "in the years to come", "in the long run",
           "in the long term", "in the future", "in the near future", "in the not too distant future",
           "down the road", "before long", "any day now", "any time now", "in a few years",
           "in a few months", "in a few weeks", "in the next few years", "in the next few months",
           "within a few years", "within a few months"],
    "es": ["pronto", "algún día", "tarde o temprano", "en el futuro", "a largo plazo", "en los próximos años",
           "en los próximos meses", "en algún momento", "próximamente", "dentro de poco", "en breve",
           "dentro de unos años", "en unos años"],
    "de": ["irgendwann", "eines tages", "früher oder später", "langfristig", "in zukunft", "demnächst",
           "in den kommenden jahren", "in den nächsten jahren", "in naher zukunft", "in ein paar jahren"],
    "fr": ["bientôt", "un jour", "tôt ou tard", "à terme", "à long terme", "dans les années à venir",
           "un de ces jours", "prochainement", "à l'avenir", "dans le futur", "sous peu", "d'ici peu",
           "dans quelques années"],
    "zh": ["很快", "迟早", "早晚", "总有一天", "终有一天", "有一天", "将来", "未来几年", "不久", "不久的将来",
           "几年后", "几年内"],
    "ja": ["いつか", "近いうちに", "そのうち", "いずれ", "将来", "近々", "今後数年", "もうすぐ", "まもなく",
           "数年後", "数年以内", "数年内"],
}
NEVER = {"en": ["never"], "es": ["nunca", "jamás"], "de": ["nie", "niemals"], "fr": ["jamais"],
         "zh": ["永远不", "永远也不", "永不"], "ja": ["決して", "永遠に"]}
# Contexts in which a vague or never word is not a horizon.
NOT_HORIZON = [r"as\s+soon\s+as", r"(?:too|how|that|so)\s+soon", r"soon\s+after", r"(?:in|for|within)\s+one\s+day",
               r"one\s+day\s+(?:later|after|before|ago|of|left|to|and)", r"never\s+mind",
               r"(?:have|has|had|'ve)\s+never", (r"never\s+(?:been|was|were|did|had|said|thought|knew|happened|"
               r"seen|before|again)"), r"(?:que|como)\s+nunca", r"(?:si|que)\s+jamais", r"jamais\s+vu",
               r"(?:noch|wie)\s+nie", r"nie\s+zuvor", r"(?:tan|lo\s+más)\s+pronto", r"dans\s+un\s+jour"]

# A bare year (or another risky bare word) needs one of these before it...
BARE_OK_BEFORE = {"in", "by", "to", "for", "until", "till", "through", "from", "since", "of", "during", "around",
                  "circa", "before", "after", "early", "mid", "late", "next", "this", "maybe", "probably",
                  "likely", "say", "expect", "en", "de", "del", "para", "hasta", "desde", "antes", "im", "bis",
                  "vor", "nach", "seit", "ab", "à", "au", "avant", "après", "d'ici", "vers", "um", "gegen"}
# ... or one of these right after it (or punctuation, or the end of the text).
BARE_OK_AFTER = (r"(?:or|and|at|is|will|then|probably|likely|maybe|perhaps|definitely|for|seems|looks|tops|"
                 r"imo|imho|tbh|ngl|fr|lol|lmao|honestly|easy|max|bro|thing|story|o|y|oder|und|ou|et|wahrscheinlich|"
                 r"probablemente|probablement|vielleicht|quizás)\b")
RISKY_WORDS = {"may", "march", "mar", "jan", "aug", "fall", "spring", "été", "mars"}


# ------------------------------------------------------------------ helpers
