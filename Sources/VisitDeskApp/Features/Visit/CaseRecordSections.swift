import Foundation
import VisitDesk

/// The case's records as the case details list them: the next action in effect (whatever set
/// it, its note if set by hand, marked when its day has passed), the upcoming
/// appointments, the last contact attempts (newest first) and the obligations with their
/// state today — each a section whose title carries its count.
struct CaseRecordSections {
    struct Section: Equatable {
        var title: String
        /// The title in the one line of all sections a short pane shows (`→12-05 call`, `Contacts 3`).
        var shortTitle: String
        /// One line each, newest or soonest first.
        var items: [String]
        /// How many there are in all (items may list only some).
        var count: Int
    }

    /// Contact attempts listed at most, newest first.
    static let contactsShown = 3

    static func sections(_ session: CaseSession, _ language: Language) -> [Section] {
        guard let today = session.today else { return [] }
        let clock = VisitClock(timeZone: session.timeZone)
        let t = { (text: LocalizedText) in text[language] }
        let records = session.records
        var sections: [Section] = []
        if let action = session.nextAction {
            let note = action.note.trimmingCharacters(in: .whitespacesAndNewlines)
            let due = CaseEventText.dueText(action, today: today, language: language)
            sections.append(Section(title: "\(t(UIText.nextActionSection)) \(due)", shortTitle: "→\(due.dropFirst(5))",
                                    items: note.isEmpty ? [] : [note], count: note.isEmpty ? 0 : 1))
        }
        let upcoming = records.appointments.filter { $0.day >= today }
        if !upcoming.isEmpty {
            sections.append(Section(title: "\(t(UIText.appointmentsSection)) (\(upcoming.count))",
                                    shortTitle: "\(t(UIText.appointmentsSection)) \(upcoming.first.map { "\($0.day.description.dropFirst(5)) \($0.time)" } ?? "")",
                                    items: upcoming.map { CaseEventText.appointmentText($0, language: language) }, count: upcoming.count))
        }
        let contacts = records.contacts.sorted { $0.value.at > $1.value.at }
        if !contacts.isEmpty {
            let shown = contacts.prefix(contactsShown).map { entry in
                let contact = entry.value
                // Another device's attempt names its operator (`⇄王磊`): the pane is narrow.
                return "\(clock.dateTime(contact.at)) \(t(contact.channel.label)) · \(t(contact.result.label))"
                    + (entry.author.map { " ⇄" + OperatorProfile.name(of: $0.operatorName) } ?? "")
                    + (contact.note.isEmpty ? "" : " — " + contact.note)
            }
            sections.append(Section(title: "\(t(UIText.contactsSection)) (\(contacts.count))",
                                    shortTitle: "\(t(UIText.contactsSection)) \(contacts.count)", items: Array(shown), count: contacts.count))
        }
        if !session.obligations.isEmpty {
            let items = session.obligations.map { CaseEventText.obligationText($0, today: today, language: language) }
            let broken = session.obligations.filter { $0.state(on: today) == .broken }.count
            let title = "\(t(UIText.obligationsSection)) (\(session.obligations.count)"
                + (broken > 0 ? ", \(t(ObligationState.broken.label)) \(broken))" : ")")
            let shortTitle = "\(t(UIText.obligationsSection)) \(session.obligations.count)" + (broken > 0 ? "/\(t(ObligationState.broken.label)) \(broken)" : "")
            sections.append(Section(title: title, shortTitle: shortTitle, items: items, count: session.obligations.count))
        }
        return sections.map { section in
            Section(title: SafeText.neutralised(section.title), shortTitle: SafeText.neutralised(section.shortTitle), items: section.items.map { SafeText.neutralised($0) }, count: section.count)
        }
    }

    /// The sections in `rows` lines at most: every title (each carries its count), then as
    /// many items of each as fit, a section cut short ending in "…and N more"; with fewer rows
    /// than sections, one line of short titles.
    static func fitted(_ sections: [Section], rows: Int, language: Language) -> [(text: String, isTitle: Bool)] {
        guard rows > 0, !sections.isEmpty else { return [] }
        let full = sections.flatMap { [($0.title, true)] + $0.items.map { ("  " + $0, false) } + more($0, shown: $0.items.count, language) }
        if full.count <= rows { return full }
        if rows < sections.count { return [(sections.map(\.shortTitle).joined(separator: " · "), true)] }
        var left = rows - sections.count
        var lines: [(text: String, isTitle: Bool)] = []
        for (index, section) in sections.enumerated() {
            // What is left is shared among this section and the ones after it.
            let share = left / (sections.count - index)
            let needed = section.items.count + more(section, shown: section.items.count, language).count
            let take = min(needed, share)
            lines.append((section.title, true))
            if take == needed {
                lines += section.items.map { ("  " + $0, false) } + more(section, shown: section.items.count, language)
            } else if take > 0 {
                let shown = take - 1
                lines += section.items.prefix(shown).map { ("  " + $0, false) }
                lines.append(("  " + UIText.andMore(section.count - shown)[language], false))
            }
            left -= take
        }
        return lines
    }

    private static func more(_ section: Section, shown: Int, _ language: Language) -> [(String, Bool)] {
        section.count > shown ? [("  " + UIText.andMore(section.count - shown)[language], false)] : []
    }
}
