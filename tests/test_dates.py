"""geodata.dates: publication dates and per-sentence event dates in many languages.

The tables below are our own sentences. Accuracy targets (publication >= 98 %, event dates >= 90 % where the
sentence has a cue) are computed and printed by test_accuracy_*; run with ``-s`` to see the figures.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geodata import dates
from geodata.model import DATE_SOURCES, PRECISIONS, DateInfo
from tests.conftest import ROOT, SEED

D = dt.date.fromisoformat

# Event cases. Header: language ("-" for none), publication date, expected date, precision, source. The
# indented lines below are consecutive sentences; the expectation is for the last one (earlier ones give
# context, e.g. for "the next day").
EVENTS = """
en 2020-10-04  2020-10-02 day weekday
    Azerbaijan said on Friday that its forces had taken the village.
en 2020-10-04  2020-09-27 day explicit
    Fighting broke out on 27 September along the line of contact.
en 2020-10-04  2020-10-03 day relative
    Shelling of Stepanakert resumed yesterday, officials said.
en 2020-10-04  2020-10-05 day weekday
    The talks will resume next Monday in Geneva.
en 2020-10-04  2020-10-01 day explicit
    On October 1, 2020, the ministry reported new casualties.
en 2020-10-04  2020-10-02 day context
    Heavy fighting was reported on 1 October.
    The next day, Armenian forces shelled Ganja.
en 2020-10-04  2020-09-29 day context
    The offensive started on 27 September.
    Two days later, a ceasefire was proposed.
en 2020-10-04  2020-09-21 week relative
    Last week, drones struck positions near Hadrut.
en 2020-10-04  2020-07-01 month explicit
    The conflict escalated in July.
en 2020-10-04  1994-01-01 year explicit
    The ceasefire was signed in 1994.
en 2020-10-04  2020-10-01 day relative
    Three days ago, the city was hit by rockets.
en 2020-10-04  2020-10-03 day relative
    The attack happened last night near the border.
en 2020-10-04  2020-10-04 day explicit
    Residents fled on Sunday, 4 October 2020, as shells fell.
en 2020-10-04  2020-10-03 day explicit
    The ministry said on 2020-10-03 that ten soldiers had died.
en 2020-10-04  2020-10-01 day context
    On October 2 the army advanced.
    A day earlier, the president addressed the nation.
en 2020-10-04  2020-10-01 month explicit
    In mid-October 2020 the fighting intensified.
en 2021-01-03  2020-09-27 day explicit
    The offensive began on 27 September.
en 2020-12-30  2021-01-02 day explicit
    Talks are planned for 2 January.
en 2020-10-04  2020-10-04 day relative
    The statement was issued today.
en 2020-10-04  2020-09-28 day explicit
    The 28th of September was the deadliest day.
id 2020-10-04  2020-10-02 day explicit
    Pada Jumat (2/10/2020), kementerian luar negeri Armenia mengatakan siap berunding.
id 2020-10-04  2020-10-03 day relative
    Hal itu disampaikan kementerian itu kemarin pagi.
id 2020-10-04  2020-09-28 day explicit
    Serangan terjadi pada Senin (28/9) di Stepanakert.
id 2020-10-04  2020-10-05 day weekday
    Pertemuan akan digelar Senin depan di Moskow.
id 2020-10-04  2020-10-03 day relative
    Tadi malam, artileri Azerbaijan menggempur Stepanakert.
id 2020-10-04  2020-09-27 day explicit
    Pertempuran pecah pada 27 September 2020.
id 2020-10-04  2020-09-30 day context
    Pada Kamis (1/10/2020) pasukan Armenia maju.
    Sehari sebelumnya, Azerbaijan mengklaim merebut desa.
id 2020-10-04  2020-09-21 week relative
    Pekan lalu, Turki mengirim bantuan militer.
id 2020-10-04  2020-10-02 day relative
    Dua hari lalu, rudal menghantam Ganja.
id 2020-10-04  2020-05-01 month explicit
    Gencatan senjata disepakati pada bulan Mei.
id 2020-10-04  1988-01-01 year explicit
    Konflik ini berlangsung sejak tahun 1988.
id 2020-10-04  2020-10-02 day context
    Pada 1 Oktober, pasukan Armenia maju.
    Keesokan harinya, Rusia menyerukan gencatan.
id 2020-10-04  2020-09-27 day weekday
    Warga mengungsi ke Yerevan Minggu lalu.
ru 2020-10-04  2020-09-27 day explicit
    В воскресенье, 27 сентября, начались боевые действия.
ru 2020-10-04  2020-10-03 day relative
    Вчера Степанакерт подвергся обстрелу.
ru 2020-10-04  2020-10-02 day relative
    Позавчера в Гяндже погибли мирные жители.
ru 2020-10-04  2020-10-02 day weekday
    В пятницу министерство обороны сообщило о новых потерях.
ru 2020-10-04  2020-10-05 day weekday
    Переговоры пройдут в следующий понедельник в Москве.
ru 2020-10-04  2020-09-29 day context
    28 сентября армия заняла высоты.
    На следующий день начались новые атаки.
ru 2020-10-04  2020-10-03 day relative
    Накануне Азербайджан сообщил о взятии села.
ru 2020-10-04  2020-07-01 month explicit
    Конфликт обострился в июле.
ru 2020-10-04  1994-01-01 year explicit
    Перемирие было подписано в 1994 году.
ru 2020-10-04  2020-10-01 day relative
    Три дня назад дроны атаковали позиции.
ru 2020-10-04  2020-09-21 week relative
    На прошлой неделе был сбит самолёт.
ru 2020-10-04  2020-09-28 day explicit
    28.09.2020 в Мартуни погибли двое.
uk 2020-10-04  2020-10-02 day weekday
    У п'ятницю Міністерство оборони повідомило про обстріл.
uk 2020-10-04  2020-10-03 day relative
    Вчора ввечері в Степанакерті лунали вибухи.
uk 2020-10-04  2020-10-01 day explicit
    1 жовтня 2020 року армія перейшла в наступ.
uk 2020-10-04  2020-10-03 day context
    2 жовтня почалися нові бої.
    Наступного дня сторони обмінялися ударами.
tr 2020-11-08  2020-09-27 day explicit
    Çatışmalar 27 Eylül'de başladı.
tr 2020-11-08  2020-11-07 day relative
    Dün gece Gence'ye füze saldırısı düzenlendi.
tr 2020-11-08  2020-11-02 day weekday
    Bakanlık Pazartesi günü yeni bir açıklama yaptı.
tr 2020-11-08  2020-11-09 day weekday
    Gelecek pazartesi Moskova'da görüşme yapılacak.
tr 2020-11-08  2020-11-08 day relative
    Bugün Şuşa kentinde çatışmalar sürüyor.
tr 2020-11-08  2020-10-01 month explicit
    Ekim ayında binlerce kişi evini terk etti.
tr 2020-11-08  2020-11-05 day context
    4 Kasım'da ordu ilerledi.
    Ertesi gün Şuşa kuşatıldı.
tr 2020-11-08  2020-11-06 day relative
    İki gün önce sivil yerleşimlere saldırı düzenlendi.
tr 2020-11-08  2020-11-08 day explicit
    ŞUŞA'DA 8 KASIM 2020 TARİHİNDE ZAFER İLAN EDİLDİ.
fr 2020-10-17  2020-10-10 day explicit
    Le cessez-le-feu est entré en vigueur samedi 10 octobre à midi.
fr 2020-10-17  2020-10-16 day relative
    Hier, Stepanakert a de nouveau été bombardée.
fr 2020-10-17  2020-10-15 day relative
    Avant-hier, des drones ont frappé Gandja.
fr 2020-10-17  2020-10-12 day weekday
    Lundi, le ministère a annoncé de nouvelles pertes.
fr 2020-10-17  2020-10-19 day weekday
    Une réunion aura lieu lundi prochain à Moscou.
fr 2020-10-17  2020-10-02 day context
    Les combats ont repris le 1er octobre.
    Le lendemain, Bakou a accusé Erevan.
fr 2020-10-17  2020-09-01 month explicit
    Le conflit a éclaté en septembre.
fr 2020-10-17  2020-10-15 day relative
    Il y a deux jours, un missile a touché la ville.
es 2020-10-04  2020-10-04 day explicit
    El 4 de octubre de 2020 se registraron nuevos ataques.
es 2020-10-04  2020-10-03 day relative
    Ayer por la mañana cayeron proyectiles sobre Stepanakert.
es 2020-10-04  2020-10-02 day relative
    Anteayer murieron tres civiles.
es 2020-10-04  2020-09-28 day weekday
    El lunes, el gobierno armenio pidió ayuda.
es 2020-10-04  2020-10-05 day weekday
    El próximo lunes habrá negociaciones en Ginebra.
es 2020-10-04  2020-09-26 day context
    Los combates empezaron el 27 de septiembre.
    Un día antes, se reportaron movimientos de tropas.
es 2020-10-04  2020-10-01 day relative
    Hace tres días, un dron destruyó un tanque.
de 2020-10-08  2020-10-08 day explicit
    Am 8. Oktober 2020 wurde die Kathedrale von Schuscha beschossen.
de 2020-10-08  2020-10-07 day relative
    Gestern wurde Stepanakert erneut angegriffen.
de 2020-10-08  2020-10-06 day relative
    Vorgestern starben mehrere Zivilisten in Ganja.
de 2020-10-08  2020-10-05 day weekday
    Am Montag meldete das Verteidigungsministerium neue Verluste.
de 2020-10-08  2020-09-26 day context
    Die Kämpfe begannen am 27. September.
    Einen Tag zuvor gab es erste Gefechte.
de 2020-10-08  2020-10-09 day relative
    Die Gespräche sollen morgen in Moskau beginnen.
de 2020-10-08  2020-10-12 day weekday
    Am nächsten Montag wollen die Außenminister verhandeln.
de 2020-10-08  2020-10-08 day relative
    Heute Morgen fielen Raketen auf Barda.
ar 2020-10-04  2020-10-03 day relative
    قصفت القوات الأذربيجانية ستيباناكيرت أمس.
ar 2020-10-04  2020-09-27 day explicit
    اندلعت المعارك في 27 سبتمبر 2020.
ar 2020-10-04  2020-10-02 day weekday
    أعلنت وزارة الدفاع يوم الجمعة عن مقتل جنود.
ar 2020-10-04  2020-10-05 day weekday
    ستعقد محادثات الاثنين المقبل في موسكو.
ar 2020-10-04  2020-10-04 day relative
    وقعت اشتباكات عنيفة اليوم في ناغورنو كاراباخ.
ar 2020-10-04  2020-10-01 day explicit
    في 1 تشرين الأول/أكتوبر تقدمت القوات الأرمينية.
ar 2020-10-04  2020-09-28 day context
    اندلعت المعارك في 27 سبتمبر.
    وفي اليوم التالي قصفت المدفعية مدينة كنجه.
ar 2020-10-04  2020-10-01 day relative
    قبل ثلاثة أيام سقطت صواريخ على مدينة كنجه.
hy 2020-10-04  2020-10-03 day relative
    Երեկ Ստեփանակերտը կրկին հրթիռակոծվել է։
hy 2020-10-04  2020-10-02 day explicit
    Հոկտեմբերի 2-ին Ադրբեջանը նոր հարձակում է սկսել։
hy 2020-10-04  2020-10-04 day relative
    Այսօր մարտերը շարունակվում են։
hy 2020-10-04  2020-10-02 day weekday
    Ուրբաթ օրը պաշտպանության նախարարությունը հայտնեց կորուստների մասին։
hy 2020-10-04  2020-09-27 day explicit
    2020 թ. սեպտեմբերի 27-ին սկսվեց պատերազմը։
hy 2020-10-04  2020-09-28 day weekday
    Երկուշաբթի օրը զոհվել է երեք զինծառայող։
az 2020-11-08  2020-11-08 day explicit
    8 noyabr 2020-ci il tarixində Şuşa azad edildi.
az 2020-11-08  2020-11-07 day relative
    Dünən Gəncə şəhəri raket atəşinə tutulub.
az 2020-11-08  2020-11-02 day weekday
    Bazar ertəsi günü Müdafiə Nazirliyi yeni məlumat yayıb.
az 2020-11-08  2020-09-27 day explicit
    Sentyabrın 27-də döyüşlər başladı.
az 2020-11-08  2020-11-08 day relative
    Bu gün Füzuli istiqamətində döyüşlər gedir.
az 2020-11-08  2020-10-01 month explicit
    Oktyabrda minlərlə insan evini tərk etdi.
it 2020-10-04  2020-09-27 day explicit
    Il 27 settembre 2020 sono iniziati i combattimenti.
it 2020-10-04  2020-10-03 day relative
    Ieri sera Stepanakert è stata bombardata.
it 2020-10-04  2020-10-02 day weekday
    Venerdì il ministero ha annunciato nuove vittime.
it 2020-10-04  2020-10-02 day context
    I combattimenti sono ripresi il 1º ottobre.
    Il giorno dopo è stata colpita Ganja.
pt 2020-10-04  2020-09-27 day explicit
    Em 27 de setembro de 2020 começaram os combates.
pt 2020-10-04  2020-10-03 day relative
    Ontem, a capital foi bombardeada novamente.
pt 2020-10-04  2020-10-02 day weekday
    Na sexta-feira, o ministério anunciou novas baixas.
pt 2020-10-04  2020-10-02 day relative
    Há dois dias, um drone atingiu Ganja.
fa 2020-10-04  2020-10-03 day relative
    دیروز استپاناکرت بمباران شد.
fa 2020-10-04  2020-10-04 day explicit
    در ۱۳ مهر ۱۳۹۹ درگیری‌ها ادامه یافت.
fa 2020-10-04  2020-10-02 day weekday
    روز جمعه وزارت دفاع از تلفات جدید خبر داد.
fa 2020-10-04  2020-09-27 day explicit
    درگیری‌ها در ۲۷ سپتامبر ۲۰۲۰ آغاز شد.
fa 2020-10-04  2020-09-29 day weekday
    سه‌شنبه گذشته یک پهپاد سرنگون شد.
- 2020-10-04  2020-10-03 day explicit
    Clashes on 2020-10-03 killed five people.
- 2020-10-04  2020-10-03 day explicit
    Reported 03.10.2020 by the ministry.
sw 2020-10-04  2020-10-03 day relative
    Shelling resumed yesterday near the border.
pt-BR 2020-10-04  2020-10-03 day relative
    Ontem houve novos ataques.
en 2020-10-04  2020-09-27 day explicit
    Sept. 27 marked the start of the war.
en 2020-10-04  2020-10-01 month explicit
    In October 19 people were killed in the town.
en 2020-10-04  2020-10-04 day context
    The offensive began on 27 September.
    A week later, another truce was agreed.
en 2020-10-04  2020-09-28 day weekday
    Officials said Monday's attack killed two.
en 2020-10-04  2020-10-04 day explicit
    The fighting on 4 and 5 October killed ten soldiers.
id 2020-10-04  2020-09-27 day explicit
    Pada 27/9 pertempuran pecah di perbatasan.
id 2020-10-04  2020-10-03 day explicit
    Sabtu (3/10) malam, Stepanakert dibombardir.
tr 2020-11-08  2020-10-01 month explicit
    Ekim'in başında çatışmalar yoğunlaştı.
tr 2020-11-08  2020-11-02 day weekday
    PAZARTESİ GÜNÜ GÖRÜŞME YAPILDI.
de 2020-10-08  2020-10-09 day relative
    Morgen beginnen die Gespräche in Moskau.
de 2020-10-08  2020-10-04 day explicit
    Am Sonntag, den 4. Oktober, wurde Stepanakert beschossen.
de 2020-10-08  2020-09-01 month explicit
    Seit Ende September wird gekämpft.
ar 2020-10-04  2020-09-27 day explicit
    وفي 27 أيلول/سبتمبر اندلعت المعارك.
ar 2020-10-04  2020-09-27 day weekday
    قالت الوزارة إن القصف استمر منذ الأحد الماضي.
hy 2020-10-04  2020-10-01 month explicit
    Հոկտեմբերին մարտերը շարունակվեցին։
hy 2020-10-04  2020-10-04 day context
    Սեպտեմբերի 27-ին սկսվեց պատերազմը։
    Մեկ շաբաթ անց զինադադար հայտարարվեց։
az 2020-11-12  2020-11-10 day explicit
    Noyabrın 10-da atəşkəs imzalandı.
fa 2020-10-04  2020-10-04 day explicit
    روز یکشنبه ۱۳ مهر استپاناکرت بمباران شد.
fr 2020-10-17  2020-10-04 day explicit
    Dimanche 4 octobre, la ville a été bombardée.
es 2020-10-04  2020-09-28 day weekday
    El pasado lunes hubo bombardeos en la capital.
it 2020-10-04  2020-09-28 day weekday
    Lunedì scorso sono iniziati i colloqui.
pt 2020-10-04  2020-10-05 day weekday
    Na próxima segunda-feira haverá negociações.
ru 2020-10-04  2020-10-01 month explicit
    В начале октября начались обстрелы.
uk 2020-10-04  2020-09-21 week relative
    Минулого тижня Туреччина надіслала дрони.
ar 2020-10-26  2020-10-10 day explicit
    بعد اتفاق موسكو في العاشر من أكتوبر/تشرين الأول انهارت الهدنة.
de 2020-11-12  2020-11-09 day weekday
    Baku entschuldigte sich noch am Montagabend für den Abschuss.
en 2022-03-03  2022-03-02 day weekday
    KYIV, March 3 - Russian troops took control of the port city on Wednesday, officials said.
es 2023-09-28  2023-09-28 day weekday
    El líder firmó este jueves un decreto que disuelve las instituciones a partir del 1 de enero de 2024.
pl 2022-10-12  2022-10-10 day weekday
    Rosyjskie rakiety uderzyły w Kijów w poniedziałek.
pl 2022-10-12  2022-10-11 day relative
    Wczoraj wieczorem syreny wyły w całym kraju.
pl 2022-10-12  2022-10-10 day explicit
    Atak nastąpił 10 października 2022 roku.
pl 2022-10-12  2022-10-11 day context
    Atak nastąpił 10 października.
    Dzień później ewakuowano mieszkańców.
pl 2022-10-12  2022-10-12 day weekday
    W środę prezydent spotkał się z ministrami.
pl 2022-10-12  2022-10-09 day relative
    Trzy dni temu zniszczono most na rzece.
pl 2022-10-12  2022-10-01 month explicit
    W październiku walki nasiliły się.
pl 2022-10-12  2022-10-03 week relative
    W zeszłym tygodniu dron spadł na wieś.
pl 2022-10-12  2022-10-17 day weekday
    W przyszły poniedziałek rozpoczną się rozmowy.
nl 2022-10-12  2022-10-10 day weekday
    Russische raketten troffen Kiev op maandag.
nl 2022-10-12  2022-10-11 day relative
    Gisteravond klonken overal sirenes.
nl 2022-10-12  2022-10-11 day context
    De aanval vond plaats op 10 oktober 2022.
    Een dag later werden bewoners geëvacueerd.
nl 2022-10-12  2022-10-09 day relative
    Drie dagen geleden werd een brug verwoest.
nl 2022-10-12  2022-10-03 week relative
    Vorige week viel een drone op een dorp.
nl 2022-10-12  2022-10-17 day weekday
    Volgende maandag beginnen de gesprekken.
ro 2022-10-12  2022-10-11 day relative
    Aseară sirenele au sunat în toată țara.
ro 2022-10-12  2022-10-11 day context
    Atacul a avut loc pe 10 octombrie 2022.
    A doua zi locuitorii au fost evacuați.
ro 2022-10-12  2022-10-12 day weekday
    Miercuri președintele s-a întâlnit cu miniștrii.
ro 2022-10-12  2022-10-09 day relative
    Acum trei zile a fost distrus un pod.
ro 2022-10-12  2022-10-01 month explicit
    În octombrie luptele s-au intensificat.
ro 2022-10-12  2022-10-17 day weekday
    Lunea viitoare încep negocierile.
he 2023-10-12  2023-10-09 day weekday
    ביום שני תקפו מטוסי חיל האוויר יעדים ברצועת עזה.
he 2023-10-12  2023-10-10 day weekday
    וביום שלישי האחרון נשמעו אזעקות באשקלון.
he 2023-10-12  2023-10-15 day weekday
    הקבינט יתכנס ביום ראשון הקרוב בתל אביב.
he 2023-10-12  2023-10-11 day relative
    ואתמול נורו רקטות לעבר שדרות.
he 2023-10-12  2023-10-11 day relative
    אמש נפלה רקטה בשטח פתוח ליד אשדוד.
he 2023-10-12  2023-10-12 day relative
    היום ייפגש שר החוץ האמריקני עם ראש הממשלה בירושלים.
he 2023-10-12  2023-10-02 week relative
    בשבוע שעבר ביקר ראש הממשלה בקריית שמונה.
he 2023-10-12  2023-10-16 week relative
    השיחות יתחדשו בשבוע הבא בקהיר.
he 2023-10-12  2023-09-01 month relative
    בחודש שעבר נערך תרגיל גדול ברמת הגולן.
he 2023-10-12  2022-01-01 year relative
    אשתקד נפתח מעבר גבול חדש באילת.
he 2023-10-12  2023-10-09 day relative
    לפני שלושה ימים נפגע בניין מגורים באשקלון.
he 2023-10-12  1993-01-01 year relative
    לפני 30 שנה נחתמו הסכמי אוסלו בוושינגטון.
he 2023-10-12  2023-10-07 day explicit
    המתקפה החלה ב-7 באוקטובר 2023 בשעות הבוקר.
he 2023-10-12  2023-10-07 day explicit
    ביום שבת, 7 באוקטובר 2023, פרצה המלחמה בדרום.
he 2023-10-12  2023-10-05 day explicit
    המסמך נחתם ב-5.10.2023 בירושלים.
he 2023-10-12  2023-09-20 day explicit
    ראש הממשלה נאם באו"ם ב-20 בספטמבר.
he 2023-10-12  2023-08-01 month explicit
    באוגוסט נחתם הסכם בקהיר.
he 2023-10-12  2023-03-01 month explicit
    ההפגנות בתל אביב החלו בתחילת מרץ.
he 2023-10-12  2021-05-01 month explicit
    המבצע הקודם ברצועה התרחש במאי 2021.
he 2023-10-12  1994-01-01 year explicit
    הסכם השלום עם ירדן נחתם בשנת 1994 בערבה.
he 2023-10-12  2014-01-01 year explicit
    המבצע הגדול האחרון ברצועה התרחש ב-2014.
he 2023-10-12  2023-10-06 day context
    הפגישה התקיימה ב-5 באוקטובר בירושלים.
    למחרת נסע השר לחיפה.
he 2023-10-12  2023-10-04 day context
    ההפסקה הוכרזה ב-1 באוקטובר.
    שלושה ימים לאחר מכן חודשו הקרבות בצפון.
he 2023-10-12  2023-10-09 day context
    ב-9 באוקטובר הותקף קיבוץ בעוטף עזה.
    באותו היום פונו התושבים לאילת.
he 2023-10-12  2023-10-08 day context
    ב-9 באוקטובר נפתח מרכז סיוע בנתיבות.
    יום קודם לכן הגיעו לשם מאות מפונים משדרות.
ka 2024-10-28  2024-10-26 day weekday
    შაბათს საქართველოში საპარლამენტო არჩევნები გაიმართა.
ka 2024-10-28  2024-10-27 day weekday
    კვირას თბილისში ოპოზიციის აქცია გაიმართა.
ka 2024-10-28  2024-10-25 day weekday
    გასულ პარასკევს პრემიერ-მინისტრი ბათუმში იმყოფებოდა.
ka 2024-10-28  2024-11-04 day weekday
    მომავალ ორშაბათს ცესკო საბოლოო შედეგებს გამოაქვეყნებს.
ka 2024-10-28  2024-10-27 day relative
    გუშინ ცესკომ წინასწარი შედეგები გამოაქვეყნა.
ka 2024-10-28  2024-10-27 day relative
    წუხელ რუსთაველის გამზირზე ათასობით ადამიანი შეიკრიბა.
ka 2024-10-28  2024-10-28 day relative
    დღეს ცესკოს სხდომა თბილისში გაიმართება.
ka 2024-10-28  2024-10-21 week relative
    გასულ კვირას პრეზიდენტი ბრიუსელში იმყოფებოდა.
ka 2024-10-28  2023-01-01 year relative
    შარშან ქუთაისში ახალი ხიდი გაიხსნა.
ka 2024-10-28  2024-10-25 day relative
    სამი დღის წინ ბათუმში ძლიერი წვიმა მოვიდა.
ka 2024-10-28  1994-01-01 year relative
    30 წლის წინ აფხაზეთში ცეცხლის შეწყვეტის შეთანხმება გაფორმდა.
ka 2024-10-28  2024-10-26 day explicit
    2024 წლის 26 ოქტომბერს საქართველოში საპარლამენტო არჩევნები ჩატარდა.
ka 2024-10-28  2023-03-03 day explicit
    2023 წ. 3 მარტს თბილისში საპროტესტო აქცია დაიწყო.
ka 2024-10-28  2024-10-05 day explicit
    5 ოქტომბერს ქუთაისში წინასაარჩევნო შეხვედრა გაიმართა.
ka 2024-10-28  2024-10-26 day explicit
    შაბათს, 26 ოქტომბერს, საარჩევნო უბნები დილის 8 საათზე გაიხსნა.
ka 2024-10-28  2024-10-05 day explicit
    განცხადება 05.10.2024 გავრცელდა.
ka 2024-10-28  2024-08-01 month explicit
    აგვისტოში ქვეყანას ევროკომისიის დელეგაცია ეწვია.
ka 2024-10-28  2024-10-01 month explicit
    ოქტომბრის დასაწყისში ბათუმში საერთაშორისო ფორუმი გაიმართა.
ka 2024-10-28  2008-01-01 year explicit
    რუსეთ-საქართველოს ომი 2008 წელს მოხდა.
ka 2024-10-28  2024-10-21 day context
    შეთანხმება 20 ოქტომბერს გაფორმდა.
    მეორე დღეს მინისტრი ბათუმში ჩავიდა.
ka 2024-10-28  2024-10-03 day context
    კამპანია 1 ოქტომბერს დაიწყო.
    ორი დღის შემდეგ ქუთაისში პირველი აქცია გაიმართა.
ka 2024-10-28  2024-10-09 day context
    შეხვედრა 10 ოქტომბერს შედგა.
    წინა დღეს დელეგაცია თბილისში ჩამოვიდა.
ka 2024-10-28  2024-10-17 day context
    ხელშეკრულება 10 ოქტომბერს გაფორმდა.
    ერთი კვირის შემდეგ პარლამენტმა ის რატიფიცირება მოახდინა.
cs 2023-10-11  2023-10-09 day weekday
    Ruské rakety zasáhly Kyjev v pondělí.
cs 2023-10-11  2023-10-11 day weekday
    Ve středu se prezident setkal s ministry obrany.
cs 2023-10-11  2023-10-07 day weekday
    V sobotu zaútočily drony na přístav v Oděse.
cs 2023-10-11  2023-10-08 day weekday
    Podle MF DNES byl most zničen v neděli.
cs 2023-10-11  2023-10-16 day weekday
    Příští pondělí začnou v Ženevě mírová jednání.
cs 2023-10-11  2023-10-10 day relative
    Včera večer zněly sirény po celé zemi.
cs 2023-10-11  2023-10-10 day relative
    Minulou noc zasáhly rakety centrum Charkova.
cs 2023-10-11  2023-10-02 week relative
    Minulý týden dopadl dron na vesnici u Sum.
cs 2023-10-11  2023-10-08 day relative
    Před třemi dny byl zničen most přes řeku Dněpr.
cs 2023-10-11  2023-09-25 week relative
    Před dvěma týdny ostřelovala ruská armáda Cherson.
cs 2023-10-11  2023-10-07 day explicit
    Útok Hamásu se odehrál 7. října 2023 v jižním Izraeli.
cs 2023-10-11  2023-10-06 day explicit
    V pátek 6. října zahynulo při raketovém útoku v Hroze 52 lidí.
cs 2023-10-11  2023-09-01 month explicit
    V září boje u Bachmutu zesílily.
cs 2023-10-11  2022-10-01 month explicit
    Rusko v říjnu 2022 zaútočilo na energetickou infrastrukturu Ukrajiny.
cs 2023-10-11  1994-01-01 year explicit
    Příměří bylo podepsáno v roce 1994.
cs 2023-10-11  2022-01-01 year relative
    Loni v létě se konflikt rozšířil až do Bělgorodské oblasti.
cs 2023-10-11  2023-10-08 day context
    Útok začal 7. října ráno.
    Následujícího dne byli obyvatelé pohraničních obcí evakuováni.
cs 2023-10-11  2023-10-07 day context
    Ofenziva začala 4. října.
    O tři dny později navrhla OSN příměří.
sv 2023-10-11  2023-10-09 day weekday
    Ryska robotar träffade Kiev i måndags.
sv 2023-10-11  2023-10-08 day weekday
    Polisen larmades på söndagskvällen till en adress i Malmö.
sv 2023-10-11  2023-10-07 day weekday
    På lördagen attackerades flera samhällen i södra Israel.
sv 2023-10-11  2023-10-16 day weekday
    Fredsförhandlingarna inleds i Genève på måndag.
sv 2023-10-11  2023-10-10 day relative
    I går kväll ljöd flyglarmen i hela landet.
sv 2023-10-11  2023-10-10 day relative
    Regeringen meddelade igår nya sanktioner mot Ryssland.
sv 2023-10-11  2023-10-11 day relative
    I natt besköts Charkiv med robotar och drönare.
sv 2023-10-11  2023-10-02 week relative
    Förra veckan slog en drönare ned i en by nära Sumy.
sv 2023-10-11  2023-10-08 day relative
    För tre dagar sedan förstördes en bro över floden Dnepr.
