// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for helpdesk's parsers, kept out of the main package so `swift build` and
/// `swift test` never see `-sanitize=fuzzer`. Built by `.ci/fuzz`:
///   swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
let package = Package(
    name: "helpdesk-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "helpdesk", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "helpdesk-fuzz",
            dependencies: ["CFuzzerDriver", .product(name: "HelpDeskParsers", package: "helpdesk")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
