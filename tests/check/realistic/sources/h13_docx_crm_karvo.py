from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English: Karvo, an online seller of refurbished espresso machines based in Lille, wants its 23,000
    buyers to come back for beans, descaling kits and servicing. Numbered headings (1. to 10., sub-sections 3.1 and
    8.1), paraphrased titles, a segment table under its own sub-heading. The author gave no dates or timeline
    anywhere (calendar missing); the dashboard sub-heading "8.1 Dashboard" has nothing under it (empty). Every
    other section is written.""",
    title="Karvo – Bringing buyers back: CRM plan 2027",
    cover=["Project deliverable – Customer relationship", "Team: Hugo Marchal, Inès Bouaziz, Tom Vandenberghe"],
    blocks=[
        H(1, "1. Where we stand: what the order data tells us", {"diagnosis": "ok"}),
        P("We exported every order placed on karvo.fr between January 2023 and October 2026 from Shopify, along "
          "with the after-sales tickets from Zendesk and the newsletter statistics from Brevo. That gives 23,480 "
          "customers and 31,900 orders. The picture is clear and slightly worrying: 81 % of customers bought "
          "exactly once, almost always a machine, and never came back. Average basket on the first order is "
          "412 euros, while repeat orders average only 38 euros, mostly coffee beans and descaling tablets."),
        P("Repeat buyers are not random. Customers who opened a support ticket in their first month and had it "
          "solved within 48 hours are three times more likely to order again than those who never contacted us. "
          "Customers who bought the 'barista starter' bundle also come back more often, because they run out of "
          "the beans we included. On the other hand, the newsletter reaches everyone with the same content: open "
          "rates have fallen from 31 % to 17 % in two years and the unsubscribe rate doubled after we sent four "
          "promotions in one week in November 2025."),
        P("Two data problems limit us. Around 2,900 customers exist twice because they ordered as guests and "
          "later created an account, and the machine model is written in free text on a third of the orders, "
          "which makes it hard to know who needs which spare part."),
        H(1, "2. Objectives for 2027", {"smart-objectives": "ok"}),
        L(["Raise the share of customers with a second order within twelve months from 19 % to 30 % by December 2027.",
           "Sell a servicing plan to 1,500 machine buyers by the end of 2027, against 210 today.",
           "Bring the newsletter open rate back above 28 % by June 2027 by sending fewer, targeted emails.",
           "Merge duplicate customer records and reach fewer than 1 % duplicates by March 2027.",
           "Cut returns from bargain hunters from 9 % to 6 % of their orders by the end of 2027, by describing machines more honestly."]),
        H(1, "3. Four kinds of Karvo customers", {"segmentation": "ok"}),
        P("We grouped customers by what they bought first, how much they spent and whether they came back. We "
          "tried a more sophisticated clustering with ten variables, but the sales team could not explain the "
          "groups it produced, so we kept four segments that anyone at Karvo can recognise when a customer calls."),
        P("The enthusiasts bought a high-end machine and a grinder and often write to us for advice; they are few "
          "but spend the most over time. The home comfort buyers want good coffee without effort, bought a "
          "mid-range automatic machine and rarely open our emails. The offices are small companies with five to "
          "thirty staff who buy one machine and large bags of beans; they reorder regularly when we remind them. "
          "Finally, the bargain hunters came for a promotion, bought the cheapest model and have the highest rate "
          "of returns. Each segment needs a different message and a different amount of our time. The table below gives the size of each "
          "group and what it is worth to Karvo today, measured on the last three years of orders."),
        H(2, "3.1 Segment overview", {"segment-table": "ok"}),
        T([["Segment", "Customers", "Share of revenue", "Repeat rate", "What they value", "Priority"],
           ["Enthusiasts", "2,100", "24 %", "41 %", "advice, rare beans, grinder upgrades", "high"],
           ["Home comfort", "11,300", "43 %", "15 %", "reliability, easy servicing", "high"],
           ["Offices", "1,650", "19 %", "52 %", "reorders without thinking, invoices", "medium"],
           ["Bargain hunters", "8,430", "14 %", "6 %", "price", "low"]]),
        H(1, "4. From first order to loyal customer", {"lifecycle-strategy": "ok"}),
        P("The first thirty days decide everything. After delivery, every buyer will receive a short video on "
          "setting up their exact model, then a call offer from a technician if the machine shows a fault code. "
          "This is where the support data says loyalty is won, so we move two of our six technicians to proactive "
          "onboarding calls for home comfort buyers."),
        P("Between the second and the sixth month, the aim is the second order: beans matched to the machine, a "
          "reminder when the descaling kit should be running out, and for offices an automatic reorder every six "
          "weeks. After a year, we propose the servicing plan at 9 euros a month. Customers who have gone silent "
          "for eighteen months get one last personal email from a technician, not a discount code, and are then "
          "left in peace. Bargain hunters receive only the onboarding and the reminder, nothing more. We will "
          "check each step against the repeat rate of its segment and drop any step that has not moved it after six months."),
        H(1, "5. What we will do", {"action-plan": "ok"}),
        L(["Clean and merge customer records, and turn the machine model into a list field at checkout.",
           "Record the onboarding videos for the twelve best-selling models.",
           "Build four email journeys in Brevo, one per segment, replacing the single weekly newsletter.",
           "Launch the servicing plan with a first free descaling visit for enthusiasts.",
           "Set up automatic reorders for offices, with invoices sent to their accounting address.",
           "Train the support team to tag every ticket with the segment and the reason for contact.",
           "Write a one-page guide for the sales team that describes the four segments and how to recognise them on a call."]),
        H(1, "6. Tools and CRM set-up", {"steering-tools": "ok"}),
        P("Karvo already pays for Shopify, Zendesk and Brevo, but the three tools do not talk to each other: the "
          "support team cannot see what a caller bought, and marketing cannot see who complained last week. We "
          "compared three options. HubSpot would replace Brevo and connect to the rest, but the Professional plan "
          "costs about 18,000 euros a year for our contact volume. Klaviyo is built for Shopify and handles the "
          "email journeys very well, but it does not cover support tickets. Keeping Brevo and adding a connector "
          "through Make costs the least but depends on one person who knows how the connections work."),
        P("We recommend Klaviyo for journeys and segments, connected natively to Shopify, with the Zendesk "
          "integration that shows the last orders in each ticket. It costs around 7,800 euros a year and the "
          "team can run it without a developer. Steering happens in a monthly meeting between marketing and "
          "support, where we look at the indicators in section 8 and decide which journeys to change. Hugo owns "
          "the CRM set-up; Inès owns the segment definitions and will review them every six months, because the "
          "office segment is growing quickly and may need to be split. A shared document records every change "
          "to a journey so that we can connect a change in results to what we did."),
        H(1, "7. GDPR and consent", {"consent": "ok"}),
        P("Today, the newsletter box at checkout is ticked by default, which is not valid consent under the GDPR "
          "and probably explains part of the unsubscribes. From January the box will be unticked, and buyers will "
          "choose between three kinds of messages: advice for their machine, offers, and reorder reminders. "
          "Service emails about an order or a repair do not need consent and stay separate. Customers who have "
          "not bought or opened anything in three years will be deleted, as our privacy notice already promises "
          "but never did in practice. Office customers are companies, but their contacts are still people, so "
          "the same rules apply to them. Inès will check a sample of consent records every quarter and keep the "
          "proof of each choice, with its date, in the customer record."),
        H(1, "8. Measuring success", {"kpi-table": "ok"}),
        P("We keep a short list of indicators that the monthly meeting can actually discuss. Each one has a "
          "current value measured on the 2026 data and a target for the end of 2027."),
        T([["Indicator", "Now", "Target end 2027", "Source"],
           ["Second order within 12 months", "19 %", "30 %", "Shopify"],
           ["Servicing plans sold", "210", "1,500", "Shopify subscriptions"],
           ["Newsletter open rate", "17 %", "28 %", "Klaviyo"],
           ["Tickets solved within 48 hours", "64 %", "85 %", "Zendesk"],
           ["Duplicate customer records", "12 %", "below 1 %", "CRM audit"],
           ["Servicing plans cancelled within a year", "no data yet", "under 15 %", "Shopify subscriptions"]]),
        P("A target is only changed at the monthly meeting, with the reason written down, never in between."),
        H(2, "8.1 Dashboard", {"kpi-dashboard": "empty"}),
        H(1, "9. Why this fits Karvo", {"brand-fit-value": "ok"}),
        P("Karvo's promise since 2019 has been that a second-hand machine can be as good as a new one if someone "
          "takes care of it. Our customers do not come to us for the lowest price; our own survey shows that "
          "reliability and advice are the two reasons they chose us over the big marketplaces. A CRM built on "
          "promotions would contradict that promise, and the November 2025 episode showed what happens when we "
          "try. This plan puts the technicians, not the discount codes, at the centre of the relationship."),
        P("It also matters for the business model. A refurbished machine sold once earns about 70 euros of margin "
          "after repair costs; a customer who takes the servicing plan and buys beans every two months brings in "
          "three times that over three years. Repeat customers also send back their old machine when they "
          "upgrade, which feeds our refurbishing workshop with the models we sell best. Finally, a cleaner "
          "customer base and honest consent reduce the risk of a complaint to the CNIL, which a company of "
          "forty people could not absorb easily. The plan therefore protects the brand, raises the value of each "
          "customer and secures our supply of machines. Our two founders, who still repair machines on Fridays, read the plan "
          "and said it sounds like the company they wanted to build, which is the test we cared about most."),
        H(1, "10. Expected return", {"expected-value": "ok"}),
        T([["", "2027 cost", "2027 extra margin", "Comment"],
           ["Klaviyo and integrations", "7,800 €", "", "yearly licence"],
           ["Onboarding videos", "6,500 €", "", "one-off"],
           ["Technician time on onboarding", "28,000 €", "", "two technicians, half their time"],
           ["Second orders", "", "61,000 €", "from 19 % to 30 % repeat"],
           ["Servicing plans", "", "34,000 €", "1,500 plans, part year"],
           ["Total", "42,300 €", "95,000 €", "return of about 2.2 to 1"]]),
    ],
    missing=["calendar"],
)
