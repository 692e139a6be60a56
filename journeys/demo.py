"""Demo content of the reader's two main journeys, "Become a Shared Lives carer" and "Get
support", in English and Welsh; the home page's main buttons pointing at them; the donate
link and the newsletter in site settings. Written in our own words from public facts about
how Shared Lives schemes work."""

import datetime

from wagtail.models import Site

from journeys.models import JourneyPage
from website.demo import backdate, callout, publish, translate_page, welsh_locale
from website.models import FooterSettings, HomePage


def steps(*pairs):
    return [
        {"type": "step", "value": {"heading": heading, "text": f"<p>{text}</p>"}}
        for heading, text in pairs
    ]


CARER = {
    "title": "Become a Shared Lives carer",
    "slug": "become-a-carer",
    "introduction": (
        "Shared Lives carers open their home and family life to an adult who needs some "
        "support. Here is what the role is, who can do it and how you get started."
    ),
    "steps": steps(
        (
            "What a Shared Lives carer does",
            "You share your home, your routines and your community with someone who needs "
            "support: a few hours a week, regular short stays, or living with you for good. "
            "You help them do the things they want to do, as part of your household.",
        ),
        (
            "Who can do it",
            "People from every background: single or in a couple, renting or owning, working "
            "or retired. You need a spare room for someone to stay or live with you, time, "
            "patience and a wish to include someone in your life. Experience of care helps "
            "but is not required.",
        ),
        (
            "Have a first talk with your local scheme",
            "Your local Shared Lives scheme answers your questions, explains the kinds of "
            "support it arranges and, if you want to go on, visits you at home. There is no "
            "commitment at this stage.",
        ),
        (
            "Assessment",
            "A worker from the scheme gets to know you and your household over several "
            "visits. They ask for references and carry out the usual safety checks, such as "
            "a criminal record check, and write up what you could offer.",
        ),
        (
            "Training",
            "The scheme trains you before you start: for example in safeguarding, first aid, "
            "handling medicines and supporting people to make their own choices. Training "
            "goes on once you are approved.",
        ),
        (
            "The approval panel",
            "A panel of people with different experience reads your assessment and meets you. "
            "It recommends whether you should be approved and for which kinds of support. The "
            "whole process usually takes between three and six months.",
        ),
        (
            "Matching",
            "The scheme introduces you to someone whose interests and personality fit yours. "
            "You meet, spend time together and both decide whether to go ahead. Nobody moves "
            "in or starts visiting until both of you say yes.",
        ),
        (
            "Support and pay",
            "Your scheme worker visits regularly and is there to call when things are hard, "
            "and you meet other carers. Shared Lives carers are self-employed and paid for "
            "each arrangement; the amount depends on the support and the area, and carers "
            "often pay little or no income tax on it through qualifying care relief.",
        ),
    ),
    "search_heading": "Talk to your local scheme",
    "search_text": (
        "Your local scheme recruits, trains and supports carers where you live. Type your "
        "town, council or postcode to find it and get in touch."
    ),
}

SUPPORT = {
    "title": "Get support through Shared Lives",
    "slug": "get-support",
    "introduction": (
        "For adults who need some support, and for their families: what Shared Lives and "
        "Homeshare offer, and how to ask for them."
    ),
    "steps": steps(
        (
            "Living with a carer",
            "You move in with a Shared Lives carer and their household, long term, and take "
            "part in family and community life with the support you need.",
        ),
        (
            "Short breaks",
            "You stay with a carer you know for a night, a weekend or a week at a time, "
            "which can also give your family a rest.",
        ),
        (
            "Day support",
            "You spend part of the day with a carer, doing the things you enjoy and getting "
            "out into your community, and go home in the evening.",
        ),
        (
            "Homeshare",
            "If you are older and have a spare room, Homeshare can match you with a younger "
            "person who needs somewhere to live. They keep you company and help a little "
            "around the house.",
        ),
        (
            "How a referral works",
            "Most people are referred by their council's adult social care team, after an "
            "assessment of their needs; a social worker, a nurse or your family can ask for "
            "that assessment. Some schemes also take requests from you directly, and some "
            "people pay for themselves.",
        ),
        (
            "Meeting your carer",
            "The scheme suggests a carer who suits you. You meet, visit and take your time. "
            "Support starts only when you and the carer both want it to.",
        ),
    ),
    "search_heading": "Find your local scheme",
    "search_text": (
        "Your local scheme can tell you what it offers and how to be referred where you "
        "live. Type your town, council or postcode."
    ),
}

