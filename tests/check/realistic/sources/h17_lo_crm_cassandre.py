from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 17 (h17_), written and labelled on 2026-12-01 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer: Brûlerie Cassandre, a coffee roaster in Bordeaux with three
    shops, an e-shop and a subscription, plans its CRM for 2027 from the data of its 18,400 customers. The
    authors' own headings, numbered with letters ("A." to "H."); four of them are bold Normal paragraphs, not
    heading styles (objectives, calendar, consent, expected value); the KPIs and the dashboard under one heading,
    the dashboard drawn as a picture (merged); consent covered in three sentences (thin); an extra closing note
    of the authors' own.""",
    title="Brûlerie Cassandre – Keeping our coffee drinkers",
    cover=["CRM plan 2027, data project", "Chloé Marchand & Samuel Opoku – December 2026"],
    blocks=[
        H(1, "A. What the numbers told us", {"diagnosis": "ok"}),
        P("Cassandre roasts 46 tonnes of coffee a year in Bordeaux and sells it in three shops (Chartrons, "
          "Saint-Michel, Mérignac), on its e-shop and through a monthly subscription. We exported 18,400 customer "
          "records from the till and the e-shop, covering January 2024 to October 2026, and matched them on e-mail "
          "and phone number; 11 % could not be matched and were left aside. Shop sales paid in cash without a loyalty "
          "card stay invisible to us, so the figures below describe known customers only."),
        P("Three patterns stand out. First, the business lives on a small core: 2,900 customers (16 %) bring 58 % "
          "of revenue, and 1,150 of them are subscribers. Second, first-time buyers rarely come back: 64 % of people "
          "who bought once in a shop never bought again, and the share is 71 % on the e-shop, where gift boxes at "
          "Christmas bring buyers who do not drink specialty coffee themselves. Third, subscribers leave early: "
          "a third cancel before the fourth delivery, mostly after a coffee they disliked, according to the "
          "cancellation form."),
        P("Our RFM model and a simple churn model (logistic regression on recency, number of origins tried, channel "
          "and complaints) confirm it: the strongest signal of leaving is more than 60 days without a purchase "
          "for a customer who used to buy monthly. The owners' need is clear: stop paying to recruit customers who "
          "leave after one bag, and keep the subscribers past their third month."),
        B("B. Targets for 2027", {"smart-objectives": "ok"}),
        T([["Objective", "Today", "Target", "By", "Measured in"],
           ["Second purchase within 90 days after a first shop purchase", "36 %", "45 %", "Dec 2027", "till and CRM"],
           ["Subscribers still active after the fourth delivery", "67 %", "80 %", "Sept 2027", "subscription tool"],
           ["Revenue from the core customers", "1.02 M€", "1.15 M€", "Dec 2027", "monthly accounts"],
           ["Opt-in e-mail base", "9,800 contacts", "13,000 contacts", "June 2027", "CRM"]]),
        P("Each target is set from the 2024-2026 data and checked with the owners: ambitious for the second "
          "purchase, where we lose most customers, and prudent for revenue."),
        H(1, "C. Five kinds of customers", {"segmentation": "ok"}),
        P("We grouped customers with their recency, frequency and spend, then looked at each group's channel and "
          "favourite coffees to give it a name the shop staff would recognise. Five groups came out, and they differ "
          "far more by habit than by age or neighbourhood."),
        P("The Regulars buy every three to five weeks, mostly in one shop, and ask the barista for advice. The "
          "Subscribers receive a bag each month at home and rarely come in. The Explorers try a new origin at almost "
          "every visit and spend the most per bag. The Gift Buyers appear in November and December, often on the "
          "e-shop, and are seldom seen again. The Drifters used to buy monthly and have not come back for two months "
          "or more: they are the group our churn model flags, and the one where a quick message pays off most."),
        P("Each segment gets its own goal: keep the Regulars and Subscribers, let the Explorers discover more, "
          "turn a few Gift Buyers into drinkers and win back the Drifters before they go elsewhere."),
        H(2, "What each group is worth", {"segment-table": "ok"}),
        T([["Group", "Customers", "Share of revenue", "Average yearly spend", "Main channel"],
           ["Regulars", "1,750", "34 %", "215 €", "shops"],
           ["Subscribers", "1,150", "24 %", "230 €", "subscription"],
           ["Explorers", "2,300", "18 %", "85 €", "shops and e-shop"],
           ["Gift Buyers", "8,600", "14 %", "18 €", "e-shop"],
           ["Drifters", "2,600", "10 %", "42 €", "shops"]]),
        H(1, "D. From first bag to fan", {"lifecycle-strategy": "ok"}),
        P("We follow a customer through five stages and decide what we say at each one, so that nobody receives "
          "the same newsletter whether they bought yesterday or left a year ago."),
        T([["Stage", "Who", "What we do", "Channel", "Why"],
           ["Welcome", "first purchase", "a brewing card in the bag and an e-mail with a tasting guide after 10 days", "shop, e-mail", "64 % never come back after one bag"],
           ["Second purchase", "bought once, 30 to 90 days", "a tasting of two origins offered at the next visit", "e-mail, SMS", "the second bag is where habits start"],
           ["Loyalty", "Regulars, Explorers", "a stamp card moved into the app, early access to rare lots", "app, shop", "keep the core, let Explorers try more"],
           ["Subscription", "first three deliveries", "a call or message after the first bag to adjust the roast", "phone, e-mail", "a third leave after a coffee they disliked"],
           ["Win-back", "Drifters, 60 days silent", "a personal note from the barista they know and a free espresso", "SMS, post", "the churn model's strongest signal"]]),
        P("Gift Buyers get one message in January only, a discovery offer for themselves; we stop sending them "
          "the monthly newsletter, which they open at 4 %."),
        H(1, "E. What we will do, and when", {"action-plan": "ok"}),
        T([["Action", "Segment", "Owner", "Cost", "Expected effect"],
           ["Tasting guide e-mail sequence", "new customers", "Chloé", "400 €", "+5 points of second purchases"],
           ["Roast adjustment call for new subscribers", "Subscribers", "shop managers", "3 h a week", "-10 points of early cancellations"],
           ["Stamp card in the app", "Regulars, Explorers", "Samuel", "2,500 €", "+1 visit a year"],
           ["Barista win-back notes", "Drifters", "baristas", "600 € of espressos", "one Drifter in five back"]]),
        P("We start with the two actions that protect revenue fastest, the welcome sequence and the roast calls, "
          "because they need no new tool and the shop managers agreed to make the calls during quiet afternoons."),
        B("F. Month by month", {"calendar": "ok"}),
        T([["Period", "What happens"],
           ["January 2027", "clean the database, write the e-mail sequences, January offer to Gift Buyers"],
           ["February - March", "welcome sequence live, roast calls start for every new subscriber"],
           ["April - May", "stamp card moved into the app, training of the baristas for win-back notes"],
           ["June", "first review of the targets with the owners, adjust the messages"],
           ["September - October", "rare lots in early access for loyal customers"],
           ["November - December", "Christmas gift campaign with a discovery card in every box"]]),
        H(1, "G. Running it day to day", {"steering-tools": "ok"}),
        P("Cassandre already pays for Shopify, the Lightspeed till in the shops and a subscription plugin. We do "
          "not add a heavy CRM: we connect the three to Brevo, which the team already uses for the newsletter, "
          "through its native connectors, so that every purchase, subscription and cancellation lands on one "
          "customer record. Segments are recalculated every night from recency, frequency and spend, and the "
          "Drifters list is refreshed each Monday."),
        P("The shop managers get a single weekly view: who joined, who drifted, who they should call. The baristas "
          "see a short note on the till screen when a customer from the win-back list pays, so the personal touch "
          "happens in the shop and not only by e-mail. Chloé owns the automations and the segments; Samuel owns the "
          "data quality and the monthly export to the owners. Each action in the plan has a tag in Brevo, so that "
          "we can read its results separately."),
        P("We chose tools the team can use without us: no SQL, no separate dashboard software. Everything runs on "
          "the accounts Cassandre already has, which keeps the yearly cost under 1,200 euros. If the team grows, the same records can move to a fuller "
          "CRM later without losing history. Training takes one afternoon per shop, given by Chloé in January, with "
          "a one-page memo left next to each till."),
        B("G bis. Consent", {"consent": "thin"}),
        P("Only opted-in contacts receive e-mails and SMS. Till customers are asked at the counter. "
          "Unsubscribing takes one click."),
        H(1, "H. Are we on track?", {"kpi-table": "ok", "kpi-dashboard": "ok"}),
        P("Each objective has one indicator we read every month, and a few we read every week because they warn "
          "us early. If an indicator stays under its threshold two months in a row, the owners and we meet to "
          "change the action, not the target."),
        T([["KPI", "Formula", "Frequency", "Alert below"],
           ["Second purchase rate", "customers with a second purchase within 90 days / new customers", "monthly", "40 %"],
           ["Subscriber survival", "subscribers active after the 4th delivery / new subscribers", "monthly", "72 %"],
           ["Win-back rate", "Drifters who bought again / Drifters contacted", "weekly", "12 %"],
           ["E-mail opening rate", "opened / delivered, per segment", "weekly", "25 %"]]),
        Img(["New customers", "Second purchase", "Subscribers", "Drifters won back", "Alerts"],
            caption="The Monday view the shop managers receive: five tiles, green or red against the thresholds."),
        H(1, "I. Why this suits Cassandre", {"brand-fit-value": "ok"}),
        P("Cassandre is known in Bordeaux for its baristas, who remember what you drank last time. A CRM that sends "
          "the same discount code to everyone would clash with that. Our plan keeps the human voice: the welcome "
          "card is handwritten in the shop, the roast call is made by someone who tasted the coffee, the win-back "
          "note comes from the barista the customer knows. There are no price promotions except the January offer "
          "to Gift Buyers, because lowering the price of specialty coffee would tell regular customers that they "
          "have been paying too much."),
        P("For the company, the value lies in keeping revenue that today walks out of the door. If we bring second "
          "purchases from 36 % to 45 % and keep 80 % of subscribers past the fourth bag, our estimate is an extra "
          "110,000 euros of revenue in 2027, mostly from customers who already know the shops. It also gives the "
          "owners something they do not have today: a clear view of who their customers are, which matters for "
          "their plan to open a fourth shop in Pessac in 2028, because they can see where the Regulars live. Finally, it protects the subscription, the most "
          "profitable channel, whose growth stalled in 2026 after two years of steady increase, and which the owners see as "
          "the base of a calmer, more predictable business."),
        B("I.1 The sums", {"expected-value": "ok"}),
        T([["Item", "2027"],
           ["Extra revenue from second purchases", "+62,000 €"],
           ["Extra revenue from subscribers kept", "+48,000 €"],
           ["Cost of actions and tools", "-9,800 €"],
           ["Gross margin on extra revenue (55 %)", "60,500 €"],
           ["Return on the money spent", "about 6 to 1"]]),
        H(1, "A last word", {}),
        P("We thank the owners and the baristas of the three shops for letting us read their data and sit behind "
          "their counters."),
    ],
)
