from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer: La Brûlerie de Saint-Malo, a coffee roaster with three cafés and
    an online shop with subscriptions (26,400 customer records), wants to win back lapsed subscribers and turn
    café regulars into online buyers. The authors' own numbered headings; the objectives, the consent part and the
    dashboard are bold Normal paragraphs, not heading styles. The action plan and the calendar share one heading
    and one table with a month column (merged). The dashboard heading has nothing under it (empty): the team meant
    to paste a screenshot and never did.""",
    title="La Brûlerie de Saint-Malo – Customer relationship plan 2027",
    cover=["Data project – Team: Nolwenn Guégan, Baptiste Corre, Amina Diallo",
           "Web School Factory, December 2026"],
    blocks=[
        H(1, "1. What the numbers say", {"diagnosis": "ok"}),
        P("La Brûlerie roasts 92 tonnes of coffee a year in Saint-Malo and sells it in three cafés (Intra-Muros, "
          "Paramé, Dinard), to 60 restaurants, and online since 2020. We received an export of 26,400 customer "
          "records from the Shopify store and the till loyalty cards, with 148,000 orders over three years. After "
          "merging duplicates on e-mail and phone, 19,750 real people remain."),
        P("Three facts stand out. First, the subscription is the heart of the online business: 2,900 active "
          "subscribers bring 61 % of web revenue, but 38 % of people who subscribe cancel within four months, most "
          "of them after the second or third delivery. Second, the cafés and the website hardly share customers: "
          "of the 11,200 loyalty-card holders, only 9 % have ever bought online, although 70 % of them left an "
          "e-mail address. Third, buying is very seasonal: December brings 22 % of the year's online revenue, "
          "mostly gift boxes bought once by people who never come back."),
        P("A simple model on the subscription data shows that the risk of cancelling doubles when a subscriber "
          "has never changed coffee and triples when a delivery arrived late. Customers who visited a café in "
          "their first month stay on average eleven months, against five for the others. These observations, "
          "rather than intuition, guide the plan that follows: keep subscribers through variety and reliability, "
          "and use the cafés as the door to the online shop."),
        B("2. Goals for 2027", {"smart-objectives": "ok"}),
        P("Four goals, each with today's figure taken from the export, so that progress can be read without debate. "
          "The targets were checked with the managing director, who found them ambitious but reachable."),
        T([["Goal", "Measure", "Today", "Target", "By when"],
           ["Keep new subscribers longer", "share still subscribed after 4 months", "62 %", "75 %", "December 2027"],
           ["Bring café regulars online", "card holders with an online order", "9 %", "20 %", "December 2027"],
           ["Make gift buyers come back", "December 2026 gift buyers ordering again within 6 months", "7 %", "18 %", "June 2027"],
           ["Grow online revenue", "online revenue per year", "1.02 M€", "1.30 M€", "December 2027"]]),
        H(1, "3. Six kinds of customers", {"segmentation": "ok"}),
        P("We built the groups with recency, frequency and amount spent over the last twelve months, then added two "
          "things the RFM score alone misses: the channel (café, web or both) and whether the person subscribes. "
          "A k-means test on the same variables gave almost the same six groups, which reassured us that they "
          "are not an artefact of our thresholds."),
        P("The Loyal Subscribers pay every month and sometimes add a bag of a special roast. The Fragile "
          "Subscribers joined less than four months ago and have never changed coffee; they are the ones who "
          "leave. Café Regulars come twice a week to a café but are invisible online. Gift Buyers order once, in "
          "December, often for someone else. Restaurant Staff, baristas and owners of our client restaurants, buy "
          "for themselves at a discount. Finally the Sleepers have bought nothing for more than a year. Each group "
          "calls for a different message and a different moment, which is why the plan is organised by group "
          "and by stage of the relationship, not as one newsletter for everyone."),
        H(2, "3.1 Size and worth of each group", {"segment-table": "ok"}),
        T([["Group", "People", "Share of revenue", "Average basket", "Priority"],
           ["Loyal Subscribers", "1,800", "34 %", "27 €", "keep"],
           ["Fragile Subscribers", "1,100", "9 %", "24 €", "high"],
           ["Café Regulars", "10,200", "31 %", "6 €", "high"],
           ["Gift Buyers", "3,400", "14 %", "48 €", "medium"],
           ["Restaurant Staff", "450", "3 %", "19 €", "low"],
           ["Sleepers", "2,800", "9 %", "22 €", "low"]]),
        H(1, "4. From first cup to loyal subscriber", {"lifecycle-strategy": "ok"}),
        P("We follow a customer through five moments and give each one a single intention, so that the team does "
          "not send everything to everyone. The effort goes where the data shows the relationship breaks: the "
          "first four months of a subscription and the step from café to web. Restaurant Staff are left out of "
          "this journey on purpose: they already know the coffee and are handled by the sales team."),
        T([["Stage", "Who is there", "What we want", "How"],
           ["Discovery", "café visitors, gift recipients", "a first online visit", "QR code on cups and gift cards, 10 % on a first web order"],
           ["First purchase", "new web buyers", "a second order within 60 days", "tasting guide by e-mail, invitation to a free cupping at a café"],
           ["Early subscription", "Fragile Subscribers", "pass the fourth month", "change of origin suggested after delivery 2, SMS if a parcel is late"],
           ["Loyalty", "Loyal Subscribers", "stay and recommend", "early access to micro-lots, a friend's first bag offered"],
           ["Win-back", "Sleepers, cancelled subscribers", "one return order", "personal letter from the roaster with a sample, one reminder only"]]),
        H(1, "5. Actions and timing", {"action-plan": "ok", "calendar": "ok"}),
        P("Nine actions, launched one after the other so that the two people in marketing can run them without "
          "hiring, and so that we can tell which action moved which figure."),
        T([["Action", "Target group", "Owner", "Start", "Cost"],
           ["Merge till cards and web accounts", "all", "Baptiste (data)", "January", "2,500 €"],
           ["QR codes on cups and receipts", "Café Regulars", "café managers", "February", "900 €"],
           ["Welcome series, 4 e-mails", "first buyers", "Nolwenn", "February", "in-house"],
           ["Origin switch after delivery 2", "Fragile Subscribers", "Nolwenn", "March", "in-house"],
           ["Late-delivery SMS and credit", "all subscribers", "logistics", "March", "1,200 €/year"],
           ["Monthly cupping in each café", "first buyers, regulars", "baristas", "April", "3,000 €"],
           ["Micro-lot early access", "Loyal Subscribers", "roaster", "June", "in-house"],
           ["Gift buyer follow-up in January", "Gift Buyers", "Amina", "January 2028", "in-house"],
           ["Roaster's letter to sleepers", "Sleepers", "Amina", "September", "4,100 €"]]),
        H(1, "6. Tools and how we steer", {"steering-tools": "ok"}),
        P("The Brûlerie already pays for Shopify and for a till system in the cafés, and sends its newsletter with "
          "Brevo. We do not recommend a new CRM suite: the team is small and another tool would not be used. "
          "Instead, we connect what exists. The till loyalty card is linked to the web account by the phone "
          "number, through the connector sold by the till provider (39 € a month). Brevo receives the segment of "
          "each customer every night from Shopify, so that every e-mail and SMS above is triggered automatically "
          "by a date or an event: a second delivery, a late parcel, a year without an order."),
        P("Steering happens in one place. A shared Looker Studio report, fed by Shopify and Brevo, shows the "
          "figures of section 7 by group and by month. The marketing pair looks at it every Monday; the managing "
          "director and the three café managers receive a one-page summary on the first Monday of the month, and "
          "the café managers see the QR-code scans of their own café. When a figure turns red, the owner of the "
          "action in section 5 proposes a correction at the monthly meeting: change the message, the timing, or "
          "stop the action. The report uses the words the team already uses (regulars, subscribers, gifts) rather "
          "than marketing jargon, so that a barista can read it too."),
        B("6.1 Permission and GDPR", {"consent": "ok"}),
        P("Linking café cards to web accounts changes what we do with personal data, so the customer must know and "
          "agree. Card holders will receive a message explaining the link and asking them to accept it; without a "
          "yes, the two records stay separate. E-mails and SMS for marketing go only to people who ticked the box, "
          "and every message has a one-click way out. We keep data of customers inactive for three years, then "
          "delete it, and the register of processing is updated by Baptiste with the help of the accountant, who "
          "acts as the company's contact for data questions. No data is sold or shared with the restaurants we "
          "supply."),
        H(1, "7. Measuring it", {"kpi-table": "ok"}),
        P("Five indicators follow both the results and the health of the actions: two for the goals, one for the "
          "gift season, and two that warn us early when the customer experience or our messages go wrong."),
        T([["Indicator", "Formula", "Goal", "Frequency", "Alarm when"],
           ["4-month retention", "subscribers still active after 4 months / new subscribers", "75 %", "monthly", "below 65 %"],
           ["Café-to-web conversion", "card holders with a web order / card holders", "20 %", "monthly", "no progress in 2 months"],
           ["Gift buyer return", "gift buyers ordering again / gift buyers", "18 %", "quarterly", "below 10 %"],
           ["Late parcels", "late deliveries / deliveries", "under 3 %", "weekly", "above 5 %"],
           ["Unsubscribe rate", "unsubscribes / e-mails sent", "under 0.4 %", "per campaign", "above 0.8 %"]]),
        B("Dashboard", {"kpi-dashboard": "empty"}),
        H(1, "8. Does it fit the Brûlerie?", {"brand-fit-value": "ok"}),
        P("The Brûlerie is known in Saint-Malo for its roaster, Hervé Lemoal, for its cafés where people talk coffee "
          "with the baristas, and for refusing discount promotions. Our plan keeps that tone. There are no "
          "flash sales: the only discount is a welcome on the first web order. The messages are written in the "
          "first person by the roaster and the baristas, they talk about origins, farms and brewing, and the "
          "win-back letter is printed and signed. The cuppings bring web customers into the cafés, which is "
          "what makes the Brûlerie different from a supermarket brand or a large online roaster."),
        P("The value for the company is concrete. Keeping one more subscriber for eight extra months brings about "
          "190 € of revenue. If retention at four months rises from 62 % to 75 %, that is 140 more subscribers a "
          "year, close to 27,000 € of revenue in the first year and more after. Bringing café regulars online "
          "spreads revenue across the year and makes the roastery less dependent on December. The plan costs "
          "about 12,000 € in its first year plus the time of the existing team, which the expected gains cover "
          "within the year. It also gives the company something it lacks today: a single view of who its "
          "customers are, and where each of them stands with us. Finally, the baristas told us they "
          "would be proud to run the cuppings."),
        H(2, "8.1 What it should bring back", {"expected-value": "ok"}),
        T([["Source of value", "Hypothesis", "Extra revenue in 2027"],
           ["Better subscriber retention", "140 subscribers kept 8 months longer", "26,600 €"],
           ["Café regulars buying online", "1,200 new web buyers, 2 orders of 28 €", "67,200 €"],
           ["Gift buyers returning", "370 more second orders of 32 €", "11,800 €"],
           ["Total against 12,000 € of costs", "margin on coffee about 45 %", "105,600 €"]]),
    ],
)