sv 2023-10-11  2023-10-07 day explicit
    Attacken ägde rum den 7 oktober 2023 i södra Israel.
sv 2023-10-11  2023-10-05 day explicit
    Mötet hölls den 5:e oktober i Stockholm.
sv 2023-10-11  2023-09-01 month explicit
    I september intensifierades striderna kring Bachmut.
sv 2023-10-11  1994-01-01 year explicit
    Vapenvilan undertecknades år 1994.
sv 2023-10-11  2022-01-01 year relative
    I fjol spred sig konflikten till Belgorodregionen.
sv 2023-10-11  2023-10-05 day context
    Offensiven inleddes den 4 oktober.
    Dagen efter evakuerades invånarna i gränsbyarna.
sv 2023-10-11  2023-10-07 day context
    Anfallet började den 4 oktober.
    Tre dagar senare föreslog FN en vapenvila.
el 2023-10-11  2023-10-09 day weekday
    Ρωσικοί πύραυλοι έπληξαν το Κίεβο τη Δευτέρα.
el 2023-10-11  2023-10-10 day weekday
    Την Τρίτη ο πρόεδρος συναντήθηκε με τους υπουργούς Άμυνας.
el 2023-10-11  2023-10-08 day weekday
    Η επίθεση σημειώθηκε τα ξημερώματα της Κυριακής στη Χάιφα.
el 2023-10-11  2023-10-16 day weekday
    Οι συνομιλίες θα ξεκινήσουν την ερχόμενη Δευτέρα στη Γενεύη.
el 2023-10-11  2023-10-10 day relative
    Χθες το βράδυ ήχησαν σειρήνες σε όλη τη χώρα.
el 2023-10-11  2023-10-02 week relative
    Την περασμένη εβδομάδα ένα drone έπεσε σε χωριό κοντά στα Σούμι.
el 2023-10-11  2023-10-08 day relative
    Πριν από τρεις ημέρες καταστράφηκε μια γέφυρα στον ποταμό Δνείπερο.
el 2023-10-11  2023-09-25 week relative
    Η τρίτη επίθεση στη Χερσώνα σημειώθηκε πριν από δύο εβδομάδες.
el 2023-10-11  2023-10-07 day explicit
    Η επίθεση έγινε στις 7 Οκτωβρίου 2023 στο νότιο Ισραήλ.
el 2023-10-11  2023-10-05 day explicit
    Η συνάντηση των υπουργών έγινε την 5η Οκτωβρίου στην Αθήνα.
el 2023-10-11  2023-09-01 month explicit
    Τον Σεπτέμβριο οι μάχες γύρω από το Μπαχμούτ εντάθηκαν.
el 2023-10-11  2023-05-01 month explicit
    Οι βουλευτικές εκλογές έγιναν τον Μάιο του 2023.
el 2023-10-11  1994-01-01 year explicit
    Η εκεχειρία υπογράφηκε το 1994.
el 2023-10-11  2022-01-01 year relative
    Πέρυσι η σύγκρουση επεκτάθηκε στην περιοχή του Μπέλγκοροντ.
el 2023-10-11  2023-10-08 day context
    Η επίθεση ξεκίνησε στις 7 Οκτωβρίου.
    Την επόμενη ημέρα οι κάτοικοι των παραμεθόριων χωριών απομακρύνθηκαν.
el 2023-10-11  2023-10-07 day context
    Η επίθεση ξεκίνησε στις 4 Οκτωβρίου.
    Τρεις ημέρες αργότερα ο ΟΗΕ πρότεινε εκεχειρία.
hi 2023-10-12  2023-10-09 day weekday
    सोमवार को दिल्ली में भारी बारिश से कई इलाकों में जलभराव हो गया।
hi 2023-10-12  2023-10-10 day weekday
    गृह मंत्री ने मंगलवार को लखनऊ में पुलिस अधिकारियों के साथ बैठक की।
hi 2023-10-12  2023-10-16 day weekday
    प्रधानमंत्री अगले सोमवार को वाराणसी का दौरा करेंगे।
hi 2023-10-12  2023-10-12 day weekday
    बृहस्पतिवार को जालंधर में किसानों ने धरना दिया था।
hi 2023-10-12  2023-10-11 day relative
    बीती रात जयपुर में भूकंप के झटके महसूस किए गए।
hi 2023-10-12  2023-10-12 day relative
    आज सुबह श्रीनगर के बाहरी इलाके में मुठभेड़ शुरू हुई।
hi 2023-10-12  2023-10-02 week relative
    पिछले सप्ताह पटना में बाढ़ से कई गांव डूब गए।
hi 2023-10-12  2023-10-09 day relative
    तीन दिन पहले मुंबई के अंधेरी में एक इमारत गिर गई थी।
hi 2023-10-12  2023-10-05 day explicit
    5 अक्टूबर 2023 को सिक्किम में बादल फटने से भारी तबाही हुई।
hi 2023-10-12  2023-09-28 day explicit
    पुलिस ने 28 सितंबर को आरोपी को कानपुर से गिरफ्तार किया।
hi 2023-10-12  2023-10-05 day explicit
    ५ अक्टूबर २०२३ को तीस्ता नदी का जलस्तर अचानक बढ़ गया।
hi 2023-10-12  2023-10-05 day explicit
    मंत्रालय ने 05/10/2023 को जारी आदेश में सभी स्कूल बंद करने को कहा।
hi 2023-10-12  2023-08-01 month explicit
    अगस्त में हिमाचल प्रदेश में भूस्खलन से सैकड़ों सड़कें बंद हो गई थीं।
hi 2023-10-12  2013-01-01 year explicit
    साल 2013 में केदारनाथ में भीषण बाढ़ आई थी।
hi 2023-10-12  2023-10-04 day context
    3 अक्टूबर को चुनाव आयोग ने पांच राज्यों के चुनाव की तारीखों की घोषणा की।
    अगले दिन विपक्ष ने दिल्ली में प्रदर्शन किया।
hi 2023-10-12  2023-10-03 day context
    1 अक्टूबर को गुवाहाटी में हिंसा भड़की।
    दो दिन बाद सेना को तैनात किया गया।
hi 2023-10-12  2023-01-01 year relative
    इस साल मणिपुर में हिंसा की कई घटनाएं हुई हैं।
hi 2023-10-12  2023-10-02 week relative
    आजादी के अमृत महोत्सव के तहत पिछले सप्ताह भोपाल में कार्यक्रम हुए।
hi 2023-10-12  2019-01-01 year explicit
    पिछले वर्षों में ऐसी घटनाएं कम हुईं, पर साल 2019 में पुलवामा में बड़ा हमला हुआ था।
hi 2023-10-12  2023-09-01 month relative
    फ्लैग मार्च के बाद पिछले महीने नूंह में इंटरनेट बहाल किया गया।
ur 2023-10-12  2023-10-09 day weekday
    پیر کو لاہور میں شدید بارش سے کئی علاقے زیر آب آ گئے۔
ur 2023-10-12  2023-10-16 day weekday
    وزیر اعظم اگلے پیر کو کراچی کا دورہ کریں گے۔
ur 2023-10-12  2023-10-07 day weekday
    ہفتے کو گوادر میں فائرنگ کا واقعہ پیش آیا۔
ur 2023-10-12  2023-10-11 day weekday
    بروز بدھ کوئٹہ میں کل جماعتی کانفرنس منعقد ہوئی۔
ur 2023-10-12  2023-10-10 day weekday
    منگل کے روز پشاور ہائی کورٹ نے درخواست مسترد کر دی۔
ur 2023-10-12  2023-10-11 day relative
    گزشتہ روز پشاور کے ایک بازار میں دھماکا ہوا۔
ur 2023-10-12  2023-10-11 day relative
    گزشتہ رات کراچی میں ڈاکوؤں نے ایک دکان لوٹ لی۔
ur 2023-10-12  2023-10-02 week relative
    گزشتہ ہفتے کوئٹہ میں زلزلے کے جھٹکے محسوس کیے گئے۔
ur 2023-10-12  2023-10-09 day relative
    تین دن پہلے اسلام آباد میں اساتذہ نے احتجاج کیا تھا۔
ur 2023-10-12  2023-10-10 day relative
    دو روز قبل ملتان میں ٹرین پٹری سے اتر گئی تھی۔
ur 2023-10-12  2023-10-05 day explicit
    5 اکتوبر 2023 کو ملتان میں ایک بڑا جلسہ ہوا۔
ur 2023-10-12  2023-09-28 day explicit
    28 ستمبر 2023ء کو فیصل آباد میں فیکٹری میں آگ لگ گئی۔
ur 2023-10-12  2023-10-05 day explicit
    ۵ اکتوبر ۲۰۲۳ کو سیالکوٹ میں سیلابی ریلا داخل ہوا۔
ur 2023-10-12  2023-08-01 month explicit
    اگست میں سوات میں سیلاب نے تباہی مچائی تھی۔
ur 2023-10-12  2005-01-01 year explicit
    2005 میں کشمیر میں تباہ کن زلزلہ آیا تھا۔
ur 2023-10-12  2023-10-04 day context
    3 اکتوبر کو الیکشن کمیشن نے انتخابی شیڈول جاری کیا۔
    اگلے روز اپوزیشن نے لاہور میں احتجاج کیا۔
ur 2023-10-12  2023-09-01 month relative
    لانگ مارچ میں شرکت کے لیے کارکن گزشتہ ماہ اسلام آباد پہنچے۔
ur 2023-10-12  2023-01-01 year relative
    رواں سال بلوچستان میں دہشت گردی کے واقعات میں اضافہ ہوا ہے۔
vi 2023-10-12  2023-10-09 day weekday
    Hôm thứ Hai, mưa lớn gây ngập nhiều tuyến phố ở Hà Nội.
vi 2023-10-12  2023-10-16 day weekday
    Thủ tướng sẽ thăm Đà Nẵng vào thứ Hai tuần tới.
vi 2023-10-12  2023-10-08 day weekday
    Chủ nhật vừa qua, hàng nghìn người tham gia giải chạy ở Huế.
vi 2023-10-12  2023-10-11 day relative
    Hôm qua, một vụ cháy xảy ra tại quận 7, TP HCM.
vi 2023-10-12  2023-10-11 day relative
    Tối qua, cảnh sát đã bắt giữ hai nghi phạm ở Hải Phòng.
vi 2023-10-12  2023-10-02 week relative
    Tuần trước, bão số 4 đổ bộ vào Quảng Ninh.
vi 2023-10-12  2023-10-09 day relative
    Ba ngày trước, một vụ sạt lở đất xảy ra ở Lào Cai.
vi 2023-10-12  2023-09-25 week relative
    Cách đây hai tuần, Bộ Công an khởi tố vụ án tại Cần Thơ.
vi 2023-10-12  2023-10-05 day explicit
    Ngày 5 tháng 10 năm 2023, Quốc hội họp phiên bất thường tại Hà Nội.
vi 2023-10-12  2023-10-05 day explicit
    Sáng 5/10, lực lượng cứu hộ đã tiếp cận hiện trường ở Lâm Đồng.
vi 2023-10-12  2023-09-28 day explicit
    Vụ tai nạn xảy ra ngày 28/9/2023 trên cao tốc Pháp Vân - Cầu Giẽ.
vi 2023-10-12  2023-08-01 month explicit
    Hồi tháng 8, lũ quét cuốn trôi nhiều nhà ở Yên Bái.
vi 2023-10-12  2023-10-01 month explicit
    Trong tháng 10/2023, giá xăng tại Việt Nam tăng ba lần.
vi 2023-10-12  2017-01-01 year explicit
    Năm 2017, bão Damrey gây thiệt hại nặng ở Khánh Hòa.
vi 2023-10-12  2023-10-04 day context
    Ngày 3/10, Bộ Y tế công bố ổ dịch mới ở Đồng Nai.
    Ngày hôm sau, chính quyền tỉnh phong tỏa khu vực này.
vi 2023-10-12  2023-10-09 week relative
    Đây là lần thứ hai trong tuần này Hà Nội bị ngập nặng.
vi 2023-10-12  2023-01-01 year relative
    Năm nay, Việt Nam đón hơn 10 triệu lượt khách quốc tế.
en 2024-08-05  2024-08-06 day weekday
    The pair will appear in Philadelphia on Tuesday.
en 2024-08-05  2024-07-30 day weekday
    He said on Tuesday that he will resign.
de 2024-08-05  2024-08-06 day weekday
    Die Minister werden am Dienstag in Berlin beraten.
id 2024-08-05  2024-08-06 day weekday
    Presiden akan berkunjung ke Jakarta pada Selasa.
fr 2024-08-05  2024-08-06 day weekday
    Le ministre doit se rendre à Kiev mardi.
"""

# Publication cases. Header: language, expected date ("-" for unknown); indented lines are the text.
PUBLICATIONS = """
en 2020-10-28
    STEPANAKERT, Oct 28, 2020 (AP) — Shelling continued on Tuesday across the region.
en 2020-10-28
    Published: 28 October 2020
    Fighting broke out on 27 September and has not stopped.
en 2020-10-28
    By John Smith
    October 28, 2020
    The war that began on 27 September goes on.
en 2020-04-10
    Updated 10/4/2020 09:15
    Armenia said its forces repelled an attack.
en 2020-10-04
    Updated 10/4/2020 09:15
    On Oct 3, troops advanced towards the town.
en 2020-10-28
    Posted 10/28/2020
    Armenia and Azerbaijan traded accusations.
en 2020-10-04
    Sunday, October 4, 2020
    Drones struck the city overnight.
en -
    YEREVAN, Oct. 4 (Reuters) - Armenia said on Sunday that fighting which began on Sept. 27, 2020 grew.
en -
    Fighting broke out on 27 September 2020, officials said. Hundreds have died since.
en -
    No date is mentioned anywhere in this short text about the conflict.
ru 2020-10-28
    СТЕПАНАКЕРТ, 28 октября 2020 года. Обстрел города продолжился ночью.
ru 2020-10-28
    28.10.2020 14:35
    В Степанакерте снова слышны взрывы.
ru -
    СТЕПАНАКЕРТ, 28 октября. Обстрелы начались 27 сентября 2020 года и не прекращаются.
uk 2020-10-28
    Київ, 28 жовтня 2020 року. Бої в Карабаху тривають.
tr 2020-11-08
    Bakü, 8 Kasım 2020 (AA) - Şuşa kurtarıldı.
tr 2020-11-08
    Yayınlanma: 08.11.2020 10:30
    Azerbaycan ordusu ilerliyor.
fr 2020-10-17
    PARIS, 17 octobre 2020 (AFP) - Les combats se poursuivent au Haut-Karabakh.
fr 2020-10-17
    Publié le 17 octobre 2020 à 10h30
    Les combats ont repris le 1er octobre.
es 2020-10-04
    Madrid, 4 de octubre de 2020. Los combates continúan en Nagorno Karabaj.
es 2020-10-04
    Actualizado el 04/10/2020
    Los combates continúan.
de 2020-10-08
    Berlin, 8. Oktober 2020 – Die Kämpfe in Bergkarabach gehen weiter.
de 2020-10-08
    Veröffentlicht am 08.10.2020
    Die Kämpfe begannen am 27. September.
id 2020-10-04
    Jakarta, Minggu (4/10/2020) - Pertempuran terus berlangsung.
id 2020-10-04
    Diperbarui 4 Oktober 2020, 14:35 WIB
    Pertempuran terus berlangsung.
id 2020-10-03
    Pada Jumat (2/10/2020), pasukan Armenia maju. Hal itu dikatakan juru bicara, Sabtu (3/10/2020).
- 2020-10-04
    2020-10-04T12:00:00Z
    Clashes were reported near the border.
ar 2020-10-04
    4 أكتوبر 2020
    قصفت القوات الأذربيجانية ستيباناكيرت.
ar 2020-10-04
    الأحد 4 تشرين الأول 2020 - تواصلت المعارك في الإقليم.
ar 2020-10-04
    نشر في 4 أكتوبر/تشرين الأول 2020
    تواصلت المعارك في الإقليم.
hy 2020-10-04
    հոկտեմբերի 4, 2020
    Երեկ Ստեփանակերտը կրկին հրթիռակոծվել է։
hy 2020-10-04
    Ստեփանակերտ, 2020 թ. հոկտեմբերի 4 — Մարտերը շարունակվում են։
az 2020-11-08
    Bakı, 8 noyabr 2020 - Şuşa şəhəri işğaldan azad edilib.
az 2020-11-08
    8 noyabr 2020-ci il, 12:40
    Şuşa şəhəri azad edilib.
it 2020-10-04
    Roma, 4 ottobre 2020 - Proseguono i combattimenti.
pt 2020-10-04
    Lisboa, 4 de outubro de 2020 — Os combates continuam.
pl 2022-10-12
    WARSZAWA, 12 października 2022 r. - Rosja ponownie zaatakowała.
nl 2022-10-12
    AMSTERDAM, 12 oktober 2022 - Rusland viel opnieuw aan.
ro 2022-10-12
    BUCUREȘTI, 12 octombrie 2022 - Rusia a atacat din nou.
fa 2020-10-04
    تهران، ۱۳ مهر ۱۳۹۹ - درگیری‌ها ادامه دارد.
fa 2020-10-04
    تهران، ۴ اکتبر ۲۰۲۰ - درگیری‌ها ادامه دارد.
en 2020-10-04
    Armenia, Azerbaijan fighting escalates
    By Staff Writer
    4 October 2020
    Fighting broke out on 27 September.
en 2020-10-04
    Armenia, Azerbaijan fighting escalates
    The fighting, which began on 27 September, has killed hundreds. Officials said talks could start.
    Published on Oct 4, 2020
en 2020-10-04
    Published on 4 October 2020 at 10:00 | Updated on 5 October 2020 at 12:00
    Shelling resumed.
en -
    Clashes erupted again. 27 September 2020 was the first day of the war.
en 2020-10-04
    Sunday, October 4, 2020 Fighting continued across the region on the seventh day of the war.
- 2020-10-04
    2020-10-04 12:00 Stepanakert was shelled again, officials said.
en -
    A report published on 27 September 2020 said the region was calm.
ru -
    Бои начались 27 сентября 2020 года. С тех пор погибли сотни людей.
ru -
    Москва. 4 октября. INTERFAX.RU - Азербайджан сообщил о взятии ряда сел.
tr 2020-11-08
    Haber Merkezi | 08.11.2020 - 14:22 | Son Güncelleme: 08.11.2020 - 15:01
    Şuşa kurtarıldı.
de 2020-10-08
    Stand: 08.10.2020 12:41 Uhr
    Die Kämpfe gehen weiter.
fr 2020-10-17
    Mis à jour le 17/10/2020 à 10:12
    Les combats continuent.
id -
    Bisnis.com, JAKARTA - Pertempuran terjadi pada 27 September 2020.
en 2020-10-04
    4 Oct 2020 | Armenia
    Shelling resumed.
