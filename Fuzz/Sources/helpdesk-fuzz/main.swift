import CFuzzerDriver
#if canImport(Glibc)
import Glibc
#endif

/// `helpdesk-fuzz TARGET [libFuzzer flags and corpus folders]`: runs one ``FuzzTarget``.
/// The target name is taken off the command line before libFuzzer reads it.
nonisolated(unsafe) var selected: FuzzTarget?

/// Called by libFuzzer for every input (and by its own `main`, which the linker keeps but SwiftPM's
/// `--defsym main=helpdesk_fuzz_main` never runs).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let selected else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    selected.run(String(decoding: bytes, as: UTF8.self))
    return 0
}

let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
guard CommandLine.arguments.count >= 2, let target = FuzzTarget(rawValue: CommandLine.arguments[1]) else {
    print("usage: helpdesk-fuzz TARGET [libFuzzer options] [corpus...]\ntargets: \(names)")
    exit(64)
}
selected = target
var arguments = [CommandLine.arguments[0]] + CommandLine.arguments.dropFirst(2)
var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
var argc = CInt(arguments.count)
let status = cArguments.withUnsafeMutableBufferPointer { buffer -> CInt in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzOne)
}
exit(status)
