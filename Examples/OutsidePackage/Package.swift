// swift-tools-version: 6.1
//
// A package outside Parole that depends on it by path, as a user's package would:
// it analyses a French news paragraph with emoji, encodes the document, decodes it,
// checks that the copy is equal and prints navigation results.
//
//   Scripts/dist/check_outside_package.sh

import Foundation
import PackageDescription

// A path dependency is identified by its folder's name, which is whatever the repository
// was cloned as (the package itself is named "Parole"); read it from this manifest's location.
let parole = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "OutsidePackage",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "outside-package",
            dependencies: [.product(name: "Parole", package: parole)],
            path: "Sources/OutsidePackage"
        )
    ]
)
