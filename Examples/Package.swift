// swift-tools-version: 6.1
//
// Examples of using Parole as a library from another package.
//
//   swift run --package-path Examples money-stage "Un plafond de 12 500 euros."
//   swift run --package-path Examples quote-database ../shared/corpus/seeds quotes.sqlite

import Foundation
import PackageDescription

// A path dependency is identified by its folder's name, which is whatever the
// repository was cloned as; read it from this manifest's location.
let parole = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

let package = Package(
    name: "ParoleExamples",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        // A custom stage with a layer of its own (amounts of money), registered by name.
        .executableTarget(
            name: "money-stage",
            dependencies: [.product(name: "Parole", package: parole)],
            path: "Sources/MoneyStage"
        ),
        // A quotation database built from a folder of articles through the library API.
        .executableTarget(
            name: "quote-database",
            dependencies: [
                .product(name: "Parole", package: parole),
                .product(name: "ParoleDatabase", package: parole),
            ],
            path: "Sources/QuoteDatabase"
        ),
    ]
)
