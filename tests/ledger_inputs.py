"""Inputs the ledger tests build from the bundled sample: a newer export of
the same thread (counts changed, one post edited, one reply more) and a
small thread of another event."""
from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "fable_thread.twarc2.jsonl"
SAMPLE_V1 = SAMPLES / "fable_thread.v1.jsonl"
SAMPLE_CSV = SAMPLES / "fable_thread.csv"

TEORTAXES = "2067435077654126592"
MUSK = "2067445385571344384"
TANG = "2067452605625298944"
_EPOCH_MS = 1288834974657


def snowflake(t: datetime) -> str:
    """An X id for a post written at ``t``."""
    return str((int(t.timestamp() * 1000) - _EPOCH_MS) << 22)


def _v1_time(t: datetime) -> str:
    return t.strftime("%a %b %d %H:%M:%S +0000 %Y")


def newer_export(out: Path, edit: str = "probably ") -> tuple[str, str]:
    """The sample as v1.1 JSON lines exported later: every like and retweet
    count up, Teortaxes' answer edited five minutes after posting (a new id;
    ``edit`` inserted before "around"), and a new reply agreeing with Musk.
    Returns (the edited version's id, the new reply's id)."""
    statuses = [json.loads(line) for line in SAMPLE_V1.read_text(encoding="utf-8").splitlines() if line.strip()]
    written = []
    edited_id = ""
    for s in statuses:
        s = copy.deepcopy(s)
        s["favorite_count"] += 7
        s["retweet_count"] += 2
        if s["id_str"] == TEORTAXES and edit:
            t = datetime.strptime(s["created_at"], "%a %b %d %H:%M:%S %z %Y") + timedelta(minutes=5)
            edited_id = snowflake(t)
            assert "from China around" in s["full_text"]
            s["full_text"] = s["full_text"].replace("from China around", f"from China {edit}around")
            s["display_text_range"][1] += len(edit)
            s.update(id=int(edited_id), id_str=edited_id, created_at=_v1_time(t),
                     edit_control={"edit_tweet_ids": [TEORTAXES, edited_id], "is_edit_eligible": True})
        written.append(s)
    musk = next(s for s in statuses if s["id_str"] == MUSK)
    t = datetime(2026, 6, 19, 9, 30, tzinfo=timezone.utc)
    reply_id = snowflake(t)
    reply = copy.deepcopy(musk)
    text = "@elonmusk I'd say the same."
    reply.update(id=int(reply_id), id_str=reply_id, created_at=_v1_time(t), full_text=text,
                 display_text_range=[10, len(text)], in_reply_to_status_id=int(MUSK),
                 in_reply_to_status_id_str=MUSK, in_reply_to_user_id=int(musk["user"]["id_str"]),
                 in_reply_to_user_id_str=musk["user"]["id_str"], in_reply_to_screen_name="elonmusk",
                 favorite_count=1, retweet_count=0)
    reply["entities"] = {"hashtags": [], "symbols": [], "urls": [], "user_mentions": [
        {"screen_name": "elonmusk", "name": musk["user"]["name"], "id": int(musk["user"]["id_str"]),
         "id_str": musk["user"]["id_str"], "indices": [0, 9]}]}
    reply["user"] = dict(musk["user"], id=42424242, id_str="42424242", screen_name="late_larry", name="Larry")
    written.append(reply)
    out.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in written), encoding="utf-8")
    return edited_id, reply_id


def other_thread(out: Path) -> Path:
    """A three-post thread of another event, as a plain CSV."""
    t = datetime(2026, 7, 1, 10, tzinfo=timezone.utc)
    q, a, b = (snowflake(t + timedelta(hours=h)) for h in range(3))
    rows = [
        "id,conversation_id,author_id,username,created_at,text,in_reply_to_status_id_str,lang",
        f"{q},{q},1,asker,2026-07-01T10:00:00Z,When will the Orchard Line open to passengers?,,en",
        f"{a},{q},2,ana_rail,2026-07-01T11:00:00Z,Probably Q2 2027.,{q},en",
        f"{b},{q},3,ben_maps,2026-07-01T12:00:00Z,Definitely by the end of 2026.,{q},en",
    ]
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return out
