from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 41 (h41_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: the Nivelle water syndicate (21,400 meters around Saint-Jean-de-Luz) rolls out remote-read
    water meters and a mobile app for its field technicians. The authors' own numbered headings (1. to 10., 4.1,
    5.1, 6.1, 6.2); the key dates sub-heading is left with nothing under it (empty); the training part is three
    sentences (thin); a risks section of the authors' own closes the plan. The RACI is a table.""",
    title="Nivelle Smart Water – Operationalisation plan",
    cover=["Technology Orientation project", "Ane Etxeberria, Paul Lasserre, Yasmina Cherif",
           "Syndicat des Eaux de la Nivelle – December 2026"],
    blocks=[
        H(1, "1. Objectives we commit to", {"smart-objectives": "ok"}),
        P("Four objectives, each with an owner and a date, agreed with the syndicate's director on 18 November."),
        T([["Objective", "Measure", "Target", "Deadline"],
           ["Install remote-read meters on every household connection", "share of meters read remotely",
            "95 % of 21,400", "30 June 2028"],
           ["Detect leaks on the customer side sooner", "days between leak start and customer alert",
            "under 2 days (today 63)", "31 December 2027"],
           ["Cut water lost in the network", "network efficiency ratio", "from 74 % to 80 %", "31 December 2028"],
           ["Stop manual meter rounds", "technician days spent reading meters", "from 410 to 20 a year",
            "30 September 2028"]]),
        H(1, "2. Rolling out, meter by meter", {"deployment-strategy": "ok"}),
        P("We will not replace 21,400 meters in one go. The syndicate has nine technicians, a warehouse in Ascain "
          "and a network spread over seven towns, from the seafront flats of Ciboure to isolated farms above "
          "Sare. A big-bang replacement would mean hiring a contractor we cannot supervise and living with two "
          "billing systems for a year. We chose instead a pilot followed by a rollout town by town."),
        P("The pilot covers 1,200 meters in Urrugne, chosen because the town mixes dense streets, where radio "
          "coverage is easy, and hillside houses, where it is not. For three months we will check that readings "
          "arrive every day, that the leak alerts are right and that customers understand the letters and text "
          "messages we send them. Only if at least 97 % of the pilot meters report daily do we move on."),
        P("The rollout then follows the natural replacement cycle: each town in turn, starting with those whose "
          "meters are oldest (Saint-Jean-de-Luz and Ciboure, where half the meters are over fifteen years old), "
          "two technicians installing while the others keep up repairs. The field app goes to every technician "
          "from the pilot onwards, so that leak alerts and work orders reach them on the same phone as the "
          "installation lists. Manual reading stops town by town, never before a town is fully equipped."),
        H(1, "3. Breaking the work down", {"wbs": "ok"}),
        T([["Package", "Main tasks", "Output"],
           ["WP1 Procurement", "tender for meters and radio network, contract", "signed contract"],
           ["WP2 Radio network", "survey, install 14 concentrators on water towers", "coverage map"],
           ["WP3 Pilot Urrugne", "install 1,200 meters, test alerts and letters", "pilot report"],
           ["WP4 Field app", "work orders, installation lists, leak alerts", "app in every technician's phone"],
           ["WP5 Rollout", "six towns, about 20,000 meters", "meters installed and read"],
           ["WP6 Customer portal", "daily consumption, leak alerts by text", "portal open"]]),
        H(1, "4. Timeline", {"implementation-schedule": "ok"}),
        P("The plan runs over twenty months, from the tender in January 2027 to the last town in August 2028. The "
          "summer months are light on installations because tourist flats are hard to access and technicians take "
          "their leave. Each wave starts only after the previous one has been checked street by street and the "
          "billing file updated."),
        T([["Period", "Work", "Towns"],
           ["Jan-Apr 2027", "tender, contract, radio survey", "all"],
           ["May-Jul 2027", "pilot", "Urrugne"],
           ["Sep 2027-Jan 2028", "rollout wave 1", "Saint-Jean-de-Luz, Ciboure"],
           ["Feb-May 2028", "rollout wave 2", "Ascain, Sare, Guéthary"],
           ["Jun-Aug 2028", "rollout wave 3, end of manual rounds", "Saint-Pée"]]),
        H(2, "4.1 Key dates", {"milestones": "empty"}),
        H(1, "5. What it costs", {"budget": "ok"}),
        T([["Step", "Cost (k€)", "Funded by"],
           ["Procurement and radio network", "310", "syndicate investment budget"],
           ["Pilot Urrugne", "145", "water agency grant 50 %"],
           ["Field app (licences 3 years, set-up)", "96", "operating budget"],
           ["Rollout waves 1 to 3", "2,240", "investment budget, 20-year loan"],
           ["Customer portal", "58", "operating budget"],
           ["Training and communication", "41", "operating budget"],
           ["Contingency 5 %", "145", "—"],
           ["Total", "3,035", ""]]),
        H(2, "5.1 Why these figures", {"budget-assumptions": "ok"}),
        P("The meter price, 86 euros fitted with its radio module, comes from two quotes received in October from "
          "manufacturers already working for syndicates in the Landes; we used the higher one. Installation takes "
          "25 minutes on average in the pilot plan, which gives about 16 meters a day for a pair of technicians, "
          "and we counted one failed visit in five because the meter is behind a locked door."),
        P("The radio network uses the syndicate's own water towers, so there is no site rent; the 14 concentrators "
          "and their installation cost 118,000 euros. The app licence is priced per technician and per year. We "
          "kept a 5 % contingency rather than 10 % because the largest item, the meters, has a firm price for "
          "three years. The whole plan stays under the ceiling of 3.1 million euros the syndicate's committee set "
          "in its September vote, and the water agency's grant is only secured for the pilot, which is why the "
          "rollout is funded by a loan. Savings on manual rounds and lost water, about 260,000 euros a year, repay "
          "the loan in under twelve years."),
        H(1, "6. People and organisation", {"human-organisational-needs": "ok"}),
        P("The project changes the technicians' work more than anyone else's. Today four of the nine spend two "
          "months a year walking from meter to meter with a handheld reader. Tomorrow they will install meters for "
          "eighteen months and then spend that time on leak repairs, which is what they say they prefer. Customer "
          "service will also change: instead of answering complaints about high bills after the fact, the two "
          "advisers will call customers when a leak alert fires. The billing officer loses her quarterly estimate "
          "work but gains daily data to check. None of these changes removes a job; they move time from reading "
          "to repairing and from explaining bills to preventing them. The four technicians who read meters today "
          "were asked first, in October, and all four volunteered for the installation pairs."),
        H(2, "6.1 Who we need", {"staffing-plan": "ok"}),
        T([["Role", "Who", "Time on the project", "When"],
           ["Project lead", "Ane Etxeberria, network engineer", "60 %", "Jan 2027-Aug 2028"],
           ["Installation pairs", "4 technicians in 2 pairs", "full time", "Sep 2027-Aug 2028"],
           ["Temporary fitters", "2 fixed-term contracts", "full time", "Sep 2027-Jun 2028"],
           ["App administrator", "IT officer", "20 %", "from May 2027"],
           ["Customer advisers", "2 advisers", "10 %, then leak calls", "from May 2027"]]),
        H(2, "6.2 How teams will work differently", {"organisational-needs": "ok"}),
        P("Work orders will no longer be printed each morning at the Ascain depot: they will reach the technicians' "
          "phones, sorted by street, with the leak alerts of the night on top. The depot manager keeps the final "
          "say on priorities but will look at a map instead of a paper list. We will therefore move the morning "
          "briefing from 7:30 to 8:00 during the pilot, so that the night's alerts are processed before teams "
          "leave."),
        P("Customer service gets a new routine: every morning one adviser reviews the leak alerts and calls the "
          "households concerned, with a script we will write with them in April. The syndicate's union "
          "representative asked that the app never be used to track technicians' positions; we wrote this into "
          "the project charter and the app's location feature stays off."),
        H(1, "7. RACI", {"raci": "ok"}),
        T([["Activity", "Director", "Project lead", "Technicians", "IT officer", "Customer service"],
           ["Choose the meter supplier", "A", "R", "C", "C", "I"],
           ["Run the pilot", "I", "A", "R", "C", "C"],
           ["Configure the field app", "I", "A", "C", "R", "I"],
           ["Install meters", "I", "A", "R", "I", "I"],
           ["Call customers on leak alerts", "I", "C", "I", "I", "R"],
           ["Report to the committee", "R", "C", "I", "I", "I"]]),
        H(1, "8. Training the technicians", {"change-training": "thin"}),
        P("Each technician gets one day with the supplier on fitting the meters and half a day on the app. "
          "Customer advisers get half a day on reading the alerts. Everyone meets the pilot team before their "
          "town starts."),
        H(1, "9. Steering", {"governance": "ok"}),
        P("A steering committee meets every two months: the syndicate's president, the director, the project lead, "
          "the depot manager and the supplier's account manager. It looks at four figures each time: meters "
          "installed against plan, share of meters reporting daily, leak alerts sent and confirmed, and money "
          "spent against budget. It decides on moving from one wave to the next and on any use of the "
          "contingency."),
        P("Between committees, the project lead runs a half-hour meeting every Monday at the depot with the "
          "installation pairs and the IT officer, where problems of the week are listed and assigned. A short "
          "written report goes to the elected committee of the syndicate after each wave, and the figures are "
          "published on the syndicate's website for the seven towns. If the pilot misses its 97 % target, the "
          "steering committee meets within two weeks to decide whether to fix the radio network or change "
          "supplier. The committee's minutes are kept on the shared drive so that the auditors of the water agency "
          "can follow every decision."),
        H(1, "10. Risks we are watching"),
        L(["Radio coverage in the hills above Sare may be poor: the survey in April will tell us.",
           "Meter delivery delays: the contract includes penalties after three weeks.",
           "Customers refusing access to meters inside their homes: letters two weeks ahead and evening slots."]),
    ],
)