WELSH_CARER = {
    "title": "Dod yn ofalwr Shared Lives",
    "slug": "dod-yn-ofalwr",
    "introduction": (
        "Mae gofalwyr Shared Lives yn agor eu cartref a'u bywyd teuluol i oedolyn sydd angen "
        "rhywfaint o gymorth. Dyma beth yw'r rôl, pwy all ei gwneud a sut i ddechrau."
    ),
    "steps": steps(
        (
            "Beth mae gofalwr Shared Lives yn ei wneud",
            "Rydych chi'n rhannu eich cartref, eich arferion a'ch cymuned â rhywun sydd angen "
            "cymorth: ychydig oriau'r wythnos, arosiadau byr rheolaidd, neu fyw gyda chi am "
            "byth. Rydych chi'n eu helpu i wneud y pethau maen nhw am eu gwneud, fel rhan o'ch "
            "aelwyd.",
        ),
        (
            "Pwy all ei wneud",
            "Pobl o bob cefndir: yn sengl neu mewn cwpl, yn rhentu neu'n berchen, yn gweithio "
            "neu wedi ymddeol. Mae angen ystafell sbâr arnoch i rywun aros neu fyw gyda chi, "
            "amser, amynedd a'r awydd i gynnwys rhywun yn eich bywyd. Mae profiad o ofalu yn "
            "help ond nid yw'n angenrheidiol.",
        ),
        (
            "Sgwrs gyntaf gyda'ch cynllun lleol",
            "Mae eich cynllun Shared Lives lleol yn ateb eich cwestiynau, yn esbonio'r mathau "
            "o gymorth y mae'n eu trefnu ac, os ydych chi am fynd ymlaen, yn ymweld â chi "
            "gartref. Does dim ymrwymiad ar hyn o bryd.",
        ),
        (
            "Asesiad",
            "Mae gweithiwr o'r cynllun yn dod i'ch adnabod chi a'ch aelwyd dros sawl ymweliad. "
            "Mae'n gofyn am eirdaon ac yn gwneud y gwiriadau diogelwch arferol, fel gwiriad "
            "cofnod troseddol, ac yn ysgrifennu'r hyn y gallech chi ei gynnig.",
        ),
        (
            "Hyfforddiant",
            "Mae'r cynllun yn eich hyfforddi cyn i chi ddechrau: er enghraifft mewn diogelu, "
            "cymorth cyntaf, trin meddyginiaethau a chefnogi pobl i wneud eu dewisiadau eu "
            "hunain. Mae'r hyfforddiant yn parhau ar ôl i chi gael eich cymeradwyo.",
        ),
        (
            "Y panel cymeradwyo",
            "Mae panel o bobl â phrofiadau gwahanol yn darllen eich asesiad ac yn cwrdd â chi. "
            "Mae'n argymell a ddylech chi gael eich cymeradwyo ac ar gyfer pa fathau o "
            "gymorth. Fel arfer mae'r broses gyfan yn cymryd rhwng tri a chwe mis.",
        ),
        (
            "Paru",
            "Mae'r cynllun yn eich cyflwyno i rywun y mae ei ddiddordebau a'i bersonoliaeth "
            "yn gweddu i'ch rhai chi. Rydych chi'n cwrdd, yn treulio amser gyda'ch gilydd ac "
            "mae'r ddau ohonoch yn penderfynu a ydych chi am fynd ymlaen. Does neb yn symud i "
            "mewn nac yn dechrau ymweld nes bod y ddau ohonoch yn dweud ie.",
        ),
        (
            "Cymorth a thâl",
            "Mae gweithiwr eich cynllun yn ymweld yn rheolaidd ac ar gael i'w ffonio pan fydd "
            "pethau'n anodd, ac rydych chi'n cwrdd â gofalwyr eraill. Mae gofalwyr Shared "
            "Lives yn hunangyflogedig ac yn cael eu talu am bob trefniant; mae'r swm yn "
            "dibynnu ar y cymorth a'r ardal, ac yn aml ychydig neu ddim treth incwm sydd i'w "
            "thalu arno drwy'r rhyddhad gofal cymwys.",
        ),
    ),
    "search_heading": "Siaradwch â'ch cynllun lleol",
    "search_text": (
        "Mae eich cynllun lleol yn recriwtio, yn hyfforddi ac yn cefnogi gofalwyr lle rydych "
        "chi'n byw. Teipiwch eich tref, eich cyngor neu eich cod post i ddod o hyd iddo a "
        "chysylltu."
    ),
}