"""


def _cases(table: str) -> list[tuple[list[str], list[str]]]:
    """(header fields, indented lines) for every case of a table above."""
    cases: list[tuple[list[str], list[str]]] = []
    for line in table.strip("\n").splitlines():
        if line.startswith("    "):
            cases[-1][1].append(line[4:])
        else:
            cases.append((line.split(), []))
    return cases


def _lang(code: str) -> str | None:
    return None if code == "-" else code


# (language, published, [sentences], expected, precision, source)
EVENT_CASES = [(_lang(h[0]), h[1], lines, h[2], h[3], h[4]) for h, lines in _cases(EVENTS)]
# (language, text, expected or None); the seed article is one of them
PUBLICATION_CASES = [
    (_lang(h[0]), "\n".join(lines), None if h[1] == "-" else h[1]) for h, lines in _cases(PUBLICATIONS)
]
PUBLICATION_CASES.append(("id", SEED.read_text(encoding="utf-8"), "2020-10-04"))

NO_CUE = [
    ("en", "The ministry said the situation along the front remained tense."),
    ("en", "Some 200 people died and 2019 homes were destroyed."),
    ("en", "May God protect them, he said."),
    ("id", "Sedangkan Azerbaijan baru-baru ini mengatakan bahwa 19 warga sipil tewas dan 60 luka-luka."),
    ("id", "Saat ini, pasukan Azerbaijan menguasai benteng baru."),
    ("id", "Pertempuran berlangsung selama dua minggu."),
    ("ru", "Погибли 19 человек, ранены 60."),
    ("ru", "Окружающая среда сильно пострадала от обстрелов."),
    ("es", "Por la mañana se escucharon disparos."),
    ("de", "Am Morgen fielen Schüsse."),
    ("tr", "Patlama pazar yerinde meydana geldi."),
    ("az", "Partlayış bazar ərazisində baş verib."),
    ("ar", "قال المتحدث إن الوضع متوتر."),
    ("fa", "وزارت دفاع از تلفات جدید خبر داد."),
    ("ro", "În ultimele luni atacurile au crescut."),  # "luni" is months here, not Monday
    ("hy", "Պաշտպանության նախարարությունը հայտնեց կորուստների մասին։"),
]

GARBAGE = [
    "99/99/9999",
    "31 February 2020",
    "31 февраля 2020 года",
    "0/0/0000",
    "29.02.2021",
    "00.00.00",
    "9" * 5000,
    "1" * 50 + "/" + "2" * 50,
    "Monday 99 October 99999",
    "٣١/٠٢/٢٠٢٠",
    "۹۹ مهر ۹۹۹۹",
    "\x00\x01\ufffd",
    "🙂 October 🙂 4 🙂",
    "İİİ ıııı ЁЁЁ",
    "on the 0th of Nevember",
    "1er",
    "yesterday" * 1000,
    "32/13/2020 and 2020-13-45",
    "Sunday (31/2/2020)",
    "hace 999 días",
    "9999 days ago",
    "",
]


def _rate(results: list[bool]) -> float:
    return sum(results) / len(results)


def _event_result(case: tuple) -> DateInfo | None:
    lang, published, sents, *_ = case
    return dates.event_dates(sents, lang, D(published))[-1]


def test_tables_are_big_enough():
    assert len(EVENT_CASES) >= 80
    assert len({c[0] for c in EVENT_CASES}) >= 8
    assert len(PUBLICATION_CASES) >= 30


def test_accuracy_publication_dates():
    ok = []
    for lang, text, expected in PUBLICATION_CASES:
        got = dates.publication_date(text, lang)
        good = (got.date.isoformat() if got else None) == expected
        if not good:
            print(f"  publication miss [{lang}] expected {expected}, got {got}: {text[:70]!r}")
        ok.append(good)
    rate = _rate(ok)
    print(f"\npublication date accuracy: {rate:.1%} ({sum(ok)}/{len(ok)})")
    assert rate >= 0.98


def test_accuracy_event_dates():
    ok, full = [], []
    for case in EVENT_CASES:
        expected, precision, source = case[3:]
        got = _event_result(case)
        good_date = got is not None and got.date.isoformat() == expected
        good_all = good_date and got.precision == precision and got.source == source
        if not good_all:
            print(
                f"  event miss [{case[0]}] expected {expected}/{precision}/{source}, got {got}: {case[2]!r}"
            )
        ok.append(good_date)
        full.append(good_all)
    print(
        f"\nevent date accuracy: {_rate(ok):.1%} ({sum(ok)}/{len(ok)}); "
        f"with precision and source: {_rate(full):.1%}"
    )
    assert _rate(ok) >= 0.90
    assert _rate(full) >= 0.90


@pytest.mark.parametrize(("lang", "sentence"), NO_CUE)
def test_sentences_without_cues_give_none(lang, sentence):
    assert dates.event_dates([sentence], lang, D("2020-10-04")) == [None]


@pytest.mark.parametrize("text", GARBAGE)
@pytest.mark.parametrize("lang", [None, "en", "ru", "ar", "fa", "tr", "xx"])
def test_garbage_never_raises(text, lang):
    got = dates.publication_date(text, lang)
    assert got is None or isinstance(got, DateInfo)
    for published in (None, D("2020-10-04"), dt.date.min, dt.date.max):
        out = dates.event_dates([text, text[:10]], lang, published)
        assert len(out) == 2


def test_impossible_dates_are_not_dates():
    assert dates.event_dates(["99/99/9999", "31 February 2020", "2020-02-30"], "en", D("2020-10-04")) == [
        None,
        None,
        None,
    ]
    assert dates.publication_date("Published 31 February 2020", "en") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "en", "id", "ru", "ar", "fa", "hy", "de"]))
def test_random_unicode_never_raises(text, lang):
    dates.publication_date(text, lang)
    out = dates.event_dates([text], lang, D("2020-10-04"))
    assert len(out) == 1 and (out[0] is None or out[0].precision in PRECISIONS)


# Every format from the issue, in the places an article's own date sits.
FORMATS = [
    ("en", "Oct 28, 2020", "2020-10-28"),
    ("ru", "28 октября 2020 года", "2020-10-28"),
    ("ru", "28 октября 2020 г.", "2020-10-28"),
    ("uk", "28 жовтня 2020 року", "2020-10-28"),
    ("tr", "8 Kasım 2020", "2020-11-08"),
    ("fr", "17 octobre 2020", "2020-10-17"),
    ("es", "4 de octubre de 2020", "2020-10-04"),
    ("pt", "4 de outubro de 2020", "2020-10-04"),
    ("it", "4 ottobre 2020", "2020-10-04"),
    ("pl", "4 października 2020", "2020-10-04"),
    ("nl", "4 oktober 2020", "2020-10-04"),
    ("ro", "4 octombrie 2020", "2020-10-04"),
    ("de", "8. Oktober 2020", "2020-10-08"),
    ("id", "Minggu (4/10/2020)", "2020-10-04"),
    ("id", "4/10/2020", "2020-10-04"),
    ("en", "4/10/2020", "2020-10-04"),
    (None, "2020-10-04", "2020-10-04"),
    ("ar", "4 أكتوبر 2020", "2020-10-04"),
    ("ar", "الأحد 4 تشرين الأول 2020", "2020-10-04"),
    ("hy", "հոկտեմբերի 4, 2020", "2020-10-04"),
    ("hy", "2020 թ. հոկտեմբերի 4", "2020-10-04"),
    ("az", "8 noyabr 2020", "2020-11-08"),
    ("az", "8 noyabr 2020-ci il", "2020-11-08"),
    ("fa", "۱۳ مهر ۱۳۹۹", "2020-10-04"),
]
PLACES = [
    "{d}",
    "STEPANAKERT, {d} - Fighting continued.",
    "Stepanakert, {d}. Fighting continued.",
    "{d}\nFighting continued.",
    "Title of the story\n{d}\nFighting continued.",
    "Published: {d}\nFighting continued.",
    "Fighting continued, officials said, {d}.",
    "{d} Fighting continued in the region.",
]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(("lang", "written", "expected"), FORMATS)
def test_publication_formats_in_every_position(lang, written, expected, place):
    got = dates.publication_date(place.format(d=written), lang)
    assert got is not None and got.date == D(expected)


# -- the seed article ------------------------------------------------------------------------------------


def test_seed_expectations():
    from geodata import sentences

    text = SEED.read_text(encoding="utf-8")
    pub = dates.publication_date(text, "id")
    assert pub is not None and pub.date == D("2020-10-04")
    sents = [text[s:e] for s, e in sentences.split(text)]
    infos = dates.event_dates(sents, "id", pub.date)
    assert len(infos) == len(sents)
    for sent, info in zip(sents, infos, strict=True):
        if "Jumat (2/10/2020)" in sent:
            assert info == DateInfo(D("2020-10-02"), "day", "explicit")
        elif "kemarin pagi" in sent:
            assert info == DateInfo(D("2020-10-03"), "day", "relative")
        elif "Minggu (4/10/2020)" in sent:
            assert info == DateInfo(D("2020-10-04"), "day", "explicit")
        elif "hari ini" in sent.lower().replace("baru-baru ini", ""):
            assert info is not None and info.date == D("2020-10-04")  # "hingga hari ini": until today
        else:
            assert info is None, sent


# -- behaviour details -----------------------------------------------------------------------------------


def test_every_result_uses_model_vocabulary():
    for case in EVENT_CASES:
        got = _event_result(case)
        if got is not None:
            assert got.precision in PRECISIONS and got.source in DATE_SOURCES


def test_one_entry_per_sentence_and_empty_input():
    assert dates.event_dates([], "en", D("2020-10-04")) == []
    assert dates.event_dates(["", "yesterday"], "en", D("2020-10-04")) == [
        None,
        DateInfo(D("2020-10-03"), "day", "relative"),
    ]


def test_relative_cues_need_a_publication_date_but_explicit_ones_do_not():
    out = dates.event_dates(
        ["Shelling resumed yesterday.", "Fighting began on 27 September 2020."], "en", None
    )
    assert out == [None, DateInfo(D("2020-09-27"), "day", "explicit")]


def test_context_chains_follow_the_last_dated_sentence():
    sents = [
        "The offensive began on 27 September.",
        "The next day, Ganja was hit.",
        "Two days later, talks began.",
    ]
    out = dates.event_dates(sents, "en", D("2020-10-04"))
    assert [i.date for i in out] == [D("2020-09-27"), D("2020-09-28"), D("2020-09-30")]
    # No earlier date: "the next day" has nothing to follow (counted from publication it would be in the
    # future); "the day before" counts back from publication.
    assert dates.event_dates(["The next day, Ganja was hit."], "en", D("2020-10-04")) == [None]
    assert dates.event_dates(["Two days later, talks began."], "en", D("2020-10-04")) == [None]
    assert dates.event_dates(["The day before, Ganja was hit."], "en", D("2020-10-04"))[0].date == D(
        "2020-10-03"
    )


@pytest.mark.parametrize(("lines", "language", "published", "expected"), [
    # a timeline's line counts "six days later" from its own date, not from the line before
    (["Nov 21, 2024 – Russia fires a missile at Dnipro.",
      "Feb 12, 2025 – Trump calls Putin; officials meet in Riyadh six days later."], "en", "2025-02-24",
     "2025-02-18"),
    # and so does a clause's "deux jours plus tard" after the sentence's own date
    (["Le 3 mars 2022, les troupes entrent à Kherson.",
      "Le 10 avril 2022, Boutcha est libérée et des enquêteurs arrivent à Irpin deux jours plus tard."], "fr",
     "2022-06-01", "2022-04-12"),
    # no date of its own before the cue: the line before still anchors it
    (["Shelling hit Ganja on 4 October 2020.", "Two days later, talks began in Moscow."], "en", "2020-10-20",
     "2020-10-06"),
])
def test_a_sentence_counts_from_its_own_earlier_date(lines, language, published, expected):
    out = dates.EventDates(lines, language, D(published))
    last = lines[-1]
    place = max(last.rfind(" in "), last.rfind(" à ")) + 3  # the last clause's place
    assert out.at(len(lines) - 1, place).date == D(expected)
    if "avril" in last:  # the sentence itself keeps its own date: Boutcha on 10 April
        assert out.at(len(lines) - 1, last.index("Boutcha")).date == D("2022-04-10")


def test_a_datelines_date_is_no_anchor_to_count_forward_from():
    # the story is told on 30 June, three days after the signing: not 3 July
    text = "GOMA, 30 juin 2025 (RFI) - Trois jours après la signature à Washington, les combats continuent."
    out = dates.EventDates([text], "fr", D("2025-06-30"))
    assert out.at(0, text.index("Washington")).date != D("2025-07-03")


def test_a_dateline_yields_to_the_event_cue_of_its_sentence():
    text = "STEPANAKERT, Oct 4 (Demo) - Shelling resumed on Saturday night."
    assert dates.event_dates([text], "en", D("2020-10-04"))[0] == DateInfo(D("2020-10-03"), "day", "weekday")
    alone = "STEPANAKERT, Oct 4 (Demo) - Shelling resumed."
    assert dates.event_dates([alone], "en", D("2020-10-04"))[0] == DateInfo(
        D("2020-10-04"), "day", "explicit"
    )


def test_future_window_for_dates_without_year():
    pub = D("2020-11-10")
    sent = ["Agdam was handed over by 20 November."]
    assert dates.event_dates(sent, "en", pub)[0].date == D("2019-11-20")  # default: at most 7 days ahead
    assert dates.event_dates(sent, "en", pub, future_days=31)[0].date == D("2020-11-20")
    assert dates.event_dates(["Talks resume on 14 November."], "en", pub)[0].date == D("2020-11-14")


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # A future verb shortly before a date without a year: the coming one, however far ahead.
    ("en", "2024-06-02", "Sheinbaum will take office on Oct. 1.", "2024-10-01"),
    ("en", "2020-11-10", "Agdam is to be handed over by 20 November.", "2020-11-20"),
    ("en", "2020-12-30", "Agdam is to be handed over by 20 November.", "2021-11-20"),
    # ... but not one of the last month: that is an event just past the sentence refers to
    ("en", "2024-10-09", "Israel is expected to retaliate against Iran after the October 1 missile attack.",
     "2024-10-01"),
    ("en", "2024-10-09", "He will travel to Kyiv after the September 28 strike on Kharkiv.", "2024-09-28"),
    # ... unless the future word right before the date governs it
    ("en", "2024-03-04", "Sentencing is set for Feb. 22.", "2025-02-22"),
    ("fr", "2020-11-10", "L'Arménie doit rendre le district d'Agdam d'ici au 20 novembre.", "2020-11-20"),
    ("id", "2020-11-10", "Penyerahan Kalbajar dijadwalkan pada 15 November.", "2020-11-15"),
    ("en", "2024-03-06", "Putin is due to visit Beijing in May.", "2024-05-01"),  # a month alone too
    ("en", "2024-03-06", "Elections will take place in March.", "2024-03-01"),
    # words that look ahead to an event: "to be held", "upcoming", "preparing for" (not a plan told in the past)
    ("en", "2024-12-18", "Vanuatu was preparing for a snap election in January.", "2025-01-01"),
    ("en", "2024-12-18", "The upcoming election in January will be the first since the quake.", "2025-01-01"),
    ("en", "2024-12-18", "Elections to be held in March will decide the next government.", "2025-03-01"),
    ("en", "2024-12-18", "Elections were to be held in March but were postponed.", "2024-03-01"),
    ("en", "2024-12-18", "Vanuatu held a snap election in January.", "2024-01-01"),
    # Romance futures are inflections, listed as the press's common verbs; Russian perfective futures too.
    ("es", "2024-03-06", "La cumbre se celebrará el 15 de octubre.", "2024-10-15"),
    ("es", "2024-03-06", "El presidente viajó a Kiev el 15 de octubre.", "2023-10-15"),
    ("fr", "2024-03-06", "Le sommet aura lieu le 15 octobre à Paris.", "2024-10-15"),
    ("pt", "2024-03-06", "A cúpula será realizada em 15 de outubro.", "2024-10-15"),
    ("ru", "2024-03-06", "Саммит пройдет 15 октября в Казани.", "2024-10-15"),
    ("uk", "2024-03-06", "Саміт пройде 15 жовтня у Києві.", "2024-10-15"),
    ("it", "2024-03-06", "Il vertice si terrà il 15 ottobre a Roma.", "2024-10-15"),
    ("it", "2024-03-06", "Il vertice si è tenuto il 15 ottobre.", "2023-10-15"),
    ("pl", "2024-03-06", "Szczyt odbędzie się 15 października w Warszawie.", "2024-10-15"),
    ("ro", "2024-03-06", "Summitul va avea loc pe 15 octombrie.", "2024-10-15"),
    ("zh", "2024-03-06", "峰会将于10月15日在北京举行。", "2024-10-15"),
    ("zh", "2024-06-10", "“莫斯科”号巡洋舰去年4月在黑海沉没。", "2023-04-01"),  # last year's April
    ("zh", "2024-06-10", "今年3月，他访问了北京。", "2024-03-01"),
    ("ja", "2024-06-10", "昨年4月に東京で開かれた。", "2023-04-01"),
    # Verb-final languages put the future verb after the date, in its clause (data key future_endings).
    ("tr", "2024-03-06", "Seçimler 14 Mayıs'ta yapılacak.", "2024-05-14"),
    ("tr", "2024-03-06", "Seçimler 14 Mayıs'ta yapıldı.", "2023-05-14"),
    ("tr", "2024-03-06", "Zirve Ekim'de düzenlenecek.", "2024-10-01"),
    ("az", "2024-01-06", "Seçkilər 7 fevralda keçiriləcək.", "2024-02-07"),
    # Without one, the latest such date not after publication (a week's slack), as before.
    ("en", "2024-06-02", "Sheinbaum took office on Oct. 1.", "2023-10-01"),
    ("en", "2024-03-06", "Putin visited Beijing in May.", "2023-05-01"),
    # A future verb far before the date, or after it, says nothing of it.
    ("en", "2024-06-02", "The minister will resign, his office said, after a scandal that broke on Oct. 1.",
     "2023-10-01"),
    ("en", "2024-06-02", "On Oct. 1 he said he will resign.", "2023-10-01"),
])
def test_future_verbs_before_dates_without_a_year(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


def test_context_anchor_fades_after_a_few_sentences():
    sents = ["Talks began on Friday.", "A.", "B.", "C.", "A day earlier, Hadrut fell."]
    pub = D("2020-10-10")  # a Saturday: Friday is 10-09
    out = dates.event_dates(sents, "en", pub)
    assert out[0].date == D("2020-10-09") and out[-1].date == D("2020-10-09")  # publication - 1, not 10-08
    assert dates.event_dates([sents[0], sents[-1]], "en", pub)[-1].date == D("2020-10-08")


def test_event_dates_on_demand_scan_only_what_they_need_and_agree_with_the_whole():
    """A parser asks for the sentences that name places, in any order: those are scanned, plus the ones a
    context phrase counts from, and each answer is the one the whole text gives."""
    sents = ["Perundingan dimulai pada 27 September.", "Tidak ada lagi.", "Keesokan harinya Hadrut jatuh.",
             "Sepi.", "Shusha ditembaki pada Jumat.", "Dua hari kemudian perundingan dilanjutkan.", "Ganja diserang."]
    pub = D("2020-10-10")
    whole = dates.event_dates(sents, "id", pub)  # not English: no month-first check that reads every sentence
    lazy = dates.EventDates(sents, "id", pub)
    assert lazy[6] is None and sorted(lazy._cues) == [6]  # no cue: nothing before it is read
    assert lazy[2] == whole[2] == DateInfo(D("2020-09-28"), "day", "context")
    assert sorted(lazy._cues) == [0, 1, 2, 6]  # "the next day" needed the three sentences before it
    assert [lazy[i] for i in (5, 4, 3)] == [whole[5], whole[4], whole[3]]
    assert whole[5] == DateInfo(D("2020-10-11"), "day", "context")  # Friday 10-09 + 2
    # A chain of context phrases as long as a book resolves without recursion.
    chain = ["Talks began on 27 September."] + ["The next day, more talks."] * 5000
    assert dates.EventDates(chain, "en", pub)[5000].date == D("2020-09-27") + dt.timedelta(days=5000)


def test_day_month_order():
    pub = D("2020-10-04")
    assert dates.event_dates(["Clashes on 4/10/2020."], "id", pub)[0].date == D("2020-10-04")
    assert dates.event_dates(["Clashes on 4/10/2020."], "en", pub)[0].date == D("2020-10-04")
    assert dates.event_dates(["Clashes on 10/28/2020."], "en", pub)[0].date == D("2020-10-28")
    us = dates.event_dates(["On Oct 3 troops moved.", "Clashes on 10/2/2020."], "en", pub)
    assert us[1].date == D("2020-10-02")
    assert dates.event_dates(["Clashes on 10/2/2020."], "ru", pub)[0].date == D("2020-02-10")


def test_weekday_forms():
    pub = D("2020-10-04")  # a Sunday
    assert dates.event_dates(["Sunday's attack killed two."], "en", pub)[0].date == pub
    assert dates.event_dates(["It happened last Sunday."], "en", pub)[0].date == D("2020-09-27")
    assert dates.event_dates(["Talks resume next Sunday."], "en", pub)[0].date == D("2020-10-11")
    assert dates.event_dates(["Talks resume on Senin depan."], "id", pub)[0].date == D("2020-10-05")
    assert dates.event_dates(["Görüşme gelecek pazartesi yapılacak."], "tr", pub)[0].date == D("2020-10-05")
    assert dates.event_dates(["Переговоры в следующий понедельник."], "ru", pub)[0].date == D("2020-10-05")


def test_publication_prefers_byline_over_reported_dates():
    text = (
        "The shelling, which began on 27 September 2020, intensified overnight. " * 6
        + "\nPublished 4 October 2020"
    )
    assert dates.publication_date(text, "en").date == D("2020-10-04")


@pytest.mark.parametrize("text,lang,expected", [
    # A dateline under a headline and a byline (three lines above it at most)
    ("Gangs shoot at U.S. airliners over Port-au-Prince\n\nBy Evens Sanon and Danica Coto\n\nPORT-AU-PRINCE, Haiti, "
     "Nov 12, 2024 (AP) — Gangs opened fire on three planes on Monday.", "en", "2024-11-12"),
    ("Culiacán cumple un año de guerra\n\nPor Redacción / Ríodoce\n\nCULIACÁN, Sinaloa, 9 sep 2025 (AP) — La "
     "capital de Sinaloa cumple hoy un año de guerra.", "es", "2025-09-09"),
])
def test_dateline_below_a_headline_and_a_byline_dates_the_article(text, lang, expected):
    assert dates.publication_date(text, lang).date == D(expected)


def test_a_date_far_down_the_article_is_no_dateline():
    body = "The shelling intensified overnight, officials said.\n" * 5
    line = "KYIV, 4 October 2020 (Reuters) - Russian forces shelled the city again, officials said in a statement."
    assert dates.publication_date("Headline\n\n" + line, "en").date == D("2020-10-04")
    assert dates.publication_date(body + line, "en") is None


def test_unknown_language_codes_fall_back():
    assert dates.event_dates(["yesterday"], "xx", D("2020-10-04"))[0].date == D("2020-10-03")
    assert dates.event_dates(["gestern"], "de-AT", D("2020-10-04"))[0].date == D("2020-10-03")
    assert dates.publication_date("2020-10-04\nText.", None).date == D("2020-10-04")


@pytest.mark.parametrize("code", ["no", "nn", "no-NO", "NO"])
def test_norwegian_codes_read_bokmal_data(code):
    """Language detection or metadata may say "no" (or Nynorsk "nn"): they read the Bokmål data, words and all."""
    pub = D("2024-09-04")  # a Wednesday
    assert dates.event_dates(["Russiske missiler traff i går Poltava."], code, pub)[0].date == D("2024-09-03")
    assert dates.event_dates(["Jan Egeland besøkte Port Sudan i forrige uke."], code, pub)[0].precision == "week"
    assert dates.publication_date("Publisert: 4. september 2024\nTekst.", code).date == pub
    assert dates.vocabulary(("weekdays",), code) == dates.vocabulary(("weekdays",), "nb")


# -- data files ------------------------------------------------------------------------------------------

REQUIRED_LANGUAGES = {"en", "id", "ru", "uk", "tr", "fr", "es", "de", "ar", "hy", "az", "it", "pt", "fa", "pl", "nl",
                      "ro", "he", "ka", "cs", "sv", "el", "hi", "ur", "vi", "ms", "sw", "tl", "uz", "ca",
                      "hr", "bs", "sr", "sl", "sk", "bg", "mk", "lt", "lv", "hu", "fi", "da", "nb", "so", "kk",
                      "ky", "tg", "tk"}
UNITS = {"day", "week", "month", "year"}


def _build_script():
    spec = importlib.util.spec_from_file_location("build_date_data", ROOT / "scripts" / "build_date_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_required_languages_have_data():
    assert set(dates.supported_languages()) >= REQUIRED_LANGUAGES


@pytest.mark.parametrize("lang", sorted(REQUIRED_LANGUAGES))
def test_language_file_is_complete(lang):
    data = dates.load_language_data(lang)
    missing = [k for k in dates.REQUIRED_KEYS if k not in data]
    assert not missing, f"{lang}.json lacks {missing}"
    assert data["language"] == lang
    assert len(data["months"]) == 12 and all(data["months"])
    assert len(data["months_abbr"]) == 12
    assert len(data["weekdays"]) == 7 and all(data["weekdays"])
    assert len(data["weekdays_abbr"]) == 7
    assert data["date_order"] in ("dmy", "mdy", "ymd")
    assert data["relative"] and data["context"] and data["counted"] and data["numbers"]
    assert all(isinstance(o, int) and u in UNITS for o, u in data["relative"].values())
    assert {0, -1} <= {o for o, u in data["relative"].values() if u == "day"}  # today, yesterday
    assert {"week", "month", "year"} <= {u for _, u in data["relative"].values()}
    assert all(isinstance(o, int) for o in data["context"].values())
    assert {1, -1} <= set(data["context"].values())
    for template, (source, sign, unit) in data["counted"].items():
        # (sign 0: a span up to now, "در {n} روز گذشته", in the past n days)
        assert "{n}" in template and source in ("relative", "context") and sign in (1, 0, -1) and unit in UNITS
    for key in ("future_markers", "past_markers", "year_only"):
        assert set(data[key]) == {"before", "after"}
    assert set(data["month_only"]) == {"before", "after", "forms"}
    assert data["byline_cues"]


@pytest.mark.parametrize("lang", sorted(REQUIRED_LANGUAGES))
def test_generated_files_do_not_drift(lang):
    """Edit geodata/data/dates/extra/<lang>.json, then run scripts/build_date_data.py; never edit by hand."""
    build = _build_script()
    on_disk = (ROOT / "geodata" / "data" / "dates" / f"{lang}.json").read_text(encoding="utf-8")
    assert build.render(build.build(lang)) == on_disk, f"{lang}.json is stale: run scripts/build_date_data.py"


def test_extra_files_are_valid_json():
    for path in sorted((ROOT / "geodata" / "data" / "dates" / "extra").glob("*.json")):
        json.loads(path.read_text(encoding="utf-8"))


def test_every_language_parses_its_own_month_names():
    """Every month form in the data (CLDR and hand-written), with a day and a year, gives that date."""
    pub = D("2021-01-10")
    rng = random.Random(1)
    for lang in sorted(REQUIRED_LANGUAGES):
        data = dates.load_language_data(lang)
        for month, forms in enumerate(data["months"] + data["months_abbr"], 1):
            month = (month - 1) % 12 + 1
            for form in forms:
                day = rng.randint(1, 28)
                first = data["month_first"] and rng.random() < 0.5
                text = f"{form} {day}, 2020" if first else f"{day} {form} 2020"
                got = dates.event_dates([text], lang, pub)[0]
                assert got is not None and got.date == dt.date(2020, month, day), (lang, text, got)


def test_every_language_resolves_its_own_weekday_names():
    """Every full weekday form, alone in a sentence, is the latest such day on or before publication; a form
    that says "this" (Brazilian "nesta segunda") the nearest such day, either side of it."""
    pub = D("2020-10-04")  # a Sunday
    for lang in sorted(REQUIRED_LANGUAGES):
        data = dates.load_language_data(lang)
        this = set(data.get("this_markers", {}).get("before", ()))
        for weekday, forms in enumerate(data["weekdays"]):
            for form in forms:
                back = (pub.weekday() - weekday) % 7
                expected = pub - dt.timedelta(days=back if form.split()[0] not in this or back <= 3 else back - 7)
                got = dates.event_dates([f"x {form} x"], lang, pub)[0]
                assert got is not None and got.date == expected, (lang, form, got)


@pytest.mark.parametrize("sentence,lang", [
    ("据报道，2023年3月10日，哈尔科夫遭到炮击。", "zh"),
    ("ハルキウは2023年3月10日に砲撃を受けた。", "ja"),
    ("2023년 3월 10일에 하르키우가 포격을 받았다.", "ko"),
    ("Local papers dated it 2023年3月10日 in their own script.", "en"),
    ("俄军3月10日炮击了哈尔科夫。", "zh"),  # no year: the latest 10 March not after publication
    ("3월 10일 하르키우가 포격을 받았다.", "ko"),
])
def test_chinese_japanese_korean_year_month_day(sentence, lang):
    # Year, month and day markers glued to the words around them; no word list for these languages needed.
    got = dates.event_dates([sentence], lang, dt.date(2023, 3, 12))[0]
    assert (got.date, got.source) == (dt.date(2023, 3, 10), "explicit")


def test_month_and_day_without_a_year_take_the_year_before_publication():
    got = dates.event_dates(["ハルキウは12月30日に砲撃を受けた。"], "ja", dt.date(2023, 3, 12))[0]
    assert got.date == dt.date(2022, 12, 30)


def test_chinese_publication_line():
    found = dates.publication_date("2023年3月12日 10:15\n哈尔科夫周六遭到炮击。", "zh")
    assert found is not None and found.date == dt.date(2023, 3, 12)
    assert dates.event_dates(["2023年13月40日"], "zh", None) == [None]  # no such day


@pytest.mark.parametrize("sentence,lang,day,source", [
    ("哈尔科夫周六遭到炮击。", "zh", 11, "weekday"),  # glued to the words on both sides
    ("俄军昨天炮击了哈尔科夫。", "zh", 14, "relative"),
    ("三天前，哈尔科夫遭到炮击。", "zh", 12, "relative"),
    ("ハルキウは土曜日に砲撃を受けた。", "ja", 11, "weekday"),
    ("ロシア軍は昨日、ハルキウを攻撃した。", "ja", 14, "relative"),
    ("하르키우가 토요일에 포격을 받았다.", "ko", 11, "weekday"),  # a particle on the weekday
    ("어제 하르키우가 포격을 받았다.", "ko", 14, "relative"),
    ("다음 주 월요일에 회담이 열린다.", "ko", 20, "weekday"),  # next week's Monday, not last Monday
])
def test_chinese_japanese_korean_weekdays_and_relative_words(sentence, lang, day, source):
    got = dates.event_dates([sentence], lang, dt.date(2023, 3, 15))[0]  # a Wednesday
    assert (got.date, got.source) == (dt.date(2023, 3, day), source)


@pytest.mark.parametrize("sentence,lang,day,source", [
    # Malay, Swahili, Tagalog and Uzbek (my own sentences; publication on Wednesday 15 March 2023)
    ("Semalam, tentera menyerang kampung itu.", "ms", 14, "relative"),
    ("Pada hari Isnin, menteri berkata demikian.", "ms", 13, "weekday"),
    ("Waasi walisema jana kwamba wameteka Goma.", "sw", 14, "relative"),
    ("Siku ya Jumatatu, jeshi lilishambulia Bukavu.", "sw", 13, "weekday"),
    ("Sumalakay ang mga militante sa Marawi noong Linggo.", "tl", 12, "weekday"),  # Sunday, capitalised
    ("Kahapon, sinabi ng militar na ligtas na ang lungsod.", "tl", 14, "relative"),
    ("Qirg'iziston chegarachilari kecha otishma boshladi.", "uz", 14, "relative"),
    ("Dushanba kuni Botken viloyatida janglar bo'ldi.", "uz", 13, "weekday"),
    ("El bombardeig d'ahir va colpejar el sud de Beirut.", "ca", 14, "relative"),
    ("Dilluns, el primer ministre va parlar a Nova York.", "ca", 13, "weekday"),
    # Azerbaijani "bazar" alone is a market unless capitalised; "bazar günü" is Sunday
    ("Ordu bazar günü axşama qədər mövqelərini tərk etdi.", "az", 12, "weekday"),
    ("台湾海巡部门前日在金门附近监测到海警船。", "zh", 13, "relative"),  # 前日: the day before yesterday in Chinese
    # South Slavic weekdays in the accusative ("u srijedu", "v sredo", "во среда"), Serbian in either script
    ("Jučer su se okupile u Banjoj Luci.", "hr", 14, "relative"),
    ("Sud u Sarajevu osudio je u srijedu.", "bs", 15, "weekday"),
    ("Рекао је јуче у Београду.", "sr", 14, "relative"),
    ("Protest je održan u ponedeljak u Nišu.", "sr", 13, "weekday"),
    ("Ukrajina je v ponedeljek ustavila dobave.", "sl", 13, "weekday"),
    ("Včera v Košiciach protestovali.", "sk", 14, "relative"),
    ("Президентът обяви във вторник.", "bg", 14, "weekday"),
    ("Сопшти вчера полицијата во Кочани.", "mk", 14, "relative"),
    ("Pirmadienį dingo keturi kariai.", "lt", 13, "weekday"),
    ("Vakar Rīgā notika protests.", "lv", 14, "relative"),
    ("Tegnap Kárpátalján légiriadót rendeltek el.", "hu", 14, "relative"),
    ("Maanantaina Venäjä iski Kiovaan.", "fi", 13, "weekday"),
    ("I går angreb Rusland Kyiv.", "da", 14, "relative"),
    ("I går angrep Russland Kyiv.", "nb", 14, "relative"),
    ("Qarax ayaa shalay ka dhacay Muqdisho.", "so", 14, "relative"),
    ("Алматыда кеше наразылық болды.", "kk", 14, "relative"),
    ("13 наурызда Жаңаөзенде наразылық басталды.", "kk", 13, "explicit"),  # the month with its locative
])
def test_more_languages_weekdays_and_relative_words(sentence, lang, day, source):
    got = dates.event_dates([sentence], lang, dt.date(2023, 3, 15))[0]
    assert (got.date, got.source) == (dt.date(2023, 3, day), source)


@pytest.mark.parametrize("sentence,lang,day,source", [
    # Kyrgyz, Tajik, Turkmen, Cyrillic Uzbek and Latin-script Kazakh (my own sentences; Wednesday 15 March 2023)
    ("Кечээ кечинде Баткенде атышуу башталды.", "ky", 14, "relative"),
    ("Бүгүн Бишкекте жыйын өттү.", "ky", 15, "relative"),
    ("Эртең Ошто жыйын болот.", "ky", 16, "relative"),
    ("Дүйшөмбү күнү Баткенде атышуу болду.", "ky", 13, "weekday"),
    ("Жума күнү кагылышуу болду.", "ky", 10, "weekday"),  # "жума" alone is also a week
    ("Дирӯз дар Исфара тирпарронӣ шуд.", "tg", 14, "relative"),
    ("Имрӯз дар Душанбе мулоқот шуд.", "tg", 15, "relative"),
    ("Фардо дар Хуҷанд ҷаласа мешавад.", "tg", 16, "relative"),
    ("Рӯзи душанбе дар Роғун агрегат ба кор андохта шуд.", "tg", 13, "weekday"),
    ("Рӯзи ҷумъа тирпарронӣ дар наздикии Баткен аз нав оғоз ёфт.", "tg", 10, "weekday"),
    ("Düýn Türkmenbaşy portunda gämi kabul edildi.", "tk", 14, "relative"),
    ("Şu gün Aşgabatda maslahat geçirildi.", "tk", 15, "relative"),
    ("Ertir Daşoguzda maslahat bolar.", "tk", 16, "relative"),
    ("Anna güni Aşgabatda maslahat geçirildi.", "tk", 10, "weekday"),
    ("Кеча Термиз аэропортида делегация кутиб олинди.", "uz", 14, "relative"),
    ("Душанба куни Тошкентда учрашув бўлди.", "uz", 13, "weekday"),
    ("Keşe Oral qalasynda su tasqyny boldy.", "kk", 14, "relative"),
])
def test_central_asian_weekdays_and_relative_words(sentence, lang, day, source):
    got = dates.event_dates([sentence], lang, dt.date(2023, 3, 15))[0]
    assert (got.date, got.source) == (dt.date(2023, 3, day), source)


def test_tajik_capital_is_no_monday():
    """"душанбе" is Monday in lower case only; capitalised it is the capital."""
    assert dates.event_dates(["Бишкек ва Душанбе ба оташбас розӣ шуданд."], "tg", dt.date(2023, 3, 15)) == [None]


@pytest.mark.parametrize("lang,text,expected", [
    ("ky", "БИШКЕК, 15-сентябрь 2022-жыл — Кабар. Кечээ кечинде атышуу башталды.", "2022-09-15"),
    ("tg", "ДУШАНБЕ, 16 сентябри соли 2022. Ховар. Дирӯз бархӯрд рух дод.", "2022-09-16"),
    ("tk", "AŞGABAT, 12-nji iýun 2023 ý. (TDH). Düýn gämi kabul edildi.", "2023-06-12"),
    ("uz", "TOSHKENT, 3-iyul 2022-yil. Kun.uz. Prezident kecha Nukusga bordi.", "2022-07-03"),  # not "3" + "-iyul"
    ("uz", "ТЕРМИЗ, 20 март 2024 йил. Дунё АА. Кеча делегация кутиб олинди.", "2024-03-20"),
    ("kk", "ORAL, 12 säuır 2024 jyl. Kazinform. Keşe su tasqyny boldy.", "2024-04-12"),
])
def test_central_asian_datelines(lang, text, expected):
    assert dates.publication_date(text, lang).date == D(expected)


def test_year_words_after_central_asian_years():
    got = dates.event_dates(["Türkmenbaşy şäheri 1993-nji ýyla çenli Krasnowodsk diýlip atlandyrylýardy."], "tk",
                            dt.date(2023, 3, 15))[0]
    assert (got.date, got.precision) == (dt.date(1993, 1, 1), "year")
    got = dates.event_dates(["Моҳи апрели соли гузашта низоъ сар зада буд."], "tg", dt.date(2023, 3, 15))[0]
    assert (got.date, got.precision) == (dt.date(2022, 4, 1), "month")


def test_swahili_last_year_is_not_yesterday():
    got = dates.event_dates(["Mwaka jana mapigano yalizuka Bukavu."], "sw", dt.date(2023, 3, 15))[0]
    assert (got.date.year, got.precision) == (2022, "year")


def test_tagalog_week_is_not_sunday():
    # "linggo" is a week, "Linggo" Sunday: "ngayong linggo" (this week) dates by the week
    got = dates.event_dates(["Magpupulong sila ngayong linggo sa Maynila."], "tl", dt.date(2023, 3, 15))[0]
    assert got.precision == "week"


def test_vietnamese_ordinal_is_no_weekday():
    # "thành phố lớn thứ hai" is the second-largest city, not Monday ("thứ Hai")
    got = dates.event_dates(["Quân nổi dậy chiếm Lashio, thành phố lớn thứ hai của bang Shan."], "vi",
                            dt.date(2024, 8, 7))
    assert got == [None]


def test_korean_nowadays_is_not_today():
    assert dates.event_dates(["오늘날 세계는 변했다."], "ko", dt.date(2023, 3, 15)) == [None]


@pytest.mark.parametrize("lang,text", [
    ("en", "Earlier this week, Zaporizhzhia was attacked."),
    ("fr", "En début de semaine, Zaporijjia a été attaquée."),
    ("es", "A principios de semana fue atacada Zaporiyia."),
    ("ru", "В начале недели атаке подверглось Запорожье."),
    ("uk", "На початку тижня атакували Запоріжжя."),
    ("tr", "Hafta başında Zaporijya saldırıya uğradı."),
    ("de", "Anfang der Woche wurde Saporischschja angegriffen."),
    ("it", "All'inizio della settimana è stata attaccata Zaporizhzhia."),
    ("pt", "No início da semana, Zaporíjia foi atacada."),
    ("pl", "Na początku tygodnia zaatakowano Zaporoże."),
    ("nl", "Eerder deze week werd Zaporizja aangevallen."),
    ("ar", "وفي مطلع الأسبوع تعرضت زابوريجيا لهجوم."),
])
def test_early_this_week_is_this_week(lang, text):
    # Published on Friday 15 March 2024: the week starts on Monday the 11th.
    got = dates.event_dates([text], lang, D("2024-03-15"))[0]
    assert (got.date, got.precision, got.source) == (D("2024-03-11"), "week", "relative")


def test_arabic_conjunction_glued_to_a_date_word():
    # "وقبل يومين" = "and two days ago", "وأمس" = "and yesterday": و is written onto the next word.
    got = dates.event_dates(["وقبل يومين، هاجمت طائرات مسيرة أوديسا.", "فأمس قصفت خاركيف."], "ar", D("2024-03-15"))
    assert [(g.date, g.source) for g in got] == [(D("2024-03-13"), "relative"), (D("2024-03-14"), "relative")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Saudi Arabia, which has fought the Houthis since 2015, urged restraint."),
    ("en", "Fighting has killed hundreds in El Geneina since late April."),
    ("fr", "Djibo est soumise à un blocus depuis le 3 mars."),
    ("es", "Los combates continúan desde el 15 de abril."),
    ("de", "Die Stadt galt seit 2014 als Hauptstadt."),
    ("id", "Ribuan warga mengungsi sejak awal November."),
    ("ar", "يسيطر الحوثيون على العاصمة صنعاء منذ عام 2014."),
])
def test_since_starts_a_state_not_an_event(lang, text):
    # The date after "since" is when a state began; the sentence reports it as of publication.
    assert dates.event_dates([text], lang, D("2023-12-05")) == [None]


def test_a_date_elsewhere_in_a_since_sentence_still_counts():
    got = dates.event_dates(["Khartoum menjadi medan tempur sejak bentrokan pecah pada 15 April."], "id",
                            D("2023-12-05"))[0]
    assert (got.date, got.source) == (D("2023-04-15"), "explicit")


def test_georgian_sentences_are_split_and_dated_each():
    """Georgian letters are lower case in Unicode, yet any of them opens a sentence: "yesterday" in the second
    sentence dates it, not the first sentence's Monday."""
    from geodata import sentences

    text = "თბილისი - ორშაბათს რუსულმა ავიაციამ გორი დაბომბა. გუშინ ცხინვალში ბრძოლები გაგრძელდა."
    sents = [text[s:e] for s, e in sentences.split(text)]
    assert len(sents) == 2
    infos = dates.event_dates(sents, "ka", D("2008-08-12"))
    assert infos[0] == DateInfo(D("2008-08-11"), "day", "weekday")
    assert infos[1] == DateInfo(D("2008-08-11"), "day", "relative")


