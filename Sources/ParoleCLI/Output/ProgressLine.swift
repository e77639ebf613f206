import Foundation

/// A one-line progress report on standard error, redrawn in place, shown only
/// when standard error is a terminal and the run lasts more than a moment.
final class ProgressLine {
    private let sink: OutputSink
    private let enabled: Bool
    private let total: Int?
    private let unit: String
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(sink: OutputSink, enabled: Bool, total: Int? = nil, unit: String = "documents") {
        self.sink = sink
        self.enabled = enabled
        self.total = total
        self.unit = unit
    }

    /// Reports `done` items, at most ten times a second.
    func update(_ done: Int, failed: Int = 0) {
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed > 1, now.timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = now
        drawn = true
        let rate = Double(done) / max(elapsed, 0.001)
        var line = "\r\u{1B}[K\(done)"
        if let total { line += "/\(total)" }
        line += " \(unit), \(Int(rate.rounded())) \(unit)/s"
        if failed > 0 { line += ", \(failed) failed" }
        sink.write(line)
    }

    /// Clears the line.
    func finish() {
        guard drawn else { return }
        sink.write("\r\u{1B}[K")
    }
}
