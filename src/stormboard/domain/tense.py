"""Past-tense hint for domain events: "Order placed" reads right, "Place order" does not.

A heuristic, not a grammar: :func:`reads_as_past` answers True, False, or None when it cannot
tell (a bare noun phrase, an unknown verb). The canvas shows a hint only for False, so an
unknown text never nags anyone.
"""

from __future__ import annotations

import re

from .duplicates import normalize


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# -- English --------------------------------------------------------------------------------
_IRREGULAR_PAST = _words("""
    arose awoke was were bore beat became began bent bet bid bit bled blew broke brought built
    burnt burst bought caught chose came cost crept cut dealt dug did drew dreamt drank drove
    ate fell fed felt fought found fled flew forbade forgot forgave froze got gave went ground
    grew hung had heard hid hit held hurt kept knelt knew laid led leapt learnt left lent let
    lay lit lost made meant met paid put quit read rode rang rose ran said saw sought sold sent
    set shook shone shot showed shut sang sank sat slept slid spoke spent spun split spread
    sprang stood stole stuck stung struck swore swept swam swung took taught tore told thought
    threw understood woke wore wove wept won wound wrote withdrew undid upheld overtook
    done gone seen taken given written known shown begun broken chosen driven eaten fallen
    forgotten frozen hidden ridden risen shaken spoken stolen sworn thrown woken worn been
    become come run sung swum drunk flown grown drawn blown withdrawn mistaken overdone
""")
#: words ending in -ed that are not verbs in the past
_ED_NOT_PAST = _words("""
    need needs bed red shed seed speed feed weed breed creed deed heed greed bleed hundred
    sacred naked wicked rugged ragged kindred shred sled wed embed bred fled led
""") - {"fled", "led", "bred", "shed", "wed"}
#: signs of present, future or an instruction
_EN_NOT_PAST = _words("""
    is are am will shall should must can may might does do don't doesn't won't let's please
    needs wants becomes gets
""")
#: common verbs in their base form: a text starting with one reads as a command
_EN_BASE_VERBS = _words("""
    add approve assign book buy calculate cancel change check close confirm create decide
    deliver delete design find fix get give hire invoice issue make open order pay place plan
    prepare print publish receive refund register reject remove request reserve return review
    schedule select sell send ship sign start stop submit update upload validate verify write
""")
_WORD = re.compile(r"[a-z']+")


def _english(words: list[str]) -> bool | None:
    if not words:
        return None
    for w in words:
        if w in _EN_NOT_PAST or (w.endswith("ing") and len(w) > 5):
            return False
    for w in words:
        if w in _IRREGULAR_PAST:
            return True
        if len(w) > 3 and w.endswith("ed") and w not in _ED_NOT_PAST:
            return True
    if len(words) > 1 and words[0] in _EN_BASE_VERBS:  # "Order" alone may be a noun
        return False
    return None


# -- Persian --------------------------------------------------------------------------------
# Spellings are the folded ones (see duplicates.normalize): ی and ک, no ZWNJ.
_FA_PAST = _words("""
    شد شدند گرفت گرفتند کرد کردند داد دادند آمد آمدند امد امدند بود بودند رفت رفتند رسید رسیدند
    گردید گردیدند یافت یافتند خورد خوردند برد بردند آورد اورد آوردند اوردند زد زدند ماند ماندند
    گذاشت گذاشتند داشت داشتند خواست خواستند دید دیدند نوشت نوشتند فرستاد فرستادند افتاد افتادند
    پذیرفت پذیرفتند ساخت ساختند فروخت فروختند پرداخت پرداختند شکست شکستند بست بستند نشد نکرد نداد
""")
_FA_PAST = frozenset(normalize(w) for w in _FA_PAST)  # آ is folded to ا
_FA_NOT_PAST = _words("""
    شود شوند کند کنند دهد دهند گیرد گیرند باشد باشند رود روند آید اید آیند ایند یابد یابند
    است هست هستند نیست نیستند دارد دارند خواهد خواهند بشود بکند بدهد بگیرد کن بکن بده بگیر
    بفرست بفرستید کنید شوید
""")
_FA_NOT_PAST = frozenset(normalize(w) for w in _FA_NOT_PAST)
_FA_LETTERS = re.compile(r"[\u0600-\u06FF]")


#: adjectives that look like past participles (past stem + ه)
_FA_NOT_PARTICIPLE = _words("اماده ساده زنده اینده بسته‌بندی اماده‌سازی اشفته")


def _participle(word: str) -> bool:
    """Past participle: a past stem (ending in د or ت) plus ه, e.g. شده, رفته, نوشته."""
    return len(word) > 2 and word.endswith(("ده", "ته")) and word not in _FA_NOT_PARTICIPLE


def _persian(words: list[str]) -> bool | None:
    if not words:
        return None
    # Persian puts the verb last; only the final words decide. The present/continuous prefix
    # می arrives joined ("میشود" once ZWNJ is folded away) or as its own word ("می شود").
    tail = words[-3:]
    last_prefixed = words[-1].startswith(("می", "نمی")) and len(words[-1]) >= 4
    if last_prefixed and words[-1] not in _FA_PAST:
        return False
    if any(w in ("می", "نمی", "خواهد", "خواهند", "نخواهد") for w in tail[-2:]):
        return False  # "می شود", future "ثبت خواهد شد"
    last = words[-1]
    prev = words[-2] if len(words) > 1 else ""
    if last in ("است", "اند", "استند") and _participle(prev):
        return True  # present perfect: "ارسال شده است", "رفته اند"
    if last in ("شده", "گردیده", "رفته", "کرده", "داده", "گرفته", "امده", "رسیده"):
        return True  # participle standing for the perfect
    if last in _FA_PAST:
        return True
    if last in _FA_NOT_PAST:
        return False
    stem = last[:-2] if last.endswith("ند") and len(last) > 4 else last
    if stem in _FA_PAST:
        return True
    if stem in _FA_NOT_PAST:
        return False
    # Past stems end in ت or د (ید, اد); present third person singular also ends in د, so only
    # the unambiguous endings count.
    if stem.endswith("ت") and len(stem) >= 3:
        return True
    if stem.endswith(("ید", "اد")) and len(stem) >= 3:
        return True
    return None


def reads_as_past(text: str) -> bool | None:
    """True if the text reads as past tense, False if it clearly does not, None if unsure."""
    # ZWNJ joins a verb to its prefix or auxiliary ("می‌شود", "ثبت‌شد"); here it separates words.
    folded = normalize(text.replace("\u200c", " "))
    if not folded:
        return None
    if _FA_LETTERS.search(folded):
        return _persian([w for w in folded.split() if _FA_LETTERS.search(w)])
    return _english(_WORD.findall(folded))
