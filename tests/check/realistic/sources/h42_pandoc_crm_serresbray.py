from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="pandoc",
    language="en",
    notes="""Held-out round 42 (h42_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, English: Les Serres de Bray, five garden centres in Normandy with 84,000 loyalty card holders, plan
    their first real CRM programme. Numbered headings throughout; the segments as a table under their own
    sub-heading; the actions and their timing share one section and one table (action plan and calendar merged);
    no dashboard anywhere (deleted, missing); a section of the authors' own on risks before the value section.""",
    title="Les Serres de Bray – Growing loyal gardeners: CRM strategy 2027",
    cover=["Data project – Clément Lefort and Anaïs Vautier"],
    blocks=[
        H(1, "1. Diagnosis: what the loyalty data tells us", {"diagnosis": "ok"}),
        P("Les Serres de Bray run five garden centres between Forges-les-Eaux and Dieppe, with a turnover of 21 "
          "million euros and 84,000 loyalty card holders. We worked on three years of till data linked to the "
          "cards (1.9 million receipts) and on the card sign-up file. The picture is sharp. Sales are extremely "
          "seasonal: 46 % of the year's turnover is made between mid-March and mid-June, and most card holders "
          "come in spring only. Only 31 % of card holders bought anything in the last twelve months, and half of "
          "the new members of 2025 never came back after their first basket."),
        P("The value is concentrated: 12 % of card holders, mostly keen gardeners aged 55 and over, bring 48 % of "
          "card sales and visit eleven times a year on average. At the other end, young households who moved into "
          "new housing estates around Neufchâtel come once, buy a complete set of pots and compost, and vanish. "
          "Our RFM scoring and a simple churn model (logistic regression on visit gaps, basket size and departments "
          "bought) show that a customer who has not come back within 120 days of a first visit has less than a "
          "one-in-five chance of returning. Today the company sends the same paper leaflet to everyone four times "
          "a year and has e-mail addresses for only 38 % of its members."),
        H(1, "2. Targets for 2027", {"smart-objectives": "ok"}),
        T([["Objective", "Measure", "Today", "Target", "By"],
           ["Bring back lapsed members", "share of card holders active in 12 months", "31 %", "38 %", "Dec 2027"],
           ["Keep new members", "second visit within 120 days", "49 %", "60 %", "Dec 2027"],
           ["Sell outside spring", "share of card sales from July to February", "41 %", "45 %", "Feb 2028"],
           ["Reach members directly", "members with a usable e-mail", "38 %", "60 %", "Jun 2027"]]),
        P("Each target was checked with the finance director against what a comparable programme achieved at a "
          "garden centre group in Brittany."),
        H(1, "3. Who our customers are", {"segmentation": "ok"}),
        P("We built segments from behaviour, not from age alone, using recency, frequency and spend on the last "
          "three years, then the departments people buy from (plants, garden tools, pet shop, decoration, food "
          "and local produce). A k-means clustering on these variables gave six groups; we merged two that only "
          "differed by store and ended with five segments that the store managers recognised at once when we "
          "showed them. The segment sizes and their value are below. What matters most for the plan is that the "
          "two largest groups by number, the spring-only visitors and the one-time nesters, are also the ones "
          "who bring least, while the small group of devoted gardeners carries the business. Our actions "
          "therefore split in two: protect and thank the loyal core, and move the occasional customers towards a "
          "second and third visit in the year. The pet-shop regulars are a surprise: they come every month for "
          "food and could be the bridge between seasons. The Christmas shoppers, finally, are almost strangers to the "
          "garden side of the business and will get the lightest treatment."),
        H(2, "3.1 Five segments at a glance", {"segment-table": "ok"}),
        T([["Segment", "Members", "Share of card sales", "Visits per year", "What defines them"],
           ["Devoted gardeners", "10,100", "48 %", "11", "55+, plants and tools, all year"],
           ["Pet-shop regulars", "8,400", "17 %", "12", "monthly food purchase, little garden spend"],
           ["Spring-only visitors", "26,900", "21 %", "2", "bedding plants in April and May"],
           ["One-time nesters", "22,700", "8 %", "1", "new home, one big first basket"],
           ["Christmas shoppers", "15,900", "6 %", "1", "trees and decoration in December"]]),
        H(1, "4. Along the customer's life", {"lifecycle-strategy": "ok"}),
        T([["Stage", "Who is there", "What we do", "Why, from the data"],
           ["Welcome", "new card holders", "three e-mails in the first month: planting calendar for their soil, workshop invitation",
            "half of newcomers never return"],
           ["Second visit", "members at day 60 without a return", "voucher of 8 € valid on plants, with advice for the season",
            "after 120 days the chance of a return falls under 20 %"],
           ["Growth", "active members", "cross-selling: pet food for gardeners with animals, local produce corner",
            "pet-shop regulars come every month"],
           ["Loyalty", "devoted gardeners", "early access to spring plants, free soil analysis, a named adviser",
            "12 % of members bring 48 % of sales"],
           ["Win-back", "no visit for 12 months", "personal letter from the store manager and an autumn bulb offer",
            "lapsed members respond better to paper than to e-mail"]]),
        P("The welcome and second-visit stages come first, because that is where the data shows the biggest loss "
          "and where a small effort changes most. The loyalty and win-back stages follow in the autumn, once the "
          "spring rush is over and the store teams can prepare the evenings and the letters properly. Growth actions "
          "run all year through the pet department."),
        H(1, "5. What we will do, month by month", {"action-plan": "ok", "calendar": "ok"}),
        P("Each action has an owner and a month. We start with what needs no new tool and leave the heavier work "
          "for the quiet season, when store teams have time to learn."),
        T([["Action", "Owner", "Start", "End", "Budget"],
           ["Collect e-mails at the till with a 5 € welcome offer", "store managers", "Jan 2027", "ongoing", "12,000 €"],
           ["Welcome series for new members", "marketing", "Feb 2027", "Mar 2027", "3,000 €"],
           ["Second-visit voucher at day 60", "marketing", "Mar 2027", "ongoing", "20,000 €"],
           ["Spring early-access evening for devoted gardeners", "store managers", "Mar 2027", "Mar 2027", "6,000 €"],
           ["Pet food subscription with home delivery", "pet department", "Sep 2027", "Oct 2027", "15,000 €"],
           ["Win-back letter and bulb offer", "marketing", "Oct 2027", "Nov 2027", "9,000 €"]]),
        H(1, "6. Tools and how we steer", {"steering-tools": "ok"}),
        P("The company already owns a till system that records the card number, and an e-mail tool that nobody "
          "uses beyond the newsletter. We do not propose a large CRM suite. We propose to connect the till data to "
          "Brevo, which the marketing team knows, through a nightly export, and to build the segments and the "
          "lifecycle triggers in it. A customer moves from one stage to the next automatically when the export "
          "shows a visit, or the absence of one. Store managers get a one-page weekly summary of their own members "
          "by e-mail, with three numbers only: new members, second visits, and lapsed members recovered."),
        P("Steering happens in a monthly marketing meeting of one hour with the five store managers by video. "
          "The data analyst prepares the figures, the marketing manager proposes the changes, and any action that "
          "does not move its number after two months is stopped or changed. The model that scores the risk of "
          "losing a customer is refreshed every quarter; we will check that its predictions still hold by "
          "comparing predicted and observed returns on the last quarter. Store teams can see a member's segment "
          "on the till screen, so that the cashier can mention the early-access evening to a devoted gardener. "
          "Nobody needs a new login: everything lives in tools the teams already open every day."),
        H(2, "6.1 Consent and personal data", {"consent": "ok"}),
        P("Every message goes only to members who ticked the box for it when they signed up or at the till; today "
          "this is 38 % of members, which is why collecting consent is our first action. The form says in plain "
          "words what we send and how often, and each e-mail carries a one-click unsubscribe. Receipts are kept "
          "for three years, then made anonymous. The data protection officer of the cooperative that owns the "
          "centres checked the plan in November; the churn model uses no sensitive data, only purchases and "
          "visit dates. Store managers see segments but never the full purchase history of a named member, and "
          "a member who asks can receive everything we hold on them within a month."),
        H(1, "7. How we will read the results", {"kpi-table": "ok"}),
        T([["KPI", "Definition", "Target", "Frequency", "If it goes wrong"],
           ["Active members", "card holders with a purchase in 12 months", "38 %", "monthly", "review win-back offer"],
           ["Second-visit rate", "new members back within 120 days", "60 %", "monthly", "change voucher or timing"],
           ["E-mail reach", "members with consent and a valid address", "60 %", "weekly", "retrain till staff"],
           ["Off-season share", "card sales July to February", "45 %", "quarterly", "push pet and local produce"],
           ["Unsubscribe rate", "unsubscribes per campaign", "< 0.5 %", "per campaign", "send less often"]]),
        P("Every KPI is computed from the same nightly export, so the store managers and the marketing team read "
          "the same numbers, and each one comes with the first thing we change when it drifts."),
        H(1, "8. What could go wrong", {}),
        P("Store staff may see e-mail collection as one more task at the busiest moment of spring; we will count "
          "addresses per cashier and reward the best store. Vouchers may only pull forward purchases that would "
          "have happened anyway, so we keep a control group of 5 % of new members who receive nothing."),
        H(1, "9. Why this fits Les Serres de Bray", {"brand-fit-value": "ok"}),
        P("Les Serres de Bray are known in the area as the garden centre where the staff know plants, not as the "
          "cheapest one. The plan keeps that image: our messages are advice first and offers second, the early "
          "evenings and soil analyses reward expertise rather than volume, and the win-back letter is signed by a "
          "store manager people know by name. We have kept discounts small on purpose, because large price cuts "
          "would teach loyal customers to wait for them and would clash with the family image the founders built "
          "over forty years. The tone of every message will be checked by a gardener from the stores before it goes "
          "out, so that it sounds like the people behind the counter."),
        P("For the company, the value comes from three places. Bringing active members from 31 % to 38 % adds "
          "about 5,900 customers buying at least once a year, worth roughly 900,000 euros of sales. Keeping more "
          "newcomers builds the customer base of the next ten years in the new housing estates. Selling pet food "
          "and local produce through the year smooths a cash flow that is today concentrated on three months, "
          "which helps pay the seasonal staff and the growers on time. The cost of the programme, 65,000 euros "
          "plus a part-time data analyst, is small against that."),
        H(2, "9.1 Return on investment", {"expected-value": "ok"}),
        T([["Item", "Year 1", "Year 2"],
           ["Extra sales from active members", "600,000 €", "900,000 €"],
           ["Gross margin on extra sales (38 %)", "228,000 €", "342,000 €"],
           ["Programme cost incl. analyst", "- 95,000 €", "- 70,000 €"],
           ["Net gain", "133,000 €", "272,000 €"]]),
    ],
    missing=["kpi-dashboard"],
)
