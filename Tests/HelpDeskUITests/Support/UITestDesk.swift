import Foundation
import HelpDeskCore
import HelpDeskStore
import TerminalKit
@testable import HelpDeskUI

/// A real on-disk database with fixed people, tickets and times, and helpers to open the app
/// on it through a ``VirtualTerminal`` with a fixed clock.
struct UITestDesk {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21 14:13:20 UTC
    static let ana = Agent(login: "ana", name: "Ana García", role: .l1, areas: ["access"])
    static let kate = Agent(login: "kate", name: "Kate Brown", role: .l1)
    static let luis = Agent(login: "luis", name: "Luis Fernández", role: .l2, areas: ["network"])
    static let elena = Agent(login: "elena", name: "Elena Ruiz", role: .l3, areas: ["network"])
    static let sofia = Agent(login: "sofia", name: "Sofía Martín", role: .supervisor)

    let folder: URL
    let db: AppDatabase
    /// Ids of the named tickets of the fixture.
    var vpn: Int64 = 0, outlook: Int64 = 0, printer: Int64 = 0, mail: Int64 = 0

    init(fillers: Int = 24) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hd-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = try AppDatabase.open(path: folder.appendingPathComponent("desk.sqlite").path)
        for agent in [Self.ana, Self.kate, Self.luis, Self.elena, Self.sofia] { _ = try db.saveAgent(agent) }
        try db.saveOrganisation(Organisation(name: "Contoso", plan: .advanced))
        try db.saveRequester(Requester(handle: "marta.ruiz@contoso.example", name: "Marta Ruiz", organisation: "Contoso"))
        try seed(fillers: fillers)
    }

    func at(_ minutesAgo: Double) -> Date { Self.now.addingTimeInterval(-minutesAgo * 60) }

    private mutating func seed(fillers: Int) throws {
        let ana = Self.ana, kate = Self.kate
        func new(_ subject: String, _ requester: String, impact: Impact, urgency: Urgency, minutesAgo: Double, by: Agent = ana,
                 description: String = "") throws -> Int64 {
            try db.createTicket(NewTicket(subject: subject, description: description, requester: requester, impact: impact, urgency: urgency),
                                by: by, now: at(minutesAgo)).id
        }
        vpn = try new("No puedo conectarme a la VPN", "marta.ruiz@contoso.example", impact: .high, urgency: .medium, minutesAgo: 190,
                      description: "Desde esta mañana el cliente VPN dice \"authentication failed\".\nHe cambiado la contraseña ayer.")
        _ = try db.perform(.take, on: vpn, expectedVersion: nil, by: ana, now: at(185))
        _ = try db.perform(.reply("¿Puede volver a introducir la contraseña nueva?"), on: vpn, expectedVersion: nil, by: ana, now: at(170))
        _ = try db.perform(.note("client log shows the certificate expired"), on: vpn, expectedVersion: nil, by: ana, now: at(160))

        outlook = try new("Outlook keeps asking for the password", "j.smith@fabrikam.example", impact: .medium, urgency: .medium, minutesAgo: 120)

        printer = try new("Impresora 3er piso atasca", "l.gomez@contoso.example", impact: .low, urgency: .high, minutesAgo: 300, by: kate)
        _ = try db.perform(.take, on: printer, expectedVersion: nil, by: kate, now: at(295))
        _ = try db.perform(.escalate(Escalation(target: .tier(.l2), area: "os", reason: "spooler crashes", tried: "restarted the printer")),
                           on: printer, expectedVersion: nil, by: kate, now: at(280))
        _ = try db.perform(.deescalate(note: "revisa el spooler antes de escalar"), on: printer, expectedVersion: nil, by: Self.luis, now: at(200))

        mail = try new("Servidor de correo caído", "marta.ruiz@contoso.example", impact: .high, urgency: .high, minutesAgo: 90,
                       description: "Nadie en Contoso recibe correo desde las 12:30.")
        _ = try db.perform(.take, on: mail, expectedVersion: nil, by: ana, now: at(88))
        _ = try db.perform(.note("MX records look fine; SMTP port 25 refuses connections"), on: mail, expectedVersion: nil, by: ana, now: at(80))
        _ = try db.perform(.escalate(Escalation(target: .tier(.l2), area: "network", reason: "the mail relay refuses connections",
                                                tried: "checked MX records; restarted the relay service", urgencyNote: "whole company without mail")),
                           on: mail, expectedVersion: nil, by: ana, now: at(60))

        let subjects = ["Alta de usuario nuevo", "Install 7-Zip", "Cambiar fondo de escritorio", "Wi-Fi drops on the 3rd floor",
                        "Pantalla azul al arrancar", "ERP slow when invoicing"]
        let levels: [(Impact, Urgency)] = [(.low, .low), (.medium, .low), (.low, .medium), (.medium, .medium)]
        for index in 0..<fillers {
            let (impact, urgency) = levels[index % levels.count]
            _ = try new("\(subjects[index % subjects.count]) \(index + 1)", "user\(index + 1)@northwind.example",
                        impact: impact, urgency: urgency, minutesAgo: Double(400 + index * 7), by: index % 3 == 0 ? kate : ana)
        }
    }

    /// The store's errors as the UI needs them (the launcher does the same in the CLI).
    @Sendable static func classify(_ error: any Error) -> RepositoryFailure {
        switch error {
        case StoreError.conflict: .conflict
        case StoreError.refused(let refusal): .refused(refusal)
        case let store as StoreError: .other(store.description)
        default: RepositoryFailure.basic(error)
        }
    }

    /// The app on a virtual terminal, with the fixed clock, UTC and a chosen language.
    func app(_ agent: Agent = UITestDesk.ana, columns: Int = 80, rows: Int = 24, language: Language = .en,
             start: StartScreen? = nil, editor: any TextEditing = ExternalEditor(),
             knowledgeBase: Bool = true, drafts: (any DraftStoring)? = nil,
             clock: @escaping @Sendable () -> Date = { UITestDesk.now }) -> (HelpDeskApp, VirtualTerminal) {
        let terminal = VirtualTerminal(columns: columns, rows: rows)
        let configuration = AppConfiguration(
            // The queue tests predate the L1 console: without a start screen, L1 agents open on
            // the L1 queue list; the console's tests ask for `.l1`.
            agent: agent, language: language, timeZone: TimeZone(identifier: "UTC")!,
            startScreen: start ?? (agent.role == .l1 ? .l1Queue : nil),
            clock: clock, classify: UITestDesk.classify, editor: editor,
            knowledgeBase: knowledgeBase ? db : nil, slaRepository: db, drafts: drafts, draftSaveInterval: .zero)
        let app = HelpDeskApp(terminal: terminal, repository: db, configuration: configuration)
        app.runUntilIdle()
        return (app, terminal)
    }
}

extension Agent {
    static let ana = UITestDesk.ana, kate = UITestDesk.kate, luis = UITestDesk.luis
    static let elena = UITestDesk.elena, sofia = UITestDesk.sofia
}

extension VirtualTerminal {
    /// Feeds key labels (`"j j <enter>"`) to the app and waits until it is idle.
    func press(_ labels: String, in app: HelpDeskApp) throws {
        try feed(labels: labels)
        app.runUntilIdle()
    }

    /// Types text and waits until the app is idle.
    func type(_ text: String, in app: HelpDeskApp) {
        type(text)
        app.runUntilIdle()
    }
}
