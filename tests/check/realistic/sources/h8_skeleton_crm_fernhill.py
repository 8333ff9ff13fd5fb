from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="skeleton",
    language="en",
    notes="""Held-out round 8 (h8_), written and labelled on 2026-12-01 before any run of check. Started from our
    English skeleton: a chain of nine garden centres in the English Midlands with a loyalty card of 52,000
    members. Guidance deleted. The diagnosis heading retyped "What the till data shows" and the brand heading
    renamed in the student's own words "Does it still feel like Fernhill?" (runs replaced, bookmarks lost); the
    calendar heading retyped "Timing, month by month" keeping its bookmark. The consent section still our prompt
    (placeholder); every other section written, tables filled, dashboard picture inserted.""",
    cover={"project": "Fernhill loyalty relaunch", "client": "Fernhill Garden Centres",
           "team": "Priya Nair, Callum Reid", "candidate": "Priya Nair", "school": "Web School Factory"},
    sections={
        "diagnosis": dict(status="ok", retitle="What the till data shows", text=[
            "Fernhill runs nine garden centres between Leicester and Stoke, each with a café and a pet corner. "
            "The Green Card loyalty scheme has 52,000 members, who account for 61% of takings. We worked on three "
            "years of till receipts linked to card numbers, the café's own system and the spring survey answered "
            "by 4,800 members.",
            "Three things stand out. Spending is extremely seasonal: April to June brings 47% of the year's plant "
            "sales, and half of the members who buy in spring do not come back before the next spring. Second, "
            "the café is the hidden glue: members who use the café at least once a month visit 2.6 times more "
            "often and spend 38% more on plants than those who never do. Third, the scheme is losing its "
            "younger members: among card holders under 40, one in three stopped using the card in 2026, mostly "
            "after their first house move season ended. The current CRM is one printed newsletter per quarter "
            "and a generic 10% voucher in March. Nobody uses the email addresses collected at the till, and "
            "the store managers cannot see who their regulars are. The brief from the marketing director is "
            "clear: more visits outside the spring peak, without turning Fernhill into a discount shop.",
            "We also looked at what members buy on the rare autumn visits: bulbs, hedging and bird food, all items with a better margin than the spring bedding plants."]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Bring spring buyers back in autumn", "51% of spring buyers return before March", "two visits outside spring", "share of spring buyers with an autumn visit", "49%", "62%", "Nov 2027"],
            ["Grow café use among members", "22% use the café monthly", "café as a reason to visit", "members with a café receipt each month", "22%", "30%", "Dec 2027"],
            ["Keep under-40 members active", "one in three inactive", "card used every quarter", "under-40 members active per quarter", "66%", "78%", "Dec 2027"]]]),
        "segmentation": dict(status="ok", text=[
            "We scored every member on recency, frequency and value over the last 24 months, then split them by "
            "what they buy: plants only, plants and café, or pets and café. The RFM scores gave four levels and "
            "the basket type three families; after merging the small groups we kept five segments that store "
            "staff recognised immediately when we showed them the list of names for their own centre.",
            "The Devoted Gardeners buy all year and use the café; the Spring Planters come in April and May "
            "only, with large baskets; the Café Locals come mainly for lunch and the pet corner; the New Nesters "
            "are under 40, joined in the last two years and buy starter kits; the Dormant have not used the card "
            "for a year. We checked that the segments differ on churn and on margin, not only on age, before "
            "linking each of them to a stage of the member's life with us. Segments are recomputed every Sunday night, so a member can move from one to another as the seasons turn."]),
        "segment-table": dict(status="ok", tables=[[
            ["Devoted Gardeners", "R5 F4-5 M4-5", "loyalty", "7,300", "29%", "£1,140", "1"],
            ["Spring Planters", "R3-4 F2 M4", "retention", "15,600", "24%", "£520", "1"],
            ["Café Locals", "R5 F5 M2", "retention", "8,900", "11%", "£380", "2"],
            ["New Nesters", "tenure < 2 years, under 40", "onboarding", "9,200", "9%", "£310", "2"],
            ["Dormant", "R1, no use for 12 months", "win-back", "11,000", "0%", "£150", "3"]]]),
        "lifecycle-strategy": dict(status="ok", skip_cols=1, text=[
            "Each stage gets one clear move, tied to the pattern we saw in the receipts rather than to a calendar "
            "of promotions. We start where the money is lost: the gap between the spring peak and the autumn. Acquisition comes last: it is cheaper to keep a Spring Planter than to find a new gardener, and the referral packet costs us under a pound. Café Locals are not in the table: they already come every week, and the café stamp in the action plan is enough for them."],
            tables=[[
            [None, "friends of New Nesters", "under-40s leave after first season", "one visit for a starter kit", "come back for the seasons", "refer-a-friend seed packet", "grow it together"],
            [None, "New Nesters", "first-year drop after summer", "no visit July to March", "one visit per season", "seasonal planting guide by email", "your first garden, season by season"],
            [None, "Spring Planters", "autumn gap", "no autumn visit", "bulbs and hedging in October", "autumn planting evening with café voucher", "spring starts in autumn"],
            [None, "Dormant", "card unused 12 months", "no visit", "one visit in spring", "named letter with a free herb plant", "we've kept a plant for you"]]]),
        "action-plan": dict(status="ok", tables=[[
            ["Autumn planting evenings", "Spring Planters", "autumn visit", "email + in-store poster", "spring starts in autumn", "store managers", "Oct 2027", "£9,000", "autumn return rate"],
            ["Season-by-season guide", "New Nesters", "quarterly activity", "email, 4 issues a year", "your first garden", "Priya", "from Mar 2027", "£3,500", "active under-40 members"],
            ["Café loyalty stamp linked to the Green Card", "Café Locals, Devoted", "café use", "card at the till", "every tenth coffee on us", "café lead", "Feb 2027", "£14,000", "monthly café members"],
            ["Free herb plant letter", "Dormant", "win-back", "post", "we've kept a plant for you", "Callum", "Apr 2027", "£6,000", "reactivation rate"]]]),
        "calendar": dict(status="ok", retitle="Timing, month by month", keep_bookmark=True, text=[
            "Month 1 is February 2027. The autumn evenings come last because they need the stamp and the guide to be running first, so that we can invite people we already know."], tables=[[
            ["Café stamp on the Green Card", "till", "café lead", "set-up", "launch", "all centres", "", "", "review"],
            ["Season-by-season guide", "email", "Priya", "write issue 1", "", "issue 1 sent", "", "", "issue 2 sent"],
            ["Free herb plant letter", "post", "Callum", "", "list cleaned", "printing", "letters sent", "", "results read"],
            ["Autumn planting evenings", "store + email", "store managers", "", "", "", "venues booked", "invitations", "first evenings"]]]),
        "steering-tools": dict(status="ok", text=[
            "Fernhill already pays for a till system that keeps card numbers and for Mailchimp, which marketing "
            "uses for the newsletter. We do not propose a new CRM licence. The member file is exported from the "
            "tills every night into a shared Google Sheet that recomputes the RFM scores and the segment of "
            "each member; Mailchimp reads the segment column through its built-in connector, so each campaign "
            "goes to the right people without anybody copying lists by hand.",
            "For steering, the store managers get a one-page report on Monday mornings with their own centre's "
            "numbers: visits by segment, café stamps, returns from the last campaign, and a short list of "
            "Devoted Gardeners who have not come for six weeks, so that staff can greet them by name or give "
            "them a ring. Marketing sees the same report for the whole chain, plus the cost of each action. "
            "We tested the report with two managers in November; both asked for fewer numbers and bigger "
            "arrows, which we did. The whole set-up takes about three days of work from Callum and no "
            "extra software budget, which matters to a family business that is sceptical of tools nobody "
            "opens after the first month. If the scheme grows, the same sheet can be moved to a proper CRM later without changing the segments or the reports the managers have learnt to read."]),
        "consent": dict(status="placeholder"),
        "kpi-table": dict(status="ok", tables=[[
            ["Autumn return rate", "bring spring buyers back", "spring buyers with an Oct-Dec visit / spring buyers", "till export", "monthly", "62%", "below 52% in November", "Priya", "second invitation wave"],
            ["Monthly café members", "café as a reason to visit", "members with a café stamp / active members", "café till", "monthly", "30%", "below 24%", "café lead", "stamp offer reviewed"],
            ["Active under-40s", "keep New Nesters", "under-40 members with a visit in the quarter", "till export", "quarterly", "78%", "below 68%", "Priya", "guide content changed"],
            ["Reactivation rate", "win back Dormant", "letters followed by a visit within 60 days", "till export", "per wave", "12%", "below 6%", "Callum", "stop the letter"]]]),
        "kpi-dashboard": dict(status="ok", image=["Autumn returns", "Café members", "Under-40s active", "Reactivation"],
                              caption="Monday dashboard, one centre: four tiles against target."),
        "brand-fit-value": dict(status="ok", retitle="Does it still feel like Fernhill?", text=[
            "Fernhill is a family firm that sells advice as much as plants. Customers say in the survey that they "
            "come for the staff who know their gardens and for the café's cakes, and the lowest scores go to "
            "anything that looks like a supermarket promotion. Every action in this plan therefore gives time, "
            "knowledge or a small gift rather than a discount: a planting evening with the head gardener, a "
            "guide written by the staff, a plant kept aside for a member who has not come for a while. The "
            "letters are signed by the manager of the member's own centre, and the tone of the emails stays "
            "that of a neighbour who gardens, not of a retailer.",
            "The value for the company comes from the off-season. If a third of the Spring Planters who do not "
            "return today make one autumn visit with the average autumn basket of £46, that is about £230,000 "
            "of extra sales a year, at a margin above the chain's average because bulbs and hedging are cheap "
            "to stock. The café stamp protects a business that already makes a fifth of the profit. The costs "
            "are small and mostly staff time, which the managers told us is available in the autumn, when the "
            "centres are quiet and the teams are looking for reasons to see customers."]),
        "expected-value": dict(status="ok", skip_cols=1, tables=[[
            [None, "£230,000", "£260,000", "£280,000"],
            [None, "£85,000", "£95,000", "£100,000"],
            [None, "£32,500", "£28,000", "£28,000"],
            [None, "£0", "£0", "£0"],
            [None, "£24,000", "£24,000", "£25,000"],
            [None, "£258,500", "£303,000", "£327,000"],
            [None, "460%", "580%", "610%"]]]),
    },
)
