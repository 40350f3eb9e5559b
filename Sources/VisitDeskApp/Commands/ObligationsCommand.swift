import ArgumentParser

/// `visitdesk obligations`: promises and plan instalments, listed or marked by hand.
struct ObligationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "obligations",
        abstract: "List promises and plan instalments with their state, or mark one by hand.",
        discussion: """
            The payment rule: payments are taken in date order and each goes to the earliest obligations it \
            can still count for — agreed on or before the payment's date, due date plus the grace days \
            ([obligations] grace_days in config.toml, default 3) not yet past, not yet fully paid, not marked by \
            hand — filling each before the next; what is left over counts for none. An obligation fully paid \
            is kept; one not fully paid stays pending until its grace period ends, then is partly kept if \
            anything was paid towards it, else broken. A mark by hand overrides the rule (marking it pending \
            hands it back to the rule).
            """,
        subcommands: [ObligationsListCommand.self, ObligationsMarkCommand.self],
        defaultSubcommand: ObligationsListCommand.self)
}
