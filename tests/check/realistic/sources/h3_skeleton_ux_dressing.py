DOC = dict(
    deliverable="ux-data-analysis",
    path="skeleton",
    language="en",
    notes="""Held-out round 3 (h3_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English, how parents buy and sell on a second-hand children's clothing app in Lyon. Guidance deleted.
    Headings retyped as a student would: the business question "What Petit Dressing needs to know", the patterns
    "Five habits we found" and the limits "Caveats, and personal data" (runs replaced, bookmark lost), the methods
    "How we analysed it" (bookmark kept); the dashboard figure deleted (missing); the data crossing is a few lines
    (thin); the targets table left as generated (empty); the visual modelling still our prompt (placeholder).""",
    cover={"project": "Sellers who come back", "client": "Petit Dressing SAS, Lyon",
           "candidate": "Lucie Ferrand", "team": "Lucie Ferrand, Malik Ouedraogo"},
    sections={
        "business-question": dict(status="ok", retitle="What Petit Dressing needs to know", text=[
            "Petit Dressing is a Lyon start-up whose app lets parents sell the clothes their children have "
            "outgrown to other parents, with delivery through parcel lockers or a hand-over in person. It has "
            "148,000 registered users in the Lyon and Saint-Étienne areas and took a 12 % commission on 2.1 million "
            "euros of sales in 2025. Growth has stalled since spring 2026: new buyers keep arriving, but there are "
            "not enough items for them, because most sellers list a first batch and never list again. The founders "
            "asked us what distinguishes the parents who keep selling from those who stop, and where in the app "
            "sellers give up.",
            "We turned this into four questions the data can answer. Where do new sellers drop out between "
            "downloading the app and their second listing? Does the speed of the first sale decide whether a "
            "seller comes back? Are some areas short of sellers compared with the number of young children who "
            "live there? And what do the parents who both buy and sell do differently? Our hypotheses were that a "
            "first sale within a week makes sellers return, and that photos are the step where most of them quit."]),
        "data-sources": dict(status="ok", text=[
            "We used the client's two internal sources and three open datasets, all joined on the commune."],
            tables=[[
                ["App events", "client", "Petit Dressing (Amplitude)", "internal", "—", "CSV export",
                 "one row per event", "daily", "where users stop in the listing flow"],
                ["Orders and listings", "client", "Petit Dressing (PostgreSQL)", "internal", "—", "SQL",
                 "one row per item", "real time", "sales, prices, delays"],
                ["Births by commune", "open data", "INSEE", "insee.fr/fr/statistiques/1893255",
                 "Licence Ouverte 2.0", "CSV", "commune, year", "yearly", "how many young children live in each area"],
                ["Median income by commune", "open data", "INSEE Filosofi", "insee.fr/fr/statistiques/7233950",
                 "Licence Ouverte 2.0", "CSV", "commune", "yearly", "compare sellers' and buyers' areas"],
                ["Parcel lockers", "open data", "La Poste on data.gouv.fr", "data.gouv.fr/datasets/points-de-contact",
                 "Licence Ouverte 2.0", "CSV", "address", "monthly", "distance from home to a locker"]]]),
        "open-data-value": dict(status="ok", text=[
            "The client's data tells us what its users do, but nothing about the parents who are not yet on the "
            "app. The births by commune give the number of children under six in each commune of the two "
            "metropolitan areas, which lets us compare the supply of listings with the number of families that "
            "could sell. The income data show whether the app is used differently in richer and poorer areas, "
            "which the founders suspected but could not check. The parcel locker list lets us compute, for each "
            "seller, the distance from their home commune to the nearest locker, since sending a parcel is part of "
            "every sale. All three datasets are joined to the client's data on the INSEE commune code, obtained "
            "from the postcode users give at sign-up; for the six communes that share a postcode with another, we "
            "split users by their delivery address instead."]),
        "data-preparation": dict(status="ok", text=[
            "Personal data was pseudonymised by the client's developer before we received it: user ids replaced by "
            "random keys, names, emails and street addresses removed."],
            tables=[[
                ["App events", "9.6 million × 14", "Jan 2024 – Sep 2026", "97", "duplicated events after an app "
                 "update in March 2025", "kept the first event of each pair within one second"],
                ["Orders and listings", "412,000 × 22", "Jan 2024 – Sep 2026", "91", "prices typed in cents by "
                 "some users; missing sizes", "prices over 500 € divided by 100; sizes read from the title"],
                ["Births by commune", "2,900 × 6", "2019 – 2024", "100", "communes merged in 2024",
                 "mapped old codes to new ones with the INSEE table"],
                ["Parcel lockers", "1,180 × 9", "Oct 2026", "99", "lockers closed but still listed",
                 "removed the ones marked inactive"]]]),
        "methods": dict(status="ok", retitle="How we analysed it", keep_bookmark=True, text=[
            "For the drop-out question we built a funnel of the seller journey from the app events: account "
            "created, first photo taken, first item published, first sale, second item published. Nine million "
            "events are too many for a spreadsheet, so the funnel was computed in BigQuery with SQL and drawn in "
            "Looker Studio.",
            "For the question of the first sale, we followed cohorts: all sellers who published their first item in "
            "the same month, split by how many days it took to sell, and measured how many published again within "
            "ninety days. We checked the difference with a chi-square test in Python, because the groups are large "
            "enough for it and we wanted to know whether the gap could be chance.",
            "For the areas, we computed for each commune the ratio of active sellers to children under six and "
            "mapped it, then compared it with median income using a simple correlation. For the parents who buy "
            "and sell, we ran a k-means clustering on eight behaviour variables per user (listings, purchases, "
            "average price, days between visits, share of bundles, and so on), with Python's scikit-learn, "
            "choosing five groups because more groups gave clusters the marketing team could not tell apart. Every query and notebook is kept in the project's shared repository, "
            "so that the client's developer can run them again each quarter on fresh data."]),
        "behaviour-analysis": dict(status="ok", text=[
            "Where sellers give up. Of 100 parents who create an account to sell, 64 take at least one photo, 41 "
            "publish a first item and 29 sell it within a month; only 12 publish a second item within ninety days. "
            "The sharpest fall is not at the photo step, as the founders thought, but between the photo and the "
            "publication: the listing form asks for brand, size, condition, colour and price on a single screen, "
            "and 37 % of sellers who reach it leave it without publishing. Session recordings show them scrolling "
            "the brand list, which has 2,300 entries. The photo step loses fewer people than we expected: our "
            "hypothesis is refuted.",
            "The first sale decides. Among sellers whose first item sold within seven days, 46 % published again "
            "within ninety days; when the first sale took more than thirty days, only 9 % did. The difference is "
            "significant (chi-square, p < 0.001) and holds in every monthly cohort since January 2024. Speed of "
            "the first sale depends mostly on price: items listed under the median price of their category sold "
            "in four days on average, those above it in nineteen. This confirms our second hypothesis, but it is "
            "a correlation: sellers who price well may also be more motivated in general.",
            "Bundles sell. Lots of three to six items of the same size account for 18 % of listings but 34 % of "
            "sales, and they sell twice as fast as single items. Buyers who bought a bundle came back to buy again "
            "in 58 % of cases, against 31 % for single-item buyers.",
            "Buyers and sellers are mostly different people. Only 14 % of active users both buy and sell. They are "
            "the most valuable group: they list 3.4 times more items than sellers who never buy, and they often "
            "sell the previous size when buying the next one. Their pattern is visible in the data as a purchase "
            "and a listing on the same day in 41 % of their visits.",
            "Timing is seasonal. Listings peak in April and October, when parents sort wardrobes at the change of "
            "season, while purchases peak three weeks later. Sellers who list in the peak wait longer for a first "
            "sale, because so many items arrive at once, which partly explains why spring sellers return less "
            "often than autumn ones. We did not find any difference by device or by age of the account that was "
            "significant once the first sale was taken into account."]),
        "data-crossing": dict(status="thin", text=[
            "Crossing active sellers with births by commune shows that the eastern suburbs of Lyon (Vaulx-en-Velin, "
            "Bron, Saint-Priest) have three times fewer sellers per young child than central Lyon, although they "
            "have as many buyers. Those communes also have the lowest median incomes and fewer parcel lockers."]),
        "key-findings-chart": dict(status="ok", image=["Account 100", "Photo 64", "Published 41", "Sold 29",
                                                       "Second item 12"],
                                   caption="Only 12 sellers in 100 list a second item: the listing form loses the most"),
        "patterns": dict(status="ok", retitle="Five habits we found", tables=[[
            ["One-shot sorter", "current", "lists a batch after sorting the wardrobe, never returns",
             "second listing rate 12 %", "61 % of sellers", "make the second listing easy"],
            ["Size swapper", "current", "sells the outgrown size when buying the next",
             "purchase and listing on the same day", "14 % of users", "reward it, it feeds supply"],
            ["Bundle hunter", "current", "buys lots of one size to dress a child for a season",
             "repeat purchase 58 %", "22 % of buyers", "suggest bundles to sellers"],
            ["Seasonal rusher", "current", "lists in April and October with everyone else",
             "first sale 2.3 times slower", "35 % of listings", "spread listings over the season"],
            ["Hand-over neighbour", "new", "meets the buyer nearby instead of sending a parcel",
             "hand-overs up from 8 % to 19 % in 2026", "growing, 19 % of sales",
             "show nearby buyers first"]]]),
        "personas": dict(status="ok", skip_cols=1, tables=[[
            [None, "Aurélie, 35, two children (2 and 5), Villeurbanne – a size swapper"],
            [None, "Nurse in a hospital, shift work; household income near the Lyon median"],
            [None, "Dress her children cheaply and clear the wardrobe as they grow"],
            [None, "The long listing form on her phone after a night shift; slow sales in April"],
            [None, "Buys a bundle and lists the previous size on the same evening, about every seven weeks"],
            [None, "App notifications, parcel locker next to the supermarket, hand-over in the park"],
            [None, "'If it doesn't sell in a week, I give the bag to my sister.'"]]]),
        "targets": dict(status="empty"),
        "visual-modelling": dict(status="placeholder"),
        "behaviour-dataviz": dict(status="ok", image=["One-shot 61 %", "Swapper 14 %", "Bundle 22 %",
                                                      "Seasonal 35 %", "Hand-over 19 %"],
                                  caption="The five habits by share of users, with the size swappers highlighted "
                                          "as the group to grow (source: Petit Dressing, 2024-2026)"),
        "dashboard": dict(status="missing"),
        "limits-gdpr": dict(status="ok", retitle="Caveats, and personal data", text=[
            "The data covers only people who already use the app, so it tells us nothing about parents who sell "
            "elsewhere, at jumble sales or on general marketplaces. The app events before March 2025 lost about "
            "3 % of sessions, which makes the early funnel a little too optimistic. Several results are "
            "correlations: a quick first sale goes with returning sellers, but we cannot prove that one causes the "
            "other without a test, which we recommend.",
            "On personal data, the legal basis is the client's legitimate interest in improving its service, "
            "mentioned in its privacy notice. We received pseudonymised data only, with no names, emails or "
            "addresses, and kept nothing finer than the commune for location. The extracts are stored on the "
            "client's drive and will be deleted at the end of the project, in February 2027."]),
        "appendices": dict(status="ok", text=[
            "Appendix A gives the data dictionary of the twenty-two order fields and the fourteen event fields we "
            "used. Appendix B holds the SQL of the seller funnel and of the cohort table, and the Python notebook "
            "of the clustering with the choice of the number of groups. Appendix C shows the map of sellers per "
            "young child for all communes of the two metropolitan areas, and the monthly cohort chart from January "
            "2024 to June 2026, so that the figures in this report can be checked by the jury or by the client."]),
    },
)
