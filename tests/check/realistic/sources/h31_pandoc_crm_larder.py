from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="pandoc",
    language="en",
    notes="""Held-out round 31 (h31_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: Larder & Co, a Bordeaux subscription box of local food (17,800 active subscribers), loses 6.1 % of them
    a month and wants a CRM plan for 2027. Numbered, mostly shortened headings ("2. Objectives", "4. Lifecycle",
    "9. KPIs"); the tooling section split over "7. Tools" (a comparison table of three CRMs) and "8. Running it week
    by week", with consent as its 8.1; the calendar is a short table and one line (thin); no dashboard anywhere
    (missing); the authors added their own appendix, the survey questions.""",
    title="Larder & Co – keeping our subscribers: CRM plan 2027",
    cover=["Team: Maëlys Dupuy, Thomas Nguyen, Léo Castaing", "Client: Larder & Co, Bordeaux", "December 2026"],
    blocks=[
        H(1, "1. Where we stand: what the data shows", {"diagnosis": "ok"}),
        P("Larder & Co ships a box of regional food every month to 17,800 active subscribers, mostly in "
          "Nouvelle-Aquitaine and Paris. We analysed the 29,400 subscriptions opened since January 2023, the 1.2 "
          "million e-mail events of the last year and the 2,140 answers to our own survey in October."),
        P("The first finding is that the company is good at winning subscribers and poor at keeping them. Monthly "
          "churn is 6.1 %, which means the average subscriber stays a little over 16 months. Churn is highest in "
          "the third month (11.4 %), right after the welcome discount ends, and again in January, when people "
          "cancel after receiving a box as a Christmas gift. Subscribers who skip a month through the customer "
          "area are twice as likely to stay a year as those who never use the skip button, yet only 9 % know it "
          "exists."),
        P("The second finding is that the company treats every subscriber the same way. All receive the same "
          "two newsletters a month, with open rates falling from 46 % to 29 % in two years. Data on preferences "
          "is collected at sign-up (vegetarian, no alcohol, no pork) but never used to personalise messages. "
          "Finally, 38 % of the customer base is not reachable by e-mail for marketing, because the consent box "
          "was unticked by default before 2024; those customers only receive service e-mails."),
        H(1, "2. Objectives", {"smart-objectives": "ok"}),
        T([["Objective", "Measure", "Target", "Deadline"],
           ["Reduce monthly churn", "cancellations / active subscribers", "from 6.1 % to 4.5 %", "December 2027"],
           ["Keep third-month subscribers", "churn in month three", "from 11.4 % to 7 %", "June 2027"],
           ["Turn gift boxes into subscriptions", "gift recipients who subscribe within 60 days", "12 %, from 3 %", "March 2027"],
           ["Grow the marketing-consent base", "share of customers with consent", "from 62 % to 75 %", "September 2027"]]),
        P("All four are measured from data the company already holds, so progress can be followed every month "
          "without a new study."),
        H(1, "3. Segments", {"segmentation": "ok"}),
        P("We segmented active and recent subscribers using three variables from the order history: how long "
          "they have been subscribed, how often they skip or pause, and whether they add extra products from the "
          "shop to their box. We checked the groups against the survey, which told us why people subscribe: "
          "discovering local producers, saving time on shopping, or offering a gift."),
        P("Five groups came out clearly. The two most valuable ones are small but loyal and spend a third more "
          "than the others on extras. The largest group, the newcomers still on the welcome discount, is also the "
          "most fragile: it makes up a third of subscribers and nearly half of all cancellations. Gift recipients "
          "are a group of their own: they did not choose the product and need to be won over from scratch. We "
          "decided not to create a segment for lapsed subscribers older than a year, as our data shows almost no "
          "return from them, and the budget is better spent on the people who are still here."),
        H(2, "3.1 Five groups and what they are worth", {"segment-table": "ok"}),
        T([["Segment", "Share", "Average value / year", "What they want"],
           ["Newcomers (months 1-3)", "33 %", "€96", "good first boxes, reassurance"],
           ["Steady eaters (4-18 months, no extras)", "29 %", "€348", "variety, less repetition"],
           ["Foodies (extras every month)", "14 %", "€512", "meet producers, limited editions"],
           ["Skippers (pause often)", "15 %", "€231", "flexibility without guilt"],
           ["Gift recipients", "9 %", "€58", "a reason to continue themselves"]]),
        H(1, "4. Lifecycle", {"lifecycle-strategy": "ok"}),
        P("Our plan follows the subscriber's life with the brand rather than the calendar of promotions. The "
          "critical moment is the end of the welcome period: today subscribers receive their first full-price "
          "invoice without any message, and many cancel the same day. We want them to feel, by the third box, "
          "that the service knows their tastes and that leaving would mean losing something."),
        T([["Stage", "Goal", "What we do", "Channel"],
           ["Welcome (box 1-3)", "reach the first full-price box", "three-step welcome series, a taste quiz, a call from a producer at box 2", "e-mail, SMS, phone"],
           ["Habit (month 4-12)", "avoid boredom", "boxes tailored to the quiz, skip reminders before holidays", "e-mail, customer area"],
           ["Loyalty (after a year)", "make them proud to belong", "members' shop prices, farm visits, first access to limited boxes", "e-mail, events"],
           ["At risk", "catch cancellations early", "offer a pause or a smaller box when someone opens the cancel page", "customer area, e-mail"],
           ["Gift", "turn the recipient into a subscriber", "a personal card in the last gift box and a half-price first month", "card, e-mail"]]),
        H(1, "5. Actions", {"action-plan": "ok"}),
        T([["Action", "Segment", "Owner", "Budget"],
           ["Welcome series and taste quiz", "newcomers", "Maëlys (marketing)", "€4,000"],
           ["Pause or smaller box on the cancel page", "all, at risk", "Thomas (web)", "€6,500"],
           ["Members' shop prices and farm visits", "foodies, steady eaters", "Léo (producers)", "€9,000"],
           ["Gift-to-subscription card and offer", "gift recipients", "Maëlys", "€3,200"],
           ["Consent campaign with a free recipe book", "customers without consent", "Thomas", "€2,500"]]),
        P("The five actions cost €25,200 in total. We ranked them by the number of cancellations each can "
          "prevent: the welcome series and the pause option come first because they act on the newcomers, who "
          "account for almost half of all losses."),
        H(1, "6. Calendar", {"calendar": "thin"}),
        T([["Quarter", "Launch"],
           ["Q1 2027", "welcome series, gift card"],
           ["Q2 2027", "cancel-page pause, consent campaign"],
           ["Q3 2027", "members' prices, farm visits"]]),
        P("Each launch is reviewed six weeks later."),
        H(1, "7. Tools", {"steering-tools": "ok"}),
        P("Larder & Co today sends its e-mails from a basic newsletter tool and keeps subscriptions in its "
          "e-commerce platform, with no link between the two. We compared three CRM tools that connect to the "
          "platform and can trigger messages from subscription events."),
        T([["", "Brevo", "Klaviyo", "HubSpot Marketing"],
           ["Subscription triggers", "through a connector", "native", "custom development"],
           ["SMS", "yes", "yes", "add-on"],
           ["Price for 20,000 contacts", "€1,900 / year", "€7,800 / year", "€9,600 / year"],
           ["Hosting of data", "EU (France)", "US, EU option", "EU option"],
           ["Team's verdict", "chosen: cheaper, French support", "best features, too expensive", "too heavy for us"]]),
        H(1, "8. Running it week by week", {"steering-tools": "ok"}),
        P("The tool is only useful if someone looks at the numbers. Every Monday, Maëlys will check a short "
          "report of cancellations by segment and the results of the past week's campaigns. Once a month, the "
          "three of us and the founder, Camille Arnaud, meet for an hour to decide what to stop, what to keep and "
          "what to test next. A/B tests are run on one variable at a time, with at least 2,000 recipients per "
          "version. Results go into a shared sheet so that nothing depends on one person's memory. Brevo will be "
          "connected to the e-commerce platform in January, with the help of the agency that built the shop; "
          "Thomas estimates three weeks of work, including the import of the preference data collected at "
          "sign-up since 2023."),
        H(2, "8.1 Consent", {"consent": "ok"}),
        P("We will only send marketing messages to customers who gave explicit consent, as the GDPR requires. "
          "The sign-up form will have an unticked box and a clear sentence about what we send and how often. "
          "Service e-mails about deliveries and invoices continue for everyone. Every message carries a one-click "
          "unsubscribe link, and the customer area lets people choose between e-mail and SMS. Taste data from the "
          "quiz is used only to compose boxes and messages and is deleted two years after a subscription ends. "
          "The recipe-book campaign asks for consent again, honestly, rather than buying it with a discount. A "
          "register of consents, with date and source, is kept in the CRM."),
        H(1, "9. KPIs", {"kpi-table": "ok"}),
        T([["Indicator", "Today", "Target 2027", "Source", "Frequency"],
           ["Monthly churn", "6.1 %", "4.5 %", "e-commerce platform", "monthly"],
           ["Churn in month three", "11.4 %", "7 %", "e-commerce platform", "monthly"],
           ["Use of pause instead of cancel", "9 %", "25 %", "customer area", "weekly"],
           ["Gift recipients who subscribe", "3 %", "12 %", "CRM", "monthly"],
           ["Open rate of tailored e-mails", "29 %", "40 %", "Brevo", "weekly"],
           ["Customers with marketing consent", "62 %", "75 %", "CRM", "quarterly"]]),
        P("Churn is the indicator that decides whether the plan works; the others tell us which action is "
          "responsible. We deliberately left out vanity figures such as the number of e-mails sent or followers "
          "gained."),
        H(1, "10. Why it fits Larder & Co", {"brand-fit-value": "ok"}),
        P("Larder & Co was founded on one promise: a box that brings you closer to the people who grow your food. "
          "A CRM plan made of discount codes and reminders would contradict it. The actions we propose keep the "
          "producers at the centre, with the call at the second box, the farm visits and the limited editions, "
          "and they treat the customer as someone with tastes rather than an order number."),
        P("The plan is also realistic for a team of eleven people. It relies on one affordable tool, most content "
          "comes from the producers' stories that the company already writes, and every action has a named owner. "
          "The budget of €25,200 represents less than what the company loses in two months of cancellations "
          "among newcomers, and the first results will be visible within one quarter."),
        P("Finally, the plan protects the brand's reputation. Asking for consent honestly and making it easy to "
          "pause rather than cancel will annoy fewer customers than the current habit of sending everyone "
          "everything. Subscribers who pause come back; those who leave angry write reviews. For a young brand "
          "that grows mainly by word of mouth and gifts, that difference matters more than any single campaign. "
          "It also gives the producers, who are the company's real partners, customers who stay long enough to "
          "know their names and to order their products again."),
        H(2, "10.1 Value", {"expected-value": "ok"}),
        T([["", "Without the plan", "With the plan"],
           ["Average subscription length", "16 months", "22 months"],
           ["Revenue from subscriptions 2027", "€5.9 m", "€6.6 m"],
           ["Cost of the plan", "", "€25,200 and 0.5 FTE"],
           ["Return", "", "about €0.7 m of extra revenue, €190,000 of extra margin"]]),
        H(1, "Appendix A – our survey questions"),
        L(["Why did you subscribe to Larder & Co?",
           "What do you like most, and least, in the boxes?",
           "Have you ever thought about cancelling? Why?",
           "Do you know you can skip a month?",
           "Would you visit one of our producers if invited?"]),
    ],
    missing=["kpi-dashboard"],
)
