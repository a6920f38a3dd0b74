"""Pages per group of people and per theme, in Dutch and English. Every number is a
figure token (``[cijfer:KEY]``, ``[jaar:KEY]``), filled in by the figures register;
each page ends with a next step."""

from content.choices import Audience
from content.demo.links import a
from content.demo.spec import PageSpec, heading, paragraph, quote, register
from content.models import AudiencePage, ThemePage


def _register_nl(heading_text: str = "Wilt u contact?") -> tuple:
    return register(
        heading_text, "Meld u aan. Aanmelden verplicht u tot niets.", "Aanmelden"
    )


def _register_en(heading_text: str = "Would you like contact?") -> tuple:
    return register(
        heading_text,
        "Register. Registering does not commit you to anything.",
        "Register",
    )


# The titles of the video pages these pages link to (content/demo/videos.py).
VIDEO_NL = "Contact na seksueel geweld: u bepaalt het tempo"
VIDEO_EN = "Contact after sexual violence: you set the pace"

AUDIENCES = [
    PageSpec(
        AudiencePage,
        key="victims",
        nl={
            "title": "Voor slachtoffers en nabestaanden",
            "slug": "slachtoffers",
            "intro": (
                "U bent slachtoffer van een misdrijf of een verkeersongeval, of u "
                "verloor iemand. Misschien wilt u de ander iets vragen of vertellen."
            ),
            "audience": Audience.VICTIMS,
            "body": [
                heading("Wat kan het u opleveren?"),
                paragraph(
                    "<p>U kunt vertellen wat het met u heeft gedaan. U kunt de vragen "
                    "stellen waar u mee blijft zitten, zoals: waarom ik? U kunt "
                    "afspraken maken over hoe het verder gaat. Contact kan helpen om "
                    "minder angst en machteloosheid te voelen en weer vooruit te "
                    "kijken. Dat is niet voor iedereen zo, en u bepaalt zelf wat u "
                    "wilt.</p>"
                ),
                heading("U beslist zelf"),
                paragraph(
                    "<p>Meedoen is vrijwillig. U kiest de vorm: een gesprek, brieven, "
                    "boodschappen via de bemiddelaar of een videoboodschap. U kunt "
                    "pauzeren of stoppen wanneer u wilt. Meedoen neemt nooit uw recht "
                    "af om aangifte te doen.</p>"
                ),
                heading("U mag de eerste stap zetten"),
                paragraph(
                    "<p>Vaak zet het slachtoffer de eerste stap: in "
                    "[jaar:ph-initiatief-slachtoffers-2024] gebeurde dat in "
                    "[cijfer:ph-initiatief-slachtoffers-2024] van de zaken. U kunt "
                    "zich zelf aanmelden, of via Slachtofferhulp Nederland of een "
                    "andere professional.</p>"
                ),
                heading("Nabestaanden"),
                paragraph(
                    "<p>Verloor u iemand door een misdrijf of een ongeval? Ook als "
                    "nabestaande kunt u meedoen. Bijvoorbeeld om te horen hoe het "
                    "gebeurde, of om de ander te laten weten wat het verlies voor u "
                    "betekent.</p>"
                ),
                heading("Welke vorm past bij u?"),
                paragraph(
                    "<p>Ligt uw zaak bij de officier van justitie of de rechter? Dan "
                    f"komt eerst {a('nl', 'mis', 'Mediation in Strafzaken')} in "
                    "beeld. In alle andere gevallen is er "
                    f"{a('nl', 'hb', 'herstelbemiddeling')}. Alles op een rij: "
                    f"{a('nl', 'which', 'Welke past bij mij?')}</p>"
                ),
                heading("Wilt u vooral dat het stopt?"),
                paragraph(
                    "<p>Wordt u lastiggevallen of bedreigd, en wilt u vooral dat het "
                    "ophoudt? Dan kan de politie vaak meer doen, bijvoorbeeld met een "
                    "stopgesprek. Lees "
                    f"{a('nl', 'stop', 'Als u vooral wilt dat het stopt')}.</p>"
                ),
                quote(
                    (
                        "Ik wilde weten of hij besefte wat hij had aangericht. Dat "
                        "heb ik kunnen vragen."
                    ),
                    "Marloes, slachtoffer (verzonnen voorbeeld)",
                ),
                _register_nl(),
            ],
        },
        en={
            "title": "For victims and bereaved relatives",
            "slug": "victims",
            "intro": (
                "You are the victim of a crime or a traffic accident, or you lost "
                "someone. Perhaps you want to ask or tell the other person something."
            ),
            "body": [
                heading("What can it give you?"),
                paragraph(
                    "<p>You can say what it did to you. You can ask the questions you "
                    "are left with, such as: why me? You can make agreements about "
                    "what happens next. Contact can help you feel less fear and "
                    "powerlessness and look ahead again. That is not so for "
                    "everyone, and you decide what you want.</p>"
                ),
                heading("You decide"),
                paragraph(
                    "<p>Taking part is voluntary. You choose the form: a "
                    "conversation, letters, messages through the mediator or a video "
                    "message. You can pause or stop whenever you like. Taking part "
                    "never takes away your right to report a crime.</p>"
                ),
                heading("You may take the first step"),
                paragraph(
                    "<p>The victim often takes the first step: in "
                    "[jaar:ph-initiatief-slachtoffers-2024] this happened in "
                    "[cijfer:ph-initiatief-slachtoffers-2024] of cases. You can "
                    "register yourself, or through Victim Support Netherlands or "
                    "another professional.</p>"
                ),
                heading("Bereaved relatives"),
                paragraph(
                    "<p>Did you lose someone through a crime or an accident? You can "
                    "take part as a bereaved relative too. For example to hear how it "
                    "happened, or to let the other person know what the loss means to "
                    "you.</p>"
                ),
                heading("Which form suits you?"),
                paragraph(
                    "<p>Is your case with the public prosecutor or a judge? Then "
                    f"{a('en', 'mis', 'mediation in criminal cases')} comes first. "
                    "In all other cases there is "
                    f"{a('en', 'hb', 'restorative mediation')}. All of it side by "
                    f"side: {a('en', 'which', 'Which one fits me?')}</p>"
                ),
                heading("Do you mainly want it to stop?"),
                paragraph(
                    "<p>Are you being harassed or threatened, and do you mainly want "
                    "it to stop? Then the police can often do more, for example with "
                    "a stop talk. Read "
                    f"{a('en', 'stop', 'When you mainly want it to stop')}.</p>"
                ),
                quote(
                    (
                        "I wanted to know whether he realised what he had done. I "
                        "was able to ask him."
                    ),
                    "Marloes, victim (invented example)",
                ),
                _register_en(),
            ],
        },
    ),
    PageSpec(
        AudiencePage,
        key="offenders",
        nl={
            "title": "Voor verdachten, daders en veroorzakers",
            "slug": "daders",
            "intro": (
                "U hebt een misdrijf gepleegd of een ongeval veroorzaakt, of u wordt "
                "ergens van verdacht. Misschien wilt u uitleggen wat er gebeurde, "
                "sorry zeggen of iets goedmaken."
            ),
            "audience": Audience.OFFENDERS,
            "body": [
                heading("Verantwoordelijkheid nemen"),
                paragraph(
                    "<p>Herstelrecht is geen makkelijke weg en geen manier om straf "
                    "te ontlopen. Het gaat om verantwoordelijkheid nemen voor wat u "
                    "deed, en de schade herstellen waar dat kan. Daders die meedoen, "
                    "tonen vaak meer verantwoordelijkheid, schuld en schaamte.</p>"
                    "<p>Nadenken over wat u hebt gedaan, hangt samen met minder vaak "
                    "opnieuw een strafbaar feit plegen. Of het daar ook de oorzaak van "
                    "is, is niet bewezen. Dat wordt nog onderzocht.</p>"
                ),
                heading("De voorwaarde"),
                paragraph(
                    "<p>U neemt verantwoordelijkheid voor uw eigen deel: u ontkent de "
                    "feiten niet. Meedoen is vrijwillig, ook voor de ander. De ander "
                    "mag nee zeggen, en de bemiddelaar respecteert dat.</p>"
                ),
                heading("U mag zelf de eerste stap zetten"),
                paragraph(
                    "<p>Daders nemen vaak zelf het initiatief: in "
                    "[jaar:ph-initiatief-daders-2024] was dat zo in "
                    "[cijfer:ph-initiatief-daders-2024] van de zaken. De meeste "
                    "aanmeldingen komen binnen via een professional, zoals de "
                    "reclassering of een medewerker van de gevangenis. U kunt zich ook "
                    "zelf aanmelden.</p>"
                ),
                heading("Heeft het invloed op uw strafzaak?"),
                paragraph(
                    f"<p>{a('nl', 'hb', 'Herstelbemiddeling')} heeft geen invloed op "
                    "de strafzaak. Bij "
                    f"{a('nl', 'mis', 'Mediation in Strafzaken')} kan de officier "
                    "van justitie of de rechter de afspraken die u samen maakt wel "
                    "meewegen.</p>"
                ),
                heading("In detentie"),
                paragraph(
                    "<p>Ook in de gevangenis of na uw vrijlating kunt u zich "
                    "aanmelden. Lees meer op "
                    f"{a('nl', 'detention', 'In en na detentie')}.</p>"
                ),
                _register_nl(),
            ],
        },
        en={
            "title": "For suspects, offenders and people who caused an accident",
            "slug": "offenders",
            "intro": (
                "You committed a crime or caused an accident, or you are suspected "
                "of something. Perhaps you want to explain what happened, say sorry "
                "or put something right."
            ),
            "body": [
                heading("Taking responsibility"),
                paragraph(
                    "<p>Restorative justice is not an easy way out, nor a way to "
                    "avoid punishment. It is about taking responsibility for what "
                    "you did, and repairing the harm where possible. Offenders who "
                    "take part often show more responsibility, guilt and shame.</p>"
                    "<p>Reflecting on what you did is linked to reoffending less "
                    "often. Whether it is also the cause has not been proven; it is "
                    "still being studied.</p>"
                ),
                heading("The condition"),
                paragraph(
                    "<p>You take responsibility for your own part: you do not deny "
                    "the facts. Taking part is voluntary, for the other person too. "
                    "They may say no, and the mediator respects that.</p>"
                ),
                heading("You may take the first step"),
                paragraph(
                    "<p>Offenders often take the initiative themselves: in "
                    "[jaar:ph-initiatief-daders-2024] they did so in "
                    "[cijfer:ph-initiatief-daders-2024] of cases. Most registrations "
                    "come in through a professional, such as the probation service or "
                    "a member of prison staff. You can also register yourself.</p>"
                ),
                heading("Does it affect your criminal case?"),
                paragraph(
                    f"<p>{a('en', 'hb', 'Restorative mediation')} has no influence on "
                    "the criminal case. In "
                    f"{a('en', 'mis', 'mediation in criminal cases')}, the public "
                    "prosecutor or the judge can take the agreements you make "
                    "together into account.</p>"
                ),
                heading("In detention"),
                paragraph(
                    "<p>You can also register in prison or after your release. Read "
                    f"more on {a('en', 'detention', 'In and after detention')}.</p>"
                ),
                _register_en(),
            ],
        },
    ),
    PageSpec(
        AudiencePage,
        key="relatives",
        nl={
            "title": "Voor naasten en getuigen",
            "slug": "naasten-en-getuigen",
            "intro": (
                "Ook als u er niet zelf bij betrokken was, kan een misdrijf of "
                "ongeval veel met u doen."
            ),
            "audience": Audience.RELATIVES,
            "body": [
                heading("Wie kan meedoen?"),
                paragraph(
                    "<p>Familie, partners, vrienden en getuigen kunnen ook meedoen aan "
                    "herstelbemiddeling. Bijvoorbeeld de ouders van een slachtoffer, "
                    "het kind van iemand die een ongeval veroorzaakte, of iemand die "
                    "zag wat er gebeurde.</p>"
                ),
                heading("Familie van iemand in detentie"),
                paragraph(
                    "<p>Ook de familie van een gedetineerde heeft vaak last van wat er "
                    "gebeurde. Perspectief Herstelbemiddeling werkt in 2024 en 2025 "
                    "aan contact tussen gedetineerden en hun eigen familie.</p>"
                ),
                heading("Samen met anderen"),
                paragraph(
                    "<p>In een Samenspraak-groep praten ook naasten van slachtoffers "
                    "en van daders mee. Lees meer over "
                    f"{a('nl', 'samenspraak', 'Samenspraak')}.</p>"
                ),
                _register_nl(),
            ],
        },
        en={
            "title": "For relatives and witnesses",
            "slug": "relatives-and-witnesses",
            "intro": (
                "Even if you were not involved yourself, a crime or an accident can "
                "affect you deeply."
            ),
            "body": [
                heading("Who can take part?"),
                paragraph(
                    "<p>Family, partners, friends and witnesses can also take part in "
                    "restorative mediation. For example the parents of a victim, the "
                    "child of someone who caused an accident, or someone who saw what "
                    "happened.</p>"
                ),
                heading("Family of someone in detention"),
                paragraph(
                    "<p>The family of a prisoner is often affected by what happened "
                    "too. In 2024 and 2025 Perspectief Herstelbemiddeling is "
                    "working on contact between prisoners and their own families.</p>"
                ),
                heading("Together with others"),
                paragraph(
                    "<p>Relatives of victims and of offenders also take part in "
                    "Samenspraak groups. Read more about "
                    f"{a('en', 'samenspraak', 'Samenspraak')}.</p>"
                ),
                _register_en(),
            ],
        },
    ),
    PageSpec(
        AudiencePage,
        key="professionals",
        nl={
            "title": "Voor professionals",
            "slug": "professionals",
            "intro": (
                "Werkt u met slachtoffers, daders of hun naasten? Dan kunt u hen "
                "wijzen op herstelrecht, of hen aanmelden als zij dat willen."
            ),
            "audience": Audience.PROFESSIONALS,
            "body": [
                heading("Een cliënt aanmelden"),
                paragraph(
                    "<ol><li>Vertel uw cliënt wat herstelrecht is, en vraag of hij of "
                    "zij het goed vindt dat u een aanmelding doet.</li>"
                    "<li>Kies in het aanmeldformulier 'Als professional, voor een "
                    "cliënt die daarmee instemt'.</li>"
                    "<li>Wij nemen eerst contact op met u, zodat u de volgende stap "
                    "samen met uw cliënt kunt voorbereiden.</li></ol>"
                    "<p>Zonder toestemming van uw cliënt doen wij niets. Bij een "
                    "minderjarige geven ook de ouders of de voogd toestemming.</p>"
                ),
                heading("Wie verwijzen er?"),
                paragraph(
                    "<p>In [jaar:ph-verwijzers-slachtofferhulp-2024] kwamen de meeste "
                    "verwijzingen van Slachtofferhulp Nederland "
                    "([cijfer:ph-verwijzers-slachtofferhulp-2024]), justitiële "
                    "instellingen ([cijfer:ph-verwijzers-justitie-2024]) en de "
                    "politie ([cijfer:ph-verwijzers-politie-2024]). De grootste groep "
                    "meldde zich zelf aan ([cijfer:ph-zelfmelders-2024]).</p>"
                    "<p>Ook de reclassering, gevangenissen, justitiële "
                    "jeugdinrichtingen, forensische klinieken, de Raad voor de "
                    "Kinderbescherming, huisartsen, psychologen, verzekeraars en "
                    "scholen verwijzen.</p>"
                ),
                heading("Loopt er een strafzaak?"),
                paragraph(
                    "<p>Ligt de zaak bij de officier van justitie of de rechter? Dan "
                    f"komt eerst {a('nl', 'mis', 'Mediation in Strafzaken')} in "
                    "beeld. Advocaten, Slachtofferhulp, de reclassering en de Raad "
                    "voor de Kinderbescherming kunnen daarom vragen; de Raad kan een "
                    "zaak ook rechtstreeks aanmelden bij het mediationbureau. Geef bij "
                    "de aanmelding de datum van de zitting op als u die weet.</p>"
                ),
                heading("Vertel het ook aan daders"),
                paragraph(
                    "<p>Verdachten en daders horen zelden dat zij zich kunnen "
                    "aanmelden. Toch nemen daders vaak zelf het initiatief: in "
                    "[cijfer:ph-initiatief-daders-2024] van de zaken "
                    "([jaar:ph-initiatief-daders-2024]).</p>"
                ),
                heading("Informatie bij de aangifte"),
                paragraph(
                    "<p>Slachtoffers hebben bij het eerste contact met de politie "
                    "recht op informatie over herstelrecht. Een folder of alleen een "
                    "telefoonnummer raakt snel kwijt. Wijs daarom op Herstelwijzer: "
                    "aanmelden kan hier zelf, en daarna nemen wij contact op.</p>"
                ),
                register(
                    "Cliënt aanmelden",
                    "Met toestemming van uw cliënt.",
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "For professionals",
            "slug": "professionals",
            "intro": (
                "Do you work with victims, offenders or those close to them? You can "
                "tell them about restorative justice, or register them if they wish."
            ),
            "body": [
                heading("Registering a client"),
                paragraph(
                    "<ol><li>Tell your client what restorative justice is, and ask "
                    "whether they agree that you register them.</li>"
                    "<li>In the registration form, choose 'As a professional, for a "
                    "client who agreed'.</li>"
                    "<li>We contact you first, so that you can prepare the next step "
                    "together with your client.</li></ol>"
                    "<p>Nothing happens without your client's consent. For anyone "
                    "under 18, a parent or guardian also gives consent.</p>"
                ),
                heading("Who refers?"),
                paragraph(
                    "<p>In [jaar:ph-verwijzers-slachtofferhulp-2024] most referrals "
                    "came from Victim Support Netherlands "
                    "([cijfer:ph-verwijzers-slachtofferhulp-2024]), justice "
                    "institutions ([cijfer:ph-verwijzers-justitie-2024]) and the "
                    "police ([cijfer:ph-verwijzers-politie-2024]). The largest group "
                    "registered themselves ([cijfer:ph-zelfmelders-2024]).</p>"
                    "<p>The probation service, prisons, youth custody centres, "
                    "forensic clinics, the Child Protection Board, GPs, "
                    "psychologists, insurers and schools refer too.</p>"
                ),
                heading("Is there a criminal case?"),
                paragraph(
                    "<p>Is the case with the public prosecutor or a judge? Then "
                    f"{a('en', 'mis', 'mediation in criminal cases')} comes first. "
                    "Lawyers, Victim Support, the probation service and the Child "
                    "Protection Board can ask for it; the Board can also register a "
                    "case directly with the mediation office. Give the hearing date "
                    "when you register, if you know it.</p>"
                ),
                heading("Tell offenders too"),
                paragraph(
                    "<p>Suspects and offenders are rarely told that they can "
                    "register. Yet offenders often take the initiative themselves: "
                    "in [cijfer:ph-initiatief-daders-2024] of cases "
                    "([jaar:ph-initiatief-daders-2024]).</p>"
                ),
                heading("Information when a crime is reported"),
                paragraph(
                    "<p>Victims have the right to information about restorative "
                    "justice at their first contact with the police. A leaflet or a "
                    "phone number alone is easily lost. So point them to "
                    "Herstelwijzer: they can register here themselves, and we then "
                    "get in touch.</p>"
                ),
                register(
                    "Register a client", "With your client's consent.", "Register"
                ),
            ],
        },
    ),
]

THEMES = [
    PageSpec(
        ThemePage,
        key="theme-sexual-violence",
        nl={
            "title": "Na seksueel geweld",
            "slug": "na-seksueel-geweld",
            "intro": (
                "Contact na seksueel geweld vraagt extra voorbereiding. U bepaalt het "
                "tempo en de vorm."
            ),
            "body": [
                heading("Wat is anders?"),
                paragraph(
                    "<p>Ongeveer een derde van de zaken bij herstelbemiddeling gaat "
                    "over seksueel geweld: [cijfer:ph-delict-zeden-2024] in "
                    "[jaar:ph-delict-zeden-2024]. In [cijfer:ph-zeden-bekenden] van "
                    "die zaken kennen slachtoffer en dader elkaar.</p>"
                    "<p>De voorbereiding krijgt meer tijd, en het traject duurt vaak "
                    "langer. Volgens het jaarverslag van Perspectief "
                    "Herstelbemiddeling komt het in deze zaken vaker tot contact.</p>"
                ),
                heading("Een aangifte is niet nodig"),
                paragraph(
                    "<p>Na seksueel geweld kunt u meedoen zonder dat er aangifte is "
                    "gedaan. Ook bij misbruik van lang geleden. Meedoen neemt nooit uw "
                    "recht af om later alsnog aangifte te doen.</p>"
                ),
                heading("Vaak zet het slachtoffer de eerste stap"),
                paragraph(
                    "<p>In zaken over seksueel geweld nam het slachtoffer in "
                    "[cijfer:ph-initiatief-slachtoffer-zeden-2024] van de zaken het "
                    "initiatief ([jaar:ph-initiatief-slachtoffer-zeden-2024]).</p>"
                ),
                heading("Uw veiligheid"),
                paragraph(
                    "<p>Bij uw aanmelding kiest u zelf wanneer en hoe wij contact "
                    "opnemen, en of wij mogen zeggen wie wij zijn. Met de knop "
                    "'Snel weg' verlaat u deze website meteen.</p>"
                    "<p>Wilt u eerst hulp of advies? Na seksueel geweld kunt u terecht "
                    "bij het Centrum Seksueel Geweld. Bij huiselijk geweld of "
                    "kindermishandeling bij Veilig Thuis.</p>"
                ),
                heading("Lees en kijk verder"),
                paragraph(
                    f"<p>De video {a('nl', 'video-sexual-violence', VIDEO_NL)} "
                    "legt het kort uit. De eerste Samenspraak-groep, eind 2023, ging "
                    "over seksueel geweld: lees over "
                    f"{a('nl', 'samenspraak', 'Samenspraak')}.</p>"
                ),
                register(
                    "Wilt u contact?",
                    "Meld u aan. U kiest zelf wanneer wij u veilig kunnen bereiken.",
                    "Aanmelden",
                ),
            ],
        },
        en={
            "title": "After sexual violence",
            "slug": "after-sexual-violence",
            "intro": (
                "Contact after sexual violence needs extra preparation. You set the "
                "pace and choose the form."
            ),
            "body": [
                heading("What is different?"),
                paragraph(
                    "<p>About a third of restorative mediation cases concern sexual "
                    "violence: [cijfer:ph-delict-zeden-2024] in "
                    "[jaar:ph-delict-zeden-2024]. In [cijfer:ph-zeden-bekenden] of "
                    "those cases the victim and the offender know each other.</p>"
                    "<p>Preparation is given more time, and the process often takes "
                    "longer. According to the annual report of Perspectief "
                    "Herstelbemiddeling, these cases more often reach contact.</p>"
                ),
                heading("A police report is not needed"),
                paragraph(
                    "<p>After sexual violence you can take part without having "
                    "reported it to the police. Also for abuse long ago. Taking part "
                    "never takes away your right to report it later.</p>"
                ),
                heading("The victim often takes the first step"),
                paragraph(
                    "<p>In cases of sexual violence, the victim took the initiative "
                    "in [cijfer:ph-initiatief-slachtoffer-zeden-2024] of cases "
                    "([jaar:ph-initiatief-slachtoffer-zeden-2024]).</p>"
                ),
                heading("Your safety"),
                paragraph(
                    "<p>When you register, you choose when and how we get in touch, "
                    "and whether we may say who we are. The 'Leave this site' button "
                    "takes you away from this website at once.</p>"
                    "<p>Would you like help or advice first? After sexual violence "
                    "you can turn to the Centrum Seksueel Geweld (Sexual Assault "
                    "Centre). For domestic violence or child abuse, to Veilig "
                    "Thuis.</p>"
                ),
                heading("Read and watch more"),
                paragraph(
                    f"<p>The video {a('en', 'video-sexual-violence', VIDEO_EN)} "
                    "explains it briefly. The first Samenspraak group, at the end of "
                    "2023, was on sexual violence: read about "
                    f"{a('en', 'samenspraak', 'Samenspraak')}.</p>"
                ),
                register(
                    "Would you like contact?",
                    "Register. You choose when we can safely reach you.",
                    "Register",
                ),
            ],
        },
    ),
    PageSpec(
        ThemePage,
        key="theme-traffic",
        nl={
            "title": "Na een verkeersongeval",
            "slug": "na-een-verkeersongeval",
            "intro": "Een ongeval verandert levens, ook van wie het veroorzaakte.",
            "body": [
                heading("Vragen na een ongeval"),
                paragraph(
                    "<p>In [jaar:ph-delict-verkeer-2024] ging "
                    "[cijfer:ph-delict-verkeer-2024] van de zaken bij "
                    "herstelbemiddeling over verkeer. Misschien wilt u weten hoe het "
                    "gebeurde, of wat de ander zich herinnert. Of u wilt de ander "
                    "laten weten wat het ongeval voor u betekent. Ook wie het ongeval "
                    "veroorzaakte, kan zich aanmelden.</p>"
                ),
                heading("Vaak zet het slachtoffer de eerste stap"),
                paragraph(
                    "<p>In verkeerszaken nam het slachtoffer in "
                    "[cijfer:ph-initiatief-slachtoffer-verkeer-2024] van de zaken het "
                    "initiatief ([jaar:ph-initiatief-slachtoffer-verkeer-2024]).</p>"
                ),
                heading("Loopt er een strafzaak?"),
                paragraph(
                    "<p>Herstelbemiddeling kan los van de strafzaak, op elk moment. "
                    "Ligt de zaak bij de officier van justitie of de rechter, en "
                    "wilt u ook afspraken maken over de schade? Dan kan "
                    f"{a('nl', 'mis', 'Mediation in Strafzaken')} passen.</p>"
                ),
                heading("Samenspraak over verkeer"),
                paragraph(
                    "<p>Voor het voorjaar van 2025 stond een Samenspraak-groep over "
                    "verkeer gepland. Lees meer over "
                    f"{a('nl', 'samenspraak', 'Samenspraak')}.</p>"
                ),
                _register_nl(),
            ],
        },
        en={
            "title": "After a traffic accident",
            "slug": "after-a-traffic-accident",
            "intro": (
                "An accident changes lives, including the life of the person who "
                "caused it."
            ),
            "body": [
                heading("Questions after an accident"),
                paragraph(
                    "<p>In [jaar:ph-delict-verkeer-2024], "
                    "[cijfer:ph-delict-verkeer-2024] of restorative mediation cases "
                    "concerned traffic. Perhaps you want to know how it happened, or "
                    "what the other person remembers. Or you want to tell them what "
                    "the accident means to you. The person who caused the accident "
                    "can register too.</p>"
                ),
                heading("The victim often takes the first step"),
                paragraph(
                    "<p>In traffic cases, the victim took the initiative in "
                    "[cijfer:ph-initiatief-slachtoffer-verkeer-2024] of cases "
                    "([jaar:ph-initiatief-slachtoffer-verkeer-2024]).</p>"
                ),
                heading("Is there a criminal case?"),
                paragraph(
                    "<p>Restorative mediation is possible separately from the "
                    "criminal case, at any time. Is the case with the public "
                    "prosecutor or a judge, and do you also want to make agreements "
                    "about the damage? Then "
                    f"{a('en', 'mis', 'mediation in criminal cases')} may fit.</p>"
                ),
                heading("Samenspraak on traffic"),
                paragraph(
                    "<p>A Samenspraak group on traffic was planned for spring 2025. "
                    f"Read more about {a('en', 'samenspraak', 'Samenspraak')}.</p>"
                ),
                _register_en(),
            ],
        },
    ),
    PageSpec(
        ThemePage,
        key="theme-violence",
        nl={
            "title": "Na geweld",
            "slug": "na-geweld",
            "intro": (
                "Na een mishandeling of beroving blijft vaak angst over. Contact met "
                "de ander kan helpen."
            ),
            "body": [
                heading("Het meest voorkomende soort zaak"),
                paragraph(
                    "<p>Geweld is het meest voorkomende soort zaak bij "
                    "herstelbemiddeling: [cijfer:ph-delict-geweld-2024] in "
                    "[jaar:ph-delict-geweld-2024]. In geweldszaken nam de dader in "
                    "[cijfer:ph-initiatief-dader-geweld-2024] van de zaken het "
                    "initiatief.</p>"
                ),
                heading("Wat kan contact doen?"),
                paragraph(
                    "<p>U kunt vertellen wat het geweld met u deed, en vragen stellen: "
                    "waarom ik, en wat dacht u toen? Dat kan helpen om minder angst te "
                    "voelen. U bepaalt zelf of u wilt praten, schrijven of berichten "
                    "laat overbrengen.</p>"
                ),
                heading("Wilt u vooral dat het stopt?"),
                paragraph(
                    "<p>Wordt u bedreigd of lastiggevallen? Dan kan de politie vaak "
                    "meer doen, bijvoorbeeld met een stopgesprek. Lees "
                    f"{a('nl', 'stop', 'Als u vooral wilt dat het stopt')}. Bij "
                    "huiselijk geweld kunt u terecht bij Veilig Thuis.</p>"
                ),
                heading("Samenspraak in de gevangenis"),
                paragraph(
                    "<p>In 2024 begonnen Samenspraak-groepen over geweld in PI Vught "
                    "en Justitieel Complex Zaanstad. Lees meer over "
                    f"{a('nl', 'samenspraak', 'Samenspraak')}.</p>"
                ),
                _register_nl(),
            ],
        },
        en={
            "title": "After violence",
            "slug": "after-violence",
            "intro": (
                "After an assault or a robbery, fear often remains. Contact with the "
                "other person can help."
            ),
            "body": [
                heading("The most common kind of case"),
                paragraph(
                    "<p>Violence is the most common kind of case in restorative "
                    "mediation: [cijfer:ph-delict-geweld-2024] in "
                    "[jaar:ph-delict-geweld-2024]. In violence cases the offender "
                    "took the initiative in [cijfer:ph-initiatief-dader-geweld-2024] "
                    "of cases.</p>"
                ),
                heading("What can contact do?"),
                paragraph(
                    "<p>You can say what the violence did to you, and ask questions: "
                    "why me, and what were you thinking? That can help you feel less "
                    "afraid. You decide whether to talk, to write or to have messages "
                    "passed on.</p>"
                ),
                heading("Do you mainly want it to stop?"),
                paragraph(
                    "<p>Are you being threatened or harassed? Then the police can "
                    "often do more, for example with a stop talk. Read "
                    f"{a('en', 'stop', 'When you mainly want it to stop')}. For "
                    "domestic violence you can turn to Veilig Thuis.</p>"
                ),
                heading("Samenspraak in prison"),
                paragraph(
                    "<p>In 2024 Samenspraak groups on violence started in PI Vught and "
                    "Justitieel Complex Zaanstad. Read more about "
                    f"{a('en', 'samenspraak', 'Samenspraak')}.</p>"
                ),
                _register_en(),
            ],
        },
    ),
    PageSpec(
        ThemePage,
        key="theme-detention",
        nl={
            "title": "In en na detentie",
            "slug": "in-en-na-detentie",
            "intro": "Ook in de gevangenis of na uw vrijlating kunt u contact zoeken.",
            "body": [
                heading("Zelf aanmelden of via de inrichting"),
                paragraph(
                    "<p>Gedetineerden kunnen zich zelf aanmelden, of via medewerkers "
                    "van de gevangenis (PI), een justitiële jeugdinrichting (JJI) of "
                    "een forensische kliniek (FPC). Herstelbemiddeling kan tijdens "
                    "en na een gevangenisstraf.</p>"
                    "<p>In [jaar:ph-gedetineerden-zelfmelders-2019] meldden "
                    "[cijfer:ph-gedetineerden-zelfmelders-2019] gedetineerden zich "
                    "zelf aan, tegen [cijfer:ph-gedetineerden-zelfmelders-2018] in "
                    "[jaar:ph-gedetineerden-zelfmelders-2018] en "
                    "[cijfer:ph-gedetineerden-zelfmelders-2017] in "
                    "[jaar:ph-gedetineerden-zelfmelders-2017].</p>"
                ),
                heading("Als de voorbereiding begint"),
                paragraph(
                    "<p>Van de trajecten in gevangenissen waarin de voorbereiding "
                    "begon, werd [cijfer:ph-afgerond-na-voorbereiding] afgerond "
                    "([jaar:ph-afgerond-na-voorbereiding], uit een praktijkartikel "
                    "over herstelbemiddeling in gevangenissen).</p>"
                ),
                heading("Contact met uw eigen familie"),
                paragraph(
                    "<p>Ook uw familie heeft vaak last van wat er gebeurde. "
                    "Perspectief Herstelbemiddeling werkt in 2024 en 2025 aan contact "
                    "tussen "
                    "gedetineerden en hun familie.</p>"
                ),
                heading("Samenspraak in de gevangenis"),
                paragraph(
                    "<p>In 2024 begonnen Samenspraak-groepen over geweld in PI Vught "
                    "en Justitieel Complex Zaanstad. Lees meer over "
                    f"{a('nl', 'samenspraak', 'Samenspraak')}, of lees wat "
                    f"herstelrecht {a('nl', 'offenders', 'voor daders')} kan "
                    "betekenen.</p>"
                ),
                _register_nl(),
            ],
        },
        en={
            "title": "In and after detention",
            "slug": "in-and-after-detention",
            "intro": "In prison or after your release you can also seek contact.",
            "body": [
                heading("Registering yourself or through the institution"),
                paragraph(
                    "<p>Prisoners can register themselves, or through staff of the "
                    "prison, a youth custody centre or a forensic clinic. Restorative "
                    "mediation is possible during and after a prison sentence.</p>"
                    "<p>In [jaar:ph-gedetineerden-zelfmelders-2019], "
                    "[cijfer:ph-gedetineerden-zelfmelders-2019] prisoners registered "
                    "themselves, against [cijfer:ph-gedetineerden-zelfmelders-2018] "
                    "in [jaar:ph-gedetineerden-zelfmelders-2018] and "
                    "[cijfer:ph-gedetineerden-zelfmelders-2017] in "
                    "[jaar:ph-gedetineerden-zelfmelders-2017].</p>"
                ),
                heading("Once preparation starts"),
                paragraph(
                    "<p>Of the processes in prisons in which preparation started, "
                    "[cijfer:ph-afgerond-na-voorbereiding] were completed "
                    "([jaar:ph-afgerond-na-voorbereiding], from a practice article "
                    "on restorative mediation in prisons).</p>"
                ),
                heading("Contact with your own family"),
                paragraph(
                    "<p>Your family is often affected by what happened too. In 2024 "
                    "and 2025 Perspectief Herstelbemiddeling is working on contact "
                    "between prisoners and their families.</p>"
                ),
                heading("Samenspraak in prison"),
                paragraph(
                    "<p>In 2024 Samenspraak groups on violence started in PI Vught and "
                    "Justitieel Complex Zaanstad. Read more about "
                    f"{a('en', 'samenspraak', 'Samenspraak')}, or read what "
                    "restorative justice can mean "
                    f"{a('en', 'offenders', 'for offenders')}.</p>"
                ),
                _register_en(),
            ],
        },
    ),
]
