from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Delorme & Associés, a 62-person accounting firm in Rouen,
    still collects its 1,400 clients' receipts and statements by e-mail and post, and chooses a client portal. The
    authors' own numbered headings; three of them are bold Normal paragraphs (the weights, the scores, the risks);
    the impacts on the servers and on the staff share one bold heading and one table (merged); the change plan is a
    table by stage with one sentence; no roadmap (missing).""",
    title="Getting paper out of the client file",
    cover=["Technology orientation project – recommendation to the partners of Delorme & Associés",
           "Léa Fournier, Baptiste Hamon, Yasmine Kaci – December 2026"],
    blocks=[
        H(1, "1. In one page", {"executive-summary": "ok"}),
        P("Delorme & Associés keeps the books of about 1,400 small businesses, shopkeepers and farmers around Rouen. "
          "Every month, those clients send their receipts, bank statements and invoices by e-mail, by post or in a "
          "shoebox left at reception. Assistants spend roughly a third of their week sorting, scanning and chasing "
          "missing documents, and in the spring rush of tax returns the firm turned away 40 new clients because "
          "it had no one to do that work."),
        P("We looked at three ways to change this and scored them with the partners and six staff members. We "
          "recommend ClientBox, a portal built for accounting firms, where clients photograph receipts from their "
          "phone and the documents arrive already sorted in the client's file. Over three years it costs about "
          "96,000 euros, it is the fastest to set up, and in our trial with 25 clients it cut the time spent "
          "chasing documents by more than half. We ask the partners to sign before the end of January so that the "
          "portal is running for the 2027 tax season."),
        H(1, "2. What the partners asked for, and what we found", {"needs-recap": "ok"}),
        P("At the kick-off meeting in September, the three partners gave us one goal and two limits. The goal: free "
          "the assistants from collecting and sorting documents, so that they can do more bookkeeping and the firm "
          "can take on new clients without hiring. The limits: clients must not find it harder to work with the "
          "firm, many of them being over sixty and not at ease with computers, and the solution must keep client "
          "data in France, as the firm promised in its engagement letters."),
        P("Our studies added detail. Timing the work of four assistants for two weeks showed that 31 % of their "
          "hours go to receiving, renaming, filing and chasing documents. The survey of 212 clients showed that "
          "78 % have a smartphone and would rather photograph a receipt than post it, but 15 % want to keep "
          "sending paper, mostly farmers. The review of the current tools showed that the firm's production "
          "software, Cegid Loop, can receive documents automatically through a connector, which none of the "
          "assistants knew. Finally, the IT audit found that the shared drive where scans are kept has no backup "
          "outside the building. The scope is therefore the whole path from client to file, for all clients, "
          "with a paper route kept for those who need it; payroll documents are out of scope this year."),
        H(1, "3. Three ways to go", {"options": "ok"}),
        P("We kept three options after a first look at seven products. Two were dropped because they only exist in "
          "English, two because they store data outside the European Union."),
        T([["Option", "What it is", "Strong point", "Weak point"],
           ["ClientBox", "portal and phone app built for accounting firms, linked to Cegid",
            "clients send a photo in ten seconds, documents filed automatically", "yearly subscription per client"],
           ["SharePoint with our own workflows", "the Microsoft 365 the firm already pays for, with client folders "
            "and automated sorting", "no new licence, one tool for everything",
            "clients need an account, sorting rules to build and maintain"],
           ["Better e-mail", "one address per client, a rule that files attachments, secure transfer for large "
            "files", "nothing new for clients", "sorting still by hand, nothing for missing documents"]]),
        H(1, "4. How we compared them", {"evaluation": "ok"}),
        P("We agreed the criteria and their weights with the partners before seeing any demonstration, so that the "
          "scores could not be shaped around a favourite. Each option was then tried for three weeks: ClientBox and "
          "SharePoint with 25 volunteer clients each, the improved e-mail with the firm's own mailbox rules on 40 "
          "clients. Two assistants and one partner scored each criterion from 1 to 5 after the trial, and we "
          "checked costs against written quotes. The weighted scores below are the average of the three scorers, "
          "and we show the cost over three years separately so that it can be read on its own. Where the three scorers "
          "disagreed by more than one point, we asked them to explain and kept the lower score, which happened "
          "twice, both times on ease of use."),
        B("4.1 What mattered, and how much", {"criteria-weights": "ok"}),
        T([["Criterion", "Why it matters", "Weight"],
           ["Time saved for assistants", "the partners' main goal", "35 %"],
           ["Ease for older clients", "the first limit the partners set", "25 %"],
           ["Link with Cegid Loop", "no retyping, found in our review of tools", "15 %"],
           ["Data kept in France, backed up", "engagement letters and the IT audit", "15 %"],
           ["Three-year cost", "the firm's budget", "10 %"]]),
        B("4.2 Scores", {"decision-matrix": "ok"}),
        P("ClientBox wins on the two criteria that weigh most. SharePoint is strong on cost and data but asked too "
          "much of clients: seven of the 25 volunteers never managed to log in. The improved e-mail is easy for "
          "clients but saves little time, because sorting stays manual."),
        T([["Criterion", "Weight", "ClientBox", "SharePoint", "Better e-mail"],
           ["Time saved", "35 %", "5", "3", "2"],
           ["Ease for older clients", "25 %", "4", "2", "5"],
           ["Cegid link", "15 %", "5", "3", "1"],
           ["Data in France", "15 %", "4", "5", "3"],
           ["Cost", "10 %", "3", "5", "5"],
           ["Weighted total", "100 %", "4.4", "3.2", "3.0"]]),
        H(2, "4.3 Three-year cost", {"total-cost-of-ownership": "ok"}),
        P("Costs come from the vendors' quotes and from our estimate of internal time at 45 euros an hour. "
          "SharePoint looks cheap because the licences are already paid, but building and maintaining the sorting "
          "rules takes a consultant and a lot of internal time."),
        T([["Cost item", "ClientBox", "SharePoint", "Better e-mail"],
           ["Licences or subscription", "63,000 €", "0 €", "4,500 €"],
           ["Set-up by a consultant", "6,000 €", "28,000 €", "3,000 €"],
           ["Internal time for set-up", "9,000 €", "18,000 €", "4,000 €"],
           ["Training", "5,000 €", "7,000 €", "1,000 €"],
           ["Support and upkeep", "13,000 €", "24,000 €", "6,000 €"],
           ["Total over three years", "96,000 €", "77,000 €", "18,500 €"]]),
        H(1, "5. Our choice: ClientBox", {"recommendation": "ok"}),
        P("We recommend that Delorme & Associés subscribes to ClientBox for all its clients, starting with the 400 "
          "clients who already send everything by e-mail, then the rest of the portfolio before the tax season. "
          "It came first in the comparison, and it came first where the partners said it mattered: it frees the "
          "assistants. During the trial, the two assistants who followed the 25 ClientBox volunteers spent 55 % "
          "less time on their documents than the month before, because receipts arrived named, dated and filed "
          "in the right folder of Cegid Loop, and because the portal itself reminds clients of what is missing."),
        P("It also respects the two limits. For older clients, the phone app has one button: take a photo. Madame "
          "Lecoq, who runs a bakery in Yvetot and is 67, sent her whole month of receipts on the first day of the "
          "trial and called to say it was easier than the post. For the 15 % who want to keep paper, nothing "
          "changes for them: they keep dropping it at reception, and the assistant scans it into the same portal, "
          "so the file is complete whatever the route. ClientBox hosts its data in two data centres in France, "
          "with a daily backup, which also answers the weakness the IT audit found in the shared drive."),
        P("ClientBox is not the cheapest option. SharePoint would cost about 19,000 euros less over three years, and "
          "the improved e-mail far less. But SharePoint would ask every client to create a Microsoft account, which "
          "lost more than a quarter of our volunteers, and its sorting rules would have to be built and then "
          "maintained by a consultant the firm depends on. The improved e-mail keeps clients happy and costs "
          "little, but it leaves sorting by hand, which is the very problem the partners asked us to solve. If the "
          "assistants save even a quarter of the time the trial showed, the firm can take on about 60 new clients "
          "a year without hiring, which pays the subscription in under two years."),
        P("We advise signing a one-year contract renewable twice, with a clause that the firm can export all "
          "documents in standard formats at any time. The only real limit we found is that ClientBox does not yet "
          "handle payroll documents; they are out of scope this year, and the vendor has announced the feature "
          "for 2028, which we will check before renewing."),
        H(1, "6. Measuring the effects", {"impact-measurement": "ok"}),
        P("We will measure what changes with four figures, each with a baseline taken during our study in October "
          "and November. The share of assistants' time spent on collecting and sorting documents, measured again "
          "with the same two-week timing in May and in November 2027. The number of reminders sent to clients for "
          "missing documents, counted by the portal. The number of new clients taken on without hiring. And client "
          "satisfaction with the way documents are sent, with the same short survey as in our study. The office "
          "manager, Nathalie Brière, owns these figures and presents them to the partners each quarter; if the "
          "time saved is below 20 % after the tax season, the partners review the choice before renewing. The "
          "effects on the equipment and on each group of staff are set out below."),
        B("6.1 What changes, for the servers and for the staff", {"infrastructure-impacts": "ok",
                                                                 "organisational-impacts": "ok"}),
        P("The portal is hosted by the vendor, so the firm's own equipment changes little; the real change is in "
          "the assistants' days and in the relationship with clients."),
        T([["Area", "Today", "With ClientBox", "How big"],
           ["Shared drive of scans", "1.8 TB, no outside backup", "frozen read-only, new files in the portal",
            "medium"],
           ["Cegid Loop", "documents attached by hand", "connector files them automatically", "medium"],
           ["Scanners at reception", "two in use all day", "one kept for paper clients", "low"],
           ["Assistants (9)", "a third of the week sorting and chasing", "more bookkeeping, portfolio per assistant",
            "high"],
           ["Reception", "opens and scans the post", "scans for paper clients only", "medium"],
           ["Partners", "hear of missing documents late", "see what is missing in the portal", "low"]]),
        H(1, "7. How the impacts shaped the choice", {"impacts-and-recommendation": "ok"}),
        P("The impacts were not an afterthought: two of them decided between the options. The biggest change is in "
          "the assistants' work, and it is the change the partners want; an option that leaves sorting by hand, "
          "like the improved e-mail, would have left that impact at zero, which is why it came last in spite of its "
          "low cost. The second impact is on the clients: the trial showed that asking them to log in to a new "
          "account, as SharePoint does, drives a quarter of them away, and a client who stops sending documents "
          "costs the firm more than any licence. ClientBox was the only option with a high impact where the firm "
          "wants one and a low one where it fears one. On the IT side, the impacts are small for ClientBox and "
          "even positive, since the portal brings the outside backup the audit asked for, whereas SharePoint would "
          "have added rules to maintain. We also adjusted the recommendation itself to one impact: because "
          "reception still scans for paper clients, we keep one scanner and do not remove the paper route."),
        H(1, "8. Taking the staff along", {"change-plan": "ok"}),
        P("Assistants fear that the portal means fewer jobs; the partners have promised in writing that it will not, "
          "and the plan below is built around that promise."),
        T([["Stage", "What we do", "Who", "When"],
           ["Understand why", "partners explain the lost clients of last spring and the no-redundancy promise",
            "partners", "January"],
           ["Want to take part", "two assistants from the trial show their own figures to colleagues",
            "trial assistants", "January"],
           ["Learn", "half-day training per assistant, client guide with screenshots", "vendor, office manager",
            "February"],
           ["Be able to do it", "a week of support at each desk, a referent on each floor", "trial assistants",
            "February–March"],
           ["Keep it going", "monthly figures shared, old scan folder closed in June", "office manager",
            "from April"]]),
        B("9. What could go wrong", {"risks": "ok"}),
        T([["Risk", "Likelihood", "Effect", "What we do"],
           ["Older clients give up on the app", "medium", "missing documents", "paper route kept, phone help"],
           ["Cegid connector fails at peak", "low", "manual filing again", "test in February, support in contract"],
           ["Vendor raises prices after year one", "medium", "higher cost", "price fixed for three years in the "
            "contract"],
           ["Assistants resist", "medium", "portal half used", "promise in writing, trial assistants as referents"]]),
    ],
    missing=["roadmap"],
)