def test_georgian_dateline_gives_the_publication_date():
    found = dates.publication_date("თბილისი, 5 ოქტომბერი, 2024 - რუსულმა ავიაციამ გორი დაბომბა.", "ka")
    assert found is not None and found.date == D("2024-10-05")


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # A future verb before a bare weekday in its sentence: the coming one (publication: Monday 5 August 2024).
    ("en", "2024-08-05", "The pair will appear in Philadelphia on Tuesday.", "2024-08-06"),
    ("de", "2024-08-05", "Die Minister werden am Dienstag in Berlin beraten.", "2024-08-06"),
    ("id", "2024-08-05", "Presiden akan berkunjung ke Jakarta pada Selasa.", "2024-08-06"),
    ("ru", "2024-08-05", "Переговоры состоятся во вторник в Стамбуле.", "2024-08-06"),
    ("uk", "2024-08-05", "Зустріч відбудеться у вівторок у Києві.", "2024-08-06"),
    ("ar", "2024-08-05", "ومن المقرر أن يزور الوزير القاهرة يوم الثلاثاء.", "2024-08-06"),
    ("tr", "2024-08-05", "Bakan Salı günü Ankara'ya gidecek.", "2024-08-06"),
    ("tr", "2024-08-05", "Bakan Salı günü Ankara'ya gitti.", "2024-07-30"),
    ("en", "2024-08-05", "Egypt said the crossing would open on Tuesday.", "2024-08-06"),  # future in the past
    ("en", "2024-08-05", "Blinken is due in Riyadh on Tuesday.", "2024-08-06"),
    # Spanish and Portuguese futures are inflections ("-rá", "-rán", "-rão"), on either side of the weekday,
    # but not in a clause that follows it ("que ... prestará"), nor in "Irán".
    ("es", "2024-08-05", "El martes estará en Bruselas.", "2024-08-06"),
    ("es", "2024-08-05", "Los ministros viajarán el martes a Kiev.", "2024-08-06"),
    ("es", "2024-08-05", "El martes estuvo en Bruselas.", "2024-07-30"),
    ("es", "2024-08-05", "El presidente de Irán habló el martes.", "2024-07-30"),
    ("es", "2024-08-05", "Respondió el martes que Moscú prestará toda la ayuda.", "2024-07-30"),
    ("pt", "2024-08-05", "O presidente viajará na terça-feira.", "2024-08-06"),
    ("ru", "2024-08-05", "Во вторник переговоры прошли в Стамбуле.", "2024-07-30"),
    # After the weekday it dates nothing: "said on Tuesday that he will" is last Tuesday.
    ("en", "2024-08-05", "He said on Tuesday that he will resign.", "2024-07-30"),
    ("en", "2024-08-05", "The pair appeared in Philadelphia on Tuesday.", "2024-07-30"),
    # A weekend is dated by its Saturday, like a weekday (publication: Monday 5 August 2024).
    ("en", "2024-08-05", "Over the weekend, drones hit Odesa.", "2024-08-03"),
    ("en", "2024-08-05", "Talks will resume this weekend in Doha.", "2024-08-10"),
    ("de", "2024-08-05", "Am Wochenende griffen Drohnen Odessa an.", "2024-08-03"),
    ("sv", "2024-08-05", "I helgen angrep drönare Odessa.", "2024-08-03"),
    ("ru", "2024-08-05", "На выходных беспилотники атаковали Одессу.", "2024-08-03"),
    ("es", "2024-08-05", "El fin de semana hubo protestas en Caracas.", "2024-08-03"),
    # Hindi "कल" is yesterday or tomorrow: the verb's tense says which (future -गा/-गी/-गे, "जाएंगे").
    ("hi", "2024-08-05", "कल खारकीव में विस्फोट हुआ।", "2024-08-04"),
    ("hi", "2024-08-05", "कल दिल्ली में बैठक होगी।", "2024-08-06"),
    ("hi", "2024-08-05", "प्रधानमंत्री कल मुंबई जाएंगे।", "2024-08-06"),
    # Nor in another clause: the future is what was said, the weekday when it was said.
    ("en", "2024-08-05", "Britain will send more missiles to Kyiv, the minister said on Tuesday.", "2024-07-30"),
    ("es", "2024-08-05", "Los ministros viajarán a Kiev, dijo el portavoz el martes.", "2024-07-30"),
    # "this Friday" is the Friday of the publication's week, before or after it (publication: Wednesday
    # 7 August 2024): Brazilian "nesta sexta-feira" is a listed weekday form of its own.
    ("pt", "2024-08-07", "O presidente viaja nesta sexta-feira para Lisboa.", "2024-08-09"),
    ("pt", "2024-08-07", "O presidente viajou nesta terça-feira para Brasília.", "2024-08-06"),
    ("es", "2024-08-07", "El gobierno anunciará medidas este viernes.", "2024-08-09"),
    ("en", "2024-08-07", "This Monday, officials met in Geneva.", "2024-08-05"),
    ("id", "2024-08-07", "Presiden berkunjung pada Jumat ini.", "2024-08-09"),
    ("tr", "2024-08-07", "Bakan bu cuma Ankara'ya gidecek.", "2024-08-09"),
    ("ru", "2024-08-07", "В эту пятницу министр посетит Москву.", "2024-08-09"),
    ("pt", "2024-08-07", "O presidente viajou na sexta-feira para Lisboa.", "2024-08-02"),
])
def test_weekdays_after_future_verbs_and_this(lang, published, sentence, expected):
    """A future verb before a bare weekday makes it the coming one; "this Friday" is the Friday of the
    publication's week, before or after it."""
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # Danish and Norwegian "i torsdags" is always the last Thursday, even on a Thursday (Monday 11 March 2024).
    ("da", "2024-03-11", "I Kyiv mødtes statsminister Mette Frederiksen i torsdags med præsident Zelenskyj.",
     "2024-03-07"),
    ("da", "2024-03-11", "I Zvečan blev over 30 KFOR-soldater såret i mandags.", "2024-03-04"),
    ("nb", "2024-03-11", "Støre besøkte Kyiv i mandags.", "2024-03-04"),
    ("da", "2024-03-11", "Ministeren rejser til Kyiv på mandag.", "2024-03-18"),  # Danish "på": always to come
    # Norwegian "på mandag" follows the verb's tense (publication: Wednesday 4 September 2024): a past verb
    # before it in its clause, or right after it opening the sentence, makes it the last Monday ...
    ("no", "2024-09-04", "Statsminister Jonas Gahr Støre sa i Tromsø på mandag at Norge vil øke støtten.",
     "2024-09-02"),
    ("nb", "2024-09-04", "På mandag ble det kjent at Støre reiser til Kyiv.", "2024-09-02"),
    ("nb", "2024-09-04", "Politiet har på mandag pågrepet en mann i Bergen.", "2024-09-02"),
    # ... a present or future verb, or a past one in another clause, the coming one.
    ("no", "2024-06-05", "Rosenborg og Bodø/Glimt spiller mot hverandre på søndag.", "2024-06-09"),
    ("nb", "2024-09-04", "Han sa at laget spiller på søndag.", "2024-09-08"),
    ("nb", "2024-09-04", "Støre kom til Oslo og skal møte Zelenskyj på søndag.", "2024-09-08"),
    ("nb", "2024-09-04", "På mandag skal Støre reise til Kyiv.", "2024-09-09"),
    ("nb", "2024-09-04", "Støre skal møte Zelenskyj på mandag.", "2024-09-09"),
    ("nb", "2024-09-04", "Norge vil gi mer penger i mai.", "2025-05-01"),  # a future verb: the coming May
])
def test_scandinavian_weekdays_follow_their_markers_and_tense(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # Chinese, Japanese and Korean news date events by the day of the month alone: "20日", "20일".
    ("zh", "2023-05-21", "据俄罗斯国防部20日消息，俄军已完全控制巴赫穆特。", "2023-05-20"),
    ("ja", "2023-05-21", "ロシア国防省は20日、バフムトを制圧したと発表した。", "2023-05-20"),
    ("ko", "2023-05-21", "러시아 국방부는 20일 바흐무트를 점령했다고 밝혔다.", "2023-05-20"),
    ("ko", "2023-05-03", "러시아 국방부는 28일 성명을 냈다.", "2023-04-28"),  # a day past today: last month's
    ("ko", "2023-05-21", "25일 회의가 열릴 예정이다.", "2023-05-25"),  # scheduled (예정): the coming 25th
    ("ja", "2024-03-10", "首相は15日にワシントンを訪問する予定だ。", "2024-03-15"),
    ("ja", "2024-03-10", "首相は15日にワシントンを訪問した。", "2024-02-15"),  # past: the latest 15th
    ("zh", "2024-03-10", "峰会将于5日在北京举行。", "2024-04-05"),
])
def test_day_of_month_alone_in_cjk(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,sentence", [
    ("zh", "他花了500日元。"),  # yen
    ("ja", "10日間の停戦が続いた。"),  # a span of days
])
def test_day_of_month_is_not_a_price_or_a_span(lang, sentence):
    assert dates.event_dates([sentence], lang, D("2023-05-21"))[0] is None


# -- languages added after REQUIRED_LANGUAGES (Bengali, Tamil, Nepali, Pashto, Hausa, Amharic, Marathi, Telugu;
# then Thai, Khmer and Burmese; then Estonian and Albanian) ------------------------------------------------------
# Publication in the tables below: Monday 5 August 2024 unless a row says otherwise.

NEW_LANGUAGES = ("bn", "ta", "ne", "ps", "ha", "am", "mr", "te", "th", "km", "my", "et", "sq")


@pytest.mark.parametrize("lang", NEW_LANGUAGES)
def test_new_language_files_are_complete_and_fresh(lang):
    assert lang in dates.supported_languages()
    test_language_file_is_complete(lang)
    test_generated_files_do_not_drift(lang)


@pytest.mark.parametrize("lang", NEW_LANGUAGES)
def test_new_languages_parse_their_own_month_and_weekday_names(lang):
    data = dates.load_language_data(lang)
    rng = random.Random(1)
    for month, forms in enumerate(data["months"] + data["months_abbr"], 1):
        month = (month - 1) % 12 + 1
        for form in forms:
            day = rng.randint(1, 28)
            first = data["month_first"] and rng.random() < 0.5
            text = f"{form} {day}, 2020" if first else f"{day} {form} 2020"
            got = dates.event_dates([text], lang, D("2021-01-10"))[0]
            assert got is not None and got.date == dt.date(2020, month, day), (lang, text, got)
    pub = D("2020-10-04")  # a Sunday
    for weekday, forms in enumerate(data["weekdays"]):
        expected = pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)
        for form in forms:
            got = dates.event_dates([f"x {form} x"], lang, pub)[0]
            assert got is not None and got.date == expected, (lang, form, got)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-08-05", "গতকাল রোববার ঢাকায় বিক্ষোভ হয়েছে।", "2024-08-04"),
    ("2024-08-05", "গত রাতে সিলেটে বন্যার পানি বেড়েছে।", "2024-08-04"),
    ("2024-08-05", "গত পরশু খুলনায় সংঘর্ষে দুজন নিহত হন।", "2024-08-03"),
    ("2024-08-05", "আগামীকাল নির্বাচন কমিশনের বৈঠক অনুষ্ঠিত হবে।", "2024-08-06"),
    ("2024-08-05", "আগামী রবিবার সংসদের অধিবেশন বসবে।", "2024-08-11"),
    ("2024-08-05", "রবিবার মন্ত্রী ঢাকায় ফিরবেন।", "2024-08-11"),  # future -বেন: the coming Sunday
    ("2024-08-05", "শনিবারের হামলায় পাঁচজন আহত হন।", "2024-08-03"),
    ("2024-08-05", "১৬ই জুলাই রংপুরে পুলিশের গুলিতে এক ছাত্র নিহত হন।", "2024-07-16"),  # Bengali digits
    ("2024-08-05", "২০২৩ সালের ১৫ নভেম্বর তফসিল ঘোষণা করা হয়।", "2023-11-15"),
    ("2024-03-06", "আগামী ১৫ অক্টোবর সম্মেলন শুরু হবে।", "2024-10-15"),
    ("2024-08-05", "তিন দিন আগে নৌকাডুবির ঘটনা ঘটে।", "2024-08-02"),
    ("2024-08-05", "জুলাইয়ে দেশজুড়ে আন্দোলন ছড়িয়ে পড়ে।", "2024-07-01"),
    # "য়" typed as one code point (U+09DF) instead of য + nukta
    ("2024-08-05", "৭ জানু\u09dfারি ২০২৪ নির্বাচন হয়।", "2024-01-07"),
])
def test_bengali_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "bn", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-08-05", "சென்னையில் நேற்று பலத்த மழை பெய்தது.", "2024-08-04"),
    ("2024-08-05", "நேற்றிரவு கோவையில் தீ விபத்து ஏற்பட்டது.", "2024-08-04"),
    ("2024-08-05", "நேற்று முன்தினம் திருச்சியில் போராட்டம் நடந்தது.", "2024-08-03"),
    ("2024-08-05", "வெள்ளிக்கிழமையன்று ஆளுநர் உரையாற்றினார்.", "2024-08-02"),
    ("2024-08-05", "ஞாயிறன்று நடந்த தேர்தலில் 70 சதவீத வாக்குகள் பதிவாகின.", "2024-08-04"),
    ("2024-08-05", "வரும் திங்கள்கிழமை பள்ளிகள் திறக்கப்படும்.", "2024-08-12"),
    ("2024-08-05", "முதல்வர் புதன்கிழமை மதுரைக்குச் செல்வார்.", "2024-08-07"),  # future -வார்
    ("2024-08-05", "கடந்த ஜூலை 16-ஆம் தேதி இலங்கை கடற்படை மீனவர்களைக் கைது செய்தது.", "2024-07-16"),
    ("2024-08-05", "2023-ஆம் ஆண்டு டிசம்பர் 4-ஆம் தேதி சென்னையில் வெள்ளம் ஏற்பட்டது.", "2023-12-04"),
    ("2024-03-06", "மாநாடு அக்டோபர் 15-ஆம் தேதி நடைபெறும்.", "2024-10-15"),
    ("2024-08-05", "மூன்று நாட்களுக்கு முன்பு இந்த சம்பவம் நடந்தது.", "2024-08-02"),
    ("2024-08-05", "ஜூலையில் மேட்டூர் அணை திறக்கப்பட்டது.", "2024-07-01"),
])
def test_tamil_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "ta", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-08-05", "काठमाडौंमा हिजो भारी वर्षा भयो।", "2024-08-04"),
    ("2024-08-05", "हिजो राति धरानमा आगलागी भयो।", "2024-08-04"),
    ("2024-08-05", "अस्ति बुटवलमा प्रदर्शन भएको थियो।", "2024-08-03"),
    ("2024-08-05", "प्रधानमन्त्री बिहीबार दिल्ली प्रस्थान गर्नुभयो।", "2024-08-01"),
    ("2024-08-05", "आइतबार प्रतिनिधिसभाको बैठक बस्नेछ।", "2024-08-11"),  # future -नेछ
    ("2024-08-05", "गत शुक्रबार विराटनगरमा हड्ताल भयो।", "2024-08-02"),
    ("2024-08-05", "२५ अप्रिल २०१५ मा विनाशकारी भूकम्प गएको थियो।", "2015-04-25"),
    ("2024-08-05", "जुलाई १२ मा विमान दुर्घटना भएको थियो।", "2024-07-12"),
    ("2024-08-05", "तीन दिनअघि भूस्खलन भएको थियो।", "2024-08-02"),
    ("2024-08-05", "अर्को महिना निर्वाचन हुनेछ।", "2024-09-01"),
])
def test_nepali_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "ne", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-08-05", "پرون په کابل کې یوه چاودنه وشوه.", "2024-08-04"),
    ("2024-08-05", "تېره شپه په ننګرهار کې سیلابونه راغلل.", "2024-08-04"),
    ("2024-08-05", "د شنبې په ورځ په هرات کې زلزله وشوه.", "2024-08-03"),
    ("2024-08-05", "د دوشنبې په ورځ به د وزیرانو غونډه جوړه شي.", "2024-08-12"),  # "به": future
    ("2024-08-05", "د سه‌شنبې په ورځ غونډه وشوه.", "2024-07-30"),  # ZWNJ, not Saturday
    ("2024-08-05", "تیره اونۍ وزیر کابل ته راغی.", "2024-07-29"),  # week, not CLDR's Saturday
    ("2024-08-05", "د جولای په ۱۵مه په پېښور کې برید وشو.", "2024-07-15"),
    ("2024-08-05", "د ۱۴۰۳ کال د سرطان ۲۵مه په کابل کې غونډه وشوه.", "2024-07-15"),  # Solar Hijri
    ("2024-08-05", "درې ورځې وړاندې په خوست کې برید وشو.", "2024-08-02"),
    ("2024-08-05", "بشار اسد په ۲۰۲۴ کې له واکه ولوېد.", "2024-01-01"),  # Assad is no month here
])
def test_pashto_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "ps", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-08-05", "'Yan bindiga sun kai hari a Zamfara jiya.", "2024-08-04"),
    ("2024-08-05", "A daren jiya an yi ruwan sama a Kano.", "2024-08-04"),
    ("2024-08-05", "An gudanar da zanga-zanga a Abuja ranar Asabar.", "2024-08-03"),
    ("2024-08-05", "Majalisar dattawa za ta zauna ranar Talata.", "2024-08-06"),
    ("2024-08-05", "Shugaban ya yi jawabi ranar Juma'a da ta gabata.", "2024-08-02"),
    ("2024-08-05", "An kai harin ne ranar 15 ga watan Yuli, 2024.", "2024-07-15"),
    ("2024-08-05", "Za a gudanar da zaben ne ranar 15 ga watan Oktoba.", "2024-10-15"),
    ("2024-08-05", "Kwanaki uku da suka gabata 'yan sanda suka kama su.", "2024-08-02"),
    ("2024-08-05", "A bara farashin man fetur ya tashi.", "2023-01-01"),
])
def test_hausa_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "ha", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-08-05", "ትናንት በአዲስ አበባ ከባድ ዝናብ ጣለ።", "2024-08-04"),
    ("2024-08-05", "ከትናንት በስቲያ በመቀሌ ስብሰባ ተካሄደ።", "2024-08-03"),
    ("2024-08-05", "ነገ የፓርላማ ስብሰባ ይካሄዳል።", "2024-08-06"),
    ("2024-08-05", "በመጪው ሰኞ ትምህርት ቤቶች ይከፈታሉ።", "2024-08-12"),
    ("2024-08-05", "ባለፈው ዓርብ በሀዋሳ ፍንዳታ ደረሰ።", "2024-08-02"),
    ("2024-08-05", "ከ3 ቀናት በፊት በአፋር ጎርፍ ተከስቷል።", "2024-08-02"),
    ("2024-08-05", "እ.ኤ.አ. ጁላይ 15 ቀን 2024 ስምምነቱ ተፈረመ።", "2024-07-15"),
    ("2024-08-05", "እ.ኤ.አ. በ2020 የኮሮና ወረርሽኝ ተከሰተ።", "2020-01-01"),
])
def test_amharic_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "am", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-08-05", "पुण्यात काल मुसळधार पाऊस झाला.", "2024-08-04"),
    ("2024-08-05", "काल रात्री नाशिकमध्ये आग लागली.", "2024-08-04"),
    ("2024-08-05", "उद्या विधानसभेचे अधिवेशन सुरू होणार आहे.", "2024-08-06"),
    ("2024-08-05", "येत्या रविवारी मतदान होणार आहे.", "2024-08-11"),
    ("2024-08-05", "गेल्या शुक्रवारी कोल्हापुरात आंदोलन झाले.", "2024-08-02"),
    ("2024-08-05", "शनिवारी मंत्री पुण्याला जातील.", "2024-08-10"),  # future -तील
    ("2024-08-05", "२६ जुलै २००५ रोजी मुंबईत महापूर आला.", "2005-07-26"),
    ("2024-08-05", "३० जुलैला विधेयक मंजूर झाले.", "2024-07-30"),  # the case ending on the month
    ("2024-08-05", "२०१९ मध्ये विधानसभा निवडणूक झाली.", "2019-01-01"),
    ("2024-08-05", "तीन दिवसांपूर्वी ही घटना घडली.", "2024-08-02"),
])
def test_marathi_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "mr", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-08-05", "హైదరాబాద్‌లో నిన్న భారీ వర్షం కురిసింది.", "2024-08-04"),
    ("2024-08-05", "నిన్న రాత్రి వరంగల్‌లో అగ్ని ప్రమాదం జరిగింది.", "2024-08-04"),
    ("2024-08-05", "మొన్న గుంటూరులో ధర్నా జరిగింది.", "2024-08-03"),
    ("2024-08-05", "శుక్రవారంనాడు గవర్నర్ ప్రసంగించారు.", "2024-08-02"),
    ("2024-08-05", "వచ్చే ఆదివారం ఎన్నికలు జరగనున్నాయి.", "2024-08-11"),
    ("2024-08-05", "బుధవారం మంత్రి విశాఖకు వెళ్తారు.", "2024-08-07"),  # future -తారు
    ("2024-08-05", "జూలై 16న పోలీసులు నిందితుడిని అరెస్ట్ చేశారు.", "2024-07-16"),
    ("2024-08-05", "16 జూలై 2024న తీర్పు వెలువడింది.", "2024-07-16"),
    ("2024-08-05", "మూడు రోజుల క్రితం ఈ ఘటన జరిగింది.", "2024-08-02"),
    ("2024-08-05", "గత ఏడాది కరువు వచ్చింది.", "2023-01-01"),
])
def test_telugu_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "te", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2024-01-18", "Narva linnavolikogu otsustas eile, et sõjamälestised tuleb eemaldada.", "2024-01-17"),
    ("2024-01-18", "Kaitseminister Hanno Pevkur kohtus teisipäeval Tallinnas kolleegidega.", "2024-01-16"),
    ("2024-09-03", "Venemaa korraldas esmaspäeva öösel massiivse rünnaku Kiievile.", "2024-09-02"),
    ("2024-09-03", "Eesti valitsus otsustas neljapäeval saata Ukrainale uue abipaketi.", "2024-08-29"),
    ("2023-10-10", "Toru kahjustus avastati pühapäeval Paldiski lähedal.", "2023-10-08"),
    ("2024-08-05", "Valitsus otsustas 5. märtsil saata abi.", "2024-03-05"),  # the month's adessive
    ("2024-08-05", "Leping allkirjastati 12. mail 2023. aastal Tallinnas.", "2023-05-12"),
    ("2024-08-05", "Märtsis kasvas inflatsioon.", "2024-03-01"),  # inessive: in March
    ("2024-08-05", "Märtsi lõpus saabusid sõdurid Tapale.", "2024-03-01"),
    ("2024-08-05", "Valimised toimusid 2019. aastal.", "2019-01-01"),
    ("2024-08-05", "Eelmisel reedel kohtusid ministrid Tartus.", "2024-08-02"),
    ("2024-08-05", "Järgmisel reedel kohtuvad ministrid Tartus.", "2024-08-09"),
    ("2024-08-05", "Neljapäeval toimub Tallinnas kohtumine.", "2024-08-08"),  # "toimub": takes place, to come
    ("2024-08-05", "Üleeile toimus Narvas miiting.", "2024-08-03"),
    ("2024-08-05", "Kolm päeva tagasi hukkus Harkivis kaks inimest.", "2024-08-02"),
    ("2024-08-05", "Möödunud nädalal külastas ta Kiievit.", "2024-07-29"),
    ("2024-08-05", "Mullu kasvas majandus.", "2023-01-01"),
    ("2024-08-05", "Nädalavahetusel toimus Pärnus festival.", "2024-08-03"),
])
def test_estonian_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "et", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2023-05-30", "Kryeministri Albin Kurti deklaroi dje në Prishtinë se nuk do të tërhiqen.", "2023-05-29"),
    ("2023-05-30", "Të hënën në Zveçan u plagosën më shumë se 30 ushtarë.", "2023-05-29"),
    ("2023-09-25", "Një polic i Kosovës u vra të dielën në fshatin Banjskë.", "2023-09-24"),
    ("2024-08-21", "Ministri Igli Hasani vizitoi të martën Odesën.", "2024-08-20"),
    ("2024-03-15", "Banka e Shqipërisë njoftoi të enjten se inflacioni ra.", "2024-03-14"),
    ("2024-08-05", "Sot qeveria miratoi buxhetin.", "2024-08-05"),
    ("2024-08-05", "Pardje në Prizren u mbajt një protestë.", "2024-08-03"),
    ("2024-08-05", "Javën e kaluar ministri vizitoi Shkupin.", "2024-07-29"),
    ("2024-08-05", "Të hënën e kaluar ministri vizitoi Shkupin.", "2024-07-29"),
    ("2024-08-07", "Ministri do të vizitojë Shkupin të hënën.", "2024-08-12"),  # "do të": the future
    ("2024-08-07", "Këtë të premte ministri takon homologun.", "2024-08-09"),
    ("2024-08-05", "Marrëveshja u nënshkrua më 5 mars në Tiranë.", "2024-03-05"),
    ("2024-08-05", "Marrëveshja u nënshkrua më 5 mars 2023 në Tiranë.", "2023-03-05"),
    ("2024-08-05", "Në mars inflacioni u rrit.", "2024-03-01"),
    ("2024-08-05", "Në fund të marsit u mbajt takimi.", "2024-03-01"),
    ("2024-08-05", "Zgjedhjet u mbajtën në vitin 2021.", "2021-01-01"),
    ("2024-08-05", "Para tri ditësh u vranë dy persona në Mitrovicë.", "2024-08-02"),
    ("2024-08-05", "Vitin e kaluar ekonomia u rrit.", "2023-01-01"),
])
def test_albanian_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "sq", D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,sentence", [
    ("ta", "உயிரிழப்பு எண்ணிக்கை 16 ஆக உயர்ந்தது."),  # "rose to 16", not 16 August
    ("ta", "தங்கம், வெள்ளி விலை உயர்ந்தது."),  # silver, not Friday
    ("ne", "२०८१ सालमा नयाँ बजेट आयो।"),  # a Bikram Sambat year, not 2081
    ("ne", "हिजोआज बजारमा महँगी बढेको छ।"),  # nowadays
    ("ha", "Almajirai suna yin bara a tituna."),  # begging, not last year
    ("ha", "Tun shekarar 2009 Boko Haram ke kai hare-hare."),  # since: a state, not an event
    ("am", "በ2016 ዓ.ም. ምርጫ ተካሄደ።"),  # an Ethiopian-calendar year
    ("ps", "د تورم میزان ۱۰ سلنه ته ورسېد."),  # level, not the month Mizan
    ("mr", "आजकाल बाजारात महागाई वाढली आहे."),  # nowadays
    ("sq", "Ai u dënua me 10 vjet burg."),  # "vjet": years, not last year
    ("sq", "Planeti Mars është i kuq."),  # the planet, not March
    ("sq", "Shqipëria ka dërguar ndihma në Ukrainë që nga viti 2022."),  # since: a state, not an event
    ("et", "Alates 1. jaanuarist kehtib uus seadus."),
])
def test_new_languages_words_that_are_not_dates(lang, sentence):
    assert dates.event_dates([sentence], lang, D("2024-08-05"))[0] is None


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # A weekday opening its sentence, then the clause's future verb: the coming day (not after "he said").
    ("ru", "2020-10-07", "В понедельник Лавров проведет переговоры в Женеве.", "2020-10-12"),
    ("ru", "2020-10-07", "Во вторник Лавров провел переговоры в Женеве.", "2020-10-06"),
    ("fr", "2020-10-07", "Lundi, le président se rendra à Moscou.", "2020-10-12"),
    ("de", "2020-10-07", "Am Montag werden sich die Außenminister in Genf treffen.", "2020-10-12"),
    ("en", "2020-10-07", "On Monday, Blinken will travel to Cairo.", "2020-10-12"),
    ("en", "2020-10-07", "On Monday he said he would travel to Cairo.", "2020-10-05"),
    ("pl", "2024-03-02", "W poniedziałek Zełenski odwiedzi Turcję.", "2024-03-04"),
    # Scheduling words make a yearless date the coming one.
    ("en", "2020-10-07", "The U.S. election is set for Nov. 3.", "2020-11-03"),
    ("en", "2020-10-07", "Talks are scheduled for Monday.", "2020-10-12"),
    ("ru", "2020-10-07", "Выборы назначены на 3 ноября.", "2020-11-03"),
    ("de", "2020-10-07", "Die Wahl findet am 3. November statt.", "2020-11-03"),
    ("zh", "2020-10-07", "大选定于11月3日举行。", "2020-11-03"),
    # "This Sunday" is the nearest Sunday, before or after publication (Brazilian and Spanish press).
    ("pt", "2020-10-05", "Bolsonaro participou neste domingo de um ato em Brasília.", "2020-10-04"),
    ("pt", "2024-08-07", "O presidente viaja nesta sexta-feira para Lisboa.", "2024-08-09"),
    # A range: the first day.
    ("en", "2020-10-07", "Talks were held from 3 to 5 October.", "2020-10-03"),
    ("en", "2020-10-07", "Fighting raged between 3 and 5 October.", "2020-10-03"),
    ("ru", "2020-10-07", "Переговоры прошли с 3 по 5 октября.", "2020-10-03"),
    ("de", "2020-10-07", "Die Gespräche fanden vom 3. bis 5. Oktober statt.", "2020-10-03"),
    ("en", "2020-10-07", "It rained on 5 October.", "2020-10-05"),
])
def test_coming_weekdays_scheduled_dates_this_weekday_and_ranges(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("text,lang,published,expected", [
    # A live blog heads each day's entries with a line that is only a date: an entry without a date of its own
    # happened that day, not on the day of publication (nor the later day of the blog's first heading).
    ("Live: the war\nTuesday 7 November 2023\n09:10 – Strikes hit Khan Younis.\nMonday 6 November 2023\n"
     "22:30 – Guterres said Gaza is becoming a graveyard.\n21:05 – The Rafah crossing reopened, officials in "
     "Cairo said.", "en", "2023-11-07",
     {"Khan Younis": "2023-11-07", "Gaza": "2023-11-06", "Rafah": "2023-11-06", "Cairo": "2023-11-06"}),
    ("Онлайн\n19 липня\n23:50 — В Одесі пролунали вибухи.\n14:10 — Удар по Чорноморську.", "uk", "2024-07-20",
     {"Одесі": "2024-07-19", "Чорноморську": "2024-07-19"}),
    # A date in a sentence of a paragraph heads nothing.
    ("Kherson was shelled. 6 November 2023. Odesa was calm.", "en", "2023-11-07", {"Odesa": "2023-11-07"}),
    # a heading with its weekday in brackets, as Japanese writes it
    ("能登半島地震 速報\n2024年1月2日（火）\n10:00 東京で事故。\n2024年1月1日（月）\n16:10 石川県で地震。", "ja",
     "2024-01-03", {"東京": "2024-01-02", "石川県": "2024-01-01"}),
    # "yesterday", "this afternoon" in an entry count from its day heading, not from publication
    ("Live\nSunday 5 November 2023\n22:30 — Tens of thousands marched in Washington yesterday.\n"
     "Monday 6 November 2023\n09:15 — Hezbollah fired rockets at Haifa this afternoon.", "en", "2023-11-07",
     {"Washington": "2023-11-04", "Haifa": "2023-11-06"}),
    # A timeline's line opens with its date: the line's later sentences happened then too (not the next line's)
    ("Timeline\nFeb. 24, 2022 — Russia invades Ukraine. Missiles hit Kyiv and Odesa.\nBucha was retaken later.",
     "en", "2024-02-24", {"Kyiv": "2022-02-24", "Odesa": "2022-02-24", "Bucha": "2024-02-24"}),
    # ... and so does a live thread's entry that opens with its day and clock time: "tomorrow" counts from it
    ("KARABAKH LIVE THREAD — Sep 19, 2023\n\n21:00 — Protests in Yerevan.\n\nSep 20, 13:00 — Ceasefire announced. "
     "Talks to be held tomorrow in Yevlakh.", "en", "2023-09-19", {"Yerevan": "2023-09-19", "Yevlakh": "2023-09-21"}),
    # A headline without a date tells the lead's news: its day, past a byline ...
    ("Militants attack army camp in Marawi\nBy Jane Doe\n\nMANILA, Dec 4 (Reuters) - Militants attacked a camp "
     "near Iligan on Sunday, officials said.", "en", "2023-12-04", {"Marawi": "2023-12-03", "Iligan": "2023-12-03"}),
    ("Séisme au Maroc : les villages du Haut Atlas attendent\n\nRABAT, 10 septembre (AFP) - Le séisme de vendredi "
     "soir a fait plus de 2 000 morts à Marrakech et dans la région.", "fr", "2023-09-10",
     {"Maroc": "2023-09-08", "Marrakech": "2023-09-08"}),
    # ... not a day years back, which is the lead's background ...
    ("Veterans return to Normandy\n\nBAYEUX, June 6 (Reuters) - Eighty years after the Allies landed on 6 June "
     "1944, veterans gathered in Bayeux.", "en", "2024-06-06", {"Normandy": "2024-06-06"}),
    # ... and a lead sentence on its own line is no headline, and a lead without a day leaves it undated
    ("KARVACHAR - Residents of Kalbajar are leaving their homes.\nA day earlier, buses left Stepanakert.", "en",
     "2020-11-14", {"Kalbajar": "2020-11-14", "Stepanakert": "2020-11-13"}),
    ("Floods hit Queensland\n\nResidents of Brisbane are cleaning up as more rain is forecast.", "en", "2024-02-08",
     {"Queensland": "2024-02-08", "Brisbane": "2024-02-08"}),
])
def test_a_live_blogs_day_headings_date_their_entries(text, lang, published, expected):
    from geodata.model import Article
    from geodata.pipeline import parse_article

    parsed = parse_article(Article(text, language=lang, published=D(published)))
    got = {m.text: m.event.date.isoformat() for m in parsed.mentions if m.text in expected}
    assert got == expected


# -- Thai, Khmer and Burmese: written without spaces between words, so date words touch the words around them
# ("glued", like Chinese), native digits, Thai Buddhist-era years. Publication: Wednesday 7 October 2020.


@pytest.mark.parametrize("published,sentence,expected", [
    ("2020-10-07", "เมื่อวานนี้ เกิดเหตุระเบิดที่จังหวัดนราธิวาส", "2020-10-06"),
    ("2020-10-07", "เมื่อคืนนี้ มีฝนตกหนักในกรุงเทพฯ", "2020-10-06"),
    ("2020-10-07", "วันนี้ นายกรัฐมนตรีเดินทางไปเชียงใหม่", "2020-10-07"),
    ("2020-10-07", "ตำรวจจับกุมผู้ต้องหาเมื่อวันอังคาร", "2020-10-06"),  # glued to the words on both sides
    ("2020-10-07", "ผู้ประท้วงชุมนุมเมื่อวันพุธ", "2020-09-30"),  # "เมื่อ": a past Wednesday, not today
    ("2020-10-07", "วันจันทร์ที่ผ่านมา มีการประท้วงที่ขอนแก่น", "2020-10-05"),
    ("2020-10-07", "การประชุมจะจัดขึ้นในวันศุกร์ที่กรุงเทพฯ", "2020-10-09"),  # scheduled: the coming Friday
    ("2020-10-07", "นายกฯ กล่าวเมื่อวันจันทร์ว่าจะเดินทางไปญี่ปุ่น", "2020-10-05"),  # "จะ" after it: said on Monday
    ("2020-10-07", "เหตุการณ์เกิดขึ้นเมื่อวันที่ 4 ต.ค. 2563 ที่จังหวัดภูเก็ต", "2020-10-04"),  # Buddhist era
    ("2020-10-07", "เกิดแผ่นดินไหวเมื่อ 4 ต.ค. 63 ที่เชียงราย", "2020-10-04"),  # two-digit Buddhist-era year
    ("2020-10-07", "การเลือกตั้งจัดขึ้นเมื่อ 24 มีนาคม พ.ศ. 2562", "2019-03-24"),
    ("2020-10-07", "เมื่อวันที่ ๔ ตุลาคม ๒๕๖๓ เกิดเหตุที่ยะลา", "2020-10-04"),  # Thai digits
    ("2020-10-07", "วันอังคารที่ 6 ต.ค. 2563 ครม. อนุมัติงบประมาณ", "2020-10-06"),
    ("2020-10-07", "การชุมนุมครั้งใหญ่มีกำหนดจัดขึ้นในวันที่ 14 ต.ค.", "2020-10-14"),
    ("2020-10-07", "เหตุเกิดเมื่อวันที่ 5/10/63", "2020-10-05"),
    ("2020-10-07", "รัฐธรรมนูญประกาศใช้ในปี พ.ศ. 2560", "2017-01-01"),
    ("2020-10-07", "เมื่อ 3 วันก่อน เกิดไฟไหม้ที่ตลาด", "2020-10-04"),
    ("2020-10-07", "สามวันก่อน เกิดไฟไหม้ที่ตลาด", "2020-10-04"),
    ("2020-10-07", "เมื่อสัปดาห์ที่แล้ว มีการชุมนุมที่สนามหลวง", "2020-09-28"),
    ("2020-10-07", "ในเดือนกันยายน มีผู้ติดเชื้อเพิ่มขึ้น", "2020-09-01"),
])
def test_thai_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "th", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2020-10-07", "កាលពីម្សិលមិញ មានគ្រោះថ្នាក់ចរាចរណ៍នៅខេត្តកំពត", "2020-10-06"),
    ("2020-10-07", "ថ្ងៃនេះ នាយករដ្ឋមន្ត្រីបានអញ្ជើញទៅខេត្តសៀមរាប", "2020-10-07"),
    ("2020-10-07", "កាលពីយប់មិញ មានភ្លៀងធ្លាក់ខ្លាំងនៅភ្នំពេញ", "2020-10-06"),
    ("2020-10-07", "ប៉ូលិសបានចាប់ខ្លួនជនសង្ស័យកាលពីថ្ងៃអង្គារ", "2020-10-06"),
    ("2020-10-07", "ការប្រជុំនឹងធ្វើឡើងនៅថ្ងៃសុក្រ នៅទីក្រុងភ្នំពេញ", "2020-10-09"),
    ("2020-10-07", "ថ្ងៃច័ន្ទខាងមុខ រដ្ឋមន្ត្រីនឹងធ្វើដំណើរទៅប៉េកាំង", "2020-10-12"),
    ("2020-10-07", "កាលពីថ្ងៃទី៤ ខែតុលា ឆ្នាំ២០២០ មានទឹកជំនន់នៅបាត់ដំបង", "2020-10-04"),  # Khmer digits
    ("2020-10-07", "ថ្ងៃទី ៤ ខែ តុលា ឆ្នាំ ២០២០ មានទឹកជំនន់", "2020-10-04"),
    ("2020-10-07", "កាលពីថ្ងៃទី០៤ ខែ១០ ឆ្នាំ២០២០ មានការប្រជុំ", "2020-10-04"),  # the month by its number
    ("2020-10-07", "ថ្ងៃអង្គារ ទី៦ ខែតុលា ឆ្នាំ២០២០ រដ្ឋសភាបានអនុម័តច្បាប់", "2020-10-06"),
    ("2020-10-07", "ក្នុងខែកញ្ញា មានអ្នកឆ្លងជំងឺកើនឡើង", "2020-09-01"),
    ("2020-10-07", "កាលពី៣ថ្ងៃមុន មានអគ្គិភ័យនៅផ្សារ", "2020-10-04"),
    ("2020-10-07", "កាលពីសប្តាហ៍មុន មានការតវ៉ានៅភ្នំពេញ", "2020-09-28"),
    ("2020-10-07", "នៅឆ្នាំ២០១៨ មានការបោះឆ្នោតសកល", "2018-01-01"),
])
def test_khmer_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "km", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    ("2020-10-07", "မနေ့က ရန်ကုန်တွင် မီးလောင်မှု ဖြစ်ပွားခဲ့သည်။", "2020-10-06"),
    ("2020-10-07", "ယနေ့ နေပြည်တော်တွင် အစည်းအဝေး ကျင်းပခဲ့သည်။", "2020-10-07"),
    ("2020-10-07", "မနေ့ညက မန္တလေးတွင် မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်။", "2020-10-06"),
    ("2020-10-07", "တနင်္လာနေ့က ရခိုင်ပြည်နယ်တွင် တိုက်ပွဲဖြစ်ပွားခဲ့သည်။", "2020-10-05"),
    ("2020-10-07", "အင်္ဂါနေ့တွင် လွှတ်တော်အစည်းအဝေး ကျင်းပမည်ဖြစ်သည်။", "2020-10-13"),  # future ending
    ("2020-10-07", "အင်္ဂါနေ့တွင် လွှတ်တော်အစည်းအဝေး ကျင်းပခဲ့သည်။", "2020-10-06"),
    ("2020-10-07", "ဝန်ကြီးချုပ်က တနင်္လာနေ့က ပြောကြားရာတွင် အစည်းအဝေး ကျင်းပမည်ဟု ဆိုသည်။", "2020-10-05"),
    ("2020-10-07", "လာမည့် တနင်္လာနေ့တွင် ဝန်ကြီးချုပ် တရုတ်သို့ သွားမည်။", "2020-10-12"),
    ("2020-10-07", "အောက်တိုဘာ ၄ ရက်က မြစ်ကြီးနားတွင် ရေကြီးခဲ့သည်။", "2020-10-04"),  # Myanmar digits
    ("2020-10-07", "၂၀၂၀ ပြည့်နှစ် အောက်တိုဘာလ ၄ ရက်နေ့တွင် ကော်မရှင်က ကြေညာခဲ့သည်။", "2020-10-04"),
    ("2020-10-07", "ရွေးကောက်ပွဲကို နိုဝင်ဘာ ၈ ရက်တွင် ကျင်းပမည်ဖြစ်သည်။", "2020-11-08"),
    ("2020-10-07", "မေလ ၁၅ ရက်တွင် အစည်းအဝေး ကျင်းပခဲ့သည်။", "2020-05-15"),
    ("2020-10-07", "၂၀၁၅ ခုနှစ်တွင် ရွေးကောက်ပွဲ ကျင်းပခဲ့သည်။", "2015-01-01"),
    ("2020-10-07", "လွန်ခဲ့သည့် ၃ ရက်က ငလျင်လှုပ်ခဲ့သည်။", "2020-10-04"),
    ("2020-10-07", "ယမန်နှစ်က စီးပွားရေး ကျဆင်းခဲ့သည်။", "2019-01-01"),
])
def test_burmese_event_dates(published, sentence, expected):
    assert dates.event_dates([sentence], "my", D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,sentence", [
    ("th", "ทุกวันนี้ ค่าครองชีพสูงขึ้นมาก"),  # nowadays
    ("th", "ดวงจันทร์สว่างมาก"),  # the moon, not Monday
    ("th", "สำนักงาน ก.พ. ประกาศรับสมัครงาน"),  # the Civil Service Commission, not February
    ("th", "ประชาชน 2563 คนลงทะเบียน"),  # a count, not a year
    ("th", "ตั้งแต่วันที่ 1 ต.ค. 2563 มีการบังคับใช้กฎหมายใหม่"),  # since: a state, not an event
    ("km", "តុលាការបានកាត់ទោសជនជាប់ចោទ"),  # the court, not October
    ("km", "ព្រះអាទិត្យរះនៅខាងកើត"),  # the sun, not Sunday
    ("km", "សព្វថ្ងៃនេះ តម្លៃទំនិញឡើងខ្លាំង"),  # nowadays
    ("my", "သူက မေးခွန်းများ မေးခဲ့သည်။"),  # to ask, not May: a vowel sign continues the syllable
    ("my", "ဇွန်းဖြင့် စားသည်။"),  # a spoon, not June
    ("my", "မတ်တပ်ရပ်၍ ဂုဏ်ပြုခဲ့သည်။"),  # standing, not March
    ("my", "ယခုလက်ရှိ အခြေအနေ တည်ငြိမ်သည်။"),  # currently, not this month
])
def test_thai_khmer_burmese_words_that_are_not_dates(lang, sentence):
    assert dates.event_dates([sentence], lang, D("2020-10-07"))[0] is None


