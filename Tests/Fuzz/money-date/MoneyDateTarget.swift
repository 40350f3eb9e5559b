import VisitDesk

/// The day `+Nd` counts from; fixed so that a failing input fails again.
private let fuzzToday = CalendarDay(year: 2026, month: 12, day: 1)

/// libFuzzer entry point for amounts and dates as people type them: any text must give a
/// value or a parse error, never a trap, and what is accepted must read back to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMoneyAndDates(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    do {
        let amount = try Money.parse(text)
        precondition(amount >= .zero, "\(text) parsed to a negative amount")
        precondition((try? Money.parse(amount.decimalString)) == amount, "\(amount.decimalString) does not read back")
        precondition((try? Money.parse(amount.formatted)) == amount, "\(amount.formatted) does not read back")
    } catch {
        _ = error.description
    }
    do {
        let day = try CalendarDay.parse(text, today: fuzzToday)
        precondition(day.isValid, "\(text) parsed to an impossible day")
        precondition(CalendarDay(dayNumber: day.dayNumber) == day, "\(day) has no stable day number")
        precondition((try? CalendarDay.parse(day.description, today: fuzzToday)) == day, "\(day) does not read back")
    } catch {
        _ = error.description
    }
    return 0
}
