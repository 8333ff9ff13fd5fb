from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 3 (h3_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English, a loyalty and CRM plan for a chain of nine zero-waste grocery shops. The author groups
    everything under five part titles of her own in UPPER CASE ("PART I - WHERE WE STAND"...), with the sections
    as numbered level-2 headings, some in capitals and one level-3; the brand-fit and value text sits directly
    under the fifth part title; the calendar is a small table with one line of comment (thin); no dashboard
    mock-up (missing).""",
    title="Le Comptoir Vrac – Bringing our regulars back: CRM strategy 2027",
    cover=["Data project · CRM marketing strategy", "Clémence Aubert – Le Comptoir Vrac, Nantes – December 2026"],
    blocks=[
        H(1, "PART I – WHERE WE STAND"),
        H(2, "1.1 What the till data tells us", {"diagnosis": "ok"}),
        P("Le Comptoir Vrac runs nine bulk grocery shops in and around Nantes, where customers bring their own jars "
          "and buy pasta, lentils, oil and soap by weight. In 2026 the shops served 61,400 identified customers, "
          "that is people who gave a phone number or an email at the till to get a paper receipt by email. Our "
          "behaviour analysis of 612,000 receipts from January 2024 to September 2026 showed three things. First, "
          "the first visit rarely turns into a habit: 58 % of new customers never come back within ninety days, "
          "and those who do come back a second time come back on average 11 times in the year. The second visit is "
          "the turning point. Second, regulars are drifting: customers who shopped at least twice a month in 2024 "
          "shop 1.4 times a month in 2026, and their basket fell from 31 to 26 euros, mostly in cleaning products, "
          "which they now buy in supermarkets that opened their own bulk aisles. Third, 70 % of revenue comes from "
          "the 22 % of customers who live less than 1.5 km from a shop."),
        P("Today the CRM practice is thin. The shops send one newsletter a month to the whole base, with an open "
          "rate of 19 % and a click rate of 1.1 %. There is a stamp card on paper, which the staff estimate half of "
          "the regulars have lost. Nobody is contacted after a first visit, and nobody notices when a regular stops "
          "coming. Customers are lost at two places: between the first and the second visit, and slowly, over "
          "months, among the regulars."),
        H(2, "1.2 TARGETS FOR 2027", {"smart-objectives": "ok"}),
        P("Each target moves one behaviour seen in the data, from the 2026 figure to a level we think reachable "
          "in a year, and serves the board's goal of growing revenue per shop by 8 %."),
        T([["Behaviour to change", "2026", "Target", "By", "Business goal"],
           ["New customers who return within 90 days", "42 %", "55 %", "December 2027", "revenue"],
           ["Visits per month of regulars", "1.4", "1.8", "December 2027", "retention"],
           ["Regulars buying cleaning products", "31 %", "45 %", "September 2027", "basket"],
           ["Newsletter click rate", "1.1 %", "3 %", "June 2027", "engagement"]]),
        H(1, "PART II – WHO WE TALK TO"),
        H(2, "2.1 Five kinds of shoppers", {"segmentation": "ok"}),
        P("We grouped customers by how recently they came, how often and how much they spend over twelve months, "
          "and then by where they are in their life with us: newcomer, growing, regular, fading or lost. Scores go "
          "from one to five on each of the three measures, computed in the data warehouse from the till receipts. "
          "The five groups below match the two targets of the behaviour analysis: the newcomers who must be "
          "brought back for a second visit, and the regulars who are slowly leaving us for supermarket bulk aisles. "
          "For each group we also estimated what a customer brings in over five years, from the average basket, "
          "the visit frequency and how long customers of that kind stay. The groups are recalculated every Monday "
          "night, so that a regular who has not come for five weeks moves to 'fading' and receives a message that "
          "week, not three months later. We tried a finer model with nine groups first, but the shop managers could not say what they would do differently for each of them, so we kept five."),
        H(3, "2.1.1 Size and worth of each group", {"segment-table": "ok"}),
        T([["Group", "Customers", "Share of revenue", "Five-year value"],
           ["Newcomers (first visit < 90 days)", "9,800", "6 %", "40 €"],
           ["Growing (2-5 visits)", "12,300", "14 %", "310 €"],
           ["Regulars (2+ visits a month)", "13,600", "63 %", "1,450 €"],
           ["Fading (no visit for 5 weeks)", "8,900", "12 %", "520 €"],
           ["Lost (no visit for 6 months)", "16,800", "5 %", "—"]]),
        H(2, "2.2 From first visit to lapsed regular", {"lifecycle-strategy": "ok"}),
        T([["Stage", "Group", "What they do now", "What we want", "How"],
           ["Welcome", "newcomers", "come once, often on a Saturday, with two or three jars",
            "a second visit within a month", "a welcome email with a jar refill offer and a short video on how "
            "bulk shopping works"],
           ["Habit", "growing", "come every three weeks and buy dry food only",
            "fortnightly visits and a first cleaning product", "a digital stamp card in the app, with a bonus for "
            "trying a new aisle"],
           ["Loyalty", "regulars", "come less often and buy soap and detergent elsewhere",
            "keep the rhythm and bring back cleaning products", "members' price on detergent refills and an "
            "invitation to the monthly producer evening"],
           ["Win-back", "fading", "no visit for five weeks",
            "one visit within the month", "a text from their own shop, signed by the manager, with a small gift"],
           ["Farewell", "lost", "gone for six months", "know why, and stop sending", "a two-question survey, "
            "then removal from the campaigns"]]),
        P("The levers are chosen from the patterns: the second visit is where newcomers drop, and cleaning "
          "products are what regulars now buy elsewhere, so those two moments get the budget."),
        H(1, "PART III – WHAT WE WILL DO"),
        H(2, "3.1 ACTIONS", {"action-plan": "ok"}),
        T([["Action", "Group", "Target", "KPI", "Owner", "Budget"],
           ["Welcome email series (3 emails)", "newcomers", "return within 90 days", "second-visit rate",
            "marketing", "1,200 €"],
           ["Digital stamp card in the app", "growing", "visits per month", "visits per active card",
            "product", "9,000 €"],
           ["Members' price on refills", "regulars", "cleaning products", "share buying cleaning products",
            "purchasing", "margin 0.30 € per litre"],
           ["Manager's text to fading customers", "fading", "visits per month", "reactivation rate",
            "shop managers", "600 € of texts"],
           ["Exit survey", "lost", "learn why", "answers received", "marketing", "0 €"]]),
        P("Every message keeps the shops' tone: plain, warm, a little humorous, never pushy, and always signed by "
          "a person rather than by the brand."),
        H(2, "3.2 When", {"calendar": "thin"}),
        T([["Month", "Action"],
           ["January", "welcome emails, exit survey"],
           ["March", "digital stamp card"],
           ["April", "members' prices (spring cleaning)"],
           ["September", "manager texts"]]),
        P("Nothing new in December, when the shops are full anyway."),
        H(1, "PART IV – TOOLS, DATA AND RULES"),
        H(2, "4.1 Our stack: Shopify POS, Brevo and a Looker Studio screen", {"steering-tools": "ok"}),
        P("The shops already use Shopify POS at the till, which stores each identified customer with their "
          "receipts, and Brevo to send the monthly newsletter. We keep both and connect them properly instead of "
          "buying a new CRM. Every night, receipts are copied from Shopify to a small BigQuery warehouse, where a "
          "scheduled query computes each customer's scores and group. The groups are sent back to Brevo as contact "
          "attributes, so that the welcome series, the win-back texts and the exit survey start automatically when "
          "a customer enters a group. The stamp card lives in the Shopify customer account and shows in the app. "
          "Looker Studio reads the warehouse and gives the marketing manager and the nine shop managers their "
          "figures every Monday; shop managers see only their own shop. The flow is simple: till, "
          "Shopify, warehouse, Brevo and Looker Studio, with one person, the marketing assistant, in charge of "
          "checking each morning that the night's copy ran. We estimate the set-up at twelve days of a freelance "
          "data engineer, already in the budget, and two days of training for the marketing team. A one-page diagram "
          "of this flow hangs in the back office of every shop, so that managers know where their figures come "
          "from and whom to call when a number looks wrong. Nothing else changes at the till for the staff."),
        H(2, "4.2 Opt-ins and GDPR", {"consent": "ok"}),
        P("Customers give their email or phone number at the till to get a receipt, which is not consent to "
          "marketing. From January, the till screen asks a separate question, unticked by default, for emails and "
          "for texts, and Shopify stores the answer with its date. Existing contacts who never said yes receive one "
          "email asking them to confirm; those who do not answer only get receipts. Every email and text carries "
          "a one-click unsubscribe link, and Brevo sends unsubscriptions back to Shopify every night so that the "
          "shops never write again to someone who said no. Customer data is kept three years after the last "
          "purchase, then deleted by a scheduled job."),
        H(2, "4.3 MEASURING IT", {"kpi-table": "ok"}),
        T([["KPI", "Stage", "Source", "Target", "Alert", "If it turns red"],
           ["New identified customers per month", "acquisition", "Shopify", "900", "< 600",
            "check the till question is asked"],
           ["Email open rate", "engagement", "Brevo", "35 %", "< 25 %", "test new subject lines"],
           ["Second-visit rate within 90 days", "conversion", "warehouse", "55 %", "< 45 %",
            "change the welcome offer"],
           ["Visits per month of regulars", "retention", "warehouse", "1.8", "< 1.5", "review members' prices"],
           ["Reactivation of fading customers", "retention", "warehouse", "25 %", "< 15 %",
            "change the text and gift"],
           ["Average basket of regulars", "value", "Shopify", "29 €", "< 26 €", "promote cleaning aisle"],
           ["Unsubscribe rate per send", "satisfaction", "Brevo", "< 0.3 %", "> 0.6 %", "send less often"],
           ["Store rating on Google", "satisfaction", "Google", "4.6", "< 4.3", "read reviews with managers"]]),
        H(1, "PART V – WHY IT PAYS OFF", {"brand-fit-value": "ok"}),
        P("Le Comptoir Vrac promises 'less packaging, more people': shops where the staff know your name and help "
          "you weigh your rice. A CRM plan could easily betray that promise with daily promotional emails and "
          "discount codes. We chose the opposite. There are few messages, each with a reason to be sent: a "
          "welcome, a reminder from your own shop's manager, a members' price on refills that also reduces "
          "plastic. Texts are signed by a first name, emails are written in the same tone as the chalkboards in the "
          "shops, and no message pushes a product the customer has never bought except cleaning refills, which fit "
          "the brand's purpose. The producer evenings bring regulars into the shop rather than onto a website. Shop managers reread every template before it goes live, and any of them can veto a message that does not "
          "sound like their shop."),
        P("The value comes mainly from two places. Bringing the second-visit rate from 42 % to 55 % turns about "
          "1,270 more newcomers a year into growing customers, worth around 390,000 euros over five years. Keeping "
          "regulars at 1.8 visits a month instead of 1.4 adds about 240,000 euros of revenue in 2027. Against "
          "this, the plan costs about 38,000 euros in the first year, including the freelance set-up, the app's "
          "stamp card and the margin given on refills."),
        H(2, "5.1 Return, year one", {"expected-value": "ok"}),
        T([["Line", "Prudent", "Expected"],
           ["Extra revenue from second visits", "62,000 €", "98,000 €"],
           ["Extra revenue from regulars", "150,000 €", "240,000 €"],
           ["Gross margin at 32 %", "67,800 €", "108,200 €"],
           ["Cost of the plan", "38,000 €", "38,000 €"],
           ["Return", "1.8 x", "2.8 x"]]),
    ],
    missing=["kpi-dashboard"],
)