def test_buddhist_era_years_only_where_the_language_writes_them():
    pub = D("2020-10-07")
    assert dates.event_dates(["ปี 2475 มีการเปลี่ยนแปลงการปกครอง"], "th", pub)[0].date == D("1932-01-01")
    assert dates.event_dates(["ในปี ค.ศ. 2020 เกิดโรคระบาด"], "th", pub)[0].date == D("2020-01-01")  # CE too
    assert dates.event_dates(["ในปี 2800 จะมีการเปลี่ยนแปลง"], "th", pub) == [None]  # beyond the era range
    assert dates.event_dates(["The lease runs until 2563."], "en", pub) == [None]
    got = dates.publication_date("เผยแพร่: 4 ต.ค. 2563 10:15 น.\nเกิดเหตุระเบิดเมื่อวันอังคาร", "th")
    assert got is not None and got.date == D("2020-10-04")


def test_thai_abbreviated_months_do_not_end_a_sentence():
    from geodata.sentences import split

    text = "เหตุเกิดเมื่อวันที่ 4 ต.ค. 2563 ที่ภูเก็ต ปี พ.ศ. 2563"
    assert [text[a:b] for a, b in split(text)] == [text]


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # Treating Thai, Khmer and Burmese letters as glued changes nothing for Chinese, Japanese, Korean or English.
    ("zh", "2023-03-15", "哈尔科夫周六遭到炮击。", "2023-03-11"),
    ("zh", "2023-03-12", "俄军3月10日炮击了哈尔科夫。", "2023-03-10"),
    ("ja", "2023-05-21", "ロシア国防省は20日、バフムトを制圧したと発表した。", "2023-05-20"),
    ("ko", "2023-03-15", "하르키우가 토요일에 포격을 받았다.", "2023-03-11"),
    ("en", "2020-10-04", "Azerbaijan said on Friday that its forces had taken the village.", "2020-10-02"),
    ("en", "2020-10-04", "Fighting broke out on 27 September along the line of contact.", "2020-09-27"),
    ("en", "2020-10-07", "On Monday, Blinken will travel to Cairo.", "2020-10-12"),
])
def test_glued_southeast_asian_scripts_leave_other_languages_alone(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("text,lang,published,expected", [
    # A sentence that dates several events dates each name by its own clause's date.
    ("Oil prices spiked in 1990 after Iraq invaded Kuwait, and again in 2022 after Russia invaded Ukraine.", "en",
     "2024-03-06", {"Kuwait": "1990-01-01", "Ukraine": "2022-01-01"}),
    ("Russia annexed Crimea in 2014 and launched its full-scale invasion in February 2022.", "en", "2024-03-06",
     {"Crimea": "2014-01-01"}),
    ("Il G8 si è riunito a Genova nel 2001 e a L'Aquila nel 2009.", "it", "2024-03-06",
     {"Genova": "2001-01-01", "L'Aquila": "2009-01-01"}),
    ("В воскресенье Армения ввела военное положение, а в понедельник Азербайджан объявил мобилизацию.", "ru",
     "2020-09-29", {"Армения": "2020-09-27", "Азербайджан": "2020-09-28"}),
    ("The ministry said on Wednesday that Armenian forces had shelled Ganja on Tuesday night.", "en", "2020-10-07",
     {"Ganja": "2020-10-06"}),
    # "A week later" counts from another date already: it does not compete ("am 10. Oktober in Moskau").
    ("Die am 10. Oktober in Moskau vereinbarte Feuerpause brach wie eine zweite Waffenruhe eine Woche später.",
     "de", "2020-10-30", {"Moskau": "2020-10-10"}),
])
def test_each_clause_dates_its_own_places(text, lang, published, expected):
    from geodata.model import Article
    from geodata.pipeline import parse_article

    parsed = parse_article(Article(text, language=lang, published=D(published)))
    got = {m.text: m.event.date.isoformat() for m in parsed.mentions if m.text in expected}
    assert got == expected


@pytest.mark.parametrize("text,lang,expected", [
    # A side clause's date (a relative clause, a participle, "a day after") dates only the names in it: the
    # main clause's names keep the main clause's date, here the publication date (2025-06-10, a Tuesday).
    ("In Taldykorgan, crowds toppled a statue of Nazarbayev, who ruled until 2019.", "en",
     {"Taldykorgan": "2025-06-10"}),
    ("Egypt and Ethiopia both have troops in Somalia, which signed a pact last year.", "en",
     {"Egypt": "2025-06-10", "Somalia": "2025-06-10"}),
    ("O PCC, fundado em 1993, tem presença no Paraguai e na Bolívia.", "pt",
     {"Paraguai": "2025-06-10", "Bolívia": "2025-06-10"}),
    ("Segundo o governo, a operação, iniciada em 2023, reduziu o garimpo em Roraima.", "pt", {"Roraima": "2025-06-10"}),
    ("Las protestas, que comenzaron en septiembre, se han extendido a Arequipa, Cusco y Puno.", "es",
     {"Arequipa": "2025-06-10", "Puno": "2025-06-10"}),
    ("Байконур, носивший до 1995 года название Ленинск, арендуется Россией у Казахстана до 2050 года.", "ru",
     {"Байконур": "2025-06-10", "Ленинск": "1995-01-01", "Казахстана": "2025-06-10"}),
    ("Nazarbayev ruled Kazakhstan until 2019.", "en", {"Kazakhstan": "2025-06-10"}),
    ("The shoal, known locally as Ayungin, hosts a Philippine outpost on a ship grounded in 1999.", "en",
     {"Ayungin": "2025-06-10"}),
    ("A ship grounded in 1999 near Palawan.", "en", {"Palawan": "1999-01-01"}),  # a main clause: no side
    ("C'est le séisme le plus meurtrier au Maroc depuis celui d'Agadir en 1960.", "fr",
     {"Maroc": "2025-06-10", "Agadir": "1960-01-01"}),
    ("Esad rejiminin 8 Aralık'ta devrilmesinin ardından Şam'da yeni hükümet kuruldu.", "tr", {"Şam": "2025-06-10"}),
    ("Die Feuerwehr von Dresden, die 2002 das Hochwasser bekämpfte, half am Montag in Leipzig.", "de",
     {"Dresden": "2025-06-09", "Leipzig": "2025-06-09"}),
    # "a day after": the side clause happened the day before the main one.
    ("Kyrgyzstan accused Tajikistan on Friday of shelling Batken, a day after border guards exchanged fire near "
     "Vorukh.", "en", {"Batken": "2025-06-06", "Vorukh": "2025-06-05"}),
    # The main clause's own date still dates its names; a side clause's recent day is no background.
    ("On Monday, crowds in Almaty toppled a statue of Nazarbayev, who ruled until 2019.", "en",
     {"Almaty": "2025-06-09"}),
    ("Missiles hit Odesa, which was shelled again on Sunday.", "en", {"Odesa": "2025-06-08"}),
    # a relative clause inside an appositive between commas ("a former coup leader who ..."), and "where"
    ("Rabuka, a former coup leader who won office in December, has signalled a tilt back to Australia.", "en",
     {"Australia": "2025-06-10"}),
    ("In Majdal Shams, the Druze town on the Golan where 12 children were killed in July, residents watched.",
     "en", {"Majdal Shams": "2025-06-10"}),
    ("Troops returned to Kherson, where fighting raged in March.", "en", {"Kherson": "2025-06-10"}),
    ("Rabuka, un ancien putschiste qui a pris ses fonctions en décembre, s'est tourné vers l'Australie.", "fr",
     {"Australie": "2025-06-10"}),
    ("El ministro, un exgeneral quien dirigió el ejército en 2010, visitó Bogotá.", "es", {"Bogotá": "2025-06-10"}),
    ("وتلاحق أنقرة عناصر الحزب في دهوك، رغم إعلان الحزب حل نفسه في أيار الماضي.", "ar", {"دهوك": "2025-06-10"}),
    # ... not without the closing comma (the clause may run on into the main one), nor a main clause's month
    ("In Majdal Shams, the Druze town where protests began was shelled in March.", "en",
     {"Majdal Shams": "2025-03-01"}),
    ("In March, the town where protests began was shelled near Kherson.", "en", {"Kherson": "2025-03-01"}),
    ("Israeli troops entered Rafah in May, the army said.", "en", {"Rafah": "2025-05-01"}),
    ("Il sindaco di Milano, eletto nel 2021, ha visitato Roma lunedì.", "it", {"Milano": "2025-06-09"}),
    ("Η Αθήνα και η Μαδρίτη δεν αναγνωρίζουν την ανεξαρτησία, την οποία ανακήρυξε η Πρίστινα το 2008.", "el",
     {"Αθήνα": "2025-06-10", "Μαδρίτη": "2025-06-10", "Πρίστινα": "2008-01-01"}),
    # "since" starts a state that still holds, no event: Vietnamese "từ năm"
    ("Trung Quốc chiếm đóng quần đảo Hoàng Sa từ năm 1974 và bồi đắp tại quần đảo Trường Sa.", "vi",
     {"quần đảo Hoàng Sa": "2025-06-10", "quần đảo Trường Sa": "2025-06-10"}),
])
def test_side_clause_dates_only_its_own_places(text, lang, expected):
    from geodata.model import Article
    from geodata.pipeline import parse_article

    parsed = parse_article(Article(text, language=lang, published=D("2025-06-10")))
    got = {m.text: m.event.date.isoformat() for m in parsed.mentions if m.text in expected}
    assert got == expected


@pytest.mark.parametrize("sentence,expected", [
    # German capitalises nouns: a bare year before a word in lower case is a year, before a noun a count.
    ("2014 annektierte Russland die Krim.", "2014-01-01"),
    ("Russland annektierte 2014 die Krim.", "2014-01-01"),
    ("Mit 2014 Stimmen gewann er.", None),
])
def test_german_bare_years(sentence, expected):
    got = dates.event_dates([sentence], "de", D("2024-03-06"))[0]
    assert (got.date.isoformat() if got else None) == expected


# -- A dateline a day before the metadata date is the reference: wire copy dated "7 février" and published on
# the 8th says "hier" of the 6th. Further apart, or the same day, the metadata date stays the reference.


@pytest.mark.parametrize("text,lang,published,expected", [
    ("KINSHASA, 7 février (AFP) - Le gouvernement a annoncé hier la reprise de Goma.", "fr", "2024-02-08",
     {"KINSHASA": "2024-02-07", "Goma": "2024-02-06"}),
    ("KINSHASA, Feb 7 (Reuters) - The army said yesterday it had retaken Goma.", "en", "2024-02-08",
     {"KINSHASA": "2024-02-07", "Goma": "2024-02-06"}),
    ("KYIV, Dec 31 (Reuters) - Drones struck Kharkiv yesterday.", "en", "2025-01-01",
     {"KYIV": "2024-12-31", "Kharkiv": "2024-12-30"}),
    # a month away: the metadata date stays (the stamp may be an old story's)
    ("KYIV, March 3 (Reuters) - Drones struck Kharkiv yesterday.", "en", "2024-04-08",
     {"KYIV": "2024-04-08", "Kharkiv": "2024-04-07"}),
])
def test_a_dateline_before_the_metadata_date_is_the_reference(text, lang, published, expected):
    from geodata.model import Article
    from geodata.pipeline import parse_article

    parsed = parse_article(Article(text, language=lang, published=D(published)))
    assert {m.text: m.event.date.isoformat() for m in parsed.mentions} == expected
    assert parsed.published == D(published)  # the article's date itself is not changed


@pytest.mark.parametrize("lang,sentence,expected", [
    # Spanish and Portuguese weekdays are written in lower case: "Domingo" mid-sentence is a name
    ("pt", "Os brasileiros serão levados para Santo Domingo, na República Dominicana.", None),
    ("es", "El alcalde Domingo Pérez dijo que los ataques continuaron.", None),
    ("es", "El domingo hubo nuevos ataques.", "2024-03-10"),
    ("pt", "Domingo, 10 de março, houve ataques.", "2024-03-10"),
    ("it", "La ministra Domenica Rossi ha parlato a Roma.", None),
])
def test_a_capitalised_weekday_inside_a_sentence_is_a_name(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-03-14"))[0]
    assert (got.date.isoformat() if got else None) == expected


@pytest.mark.parametrize("lang,sentence,expected", [
    # "hh.mm" is a clock time where minutes cannot be a month, or beside a time zone or an "at"
    ("es", "Hacia las 15.30 hora local (12.30 GMT) Israel atacó Beirut.", None),
    ("ru", "Удар нанесён около 03.10 мск.", None),
    ("ru", "Взрыв произошёл в 11.05 в Москве.", None),
    ("de", "Der Angriff begann um 09.30 Uhr in Kiew.", None),
    ("de", "Am 15.3. wurde Kiew angegriffen.", "2024-03-15"),
])
def test_clock_times_are_no_dates(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-09-17"))[0]
    assert (got.date.isoformat() if got else None) == expected


@pytest.mark.parametrize("lang,sentence,expected", [
    # Where decimals take a point (CLDR), "1.2" after a preposition is a number; a weekday or a bracket dates it
    ("en", "Waves of up to 1.2 metres hit Fiji.", None),
    ("en", "Inflation in Fiji rose to 3.5 in March.", "2024-03-01"),
    ("en", "Riots broke out in Suva on Monday 12.3.", "2024-03-12"),
    ("ms", "Ombak setinggi sehingga 1.2 meter melanda Fiji.", None),
    # ... and a share is never a date
    ("ru", "Инфляция в Москве выросла до 7.4% за год.", None),
    # Languages that write decimals with a comma date so after a preposition, and the Hebrew press does too
    ("ru", "Митинг в Москве перенесли на 12.03.", "2024-03-12"),
    ("he", "ההפגנה בתל אביב נערכה ב-16.7 בערב.", "2024-07-16"),
])
def test_a_decimal_number_is_no_day_and_month(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-09-17"))[0]
    assert (got.date.isoformat() if got else None) == expected


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # A future verb and the weekday of publication: that very day ("next Sunday" would say "prochain")
    ("fr", "2024-02-18", "Le Conseil de sécurité se réunira dimanche à New York.", "2024-02-18"),
    ("ru", "2024-04-14", "СБ ООН проведет заседание в воскресенье вечером.", "2024-04-14"),
    ("de", "2024-05-07", "Blinken soll an diesem Dienstag nach Kairo reisen.", "2024-05-07"),
    ("fr", "2024-02-18", "Le Conseil de sécurité se réunira dimanche prochain.", "2024-02-25"),
    ("en", "2024-09-24", "The council will meet on Sunday in New York.", "2024-09-29"),
    # "from Monday" looks ahead
    ("fr", "2024-02-18", "Les patrouilles commenceront à partir de lundi.", "2024-02-19"),
    ("de", "2024-05-07", "Ab Montag gilt die neue Regel.", "2024-05-13"),
])
def test_a_future_weekday_may_be_the_day_of_publication(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Talks were held in Dar es Salaam, Tanzania, last November.", ("2023-11-01", "month")),
    ("en", "Elections are due next March.", ("2025-03-01", "month")),
    ("en", "The attack happened in March last year.", ("2023-03-01", "month")),
    ("en", "Elections will be held in June next year.", ("2025-06-01", "month")),
    ("fr", "L'attaque a eu lieu en mars l'an dernier.", ("2023-03-01", "month")),
])
def test_last_and_next_month_and_a_month_of_last_year(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-05-02"))[0]
    assert (got.date.isoformat(), got.precision) == expected


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # "between X and Y", with articles: the first day
    ("fr", "2024-05-20", "Les combats à El Fasher entre le 10 et le 13 mai ont fait 100 morts.", "2024-05-10"),
    ("fr", "2024-05-20", "Entre le 1er et le 10 avril, 5000 réfugiés sont arrivés à Adré.", "2024-04-01"),
    ("es", "2024-08-05", "Entre el 1 y el 31 de julio llegaron miles a Adré.", "2024-07-01"),
    # "until <month>": the nearest such month, before or after publication
    ("en", "2023-08-15", "The rainy season lasts until September.", "2023-09-01"),
    ("en", "2023-08-15", "Fighting lasted until March.", "2023-03-01"),
    ("es", "2023-08-15", "La temporada de lluvias se extiende hasta septiembre.", "2023-09-01"),
])
def test_ranges_with_articles_and_until_a_month(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


def test_an_armenian_colon_ends_a_sentence_and_radio_farda_is_no_tomorrow():
    from geodata.sentences import split

    text = "Սյունիքի մարզպետը այցելել է Կապան: Երեկ Գորիսում տեղի ունեցավ հանդիպում: Time: 10:30."
    assert [text[a:b] for a, b in split(text)] == [
        "Սյունիքի մարզպետը այցելել է Կապան:", "Երեկ Գորիսում տեղի ունեցավ հանդիպում:", "Time: 10:30."]
    # "فردا" is tomorrow, and the name of a radio station
    got = dates.event_dates(["به گزارش رادیو فردا، سیل در هرات خسارت زد."], "fa", D("2024-03-05"))[0]
    assert got is None
    assert dates.event_dates(["Переговоры возобновятся 5 мая."], "ru", D("2024-04-01"))[0].date == D("2024-05-05")


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # future auxiliaries after the verb, in verb-final languages
    ("fa", "2024-05-20", "پیکر وی روز پنجشنبه در مشهد به خاک سپرده خواهد شد.", "2024-05-23"),
    ("fa", "2024-05-20", "وی روز پنجشنبه در مشهد سخنرانی کرد.", "2024-05-16"),
    ("ur", "2024-05-22", "حکومت پیر کو جرگہ بلائے گی۔", "2024-05-27"),
    ("ur", "2024-05-22", "حکومت نے پیر کو جرگہ بلایا۔", "2024-05-20"),
])
def test_future_auxiliaries_after_the_verb(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,sentence,expected", [
    # the year, then its month (Georgian, Azerbaijani write the year first)
    ("ka", "2008 წლის აგვისტოში რუსეთი შეიჭრა.", "2008-08-01"),
    ("az", "2020-ci ilin sentyabr ayında müharibə başladı.", "2020-09-01"),
])
def test_a_year_then_its_month(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-08-08"))[0]
    assert (got.date, got.precision) == (D(expected), "month")


@pytest.mark.parametrize("lang,sentence", [
    ("ko", "북한은 2010년 11월 연평도를 포격했다."),
    ("zh", "2010年11月，朝鲜炮击延坪岛。"),
    ("ja", "2010年11月、北朝鮮が延坪島を砲撃した。"),
])
def test_a_chinese_japanese_or_korean_year_and_month(lang, sentence):
    got = dates.event_dates([sentence], lang, D("2024-10-15"))[0]
    assert (got.date, got.precision) == (D("2010-11-01"), "month")


@pytest.mark.parametrize("lang,sentence,expected", [
    ("it", "Le elezioni sono fissate per il prossimo 9 giugno.", "2024-06-09"),  # "prossimo": to come
    ("es", "El sindicato anunció un paro para el próximo 9 de mayo.", "2024-05-09"),
    ("it", "Ieri l'altro la polizia ha arrestato tre persone.", "2024-04-13"),
])
def test_next_before_a_date_and_the_day_before_yesterday(lang, sentence, expected):
    assert dates.event_dates([sentence], lang, D("2024-04-15"))[0].date == D(expected)


@pytest.mark.parametrize("lang,published,sentences,expected", [
    # "Hours later", "that evening": the day of the sentence before
    ("en", "2024-10-09", ["Russian missiles struck Kharkiv on 5 October.", "Hours later, drones hit Sumy."],
     "2024-10-05"),
    ("fr", "2024-10-09", ["Des missiles ont frappé Kharkiv le 5 octobre.",
                          "Quelques heures plus tard, des drones ont frappé Soumy."], "2024-10-05"),
    ("de", "2024-10-09", ["Raketen trafen Charkiw am 5. Oktober.", "Wenige Stunden später trafen Drohnen Sumy."],
     "2024-10-05"),
    ("ru", "2024-10-09", ["Ракеты ударили по Харькову 5 октября.", "Вечером того же дня дроны атаковали Сумы."],
     "2024-10-05"),
    ("en", "2023-12-29", ["On March 10, Silicon Valley Bank collapsed.", "Later that month, banks in Zurich fell."],
     "2023-03-10"),
    ("es", "2024-11-05", ["Las lluvias golpearon Chiva el 29 de octubre.", "Ese mismo mes hubo daños en Paiporta."],
     "2024-10-29"),
    ("en", "2023-12-29", ["In March, Silicon Valley Bank collapsed.", "Later that month, banks in Zurich fell."],
     "2023-03-01"),  # after a month alone: that month
    # the start or end of a month or year
    ("de", "2023-11-09", ["Anfang des Monats wurde Kiew angegriffen."], "2023-11-01"),
    ("ru", "2023-10-09", ["В конце прошлого месяца Киев был атакован."], "2023-09-01"),
    ("es", "2023-10-09", ["A principios de año el conflicto se agravó."], "2023-01-01"),
    # a month of last year
    ("es", "2024-06-10", ["El buque se hundió en abril del año pasado."], "2023-04-01"),
    ("fr", "2024-06-10", ["Le navire a coulé en avril de l'année dernière."], "2023-04-01"),
    ("ru", "2024-06-10", ["Крейсер затонул в апреле прошлого года."], "2023-04-01"),
    # future verbs make a weekday the coming one; past ones keep it past
    ("pl", "2023-10-09", ["Premier w piątek pojedzie do Kijowa."], "2023-10-13"),
    ("pl", "2023-10-09", ["Premier w piątek pojechał do Kijowa."], "2023-10-06"),
    ("cs", "2023-05-22", ["Lipavský se ve čtvrtek setká s ministrem ve Varšavě."], "2023-05-25"),
    ("nl", "2023-10-09", ["Het evacuatievliegtuig landt dinsdag in Eindhoven."], "2023-10-10"),
    ("de", "2023-10-09", ["Scholz fliegt am Freitag nach Kiew."], "2023-10-13"),
    ("hr", "2023-10-02", ["Hajduk će u subotu igrati u Osijeku."], "2023-10-07"),
    # Hebrew weekdays by letter, Arabic "tomorrow morning", Romanian "Monday" at a sentence start
    ("he", "2023-10-11", ["ביום ב' האחרון נפגעה אשקלון."], "2023-10-09"),
    ("ar", "2023-10-11", ["يصل الوزير صباح الغد إلى عمان."], "2023-10-12"),
    ("ro", "2023-09-06", ["Luni, ministrul a vizitat Tulcea."], "2023-09-04"),
])
def test_wire_phrasings_across_languages(lang, published, sentences, expected):
    assert dates.event_dates(sentences, lang, D(published))[-1].date == D(expected)


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # A dateline's date with a little word before it, or a Chinese cable's, is the stamp, not the event
    ("vi", "2025-07-25", "PHNOM PENH, ngày 25/7 (VOV) - Giao tranh nổ ra hôm qua tại tỉnh Oddar Meanchey.",
     "2025-07-24"),
    ("fr", "2024-10-05", "PARIS, le 5 octobre (AFP) - Des manifestations ont eu lieu hier.", "2024-10-04"),
    ("zh", "2024-06-18", "新华社北京6月18日电 外交部发言人表示，6月17日，菲律宾补给船闯入仁爱礁。", "2024-06-17"),
    ("zh", "2024-06-18", "新华社北京6月18日电 外交部发言人表示，菲律宾补给船闯入仁爱礁。", "2024-06-18"),
])
def test_dateline_stamps_with_a_day_word_or_a_cable(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # A day of the month alone is the latest such day (the coming one in a sentence about the future)...
    ("es", "2024-10-09", "El pasado día 5 hubo inundaciones en Chilpancingo.", "2024-10-05"),
    ("pt", "2024-05-09", "No dia 5, a enchente atingiu São Leopoldo.", "2024-05-05"),
    ("en", "2024-10-09", "The attack on the 21st killed ten.", "2024-09-21"),
    ("ru", "2024-08-09", "Удар по Судже был нанесен 6-го числа.", "2024-08-06"),
    ("es", "2024-10-09", "El día 20 se celebrará la cumbre.", "2024-10-20"),
    # ... but with a month after it, the phrase is a full date's
    ("es", "2024-10-09", "El día 5 de marzo hubo inundaciones.", "2024-03-05"),
    ("en", "2024-10-09", "On the 3rd of March drones hit Poltava.", "2024-03-03"),
])
def test_a_day_of_the_month_alone(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # "A year ago today" is that day a year back (not the year, nor today); a month back likewise
    ("en", "2024-11-08", "A year ago today we were still talking about a quiet season in Ventura.", "2023-11-08"),
    ("en", "2024-11-08", "One year ago today the Woolsey fire reached Malibu.", "2023-11-08"),
    ("tr", "2024-08-20", "Bir yıl önce bugün İzmir'de yangın başlamıştı.", "2023-08-20"),
    ("zh", "2024-10-03", "去年今日，小犬颱風掠過恆春半島。", "2023-10-03"),
    ("zh", "2024-10-03", "去年的今天，小犬颱風掠過恆春半島。", "2023-10-03"),
    ("de", "2024-10-15", "Heute vor einem Jahr erreichte das Hochwasser St. Pölten.", "2023-10-15"),
    ("de", "2024-10-15", "heute vor einem Monat erreichte das Hochwasser St. Pölten.", "2024-09-15"),
    ("fr", "2024-10-03", "Il y a un an jour pour jour, on ramassait les débris à Percé.", "2023-10-03"),
    ("es", "2024-10-03", "Hoy hace un año, el huracán Otis devastó Acapulco.", "2023-10-03"),
    ("fa", "2024-10-10", "سال گذشته در همین روز، جشنواره در اصفهان به پایان رسید.", "2023-10-10"),
    ("ru", "2024-10-21", "Ровно год назад в Казани прошел форум.", "2023-10-21"),
    ("en", "2024-02-29", "A year ago today the dam at Derna burst.", "2023-02-28"),  # no 29 February then
])
def test_a_year_ago_today_is_a_day(lang, published, sentence, expected):
    got = dates.event_dates([sentence], lang, D(published))[0]
    assert (got.date, got.precision, got.source) == (D(expected), "day", "relative")


