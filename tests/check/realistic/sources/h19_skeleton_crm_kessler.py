from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="skeleton",
    language="en",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. Started from our
    English skeleton: Brûlerie Kessler, a family coffee roaster in Strasbourg with three shops, a web shop and a
    coffee subscription of 3,100 members. Guidance deleted. The diagnosis heading retyped "What 38 months of orders
    tell us", the action plan "Five moves for 2027" and the brand heading "Still a Kessler coffee?" (runs replaced,
    bookmarks lost); the KPI heading retyped "How we will read the results" keeping its bookmark. The steering tools
    get one short paragraph (thin); the consent sub-section was deleted with its heading (missing; the contents list, never refreshed, still names it); every other
    section written, tables filled, dashboard picture inserted.""",
    cover={"project": "Kessler subscription relaunch", "client": "Brûlerie Kessler",
           "team": "Léa Schmitt, Tom Becker", "candidate": "Léa Schmitt", "school": "Web School Factory"},
    sections={
        "diagnosis": dict(status="ok", retitle="What 38 months of orders tell us", text=[
            "Brûlerie Kessler has roasted coffee in the Krutenau district of Strasbourg since 1962. It sells "
            "through three shops, a web shop opened in 2019 and a monthly subscription launched during the 2020 "
            "lockdown, which now has 3,100 paying members and brings 34% of the company's revenue. We received the "
            "web shop's order export from September 2023 to October 2026, the subscription billing file and the "
            "till data of the three shops, which only identifies customers who give their email for a receipt.",
            "The subscription is the heart of the problem. Monthly churn rose from 3.1% in 2024 to 5.4% in 2026, "
            "so the scheme loses about 170 members a month and only replaces them thanks to Christmas gift "
            "subscriptions. Two thirds of cancellations happen in the third or fourth month, and in the "
            "cancellation form the first reason is not the price but \"too much coffee piling up\". Members who "
            "paused at least once stay twice as long as those who never did, yet the pause button is hidden in "
            "the account settings. Gift subscriptions convert badly: only 11% of the people who received one keep "
            "a paid subscription afterwards. On the web shop, repeat buyers order every 41 days on average and "
            "favour the single-origin coffees, while first orders are mostly the house blend. Today the only "
            "customer communication is a monthly newsletter sent to everyone, with the same text for a member of "
            "five years and a buyer of last week."]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Cut subscription churn", "5.4% of members leave each month, mostly in months 3-4",
             "members adjust quantity or pause instead of cancelling", "monthly churn rate", "5.4%", "3.5%",
             "December 2027"],
            ["Turn gift subscriptions into paid ones", "11% keep a paid plan after the gift",
             "receivers try a paid month at the end of the gift", "gift-to-paid conversion", "11%", "20%",
             "January 2028"],
            ["Bring first-time web buyers back", "38% order a second time within 90 days",
             "a second order within two months", "second-order rate at 90 days", "38%", "50%", "December 2027"]]]),
        "segmentation": dict(status="ok", text=[
            "We built the segments in two steps. First, every customer with an email gets a recency, frequency "
            "and monetary score from one to five, computed on the last eighteen months across the web shop, the "
            "subscription and the shop receipts. Second, we add what they buy and how: subscription or single "
            "orders, blend or single origin, gift or personal. Crossing the two gave eleven groups; we merged "
            "those under 150 people and kept six that the shop staff recognised when we showed them examples.",
            "The segments are stored as a field in the web shop's customer file and recomputed every night by a "
            "small script, so that a subscriber who pauses or a buyer who places a third order changes group "
            "the next morning. We checked that the segments really differ in churn and in margin, not only in "
            "age or postcode, before building any action on them. Customers who only buy in the shops without "
            "giving an email stay outside the model; the shop staff estimate them at a quarter of shop sales."]),
        "segment-table": dict(status="ok", tables=[[
            ["Loyal subscribers", "subscription > 12 months", "loyalty", "1,240", "22%", "€610", "1"],
            ["Fragile subscribers", "subscription, months 2-5", "onboarding", "820", "7%", "€140", "1"],
            ["Origin lovers", "R4-5 F4-5, single origins", "retention", "1,900", "19%", "€420", "2"],
            ["One-time web buyers", "R3-5 F1", "onboarding", "6,300", "9%", "€45", "2"],
            ["Gift receivers", "gift subscription ended", "win-back", "2,150", "2%", "€60", "3"]]]),
        "lifecycle-strategy": dict(status="ok", skip_cols=1, text=[
            "We start where the data shows the largest loss: the third month of a subscription, when coffee piles "
            "up in the cupboard. Every lever gives the customer more control or more knowledge of the coffee, "
            "never a bigger discount, because the cancellation answers say that price is not the problem. "
            "Acquisition relies on the existing members rather than on paid advertising, which the family has "
            "always refused."], tables=[[
            [None, "friends of loyal subscribers", "members recommend us in shops", "no referral channel",
             "one friend per year per member", "referral bag for both", "coffee tastes better shared"],
            [None, "one-time web buyers, fragile subscribers", "cancellations in months 3-4",
             "stock piles up, members cancel", "adjust quantity or pause", "welcome series showing the pause button",
             "your coffee, your rhythm"],
            [None, "origin lovers, loyal subscribers", "single origins bought again", "orders every 41 days",
             "a standing order of their favourite", "early access to new lots", "the lot before anyone else"],
            [None, "gift receivers", "11% convert after a gift", "gift ends, nothing follows",
             "one paid month tried", "personal note from the roaster with a half-price month",
             "we roasted this one for you"]]]),
        "action-plan": dict(status="ok", retitle="Five moves for 2027", tables=[[
            ["Welcome series with the pause button", "fragile subscribers", "cut churn", "email, 3 messages",
             "your coffee, your rhythm", "Léa", "Feb 2027", "€1,200", "churn in months 3-4"],
            ["Quantity switch in the account", "all subscribers", "cut churn", "web shop",
             "less coffee, same taste", "web agency", "Mar 2027", "€4,500", "monthly churn"],
            ["Roaster's note at gift end", "gift receivers", "gift to paid", "post + email",
             "we roasted this one for you", "Tom", "Jan 2027", "€2,300", "gift-to-paid rate"],
            ["New lot preview", "origin lovers", "second order", "email + shop shelf",
             "the lot before anyone else", "head roaster", "every 6 weeks", "€900", "second-order rate"],
            ["Referral bag", "loyal subscribers", "acquisition", "insert in parcels",
             "coffee tastes better shared", "Léa", "Apr 2027", "€3,000", "referred members"]]]),
        "calendar": dict(status="ok", text=[
            "Month 1 is January 2027, right after the Christmas gift peak, so that the roaster's notes reach "
            "the gift receivers while the last bag is still open. Nothing is sent in August, when the shops close "
            "for two weeks and the roastery is serviced."], tables=[[
            ["Roaster's note at gift end", "post + email", "Tom", "first wave", "second wave", "", "", "", ""],
            ["Welcome series", "email", "Léa", "written", "live", "", "", "", "first review"],
            ["Quantity switch", "web shop", "agency", "brief", "build", "live", "", "", ""],
            ["Referral bag", "parcels", "Léa", "", "", "printing", "in parcels", "in parcels", "count"]]]),
        "steering-tools": dict(status="thin", text=[
            "Kessler keeps its Shopify web shop, its subscription app and Brevo for emails: no new CRM. The "
            "nightly script writes the segment into Shopify, Brevo reads it, and a Looker Studio report shows the "
            "figures to the family every Monday."]),
        "consent": dict(status="missing"),
        "kpi-table": dict(status="ok", retitle="How we will read the results", keep_bookmark=True, tables=[[
            ["Monthly churn", "cut churn", "cancellations / active members at month start", "subscription app",
             "monthly", "3.5%", "above 5%", "Léa", "call ten leavers and change the welcome series"],
            ["Pauses used", "cut churn", "members who paused / members", "subscription app", "monthly", "15%",
             "below 5%", "Léa", "make the button more visible"],
            ["Gift-to-paid rate", "gift to paid", "paid plans started / gifts ended", "billing file", "quarterly",
             "20%", "below 12%", "Tom", "change the offer in the note"],
            ["Second-order rate", "bring buyers back", "buyers with a 2nd order in 90 days / new buyers", "Shopify",
             "monthly", "50%", "below 40%", "Tom", "test another first email"]]]),
        "kpi-dashboard": dict(status="ok", image=["Churn", "Pauses", "Gift to paid", "Second orders"],
                              caption="The Monday page in Looker Studio: four figures against their targets."),
        "brand-fit-value": dict(status="ok", retitle="Still a Kessler coffee?", text=[
            "Kessler sells the roaster's knowledge as much as coffee. In the shops, customers ask the staff where a "
            "lot comes from and how to brew it, and the survey we ran in the three shops puts \"advice\" well ahead "
            "of \"price\" as the reason to buy here. Every action in the plan keeps that voice: the notes are signed "
            "by the head roaster, the emails explain a lot or a brewing method before they sell anything, and "
            "there is no flash sale and no countdown. The referral bag carries the same kraft paper and stamp as "
            "the shop bags, and the welcome series was read aloud to two shop staff, who changed every sentence "
            "that sounded like a start-up.",
            "The value comes mostly from members we stop losing. Bringing churn from 5.4% to 3.5% keeps about "
            "700 more members at the end of 2027, worth around €190,000 of yearly revenue at the average "
            "subscription of €22 a month. The gift conversion and the second orders add less but cost almost "
            "nothing. The actions cost €11,900 in the first year and about a day a week of Léa's time, which the "
            "family has agreed to fund until the summer review. If churn has not moved by then, the quantity "
            "switch stays and the paid actions stop, so the worst case costs the company a few thousand euros."]),
        "expected-value": dict(status="ok", skip_cols=1, tables=[[
            [None, "€48,000", "€62,000", "€70,000"],
            [None, "€121,000", "€190,000", "€205,000"],
            [None, "€7,400", "€6,000", "€6,000"],
            [None, "€4,500", "€1,200", "€1,200"],
            [None, "€18,000", "€18,000", "€18,500"],
            [None, "€139,100", "€226,800", "€249,300"],
            [None, "465%", "900%", "980%"]]]),
    },
)
