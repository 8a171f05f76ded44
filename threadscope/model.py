"""The records every later step shares: posts, users, problems.

Readers produce these and nothing downstream ever sees a raw payload, so the
shape of an export stops at the reader. Ids are always ``str`` (X ids exceed
2**53 and must never pass through a float); times are timezone-aware UTC.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime

POST = "post"
REPLY = "reply"
QUOTE = "quote"
RETWEET = "retweet"
KINDS = (POST, REPLY, QUOTE, RETWEET)


def kind_of(retweet: bool, reply_to: str | None, quoted: str | None) -> str:
    """A post's kind. A reply that also quotes is a reply (it sits in the tree);
    a retweet is a retweet whatever it carries."""
    return RETWEET if retweet else REPLY if reply_to else QUOTE if quoted else POST


def location(source: str, line: int | None, record: int | None) -> str:
    """``file:line`` for line-based inputs, ``file#record`` for arrays."""
    if line is not None:
        return f"{source}:{line}"
    if record is not None:
        return f"{source}#{record}"
    return source


@dataclass(frozen=True, slots=True)
class User:
    """An account as the export describes it; fields the export lacks stay None."""

    id: str | None
    username: str | None
    name: str | None = None
    description: str | None = None
    created_at: datetime | None = None
    followers_count: int | None = None
    following_count: int | None = None
    tweet_count: int | None = None
    verified: bool | None = None
    protected: bool | None = None
    location: str | None = None
    withheld: bool = False

    def __reduce__(self):
        return User, _values(self)


@dataclass(frozen=True, slots=True)
class Post:
    """One post as a person reads it.

    ``text`` is the whole text (long-form ``note_tweet``/extended text, the
    original of a retweet, entities decoded, t.co links expanded); ``body``
    drops the hidden leading ``@mention`` run of a reply, which is what a
    person sees under "Replying to ...". ``reply_to_id`` is the parent post,
    ``quoted_id`` the quoted post; a reply that quotes has both.
    """

    id: str
    author_id: str | None
    author: str | None
    text: str
    created_at: datetime | None = None
    kind: str = POST
    author_name: str | None = None
    conversation_id: str | None = None
    reply_to_id: str | None = None
    reply_to_user_id: str | None = None
    reply_to_user: str | None = None
    quoted_id: str | None = None
    retweeted_id: str | None = None
    lang: str | None = None
    body_start: int = 0
    mentions: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    like_count: int | None = None
    retweet_count: int | None = None
    reply_count: int | None = None
    quote_count: int | None = None
    impression_count: int | None = None
    edit_ids: tuple[str, ...] = ()
    withheld: bool = False
    truncated: bool = False
    primary: bool = True
    source_format: str = ""
    source: str = ""

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    @property
    def is_retweet(self) -> bool:
        return self.kind == RETWEET

    def richness(self) -> tuple[int, int, int]:
        """Order copies of one post: whole text first, then a primary record
        (``data`` over ``includes``), then the one that knows most."""
        known = len(_RICH_FIELDS) - sum(map(UNKNOWN.__contains__, map(self.__getattribute__, _RICH_FIELDS)))
        return (0 if self.truncated else 1, 1 if self.primary else 0, known)

    def __reduce__(self):
        return Post, _values(self)


def _values(record) -> tuple:
    """A record pickled as its values: the dataclass default for frozen,
    slotted classes reads ``fields()`` and sets each slot apart, which made
    sending a conversation to a Dask worker cost twice its parse."""
    return tuple([getattr(record, n) for n in _NAMES[type(record)]])


UNKNOWN = (None, (), "")      # the values that say a record does not know a field
_NAMES = {cls: tuple(f.name for f in fields(cls)) for cls in (User, Post)}
_RICH_FIELDS = tuple(
    f.name for f in fields(Post) if f.name not in ("id", "text", "truncated", "primary", "kind", "body_start")
)


@dataclass(frozen=True, slots=True)
class Problem:
    """An input record that did not become a Post, or became one with a caveat.

    ``severity`` is ``error`` when the record was dropped and ``warning`` when it
    was loaded but something about it is doubtful (an id given as a JSON
    number, say). Either way ``threadscope validate`` reports it.
    """

    source: str
    reason: str
    line: int | None = None
    record: int | None = None
    severity: str = "error"

    def where(self) -> str:
        return location(self.source, self.line, self.record)

    def __str__(self) -> str:
        return f"{self.where()}: {self.severity}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Missing:
    """A post the export refers to but does not hold (deleted, protected,
    suspended, or outside the export), with whatever the export says of it."""

    id: str
    reason: str = "not in export"
    author_id: str | None = None
    author: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file a directory walk passed over on purpose (not an export), named so
    that nothing is dropped without a word."""

    source: str
    reason: str


@dataclass(slots=True)
class SourceInfo:
    """What was read from one input: provenance for reports and validate."""

    path: str
    format: str = "unknown"
    sha256: str = ""
    bytes: int = 0
    records: int = 0
    posts: int = 0
    problems: int = 0
    notes: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
