// swift-tools-version:6.0
import PackageDescription

/// Layers (arrows are the only allowed imports):
///   helpdesk ─► HelpDeskUI ─► TerminalKit
///     │            ├────────► HelpDeskCore
///     │            └────────► HelpDeskConfig (TOML files: themes, keys)
///     ├─► CursesTerminal ─► CNcursesw, TerminalKit
///     ├─► HelpDeskStore ─► GRDB, HelpDeskCore
///     └─► HelpDeskConfig ─► TOMLKit, HelpDeskCore  (SLA and other config files)
let package = Package(
    name: "helpdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "helpdesk", targets: ["helpdesk"]),
        // For the libFuzzer package in Fuzz/ (it can only link a product); nothing else uses it.
        .library(name: "HelpDeskParsers", targets: ["TerminalKit", "HelpDeskCore", "HelpDeskConfig", "HelpDeskUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .target(name: "HelpDeskCore"),
        .target(
            name: "HelpDeskStore",
            dependencies: [
                "HelpDeskCore", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API, for binding bulk inserts without GRDB's per-value boxing (RowInserter).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "HelpDeskConfig",
            dependencies: ["HelpDeskCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "TerminalKit"),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "TerminalKit"]),
        .target(
            name: "HelpDeskUI",
            dependencies: ["HelpDeskCore", "HelpDeskConfig", "TerminalKit", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "helpdesk",
            dependencies: [
                "HelpDeskCore", "HelpDeskStore", "HelpDeskConfig", "HelpDeskUI", "TerminalKit", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "helpdesk-bench", dependencies: ["HelpDeskCore", "HelpDeskStore"]),
        .target(name: "HelpDeskTestSupport", path: "Tests/Support"),
        .testTarget(name: "HelpDeskCoreTests", dependencies: ["HelpDeskCore", "HelpDeskTestSupport"]),
        .testTarget(name: "HelpDeskStoreTests", dependencies: ["HelpDeskStore", "HelpDeskCore", "HelpDeskTestSupport"]),
        .testTarget(name: "HelpDeskConfigTests", dependencies: ["HelpDeskConfig", "HelpDeskCore", "HelpDeskTestSupport"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "HelpDeskTestSupport"]),
        .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal", "TerminalKit"]),
        .testTarget(name: "HelpDeskUITests", dependencies: ["HelpDeskUI", "HelpDeskCore", "HelpDeskStore", "TerminalKit", "HelpDeskTestSupport"], exclude: ["__Screens__"]),
        .testTarget(name: "helpdeskTests", dependencies: ["helpdesk", "HelpDeskStore", "HelpDeskCore", "HelpDeskTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
