// swift-tools-version: 6.1
//
// libFuzzer targets for Parole, built with -sanitize=fuzzer,address by run.sh:
//
//   Scripts/fuzz/run.sh 60          # every target for 60 seconds
//
// Each target is a library-style file (no main: libFuzzer provides it).

import Foundation
import PackageDescription

// A path dependency is identified by its folder's name (see Examples/Package.swift).
let parole = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent

let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ParoleFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../..")],
    targets: [
        // Bytes as a text file and as a JSONL file through DocumentReader.
        .executableTarget(
            name: "FuzzReader", dependencies: [.product(name: "Parole", package: parole)], swiftSettings: fuzzerFlags),
        // Text through every stage; every span must stay inside the text, and the JSON must encode.
        .executableTarget(
            name: "FuzzPipeline", dependencies: [.product(name: "Parole", package: parole)],
            swiftSettings: fuzzerFlags),
        // Analysed text stored in an in-memory quotation database and searched back.
        .executableTarget(
            name: "FuzzDatabase",
            dependencies: [
                .product(name: "Parole", package: parole), .product(name: "ParoleDatabase", package: parole),
            ],
            swiftSettings: fuzzerFlags),
    ]
)