@pytest.mark.parametrize("lang,sentence", [
    ("en", "A year ago the fire reached Malibu."),
    ("es", "Hace un año, el huracán Otis devastó Acapulco."),
])
def test_a_year_ago_without_today_stays_a_year(lang, sentence):
    got = dates.event_dates([sentence], lang, D("2024-10-03"))[0]
    assert (got.date, got.precision) == (D("2023-01-01"), "year")


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # A weekday with its week written onto it is that week's day, even on a weekend ("上周五" read on a Saturday
    # is eight days back, not yesterday)
    ("zh", "2024-10-05", "上周五，台风登陆高雄。", "2024-09-27"),
    ("zh", "2024-10-05", "上週五，颱風登陸高雄。", "2024-09-27"),
    ("zh", "2024-10-05", "上星期五，台风登陆高雄。", "2024-09-27"),
    ("zh", "2024-10-05", "下周三将在北京召开会议。", "2024-10-09"),
    ("ja", "2024-10-05", "先週の金曜日、輪島市で会議が開かれた。", "2024-09-27"),
    ("ko", "2024-10-05", "지난주 금요일 서울에서 집회가 열렸다.", "2024-09-27"),
    # a day of a month named relatively: the 21st of last month, the 11th of this one; a date of last year
    ("ja", "2024-10-03", "能登地方を襲った先月21日の記録的豪雨から2週間となった。", "2024-09-21"),
    ("zh", "2024-10-15", "自本月11日起增开台北往花莲的班次。", "2024-10-11"),
    ("zh", "2024-10-30", "上月11日台风登陆高雄。", "2024-09-11"),
    ("ko", "2024-10-03", "이달 11일 서울에서 집회가 열렸다.", "2024-10-11"),
    ("zh", "2024-10-30", "去年4月5日，台风登陆高雄。", "2023-04-05"),
])
def test_a_weekday_of_a_named_week_and_a_day_of_a_named_month(lang, published, sentence, expected):
    got = dates.event_dates([sentence], lang, D(published))[0]
    assert (got.date, got.precision) == (D(expected), "day")


@pytest.mark.parametrize("sentence", ["上周一直在下雨，高雄多处淹水。", "上周一名男子在高雄遇害。"])
def test_last_week_then_a_count_is_no_monday(sentence):
    got = dates.event_dates([sentence], "zh", D("2024-10-05"))[0]
    assert (got.date, got.precision) == (D("2024-09-30") - dt.timedelta(days=7), "week")


def test_korean_that_day_refers_back():
    got = dates.event_dates(["북한은 10일 도발했다.", "합참은 이날 서울에서 회의를 열었다."], "ko", D("2024-10-15"))
    assert (got[1].date, got[1].source) == (D("2024-10-10"), "context")


@pytest.mark.parametrize("lang,sentence,expected", [
    # Taiwan counts years of the Republic (民國113年 is 2024), in the news often without the name, and Japan by era
    ("zh", "民國113年10月14日，國防部在台北召開記者會。", ("2024-10-14", "day")),
    ("zh", "113年10月14日，國防部在台北召開記者會。", ("2024-10-14", "day")),
    ("zh", "小犬颱風於112年10月5日掠過恆春半島。", ("2023-10-05", "day")),
    ("zh", "113/10/15，花蓮發生地震。", ("2024-10-15", "day")),
    ("zh", "民國38年，國民政府遷台。", ("1949-01-01", "year")),
    ("ja", "令和6年12月18日、中国海警局の船が那覇市の沖合で確認された。", ("2024-12-18", "day")),
    ("ja", "令和5年8月、那覇市で会議が開かれた。", ("2023-08-01", "month")),
    ("ja", "令和元年5月1日、新天皇が即位した。", ("2019-05-01", "day")),
    ("ja", "平成23年3月11日、東日本大震災が発生した。", ("2011-03-11", "day")),
    ("ja", "昭和20年、広島に原爆が投下された。", ("1945-01-01", "year")),
    ("zh", "2024年10月14日，國防部在台北召開記者會。", ("2024-10-14", "day")),  # the common era as before
])
def test_roc_and_japanese_era_years(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-12-20"))[0]
    assert (got.date.isoformat(), got.precision) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ja", "能登豪雨から2週間\n令和6年10月3日（木）　北國新聞\n\n石川県の能登地方を襲った。", "2024-10-03"),
    ("zh", "颱風登陸高雄\n（中央社記者林巧璉高雄3日電）民國113年10月3日\n\n颱風今天中午登陸。", "2024-10-03"),
    ("zh", "金門觀光船遭登檢\n\n（中央社記者黃名璽台北民國113年2月20日電）中國海警船昨天登檢觀光船。", "2024-02-20"),
    ("zh", "花蓮地震後重建\n更新時間：113/10/15 14:20　花蓮報導\n\n中橫公路預計年底前恢復通行。", "2024-10-15"),
])
def test_era_dates_as_the_publication_date(lang, text, expected):
    assert dates.publication_date(text, lang).date == D(expected)



@pytest.mark.parametrize("lang,sentence,expected", [
    # A month, a day, a comma and a year is a date even where the day comes first (Swahili papers write both)
    ("sw", "Maandamano yalifanyika Nairobi Juni 25, 2024.", ("2024-06-25", "day")),
    ("sw", "Mkutano ulifanyika Desemba 4, 2023 jijini Dodoma.", ("2023-12-04", "day")),
    ("sw", "Mwezi Juni 26 watu waliuawa Nairobi.", ("2024-06-01", "month")),  # no year: a count
])
def test_month_first_dates_with_a_year_in_a_day_first_language(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-06-27"))[0]
    assert (got.date.isoformat(), got.precision) == expected


def test_a_swahili_month_first_dateline_is_the_publication_date():
    text = "Maandamano Nairobi\nNAIROBI, Jumatano, Juni 26, 2024 (Taifa Leo)\n\nWaandamanaji walivamia bunge."
    assert dates.publication_date(text, "sw").date == D("2024-06-26")


@pytest.mark.parametrize("lang,text,expected", [
    # A dateline in a script without capitals may have no comma after its city
    ("th", "น้ำปิงล้นตลิ่ง\nเชียงใหม่ 7 ต.ค. 2567 (ไทยรัฐออนไลน์)\n\nระดับน้ำสูงสุดในรอบ 20 ปี", "2024-10-07"),
    ("ar", "أمطار غزيرة على جدة\nالرياض 15 أكتوبر 2024 م واس\n\nشهدت محافظة جدة أمس هطول أمطار.", "2024-10-15"),
    # ... but a sentence that opens with a date is no dateline
    ("th", "น้ำปิงล้นตลิ่ง\n\nเมื่อวันที่ 5 ต.ค. 2567 ระดับน้ำในแม่น้ำปิงที่สถานีวัดน้ำสะพานนวรัฐ ขึ้นสูงถึง 5.30 เมตร", None),
])
def test_caseless_datelines_without_a_comma(lang, text, expected):
    got = dates.publication_date(text, lang)
    assert (got.date.isoformat() if got else None) == expected


@pytest.mark.parametrize("sentence,published,expected", [
    # "last October" written in October is a year back; in November it is last month
    ("Flooding last October left businesses shut in Galway.", "2024-10-24", "2023-10-01"),
    ("Flooding last October left businesses shut in Galway.", "2024-11-24", "2024-10-01"),
    ("Flooding last March left businesses shut.", "2024-11-24", "2024-03-01"),
])
def test_last_month_named_in_that_month_is_a_year_back(sentence, published, expected):
    got = dates.event_dates([sentence], "en", D(published))[0]
    assert (got.date, got.precision) == (D(expected), "month")


def test_a_forecast_weekday_is_to_come():
    got = dates.event_dates(["Storms are forecast for Monday in Norman."], "en", D("2024-04-27"))[0]
    assert got.date == D("2024-04-29")


@pytest.mark.parametrize("sentence,expected", [
    # Romanian "mai" is May and "more": "în mai multe puncte" (in several places) dates nothing
    ("Camioanele au blocat drumul și în mai multe puncte din țară.", None),
    ("Alegerile au avut loc în mai, la București.", "2023-05-01"),
    ("Pe 5 mai, la Iași, a fost protest.", "2023-05-05"),
])
def test_romanian_mai_is_may_only_as_a_month(sentence, expected):
    got = dates.event_dates([sentence], "ro", D("2024-01-16"))[0]
    assert (got.date if got else None) == (D(expected) if expected else None)


@pytest.mark.parametrize("lang,sentence,expected", [
    # Croatian, Bosnian and Serbian write a year with an ordinal dot: before a lower-case word or a comma, a year
    ("hr", "Brod je izgrađen 1933. u Glasgowu.", "1933-01-01"),
    ("bs", "Šumom kojom su 1995. muškarci bježali prema Tuzli prošla je kolona.", "1995-01-01"),
    ("sr", "Мост је изграђен 1961. у Новом Саду.", "1961-01-01"),
    ("sr", "Fabrika je zatvorena 1991., a radnici su otišli u Niš.", "1991-01-01"),
    # ... but not a number closing a sentence, nor a dotted day and month, nor before a capital
    ("hr", "Za stan u Splitu platio je 2000.", None),
    ("hr", "Od 1.12. vrijede nova pravila u Zagrebu.", None),
    ("bs", "Ukupno 1500. Sarajevo je dobilo najviše.", None),
])
def test_south_slavic_years_with_an_ordinal_dot(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2025-03-10"))[0]
    assert (got.date.isoformat() if got else None) == expected
    assert got is None or got.precision == "year"


@pytest.mark.parametrize("lang", ["hr", "bs", "sr"])
@pytest.mark.parametrize("sentence,expected", [
    # Language detection mixes up Croatian, Bosnian and Serbian: each reads the others' months and date words
    ("Sastanak u Splitu održan je 26. veljače 2025. godine.", ("2025-02-26", "day")),
    ("Sastanak u Sarajevu održan je 26. februara 2025.", ("2025-02-26", "day")),
    ("Састанак у Београду одржан је 26. фебруара 2025.", ("2025-02-26", "day")),
    ("Poplave su u listopadu pogodile Mostar.", ("2024-10-01", "month")),
    ("Poplave su u oktobru pogodile Mostar.", ("2024-10-01", "month")),
    ("Prošlog utorka potres je pogodio Petrinju.", ("2025-03-04", "day")),
    ("Прошлог уторка земљотрес је погодио Краљево.", ("2025-03-04", "day")),
    # weeks: a week's precision, not a day
    ("Naredne nedelje u Beogradu počinju pregovori.", ("2025-03-17", "week")),
    ("Sljedeći tjedan u Zagrebu počinju pregovori.", ("2025-03-17", "week")),
    ("Naredne sedmice u Tuzli počinju pregovori.", ("2025-03-17", "week")),
    ("Prošle sedmice u Tuzli održan je protest.", ("2025-03-03", "week")),
    ("Прошле недеље у Нишу одржан је протест.", ("2025-03-03", "week")),
    # a day and month of the year named after them
    ("Most u Mostaru otvoren je 24. aprila prošle godine.", ("2024-04-24", "day")),
    ("Most u Mostaru otvoren je 24. travnja prošle godine.", ("2024-04-24", "day")),
])
def test_croatian_bosnian_and_serbian_read_each_others_date_words(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2025-03-10"))[0]  # a Monday
    assert (got.date.isoformat(), got.precision) == expected


@pytest.mark.parametrize("lang,sentence,expected", [
    # a day and month, then "last year" / "next year": that day of that year, in any language that has the words
    ("en", "The ship sank off Sevastopol on 5 April last year.", "2024-04-05"),
    ("en", "The summit in Baku is set for 5 April next year.", "2026-04-05"),
    ("ru", "Крейсер затонул 5 апреля прошлого года.", "2024-04-05"),
])
def test_a_day_of_last_or_next_year(lang, sentence, expected):
    assert dates.event_dates([sentence], lang, D("2025-03-10"))[0].date == D(expected)


@pytest.mark.parametrize("sentence,expected", [
    # Macedonian "недела" is the week as well as Sunday: after "next", "last", "this" it is the week
    ("Наредната недела во Скопје почнуваат преговорите.", ("2025-03-17", "week")),
    ("Следната недела во Скопје почнуваат преговорите.", ("2025-03-17", "week")),
    ("Минатата недела во Битола имаше протест.", ("2025-03-03", "week")),
    ("Пред една недела во Битола имаше протест.", ("2025-03-03", "week")),
    ("Пред две недели во Битола имаше протест.", ("2025-02-24", "week")),
    ("Во недела во Битола имаше протест.", ("2025-03-09", "day")),
    ("Секоја недела во Битола има пазар.", None),
    # weekdays with the article
    ("Во вторникот во Охрид имаше протест.", ("2025-03-04", "day")),
    ("Во саботата во Охрид имаше протест.", ("2025-03-08", "day")),
    ("Наредната сабота во Охрид ќе има протест.", ("2025-03-15", "day")),
])
def test_macedonian_week_or_sunday_and_weekdays_with_the_article(sentence, expected):
    got = dates.event_dates([sentence], "mk", D("2025-03-10"))[0]
    assert ((got.date.isoformat(), got.precision) if got else None) == expected


@pytest.mark.parametrize("lang,sentence,expected", [
    # "for Saturday": the coming Saturday, whatever the verb's tense ("announced for")
    ("sr", "Najavila je za subotu veliki protest u Beogradu.", "2025-03-15"),
    ("sr", "Протест у Новом Саду заказан је за суботу.", "2025-03-15"),
    ("hr", "Prosvjed u Zagrebu najavljen je za petak.", "2025-03-14"),
    ("bs", "Sjednica u Sarajevu zakazana je za četvrtak.", "2025-03-13"),
    ("mk", "Протестот во Скопје е закажан за сабота.", "2025-03-15"),
    # without it, a weekday told in the past is the last one
    ("hr", "Prosvjed u Zagrebu održan je u petak.", "2025-03-07"),
    ("mk", "Протестот во Скопје се одржа во сабота.", "2025-03-08"),
])
def test_south_slavic_for_a_weekday_is_to_come(lang, sentence, expected):
    assert dates.event_dates([sentence], lang, D("2025-03-10"))[0].date == D(expected)


def test_for_a_month_stays_a_past_month():
    # "za" before a month is no future: "inflation for February"
    got = dates.event_dates(["Inflacija u Srbiji za februar bila je 4 odsto, a u martu 5."], "sr", D("2025-04-10"))[0]
    assert (got.date, got.precision) == (D("2025-03-01"), "month")


@pytest.mark.parametrize("lang,sentence,expected", [
    # after a year and its year word, any case of a month is that year's month (Georgian dative/genitive)
    ("ka", "2008 წლის აგვისტოს რუსეთი საქართველოში შეიჭრა.", ("2008-08-01", "month")),
    ("ka", "2024 წლის ოქტომბრის არჩევნების შემდეგ თბილისში აქციები დაიწყო.", ("2024-10-01", "month")),
    ("ka", "2008 წლის 7 აგვისტოს ცხინვალში ომი დაიწყო.", ("2008-08-07", "day")),
    ("hy", "2020 թվականի սեպտեմբերին Ստեփանակերտում պատերազմ սկսվեց.", ("2020-09-01", "month")),
    # a month named as a subject after a year with its own verb stays out ("in 2008 August was hot")
    ("ka", "2008 წელს აგვისტო ცხელი იყო.", ("2008-01-01", "year")),
])
def test_a_year_word_then_any_case_of_a_month(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2025-03-10"))[0]
    assert (got.date.isoformat(), got.precision) == expected


@pytest.mark.parametrize("text,expected", [
    # Georgian datelines (city, day, month in the nominative, year, agency) give the publication date
    ("აქცია გაგრძელდა\n\nთბილისი, 1 დეკემბერი 2024 (ინტერპრესნიუსი) – რუსთაველზე აქცია გაგრძელდა.", "2024-12-01"),
    ("ბორდერიზაცია გაგრძელდა\n\nგორი, 14 ივნისი 2024 (საქინფორმი) – ხურვალეთთან ბანერები გამოჩნდა.", "2024-06-14"),
    ("აქცია ბათუმში\nბათუმი, 3 მარტი 2025. გუშინ ბათუმში აქცია გაიმართა.", "2025-03-03"),
])
def test_georgian_datelines_are_the_publication_date(text, expected):
    assert dates.publication_date(text, "ka").date == D(expected)


@pytest.mark.parametrize("lang,sentence,expected", [
    # Holidays that name one day: the latest one not after publication (here 10 January 2025)
    ("en", "Russian drones struck Kharkiv on Christmas Day.", "2024-12-25"),
    ("en", "Fireworks lit up Sydney Harbour on New Year's Eve.", "2024-12-31"),
    ("en", "Shelling of Kherson continued on New Year’s Day.", "2025-01-01"),
    ("en", "Drones hit Odesa on Christmas Eve 2023.", "2023-12-24"),  # a year written after it
    ("fi", "Myrsky katkaisi sähköt Turussa joulupäivänä.", "2024-12-25"),
    ("fi", "Joulupäivän jälkeen Oulussa satoi lunta.", "2024-12-25"),
    ("sv", "Flera bränder i Malmö på nyårsafton.", "2024-12-31"),
    ("fr", "Des tirs ont visé Marseille à Noël.", "2024-12-25"),
    ("de", "An Heiligabend brannte ein Haus in Bremen.", "2024-12-24"),
    ("es", "En Nochevieja hubo disturbios en Bilbao.", "2024-12-31"),
    ("pl", "W Wigilię w Gdańsku spadł śnieg.", "2024-12-24"),
    ("hr", "Na Božić je u Splitu bila misa.", "2024-12-25"),
    ("ru", "В новогоднюю ночь дроны атаковали Курск.", "2024-12-31"),
    # Orthodox Christmas on 7 January where the church keeps the Julian calendar
    ("ru", "На Рождество в Сергиевом Посаде прошла служба.", "2025-01-07"),
    ("sr", "На Божић је у Крагујевцу служена литургија.", "2025-01-07"),
    ("sr", "Na Božić je u Kragujevcu služena liturgija.", "2025-01-07"),
    ("mk", "На Божиќ во Охрид се одржа литургија.", "2025-01-07"),
    ("ka", "შობას მცხეთაში ლიტურგია გაიმართა.", "2025-01-07"),
    ("ru", "В католическое Рождество в Калининграде прошла месса.", "2024-12-25"),
])
def test_holidays_that_name_a_day(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2025-01-10"))[0]
    assert (got.date, got.precision) == (D(expected), "day")


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # in a sentence about the future, the coming one
    ("en", "2024-12-20", "The president will speak in Kyiv on New Year's Eve.", "2024-12-31"),
    ("de", "2024-12-20", "Der Kanzler wird an Silvester in Hamburg sprechen.", "2024-12-31"),
    # Orthodox Christmas a week after publication is this season's
    ("ru", "2025-01-03", "На Рождество в Москве пройдет служба.", "2025-01-07"),
])
def test_holidays_to_come(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,sentence", [
    # not a day: a name, the season, a holiday without a preposition where it is no date
    ("fr", "Noël Le Graët était à Paris."),
    ("ru", "Рождество в Москве отмечают скромно."),
    ("en", "Christmas shopping in Leeds slowed."),
])
def test_holiday_words_that_name_no_day(lang, sentence):
    assert dates.event_dates([sentence], lang, D("2025-01-10"))[0] is None


@pytest.mark.parametrize("published,sentence,expected", [
    # Finnish months in their case forms: inessive (in April), elative (from June), illative (to July), adessive,
    # allative; the genitive only before a word for part of the month ("toukokuun alussa", early May)
    ("2024-06-10", "Pääministeri vieraili Kiovassa huhtikuussa.", ("2024-04-01", "month")),
    ("2024-06-10", "Uusi laki tuli voimaan lokakuussa 2023.", ("2023-10-01", "month")),
    ("2024-06-10", "Maaliskuussa Venäjä sulki rajan.", ("2024-03-01", "month")),
    ("2024-06-10", "Viime lokakuussa Oulussa satoi lunta.", ("2023-10-01", "month")),
    ("2024-06-10", "Vuoden 2022 marraskuussa Hangossa oli myrsky.", ("2022-11-01", "month")),
    ("2024-06-10", "Toukokuun alussa Tampereella järjestettiin mielenosoitus.", ("2024-05-01", "month")),
    ("2024-06-10", "Huhtikuun lopussa Kuopiossa tulvi.", ("2024-04-01", "month")),
    ("2024-06-10", "Kesäkuusta alkaen junat kulkevat harvemmin.", ("2024-06-01", "month")),
    ("2024-09-10", "Lakko jatkui Turussa heinäkuuhun asti.", ("2024-07-01", "month")),
    ("2024-06-10", "Helmikuulla Lahdessa oli kylmä.", ("2024-02-01", "month")),
    ("2024-06-10", "Ensi lokakuussa Espoossa avataan uusi silta.", ("2024-10-01", "month")),
])
def test_finnish_month_case_forms(published, sentence, expected):
    got = dates.event_dates([sentence], "fi", D(published))[0]
    assert (got.date.isoformat(), got.precision) == expected


@pytest.mark.parametrize("sentence", [
    "Toukokuun vaalit olivat tärkeät.",  # the genitive alone is an attribute (May's elections), not a date
    "Kuusi ihmistä kuoli kesällä.",  # six, not a month
])
def test_finnish_month_words_that_are_no_date(sentence):
    assert dates.event_dates([sentence], "fi", D("2024-06-10"))[0] is None


@pytest.mark.parametrize("published,sentence,expected", [
    # Estonian May in the inessive ("mais", in May), like the other months ("aprillis")
    ("2024-06-10", "Valimised toimusid Tartus mais.", "2024-05-01"),
    ("2024-06-10", "Mais 2023 avati Narvas uus piiripunkt.", "2023-05-01"),
    ("2024-06-10", "Aprillis kohtus minister Pärnus kolleegidega.", "2024-04-01"),
])
def test_estonian_may_in_the_inessive(published, sentence, expected):
    assert dates.event_dates([sentence], "et", D(published))[0].date == D(expected)


@pytest.mark.parametrize("published,sentence,expected", [
    # Latvian months in their case forms: the locative (in April) by itself, the genitive before a part of the
    # month ("marta sākumā") or after a day ("no 1. aprīļa"), the dative after a day ("līdz 1. jūlijam"), and
    # a year written with "gada" before the day ("2025. gada 7. martā")
    ("2025-06-10", "Ministrs aprīlī apmeklēja Daugavpili.", ("2025-04-01", "month")),
    ("2025-06-10", "Vēlēšanas Jelgavā notika maijā.", ("2025-05-01", "month")),
    ("2025-06-10", "Līgums Rīgā parakstīts 2025. gada 7. martā.", ("2025-03-07", "day")),
    ("2025-06-10", "2024. gada oktobrī Liepājā notika plūdi.", ("2024-10-01", "month")),
    ("2025-06-10", "Pērn maijā Rēzeknē notika protests.", ("2024-05-01", "month")),
    ("2025-06-10", "Marta sākumā Ventspilī bija vētra.", ("2025-03-01", "month")),
    ("2025-06-10", "Robeža pie Silenes tika slēgta 1. aprīlī.", ("2025-04-01", "day")),
])
def test_latvian_month_case_forms(published, sentence, expected):
    got = dates.event_dates([sentence], "lv", D(published))[0]
    assert (got.date.isoformat(), got.precision) == expected


@pytest.mark.parametrize("sentence", [
    "Marta Kozlovska runāja Rīgā.",  # a name, not March's genitive
    "Augusts Kalniņš ieradās Cēsīs.",  # a name, not August
])
def test_latvian_names_that_are_months(sentence):
    assert dates.event_dates([sentence], "lv", D("2025-06-10"))[0] is None


def test_latvian_dateline_with_gada():
    text = "Robeža slēgta\n\nRīga, 2025. gada 7. martā, LETA\n\nValdība vakar paziņoja par robežas slēgšanu."
    assert dates.publication_date(text, "lv").date == D("2025-03-07")


@pytest.mark.parametrize("published,sentence,expected", [
    # Lithuanian months in the accusative (in April) and locative by themselves, the genitive before a part of
    # the month ("gegužės pradžioje"); "pernai gegužę" is May of last year
    ("2024-06-10", "Balandį Klaipėdoje vyko pratybos.", ("2024-04-01", "month")),
    ("2024-06-10", "Rinkimai Kaune vyko gegužę.", ("2024-05-01", "month")),
    ("2024-06-10", "Pernai gegužę Vilniuje kilo gaisras.", ("2023-05-01", "month")),
    ("2024-06-10", "Praėjusį spalį Šiauliuose vyko protestas.", ("2023-10-01", "month")),
    ("2024-06-10", "Gegužės pradžioje Palangoje lijo.", ("2024-05-01", "month")),
    ("2024-06-10", "2023 m. kovą Alytuje atidarytas tiltas.", ("2023-03-01", "month")),
    ("2024-06-10", "Gegužę 15 žmonių Panevėžyje susirgo.", ("2024-05-01", "month")),  # a count, not 15 May
])
def test_lithuanian_month_case_forms(published, sentence, expected):
    got = dates.event_dates([sentence], "lt", D(published))[0]
    assert (got.date.isoformat(), got.precision) == expected


def test_lithuanian_fight_is_no_march():
    # "kovą" is March's accusative and a fight's: alone it is no date
    assert dates.event_dates(["Vyriausybė Vilniuje pradėjo kovą su korupcija."], "lt", D("2024-06-10"))[0] is None


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # a month, then a phrase naming a day of the month: Finnish "huhtikuun 5. päivänä" (on the 5th day of April),
    # Lithuanian "gegužės 15 d." (May 15th), with a year before the month ("2024 m. gegužės 15 d.")
    ("fi", "2024-06-10", "Sopimus allekirjoitettiin Helsingissä huhtikuun 5. päivänä.", "2024-04-05"),
    ("fi", "2024-06-10", "Vuoden 2023 lokakuun 7. päivänä Porvoossa sattui onnettomuus.", "2023-10-07"),
    ("lt", "2024-06-10", "Sutartis Vilniuje pasirašyta gegužės 15 d.", "2024-05-15"),
    ("lt", "2024-06-10", "Sutartis Vilniuje pasirašyta 2023 m. gegužės 15 d.", "2023-05-15"),
    ("lt", "2024-06-10", "Balandžio 2 d. Rukloje įkurta brigada.", "2024-04-02"),
    ("lt", "2024-06-10", "Rinkimai Kaune vyko spalio 6-ąją.", "2023-10-06"),
])
def test_a_month_then_a_day_of_month_phrase(lang, published, sentence, expected):
    got = dates.event_dates([sentence], lang, D(published))[0]
    assert (got.date, got.precision) == (D(expected), "day")


