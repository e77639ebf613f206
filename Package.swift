// swift-tools-version: 6.1
//
// Parole: French natural-language processing on ICU, as a pipeline of stages
// over one document model. See README.md.

import PackageDescription

let package = Package(
    name: "Parole",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Parole", targets: ["Parole"]),
        .library(name: "ParoleDatabase", targets: ["ParoleDatabase"]),
        // The throughput corpus and ICU baseline of `parole bench` and of Benchmarks/, a package
        // of its own (`swift package --package-path Benchmarks benchmark`).
        .library(name: "ParoleBenchmarking", targets: ["ParoleBenchmarking"]),
        .executable(name: "parole", targets: ["parole"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // `swift package generate-documentation --target Parole` (Sources/Parole/Parole.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // issue 15: the PostgreSQL quotation store (ParolePostgres).
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // ICU4C behind a header of plain C types (see Sources/CParoleICU/include).
        .target(
            name: "CParoleICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // The data files the stages load (Resources/lexicons, Resources/models), carried inside
        // the binary: CParoleICU embeds them (parole_resources.c), this target names them.
        .target(
            name: "ParoleResources",
            dependencies: ["CParoleICU"],
            path: "Resources",
            exclude: ["README.md", "lexicons", "models"],
            sources: ["ParoleResources.swift"]
        ),
        // The document model: the document, spans, layers and the annotations they hold, and
        // their JSON coding. No ICU.
        .target(
            name: "ParoleModel"
        ),
        // The plugin pipeline (stages, registry, options, runners), input reading, JSON
        // writing and reading, the data files' store; re-exports ParoleModel.
        .target(
            name: "ParoleCore",
            dependencies: ["ParoleModel", "CParoleICU", "ParoleResources"]
        ),
        // The French text stages on ICU: the ICU layer, the tokenizer, the sentence splitter,
        // the morphology (lexicon and tagger), and the text tables the other stages share.
        .target(
            name: "ParoleText",
            dependencies: ["ParoleCore", "CParoleICU"]
        ),
        // The stages beyond tokens, sentences and morphology, one module each.
        .target(
            name: "ParoleEntities",
            dependencies: ["ParoleCore", "ParoleText"]
        ),
        .target(
            name: "ParoleDates",
            dependencies: ["ParoleCore", "ParoleText"]
        ),
        .target(
            name: "ParoleQuotes",
            dependencies: ["ParoleCore", "ParoleText"]
        ),
        // The library users import: every module above plus the standard stage registry.
        .target(
            name: "Parole",
            dependencies: ["ParoleCore", "ParoleText", "ParoleEntities", "ParoleDates", "ParoleQuotes"]
        ),
        // Quotation databases in SQLite: documents, speakers, quotes, full-text search.
        .target(
            name: "ParoleDatabase",
            dependencies: ["Parole", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Scoring against gold annotations, with the definitions of ../shared/tools/score.py, and
        // token and sentence scores against Universal Dependencies treebanks.
        .target(
            name: "ParoleEvaluation",
            dependencies: ["ParoleCore"]
        ),
        // What speed is measured on: the throughput corpus and ICU's word-break loop (the baseline).
        .target(
            name: "ParoleBenchmarking",
            dependencies: ["ParoleCore", "ParoleText", "CParoleICU"]
        ),
        // issue 15: quotation databases on a PostgreSQL server (same schema, FTS in French).
        .target(
            name: "ParolePostgres",
            dependencies: ["ParoleDatabase", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        // The `parole` command's subcommands, as a library so that tests can drive them.
        .target(
            name: "ParoleCLI",
            dependencies: [
                "Parole",
                "ParoleDatabase",
                "ParoleBenchmarking",
                "ParoleEvaluation",
                "ParolePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "parole",
            dependencies: ["ParoleCLI"]
        ),
        .testTarget(
            name: "ParoleModelTests",
            dependencies: ["ParoleModel", "Parole"]
        ),
        .testTarget(
            name: "ParoleCoreTests",
            dependencies: ["ParoleCore", "ParoleResources", "Parole"]
        ),
        .testTarget(
            name: "ParoleTextTests",
            dependencies: ["ParoleText", "Parole"],
            exclude: ["Segmentation/Fixtures"]
        ),
        .testTarget(
            name: "ParoleEntitiesTests",
            dependencies: ["ParoleEntities", "Parole"]
        ),
        .testTarget(
            name: "ParoleDatesTests",
            dependencies: ["ParoleDates", "Parole"]
        ),
        .testTarget(
            name: "ParoleQuotesTests",
            dependencies: ["ParoleQuotes", "Parole"]
        ),
        .testTarget(
            name: "ParoleDatabaseTests",
            dependencies: ["ParoleDatabase"],
            exclude: ["Fixtures"]
        ),
        // issue 15: needs a PostgreSQL server, PAROLE_TEST_POSTGRES_URL (.ci/run starts one).
        .testTarget(
            name: "ParolePostgresTests",
            dependencies: ["ParolePostgres", "ParoleDatabase", "ParoleCLI"]
        ),
        .testTarget(
            name: "ParoleEvaluationTests",
            dependencies: ["ParoleEvaluation", "ParoleCLI", "Parole"]
        ),
        .testTarget(
            name: "ParoleCLITests",
            dependencies: ["ParoleCLI"],
            exclude: ["Golden"]
        ),
    ]
)
