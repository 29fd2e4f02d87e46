import Foundation
import Testing

@Suite("CLI: two processes on one database", .serialized)
struct ConcurrencyCLITests {
    @Test("2 × 500 creations and updates at once: nothing lost, nothing duplicated, file intact")
    func twoWriters() throws {
        let cli = CLIRunner()
        try cli.run(["agent", "add", "ana", "--name", "Ana", "--role", "l1"])
        let shared = try cli.json(["--as", "ana", "ticket", "new", "--subject", "Shared", "--requester", "r"])
        let sharedID = shared["id"] as! Int

        let processes = try (1...2).map { writer -> (Process, Pipe) in
            var script = ""
            for i in 0..<250 {
                script += "ticket new --subject \"w\(writer)-\(i)\" --requester r\(writer)\n"
                script += "ticket note \(sharedID) \"note w\(writer)-\(i)\"\n"
            }
            let p = Process()
            p.executableURL = CLIRunner.binary
            p.arguments = ["batch", "--as", "ana"]
            p.environment = cli.environment
            let input = Pipe(), err = Pipe()
            p.standardInput = input
            p.standardOutput = FileHandle.nullDevice
            p.standardError = err
            try p.run()
            input.fileHandleForWriting.write(Data(script.utf8))
            try input.fileHandleForWriting.close()
            return (p, err)
        }
        for (p, err) in processes {
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "stderr: \(stderr)")
            #expect(!stderr.contains("locked"))
        }

        let list = try cli.run(["ticket", "list", "--limit", "10000", "--json"])
        let tickets = try list.json() as? [[String: Any]] ?? []
        let subjects = tickets.compactMap { $0["subject"] as? String }
        #expect(tickets.count == 501)
        #expect(Set(subjects).count == 501)
        for writer in 1...2 {
            for i in 0..<250 { #expect(subjects.contains("w\(writer)-\(i)")) }
        }
        let events = try cli.json(["ticket", "show", "\(sharedID)"])["events"] as? [[String: Any]] ?? []
        let notes = events.filter { $0["type"] as? String == "note" }.compactMap { $0["text"] as? String }
        #expect(notes.count == 500)
        #expect(Set(notes).count == 500)
        #expect(try cli.json(["ticket", "show", "\(sharedID)"])["version"] as? Int == 501)
        #expect(try cli.run(["db", "check"]).status == 0)
    }
}
