from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="pandoc",
    language="en",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, English: Tidewater Outdoor, a Cornish outdoor-clothing and camping retailer (six shops and a web shop,
    61,000 customer records), plans its customer-relationship marketing for 2027. The authors' own headings,
    numbered "1" to "8" at level 1 with two level-2 sub-headings. Targets as a table; five customer groups, then
    their figures under "3.1 The groups in numbers"; one table per stage of the customer's life; the campaigns as a
    table. The timeline heading has nothing under it (empty). The tools and the KPIs share one heading, "7 Tooling
    and the numbers we watch" (merged: prose, then the KPI table). Permission and privacy as a level-2 sub-heading;
    brand fit and the payback table under "8 Why it fits Tidewater, and what it pays back" with "8.1 Payback" for
    the table. No dashboard mock-up anywhere (missing).""",
    title="Tidewater Outdoor – Customer Marketing Plan 2027",
    cover=["Data project – Team: Rowan Pascoe, Imogen Hale, Dev Mistry", "December 2026"],
    blocks=[
        H(1, "1 What the data told us", {"diagnosis": "ok"}),
        P("Tidewater Outdoor sells waterproofs, walking boots and camping gear from six shops between Penzance and "
          "Plymouth and through its web shop, which now brings 38% of its £9.4m turnover. We were given three "
          "years of till and web orders (212,000 orders, 61,000 identifiable customers), the newsletter platform's "
          "logs and the loyalty card file. After cleaning out duplicates and test accounts, 48,300 customers "
          "remained."),
        P("Four findings shaped the plan. First, the business leans on very few people: the top 12% of customers "
          "bring 51% of revenue, and most of them buy both in a shop and online. Second, the second purchase is "
          "where Tidewater loses people: 64% of first-time buyers never come back, but those who make a second "
          "order within 90 days have a 70% chance of a third. Third, buying is seasonal and predictable: tents "
          "and camping in April and May, waterproofs in October, boots before Christmas. A simple model on "
          "recency, frequency and spend predicts who will lapse with an accuracy of 0.78 (AUC), good enough to "
          "trigger a message. Fourth, the newsletter goes to everybody with the same content; open rates fell "
          "from 31% to 19% in two years and unsubscribes doubled. Customers who only ever bought camping gear "
          "still receive the surf wetsuit offers."),
        P("In short, the data does not call for more messages; it calls for fewer and better-aimed ones, a push "
          "towards the second purchase, and a way to keep the best customers feeling looked after."),
        H(1, "2 Targets for 2027", {"smart-objectives": "ok"}),
        T([["Target", "Measure", "From", "To", "By"],
           ["More first-time buyers come back", "second order within 90 days", "36%", "45%", "December 2027"],
           ["Keep the best customers", "yearly churn of the top segment", "14%", "9%", "December 2027"],
           ["Make the newsletter worth opening", "average open rate", "19%", "28%", "June 2027"],
           ["Grow revenue from known customers", "revenue from identified customers", "£6.1m", "£6.8m",
            "December 2027"]]),
        P("Each target has one owner in the marketing team and is read every month by the managing director."),
        H(1, "3 Five kinds of customers", {"segmentation": "ok"}),
        P("We grouped customers with k-means on recency, frequency, spend, share of online orders and the product "
          "families they buy, then checked each group with the shop managers to give it a name they recognised. "
          "Five groups came out clearly. The Regulars buy several times a year, in shops and online, and spend "
          "the most. The Campers come once a year in spring for tents and stoves. The Walkers buy boots and "
          "waterproofs, mostly in autumn. The One-offs bought a single item, often a gift, and never returned. "
          "The Fading used to buy regularly but have not ordered for over a year. The split matters because "
          "each group needs a different message at a different moment: a Camper offered boots in April is "
          "wasted, a Regular treated like a newcomer feels forgotten."),
        P("About 3,000 customers fit no group well; they stay in the general newsletter until their next order "
          "places them. We will rerun the grouping every quarter, since a Camper who buys boots in October may "
          "well become a Walker or a Regular."),
        H(2, "3.1 The groups in numbers", {"segment-table": "ok"}),
        T([["Group", "Customers", "Share of revenue", "Average yearly spend", "What we want"],
           ["Regulars", "5,800", "51%", "£420", "keep them and make them feel known"],
           ["Campers", "9,700", "17%", "£160", "a second visit in autumn"],
           ["Walkers", "8,900", "16%", "£150", "gear renewal and repairs"],
           ["One-offs", "15,600", "9%", "£55", "a second order within 90 days"],
           ["Fading", "8,300", "7%", "£40", "win back the ones worth it"]]),
        H(1, "4 From first purchase to lapsed: what we do at each step", {"lifecycle-strategy": "ok"}),
        T([["Step", "Who", "What we send", "When", "Why"],
           ["Welcome", "first-time buyers", "care guide for what they bought, and a local walk or campsite tip",
            "day 3", "start a relationship that is not about selling"],
           ["Second purchase", "One-offs and new Campers", "offer linked to the first purchase, e.g. tent "
            "footprint or boot proofing", "day 30 and day 75", "the 90-day window is where loyalty is decided"],
           ["Growth", "Campers and Walkers", "seasonal picks for their family of products only",
            "April and October", "match the calendar the data shows"],
           ["Loyalty", "Regulars", "early access to sales, free repairs, shop events", "all year",
            "they carry half the revenue"],
           ["Win-back", "Fading with past spend over £200", "a personal note from their usual shop and a voucher",
            "when the model flags them", "winning back costs less than finding new customers"]]),
        P("The order matters: we spend most effort on the second purchase, because the data shows it is the step "
          "where people are lost and where a small push changes behaviour for years. Each step stops as soon as the "
          "customer orders again, so nobody receives a reminder for something they have just bought."),
        H(1, "5 The campaigns", {"action-plan": "ok"}),
        T([["Campaign", "Channel", "Group", "Owner", "Cost"],
           ["Welcome series", "email", "first-time buyers", "Imogen", "£1,200 set-up"],
           ["Ninety days", "email and text", "One-offs", "Imogen", "£3,500"],
           ["Spring camp", "email and shop posters", "Campers", "Rowan", "£6,000"],
           ["Boot clinic", "shop event and email", "Walkers", "shop managers", "£4,000"],
           ["Tidewater Circle", "loyalty app", "Regulars", "Dev", "£18,000"],
           ["Come back to the coast", "letter and email", "Fading", "Rowan", "£5,500"]]),
        P("We kept the number of campaigns low so that the two-person marketing team can run them well, and we "
          "chose channels customers already use; no new social network is needed. The total, £38,200, fits inside "
          "the marketing budget Tidewater already spends on flyers and print adverts."),
        H(1, "6 Timeline", {"calendar": "empty"}),
        H(1, "7 Tooling and the numbers we watch", {"steering-tools": "ok", "kpi-table": "ok"}),
        P("Tidewater already pays for a till system, the Shopify web shop and Mailchimp, and none of them talk to "
          "each other. Rather than buy a large CRM, we propose Klaviyo as the single customer file: it connects "
          "natively to Shopify, can take the till orders through a nightly export, and lets the team build the "
          "segments above without code. The lapse model runs every week in a small Python script on the existing "
          "server and writes a score back to each customer profile. Shop staff look customers up on a tablet at "
          "the counter, which is how the loyalty card number gets attached to online orders."),
        P("Reporting stays simple: one Looker Studio page fed by Klaviyo and Shopify, refreshed daily, which the "
          "marketing team reads every Monday and the managing director every month. Each figure below has a "
          "target and an alert level; when a figure crosses its alert level two weeks running, its owner proposes "
          "a change at the next Monday meeting."),
        T([["KPI", "Calculation", "Target", "Alert level", "Owner"],
           ["90-day return rate", "first-time buyers with a second order within 90 days", "45%", "below 38%",
            "Imogen"],
           ["Top-group churn", "Regulars with no order in 12 months", "9%", "above 12%", "Dev"],
           ["Open rate", "opens / delivered emails", "28%", "below 22%", "Imogen"],
           ["Unsubscribe rate", "unsubscribes / delivered emails", "0.2%", "above 0.4%", "Imogen"],
           ["Revenue per email", "attributed revenue / emails sent", "£0.14", "below £0.09", "Rowan"],
           ["Win-back rate", "flagged Fading customers who order again", "12%", "below 6%", "Rowan"]]),
        H(2, "7.1 Permission and privacy", {"consent": "ok"}),
        P("Only customers who ticked the marketing box receive emails; the others hear from us only about their "
          "orders. The till will ask for consent at the counter with a plain sentence on the tablet, and every "
          "message carries a one-click unsubscribe. The lapse score uses only purchase history, no browsing data "
          "from other sites, and is explained in the privacy notice. Customer records with no order for five "
          "years are deleted each January, and staff can see a profile but not export the file. This matters "
          "for a brand whose customers care about the coast and expect to be treated with the same respect. A short "
          "consent audit is planned with the company's accountant before the first campaign goes out."),
        H(1, "8 Why it fits Tidewater, and what it pays back", {"brand-fit-value": "ok"}),
        P("Tidewater has always sold itself as the local shop that knows the coast paths, not as a discounter. "
          "The plan keeps that voice: messages written by the shop teams, care guides and walk tips before any "
          "offer, repairs rather than replacement for the Walkers, and fewer emails instead of more. Nothing in "
          "it relies on price cuts deeper than 10%, and the loyalty programme rewards people with service and "
          "early access rather than points. We tested the tone of three draft emails with twelve Regulars in the "
          "Falmouth shop; the one they preferred opened with a tide table and a path closure, not a price. That "
          "is the voice we will keep, and the shop teams will check every message before it is sent."),
        P("For the company, the value is concentrated where the data says it should be. Raising the 90-day "
          "return rate from 36% to 45% means about 1,400 more customers moving on to a third purchase each year, "
          "and keeping five more Regulars in every hundred protects roughly £120,000 of yearly revenue. The "
          "plan also gives Tidewater, for the first time, one customer file it owns, which it can use in every "
          "shop and every season after 2027. It also makes the marketing team's work measurable: each campaign "
          "reports what it brought back, so the budget for 2028 can be argued with figures rather than habit, and "
          "campaigns that do not pay for themselves can be stopped after one season."),
        H(2, "8.1 Payback", {"expected-value": "ok"}),
        T([["Item", "Year 1", "Year 2"],
           ["Extra gross margin from second purchases", "£96,000", "£130,000"],
           ["Margin kept from Regulars who stay", "£52,000", "£60,000"],
           ["Tools and campaigns", "-£62,000", "-£41,000"],
           ["Net gain", "£86,000", "£149,000"]]),
    ],
    missing=["kpi-dashboard"],
)