@pytest.mark.parametrize("text,expected", [
    ("Trikdžiai virš Baltijos\n\nPalanga, 2024 m. gegužės 15 d. (BNS)\n\nVakar Palangoje nusileido lėktuvas.",
     "2024-05-15"),
    ("Brigada įkurta\n\nVilnius, 2025 m. balandžio 2 d. (ELTA).\n\nVakar Vilniuje įkurta brigada.", "2025-04-02"),
])
def test_lithuanian_datelines_are_the_publication_date(text, expected):
    assert dates.publication_date(text, "lt").date == D(expected)


@pytest.mark.parametrize("lang,text,expected", [
    # Danish and Norwegian bylines, Polish agency datelines
    ("da", "Luftværn til Bornholm\n\nRØNNE (Ritzau)\nOffentliggjort 12.06.2025 kl. 10.15\n\nForsvaret vil.",
     "2025-06-12"),
    ("da", "Droner over Aalborg\nSenest opdateret 3. marts 2025 kl. 9.00\nPolitiet oplyser.", "2025-03-03"),
    ("no", "Øvelse i Finnmark\nPublisert 12.06.2025\n\nALTA (NTB): Soldater øver.", "2025-06-12"),
    ("nb", "Øvelse i Finnmark\nSist oppdatert 12.06.2025 kl. 10.15\n\nALTA (NTB): Soldater øver.", "2025-06-12"),
    ("pl", "Dywersja na torach\n\nWarszawa, 18.11.2025 (PAP)\n\nPremier powiedział.", "2025-11-18"),
    ("pl", "Tarcza Wschód\n\nSuwałki, 14 maja 2025 r. (PAP)\n\nWojsko kończy budowę.", "2025-05-14"),
    ("lv", "Robeža slēgta\n\nRīga, 7. marts 2025, LETA\n\nMinistrs vakar paziņoja.", "2025-03-07"),
])
def test_nordic_and_baltic_bylines(lang, text, expected):
    assert dates.publication_date(text, lang).date == D(expected)


@pytest.mark.parametrize("lang,sentence,expected", [
    # relative words of the Baltic languages and Finnish (published Monday 10 June 2024)
    ("et", "Eile kohtus minister Tartus kolleegidega.", ("2024-06-09", "day")),
    ("et", "Täna avati Narvas uus sild.", ("2024-06-10", "day")),
    ("et", "Üleeile toimus Pärnus meeleavaldus.", ("2024-06-08", "day")),
    ("et", "Möödunud nädalal külastas president Valgat.", ("2024-06-03", "week")),
    ("lv", "Vakar Daugavpilī notika protests.", ("2024-06-09", "day")),
    ("lv", "Šodien Jelgavā atklāja tiltu.", ("2024-06-10", "day")),
    ("lv", "Pagājušajā nedēļā ministrs apmeklēja Cēsis.", ("2024-06-03", "week")),
    ("lt", "Vakar Kaune kilo gaisras.", ("2024-06-09", "day")),
    ("lt", "Šiandien Vilniuje vyksta mitingas.", ("2024-06-10", "day")),
    ("lt", "Praėjusią savaitę prezidentas lankėsi Klaipėdoje.", ("2024-06-03", "week")),
    ("lt", "Pernai Šiauliuose atidarytas tiltas.", ("2023-01-01", "year")),
    ("lt", "Šiemet Alytuje statoma mokykla.", ("2024-01-01", "year")),
    ("fi", "Viime viikolla pääministeri vieraili Oulussa.", ("2024-06-03", "week")),
    ("fi", "Ensi viikolla presidentti matkustaa Tukholmaan.", ("2024-06-17", "week")),
    ("fi", "Toissapäivänä Tampereella satoi rakeita.", ("2024-06-08", "day")),
    ("fi", "Tänään Helsingissä avattiin uusi silta.", ("2024-06-10", "day")),
    ("fi", "Eilen Turussa syttyi tulipalo.", ("2024-06-09", "day")),
])
def test_baltic_and_finnish_relative_words(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-06-10"))[0]
    assert (got.date.isoformat(), got.precision) == expected


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # future verbs make a month or a day without a year the coming one
    ("lt", "2024-06-10", "Rinkimai Kaune vyks spalį.", "2024-10-01"),
    ("lt", "2024-06-10", "Spalį Kaune vyks rinkimai.", "2024-10-01"),
    ("lt", "2024-06-10", "Sutartis Vilniuje bus pasirašyta gegužės 15 d.", "2025-05-15"),
    ("lv", "2025-06-10", "Vēlēšanas Jelgavā notiks maijā.", "2026-05-01"),
    ("lv", "2025-03-07", "Ministrs paziņoja, ka no 1. aprīļa tiks slēgts Silenes punkts.", "2025-04-01"),
    ("fi", "2024-06-10", "Laki tulee voimaan Ahvenanmaalla heinäkuun 1. päivästä.", "2024-07-01"),
    ("fi", "2024-06-10", "Laki astuu voimaan Ahvenanmaalla 1. heinäkuuta.", "2024-07-01"),
    # past tense: the latest one
    ("lt", "2024-06-10", "Rinkimai Kaune vyko spalį.", "2023-10-01"),
    ("fi", "2024-06-10", "Laki tuli voimaan Ahvenanmaalla 1. heinäkuuta.", "2023-07-01"),
])
def test_baltic_and_finnish_future_verbs(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


# A day and month without a year in a story of the past: the year of that past.
@pytest.mark.parametrize("lang,published,sentences,expected", [
    ("pl", "2024-09-01", ["17 września 1939 r. do Polski wkroczyła Armia Czerwona, a 28 września skapitulowała "
                          "Warszawa."], "1939-09-17"),
    ("en", "2025-08-06", ["The first bomb fell on Hiroshima on Aug. 6, 1945.",
                          "Three days later, on Aug. 9, a second bomb destroyed much of Nagasaki."], "1945-08-09"),
    ("en", "2025-08-06", ["Japan announced its surrender on Aug. 15, and signed it in Tokyo Bay on Sept. 2, 1945."],
     "1945-08-15"),
    ("ru", "2022-11-19", ["Контрнаступление под Сталинградом началось 19 ноября 1942 года.",
                          "23 ноября войска двух фронтов соединились в районе Калача-на-Дону."], "1942-11-23"),
    ("uk", "2024-03-18", ["У лютому 2014 року російські військові захопили будівлі парламенту.",
                          "16 березня в Криму провели так званий «референдум»."], "2014-03-16"),
    ("es", "2021-02-28", ["La guerra aérea empezó el 17 de enero de 1991.",
                          "La ofensiva terrestre comenzó el 24 de febrero desde Arabia Saudí."], "1991-02-24"),
    ("de", "2024-11-09", ["In 1989 demonstrierten in Leipzig Tausende, am 9. Oktober kamen 70.000."], "1989-10-09"),
])
def test_a_yearless_day_in_a_past_story_takes_its_year(lang, published, sentences, expected):
    got = dates.event_dates(sentences, lang, D(published))[-1]
    assert got == DateInfo(D(expected), "day", "explicit")


@pytest.mark.parametrize("lang,published,sentences,expected", [
    # the present after a past: a recent-time cue, a future verb, a weekday, a year-old or relative date before
    ("en", "2024-07-12", ["Some 8,000 men were killed in July 1995.",
                          "On Thursday, 11 July, mourners gathered in Potocari."], "2024-07-11"),
    ("en", "2024-07-12", ["Some 8,000 men were killed on 11 July 1995.",
                          "Yesterday, on 11 July, mourners gathered in Potocari."], "2024-07-11"),
    ("en", "2024-07-05", ["Some 8,000 men were killed on 11 July 1995.",
                          "The victims will be buried on 11 July in Potocari."], "2024-07-11"),
    ("en", "2024-07-12", ["Some 8,000 men were killed in 1995.",
                          "On 11 July, mourners gathered in Potocari."], "2024-07-11"),
    ("en", "2024-07-12", ["The talks collapsed in April last year.",
                          "On 11 July, mourners gathered in Potocari."], "2024-07-11"),
    ("en", "2024-07-12", ["The wall was repaired in May 2024.",
                          "On 11 July, mourners gathered in Potocari."], "2024-07-11"),
    ("en", "2024-07-12", ["On 11 July, mourners gathered to mark the 1995 massacre."], "2024-07-11"),
    ("fr", "2024-06-07", ["Le débarquement a eu lieu le 6 juin 1944.", "Le président a salué les vétérans hier.",
                          "Cette année, le 6 juin, des milliers de personnes sont venues."], "2024-06-06"),
])
def test_a_yearless_day_in_present_news_stays_present(lang, published, sentences, expected):
    got = dates.event_dates(sentences, lang, D(published))[-1]
    assert got is not None and got.date == D(expected)


@pytest.mark.parametrize("lang,sentence,expected", [
    # "mañana" is the morning after a determiner or a preposition, tomorrow alone
    ("es", "Aquella mañana, las bombas estallaron en cuatro trenes.", None),
    ("es", "Esa mañana, las bombas estallaron en cuatro trenes.", None),
    ("es", "La misma mañana estallaron las bombas.", None),
    ("es", "A media mañana estallaron las bombas.", None),
    ("es", "Por la mañana estallaron las bombas.", None),
    ("es", "La mañana del 11 de marzo estallaron las bombas.", "2024-03-11"),
    ("es", "Esta mañana el rey visitó Atocha.", "2024-03-20"),
    ("es", "Mañana el rey visitará Atocha.", "2024-03-21"),
    ("de", "Am Morgen fuhr er nach Berlin.", None),
    ("de", "Morgen fährt er nach Berlin.", "2024-03-21"),
    ("it", "Quella mattina le bombe esplosero a Milano.", None),
    ("it", "Domani il presidente visita Milano.", "2024-03-21"),
    ("fr", "Ce matin-là, les bombes ont explosé.", None),
    ("fr", "Ce matin, le président a visité Huye.", "2024-03-20"),
])
def test_the_morning_is_not_tomorrow(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2024-03-20"))[0]
    # a context word ("that morning") with nothing before counts from publication: what matters is "not tomorrow"
    assert (got.date if got is not None and got.source != "context" else None) == (expected and D(expected))


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "Les massacres ont commencé à Butare (aujourd'hui Huye) en avril 1994."),
    ("fr", "Les massacres ont commencé à Butare, aujourd'hui Huye."),
    ("es", "Los combates en Butare (hoy Huye) comenzaron en abril de 1994."),
    ("it", "Gli scontri a Butare (oggi Huye) iniziarono nell'aprile 1994."),
    ("pt", "Os combates em Butare (hoje Huye) começaram em abril de 1994."),
    ("de", "Die Kämpfe in Butare (heute Huye) begannen im April 1994."),
    ("ru", "Бои в Бутаре (сегодня Хуйе) начались в апреле 1994 года."),
    ("pl", "Walki w Butare (dziś Huye) zaczęły się w kwietniu 1994 roku."),
])
def test_today_before_a_new_name_is_no_date(lang, sentence):
    got = dates.event_dates([sentence], lang, D("2024-03-20"))[0]
    assert got is None or got == DateInfo(D("1994-04-01"), "month", "explicit")


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "Aujourd'hui, le président visite Huye."),
    ("fr", "À Butare, aujourd'hui le président a inauguré un mémorial."),
    ("de", "Der Präsident besucht (heute) Huye."),
])
def test_today_still_is_today(lang, sentence):
    assert dates.event_dates([sentence], lang, D("2024-03-20"))[0] == DateInfo(D("2024-03-20"), "day", "relative")


@pytest.mark.parametrize("lang,sentence,expected", [
    ("fr", "Il était accusé d'avoir enfermé des Tutsi en avril et mai 1994.", "1994-04-01"),
    ("en", "The killings went on in April and May 1994.", "1994-04-01"),
    ("es", "En 1994, en abril, comenzaron las matanzas.", "1994-04-01"),
    ("en", "In April, mourners marked the massacre of July 1995.", "2024-04-01"),
    ("en", "In April, mourners marked the 1995 massacre.", "2024-04-01"),
])
def test_a_month_alone_takes_a_year_written_with_it(lang, sentence, expected):
    assert dates.event_dates([sentence], lang, D("2024-07-20"))[0] == DateInfo(D(expected), "month", "explicit")


@pytest.mark.parametrize("lang,sentence,expected", [
    ("en", "Mourners gathered on 11 July to mark the massacre of 11 July 1995.", "2024-07-11"),
    ("de", "Am 9. November erinnerten Tausende an den 9. November 1989.", "2024-11-09"),
])
def test_an_anniversary_keeps_its_day_this_year(lang, sentence, expected):
    got = dates.EventDates([sentence], lang, D("2024-11-20")).at(0, 0)
    assert got is not None and got.date == D(expected)


@pytest.mark.parametrize("lang,text,expected", [
    ("hy", "Երևան, 24 ապրիլի, 2025թ., «Արմենպրես»։ Վարչապետը ծաղիկներ խոնարհեց։", "2025-04-24"),
    ("hy", "Գյումրի, 7 դեկտեմբերի 2023թ., «Արմենպրես»։ Ամբողջ Հայաստանում հնչեցին շչակներ։", "2023-12-07"),
    ("en", "Headline\n\nSREBRENICA, Bosnia and Herzegovina, July 11, 2024 (Reuters) - Mourners gathered.",
     "2024-07-11"),
    ("en", "Headline\n\nPORT OF SPAIN, Trinidad and Tobago, March 3, 2023 (AP) - Police said.", "2023-03-03"),
    ("en", "Headline\n\nKINSHASA, Democratic Republic of the Congo, Oct. 4, 2020 (Reuters) - Rebels attacked.",
     "2020-10-04"),
    ("de", "Die Feier fand in Wolgograd statt.\n\nErschienen am 02.02.2023", "2023-02-02"),
])
def test_more_publication_stamps(lang, text, expected):
    assert dates.publication_date(text, lang) == DateInfo(D(expected), "day", "publication")


@pytest.mark.parametrize("lang,text,expected", [
    # A head line's last segment, after "|" or a dash, that holds only the date: a byline's or an outlet's
    ("tr", "Esed rejimi çöktü\n\nHalil Rahman, Muhammed Emin Canik   |08.12.2024\n\nŞAM (AA) - Muhalifler Şam'a girdi.",
     "2024-12-08"),
    ("he", "כותרת\n\nמאת: איתי בלומנטל, כאן חדשות | 16.07.2025\n\nמאות דרוזים חצו את הגבול.", "2025-07-16"),
    ("fr", "Accord de Bougival\n\nLes Nouvelles calédoniennes — mardi 15 juillet 2025\n\nLes réactions se multiplient.",
     "2025-07-15"),
    # An Arabic dateline of a city and an agency, a spaced dash between them
    ("ar", "مسيرة تستهدف حقل خورمور\n\nأربيل - روداو 26 تشرين الثاني 2025\n\nتعرض حقل خورمور لهجوم.", "2025-11-26"),
    ("ar", "مسيرة تستهدف حقل خورمور\n\nأربيل-روداو 26 تشرين الثاني 2025\n\nتعرض حقل خورمور لهجوم.", "2025-11-26"),
])
def test_a_byline_or_outlet_line_ending_in_its_date(lang, text, expected):
    assert dates.publication_date(text, lang) == DateInfo(D(expected), "day", "publication")


@pytest.mark.parametrize("lang,text", [
    # ... but not a date the body reports after a dash, nor a date inside a long line
    ("en", "Headline\n\nThe talks in Suva collapsed — the second time since 15 July 2025\n\nMore text.",),
    ("fr", "Titre\n\nLe cyclone a frappé Nouméa — le bilan s'alourdit depuis le mardi 15 juillet 2025\n\nTexte.",),
])
def test_a_reported_date_after_a_dash_is_no_stamp(lang, text):
    assert dates.publication_date(text, lang) is None


@pytest.mark.parametrize("sentence,expected", [
    ("Շառլ Ազնավուրը, ով 1989-ին Փարիզում ձայնագրեց երգը։", "1989-01-01"),
    ("Նա 2020թ. Փարիզում էր։", "2020-01-01"),
])
def test_armenian_years_with_a_glued_ending(sentence, expected):
    assert dates.event_dates([sentence], "hy", D("2023-12-07"))[0] == DateInfo(D(expected), "year", "explicit")


def test_a_sentence_naming_two_places_and_a_date_is_no_dateline():
    # lower-case words inside a header are a country's name, not a sentence's verb
    text = "Headline\n\nIn Paris the president said, July 11, 2024 that the talks failed."
    assert dates.publication_date(text, "en") is None


@pytest.mark.parametrize("lang,sentence,expected", [
    # a day of the month not reached yet, in a sentence about what is to come: this month's
    ("ja", "長崎市長、イスラエル招待を決定　9日の式典に向け", "2025-08-09"),
    ("ja", "長崎では9日に平和祈念式典が行われる。", "2025-08-09"),
    ("ja", "長崎では9日に平和祈念式典が開かれる。", "2025-08-09"),
    ("ja", "首相は9日に長崎を訪問する。", "2025-08-09"),
    ("ko", "나가사키에서는 9일 평화기념식이 열린다.", "2025-08-09"),
    # ... and last month's in one about what was
    ("ja", "長崎では9日に平和祈念式典が行われた。", "2025-07-09"),
    ("ja", "9日の式典で市長が平和宣言を読み上げた。", "2025-07-09"),
    ("ko", "9일 열린 회의에서 결정됐다.", "2025-07-09"),
])
def test_a_day_alone_to_come_is_this_months(lang, sentence, expected):
    assert dates.event_dates([sentence], lang, D("2025-08-06"))[0] == DateInfo(D(expected), "day", "explicit")


@pytest.mark.parametrize("text,lang,expected", [
    # relative clauses in more languages: their background year dates only the names inside them
    ("Massa di Almaty merobohkan patung Nazarbayev, yang berkuasa hingga tahun 2019.", "id", {"Almaty": "2025-06-10"}),
    ("In Almaty haalde de menigte een standbeeld neer van Nazarbajev, die tot 2019 regeerde.", "nl",
     {"Almaty": "2025-06-10"}),
    ("La Almaty, mulțimea a dărâmat o statuie a lui Nazarbaev, care a condus până în 2019.", "ro",
     {"Almaty": "2025-06-10"}),
    ("U Zagrebu je mnoštvo srušilo kip Tuđmana, koji je vladao do 1999. godine.", "hr", {"Zagrebu": "2025-06-10"}),
    ("У Београду се окупило мноштво, које је 1999. године протестовало у Новом Саду.", "sr",
     {"Београду": "2025-06-10", "Новом Саду": "1999-01-01"}),
    ("I Göteborg rev folkmassan en staty av kungen, som styrde fram till 1950.", "sv", {"Göteborg": "2025-06-10"}),
    ("ბათუმში აქცია გაიმართა ქუთაისის მერის წინააღმდეგ, რომელიც 2019 წელს აირჩიეს.", "ka",
     {"ბათუმში": "2025-06-10"}),
])
def test_side_clauses_in_more_languages(text, lang, expected):
    from geodata.model import Article
    from geodata.pipeline import parse_article

    parsed = parse_article(Article(text, language=lang, published=D("2025-06-10")))
    got = {m.text: m.event.date.isoformat() for m in parsed.mentions if m.text in expected}
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # a header with the Hijri date first and the Gregorian one after "الموافق" (corresponding to)
    ("الاثنين 27 ذو الحجة 1446هـ - الموافق 23 يونيو/حزيران 2025\nأعلنت الوزارة اليوم عن خطة جديدة.", "2025-06-23"),
    ("أخبار محلية\nالخميس 5 رمضان 1446 هـ الموافق 6 مارس 2025 م\nقال المسؤول إن العمل مستمر.", "2025-03-06"),
    ("السبت 1 محرم 1447هـ | الموافق 28 يونيو 2025\nافتتح المعرض أبوابه.", "2025-06-28"),
    # a Hijri date alone is not converted (its month follows the moon's sighting)
    ("الاثنين 27 ذو الحجة 1446هـ\nأعلنت الوزارة اليوم عن خطة جديدة.", None),
])
def test_arabic_header_with_hijri_and_gregorian_dates(text, expected):
    got = dates.publication_date(text, "ar")
    assert (got.date.isoformat() if got else None) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("وقع الانفجار يوم الأحد 26 ذو الحجة 1446هـ الموافق 22 يونيو 2025 في الميناء.", "2025-06-22"),
    ("افتتح الجسر في 10 رجب 1445 هـ، الموافق 22 يناير 2024.", "2024-01-22"),
    ("وقع الانفجار يوم 22 يونيو 2025 الموافق 26 ذو الحجة 1446هـ في الميناء.", "2025-06-22"),
    ("وقع الانفجار يوم 26 ذو الحجة 1446هـ في الميناء.", None),
    ("صام الناس في رمضان كما كل عام.", None),
])
def test_arabic_hijri_dates_in_sentences_count_through_their_gregorian_day(sentence, expected):
    got = dates.event_dates([sentence], "ar", D("2025-06-25"))[0]
    assert (got.date.isoformat() if got else None) == expected


