// swift-tools-version: 6.1
//
// Parole's benchmarks, a package of their own so that the library's users do not resolve
// the benchmark package (as apple/swift-collections does). It depends on Parole by path:
//
//     swift package --package-path Benchmarks --disable-sandbox benchmark
//
// `parole bench` (in the main package) measures the same configurations, each in its own
// process; both read the throughput corpus of ParoleBenchmarking.

import Foundation
import PackageDescription

// A path dependency is identified by its folder's name, which is whatever the
// repository was cloned as; read it from this manifest's location.
let parole = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

let package = Package(
    name: "ParoleBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ParoleBenchmarks",
            dependencies: [
                .product(name: "Parole", package: parole),
                .product(name: "ParoleBenchmarking", package: parole),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "ParoleBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
