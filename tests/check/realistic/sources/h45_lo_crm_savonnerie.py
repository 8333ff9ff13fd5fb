from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 45 (h45_), written and labelled on 2026-12-02 before any run of check. python-docx
    document opened and saved again by LibreOffice Writer, in English: Savonnerie du Lodévois, a cold-process soap
    maker in Lodève with an online shop, three boutiques (Lodève, Pézenas, Montpellier) and a quarterly soap box,
    plans its customer relationship for 2027 from 41,000 orders. The authors' own headings; bold Normal paragraphs
    instead of headings for the segment table, the timing and data protection. Brand fit and the expected return
    share one heading, the return table sitting under it with no heading of its own (merged). The dashboard
    heading has nothing under it (empty).""",
    title="Savonnerie du Lodévois – Keeping our customers in 2027",
    cover=["Data project – CRM strategy and action plan", "Léa Marty, Hugo Ferrand, Samia Kaci", "December 2026"],
    blocks=[
        H(1, "1. Where the shop stands today", {"diagnosis": "ok"}),
        P("Savonnerie du Lodévois makes about 180,000 bars of cold-process soap a year in a former tannery in "
          "Lodève, with olive oil from the Salagou valley and local lavender. Sales reached 1.9 million euros in "
          "2025: 46 % online, 38 % in the three boutiques and 16 % through the quarterly soap box, which has 2,300 "
          "subscribers. Mathilde Roux, who founded the company in 2009, asked us one question: why does the online "
          "shop keep winning new customers every month while total sales have been flat for two years?"),
        P("We worked on the Shopify export of 41,000 orders placed since January 2023, the boutique tills linked "
          "to the loyalty card, the box subscription list and 1,050 answers to a questionnaire sent in October. "
          "Three facts came out. First, 71 % of online customers order once and never again; the average customer "
          "who does order a second time goes on to spend 148 euros a year, five times more than a one-time buyer. "
          "Second, the second order almost always happens within 75 days of the first, or not at all. Third, "
          "boutique customers who also buy online are the most valuable group we found, but nothing in the tools "
          "links the card to the online account: the shop cannot even greet them as the same person. Box "
          "subscribers cancel mostly after the third box, when the surprise wears off and the box arrives with the "
          "same four soaps as the shop's best-sellers."),
        H(1, "2. Targets for 2027", {"smart-objectives": "ok"}),
        T([["Objective", "Indicator", "Today", "Target", "Deadline"],
           ["More second orders online", "share of new customers ordering again within 75 days", "29 %", "38 %", "Dec 2027"],
           ["Link boutique and online", "loyalty cards joined to an online account", "6 %", "40 %", "Sep 2027"],
           ["Keep box subscribers", "subscribers still active after the fourth box", "54 %", "68 %", "Dec 2027"],
           ["Grow repeat revenue", "revenue from customers with 2+ orders", "0.82 M€", "1.05 M€", "Dec 2027"]]),
        P("The starting values are the 2026 figures from the Shopify export; Mathilde agreed to every target."),
        H(1, "3. Five kinds of customers", {"segmentation": "ok"}),
        P("We grouped customers with a recency, frequency and amount scoring on the last 24 months, then checked "
          "the groups against the questionnaire so that each one also had a reason behind the numbers. We kept five "
          "groups that Mathilde and the boutique managers recognised at once. The tourists buy once in a boutique "
          "in summer, often as a gift, and live far away. The online testers come from an Instagram advert or a "
          "press article, buy a discovery set and disappear. The regulars reorder the same soap three or four "
          "times a year. The two-channel fans buy in a boutique and online, spend the most and write reviews. The "
          "box subscribers are a world apart, loyal to the box rather than to the products. The testers are by far "
          "the largest group and the one where a small change in the second order moves the whole revenue. The regulars and the fans are few, but together they already bring more than half of what the shop earns."),
        B("Segment sizes and value", {"segment-table": "ok"}),
        T([["Group", "Customers", "Share of revenue", "Orders a year", "Average basket"],
           ["Tourists", "9,800", "12 %", "1.0", "24 €"],
           ["Online testers", "14,600", "18 %", "1.1", "22 €"],
           ["Regulars", "3,900", "31 %", "3.4", "36 €"],
           ["Two-channel fans", "1,200", "23 %", "5.8", "52 €"],
           ["Box subscribers", "2,300", "16 %", "4 boxes", "33 €"]]),
        H(1, "4. From first bar to faithful customer", {"lifecycle-strategy": "ok"}),
        T([["Stage", "What we see in the data", "What we will do", "Channel"],
           ["First purchase", "testers buy a discovery set, 60 % never open a second e-mail",
            "a thank-you note in the parcel telling how the soap is made, with a code for a second bar", "parcel, e-mail"],
           ["Day 20 to 75", "second orders happen in this window or not at all",
            "two e-mails: how to make a bar last, then a reminder when the first bar is nearly finished", "e-mail"],
           ["Regular", "reorders the same soap, rarely tries new ones",
            "early access to the seasonal soap and a refill offer on the liquid range", "e-mail, SMS"],
           ["Two-channel fan", "card and online account not linked",
            "link the card at the till with a free guest soap; invite to the annual open day at the workshop", "boutique, e-mail"],
           ["Box subscriber at risk", "cancels after the third box",
            "let subscribers choose one soap of four from the fourth box on and add a workshop story", "box, e-mail"],
           ["Lapsed", "no order for 12 months",
            "one last message with the new soaps of the year, then no more contact", "e-mail"]]),
        H(1, "5. What we will do", {"action-plan": "ok"}),
        T([["Action", "For whom", "Owner", "Budget", "Tone"],
           ["Parcel note with a second-bar code", "online testers", "Samia (web)", "3,500 € printing", "warm, handwritten style"],
           ["Two-step e-mail after the first order", "online testers", "Samia", "included in Brevo", "practical advice, no hard sell"],
           ["Card linking at the till", "two-channel fans", "boutique managers", "guest soaps 2,800 €", "personal, spoken"],
           ["Choice from the fourth box", "box subscribers", "Hugo (logistics)", "packing time 4,000 €", "part of the workshop"],
           ["Workshop open day", "regulars and fans", "Mathilde", "6,000 €", "behind the scenes"]]),
        P("All five actions fit in the existing team's week; none needs a new hire or an agency."),
        B("Timing", {"calendar": "ok"}),
        T([["Quarter", "What starts", "Why then"],
           ["Q1 2027", "e-mail sequence and parcel note", "January is calm, time to write and test the messages"],
           ["Q2 2027", "card linking in the three boutiques", "before the tourist season, when the staff have time to learn it"],
           ["Q3 2027", "choice in the soap box from the autumn box", "the box is packed in August, the new card ready by then"],
           ["Q4 2027", "open day in October, review of the year", "after the summer rush, before Christmas orders"]]),
        H(1, "6. Running it day to day", {"steering-tools": "ok"}),
        P("The company already pays for Shopify and Brevo, and the boutiques use a Lightspeed till. We do not "
          "propose a new CRM: the budget would not allow one and the team of eleven would not use it. Instead, "
          "Shopify becomes the single customer file. The till sends each sale with a card number to Shopify through "
          "the connector Lightspeed already offers, and the card is joined to the online account the first time the "
          "customer gives an e-mail address at the counter. Brevo reads the customer file every night and sends "
          "the life-cycle e-mails automatically, so that nobody has to remember to do it."),
        P("Each Monday, Samia looks at the week's figures with Mathilde for fifteen minutes; once a month the "
          "boutique managers join by video. The rule is simple: if an indicator stays below its threshold for "
          "two months, the action behind it is changed, not just discussed. Every e-mail is tested on two versions "
          "for its first month, and the one that brings more second orders is kept. Hugo keeps a short log of what "
          "was changed and why, so that next year's team can see what worked. The managers receive a printed "
          "one-page summary for their shop, because two of them rarely open the back office. Nothing here needs training beyond an afternoon, which the three managers will get together in January."),
        B("GDPR and opt-ins", {"consent": "ok"}),
        P("Nobody receives a marketing e-mail or SMS without having ticked the box, at the till or online; the "
          "tick is stored with its date and channel in Shopify. Linking a loyalty card to an online account is "
          "explained at the counter and can be refused without losing the guest soap. Customers who have not "
          "ordered for three years are deleted, and each message carries a one-click unsubscribe. The founder "
          "insisted on one more rule: never more than two e-mails a month to anyone, because a craft soap maker "
          "that shouts like a supermarket loses what makes it different. The boutique staff learn to explain this in one sentence, and the wording is printed by each till."),
        H(1, "7. Numbers we watch", {"kpi-table": "ok"}),
        T([["Indicator", "Definition", "Threshold", "Source", "Checked"],
           ["Second-order rate", "new customers ordering again within 75 days", "below 32 %", "Shopify", "weekly"],
           ["Linked cards", "cards joined to an account / active cards", "below 20 % in June", "Shopify", "monthly"],
           ["Box retention", "subscribers active after the fourth box", "below 60 %", "box list", "each box"],
           ["E-mail unsubscribe rate", "unsubscribes / e-mails sent", "above 0.5 %", "Brevo", "each send"],
           ["Repeat revenue", "revenue from customers with 2+ orders", "below plan by 10 %", "Shopify", "monthly"]]),
        P("Each indicator has a threshold that triggers a change of the action behind it. We kept five on purpose: "
          "the team reads them in one glance on Monday morning."),
        H(1, "8. Dashboard mock-up", {"kpi-dashboard": "empty"}),
        H(1, "9. What the Savonnerie gains", {"brand-fit-value": "ok", "expected-value": "ok"}),
        P("Every action in this plan sounds like the company: a handwritten note, advice on making soap last, an "
          "open day at the workshop, a box the subscriber chooses. None of them uses discounts larger than a free "
          "bar, because the brand sells on craft and on the olive oil of the valley, not on price. The boutique "
          "staff, who know their regulars by name, are at the centre of the card linking instead of being replaced "
          "by an app. We also checked that nothing in the plan needs a person the company does not already have."),
        P("The value for the company comes mainly from the testers: if 38 % of them order a second time instead of "
          "29 %, about 1,300 more customers enter the regular group each year. The table below gives our estimate "
          "for 2027, with costs taken from the action plan and gains computed on the average basket of each group. "
          "We kept the estimate cautious: we counted only one extra order per customer won back, although the data "
          "shows that a second order usually leads to several more."),
        T([["Item", "Estimate for 2027"],
           ["Extra second orders from testers", "+1,300 customers × 36 € = 46,800 €"],
           ["Box subscribers kept longer", "+320 subscribers × 3 boxes × 33 € = 31,700 €"],
           ["Two-channel fans found through card linking", "+400 customers × 52 € = 20,800 €"],
           ["Total extra revenue", "99,300 €"],
           ["Cost of the actions", "16,300 €"],
           ["Return", "about 6 € of revenue for each euro spent"]]),
    ],
)
