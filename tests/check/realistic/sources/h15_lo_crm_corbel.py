from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 15 (h15_), written and labelled on 2026-12-01 before any run of check. python-docx
    document opened and saved again by LibreOffice Writer, in English: Maison Corbel, a Lyon coffee and tea
    roaster with an online shop and two boutiques, plans its customer relationship for 2027 from three years of
    orders. The authors' own headings; an opening section of their own; bold Normal paragraphs instead of
    headings for the objectives, the segment table, data protection, the indicators and the expected return;
    the action plan and its month-by-month timing under one heading and one table (action plan and calendar
    merged); data protection in two sentences (thin); a dashboard heading with nothing under it (empty).""",
    title="Maison Corbel – Customer relationship plan 2027",
    cover=["Data project – CRM strategy and action plan", "Authors: Hugo Lefèvre, Amandine Roux", "November 2026"],
    blocks=[
        H(1, "About this document", {}),
        P("Maison Corbel asked us to turn its order history into a plan that the two boutique managers and the "
          "web team can actually run. This document is our proposal; the numbers come from the Shopify export of "
          "November 2026 and the Brevo newsletter statistics."),
        H(1, "Where we start: what three years of orders say", {"diagnosis": "ok"}),
        P("Between November 2023 and October 2026 Maison Corbel recorded 48,300 orders from 17,900 customers, "
          "online and in the two boutiques of Croix-Rousse and Confluence. Revenue grew by 9 % a year, but almost "
          "all of the growth came from new customers attracted by Instagram campaigns and the Christmas gift "
          "boxes. The repeat rate tells another story: only 23 % of customers who bought once came back within "
          "a year, against 35 % three years ago."),
        P("The RFM analysis we ran on the export shows a business carried by a small group. The 1,400 customers "
          "who order coffee beans at least every six weeks make 41 % of revenue. At the other end, 9,800 people "
          "bought a single gift box in December and never opened another email. Between the two, a group of "
          "about 3,000 customers bought two or three times and then drifted away, usually after a delivery that "
          "arrived late or a coffee that was out of stock."),
        P("The clustering confirms that the boutiques and the website serve different people. Boutique "
          "customers are older, buy tea more often and pay more per visit; web customers are younger, order "
          "coffee and react strongly to free delivery thresholds. Email is the only channel the company uses, "
          "and it sends the same newsletter to everyone twice a month. Opening rates fell from 31 % to 19 % in "
          "two years, and unsubscriptions rise after each promotional campaign. The data therefore points to "
          "retention, not acquisition, as the priority for 2027."),
        B("Objectives for 2027", {"smart-objectives": "ok"}),
        T([["Objective", "Measure", "Target", "Deadline", "Owner"],
           ["Bring one-time buyers back", "second order within 90 days", "from 23 % to 30 %", "December 2027", "web team"],
           ["Keep the regulars", "regulars lost in the year", "under 8 %", "December 2027", "boutique managers"],
           ["Make emails useful again", "average opening rate", "28 %", "June 2027", "marketing"],
           ["Grow coffee subscriptions", "active subscriptions", "from 420 to 900", "December 2027", "web team"]]),
        P("The founders agreed these four targets on 18 November; each is measured from data the company "
          "already collects."),
        H(1, "Six groups of customers", {"segmentation": "ok"}),
        P("We combined the RFM scores with the channel and the product mix to obtain six groups that the team "
          "can remember and name. The regulars buy coffee beans every few weeks, mostly online, and many would "
          "switch to a subscription if it were flexible. The tea lovers are boutique customers who come for "
          "advice and new harvests; they rarely buy online. The gift buyers appear in November and December, "
          "spend a lot once and disappear. The drifters bought two or three times and stopped, often after a "
          "bad experience with delivery. The newcomers placed their first order in the last 60 days. The "
          "sleeping group has not bought anything for more than eighteen months."),
        P("The groups differ much more in value than in size, which is why we do not treat them equally. A "
          "regular brings on average 310 euros a year, a gift buyer 58 euros. Efforts are therefore weighted "
          "towards the regulars, the drifters and the newcomers, where a message at the right moment changes "
          "behaviour."),
        B("Segment sizes and value", {"segment-table": "ok"}),
        T([["Group", "Customers", "Share of revenue", "Yearly value", "Priority"],
           ["Regulars", "1,400", "41 %", "310 €", "keep"],
           ["Tea lovers", "1,900", "17 %", "96 €", "keep"],
           ["Gift buyers", "9,800", "21 %", "58 €", "convert"],
           ["Drifters", "3,000", "12 %", "44 €", "win back"],
           ["Newcomers", "1,100", "6 %", "61 €", "welcome"],
           ["Sleeping", "700", "3 %", "0 €", "last try, then archive"]]),
        H(1, "From first order to loyal regular", {"lifecycle-strategy": "ok"}),
        P("We organised the actions along the life of a customer rather than around the calendar of "
          "promotions, because that is where the data shows the losses. Each stage has its own trigger, so a "
          "customer receives what fits the moment they are in."),
        T([["Stage", "Who", "What we do", "Channel", "Why, from the data"],
           ["Welcome", "newcomers", "three emails over three weeks: brewing guide, roaster's story, tasting offer",
            "email", "half of second orders happen in the first 60 days"],
           ["Second order", "newcomers, gift buyers", "a sample of another origin in the first parcel, reminder at day 35",
            "parcel, email", "customers who try two origins come back twice as often"],
           ["Regular", "regulars", "flexible subscription, pause or skip in one click", "website, email",
            "regulars already order on a six-week rhythm"],
           ["Boutique loyalty", "tea lovers", "harvest evenings, a card that follows them online", "boutique, SMS",
            "tea lovers never receive a message today"],
           ["Risk of leaving", "drifters", "personal apology after a late delivery, free shipping on the next order",
            "email", "drift follows delivery problems"],
           ["Last try", "sleeping", "one message with a question, then archive", "email",
            "keeps the list clean and opening rates honest"]]),
        H(1, "What we will do, and when", {"action-plan": "ok", "calendar": "ok"}),
        P("The plan starts small in the quiet months and is fully running before the Christmas season, when the "
          "gift buyers arrive. Each action has one owner and a budget agreed with the founders."),
        T([["Action", "Owner", "Budget", "Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec"],
           ["Welcome series", "web team", "1,500 €", "write and test", "live", "adjust", "live"],
           ["Sample in first parcels", "logistics", "6,000 €", "choose origins", "live", "live", "live"],
           ["Flexible subscription", "web team", "9,000 €", "develop", "launch to regulars", "open to all", "live"],
           ["Boutique card linked online", "boutique managers", "4,000 €", "—", "set up", "launch", "live"],
           ["Harvest evenings", "boutique managers", "2,500 €", "—", "first evening", "—", "second evening"],
           ["Late delivery apology", "customer service", "2,000 €", "rules", "live", "live", "live"],
           ["Gift buyer follow-up", "marketing", "1,200 €", "Valentine's", "—", "—", "January follow-up prepared"]]),
        H(1, "Running it day to day: Shopify, Brevo and one sheet", {"steering-tools": "ok"}),
        P("Maison Corbel does not need a new CRM. Shopify already holds every online order and, since the boutique "
          "tills were connected in 2025, most boutique sales too. Brevo sends the emails and can receive the "
          "customer group as a contact attribute. The missing link is a nightly synchronisation that writes the "
          "group, the date of the last order and the subscription status from Shopify into Brevo. A freelance "
          "developer quoted three days for it, using the connector Brevo provides."),
        P("With that link, every action in the plan becomes an automated scenario in Brevo: the welcome series is "
          "triggered by a first order, the apology by a delivery flagged as late in Shopify, the last try by "
          "eighteen months without an order. The web team builds and checks the scenarios; nobody has to export "
          "files by hand any more, which is what made the current newsletter so generic."),
        P("The boutique managers did not want another tool. They will use the customer view already present in "
          "the Shopify point of sale, where the group now appears next to the name, so that they can greet a "
          "regular or invite a tea lover to the next harvest evening. Once a month, a shared sheet fed by the "
          "Shopify and Brevo exports gathers the figures of the plan for the founders' meeting. We trained both "
          "managers in November and wrote a two-page guide for new staff. The total cost of the tools is the "
          "connector at 29 euros a month and the three days of development, far below the licences of the "
          "dedicated CRMs we compared."),
        B("GDPR", {"consent": "thin"}),
        P("Only customers who ticked the newsletter box receive marketing emails; the others get order messages "
          "only. The boutique card will ask for consent at the till."),
        B("Measuring success", {"kpi-table": "ok"}),
        T([["Indicator", "Definition", "Target", "Source", "Reviewed"],
           ["Second-order rate", "new customers ordering again within 90 days", "30 %", "Shopify", "monthly"],
           ["Regulars lost", "regulars with no order for 12 weeks", "under 8 % a year", "Shopify", "monthly"],
           ["Email opening rate", "opens divided by emails delivered", "28 %", "Brevo", "every campaign"],
           ["Active subscriptions", "subscriptions not paused or cancelled", "900", "Shopify", "weekly"],
           ["Unsubscribe rate", "unsubscriptions per campaign", "under 0.3 %", "Brevo", "every campaign"],
           ["Boutique cards linked", "cards with an online account", "1,000", "Shopify POS", "quarterly"]]),
        P("Each indicator is read against its target at the monthly founders' meeting; two months in a row off "
          "target means the owner comes with a corrective proposal."),
        H(1, "Dashboard", {"kpi-dashboard": "empty"}),
        H(1, "Does it still feel like Corbel?", {"brand-fit-value": "ok"}),
        P("Maison Corbel built its name on the boutiques: the smell of roasting, the advice, the handwritten "
          "labels. The founders feared that automated emails would make the company sound like any online shop. "
          "We share that concern, and it shaped the plan. Every message is written in the first person by a "
          "member of the team, signed with a first name, and talks about coffee and tea before it talks about "
          "price. There are fewer promotions than today, not more: the welcome series and the subscription do "
          "not rely on discounts, and the only free shipping is an apology for a late parcel."),
        P("The harvest evenings and the boutique card bring the online customers into the shops rather than "
          "the reverse, which is what the founders want. The sample of another origin in the first parcel is "
          "exactly what a roaster does at the counter, moved into a box."),
        P("For the company the value is mostly in keeping customers it already paid to attract. Instagram "
          "campaigns cost about 14 euros per new customer; if a third more of them place a second order, the "
          "same advertising budget brings far more revenue. The subscription smooths the roasting schedule, "
          "because the roaster knows three weeks ahead how much of each coffee to prepare, and it reduces the "
          "stock-outs that currently push drifters away. Finally, cleaner lists and useful emails protect the "
          "sending reputation of the domain, which matters before the Christmas season."),
        B("What it should bring back", {"expected-value": "ok"}),
        T([["Item", "2027 estimate", "How we computed it"],
           ["Extra revenue from second orders", "+62,000 €", "7 points of repeat rate on 4,000 new customers a year"],
           ["Extra revenue from subscriptions", "+48,000 €", "480 more subscriptions at 100 € a year"],
           ["Cost of the plan", "26,200 €", "actions and tools above"],
           ["Return", "about 4 € per euro spent", "on gross margin of 55 %: about 2.3 € per euro"]]),
    ],
)