WELSH_SUPPORT = {
    "title": "Cael cymorth drwy Shared Lives",
    "slug": "cael-cymorth",
    "introduction": (
        "I oedolion sydd angen rhywfaint o gymorth, ac i'w teuluoedd: beth mae Shared Lives "
        "a Homeshare yn ei gynnig, a sut i ofyn amdanyn nhw."
    ),
    "steps": steps(
        (
            "Byw gyda gofalwr",
            "Rydych chi'n symud i mewn at ofalwr Shared Lives a'i aelwyd, yn y tymor hir, ac "
            "yn cymryd rhan ym mywyd y teulu a'r gymuned gyda'r cymorth sydd ei angen arnoch.",
        ),
        (
            "Seibiannau byr",
            "Rydych chi'n aros gyda gofalwr rydych chi'n ei adnabod am noson, penwythnos neu "
            "wythnos ar y tro, a gall hynny roi seibiant i'ch teulu hefyd.",
        ),
        (
            "Cymorth dydd",
            "Rydych chi'n treulio rhan o'r dydd gyda gofalwr, yn gwneud y pethau rydych chi'n "
            "eu mwynhau ac yn mynd allan i'ch cymuned, ac yn mynd adref gyda'r nos.",
        ),
        (
            "Homeshare",
            "Os ydych chi'n hŷn a bod gennych ystafell sbâr, gall Homeshare eich paru â "
            "pherson iau sydd angen lle i fyw. Mae'n cadw cwmni i chi ac yn helpu ychydig o "
            "gwmpas y tŷ.",
        ),
        (
            "Sut mae atgyfeirio'n gweithio",
            "Mae'r rhan fwyaf o bobl yn cael eu hatgyfeirio gan dîm gofal cymdeithasol "
            "oedolion eu cyngor, ar ôl asesiad o'u hanghenion; gall gweithiwr cymdeithasol, "
            "nyrs neu eich teulu ofyn am yr asesiad hwnnw. Mae rhai cynlluniau hefyd yn "
            "derbyn ceisiadau gennych chi'n uniongyrchol, ac mae rhai pobl yn talu drostyn "
            "nhw eu hunain.",
        ),
        (
            "Cwrdd â'ch gofalwr",
            "Mae'r cynllun yn awgrymu gofalwr sy'n addas i chi. Rydych chi'n cwrdd, yn ymweld "
            "ac yn cymryd eich amser. Dim ond pan fyddwch chi a'r gofalwr ill dau eisiau "
            "hynny y mae'r cymorth yn dechrau.",
        ),
    ),
    "search_heading": "Dod o hyd i'ch cynllun lleol",
    "search_text": (
        "Gall eich cynllun lleol ddweud wrthych beth mae'n ei gynnig a sut i gael eich "
        "atgyfeirio lle rydych chi'n byw. Teipiwch eich tref, eich cyngor neu eich cod post."
    ),
}


def carer_callout(page_id, welsh=False):
    """The home page's callout, linking to the carer journey rather than straight to the
    finder, so that a reader learns what is involved before calling a scheme."""
    if welsh:
        return callout(
            "Ydych chi'n ystyried dod yn ofalwr Shared Lives?",
            "Darllenwch beth sydd ynghlwm wrth y gwaith, o'r sgwrs gyntaf hyd at gael eich "
            f'cymeradwyo. <a linktype="page" id="{page_id}">Sut i ddod yn ofalwr</a>',
        )
    return callout(
        "Thinking of becoming a Shared Lives carer?",
        "Read what is involved, from the first conversation to approval and the support you "
        f'get once you start. <a linktype="page" id="{page_id}">How to become a carer</a>',
    )


def point_home_at(home, carer, support, welsh=False):
    home.primary_action_page, home.secondary_action_page = carer, support
    if welsh:
        home.primary_action_label = "Dod yn ofalwr"
        home.secondary_action_label = "Cael cymorth"
    else:
        home.primary_action_label = "Become a carer"
        home.secondary_action_label = "Get support"
    home.body = [
        carer_callout(carer.pk, welsh) if block["type"] == "callout" else block
        for block in home.body.raw_data
    ]
    publish(home)


def configure_settings():
    footer = FooterSettings.for_site(Site.objects.get(is_default_site=True))
    footer.donate_url = "https://example.org/donate"
    footer.newsletter_enabled = True
    footer.newsletter_text = (
        "Once a month: stories from Shared Lives households, what our campaigns have "
        "achieved and new reports, in a short email."
    )
    footer.newsletter_text_cy = (
        "Unwaith y mis: straeon gan aelwydydd Shared Lives, beth mae ein hymgyrchoedd wedi'i "
        "gyflawni ac adroddiadau newydd, mewn e-bost byr."
    )
    footer.save()


def load(log):
    if JourneyPage.objects.exists():
        log("Journey pages already exist: leaving them as they are.")
        return
    home = HomePage.objects.get(locale__language_code="en")
    journeys = []
    for english, welsh in ((CARER, WELSH_CARER), (SUPPORT, WELSH_SUPPORT)):
        page = home.add_child(instance=JourneyPage(**english))
        publish(page)
        journeys.append((page, translate_page(page, **welsh)))
        # Written when the site was rebuilt, revised since (both languages).
        backdate(page, datetime.date(2025, 9, 15), datetime.date(2026, 10, 6))
    (carer, welsh_carer), (support, welsh_support) = journeys
    point_home_at(home, carer, support)
    # Fetched now, not before: an instance from before its children were added would save
    # its old child count and hide them.
    welsh_home = HomePage.objects.get(translation_key=home.translation_key, locale=welsh_locale())
    point_home_at(welsh_home, welsh_carer, welsh_support, welsh=True)
    configure_settings()
    log("Created the carer and support journeys in both languages, and the home page buttons.")