@pytest.mark.parametrize("sentence,expected,precision", [
    # weekdays in their definite (-da, -ta) and past (-dii, -tii, -hii) forms, and after "maalintii" (on the day of)
    ("Sabtidii ayaa qarax ka dhacay suuqa Bakaaraha.", "2025-06-14", "day"),
    ("Maalintii Axadda ayaa golaha wasiirada la kulmay.", "2025-06-15", "day"),
    ("Isniintii ayuu madaxweynuhu gaaray Kismaayo.", "2025-06-16", "day"),
    ("Khamiistii ayay ciidamadu la wareegeen tuulada.", "2025-06-12", "day"),
    ("Doorashada waxaa la qaban doonaa Sabtida soo socota.", "2025-06-21", "day"),
    # months as Somali news spells them
    ("Heshiiska waxaa la saxiixay 12 Agoosto 2024.", "2024-08-12", "day"),
    ("Shirku wuxuu dhacay 3 Luuliyo 2024 magaalada Garoowe.", "2024-07-03", "day"),
    ("Shirku wuxuu dhacay 9 Nofembar 2024.", "2024-11-09", "day"),
    ("Shirku wuxuu dhacay 21 Febraayo 2025.", "2025-02-21", "day"),
    ("Bishii Agoosto ayay abaartu ku dhufatay gobolka.", "2024-08-01", "month"),
    # a year after "sanadkii" (in the year), and relative days
    ("Sanadkii 2023 ayuu fatahaad ku dhuftay Beledweyne.", "2023-01-01", "year"),
    ("Shalay ayuu wasiirku booqday Baydhabo.", "2025-06-17", "day"),
    ("Maanta ayaa shirku ka furmay Muqdisho.", "2025-06-18", "day"),
    # "since 2023": a state that still holds, no event date
    ("Tan iyo sanadkii 2023 ayay ciidamadu joogaan degmada.", None, None),
    ("Qiimaha bariiska ayaa labanlaabmay tan iyo bilowgii bishan.", None, None),
])
def test_somali_date_words(sentence, expected, precision):
    got = dates.event_dates([sentence], "so", D("2025-06-18"))[0]
    assert (got.date.isoformat() if got else None, got.precision if got else None) == (expected, precision)


@pytest.mark.parametrize("ethiopian,gregorian", [
    ((2017, 1, 1), "2024-09-11"),  # Enkutatash
    ((2016, 1, 1), "2023-09-12"),  # ... on the 12th before a Gregorian leap year
    ((2015, 13, 6), "2023-09-11"),  # Pagume's sixth day, in a year before one divisible by 4
    ((2012, 5, 11), "2020-01-20"),  # Timkat in a Gregorian leap year
    ((2017, 4, 29), "2025-01-07"),  # Genna
    ((2017, 12, 14), "2025-08-20"),
    ((2016, 13, 6), None),  # no sixth day of Pagume that year
    ((2017, 14, 1), None),
])
def test_ethiopian_calendar_conversion(ethiopian, gregorian):
    got = dates._ethiopian(*ethiopian)
    assert (got.isoformat() if got else None) == gregorian


@pytest.mark.parametrize("text,expected", [
    ("ነሐሴ 14 ቀን 2017 ዓ.ም\nየኢትዮጵያ መንግስት አዲስ ፖሊሲ ይፋ አደረገ።", "2025-08-20"),
    ("አዲስ አበባ፣ መስከረም 1 ቀን 2018 ዓ.ም (ኢዜአ) - አዲሱ ዓመት በድምቀት ተከበረ።", "2025-09-11"),
    ("ዜና\nአዲስ አበባ፣ ጥቅምት 5/2018 (ኢዜአ)፦ ምክር ቤቱ ስብሰባ አካሄደ።", "2025-10-15"),
])
def test_amharic_ethiopian_calendar_publication_lines(text, expected):
    assert dates.publication_date(text, "am") == DateInfo(D(expected), "day", "publication")


@pytest.mark.parametrize("sentence,expected,precision", [
    ("ምርጫው ግንቦት 28 ቀን 2013 ዓ.ም ተካሄደ።", "2021-06-05", "day"),
    ("ስብሰባው በሰኔ 30 ቀን 2017 ዓ.ም በባሕር ዳር ተካሄደ።", "2025-07-07", "day"),
    ("ስብሰባው ነሐሴ 14 በጎንደር ተካሄደ።", "2025-08-20", "day"),  # without its year: the latest one
    ("ግድቡ በሐምሌ 2016 ዓ.ም ተመረቀ።", "2024-07-01", "month"),  # Hamle starts on 8 July: that Gregorian month
    ("ስብሰባው ጁላይ 15 ቀን 2024 በአዲስ አበባ ተካሄደ።", "2024-07-15", "day"),  # a Gregorian date still reads as one
])
def test_amharic_ethiopian_calendar_dates_in_sentences(sentence, expected, precision):
    got = dates.event_dates([sentence], "am", D("2025-08-25"))[0]
    assert got == DateInfo(D(expected), precision, "explicit")


@pytest.mark.parametrize("sentence,expected", [
    # a date followed by "beri"/"buyon" (since), or in the ablative ("-dan", from): a state since then, no event
    ("2023-yildan beri u Samarqandda yashaydi.", None),
    ("2021-yildan buyon zavod ishlamayapti.", None),
    ("Korxona 2019-yildan Navoiyda ishlaydi.", None),
    ("2022 yildan beri narxlar oshib bormoqda.", None),
    ("Fevral oyidan beri suv yo'q.", None),
    ("2020-йилдан бери у Тошкентда яшайди.", None),
    # the locative is an event's date
    ("2023-yilda u Samarqandga keldi.", "2023-01-01"),
])
def test_uzbek_since_a_date_is_ongoing(sentence, expected):
    got = dates.event_dates([sentence], "uz", D("2025-06-20"))[0]
    assert (got.date.isoformat() if got else None) == expected


@pytest.mark.parametrize("lang,sentence,expected", [
    # A weekday right after a relative day is that day's weekday: "tomorrow Saturday" is the coming one
    ("ar", "تجري الانتخابات غدا السبت في بغداد.", "2025-11-29"),
    ("fr", "Les élections auront lieu demain samedi à Nouméa.", "2025-11-29"),
    ("tr", "Seçim yarın cumartesi Ankara'da yapılacak.", "2025-11-29"),
    ("ar", "قصفت الطائرات أمس الأربعاء مدينة غزة.", "2025-11-26"),
    # ... a weekday alone is unchanged: the last one
    ("en", "The vote was held on Saturday in Suva.", "2025-11-22"),
])
def test_a_weekday_after_a_relative_day_takes_its_direction(lang, sentence, expected):
    assert dates.event_dates([sentence], lang, D("2025-11-27"))[0].date == D(expected)


@pytest.mark.parametrize("lang,sentence,expected", [
    ("fa", "همچنین روز گذشته یک پهپاد ترکیه‌ای در منطقه مخمور یک خودرو را هدف قرار داد.", "2025-05-07"),
    ("fa", "در ۱۰ روز گذشته چند حمله در مخمور رخ داد.", "2025-05-08"),  # "in the past 10 days": no yesterday
    # Punjabi (Gurmukhi)
    ("pa", "ਜੰਮੂ-ਕਸ਼ਮੀਰ ਦੇ ਪੁੰਛ ਸ਼ਹਿਰ ਵਿੱਚ ਬੁੱਧਵਾਰ ਨੂੰ ਗੋਲੀਬਾਰੀ ਹੋਈ।", "2025-05-07"),
    ("pa", "ਇਸੇ ਦੌਰਾਨ ਬੀਤੀ ਰਾਤ ਫ਼ਿਰੋਜ਼ਪੁਰ ਵਿੱਚ ਬਲੈਕਆਊਟ ਕੀਤਾ ਗਿਆ।", "2025-05-07"),
    ("pa", "ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ 2 ਮਈ ਨੂੰ ਮੀਟਿੰਗ ਹੋਈ।", "2025-05-02"),
    # Central Kurdish (Sorani): months with the ezafe and the locative
    ("ckb", "پەکەکە لە ١٢ی ئایاردا ڕایگەیاند کە خۆی هەڵدەوەشێنێتەوە.", "2025-05-12"),
    ("ckb", "شەوی ڕابردوو کێڵگەی گازی کۆرمۆر کرایە ئامانج.", "2025-05-07"),
    ("ckb", "لە ٢٦ی تشرینی دووەمی ٢٠٢٤ کێڵگەی کۆرمۆر کرایە ئامانج.", "2024-11-26"),
    # Northern Kurdish (Kurmanji): oblique months and days
    ("ku", "Di 3ê Adarê 2025 de balafir li Amêdiyê bombebaran kirin.", "2025-03-03"),
    ("ku", "Balafirên şer duh şev li Amêdiyê bombebaran kirin.", "2025-05-07"),
])
def test_relative_words_and_months_of_more_languages(lang, sentence, expected):
    assert dates.event_dates([sentence], lang, D("2025-05-08"))[0].date == D(expected)


def test_kurdish_datelines_are_the_publication_date():
    sorani = "سەردێڕ\n\nسلێمانی - ڕووداو، ١١ی تەمموزی ٢٠٢٥\n\nسی چەکداری پەکەکە چەکەکانیان سووتاند."
    kurmanji = "Sernav\n\nDUHOK - Rûdaw, 3ê Adarê 2025\n\nBalafirên şer duh şev bombebaran kirin."
    assert dates.publication_date(sorani, "ckb") == DateInfo(D("2025-07-11"), "day", "publication")
    assert dates.publication_date(kurmanji, "ku") == DateInfo(D("2025-03-03"), "day", "publication")


@pytest.mark.parametrize("lang,published,sentence,expected", [
    # Marathi "-तील" is a locative ("खोऱ्यातील", in the valley) as often as a future: only whole future verbs count
    ("mr", "2025-04-23", "पहलगामजवळील बैसरन खोऱ्यातील मंगळवारी दुपारी झालेल्या हल्ल्यात सहा पर्यटकांचा मृत्यू झाला.",
     "2025-04-22"),
    ("mr", "2025-04-23", "मुंबईत मंगळवारी दुपारी बैठक होईल.", "2025-04-29"),
    # Tamil "போவதாக" (that they will): a strike from Monday to come
    ("ta", "2025-02-23", "ராமேஸ்வரம் மீனவர்கள் திங்கள்கிழமை முதல் வேலைநிறுத்தத்தில் ஈடுபடப் போவதாக அறிவித்துள்ளனர்.",
     "2025-02-24"),
    ("ta", "2025-02-23", "ராமேஸ்வரம் மீனவர்கள் திங்கள்கிழமை வேலைநிறுத்தத்தில் ஈடுபட்டனர்.", "2025-02-17"),
])
def test_weekday_direction_in_marathi_and_tamil(lang, published, sentence, expected):
    assert dates.event_dates([sentence], lang, D(published))[0].date == D(expected)


@pytest.mark.parametrize("lang,sentence,expected", [
    # A holiday's name is no weekday
    ("en", "Sri Lanka marks sixth anniversary of Easter Sunday attacks in Colombo", None),
    ("en", "Shoppers crowded Oxford Street on Black Friday.", None),
    ("fr", "Le Vendredi saint, des fidèles ont prié à Jérusalem.", None),
    ("es", "El Viernes Santo hubo procesiones en Sevilla.", None),
    ("en", "Church bells rang in Colombo on Sunday.", "2025-04-20"),
])
def test_a_holiday_name_is_no_weekday(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2025-04-21"))[0]
    assert (got.date.isoformat() if got else None) == expected


# -- Situation reports and live blogs: the head lines that date a report


@pytest.mark.parametrize("text,lang,expected", [
    # A reporting period's last day: the report covers the days up to it (a range across months did so already)
    ("DTM Sudan – Flash Alert\nReporting period: 18-24 April 2025\n\nText.", "en", "2025-04-24"),
    ("Great Lakes Weekly Conflict Summary | 1-7 March 2025\n\nText.", "en", "2025-03-07"),
    ("Myanmar Conflict Monitor\nWeek of 5-11 April 2025\n\nText.", "en", "2025-04-11"),
    ("UNICEF Situation Report\nReporting period: 28 March – 10 April 2025\n\nText.", "en", "2025-04-10"),
    ("HAÏTI : Artibonite\nPériode couverte : 3-10 octobre 2024\n\nTexte.", "fr", "2024-10-10"),
    ("SUDÁN: Actualización\nPeríodo: 1-15 de mayo de 2025\n\nTexto.", "es", "2025-05-15"),
    ("اليمن: نشرة إنسانية\nالفترة المشمولة: 5-12 أغسطس 2024\n\nنص.", "ar", "2024-08-12"),
    # "As of" a day, ending a head line (after a clock time too)
    ("DRC: Flash Update No. 4\nAs of 28 January 2025\n\nText.", "en", "2025-01-28"),
    ("RDC : Note d'information\nAu 5 mai 2025\n\nTexte.", "fr", "2025-05-05"),
    ("Донецька ОВА: гуманітарна ситуація\nСтаном на 10 січня 2025 року\n\nТекст.", "uk", "2025-01-10"),
    ("Харківська ОВА: оперативна інформація станом на 08:00 14 листопада 2024 року\n\nТекст.", "uk", "2024-11-14"),
    ("Обзор\nПо состоянию на 10 января 2025 года\n\nТекст.", "ru", "2025-01-10"),
    # a front-line summary's head line: the situation "on the morning of" a day
    ("⚡️Вовчанськ: ситуація на ранок 14 травня 2024\n\nПротивник продовжує наступ.", "uk", "2024-05-14"),
    ("Обстановка на утро 3 марта 2025 года\n\nВСУ отошли.", "ru", "2025-03-03"),
    # A live blog's byline, its date after "|" with a weekday, a time and a time zone
    ("Live: Ukraine war\nBy Guardian staff, with agencies | Mon 3 Mar 2025 09.12 GMT\n\nText.", "en", "2025-03-03"),
])
def test_a_reports_head_line_dates_it(text, lang, expected):
    assert dates.publication_date(text, lang).date == D(expected)


@pytest.mark.parametrize("text,lang", [
    ("Weekly Summary\n\nFighting continued in Kale.\nNext summary: 18 April 2025.", "en"),
    ("Mise à jour\n\nLes combats continuent.\nProchain rapport : 18 avril 2025", "fr"),
    ("Actualización\n\nContinúan los combates.\nPróximo informe: 18 de abril de 2025", "es"),
    ("Update\n\nAs of 9 April 2025, 3,649 deaths were reported in Mandalay.", "en"),  # a sentence's date
    ("Exposition prolongée jusqu'au 5 mai 2025\n\nTexte.", "fr"),  # "jusqu'au" is no "au"
])
def test_dates_to_come_and_reported_dates_do_not_date_a_report(text, lang):
    assert dates.publication_date(text, lang) is None


@pytest.mark.parametrize("text,lang,expected", [
    ("ICRC Ukraine – Operational Update\nMay 2025\n\nText.", "en", "2025-05-01"),
    ("MSF – Mise à jour opérationnelle Nord-Kivu\nAvril 2025\n\nTexte.", "fr", "2025-04-01"),
    ("Informe de situación\nMayo de 2025\n\nTexto.", "es", "2025-05-01"),
    ("Огляд\nКвітень 2025\n\nТекст.", "uk", "2025-04-01"),
])
def test_a_month_heading_a_report_is_its_month(text, lang, expected):
    got = dates.publication_date(text, lang)
    assert (got.date, got.precision) == (D(expected), "month")
    # ... below any day's stamp, and not in the body nor when it is the next report's
    assert dates.publication_date(text.replace("\n\n", "\n2025-05-03\n\n", 1), lang).precision == "day"
    assert dates.publication_date("Title\n\nIn May 2025 the war ended.", "en") is None
    assert dates.publication_date("Title\nNext update: May 2025\n\nText.", "en") is None


def test_a_month_stamped_report_dates_its_body_in_that_year():
    from geodata.model import Article
    from geodata.pipeline import parse_article

    text = ("ICRC Ukraine – Operational Update: Zaporizhzhia Oblast\nMay 2025\n\nOVERVIEW\nOn 6 April, a strike hit "
            "Zaporizhzhia. On 20 May, drones hit Orikhiv. In Huliaipole, residents live without water.")
    parsed = parse_article(Article(text, language="en"))
    got = {m.text: (m.event.date.isoformat(), m.event.precision) for m in parsed.mentions if m.role != "dateline"}
    assert got["Zaporizhzhia"] == ("2025-04-06", "day")
    assert got["Orikhiv"] == ("2025-05-20", "day")  # (the month's end is the reference, not its 1st)
    assert got["Huliaipole"] == ("2025-05-01", "month")


@pytest.mark.parametrize("sentence,lang,expected,precision", [
    ("Over 1 million IDPs in Haiti (DTM, Round 9, January 2025).", "en", "2025-01-01", "month"),
    ("Plus d'un million de déplacés (DTM, cycle 9, janvier 2025).", "fr", "2025-01-01", "month"),
    ("Más de un millón de desplazados (DTM, ronda 9, enero de 2025).", "es", "2025-01-01", "month"),
    # ... a day before its month, or after a weekday and a comma, is one
    ("On Monday, 9 January 2023, rebels attacked Goma.", "en", "2023-01-09", "day"),
    ("Le lundi 9 janvier 2023, les rebelles ont attaqué Goma.", "fr", "2023-01-09", "day"),
    ("The vote was held on January 9, 2023.", "en", "2023-01-09", "day"),
])
def test_a_round_number_before_a_comma_is_no_day(sentence, lang, expected, precision):
    got = dates.event_dates([sentence], lang, D("2025-04-04"))[0]
    assert (got.date, got.precision) == (D(expected), precision)


@pytest.mark.parametrize("lang,lines,expected", [
    ("uk", ["6 серпня 2024 року — українські підрозділи перетинають кордон.", "Серпень — ЗСУ підривають мости.",
            "Понад 100 тисяч мешканців евакуйовано.", "Жовтень — Росія перекидає війська КНДР.",
            "Листопад 2024 — бої біля Коренева.", "Січень — нова атака на Бердин."],
     ["2024-08-06", "2024-08-01", None, "2024-10-01", "2024-11-01", "2025-01-01"]),
    ("en", ["Nov 11, 2022 – Ukrainian troops enter Kherson.", "August – Wagner mutinies near Rostov.",
            "March – Talks in Istanbul."], ["2022-11-11", "2023-08-01", "2024-03-01"]),
    ("fr", ["12 juin 2023 – Les troupes entrent à Kherson.", "Août – Mutinerie près de Rostov."],
     ["2023-06-12", "2023-08-01"]),
    # ... without a dated line before it, the month is the last one before publication; one inside a sentence is
    # no timeline's
    ("en", ["August – Wagner mutinies near Rostov."], ["2024-08-01"]),
    ("en", ["Nov 11, 2022 – Ukrainian troops enter Kherson.", "Talks went on in August – and failed."],
     ["2022-11-11", "2024-08-01"]),
])
def test_a_timelines_month_alone_takes_its_year_from_the_lines_above(lang, lines, expected):
    got = dates.event_dates(lines, lang, D("2025-03-17"))
    assert [got[i].date.isoformat() if got[i] else None for i in range(len(lines))] == expected


def _mention_dates(text: str, lang: str, published: str, names: set[str]) -> dict[str, str | None]:
    from geodata.model import Article
    from geodata.pipeline import parse_article

    parsed = parse_article(Article(text, language=lang, published=D(published)))
    return {m.text: m.event.date.isoformat() if m.event else None for m in parsed.mentions if m.text in names}


@pytest.mark.parametrize("text,lang,expected", [
    # a list's items take the date written after its last item, not the next clause's
    ("The group swept through Nyala, Zalingei, El Geneina and Ed Daein last year, and witnesses said fighters "
     "massed this week in Mellit.", "en",
     {"Nyala": "2024-01-01", "Zalingei": "2024-01-01", "Ed Daein": "2024-01-01", "Mellit": "2025-06-09"}),
    ("Les rebelles ont pris Goma, Sake et Minova en janvier, et ils sont entrés dimanche dans Bukavu.", "fr",
     {"Goma": "2025-01-01", "Sake": "2025-01-01", "Minova": "2025-01-01", "Bukavu": "2025-06-08"}),
    ("Los rebeldes tomaron Goma, Sake y Minova en enero, y el domingo entraron en Bukavu.", "es",
     {"Goma": "2025-01-01", "Minova": "2025-01-01", "Bukavu": "2025-06-08"}),
    # not across an item that is more than a name: the clause keeps the sentence's date
    ("Troops shelled Kherson, said a spokesman for the southern command on Monday, and Odesa in March.", "en",
     {"Kherson": "2025-06-09"}),
])
def test_a_list_takes_the_date_after_its_last_item(text, lang, expected):
    assert _mention_dates(text, lang, "2025-06-10", set(expected)) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # "N weeks after X": X is that long before the main clause
    ("Rebels entered Bukavu on Sunday, three weeks after seizing Goma.", "en",
     {"Bukavu": "2025-06-08", "Goma": "2025-05-18"}),
    ("Les rebelles sont entrés dimanche dans Bukavu, trois semaines après avoir pris Goma.", "fr",
     {"Bukavu": "2025-06-08", "Goma": "2025-05-18"}),
    ("Los rebeldes entraron el domingo en Bukavu, tres semanas después de tomar Goma.", "es",
     {"Bukavu": "2025-06-08", "Goma": "2025-05-18"}),
    ("Повстанцы вошли в Букаву в воскресенье, через три недели после захвата Гомы.", "ru",
     {"Букаву": "2025-06-08", "Гомы": "2025-05-18"}),
    ("Os rebeldes entraram no domingo em Bukavu, três semanas depois da tomada de Goma.", "pt",
     {"Bukavu": "2025-06-08", "Goma": "2025-05-18"}),
    ("Die Rebellen sind am Sonntag in Bukavu eingerückt, drei Wochen nach der Einnahme von Goma.", "de",
     {"Bukavu": "2025-06-08", "Goma": "2025-05-18"}),
    # ... not a fronted phrase no comma closes: the main clause follows it in the same stretch
    ("Einen Tag nach dem Sturz Assads haben am Montag in Damaskus Tausende Menschen gefeiert.", "de",
     {"Damaskus": "2025-06-09"}),
    # ... counted back, not forward ("one day after an attack on Tel Aviv": the day before)
    ("وجاءت الغارات على الحديدة يوم الأحد بعد يوم واحد من هجوم على تل أبيب.", "ar",
     {"تل أبيب": "2025-06-07"}),
    # the phrase's own date dates the main clause ("two days after retaking the palace on Friday")
    ("Troops consolidated positions in Khartoum, two days after retaking the palace on Friday, their biggest "
     "victory since the war began in April 2023.", "en", {"Khartoum": "2025-06-08"}),
    # opening the sentence, the phrase dates the main clause from the day the text gave
    ("A man attacked a synagogue in Rouen on June 2. Two days after the attack, police arrested a suspect in York.",
     "en", {"Rouen": "2025-06-02", "York": "2025-06-04"}),
])
def test_counted_offset_phrases(text, lang, expected):
    assert _mention_dates(text, lang, "2025-06-10", set(expected)) == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a date a figure is compared with is no event date: the place takes the sentence's other date or publication
    ("Agents in Eagle Pass recorded fewer than 300 apprehensions last week, compared with more than 10,000 in a "
     "single week in December 2023.", "en", {"Eagle Pass": "2025-06-02"}),
    ("Au moins 46 personnes sont mortes en tentant de rejoindre le Royaume-Uni, soit déjà plus que sur toute "
     "l'année 2023.", "fr", {"Royaume-Uni": "2025-06-10"}),
    ("Έχουν φτάσει στην Κρήτη περισσότεροι από 7.000 άνθρωποι, σχεδόν όσοι σε ολόκληρο το 2024.", "el",
     {"Κρήτη": "2025-06-10"}),
    ("La participación en Getxo fue del 62,5 %, casi doce puntos más que en 2020.", "es", {"Getxo": "2025-06-10"}),
    ("Die Zahl der Ankünfte in Italien stieg im Vergleich zum Jahr 2023 deutlich.", "de",
     {"Italien": "2025-06-10"}),
    # the compared figure's own place keeps the comparison's date; a date not compared stays
    ("Arrivals fell in Greece, compared with 10,000 in Italy in 2023.", "en",
     {"Greece": "2025-06-10", "Italy": "2023-01-01"}),
    ("Arrivals in Greece rose sharply in 2024.", "en", {"Greece": "2024-01-01"}),
])
def test_compared_dates_are_no_event_dates(text, lang, expected):
    assert _mention_dates(text, lang, "2025-06-10", set(expected)) == expected


@pytest.mark.parametrize("lang,sentence,published,expected", [
    # "from April" is a start: the coming April when it is close, else the last one
    ("en", "The WFP may have to cut food rations in Cox's Bazar from April.", "2025-03-06", "2025-04-01"),
    ("fr", "Les rations seront réduites à partir d'avril.", "2025-03-06", "2025-04-01"),
    ("es", "Las raciones se reducirán a partir de abril.", "2025-03-06", "2025-04-01"),
    ("de", "Die Rationen werden ab April gekürzt.", "2025-03-06", "2025-04-01"),
    ("en", "Refugees have received less food from April.", "2025-11-06", "2025-04-01"),
    ("en", "Rations were cut in April.", "2025-03-06", "2024-04-01"),  # no "from": the last April
    # "this year's May" (Azerbaijani "builki", Turkish "bu yılki"): this year's, not last year's
    ("az", "Qaz kəmərinin tikintisinin builki may ayında başa çatacağı gözlənilir.", "2025-01-15", "2025-05-01"),
    ("tr", "Metro hattı bu yılki mayıs ayında açılacak.", "2025-01-15", "2025-05-01"),
    ("az", "Yeni stansiya keçən ilin may ayında açılıb.", "2025-01-15", "2024-05-01"),
])
def test_a_month_from_which_something_starts(lang, sentence, published, expected):
    got = dates.event_dates([sentence], lang, D(published))[0]
    assert got is not None and got.date == D(expected) and got.precision == "month"


@pytest.mark.parametrize("lang,sentence,expected", [
    # a night between two days is the first day's, not "tonight"
    ("pl", "Gazociąg został uszkodzony w nocy z 7 na 8 października.", "2023-10-07"),
    ("ru", "Газопровод был повреждён в ночь с 7 на 8 октября.", "2023-10-07"),
    ("uk", "Газогін пошкоджено в ніч з 7 на 8 жовтня.", "2023-10-07"),
    ("cs", "Plynovod byl poškozen v noci ze 7. na 8. října.", "2023-10-07"),
    ("de", "Die Pipeline wurde in der Nacht vom 7. auf den 8. Oktober beschädigt.", "2023-10-07"),
    ("fr", "Le gazoduc a été endommagé dans la nuit du 7 au 8 octobre.", "2023-10-07"),
    ("pl", "Gazociąg został uszkodzony 8 października.", "2023-10-08"),  # one day alone
])
def test_a_night_between_two_days(lang, sentence, expected):
    got = dates.event_dates([sentence], lang, D("2023-10-24"))[0]
    assert got == DateInfo(D(expected), "day", "explicit")


def test_the_night_of_a_date_dates_each_name_in_its_clause():
    # (not "w nocy", at night, as tonight: the date closer to the name says which night)
    text = "Gazociąg łączący Finlandię z Estonią został uszkodzony w nocy z 7 na 8 października."
    assert _mention_dates(text, "pl", "2023-10-24", {"Estonią"}) == {"Estonią": "2023-10-07"}


@pytest.mark.parametrize("text,lang,expected", [
    # a photo caption's full date gives a yearless dateline its year; the dateline's day is the story's
    ("Sudan army retakes Wad Madani\n\nKHARTOUM, Jan 12 (AP) — Sudan's military said Saturday it had recaptured "
     "the city.\n\nPhoto: Sudanese soldiers in Wad Madani, Jan. 11, 2025. (AP Photo)", "en", "2025-01-12"),
    ("Les rebelles entrent à Bukavu\n\nBUKAVU, 16 février (AFP) - Les rebelles sont entrés dimanche dans la ville."
     "\n\nPhoto : des combattants à Goma, 15 février 2025. (AFP)", "fr", "2025-02-16"),
    # ... not an archive photo's date: that stays (nothing else dates the story)
    ("Troops advance\n\nKYIV, March 3 (Reuters) - Troops advanced.\n\nPhoto: soldiers in Kharkiv, June 20, 2019. "
     "(AP Photo)", "en", "2019-06-20"),
])
def test_a_caption_date_completes_the_dateline(text, lang, expected):
    got = dates.publication_date(text, lang)
    assert got is not None and got.date == D(expected)


@pytest.mark.parametrize("sentence,expected", [
    # a place named after a date ("6th of October City", "the 6 October Bridge") is no date
    ("أعلنت المفوضية أن طوابير التسجيل في مكتبها بمدينة السادس من أكتوبر تمتد لساعات.", None),
    ("يعيش كثير من اللاجئين في مدينة 6 أكتوبر غرب القاهرة.", None),
    ("ازدحمت حركة المرور على كوبري 6 أكتوبر أمس.", "2025-05-13"),
    ("اندلعت الحرب في السادس من أكتوبر 1973.", "1973-10-06"),
])
def test_places_named_after_dates_are_no_dates(sentence, expected):
    got = dates.event_dates([sentence], "ar", D("2025-05-14"))[0]
    assert (got.date.isoformat() if got else None) == expected
