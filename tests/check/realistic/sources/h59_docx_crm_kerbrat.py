from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 59 (h59_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: a Breton tea merchant (three shops and a web shop, 42,000 customers on file) wants lapsed
    buyers back and more repeat orders online. The authors' own headings, some shortened, some questions; the
    segmentation is written under two headings with the segment table between them (split); the consent part is
    a few lines (thin); no return-on-investment table anywhere (missing); an appendix of the authors' own on the
    scoring method.""",
    title="Kerbrat Thés – bringing customers back",
    cover=["CRM strategy and action plan – Data project", "Lina Morvan, Ewen Le Gall, Priya Raman",
           "Client: Kerbrat Thés, Quimper – December 2026"],
    missing=["expected-value"],
    blocks=[
        H(1, "1. What the data tells us", {"diagnosis": "ok"}),
        P("Kerbrat Thés sells loose tea, infusions and teaware in three shops (Quimper, Vannes and Rennes) and "
          "through a web shop opened in 2019. The customer file we received from the till system and from "
          "Shopify holds 42,300 customers and 161,000 orders from January 2022 to October 2026. After "
          "removing duplicates (the same person with a shop card and a web account), 36,800 real customers "
          "remain."),
        P("Three findings stand out. First, the business depends on a small core: 11 percent of customers make "
          "52 percent of the revenue, and almost all of them buy both in a shop and online. Second, most new "
          "customers never come back: 64 percent of people who bought once in 2024 did not buy again within a "
          "year, and the figure is worse for those who came through a Christmas gift box (78 percent). Third, "
          "the time between two orders of a regular customer is very stable, around 46 days, which is the time "
          "it takes to finish a 100 g pouch of tea drunk daily. A customer who passes 90 days without an order "
          "is rarely seen again."),
        P("The owners' feeling was that the web shop takes customers away from the shops. The data says the "
          "opposite: customers who use both channels spend 2.4 times more per year than shop-only customers. "
          "What is missing is not traffic but a reason to come back at the right moment, and a way to turn "
          "gift-box buyers into drinkers of their own tea."),
        H(1, "2. Objectives", {"smart-objectives": "ok"}),
        T([["Objective", "Measure", "Target", "Deadline"],
           ["Bring back lapsed regulars", "customers with no order for 90-180 days who buy again",
            "20 % of them", "June 2027"],
           ["Turn gift-box buyers into repeat buyers", "second order within 6 months", "from 22 % to 35 %",
            "December 2027"],
           ["Grow two-channel customers", "share of active customers buying in shop and online",
            "from 18 % to 25 %", "December 2027"],
           ["Keep unsubscribes low", "e-mail unsubscribe rate per send", "under 0.4 %", "every month"]]),
        H(1, "3. Who buys our tea?", {"segmentation": "ok"}),
        P("We segmented the 36,800 customers with an RFM score (recency, frequency, money spent over the last "
          "24 months), then grouped the scores into six segments that the shop staff could recognise. We "
          "checked each segment with the three shop managers: they could name real customers in each of them, "
          "which convinced us the groups are meaningful and not just statistics. We left out customers with no purchase since 2022. Two of the six segments hold "
          "most of the value; the table gives the size and the weight of each."),
        H(2, "Six groups and what they are worth", {"segment-table": "ok"}),
        T([["Segment", "Customers", "Share of revenue", "Avg. basket", "Typical behaviour"],
           ["Daily drinkers", "4,050", "52 %", "38 €", "order every 6-7 weeks, both channels"],
           ["Weekend explorers", "5,900", "21 %", "29 €", "try new blends, mostly in shop"],
           ["Gift givers", "8,700", "12 %", "45 €", "one order in November-December"],
           ["Web-only regulars", "3,200", "9 %", "26 €", "repeat online, never visit"],
           ["Sleeping regulars", "2,450", "4 %", "31 €", "were daily drinkers, no order for 90+ days"],
           ["One-timers", "12,500", "2 %", "17 €", "one small purchase, never came back"]]),
        H(1, "Segments, continued: the quiet ones", {"segmentation": "ok"}),
        P("The last two groups deserve attention even if they weigh little today. The sleeping regulars were "
          "worth about 140,000 euros a year two years ago; most of them stopped after the web shop changed its "
          "delivery fee in 2025. The one-timers are many but cheap to reach by e-mail. We do not plan anything "
          "costly for them, only a welcome sequence. For the sleeping regulars, the first step is simply to "
          "ask why they stopped: a one-question survey sent with the win-back postcard."),
        H(1, "4. Lifecycle", {"lifecycle-strategy": "ok"}),
        P("For each stage of the customer's life with Kerbrat we chose one main message and one channel, "
          "starting from the rhythm found in the data: a first order, a second one within 46 days, a habit, "
          "then the risk of drifting away after 90 days."),
        T([["Stage", "Who", "What we do", "Channel", "Trigger"],
           ["Welcome", "new customers, gift-box receivers",
            "brewing guide and a 10 % code on a 100 g pouch of the tea they tasted", "e-mail, card in the box",
            "first order"],
           ["Second order", "customers at day 35", "reminder with their tea and a matching new blend",
            "e-mail", "35 days after the order"],
           ["Habit", "daily drinkers, web-only regulars",
            "refill subscription with free delivery, early access to harvests", "e-mail, shop", "third order"],
           ["At risk", "no order for 70 days", "personal note from the shop where they buy",
            "e-mail signed by the manager", "70 days"],
           ["Win back", "sleeping regulars", "free delivery for three months and a sample",
            "postcard then e-mail", "90 days"]]),
        P("Gift givers are left out of the stages on purpose: we write to the person who received the box, "
          "not to the one who bought it, as long as the receiver gave an e-mail address."),
        H(1, "5. Actions", {"action-plan": "ok"}),
        T([["Action", "Segment", "Owner", "Budget", "Expected effect"],
           ["Refill subscription on the web shop", "daily drinkers, web-only", "e-commerce manager",
            "3,500 € set-up", "more regular orders"],
           ["Day-35 reminder flow", "all new customers", "marketing intern", "included in Brevo plan",
            "second order rate up"],
           ["Postcards to sleeping regulars", "sleeping regulars", "shop managers", "2,200 €",
            "20 % reactivated"],
           ["Tasting evenings for explorers", "weekend explorers", "shop teams", "1,800 €",
            "more two-channel customers"],
           ["Gift-box insert with a personal code", "gift givers", "logistics", "600 €",
            "gift receivers become buyers"]]),
        P("The whole plan costs about 8,100 euros in 2027, on top of the Brevo subscription. The owners asked "
          "us to keep the shop teams' extra work under two hours a month, which rules out phone calls."),
        H(1, "When?", {"calendar": "ok"}),
        T([["Period", "What starts", "Why then"],
           ["January 2027", "welcome and day-35 flows", "after Christmas, many new gift customers"],
           ["February 2027", "postcards to sleeping regulars", "quiet month in shops"],
           ["March 2027", "refill subscription", "spring harvest teas arrive"],
           ["April-June 2027", "tasting evenings, one per shop per month", "before the summer lull"],
           ["November 2027", "new gift-box insert", "Christmas orders begin"]]),
        P("Nothing new starts in July and August, when the shops are full of tourists and staff are on leave."),
        H(1, "6. Tools and steering", {"steering-tools": "ok"}),
        P("Kerbrat has no CRM today. Customer data lives in two places: the till system of the shops, which "
          "stores loyalty cards, and Shopify for the web shop. Newsletters go out from Mailchimp's free plan to "
          "a list that nobody has cleaned since 2021. We recommend Brevo, for three reasons: it connects to "
          "Shopify natively, it accepts a daily file from the till system, and its price (about 65 euros a "
          "month for 40,000 contacts) fits a company of 19 employees. It also handles SMS, which the Rennes "
          "shop asked for."),
        P("Steering should be simple enough for the shop managers, who will not open a marketing tool every "
          "day. We propose one shared dashboard in Looker Studio, fed by Brevo and Shopify, looked at together "
          "in a 30-minute meeting on the first Monday of each month. Each KPI has an owner and a threshold: "
          "if the second-order rate drops under 25 percent two months in a row, the e-commerce manager reviews "
          "the day-35 message. The marketing intern keeps the segments up to date each month with the RFM "
          "script we leave behind, documented in the appendix. A customer's history must also be visible at "
          "the till: the till vendor offers a Brevo connector for 20 euros a month, which lets a seller see "
          "the segment and last order of a card holder. No other tool is needed."),
        H(2, "Consent", {"consent": "thin"}),
        P("Only customers who ticked the box receive e-mails and SMS; shop cards get the box from January. "
          "Every message has a one-click unsubscribe, and inactive contacts are deleted after three years."),
        H(1, "7. Numbers we will watch", {"kpi-table": "ok"}),
        T([["KPI", "Definition", "Now", "Target", "Owner"],
           ["Second-order rate", "new customers ordering again within 90 days", "22 %", "35 %",
            "e-commerce manager"],
           ["Reactivation rate", "sleeping regulars who order again", "n/a", "20 %", "shop managers"],
           ["Two-channel share", "active customers buying in shop and online", "18 %", "25 %", "director"],
           ["Subscription count", "active refill subscriptions", "0", "600", "e-commerce manager"],
           ["Unsubscribe rate", "unsubscribes per e-mail sent", "0.6 %", "under 0.4 %", "marketing intern"]]),
        P("We kept five indicators on purpose: one per objective, plus the unsubscribe rate as a warning light. "
          "If it rises while orders rise, we are probably writing too often; if both fall, the messages are "
          "not relevant and the segments need a second look."),
        H(1, "The dashboard", {"kpi-dashboard": "ok"}),
        P("One page, five tiles, read in the monthly meeting; red when a KPI misses its threshold."),
        Img(["Second orders", "Reactivation", "Two channels", "Subscriptions", "Unsubscribes"],
            caption="Mock-up of the monthly Looker Studio page shared with the shop managers."),
        H(1, "8. Does it fit Kerbrat?", {"brand-fit-value": "ok"}),
        P("Kerbrat is a family house, known in Quimper since 1987 for its advice at the counter. Customers "
          "come for Gwenola's recommendations as much as for the tea. Anything that looks like mass marketing "
          "would hurt that image. This is why the at-risk message is signed by the manager of the shop where "
          "the customer buys, why we limit e-mails to two a month for any customer, and why the win-back "
          "offer is free delivery and a sample rather than a discount: the brand has never sold on price and "
          "should not start now."),
        P("What Kerbrat gains is less about one season's sales than about habits. The daily drinkers are the "
          "heart of the house, and today nobody notices when one of them drifts away; with the plan, the shop "
          "that knows them will. Gift-box receivers become people who choose their own tea instead of a name on "
          "a delivery slip. Shop and web stop competing in the owners' minds, because the figures show they "
          "feed each other. The project also gives the owners something they lack today: a clear view of who "
          "their customers are, shared between the shops and the web shop, which will help them decide "
          "whether to open a fourth shop in Brest. We did not put a return on investment on these gains: the "
          "owners preferred to judge the plan on the KPIs after one year."),
        H(1, "Appendix A – How we scored customers", {}),
        P("Each customer gets a score from 1 to 5 on recency (days since last order), frequency (orders in 24 "
          "months) and money (spent in 24 months), by quintiles. Segments are rules on the three scores, e.g. "
          "daily drinkers have frequency 5 and recency 4 or 5. The Python script and its instructions are in "
          "the shared folder."),
    ],
)
