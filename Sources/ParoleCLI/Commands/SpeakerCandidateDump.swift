import Foundation
import Parole

/// The hidden `parole analyze --speaker-candidates` output: for each document, one JSON
/// line with the candidate speakers of each quote and their features, read by
/// `Scripts/quotes/train_speaker_ranker.py`.
enum SpeakerCandidateDump {
    private struct Line: Encodable {
        var id: String
        var features: [String]
        var quotes: [[Candidate]]
    }

    private struct Candidate: Encodable {
        var text: String?
        var canonical: String?
        var rule: Bool
        var f: [Float]
    }

    /// The JSON line of `document`, whose quotes have the candidates `candidates`.
    static func line(_ document: Document, _ candidates: [[SpeakerChoice]]) -> [UInt8] {
        let units = document.utf16
        let quotes = candidates.map { list in
            list.map { choice in
                Candidate(
                    text: choice.speaker.map { String(decoding: units[$0.span.range], as: UTF16.self) },
                    canonical: choice.speaker?.canonical, rule: choice.isRuleChoice, f: choice.features)
            }
        }
        let line = Line(id: document.id, features: SpeakerChoice.featureNames, quotes: quotes)
        return Array((try? JSONEncoder().encode(line)) ?? Data("{}".utf8))
    }
}
