from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 2 (h2_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. English, a plant nursery's web shop studying how the weather drives its visitors.
    Numbered headings in the author's words, one in UPPER CASE; the behaviour analysis and the crossing with
    weather data are one section under one heading (merged); the charts, the persona cards and the behaviour map
    are sub-headings of their own; the modelling text is a few lines (thin); no dashboard (missing); the appendix
    heading has nothing under it (empty).""",
    title="Pépinières du Vallon – Who buys plants online, and when?",
    cover=["Data project – user behaviour analysis", "Nadia Ferhat, data analyst apprentice – December 2026"],
    blocks=[
        H(1, "1. The question Vallon asked", {"business-question": "ok"}),
        P("Pépinières du Vallon is a family plant nursery near Angers that has sold online since 2018. The web "
          "shop brought in 1.2 million euros last year, 38 % of the company's sales, but its results swing wildly: "
          "a good week in April can sell ten times as much as a wet week in the same month, and the team never "
          "knows whether to order more pots, hire seasonal packers or buy advertising. The marketing manager put "
          "the question to me in three parts. Who are the people who buy plants on our site, beyond the postcode "
          "and the basket size we already see? What makes them buy in a given week: the season, the weather, our "
          "newsletters, or something else? And can we know a few days ahead that a strong week is coming?"),
        P("Behind these questions is a cost. Last spring, the nursery ran out of tomato plants twice and had "
          "4,000 unsold hydrangeas in June. A better understanding of buying behaviour would let the team time "
          "its newsletters, its stock and its packers with the weeks when people actually garden, which the "
          "manager estimates at 60,000 euros of margin a year."),
        H(1, "2. What data we had", {"data-sources": "ok"}),
        P("Four internal sources and two public ones were used. All internal data were exported on 2 November "
          "2026 and cover January 2022 to October 2026."),
        T([["Source", "Content", "Period", "Volume", "Owner"],
           ["Web shop orders", "basket, products, postcode, date, customer id", "2022-2026", "61,400 orders", "e-commerce team"],
           ["Web analytics", "sessions, pages, device, traffic source", "2023-2026", "2.9 million sessions", "marketing"],
           ["Newsletter tool", "sends, opens, clicks per campaign", "2022-2026", "214 campaigns", "marketing"],
           ["Customer service tickets", "reason for contact, order id", "2024-2026", "5,100 tickets", "customer service"],
           ["Météo-France open data", "daily rain, temperature, sunshine by station", "2022-2026", "38 stations", "public"],
           ["INSEE census", "share of houses with a garden by town", "2021", "35,000 towns", "public"]]),
        H(2, "2.1 Why add public data?", {"open-data-value": "ok"}),
        P("Our own data say what customers did but not why they did it on that day. Weather is the obvious "
          "suspect, and the nursery's staff all have an opinion about it, but nobody had measured it. Météo-France "
          "publishes daily observations for free, so we could attach to each order the weather of the last three "
          "days at the station nearest to the customer. The census adds a second layer: the share of households "
          "living in a house rather than a flat in each town, which tells us where gardens are. Together they let "
          "us separate a customer who buys because the sun came out from one who buys for a balcony, whatever "
          "the weather. Both sources are free, updated regularly and can be used again when the study is "
          "repeated next year, which a paid panel would not allow."),
        H(1, "3. Cleaning", {"data-preparation": "ok"}),
        P("About a week of the study went into getting the data into shape. The table lists what we found and "
          "what we did; every step is kept in the notebook so that next year's run starts from the same rules."),
        T([["Problem found", "How much", "What we did"],
           ["Test orders from the team", "312 orders", "removed, identified by internal e-mail addresses"],
           ["Customers with two accounts", "about 1,900", "merged when e-mail and postcode matched"],
           ["Missing postcode on orders", "2.1 %", "filled from the billing address"],
           ["Sessions from bots", "11 % of sessions", "filtered on known crawlers and zero-second visits"],
           ["Weather stations with gaps", "4 stations", "nearest complete station used instead"],
           ["Product names changed over years", "640 products", "mapped to 48 families by hand with the buyer"]]),
        H(1, "4. Tools and approach", {"methods": "ok"}),
        P("The work followed four steps. First, I described the data as they are: orders per week, basket "
          "sizes, the product families that sell each month and the share of first orders. Second, I built a "
          "weekly funnel from visit to basket to order, by traffic source and by device, to see where visitors "
          "drop out. Third, I followed customers by the month of their first order, to see how many come back "
          "the following season; this cohort view matters for a business where people buy twice a year at best. "
          "Fourth, I grouped customers with a k-means clustering on six variables: number of orders, average "
          "basket, share of orders in spring, product families bought, garden share of their town and "
          "sensitivity to weather, measured as the change in their ordering after three sunny days."),
        P("To test the weather effect, I used a simple linear regression of weekly orders on temperature, rain "
          "and sunshine of the previous days, with the month as a control so that the effect of spring itself "
          "is not counted twice. Everything was done in Python with pandas and scikit-learn in a notebook shared "
          "with the marketing manager, and the charts in Looker Studio, which the team already uses. Each step was "
          "shown to the e-commerce team before going further, which twice corrected my reading of the data: a "
          "peak I took for a heat wave was in fact a television programme about vegetable gardens."),
        H(1, "5. What visitors do, and what the weather changes", {"behaviour-analysis": "ok", "data-crossing": "ok"}),
        P("The shop has two seasons, not one. Sixty-one per cent of yearly orders fall between mid-March and "
          "mid-May, and another 17 % in October and November for bulbs, hedges and fruit trees. Summer is almost "
          "empty, and so is January. Baskets are larger in autumn, 74 euros on average against 52 in spring, "
          "because hedges are sold by the metre. Most visitors come from a phone, 68 % of sessions, but only 49 % "
          "of orders are placed from a phone: many customers browse on the sofa in the evening and order from a "
          "computer the next day. The funnel shows the weak spot: 41 % of phone visitors who open a basket "
          "leave at the delivery page, where the cost of shipping a large plant appears for the first time."),
        P("Loyalty is low but not absent. Of the customers who first ordered in spring 2024, 23 % ordered again "
          "in the autumn and 31 % the next spring. Those who came back had bought vegetable plants or small "
          "perennials, cheap plants that people replace every year; those who bought a single large tree almost "
          "never came back. Newsletters work in a narrow window: a campaign sent on a Thursday in April sells "
          "three times as much as the same campaign sent on a Monday, because people plan their weekend "
          "gardening on Thursday evening."),
        P("Crossing the orders with the weather explains most of the swings. In spring, three dry days with "
          "more than 15 °C raise orders by 48 % over the following four days, compared with the same week of "
          "the year in wet conditions. Rain on a weekend does not stop browsing, which actually rises, but it "
          "delays orders until the forecast improves. The effect is strong in towns where more than 70 % of "
          "homes are houses, and almost absent in large cities, where buyers order for balconies and indoor "
          "plants whatever the sky looks like. In autumn the weather plays little part: bulb and hedge orders "
          "follow the calendar. The regression confirms this: weather explains 36 % of the variation of weekly "
          "spring orders once the month is controlled for, and only 6 % in autumn. Since Météo-France forecasts "
          "are reliable five days ahead, the nursery can see a strong week coming early enough to call in "
          "packers and send a newsletter. The marketing manager has already asked for the forecast to be added to "
          "the Monday meeting."),
        H(2, "5.1 Three charts", {"key-findings-chart": "ok"}),
        Img(["Weekly orders vs sunshine", "Phone funnel: basket to delivery", "Return rate by first season"],
            "The three charts presented to the marketing team on 20 November."),
        H(1, "6. Habits old and new", {"patterns": "ok"}),
        P("Comparing the first two years of the shop with the last two shows how much the customers have "
          "changed. The garden owners of the early years are still there, but they now share the shop with "
          "younger buyers living in flats, who order smaller baskets and come back more often."),
        T([["Behaviour", "Before 2022", "Now", "What it means"],
           ["When people order", "whole spring, steady", "in bursts after sunny days", "plan stock on forecasts"],
           ["Device", "computer", "browse on phone, order on computer", "fix the phone delivery page"],
           ["What they buy", "large shrubs and trees", "vegetable plants and small perennials", "smaller, repeat baskets"],
           ["How they find us", "search engines", "newsletter and Instagram", "time campaigns on Thursdays"],
           ["Where they live", "rural west", "more city flats", "a balcony range all year"]]),
        H(1, "7. Four kinds of gardeners", {"personas": "ok"}),
        T([["Profile", "Share of customers", "What drives them", "What they buy"],
           ["Sunny-weekend gardener", "38 %", "three fine days and a free Saturday", "vegetable plants, perennials"],
           ["Autumn planter", "17 %", "the calendar, planting season", "hedges, bulbs, fruit trees"],
           ["Balcony grower", "29 %", "decoration, gifts, not weather", "pots, indoor plants, herbs"],
           ["One-off project", "16 %", "a new house or a landscaping job", "a few large trees, once"]]),
        H(1, "8. Who to go after first", {"targets": "ok"}),
        P("We cannot chase every group at once with a marketing team of two. We chose the targets on two "
          "grounds: how much margin they bring over a year, and how easily the nursery can reach them with the "
          "tools it already has. The one-off project buyers are left aside: they are valuable once, but nothing "
          "we tried in the data makes them come back."),
        T([["Target", "Why", "Action", "Expected effect"],
           ["Sunny-weekend gardeners", "largest group, come back every spring", "newsletter sent when the forecast turns fine", "+12 % spring orders"],
           ["Balcony growers", "buy all year, steady margin", "a balcony range and a winter campaign", "fills January and July"],
           ["Phone visitors at the delivery page", "41 % drop out there", "show delivery cost on the product page", "+8 % phone orders"]]),
        H(1, "9. Modelling", {"visual-modelling": "thin"}),
        P("I drew the gardener's week as a map from the forecast to the order. It shows where the nursery can "
          "act: the Thursday newsletter and the delivery page."),
        H(2, "9.1 The week of a gardener", {"behaviour-dataviz": "ok"}),
        Img(["Forecast turns fine", "Thursday: plans", "Friday: browses on phone", "Saturday: orders on computer",
             "Tuesday: delivery"],
            "A typical spring week for a sunny-weekend gardener."),
        H(1, "10. WHAT THIS ANALYSIS CANNOT SAY", {"limits-gdpr": "ok"}),
        P("The study has three limits. It only sees people who reached the web shop; customers who buy at the "
          "nursery itself, about 60 % of sales, may behave differently. The weather is taken at the nearest "
          "station, which can be 30 kilometres away from the customer's garden. And four years of data include "
          "the unusual spring of 2022, when people were still gardening more than usual after the lockdowns."),
        P("On personal data, the analysis used customer identifiers, postcodes and order histories, which are "
          "personal data under the GDPR. The nursery's privacy notice already covers analysis to improve its "
          "service, so no new consent was needed, but I worked on a pseudonymised extract with names and "
          "addresses removed, kept it on the company's drive only, and will delete it in March 2027. The "
          "clustering results are used for groups, never to target one named person."),
        H(1, "11. Appendix", {"appendices": "empty"}),
    ],
    missing=["dashboard"],
)
