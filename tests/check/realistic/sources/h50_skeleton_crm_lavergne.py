from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="skeleton",
    language="en",
    notes="""Held-out round 50 (h50_), written and labelled on 2026-12-02 before any run of check. Started from our
    English skeleton: Pépinières Lavergne, a family plant nursery near Angers that sells online since 2020, wants
    one-off spring buyers to come back in autumn and beyond, using four years of web-shop orders. Guidance
    deleted. Three headings retyped over their runs (bookmark lost): the diagnosis, the segmentation and the
    brand part; the KPI table's heading retyped keeping its bookmark. Tables filled. The calendar heading was kept with its table left as generated and nothing
    written (empty); the dashboard still holds our prompt (placeholder).""",
    cover={"project": "From one order to a garden for life – CRM plan", "client": "Pépinières Lavergne SARL",
           "candidate": "Maxime Guérin", "team": "Maxime Guérin, Léonie Bataille", "school": "Web School Factory"},
    sections={
        "diagnosis": dict(status="ok", retitle="1. What the orders tell us", text=[
            "Pépinières Lavergne grows 1,400 varieties of shrubs, fruit trees and perennials on 22 hectares at "
            "Brain-sur-l'Authion. The web shop opened during the 2020 lockdown and now brings 38 % of revenue, "
            "about 2.9 million euros in 2026. We exported the 96,400 orders placed between January 2022 and "
            "October 2026 by 61,000 customers from the Shopify back office, and joined them with the newsletter "
            "list in Brevo and the 4,200 customer-service tickets logged in Gorgias.",
            "Three patterns stand out. First, the business is one season long: 57 % of orders arrive between "
            "mid-March and mid-May, while autumn, the best time to plant trees and hedges, brings only 19 %. "
            "Second, most buyers never come back: 68 % of customers placed a single order, and among those who "
            "reorder, the median gap is eleven months, so the second purchase is simply next spring. Third, the "
            "customers who do come back are worth a lot: the 9 % who ordered in both spring and autumn make 41 % "
            "of online revenue, and half of them bought a hedge or a fruit tree on their first order.",
            "The tickets add a fourth fact that matters for the brand: 23 % are about a plant that died in the "
            "first summer, mostly through lack of watering. Customers who opened such a ticket and got a "
            "replacement reordered more often than average, which suggests that after-sales care is a loyalty "
            "lever, not only a cost. Today every customer receives the same weekly newsletter about promotions."]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Win a second order from spring buyers", "one order then silence until next spring",
             "order again in the same autumn", "share of spring buyers reordering by 30 November", "11 %", "20 %",
             "Nov 2027"],
            ["Grow autumn planting", "autumn is an afterthought", "plant hedges and trees in October-November",
             "autumn share of online revenue", "19 %", "27 %", "Dec 2027"],
            ["Keep first-year plants alive", "plants die in the first dry summer", "water and mulch at the right time",
             "replacement tickets per 100 orders", "6.1", "4.0", "Sep 2027"]]]),
        "segmentation": dict(status="ok", retitle="2. Five kinds of gardeners", text=[
            "We scored every customer on recency, frequency and amount, then added two facts the data made "
            "unavoidable: the season of the first order and whether it held a tree or hedge. Those two explained "
            "reorders better than age or region, so they stay in the segment rules even if RFM purists would "
            "leave them out.",
            "Five segments come out. Spring one-timers bought once, in spring, mostly perennials and small pots. "
            "Planters bought a hedge or a fruit tree and tend to have a new garden; they are the most likely to "
            "come back if someone helps them. Two-season gardeners order in spring and autumn and carry the "
            "online revenue. Lapsed gardeners have not ordered for more than two years. Gift buyers send plants "
            "to others at Mother's Day or Christmas and rarely buy for themselves.",
            "We focus on planters and spring one-timers, the largest group, where a second order in the same "
            "year is realistic, and we protect the two-season gardeners without over-mailing them. Lapsed "
            "gardeners get one attempt a year, no more."]),
        "segment-table": dict(status="ok", tables=[[
            ["Spring one-timers", "R 3-5, F 1, M 1-2", "first purchase", "29,800", "18", "52 €", "high"],
            ["Planters", "first order with tree or hedge", "onboarding", "8,600", "16", "240 €", "high"],
            ["Two-season gardeners", "F ≥ 2 in both seasons", "loyalty", "5,500", "41", "610 €", "medium"],
            ["Lapsed gardeners", "R 1, no order for 24 months", "win-back", "12,300", "14", "88 €", "low"],
            ["Gift buyers", "gift option, delivery to other address", "occasional", "4,800", "11", "95 €", "low"]]]),
        "lifecycle-strategy": dict(status="ok", skip_cols=1, text=[
            "We follow the gardener's year rather than a generic funnel: every message arrives when there is "
            "something to do in the garden. Discounts stay rare, because the nursery's margin on shrubs is thin "
            "and because advice is what buyers praise in their reviews. The table reads from the first order to "
            "the lapsed years; gift buyers are left out because they are not gardening themselves, and their "
            "orders follow the calendar of celebrations, which the shop already covers with its seasonal "
            "newsletters."], tables=[[
            [None, "spring one-timers", "buy once in April", "plant, then forget", "plan an autumn bed",
             "care calendar by email", "your April plants want company in October"],
            [None, "planters", "plants die in summer", "water irregularly", "water and mulch in the first year",
             "SMS in heat waves + replacement promise", "your hedge is thirsty this week"],
            [None, "two-season gardeners", "over-mailed", "unsubscribe from promotions", "stay and recommend",
             "early access to bare-root stock", "first pick of the autumn trees"],
            [None, "lapsed gardeners", "two silent years", "buy at garden centres", "one order back online",
             "garden check-up questionnaire", "what became of your garden?"]]]),
        "action-plan": dict(status="ok", text=[
            "Five actions, each owned by one person at the nursery, chosen because the Brevo account and the "
            "nursery's own staff can run them without an agency."], tables=[[
            ["Care calendar", "spring one-timers", "autumn reorder", "email", "what to do this month",
             "Léonie", "Apr 2027", "800 €", "autumn reorder rate"],
            ["Heat-wave SMS", "planters", "plants alive", "SMS", "water tonight", "Maxime", "Jun 2027", "450 €",
             "replacement tickets"],
            ["Bare-root first pick", "two-season gardeners", "autumn revenue", "email + web page", "first pick",
             "Mr Lavergne", "Sep 2027", "0 €", "autumn share of revenue"],
            ["Garden check-up", "lapsed gardeners", "win-back", "email + form", "what became of your garden?",
             "Léonie", "Oct 2027", "300 €", "reactivation rate"],
            ["Planting day at the nursery", "planters", "autumn reorder", "invitation", "come and plant with us",
             "nursery team", "Nov 2027", "2,100 €", "orders from attendees"]]]),
        "calendar": dict(status="empty"),
        "steering-tools": dict(status="ok", text=[
            "We keep the three tools the nursery already pays for. Shopify holds orders and customers, Brevo sends "
            "emails and SMS, and Gorgias records after-sales tickets. A nightly Shopify flow tags each customer "
            "with a segment, using the rules above, and Brevo builds its lists from those tags, so nobody has to "
            "export files by hand. The tickets in Gorgias are linked to the same customer e-mail address, which "
            "lets us see whether a replacement led to a reorder.",
            "Léonie owns the segment rules and the monthly report; Maxime owns the automations in Brevo; Mr "
            "Lavergne decides on anything touching prices or stock, since bare-root stock is limited. The "
            "customer-service team of two can see a customer's segment in Gorgias and adapt its answer, for "
            "example offering planting advice to a planter who complains about a dead shrub.",
            "Steering happens on the first Monday of each month, one hour with the family and the two of us, in "
            "front of a single Google Looker Studio page fed by Shopify and Brevo. Each action is reviewed "
            "against its indicator; an action that misses its target for two months is changed or dropped, and "
            "the decision is written on the page. In March and September, before each season, a longer session "
            "resets the targets with the growers, who know what stock will be ready."]),
        "consent": dict(status="ok", text=[
            "Every message in this plan goes to people who gave their consent at checkout or in the newsletter "
            "form; the checkbox is not pre-ticked and says plainly that we send gardening advice and offers. SMS "
            "need a separate opt-in, which we will ask for in the order confirmation, with the heat-wave alert as "
            "the reason. Segment tags are computed from purchases only, never from browsing, and customers can "
            "see and delete their data from their account. Inactive contacts are deleted after three years, as "
            "the CNIL recommends, and every email and SMS carries a one-click way out. The privacy page will be "
            "rewritten in plain words before the first campaign."]),
        "kpi-table": dict(status="ok", retitle="Indicators we will track", keep_bookmark=True, text=[
            "Each objective has one indicator and an alarm; we add the unsubscribe rate, since a nursery that "
            "mails too often loses the goodwill its advice earns."], tables=[[
            ["Autumn reorder", "second order from spring buyers", "spring buyers reordering by 30/11 ÷ spring buyers",
             "Shopify", "monthly", "20 %", "below 13 % in October", "Léonie", "add a planting-day invitation"],
            ["Autumn share", "grow autumn planting", "Sep-Dec online revenue ÷ yearly online revenue", "Shopify",
             "monthly", "27 %", "below 21 %", "Mr Lavergne", "widen bare-root pre-orders"],
            ["Plant survival", "keep first-year plants alive", "replacement tickets per 100 orders", "Gorgias",
             "weekly in summer", "4.0", "above 6", "Maxime", "send the heat-wave SMS earlier"],
            ["Unsubscribes", "respect the brand", "unsubscribes ÷ emails delivered", "Brevo", "per campaign",
             "< 0.3 %", "above 0.5 %", "Léonie", "cut the frequency for that segment"]]]),
        "kpi-dashboard": dict(status="placeholder"),
        "brand-fit-value": dict(status="ok", retitle="3. Does it still feel like Lavergne?", text=[
            "Lavergne is a family nursery, four generations old, known around Angers for honest advice and "
            "plants that survive. Its reviews praise the packing and the handwritten planting notes more than "
            "the prices. Everything in this plan was checked against that image: messages are signed by a "
            "person, most of them give gardening advice before they sell anything, and the only exclusive offer "
            "is early access to stock, not a discount. We dropped our own idea of a points programme after Mrs "
            "Lavergne said it would make the nursery look like a DIY chain.",
            "The value for the company is seasonal as much as financial. Moving a share of orders to autumn uses "
            "the packing team and the delivery partner when they are idle, instead of adding temporary staff in "
            "April. Keeping first-year plants alive cuts replacement costs, about 74,000 euros in 2026, and turns "
            "unhappy buyers into returning ones. Reaching a 20 % autumn reorder rate among spring buyers adds "
            "roughly 2,600 orders a year at 68 euros on average.",
            "Finally, the segments give the family something they never had online: knowing which customers are "
            "creating a garden, so that the growers can plan stock of hedging plants and fruit trees a season "
            "ahead rather than guessing from last year's sales. The growers asked for exactly this at the kick-off "
            "meeting, and it costs nothing more than the tags we already compute."]),
        "expected-value": dict(status="ok", skip_cols=1, tables=[[
            [None, "€176,000", "€248,000", "€291,000"],
            [None, "€70,000", "€99,000", "€116,000"],
            [None, "€3,650", "€3,400", "€3,500"],
            [None, "€0", "€0", "€0"],
            [None, "€18,000", "€18,500", "€19,000"],
            [None, "€48,350", "€77,100", "€93,500"],
            [None, "224 %", "354 %", "417 %"]]]),
    },
)
