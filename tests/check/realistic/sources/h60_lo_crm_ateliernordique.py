from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 60 (h60_), written and labelled on 2026-12-02 before any run of check. python-docx then
    opened and saved by LibreOffice Writer, English: an online yarn and knitting shop in Lille wants to turn
    one-off buyers into regulars from its order data. The authors' own headings; the segment table, the consent
    part and the return figures sit under bold Normal paragraphs; the actions and their timing share one heading
    and one table (merged); the dashboard heading has nothing under it (empty).""",
    title="Atelier Nordique – keeping knitters knitting with us",
    cover=["Data project – CRM strategy and action plan", "Chloé Vermeersch, Antoine Dufour, Sana Belkacem – December 2026"],
    blocks=[
        H(1, "1. What the order data told us", {"diagnosis": "ok"}),
        P("Atelier Nordique sells yarn, needles and knitting patterns online from a warehouse in Roubaix. In 2025 "
          "it took 71,000 orders from 48,300 customers, for 3.9 million euros of sales. The founder, Marthe "
          "Lemaire, gave us three years of orders, the newsletter history and the customer service tickets, and "
          "asked a simple question: why do so many people buy once and never come back?"),
        P("The data confirms the worry. 62% of customers placed a single order in their lifetime, and only 14% "
          "ordered more than three times; yet those 14% bring 51% of the revenue. Repeat buyers share a clear "
          "pattern: their second order comes within 45 days of the first, usually to finish a project with more "
          "balls of the same colour. After 90 days without an order, the chance of a second purchase falls below "
          "8%. The newsletter goes to everyone on the same day with the same content, and its open rate has "
          "dropped from 31% to 19% in two years. Finally, one ticket in five to customer service is about a "
          "colour batch out of stock, the very moment when a knitter needs us most. Our clustering on recency, "
          "frequency, spend and the type of project bought (beginner kits, sock yarn, premium wool) gave five "
          "stable groups that the rest of this plan builds on."),
        H(1, "2. Targets for 2027", {"smart-objectives": "ok"}),
        T([["Objective", "Measure", "Baseline", "Target", "Deadline", "Owner"],
           ["Bring first-time buyers back", "share ordering again within 60 days", "21%", "30%", "December 2027", "CRM lead"],
           ["Grow the loyal core", "customers with 4 or more orders a year", "6,800", "8,500", "December 2027", "Marthe Lemaire"],
           ["Revive the newsletter", "average open rate", "19%", "27%", "June 2027", "marketing assistant"],
           ["Cut lost projects", "tickets about missing colour batches", "1,450 a year", "under 900", "September 2027", "warehouse manager"]]),
        H(1, "3. Five kinds of knitters", {"segmentation": "ok"}),
        P("We did not want segments built on spending alone, because a beginner who spends little today may become "
          "a loyal customer if her first project goes well. We therefore combined the classic recency, frequency "
          "and monetary scores with what people knit, read from the product families in their baskets. The "
          "k-means model, tested from three to eight groups, was most stable with five, which also made sense to "
          "the shop's staff when we showed them real customer profiles."),
        P("The largest group, beginners with one kit, is also the one that leaves fastest. The most valuable group "
          "is small: passionate knitters who buy premium wool every month and follow the new patterns. Between "
          "them sit regular sock knitters, seasonal gift knitters who appear in November, and a dormant group of "
          "former regulars who have not ordered for a year. Each group needs a different message and a different "
          "moment, which is the point of the plan. We will rerun the model every quarter, since customers move "
          "from one group to another as their projects change."),
        B("Our five groups in figures", {"segment-table": "ok"}),
        T([["Segment", "Customers", "Share of revenue", "Average basket", "Orders a year", "What they need"],
           ["First-kit beginners", "17,900", "12%", "38 €", "1.1", "help to finish the first project"],
           ["Sock knitters", "9,400", "19%", "46 €", "3.2", "new colours, refill reminders"],
           ["Passionate knitters", "4,100", "33%", "92 €", "7.5", "early access, premium patterns"],
           ["Seasonal gift knitters", "8,600", "21%", "64 €", "1.6", "ideas and deadlines before Christmas"],
           ["Dormant regulars", "8,300", "15%", "55 €", "0.4", "a reason to come back"]]),
        H(1, "4. One journey, five stages", {"lifecycle-strategy": "ok"}),
        P("A customer's life with the shop goes through the same stages whatever her group, but the right action "
          "at each stage depends on what the data showed: the 45-day window for the second order, the 90-day "
          "drop, and the colour batches that run out. The table sets out what we will do at each stage and why."),
        T([["Stage", "What the data shows", "What we do", "Channel", "Segments concerned"],
           ["Welcome", "half of beginners never open the pattern PDF", "a three-e-mail series with video tips for the first project", "e-mail", "first-kit beginners"],
           ["Second order", "repeat buyers come back within 45 days", "reminder with the same colour batch reserved for 10 days", "e-mail, SMS", "all new customers"],
           ["Growth", "sock knitters buy every 4 months", "refill reminder at 100 days, new colours first", "e-mail, app", "sock knitters"],
           ["Loyalty", "passionate knitters drive a third of sales", "members' club with early access to limited dyes", "e-mail, Instagram", "passionate knitters"],
           ["Win-back", "after 90 days the chance of return drops under 8%", "personal offer and a free pattern at 75 days", "e-mail, post", "dormant regulars"]]),
        H(1, "5. What we will do, month by month", {"action-plan": "ok", "calendar": "ok"}),
        P("The actions start with the cheapest and fastest ones so that results are visible before the Christmas "
          "season, the busiest time for the shop."),
        T([["Action", "Owner", "Start", "End", "Budget"],
           ["Welcome series and video tips", "CRM lead", "January 2027", "February 2027", "6,000 €"],
           ["Colour batch reservation in the shop", "web agency", "February 2027", "April 2027", "14,000 €"],
           ["Refill reminders for sock knitters", "CRM lead", "April 2027", "May 2027", "2,000 €"],
           ["Members' club for passionate knitters", "Marthe Lemaire", "May 2027", "September 2027", "9,000 €"],
           ["Win-back campaign for dormant regulars", "marketing assistant", "June 2027", "ongoing", "4,500 €"],
           ["Gift guide and deadlines for the season", "marketing assistant", "October 2027", "December 2027", "3,500 €"]]),
        H(1, "6. Running it day to day", {"steering-tools": "ok"}),
        P("The shop runs on Shopify and sends its e-mails through Brevo, which already holds every customer's "
          "history. We do not recommend a new CRM: the team is five people and would not maintain a second tool. "
          "Instead we will push the segment of each customer from our model into Brevo every night through the "
          "existing connector, so that every campaign and automated series can target a segment directly."),
        P("Each automated series has an owner who checks it once a week. A shared spreadsheet lists the series, "
          "their segment, their trigger and the date they were last changed, so that nobody sends a promotion to "
          "someone who has just received a win-back offer. Once a month, the team meets for an hour around the "
          "figures of the previous month; the CRM lead prepares them the day before from Brevo and Shopify reports. "
          "When a figure drifts for two months in a row, the owner of the series proposes a change at that "
          "meeting, and Marthe Lemaire decides. Customer service will tag every ticket about missing colours, so "
          "that the warehouse can see each week which dyes to reorder before the reservation system runs out. "
          "We will train the team in two half-days in January, with a one-page guide for each series, and review "
          "the whole set-up after six months with the founder and the web agency."),
        B("Consent and personal data", {"consent": "ok"}),
        P("Only customers who ticked the newsletter box at checkout will receive marketing e-mails; the others "
          "receive service messages about their order and nothing else. SMS reminders need a separate consent, "
          "asked on the order confirmation page. The segment we compute is stored in Brevo, which hosts its data "
          "in the European Union, and is deleted together with the customer's account. Customers who have not "
          "opened anything for two years will be asked once whether they still want to hear from us and removed "
          "otherwise. The privacy notice will explain in plain words that we group customers by what they knit "
          "to send them relevant ideas, and how to ask us to stop at any time."),
        H(1, "7. How we will know it works", {"kpi-table": "ok"}),
        P("Five figures, all read from tools the team already opens every day, cover the stages of the journey."),
        T([["Indicator", "Definition", "Target", "Source", "Frequency", "If it slips"],
           ["Second-order rate", "new customers ordering again within 60 days", "30%", "Shopify", "monthly", "review the welcome series"],
           ["Open rate", "opens divided by e-mails delivered", "27%", "Brevo", "weekly", "test subject lines, clean the list"],
           ["Revenue from automated series", "sales attributed to CRM e-mails", "12% of sales", "Brevo, Shopify", "monthly", "check segments and timing"],
           ["Win-back rate", "dormant customers ordering after the offer", "10%", "Shopify", "monthly", "change the offer"],
           ["Unsubscribe rate", "unsubscribes per campaign", "under 0.4%", "Brevo", "per campaign", "send less often"]]),
        H(1, "8. The dashboard", {"kpi-dashboard": "empty"}),
        H(1, "9. Why this fits Atelier Nordique", {"brand-fit-value": "ok"}),
        P("Atelier Nordique has built its name on advice rather than discounts: its patterns are free, its "
          "tutorials are watched by thousands and its customers write to thank the staff. A CRM plan made of "
          "promotion e-mails would contradict that image. Every action we propose gives something useful first, "
          "a video, a reserved colour batch, an early look at a new dye, and keeps discounts for the single "
          "win-back offer to former regulars. The tone of the messages will stay the one of the shop: informal, "
          "signed by a member of the team, with photos of real customers' work when they agree."),
        P("The value for the company comes from where the data points. Moving the second-order rate from 21% to "
          "30% means about 1,600 extra returning customers a year, worth some 190,000 euros in sales at the current "
          "basket. Reserving colour batches cuts the tickets and the abandoned projects that customer service "
          "handles today. The members' club protects the group that brings a third of revenue against larger "
          "competitors. And because everything runs in the tools the team already uses, the plan costs little to "
          "run once set up and does not depend on an outside agency, which the founder was keen to avoid after a "
          "costly experience in 2022. The first results will be visible by the spring, in time to adjust the plan "
          "before the Christmas season."),
        B("What we expect in return", {"expected-value": "ok"}),
        T([["Item", "Year 1", "Year 2"],
           ["Cost of the actions", "39,000 €", "12,000 €"],
           ["Extra gross margin from repeat orders", "76,000 €", "118,000 €"],
           ["Net gain", "37,000 €", "106,000 €"],
           ["Return on investment", "1.9", "9.8"]]),
    ],
)
