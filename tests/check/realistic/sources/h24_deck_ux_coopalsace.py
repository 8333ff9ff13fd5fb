from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="deck",
    language="en",
    notes="""Held-out round 24, written and labelled on 2026-12-01 before any run of check. A python-pptx deck
    (15 slides) on abandoned click-and-collect baskets at a regional grocery cooperative. Short punchy titles,
    French speaker notes on some slides, a findings table with a chart, one merged slide (old and new habits
    with the personas that carry them), the overall visual approach never presented (missing), the targets
    slide left with its title only (empty), an extra 'Next steps' slide of the team's own, and a backup slide
    at the end.""",
    missing=["visual-modelling"],
    title="Coop'Alsace Drive — why baskets die at checkout",
    cover=["Data project — team Léa Schmitt, Karim Haddad, Jonas Weber", "Client: Coop'Alsace, Strasbourg"],
    blocks=[
        Slide("Why do 38% of baskets die?", {"business-question": "ok"}, bullets=[
            "Coop'Alsace Drive: 41 stores, 9,200 click-and-collect orders a week",
            "38% of filled baskets are never paid — about €310k of lost sales a month",
            "The board asks: where and why do shoppers give up, and who can we win back?",
        ], notes="On commence par le chiffre qui fait mal : 38 % des paniers remplis ne sont jamais payés. "
                  "La direction veut savoir à quel moment et pourquoi les clients abandonnent."),
        Slide("What we had", {"data-sources": "ok"}, table=[
            ["Source", "Owner", "Volume", "Period"],
            ["App and web event logs", "Coop'Alsace IT", "48M events", "Jan–Sep 2026"],
            ["Orders and baskets", "ERP export", "412k baskets", "Jan–Sep 2026"],
            ["Pick-up slot bookings", "Drive back office", "268k bookings", "Jan–Sep 2026"],
            ["Loyalty card profiles", "Marketing CRM", "96k members", "snapshot Sept"],
            ["Météo-France daily data", "open data", "273 days x 6 stations", "Jan–Sep 2026"],
        ]),
        Slide("Open data: worth the effort?", {"open-data-value": "ok"}, bullets=[
            "Weather explains part of the Saturday peaks: rainy Saturdays +22% baskets, +9 pts abandonment",
            "INSEE commuting data: stores near the A35 see evening peaks the client never planned for",
            "School holiday calendar: abandonment falls 6 pts during holidays (less time pressure)",
        ], notes="Les données ouvertes ne sont pas un gadget : la météo et les trajets domicile-travail expliquent "
                  "une partie des pics que le client attribuait au hasard."),
        Slide("Cleaning the mess", {"data-preparation": "ok"}, bullets=[
            "Sessions rebuilt from raw events: 30-minute inactivity rule, 11% of bots removed",
            "Baskets joined to orders with a hashed loyalty ID — 64% match rate",
            "Duplicated slot bookings (double clicks) merged; 2.3% of rows dropped as corrupt",
            "Every step scripted in dbt so the client can rerun it each month",
        ]),
        Slide("Toolkit", {"methods": "ok"}, bullets=[
            "BigQuery for the 48M events, pandas for the samples",
            "Funnel analysis step by step, then survival curves on time-to-abandon",
            "k-means on 14 behaviour features to find shopper groups (k=5, silhouette 0.41)",
            "Logistic regression to rank abandonment drivers, checked on a held-out month",
        ]),
        Slide("What shoppers actually do", {"behaviour-analysis": "ok"}, bullets=[
            "Half of abandons happen on the slot page: no evening slot left after 11 am",
            "Shoppers build baskets over 2.7 sessions on average — mostly on mobile at lunch",
            "Substitution warnings ('product may be replaced') trigger 1 in 5 exits",
            "Loyal members abandon less, but come back to finish only if reminded the same day",
        ], image=["Browse", "Basket", "Slot page", "Payment", "Pick-up"],
           notes="Le graphique montre le tunnel : la page des créneaux est le vrai goulot."),
        Slide("Slots × weather × stores", {"data-crossing": "ok"}, bullets=[
            "Crossing slot saturation with weather: rainy days fill evening slots by 10 am",
            "Crossing loyalty profiles with baskets: families with 3+ children abandon most on Fridays",
            "Stores on commuter roads lose 45% of baskets after 5 pm",
        ]),
        Slide("Top findings", {"key-findings-chart": "ok"}, table=[
            ["Finding", "Evidence", "Share of abandons"],
            ["No evening slot left", "slot page exit, 17:00–19:00 full", "49%"],
            ["Substitution warning", "exit within 20 s of the message", "19%"],
            ["Minimum basket €50 not reached", "exit on the payment step", "14%"],
            ["Payment error on mobile", "3-D Secure timeouts", "8%"],
        ], image=["49% slots", "19% substitutions", "14% minimum", "8% payment"]),
        Slide("Old habits, new habits — and who has them", {"patterns": "ok", "personas": "ok"}, bullets=[
            "Then: one big weekly shop on Saturday morning, built on a computer",
            "Now: baskets built in bits on mobile during the week, collected on the way home",
            "Persona 'Nadia, commuter mum': 34, two kids, orders at lunch, collects at 18:15",
            "Persona 'Gérard, Saturday regular': 67, orders on a tablet, wants his usual brands",
            "Persona 'Tom, student flatshare': small baskets, blocked by the €50 minimum",
        ], notes="Slide fusionnée : les anciens et nouveaux usages, et les trois personas qui les portent, "
                  "tirés des cinq groupes du k-means."),
        Slide("Who to win back", {"targets": "empty"}),
        Slide("Heatmap of the week", {"behaviour-dataviz": "ok"}, bullets=[
            "Abandonment rate by hour and weekday: a red band Mon–Fri 17:00–19:00",
            "Saturday is busy but healthy: high orders, low abandon",
        ], image=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
        Slide("Store manager cockpit", {"dashboard": "ok"}, bullets=[
            "Looker Studio board refreshed every night from the dbt models",
            "Slot saturation per store, abandon rate, top exit pages, weather tomorrow",
            "Alert when evening slots are 80% full before noon",
        ], image=["Slots", "Abandons", "Exit pages", "Weather"]),
        Slide("Limits & GDPR", {"limits-gdpr": "ok"}, bullets=[
            "Only 64% of baskets link to a loyalty profile: personas lean on members",
            "Loyalty IDs hashed, no names leave the CRM; logs kept 13 months, as the CNIL advises",
            "Nine months of data: no Christmas peak in the sample",
        ], notes="On insiste sur la pseudonymisation et la durée de conservation ; le DPO de la coopérative a validé."),
        Slide("Next steps", bullets=[
            "Pilot two extra evening slot waves in 5 commuter stores in January",
            "A/B test a softer substitution message",
        ]),
        Slide("Backup — data dictionary & queries", {"appendices": "ok"}, bullets=[
            "Event table: 22 fields, session rule, bot filter list",
            "The 14 clustering features and their definitions",
            "SQL of the funnel and of the slot saturation index",
        ]),
    ],
)
