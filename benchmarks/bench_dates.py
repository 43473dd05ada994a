"""Throughput of geodata.dates on synthetic ~500-word articles (our own sentences, recombined).

Why: the pipeline budget is >= 300 articles/s per core, of which dates may take <= 1 ms per article.
Prints sentences/s and articles/s for the rule-based path (publication_date + event_dates per article),
and the same for dateparser.search_dates on a sample, as a ratio. Numbers only; no assertions.

    .venv/bin/python benchmarks/bench_dates.py [--articles 300] [--no-dateparser]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geodata import dates

# Roughly half the sentences carry a date cue, like conflict news.
POOL = {
    "en": [
        "STEPANAKERT, Oct 4, 2020 (AP) - Heavy shelling hit the regional capital overnight.",
        "Azerbaijan said on Friday that its forces had taken several villages in the south.",
        "Fighting broke out on 27 September along the line of contact and has not stopped since.",
        "The defence ministry said the situation along the front remained tense but under control.",
        "Officials in Yerevan reported yesterday that civilian areas had been struck by rockets.",
        "Hundreds of people have been killed, including dozens of civilians, according to both sides.",
        "The talks will resume next Monday in Geneva under the mediation of France, Russia and the US.",
        "Two days later, the foreign ministers met in Moscow and agreed to a humanitarian truce.",
        "Residents of the city spent the night in basements as sirens sounded across the region.",
        "Turkey has repeatedly denied sending Syrian fighters to support its ally in the conflict.",
        "The ceasefire signed in 1994 left the region under the control of ethnic Armenian forces.",
        "International observers called for an immediate end to hostilities and a return to talks.",
    ],
    "id": [
        "Bisnis.com, JAKARTA - Pertempuran pasukan Armenia dan Azerbaijan terus berlangsung hingga hari ini.",
        "Kedua pihak sama-sama mengabaikan imbauan pihak luar negeri untuk melakukan gencatan senjata.",
        "Pernyataan itu ditulis di Facebook seperti dikutip Aljazeera.com, Minggu (4/10/2020).",
        "Pada Jumat (2/10/2020), kementerian luar negeri Armenia mengatakan siap bekerja dengan mediator.",
        "Pasukan Azerbaijan menguasai benteng baru, kata kementerian itu kemarin pagi.",
        "Sumber-sumber Armenia menyebutkan korban tewas akibat pertempuran lebih dari 200 orang.",
        "Sehari sebelumnya, artileri menggempur kota Stepanakert selama beberapa jam.",
        "Perdana Menteri Armenia mengatakan negaranya menghadapi ancaman bersejarah.",
        "Pertemuan para menteri akan digelar Senin depan di Moskow.",
        "Azerbaijan baru-baru ini mengatakan bahwa 19 warga sipil tewas dan 60 luka-luka.",
    ],
    "ru": [
        "СТЕПАНАКЕРТ, 4 октября 2020 года. Обстрел города продолжился ночью.",
        "Вчера Степанакерт вновь подвергся массированному ракетному обстрелу.",
        "По данным минобороны, погибли 19 человек, ещё 60 получили ранения.",
        "В пятницу министерство обороны Азербайджана сообщило о взятии нескольких сёл.",
        "Боевые действия начались 27 сентября и с тех пор не прекращались.",
        "Переговоры министров иностранных дел пройдут в следующий понедельник в Москве.",
        "Жители города провели ночь в подвалах, опасаясь новых ударов.",
        "На следующий день стороны обменялись обвинениями в нарушении перемирия.",
        "Международные наблюдатели призвали стороны немедленно прекратить огонь.",
    ],
    "tr": [
        "Bakü, 8 Kasım 2020 (AA) - Azerbaycan ordusu Şuşa kentini kontrol altına aldı.",
        "Dün gece Gence'ye füze saldırısı düzenlendi ve çok sayıda sivil hayatını kaybetti.",
        "Bakanlık Pazartesi günü yaptığı açıklamada yeni köylerin alındığını duyurdu.",
        "Çatışmalar 27 Eylül'de başladı ve o tarihten bu yana sürüyor.",
        "Uluslararası gözlemciler taraflara derhal ateşkes çağrısı yaptı.",
        "Bölge halkı geceyi sığınaklarda geçirdi.",
    ],
    "ar": [
        "قصفت القوات الأذربيجانية مدينة ستيباناكيرت أمس.",
        "اندلعت المعارك في 27 سبتمبر 2020 على طول خط التماس.",
        "أعلنت وزارة الدفاع يوم الجمعة عن مقتل عدد من الجنود.",
        "دعا المراقبون الدوليون إلى وقف فوري لإطلاق النار.",
        "قال المتحدث إن الوضع على الجبهة لا يزال متوترا.",
    ],
}


def make_articles(n: int, seed: int = 7) -> list[tuple[str, list[str]]]:
    """(language, sentences) of about 500 words each, recombined from POOL."""
    rng = random.Random(seed)
    langs = sorted(POOL)
    out = []
    for i in range(n):
        lang = langs[i % len(langs)]
        sents: list[str] = []
        words = 0
        while words < 500:
            s = rng.choice(POOL[lang])
            sents.append(s)
            words += len(s.split())
        out.append((lang, sents))
    return out


def bench_rules(articles: list[tuple[str, list[str]]], repeat: int) -> tuple[float, float]:
    """Best of ``repeat`` passes over all articles (other processes on the machine only ever slow us down)."""
    pub = dt.date(2020, 10, 4)
    for lang in POOL:  # compile every language once, outside the timing (it is cached per process)
        dates.event_dates(["warm up"], lang, pub)
    texts = [(lang, " ".join(sents), sents) for lang, sents in articles]
    n_sent = sum(len(s) for _, s in articles)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for lang, text, sents in texts:
            found = dates.publication_date(text, lang)
            dates.event_dates(sents, lang, found.date if found else pub)
        best = min(best, time.perf_counter() - t0)
    return n_sent / best, len(texts) / best


def bench_dateparser(articles: list[tuple[str, list[str]]], budget_s: float) -> tuple[float, float] | None:
    """search_dates per sentence (what the rule-based path replaces), until the time budget is spent."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    settings = {"RELATIVE_BASE": dt.datetime(2020, 10, 4), "PREFER_DATES_FROM": "past"}
    for lang in POOL:
        search_dates("warm up 4 October 2020", languages=[lang], settings=settings)
    n_sent = n_art = 0
    t0 = time.perf_counter()
    for lang, sents in articles:
        for s in sents:
            search_dates(s, languages=[lang], settings=settings)
        n_sent += len(sents)
        n_art += 1
        if time.perf_counter() - t0 > budget_s:
            break
    elapsed = time.perf_counter() - t0
    return n_sent / elapsed, n_art / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--dateparser-seconds", type=float, default=10.0)
    args = parser.parse_args()
    articles = make_articles(args.articles)
    words = sum(len(s.split()) for _, sents in articles for s in sents) / len(articles)
    sents = sum(len(s) for _, s in articles) / len(articles)
    print(
        f"{len(articles)} synthetic articles, {words:.0f} words / {sents:.0f} sentences each, "
        f"languages {', '.join(sorted(POOL))}"
    )
    sps, aps = bench_rules(articles, args.repeat)
    print(f"rule-based   : {sps:10,.0f} sentences/s {aps:8,.0f} articles/s  ({1000 / aps:.3f} ms/article)")
    if args.no_dateparser:
        return
    got = bench_dateparser(articles, args.dateparser_seconds)
    if got is None:
        print("dateparser not installed")
        return
    dsps, daps = got
    print(f"dateparser   : {dsps:10,.1f} sentences/s {daps:8,.2f} articles/s  (search_dates per sentence)")
    print(f"rule-based is {sps / dsps:,.0f}x faster than dateparser.search_dates")


if __name__ == "__main__":
    main()
