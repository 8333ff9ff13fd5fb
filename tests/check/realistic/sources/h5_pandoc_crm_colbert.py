from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="pandoc",
    language="en",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: an online stationery and fountain-pen shop in Lyon wants its one-off gift buyers to come back.
    Headings shortened ("Targets", "Segments", "Lifecycle", "Dashboard") or paraphrased ("Where we lose people",
    "Does it still sound like us?"); the segmentation table under its own sub-heading; the timing is three
    lines and a small grid (thin); nothing anywhere on consent or data protection (missing).""",
    title="Papeterie Colbert – Bringing gift buyers back",
    cover=["CRM strategy and action plan – Data project",
           "Clémence Aubry, Hugo Lefèvre – November 2026"],
    blocks=[
        H(1, "Where we lose people", {"diagnosis": "ok"}),
        P("Papeterie Colbert sells notebooks, fountain pens and inks from a shop on the Presqu'île and a website "
          "that now makes 62 % of its revenue of 3.1 million euros. We analysed 41,800 customers and 96,000 orders "
          "placed between January 2023 and October 2026, exported from Shopify and joined with the loyalty card "
          "of the shop."),
        P("Three patterns came out. First, 58 % of customers ordered exactly once, and most of these first orders "
          "were placed between 25 November and 20 December: they are gifts, often a pen with engraving. Only 11 % "
          "of December first-time buyers ordered again within a year, against 34 % for customers whose first "
          "order was in spring. Second, the customers who do come back are worth a great deal: the 4,900 customers "
          "with five orders or more make 41 % of revenue, mostly through ink and refills, which they reorder every "
          "seven to nine weeks. Third, the shop and the website do not know each other: 2,300 loyalty card holders "
          "also buy online under another e-mail address, and get nothing for it."),
        P("Today the CRM work is one newsletter a fortnight, the same for everybody, opened by 19 % of recipients. "
          "There is no message after a first order, no reminder when a regular's ink should be running out, and no "
          "attempt to win back people who stopped. The owner, Mathilde Colbert, wants the gift buyers of Christmas "
          "2026 to become customers of 2027, without turning the shop into a discount store."),
        H(1, "Targets", {"smart-objectives": "ok"}),
        P("Each target moves one behaviour we measured; all are to be reached by 31 December 2027."),
        T([["Objective", "Now", "Wanted", "Indicator", "Baseline", "Target", "Deadline"],
           ["Turn gift buyers into returning customers", "one December order", "a second order in spring",
            "12-month repeat rate of December first buyers", "11 %", "20 %", "Dec 2027"],
           ["Keep regulars on their refill rhythm", "ink reordered late or elsewhere", "reorder every 8 weeks",
            "share of regulars ordering within 10 weeks", "63 %", "75 %", "Dec 2027"],
           ["One customer, one record", "two identities shop/web", "merged profile",
            "loyalty holders matched to a web account", "0", "1,800", "June 2027"]]),
        H(1, "Segments", {"segmentation": "ok"}),
        P("We scored every customer on recency, frequency and spend, from 1 to 5 each, using quintiles of the "
          "2023-2026 orders. The scores alone gave 125 cells, far too many for a team of three, so we grouped them "
          "with the lifecycle stage and with one behaviour that turned out to matter more than spend: whether the "
          "customer buys consumables (ink, refills, paper) or only objects. A customer who buys ink comes back; a "
          "customer who buys only a pen usually does not."),
        P("This gives five segments, shown below with their size and value. The lifetime value is the average "
          "margin of a customer over three years, estimated from the 2023 cohort, the only one we can follow for "
          "three full years. The segments are recalculated each Monday night in Klaviyo from the Shopify orders, "
          "so that a gift buyer who places a second order moves to \"Newcomers\" on the next Tuesday and gets the "
          "right messages. The shop's loyalty card feeds the same profiles once the two identities are merged."),
        H(2, "Size and value per segment", {"segment-table": "ok"}),
        T([["Segment", "Rule", "Stage", "Customers", "Share of revenue", "3-year value", "Priority"],
           ["Ink regulars", "5+ orders, buys consumables", "loyal", "4,900", "41 %", "€610", "1"],
           ["Newcomers", "2-4 orders in 12 months", "growing", "7,300", "22 %", "€240", "2"],
           ["Gift buyers", "one order, Nov-Dec, no consumables", "first purchase", "16,200", "19 %", "€70", "1"],
           ["Sleeping", "no order for 18 months, 2+ before", "lapsed", "8,100", "12 %", "€95", "3"],
           ["Shop only", "loyalty card, no web account", "unknown online", "5,300", "6 %", "€150", "2"]]),
        H(1, "Lifecycle", {"lifecycle-strategy": "ok"}),
        P("Each stage answers one of the three patterns. The effort goes first to the passage from the first order "
          "to the second, where most customers are lost, and to the refill rhythm of the regulars, where most "
          "of the money is. Acquisition is left out on purpose: the shop already gets enough first orders every "
          "December."),
        T([["Stage", "Segment", "What we saw", "Today", "Wanted", "Lever", "Message"],
           ["First purchase", "Gift buyers", "11 % come back", "no contact after the order",
            "a second order before Easter", "a care guide for the pen and an ink sample in the parcel",
            "Your pen will last for years"],
           ["Growing", "Newcomers", "second order mostly paper", "same newsletter as everyone",
            "try ink or a refill", "content: how to choose an ink", "Find your colour"],
           ["Loyal", "Ink regulars", "reorder every 7-9 weeks", "reorder late or buy elsewhere",
            "reorder on time with us", "reminder at week 7, free shipping on refills", "Time for a new bottle?"],
           ["Lapsed", "Sleeping", "no order in 18 months", "still get the newsletter",
            "one order or a clean exit", "one letter from Mathilde, then stop", "We kept your nib size"]]),
        H(1, "Action plan for 2027", {"action-plan": "ok"}),
        P("Five actions, each tied to one segment and one indicator. The budget is small on purpose: most of the "
          "cost is the time of Hugo, who runs the website, and the ink samples."),
        T([["Action", "Segment", "Objective", "Channel", "Message", "Owner", "Date", "Budget", "KPI"],
           ["Care guide and ink sample", "Gift buyers", "repeat rate", "parcel + e-mail at day 30",
            "Your pen will last", "Clémence", "Dec 2026", "€4,800", "second orders"],
           ["Refill reminder", "Ink regulars", "refill rhythm", "e-mail at week 7", "Time for a new bottle?",
            "Hugo", "Feb 2027", "€600", "reorders in 10 weeks"],
           ["Ink workshops in the shop", "Newcomers", "repeat rate", "shop + e-mail invitation",
            "Find your colour", "Mathilde", "Mar 2027", "€1,200", "workshop attendees who order"],
           ["Merge shop and web profiles", "Shop only", "one record", "till prompt + e-mail",
            "Your card works online", "Hugo", "Apr 2027", "€2,000", "matched profiles"],
           ["Letter from Mathilde", "Sleeping", "win back", "postal letter", "We kept your nib size",
            "Clémence", "Sep 2027", "€3,500", "orders within 60 days"]]),
        H(1, "Timing", {"calendar": "thin"}),
        P("Nothing goes out in the two weeks before Christmas except order e-mails."),
        T([["Action", "Dec", "Jan", "Feb", "Mar", "Apr", "Sep"],
           ["Care guide", "x", "x", "", "", "", ""],
           ["Refill reminder", "", "", "x", "x", "x", "x"],
           ["Workshops", "", "", "", "x", "", "x"]]),
        H(1, "Tools and who uses them", {"steering-tools": "ok"}),
        P("We keep the tools the shop already pays for and add one. Shopify remains the source of orders and "
          "customers for the website. The shop's till, a Lightspeed system, holds the loyalty cards; from April a "
          "nightly export sends new card holders and their purchases to Shopify, matched by phone number or "
          "e-mail. Klaviyo, which replaces the free Mailchimp plan in January, reads both and holds the segments, "
          "the scores and the four automated flows: the care guide after a first order, the refill reminder, the "
          "workshop invitation and the win-back letter, which Klaviyo triggers and a print service posts."),
        P("Steering happens in Looker Studio, connected to Shopify and Klaviyo with the standard connectors, so "
          "nobody types a figure by hand. Hugo owns the configuration and checks the flows every Monday. "
          "Clémence, who writes the content, looks at the open and order rates of each flow. Mathilde looks at "
          "one page only, with five numbers and their trend, on her phone on Friday. The shop staff see nothing "
          "new except the prompt at the till that asks a card holder for an e-mail address."),
        P("The data moves in one direction: till and website to Shopify, Shopify to Klaviyo, both to Looker "
          "Studio. No tool writes back into the till. This keeps the set-up within what Hugo can maintain alone "
          "during the December rush, which was the first condition Mathilde set."),
        H(1, "Measuring it: eleven KPIs", {"kpi-table": "ok"}),
        T([["KPI", "Objective", "Formula", "Source", "Frequency", "Target", "Alert", "Owner", "If it goes wrong"],
           ["Repeat rate of gift buyers", "repeat", "second order in 12 months / December first buyers",
            "Shopify", "monthly", "20 %", "under 14 % in June", "Clémence", "test a stronger spring offer"],
           ["On-time refills", "refill rhythm", "regulars ordering within 10 weeks / regulars", "Shopify",
            "weekly", "75 %", "under 65 %", "Hugo", "move the reminder to week 6"],
           ["Matched profiles", "one record", "card holders with a web account", "Shopify", "monthly", "1,800",
            "under 600 in June", "Hugo", "retrain the shop staff on the prompt"],
           ["Flow open rate", "engagement", "opens / sends per flow", "Klaviyo", "weekly", "45 %", "under 30 %",
            "Clémence", "rewrite the subject line"],
           ["Unsubscribe rate", "brand", "unsubscribes / sends", "Klaviyo", "weekly", "under 0.3 %", "over 0.5 %",
            "Clémence", "send less often"],
           ["Average basket", "value", "revenue / orders", "Shopify", "monthly", "€58", "under €50", "Mathilde",
            "check the free shipping threshold"]]),
        P("Five more indicators (workshop attendance, win-back orders, revenue per segment, net promoter score "
          "from the parcel card, and cost per returning customer) are followed monthly in the same sheet."),
        H(1, "Dashboard", {"kpi-dashboard": "ok"}),
        Img(["Repeat rate 17 % (target 20)", "On-time refills 71 %", "Matched profiles 1,240", "Basket €61",
             "Unsubscribes 0.2 %"], "Mathilde's Friday page in Looker Studio, green, orange or red against target."),
        H(1, "Does it still sound like us?", {"brand-fit-value": "ok"}),
        P("Papeterie Colbert has been on the same corner since 1952 and its customers say they come for the advice "
          "as much as for the pens. Everything we propose keeps that voice. The messages are about care, colour "
          "and handwriting, never about discounts: the only price advantage is free shipping on refills, which "
          "regulars asked for in the survey. The win-back is a letter signed by Mathilde, on the shop's paper, "
          "because a stationer who writes e-mails to lapsed customers would contradict herself. The workshops "
          "bring online customers into the shop, where the team is at its best, and the reminders are timed on "
          "each customer's own rhythm rather than a calendar of promotions."),
        P("The value for the company comes from two places. Bringing the repeat rate of gift buyers from 11 % to "
          "20 % means about 1,450 more customers placing a second order each year, each worth around 70 euros of "
          "margin over three years. Keeping regulars on their rhythm protects the 41 % of revenue they bring, "
          "which today leaks to marketplaces when a bottle runs out on a Sunday. Against this, the plan costs "
          "about 12,000 euros in the first year plus Klaviyo's subscription, and asks for no new hire. The table "
          "gives the prudent case: we assumed half of the lift we expect, and no gain at all from the "
          "merged shop and web profiles."),
        H(2, "What it brings back", {"expected-value": "ok"}),
        T([["Line", "Year 1", "Year 2", "Year 3"],
           ["Extra revenue from returning gift buyers", "€42,000", "€61,000", "€70,000"],
           ["Revenue kept from regulars", "€28,000", "€35,000", "€38,000"],
           ["Campaigns and samples", "-€12,100", "-€9,000", "-€9,000"],
           ["Klaviyo and Looker", "-€4,300", "-€4,600", "-€4,900"],
           ["Staff time", "-€9,000", "-€6,000", "-€6,000"],
           ["Net value", "€44,600", "€76,400", "€88,100"]]),
    ],
    missing=["consent"],
)
