from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 42 (h42_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved by LibreOffice Writer: VétOuest, a group of 14 veterinary clinics in Brittany running three
    different practice programs, wants one shared system for appointments, animal records and invoicing. Numbered
    headings of the authors' own; the benchmark conclusions, the organisational scope, the budget and the
    requirements list are bold Normal paragraphs ("2.2", "3.2", "3.3", "6.2"). The weighted matrix, the functional
    needs, the requirements and the budget are tables. The backlog heading has nothing under it (empty); there is no
    acceptance testing anywhere (missing). A glossary of the authors' own at the end.""",
    missing=["acceptance-testing"],
    title="One file per animal: specification for VétOuest",
    cover=["Functional and technical specification – Technology orientation project",
           "Team: Gwenaëlle Le Bihan, Arthur Cosson, Nadia Ferhat",
           "Client: VétOuest, Saint-Brieuc – November 2026"],
    blocks=[
        H(1, "1. The request, as we understood it", {"brief-reformulation": "ok"}),
        P("VétOuest groups fourteen veterinary clinics in Brittany, from Lannion to Vannes: 61 vets, 88 assistants, "
          "about 140,000 consultations a year, mostly pets but also horses and cattle in three rural clinics. The "
          "group was built by buying clinics one at a time since 2015, and each kept its own practice software. "
          "Today three programs live side by side, two of them installed on a server in the back office of the "
          "clinic, one in the cloud. An animal treated in Saint-Brieuc and then in Guingamp has two files that "
          "do not know about each other; invoices are consolidated by hand every month by the head office; the "
          "appointment lines are answered separately in each clinic."),
        P("The brief we received from the managing director, Dr Yann Kervella, on 1 October, was short: 'one "
          "software for the whole group, before the contract of the oldest program ends in March 2028'. After "
          "two days in the clinics of Saint-Brieuc and Pontivy, twelve interviews and a review of the three "
          "contracts, we rewrote it as four needs. First, one record per animal and per owner, readable in every "
          "clinic, with the history of consultations, vaccines, prescriptions and lab results. Second, one "
          "appointment book for the group, so that a call centre of three assistants can book in any clinic "
          "and owners can book online. Third, invoicing and stock of medicines per clinic, but consolidated "
          "automatically for the head office. Fourth, a way out of the servers in the back offices, which nobody "
          "in the group knows how to maintain and which were not backed up for eleven days last summer."),
        P("Two things were explicitly left out by the client: the accounting of the group, which stays with the "
          "chartered accountant's software, and the regulatory register of controlled drugs, which the vets want "
          "to keep on paper for now. The budget given is 180,000 euros for the first year and the deadline is "
          "a first clinic live in June 2027, all clinics by January 2028."),
        H(1, "2. Which software? A benchmark", {"technology-benchmark": "ok"}),
        P("We looked for practice software able to run fourteen clinics with one shared database, used in France, "
          "with a cloud offer and an online booking module. A first list of nine products came from the trade "
          "press, the vets' own experience and two distributor fairs. Four were dropped at once: two work only on "
          "a single site, one has no French version of the prescription rules, and one is being discontinued by "
          "its publisher. We studied the five others in depth, with a demo on real cases from Pontivy, a call "
          "with a reference customer for each, and a reading of the contract and price list."),
        P("We compared them on eight criteria agreed with the client and weighted by the management committee: "
          "shared animal record across sites, online booking, mixed practice (pets, horses, cattle), lab and "
          "imaging connections, offline mode for rural visits, data migration help, total cost over five years, "
          "and support in French during clinic hours. Each was scored from 1 to 5 by two of us separately, then "
          "discussed until we agreed."),
        H(2, "2.1 Weighted scores", {"benchmark-matrix": "ok"}),
        T([["Criterion (weight)", "VetSphere", "Clinivet Cloud", "Animalis Pro", "PraxiVet", "OpenVet"],
           ["Shared record across sites (20%)", "5", "4", "3", "4", "3"],
           ["Online booking (15%)", "4", "5", "3", "3", "2"],
           ["Mixed practice (15%)", "3", "4", "5", "2", "3"],
           ["Lab and imaging links (10%)", "4", "4", "4", "3", "2"],
           ["Offline mode (10%)", "2", "4", "4", "2", "1"],
           ["Migration help (10%)", "4", "4", "2", "3", "1"],
           ["Five-year cost (15%)", "2", "3", "4", "4", "5"],
           ["Support in French (5%)", "4", "5", "4", "4", "2"],
           ["Weighted total / 5", "3.55", "4.05", "3.60", "3.15", "2.60"]]),
        B("2.2 What the scores tell us", {"benchmark-conclusions": "ok"}),
        P("Clinivet Cloud comes first with 4.05, ahead of Animalis Pro at 3.60 and VetSphere at 3.55. Its lead does "
          "not come from one brilliant score but from having no weak point: it is good on the shared record, the "
          "best on online booking and support, and its offline mode was the only one that worked in our test in "
          "a farm without signal near Loudéac. VetSphere has the best shared record but a weak offline mode and "
          "the highest price, which rules it out for the three rural clinics. Animalis Pro is the best for mixed "
          "practice and cheaper, but its migration help is limited to one of the three programs in use, which "
          "would leave five clinics to re-enter their files by hand."),
        P("We also checked that the ranking holds if the weights move. With the cost weight doubled, the gap "
          "between Clinivet Cloud and Animalis Pro shrinks to about a quarter of a point; with the mixed practice "
          "weight doubled, it is about the same. In every case we tried, Clinivet Cloud stays first. Our interviews point the same way: the assistants ranked online "
          "booking as their first wish, and the rural vets the offline mode. We therefore recommend Clinivet "
          "Cloud, with a clause on the price of the cattle module, its weakest point."),
        H(1, "3. What the project covers", {"scope-study": "ok"}),
        P("The scope was studied from three angles, as the management committee asked: what the software must do, "
          "who will work differently, and what it costs. The three overlap: the online booking changes the work of "
          "the assistants, and the number of users drives the licence cost. We list here the boundaries that apply "
          "to all three. The project covers the fourteen clinics and the head office, around 160 users, and the "
          "owners who book online. It covers the migration of the last five years of records, not older ones, "
          "which stay readable in an archive. It does not cover the hardware of the clinics, renewed separately "
          "in 2026, nor the group's website apart from the booking widget. Each of the three parts below details one of these angles, always within these same limits."),
        H(2, "3.1 Functions in scope", {"functional-scope": "ok"}),
        P("The functions in scope follow the day of a clinic. Before the visit: online and phone booking in any "
          "clinic, reminders by text message, a waiting list when a vet is ill. During the visit: the animal's "
          "record with history, weight curve, vaccines, allergies and previous prescriptions from any clinic; the "
          "consultation note with templates per species; prescriptions printed or sent by e-mail; orders to the "
          "two partner labs and their results attached automatically to the record. After the visit: the invoice, "
          "payment by card or transfer, the stock of medicines updated from the prescription, and the reminder of "
          "the next vaccine."),
        P("For the head office, the scope adds consolidated turnover per clinic and per vet, the stock of the group "
          "and a monthly export to the accountant. For the rural clinics, it adds farm visits recorded offline on a "
          "tablet and synchronised in the evening, and herd records for cattle. Out of scope are the controlled "
          "drug register, staff scheduling (handled in the HR tool) and any telemedicine, which the vets do not "
          "want yet."),
        B("3.2 Who changes what", {"organisational-scope": "ok"}),
        P("The biggest change is for the assistants. Today each clinic answers its own phone; tomorrow a call centre "
          "of three assistants in Saint-Brieuc will take the calls of the whole group from 8:00 to 19:00, and the "
          "clinics' assistants will focus on the front desk and the stock. The assistants we met were worried about "
          "losing contact with regular clients, so the plan keeps each clinic's line for the first rings before it "
          "is passed to the centre. The vets change less: the record screen is new, but the consultation itself "
          "does not change. The head office loses a monthly task of two days, the manual consolidation."),
        P("Each clinic will name a key user, one assistant and one vet, trained first and then training the others. "
          "The project itself is led by the head office's operations manager, Sophie Le Dantec, half of her time, "
          "with the publisher's project manager and one of us as assistant until June. The migration is done clinic "
          "by clinic, one every two weeks, starting with Pontivy, which volunteered, and ending with the three rural "
          "clinics, where the offline mode must be proven first."),
        B("3.3 Budget", {"financial-scope": "ok"}),
        T([["Item", "Year 1", "Following years", "Comment"],
           ["Licences, 160 users", "62,400 €", "62,400 € a year", "price list 2027, 10% group discount negotiated"],
           ["Data migration", "38,000 €", "–", "three source programs, five years of records"],
           ["Training", "21,000 €", "4,000 € a year", "key users first, then e-learning"],
           ["Call centre set-up", "14,500 €", "–", "phone system and two workstations"],
           ["Tablets for farm visits", "9,600 €", "–", "eight rugged tablets"],
           ["Project management and contingency", "27,000 €", "–", "15% contingency included"],
           ["Total", "172,500 €", "66,400 € a year", "within the 180,000 € envelope"]]),
        P("The yearly cost after the first year is offset in part by the end of local server maintenance, about 19,000 € a year."),
        H(1, "4. The problem in one page", {"problem-presentation": "ok"}),
        P("Behind the request for 'one software' lies a problem of continuity of care and of control. An owner who "
          "moves from Lannion to Vannes, or simply goes to the nearest clinic on a Sunday, arrives with an animal the "
          "vet knows nothing about. The vet calls the other clinic, which is closed, or redoes tests already done. "
          "Last year, the group counted 2,300 lab tests repeated for this reason, at about 45 euros each, and three "
          "complaints from owners whose pets received a vaccine twice."),
        P("The second side of the problem is control. Because the three programs count differently, the head office "
          "needs two days a month to add up turnover per clinic, and stock is only known at the yearly inventory: "
          "last year the group wrote off 31,000 euros of out-of-date medicines. The managing director cannot see "
          "which clinics are full and which have free slots, so clients are told 'no appointment before Thursday' "
          "in Saint-Brieuc while Plérin, eight minutes away, has free slots that morning."),
        P("The third side is risk. Two of the three programs run on servers in back offices, with backups done by a "
          "local computer shop. When a disk failed in Guingamp in August, eleven days of records were rebuilt from "
          "paper. The oldest program's contract ends in March 2028 and its publisher will not renew it. Whatever is "
          "chosen must therefore be live in that clinic before then, which sets the calendar of the whole project."),
        H(1, "5. What users need, function by function", {"functional-need": "ok"}),
        T([["Function", "For whom", "Need", "Priority"],
           ["Book an appointment", "owners, call centre", "see free slots of every clinic and book in under one minute", "must"],
           ["Open an animal record", "vets, assistants", "full history from every clinic, on screen in under two seconds", "must"],
           ["Prescribe", "vets", "prescription from templates, dosage checked against weight", "must"],
           ["Order and read lab tests", "vets", "orders sent to the two labs, results attached to the record", "must"],
           ["Invoice and take payment", "assistants", "invoice from the consultation note, card terminal linked", "must"],
           ["Follow stock", "assistants, head office", "stock per clinic updated at each prescription, alert below a threshold", "should"],
           ["Work on a farm", "rural vets", "record visits without network, synchronise later", "must"],
           ["Send reminders", "owners", "vaccine and appointment reminders by text message", "should"],
           ["Report to the head office", "managers", "turnover, activity and stock per clinic, monthly export", "should"]]),
        H(1, "6. Technical requirements", {"technical-requirements": "ok"}),
        P("The solution is a software service hosted by the publisher, so most technical requirements bear on the "
          "service and on the clinics' side of it rather than on code we would write. Hosting must be in the "
          "European Union with a provider certified for health data hosting (HDS), since records include lab "
          "results that can concern zoonoses reported to public health. Availability must be at least 99.5% during "
          "clinic hours, with a written recovery time of four hours and a maximum data loss of fifteen minutes."),
        P("In the clinics, the software must run in a recent browser on the existing Windows computers, without "
          "local installation, and on Android tablets for farm visits, with an offline store of at least 300 "
          "records and automatic synchronisation with conflict warnings. Each clinic needs a fibre or 4G line with "
          "a backup link; four clinics still rely on ADSL and will need a 4G router. Access is by personal account "
          "with two-factor authentication for vets, and rights per role and per clinic."),
        P("Interfaces are needed with the two partner labs (HL7 results), the card terminals already in place, the "
          "text message provider and the accountant's software through a monthly file. The migration of the three "
          "old programs must be done by the publisher with a test run on each clinic, checked by the key users, "
          "before the live switch. Every technical choice must leave the group able to export all its data in an "
          "open format if it ever changes publisher."),
        H(2, "6.1 Architecture", {"architecture": "ok"}),
        Img(["Clinic browsers", "Farm tablets (offline)", "Clinivet Cloud (HDS, EU)", "Labs, card terminals, SMS", "Accountant export"],
            "Figure 1 – Target architecture: one hosted service, clinics and tablets as clients"),
        B("6.2 Requirement list", {"technical-requirements-table": "ok"}),
        T([["Id", "Domain", "Requirement", "How we check it"],
           ["T1", "Hosting", "HDS-certified hosting in the EU", "certificate in the contract annex"],
           ["T2", "Availability", "99.5% in clinic hours, recovery within 4 hours", "monthly service report"],
           ["T3", "Performance", "record opens in under 2 seconds on clinic lines", "timed test in 3 clinics"],
           ["T4", "Offline", "300 records on tablet, sync with conflict warnings", "farm test near Loudéac"],
           ["T5", "Security", "two-factor login for vets, rights per clinic", "access review with the head office"],
           ["T6", "Interfaces", "HL7 lab results, card terminals, SMS, accounting file", "end-to-end test per interface"],
           ["T7", "Reversibility", "full export in open formats on request", "export test before signature"]]),
        H(1, "7. Backlog", {"product-backlog": "empty"}),
        H(1, "8. Why these choices", {"justified-choices": "ok"}),
        P("We chose a hosted service over keeping servers in the clinics because the group has no IT staff and has "
          "already lost data once. Hosting costs more each year than the old licences, around 66,000 euros against "
          "41,000, but it removes the local servers, their backups and the computer shop's invoices, about 19,000 "
          "euros a year, and it removes a risk the managing director now takes seriously."),
        P("We chose Clinivet Cloud over Animalis Pro, despite the latter's strength with cattle, because only three "
          "clinics of fourteen treat farm animals, while every clinic takes bookings and every clinic must migrate "
          "its data. The sensitivity test showed the choice changes only if mixed practice becomes the group's main "
          "concern, which the management committee rejected. To protect the rural clinics we ask for a contract "
          "clause: the cattle module must reach the level we saw in Animalis Pro within eighteen months, or its "
          "price is waived."),
        P("We chose a shared call centre rather than keeping each clinic's line because the data show that 23% of "
          "calls end with no appointment while a nearby clinic had a free slot. We kept the first rings in each "
          "clinic because the assistants asked for it and because losing regular clients would cost more than the "
          "few seconds saved. Finally, we chose to migrate five years of records and not more: older files are "
          "rarely opened, and each extra year raised the migration quote by 4,000 euros. The archive stays readable "
          "for any vet who needs it."),
        H(1, "9. Inviting alternative offers", {"response-framework": "ok"}),
        P("Before signing, we advise VétOuest to send the specification to the top three publishers of the benchmark "
          "and allow each one to propose a variant: a different migration plan, a different price model, or a "
          "partner for the cattle module. Answers should follow one frame so they can be compared: response to each "
          "requirement T1 to T7, a five-year cost in the format of section 3.3, a migration calendar clinic by clinic, "
          "and two references in multi-site practices. We suggest four weeks for answers and a demo day in "
          "Saint-Brieuc in February."),
        H(1, "Glossary", {}),
        L(["HDS: French certification for hosting health data.",
           "HL7: a standard for exchanging lab and medical results.",
           "Key user: the staff member trained first in each clinic."]),
    ],
)
