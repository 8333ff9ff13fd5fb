from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="skeleton",
    language="en",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: Brûlerie Colombe, a Bordeaux coffee roaster with three shops and a web shop (21,000 customers
    in its files), wants its one-off buyers to become subscribers. Guidance deleted. The diagnosis retyped "What the
    data told us", the lifecycle strategy "From first bag to regular, stage by stage" and the brand section "Does it
    still feel like Colombe?" (runs replaced, bookmarks lost); the KPI table retyped "The numbers we will watch"
    keeping its bookmark. The consent section is two sentences (thin). The calendar section was deleted with its
    table (missing): the dates live in the action plan. Other tables filled.""",
    cover={"project": "From one bag to a subscription", "client": "Brûlerie Colombe",
           "candidate": "Hugo Lassalle", "team": "Hugo Lassalle, Maëlle Dufau, Sacha N'Diaye",
           "school": "Web School Factory"},
    sections={
        "diagnosis": dict(status="ok", retitle="What the data told us", text=[
            "Brûlerie Colombe roasts about 60 tonnes of coffee a year in Bègles and sells it in three shops in "
            "Bordeaux and through its web shop. Its customer file holds 21,000 people: 13,500 online buyers and "
            "7,500 members of the paper loyalty card that the shops digitised in 2025. Our analysis of two years of "
            "orders showed a simple picture. 64% of customers bought once and never again; 11% buy at least every "
            "two months and bring 52% of revenue; only 900 people use the subscription launched in 2024, which has "
            "the best margin of any channel.",
            "The patterns behind it are clear in the data. Online first orders are often gifts at Christmas and "
            "Father's Day, and the gifted person is never recorded. Shop customers come back often but buy small "
            "bags and are unknown to the web shop, because the card and the online account are two separate files. "
            "Those who subscribe do so after their third or fourth order, once they have found their coffee, and "
            "those who cancel mostly do it because of the delivery rhythm, not the product.",
            "Today the CRM practice is a monthly newsletter sent to everyone, the same text for a first buyer and "
            "for a customer of ten years. Open rates fell from 38% to 21% in two years. The strategy must therefore "
            "join the two files, speak differently to each stage, and lead the regular buyers towards a "
            "subscription that fits their rhythm."]),
        "smart-objectives": dict(status="ok", text=[
            "Three objectives, agreed with the owners, for the twelve months from March 2027."], tables=[[
            ["More second orders", "64% buy once", "A second order within 90 days", "second-order rate", "36%", "45%", "28 Feb 2028"],
            ["More subscribers", "Regulars buy bag by bag", "Regulars subscribe", "active subscriptions", "900", "2,000", "28 Feb 2028"],
            ["One customer file", "Shop card and web account apart", "One profile per customer", "share of shop customers identified online", "0%", "40%", "30 Sep 2027"]]]),
        "segmentation": dict(status="ok", text=[
            "We segmented customers with an RFM model (recency, frequency and amount spent over 24 months), scored "
            "from 1 to 5 on each axis, then grouped the scores into five segments that the shop staff can "
            "understand. We added one rule that RFM does not see: whether the customer buys in a shop, online or "
            "both, because the two groups need different messages.",
            "Each segment is linked to one of the targets found in the UX analysis: gift buyers to the first-time "
            "target, regulars to the subscription target. The scores are recomputed every night in the CRM from the "
            "orders of both channels once the files are joined, so a customer moves from one segment to the next "
            "without anyone having to export a list. The shop managers see the segment on the till screen.",
            "We tested simpler splits first, by channel only and by amount only, but neither separated the gift "
            "buyers from the curious first-timers, who look alike on amount and need very different messages."]),
        "segment-table": dict(status="ok", tables=[[
            ["Gift buyers", "one order, Nov-Dec or June", "Acquisition", "6,100", "9", "€41", "High"],
            ["Curious first-timers", "R 4-5, F 1", "Onboarding", "7,300", "12", "€58", "High"],
            ["Shop regulars", "F 4-5, shop only", "Retention", "2,400", "27", "€310", "High"],
            ["Online regulars", "F 4-5, online", "Retention", "1,500", "25", "€350", "Medium"],
            ["Lapsed", "R 1-2, F 2 or more", "Win-back", "3,700", "27", "€140", "Medium"]]]),
        "lifecycle-strategy": dict(status="ok", retitle="From first bag to regular, stage by stage", skip_cols=1, text=[
            "For each stage we chose one lever and one message, so that no customer gets more than two e-mails a "
            "month from us."], tables=[[
            [None, "Gift buyers and people who receive a gift", "Gifts are never followed up", "The gifted person stays unknown",
             "The gifted person registers and orders again", "A card in the gift box with a code for a free tasting bag",
             "You liked it? Here is another coffee to try"],
            [None, "Curious first-timers", "Long gap before a second order", "One order, then silence",
             "A second order within a month", "Three short e-mails on brewing, and a discovery box at a lower price",
             "Find your coffee in three bags"],
            [None, "Shop and online regulars", "Regular buying bag by bag", "Buys every three to six weeks",
             "Subscribes with a rhythm that fits them", "A subscription that can be paused or changed in one click",
             "Your coffee, when you need it, never forced"],
            [None, "Lapsed customers", "Cancelled or stopped after a delivery problem", "No purchase for eight months",
             "Comes back to the shop or site", "A personal message from the roaster with the new harvest",
             "The new Ethiopia is in, we kept you a bag"]]]),
        "action-plan": dict(status="ok", text=[
            "Five actions, each tied to a segment and to one of the objectives above; budgets are for the year."], tables=[[
            ["Join the shop card and web accounts", "All", "One customer file", "Till and website", "One account for both", "Maëlle", "May 2027", "€6,000", "Share identified"],
            ["Tasting card in gift boxes", "Gift buyers", "More second orders", "Printed card", "Try another coffee", "Sacha", "Nov 2027", "€2,500", "Codes used"],
            ["Welcome series", "Curious first-timers", "More second orders", "E-mail", "Find your coffee", "Hugo", "April 2027", "€1,200", "Second-order rate"],
            ["Flexible subscription", "Regulars", "More subscribers", "Website and shop", "Pause any time", "Maëlle", "June 2027", "€9,000", "Active subscriptions"],
            ["New harvest letter", "Lapsed", "More second orders", "E-mail and post", "We kept you a bag", "Sacha", "Sept 2027", "€1,800", "Reactivations"]]]),
        "calendar": dict(status="missing"),
        "steering-tools": dict(status="ok", text=[
            "Colombe already pays for Shopify for the web shop and a small till system in the shops. Rather than "
            "buying a large CRM, we propose Brevo as the customer database and e-mail tool: it connects to Shopify "
            "natively, its price fits a company of 28 people, and the marketing manager used it before. The till "
            "system exports sales every night, and a small connector built by the web agency matches them to Brevo "
            "profiles by e-mail or phone number.",
            "In Brevo we configure the five segments as automatic lists from the RFM scores, the welcome series and "
            "the win-back letter as automated scenarios, and a custom field for the subscription rhythm. Shopify keeps "
            "handling payments and subscriptions through its subscription app, and sends each change to Brevo.",
            "Three people use the tools. The marketing manager builds and checks the campaigns; the shop managers "
            "see the segment and the last orders of a customer at the till; the owners read a monthly dashboard in "
            "Looker Studio, fed by Shopify and Brevo, on one page. The data flow is one way and nightly, which is "
            "enough for a business where nobody buys coffee twice a day. If the company grows, Brevo can be replaced without losing the "
            "history, since Shopify keeps every order and Brevo exports its lists and consent records as plain files."]),
        "consent": dict(status="thin", text=[
            "Shop customers will be asked at the till whether they want e-mails, and the answer is stored in Brevo "
            "with its date. Anyone can unsubscribe in one click."]),
        "kpi-table": dict(status="ok", retitle="The numbers we will watch", keep_bookmark=True, tables=[[
            ["Second-order rate", "More second orders", "first-time buyers ordering again within 90 days / first-time buyers", "Shopify", "Monthly", "45%", "below 38%", "Hugo", "Review the welcome e-mails"],
            ["Active subscriptions", "More subscribers", "count of subscriptions not cancelled", "Shopify", "Weekly", "2,000", "fewer than 60 new a month", "Maëlle", "Test a first-month offer"],
            ["Identified shop customers", "One customer file", "shop sales matched to a profile / shop sales", "Till and Brevo", "Monthly", "40%", "below 20% in July", "Maëlle", "Train shop staff again"],
            ["Unsubscribe rate", "Brand image", "unsubscribes / e-mails sent", "Brevo", "Per campaign", "under 0.3%", "above 0.5%", "Sacha", "Send fewer e-mails"]]]),
        "kpi-dashboard": dict(status="ok", image=["Second orders", "Subscriptions", "Identified in shop", "Unsubscribes", "Revenue by segment"],
                              caption="The one-page dashboard the owners read on the first Monday of each month"),
        "brand-fit-value": dict(status="ok", retitle="Does it still feel like Colombe?", text=[
            "Colombe is known in Bordeaux as a small roaster that talks about the farms, the harvests and the way "
            "to brew, not about discounts. Every action keeps that tone. The messages are signed by the roaster, "
            "Julien, and speak about the coffee; there is no flash sale, no countdown and never more than two "
            "e-mails a month. The subscription can be paused at any time because the owners refuse to trap "
            "customers, and the tasting card in gift boxes is written by hand in the shops during the Christmas "
            "rush, as the staff already do for the paper bags. Nothing in the plan would look out of place on the shop counter.",
            "The value for the company is mostly margin. A subscriber buys on average €310 a year at a margin ten "
            "points higher than a bag sold in the shop, because roasting can be planned. Moving 1,100 more regulars "
            "to a subscription and turning one in ten gift buyers into a second buyer brings, by our estimate in the "
            "table below, about €180,000 of extra revenue in the first year. The joined customer file also has a "
            "value of its own: for the first time the owners will know who their shop customers are, which helps "
            "them decide where to open a fourth shop, and which coffees to roast in larger batches for the subscribers every month."]),
        "expected-value": dict(status="ok", skip_cols=1, tables=[[
            [None, "€120,000", "€190,000", "€240,000"],
            [None, "€60,000", "€85,000", "€100,000"],
            [None, "€14,000", "€10,000", "€10,000"],
            [None, "€15,000", "€7,000", "€7,000"],
            [None, "€22,000", "€22,000", "€24,000"],
            [None, "€129,000", "€236,000", "€299,000"],
            [None, "252%", "605%", "729%"]]]),
    },
)
