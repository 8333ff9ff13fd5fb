from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="pandoc",
    language="en",
    notes="""Held-out round 20 (h20_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: Librairies Vauquelin, five independent bookshops in Lille, Arras and Douai with a loyalty card held by
    46,000 people, want to stop losing readers to online sellers. Headings in the authors' own words, numbered,
    one question; a segmentation table; a section of their own on the data they received. They never set
    objectives with targets, never mention consent or data protection and give no figure for the value or the return
    (three sections missing); the dashboard heading has nothing under it (empty).""",
    title="Librairies Vauquelin – bringing card holders back to the shelves",
    cover=["Data project · CRM plan", "Hugo Lefebvre, Sarah Ouali · December 2026"],
    missing=["smart-objectives", "consent", "expected-value"],
    blocks=[
        H(1, "0. The data we were given", {}),
        P("Vauquelin sent us the till export of its five shops from January 2023 to October 2026 (1.9 million "
          "lines), the card holders' file and the newsletter statistics. Names and emails were replaced by an "
          "identifier before we received them."),
        H(1, "1. What the receipts say", {"diagnosis": "ok"}),
        P("Vauquelin has 46,000 card holders, but only 17,500 of them bought at least once in the last twelve "
          "months. Card sales are 61% of revenue, so the card is the right lever, yet two thirds of the file is "
          "asleep. The decline is not spread evenly. Readers under 35 who joined before 2022 have almost all "
          "stopped: their visits fell from six a year to under two, and the exit interviews we ran in the Lille "
          "shop point to online sellers and e-books, not to our prices, which are fixed by law anyway. Readers "
          "over 55 remain loyal and buy novels and history, but they spend less each year."),
        P("Two facts stood out when we crossed the receipts with the events calendar. First, customers who came "
          "to at least one author signing spend 2.3 times more in the following year than comparable customers "
          "who never came, and they come back sooner. Second, parents who buy children's books in September "
          "come back in December in 70% of cases, but almost never between January and August. The newsletter "
          "is sent to everybody once a month with the same content; its open rate fell from 31% to 18% in three "
          "years, and nobody in the shops knows what it contained. Finally, the card gives one euro back per "
          "twenty spent, which readers barely notice: the average customer earns a four-euro voucher a year and "
          "a third of vouchers are never used."),
        H(1, "2. Five kinds of readers", {"segmentation": "ok"}),
        P("We grouped card holders by recency, frequency and amount over the last 24 months, then added what they "
          "read, using the publishers' categories on each receipt line: fiction, comics and manga, children's "
          "books, essays and history, practical books. A k-means model on these nine variables gave seven groups; "
          "we merged two that the booksellers could not tell apart and one too small to act on, and kept five."),
        P("We then checked each group with the booksellers of Arras and Lille, who recognised them at once and "
          "gave them the names used below. The segments are recomputed each month by a script in the shops' "
          "cash register software, so a reader who comes back moves group the following month. Readers without "
          "a card, about 39% of sales, stay out of reach; the plan tries to bring some of them into the card "
          "rather than to target them directly. Each group gets one owner in the head office, who answers for "
          "its figures and decides what the group receives, so that no reader gets two messages in a week."),
        H(2, "2.1 The five groups side by side", {"segment-table": "ok"}),
        T([["Group", "Who", "Card holders", "Share of card sales", "Last-year trend", "Priority"],
           ["Faithful readers", "55+, novels and history, 8+ visits", "5,200", "38%", "−4% per head", "keep"],
           ["Signing regulars", "came to an event in 2 years", "2,100", "17%", "+6%", "grow"],
           ["Back-to-school parents", "children's books in Sept and Dec only", "6,400", "19%", "stable", "spread"],
           ["Manga and comics fans", "under 30, comics section", "3,800", "14%", "−9%", "win back"],
           ["Sleepers", "no purchase for 12 months or more", "28,500", "0%", "growing", "wake some"]]),
        H(1, "3. One move for each stage of the relationship", {"lifecycle-strategy": "ok"}),
        P("We did not want five campaigns pushing discounts: books are sold at a fixed price in France and the "
          "shops have nothing to give away. What they have is advice, events and a place. So each move gives a "
          "reader a reason to come in rather than a reduction."),
        L(["New card holders: a welcome email from the bookseller of their shop with three picks in the category "
           "of their first purchase, and an invitation to the next signing.",
           "Growing readers (signing regulars, manga fans): early booking for events, a manga club on Wednesday "
           "evenings in Lille and Arras, a reserved copy of the next volume of a series they follow.",
           "Loyal readers: the card changes from money back to a 'ninth book chosen by us', wrapped and signed by "
           "a bookseller, which the faithful readers said they would like more than a voucher.",
           "Seasonal parents: a spring message about the children's book fair in April and the summer reading "
           "list, so that September is not their only visit.",
           "Sleepers: one letter, not ten emails, inviting them to a signing near home; those who do not react "
           "are left in peace and removed from the newsletter after a year."]),
        H(1, "4. Who does what, and when", {"action-plan": "ok", "calendar": "ok"}),
        T([["Action", "For whom", "Channel", "Owner", "Start", "Cost"],
           ["Welcome email with picks", "new card holders", "email", "each shop's manager", "Feb 2027", "€800"],
           ["Wednesday manga club", "manga and comics fans", "shop + Instagram", "Lille comics seller",
            "Mar 2027", "€2,400"],
           ["Ninth book chosen by us", "faithful readers", "card, in shop", "head of buying", "Apr 2027", "€9,000"],
           ["Spring message for parents", "back-to-school parents", "email + SMS", "Hugo", "Apr 2027", "€600"],
           ["Wake-up letter and signing invitation", "sleepers over 12 months", "post", "Sarah", "May 2027",
            "€6,500"]]),
        P("The order follows the shops' year. Nothing new starts in November and December, when every bookseller "
          "is on the shop floor for Christmas, and the summer is used to prepare the September return. The "
          "welcome email goes first because it costs almost nothing and teaches the managers the new segment "
          "field before heavier actions. The letter to sleepers waits until May so that the signing programme "
          "of the spring is already printed."),
        H(1, "5. The tools, kept simple", {"steering-tools": "ok"}),
        P("Vauquelin runs its tills on Librisoft, which already stores the card and every purchase, and sends its "
          "newsletter with Sendinblue. We add no new software. A monthly script, written in Python by Hugo and "
          "handed over with a two-page guide, reads the Librisoft export, computes each reader's group and writes "
          "it back into the card file as a field, so that booksellers see it on screen when they scan a card. "
          "Sendinblue receives the same field through its import, which lets the marketing assistant build each "
          "audience in two clicks instead of exporting lists by hand."),
        P("Steering happens in two places. Each shop manager gets a one-page sheet on the first Monday of the "
          "month with the figures of their shop only: how many readers came back, how many joined the card, "
          "how many came to an event. The owners get the same figures for the five shops in a Google Sheets "
          "file that reads the script's output, with a line per action and the month's result next to its "
          "goal. We trained the five managers in a half-day session in November; two of them asked to see the "
          "group on the till screen, which is why we added it there. The whole set-up costs the company a few "
          "hours of the assistant's time each month and nothing in licences, which the owners asked for."),
        H(1, "6. How we will know it works", {"kpi-table": "ok"}),
        T([["Indicator", "How it is counted", "Source", "How often", "Alert when", "Who reacts"],
           ["Active card holders", "bought at least once in 12 months", "Librisoft", "monthly", "falls below 17,000",
            "owners"],
           ["Signing attendance from the card", "card holders scanned at events", "event sheet", "per event",
            "under 30 people", "events manager"],
           ["Manga club return rate", "members who came twice in a month", "club list", "monthly", "below 50%",
            "Lille comics seller"],
           ["Sleepers woken", "sleepers with a purchase within 60 days of the letter", "Librisoft", "after each wave",
            "below 4%", "Sarah"],
           ["Newsletter opens by group", "opens divided by emails delivered, per group", "Sendinblue", "monthly",
            "below 20%", "marketing assistant"]]),
        H(2, "6.1 Dashboard mock-up", {"kpi-dashboard": "empty"}),
        H(1, "7. Does it still feel like Vauquelin?", {"brand-fit-value": "ok"}),
        P("Vauquelin is proud of being a bookshop where someone has read the book, and its owners told us at the "
          "first meeting that they would rather lose customers than send promotional spam. Every action in the "
          "plan is signed by a bookseller, speaks of books before it speaks of the shop and gives something that "
          "a website cannot: a signed copy, a club with people, a place at an event. We dropped an idea we liked "
          "on paper, a points race between readers, because the booksellers of Douai found it childish, and we "
          "rewrote the sleepers' letter three times until the Arras manager said it sounded like her."),
        P("For the company, the plan is worth it because it works on people who already know the shops. Bringing "
          "even one sleeper in twenty back for two visits a year adds more than the whole manga club, at the cost "
          "of a stamp. The faithful readers, who bring more than a third of card sales, get something they "
          "value without costing the shops a margin they do not have. The events, which the owners saw as a "
          "cost, become the centre of the plan, since the receipts show that those who attend spend far more "
          "afterwards. And the segment visible at the till turns the booksellers' memory of their regulars "
          "into something a new employee can use on the first day."),
    ],
)
