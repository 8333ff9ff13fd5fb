from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="skeleton",
    language="en",
    notes="""Held-out round 37, written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English, a speciality coffee roaster selling beans online and by subscription. Guidance deleted.
    The diagnosis retyped "What the data says about our buyers" and the segmentation retyped "Who buys from us:
    five groups" (runs replaced, bookmarks lost); the steering tools retyped "Tools: HubSpot and Looker Studio"
    keeping the bookmark; the brand section retyped "Does it still feel like Caravane?" (bookmark lost). Consent
    still our prompt; the calendar table left as generated (empty); the other tables filled; a dashboard picture
    pasted in.""",
    cover={"project": "Subscriber retention plan", "client": "Brûlerie Caravane", "candidate": "Olivia Marchetti",
           "team": "Olivia Marchetti, Hugo Lenoir", "school": "Web School Factory"},
    sections={
        "diagnosis": dict(status="ok", retitle="What the data says about our buyers", text=[
            "Brûlerie Caravane roasts speciality coffee in Lyon and sells 80 % of its volume online: single bags "
            "from the web shop and a monthly subscription launched in 2023. We exported 26 months of orders from "
            "Shopify (41,200 orders, 13,800 customers) and the subscription history from ReCharge, then built an "
            "RFM model and a simple survival curve of subscribers.",
            "Three patterns stand out. First, 62 % of first-time buyers never order a second time; those who do "
            "usually come back within 35 days, so the window to win a repeat order is short. Second, subscribers "
            "are worth 4.6 times more over two years than one-off buyers, but a third of them cancel in the first "
            "three months, most often after the second delivery, with 'too much coffee' as the main reason given. "
            "Third, the newsletter goes to everyone with the same content every Thursday; open rates fell from 38 % "
            "to 21 % in a year and nobody uses the purchase data to choose what to send.",
            "The client's need is therefore less about finding new buyers than about keeping the ones who already "
            "tried us, and about making the subscription flexible enough to survive the third month. The current "
            "practice, one newsletter and a discount code at Christmas, cannot do that. Nor can it tell the founders which customers are slipping away "
            "until the monthly sales figure drops, by which time it is usually too late to react."]),
        "smart-objectives": dict(status="ok", text=[
            "Three objectives, one per pattern of the diagnosis, each with a number we can read in the tools we already have."],
            tables=[[
            ["Win a second order", "62 % buy once only", "repeat within 35 days", "repeat rate at 60 days", "38 %", "48 %", "June 2027"],
            ["Keep new subscribers", "33 % cancel before month 3", "adjust quantity instead of cancelling", "3-month retention", "67 %", "78 %", "September 2027"],
            ["Revive the newsletter", "one email for all", "emails chosen by segment", "open rate", "21 %", "32 %", "April 2027"]]]),
        "segmentation": dict(status="ok", retitle="Who buys from us: five groups", text=[
            "We scored every customer on recency, frequency and spend over the last twelve months, from 1 to 5 each, "
            "and grouped the scores into five groups the team can remember. We checked the groups against the "
            "subscription data: almost all subscribers fall into the two best groups, which confirms that the "
            "subscription is where the value sits.",
            "The groups map onto the lifecycle of a Caravane customer: a first bag, a second one or not, then a "
            "subscription or occasional orders, and finally silence. Each group gets a different treatment, and a "
            "customer moves between groups automatically each night, so the emails follow the customer rather than "
            "a fixed list. We kept the model simple on purpose: the two people in marketing must be able to explain "
            "it to the roasters, and a rule-based model in the CRM is easier to trust than a black box we would "
            "have to maintain. We will revisit the thresholds after six months, once we know how customers react "
            "to the new emails."]),
        "segment-table": dict(status="ok", tables=[[
            ["Loyal subscribers", "R5 F4-5", "subscription", "1,900", "46", "310 €", "keep"],
            ["Regular buyers", "R4-5 F3", "repeat", "2,300", "24", "140 €", "convert to subscription"],
            ["One-bag newcomers", "R5 F1", "first purchase", "3,100", "9", "32 €", "second order"],
            ["Fading buyers", "R2-3", "at risk", "2,800", "14", "75 €", "win back"],
            ["Sleeping", "R1", "lapsed", "3,700", "7", "25 €", "low effort"]]]),
        "lifecycle-strategy": dict(status="ok", skip_cols=1, text=[
            "Each stage gets one lever and one message, written with the roasters so that the tone stays ours. The "
            "subscription stage matters most: that is where the diagnosis shows the biggest loss of value, so it "
            "receives the largest share of the budget and the first launch date."],
            tables=[[
                [None, "none yet, lookalikes of loyal subscribers", "visitors leave without buying", "browse origins, leave", "order a discovery box", "discovery box at 19 €", "three origins to find your coffee"],
                [None, "one-bag newcomers", "no second order after 35 days", "wait, forget us", "reorder within a month", "brewing guide email on day 10, reorder nudge on day 25", "here is how to get the best from your beans"],
                [None, "regular buyers and new subscribers", "cancel after the second delivery", "cancel when coffee piles up", "skip or halve a delivery", "one-click skip and half-size bag", "your subscription, your rhythm"],
                [None, "fading buyers", "no order for 90 days", "buy in supermarkets", "come back for a new harvest", "harvest news with a free sample", "the new Ethiopian lot has arrived"]]]),
        "action-plan": dict(status="ok", text=[
            "Four actions, launched one after the other so that two people can run them without dropping the daily "
            "work of the shop. Each one has a single owner and one indicator."], tables=[[
            ["Welcome series", "one-bag newcomers", "second order", "email", "brew better at home", "Olivia", "Feb 2027", "1,500 €", "repeat rate"],
            ["Skip and half-bag options", "subscribers", "3-month retention", "ReCharge portal", "your rhythm", "Hugo", "Mar 2027", "4,000 €", "retention"],
            ["New harvest win-back", "fading buyers", "reactivation", "email and postcard", "new lot arrived", "Olivia", "Apr 2027", "2,200 €", "reactivated customers"],
            ["Segmented newsletter", "all", "open rate", "email", "chosen per group", "Olivia", "Apr 2027", "0 €", "open rate"]]]),
        "calendar": dict(status="empty"),
        "steering-tools": dict(status="ok", retitle="Tools: HubSpot and Looker Studio", keep_bookmark=True, text=[
            "Caravane already pays for HubSpot Starter, used today only to send the newsletter. We connect it to "
            "Shopify and ReCharge with the native connectors, so that each contact carries its orders, its "
            "subscription status and its RFM group, recalculated every night by a workflow. The welcome series, "
            "the skip reminders and the win-back emails are HubSpot workflows triggered by the group a contact "
            "enters; nothing is sent by hand any more.",
            "Reporting lives in Looker Studio, which reads HubSpot and Shopify and shows one page per objective. "
            "Olivia owns the workflows and checks them every Monday; Hugo owns the dashboard and presents it at the "
            "monthly meeting with the founders. The roasters get a read-only link. We chose not to buy a new CRM: "
            "the team knows HubSpot, the cost stays at 90 euros a month, and every tool we add is one more thing two "
            "people must keep alive. If the subscription base passes 5,000, we will review whether HubSpot "
            "Professional is worth it for its predictive scores.",
            "Before launch we will write a one-page guide for each workflow: what triggers it, what it sends and "
            "how to pause it. That way a roaster covering for Olivia during the holidays can stop an email that "
            "goes wrong without calling anyone. The guides live in the shared drive next to the dashboard link."]),
        "consent": dict(status="placeholder"),
        "kpi-table": dict(status="ok", text=[
            "Every indicator has an alert level and a first thing to do when it is crossed, so that a bad month "
            "leads to an action rather than a discussion."], tables=[[
            ["Repeat rate at 60 days", "second order", "repeat buyers / new buyers", "Shopify", "weekly", "48 %", "below 40 %", "Olivia", "rewrite day-25 email"],
            ["3-month retention", "keep subscribers", "active at month 3 / started", "ReCharge", "monthly", "78 %", "below 70 %", "Hugo", "call cancelling subscribers"],
            ["Open rate", "newsletter", "opens / delivered", "HubSpot", "weekly", "32 %", "below 25 %", "Olivia", "test subject lines"],
            ["Skip usage", "flexible subscription", "skips / deliveries", "ReCharge", "monthly", "10-20 %", "above 30 %", "Hugo", "review bag sizes"]]]),
        "kpi-dashboard": dict(status="ok", image=["Repeat rate", "Retention", "Open rate", "Skips"],
                              caption="Mock-up of the Looker Studio page shown at the monthly meeting."),
        "brand-fit-value": dict(status="ok", retitle="Does it still feel like Caravane?", text=[
            "Caravane's voice is that of a roaster talking to a friend: origins, farmers, how to brew, never a "
            "countdown or a flashing discount. Every action of the plan keeps that voice. The welcome series "
            "teaches, the win-back tells the story of a new harvest, and the skip option says openly that we would "
            "rather sell less coffee to a happy subscriber than lose them. We removed the 20 % discount code the "
            "founders first suggested for fading buyers: it would train customers to wait for promotions and clash "
            "with the price of a carefully sourced coffee.",
            "The value for the company comes mainly from retention. Raising three-month retention from 67 % to "
            "78 % keeps around 210 more subscribers a year, each worth about 150 euros of margin over two years. "
            "The welcome series should bring 300 more second orders. Against 7,700 euros of one-off costs and the "
            "tools already paid for, the plan pays back within the first year, and it gives the founders a monthly "
            "view of the customers they never had before.",
            "There is also a value we did not put in the table: knowing which origins each group prefers will help "
            "the roasters decide which lots to buy at the next harvest, and how much of each, which is where most "
            "of the stock losses come from today. That alone could save several hundred kilos of green coffee a year."]),
        "expected-value": dict(status="ok", skip_cols=1, tables=[[
            [None, "38,000 €", "52,000 €", "60,000 €"],
            [None, "7,700 €", "1,000 €", "1,000 €"],
            [None, "1,080 €", "1,080 €", "1,080 €"],
            [None, "11,500 €", "15,800 €", "18,200 €"],
            [None, "2,700 €", "13,700 €", "16,100 €"],
            [None, "35 %", "300 %", "350 %"],
            [None, "11 months", "", ""]]]),
    },
)
