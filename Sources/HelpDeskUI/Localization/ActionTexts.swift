import HelpDeskCore
/// The key-map catalogue's action titles and help in both languages, keyed by action name.
/// The catalogue (``ActionCatalog``) declares each action once in English; the UI shows it in
/// the technician's language from here, falling back to the catalogue's own text for an
/// action added later (a test lists any that are missing).
extension Localizer {
    struct ActionText {
        var title: String
        var help: String
    }

    static let actionTexts: [Language: [String: ActionText]] = [
        .en: [
            "move.down": .init(title: "down", help: "Move the cursor down"),
            "move.up": .init(title: "up", help: "Move the cursor up"),
            "move.top": .init(title: "top", help: "Go to the first item"),
            "move.bottom": .init(title: "bottom", help: "Go to the last item"),
            "move.pageDown": .init(title: "page down", help: "Scroll one page down"),
            "move.pageUp": .init(title: "page up", help: "Scroll one page up"),
            "move.left": .init(title: "left", help: "Previous tile or column"),
            "move.right": .init(title: "right", help: "Next tile or column"),
            "focus.next": .init(title: "next pane", help: "Move focus to the next pane"),
            "focus.previous": .init(title: "previous pane", help: "Move focus to the previous pane"),
            "item.open": .init(title: "open", help: "Open the selected ticket"),
            "app.back": .init(title: "back", help: "Go back to the previous screen"),
            "screen.l1": .init(title: "L1", help: "L1 queue"),
            "screen.l2": .init(title: "L2", help: "L2 queue"),
            "screen.l3": .init(title: "L3", help: "L3 queue"),
            "screen.dashboard": .init(title: "dashboard", help: "Supervisor dashboard"),
            "screen.kb": .init(title: "KB", help: "Knowledge base"),
            "ticket.new": .init(title: "new", help: "Open a new ticket"),
            "ticket.take": .init(title: "take", help: "Assign the selected ticket to yourself"),
            "ticket.escalate": .init(title: "escalate", help: "Escalate to the next tier or outside, with what was tried"),
            "ticket.sendBack": .init(title: "send back", help: "Send the ticket back one tier with a coaching note"),
            "ticket.reply": .init(title: "reply", help: "Reply to the requester"),
            "ticket.note": .init(title: "note", help: "Add an internal note (agents only)"),
            "ticket.status": .init(title: "status", help: "Change the status (pending, reopen, ...)"),
            "ticket.resolve": .init(title: "resolve", help: "Resolve the ticket"),
            "ticket.assign": .init(title: "assign", help: "Assign the ticket to another technician"),
            "dashboard.period": .init(title: "period", help: "Change the dashboard period"),
            "kb.draft": .init(title: "draft KB", help: "Draft a KB article from this ticket's resolution"),
            "kb.link": .init(title: "link", help: "Link the article to the current ticket"),
            "kb.language": .init(title: "lang", help: "Show articles in all languages, Spanish or English"),
            "kb.reviewQueue": .init(title: "review queue", help: "Switch between search and the articles waiting for review"),
            "kb.edit": .init(title: "edit", help: "Edit the article in $VISUAL/$EDITOR (saves a new version)"),
            "kb.submit": .init(title: "submit", help: "Submit the article for review"),
            "kb.publish": .init(title: "publish", help: "Publish the article (reviewers: L2, L3, supervisors)"),
            "kb.retire": .init(title: "retire", help: "Retire the article (reviewers: L2, L3, supervisors)"),
            "kb.helpful": .init(title: "helpful", help: "Mark the article as helpful"),
            "kb.notHelpful": .init(title: "not helpful", help: "Mark the article as not helpful (N: n opens a ticket)"),
            "form.next": .init(title: "next", help: "Next field"),
            "form.previous": .init(title: "previous", help: "Previous field"),
            "form.confirm": .init(title: "continue", help: "Next field; on the last field, submit"),
            "form.submit": .init(title: "save", help: "Submit the form from any field"),
            "form.cancel": .init(title: "cancel", help: "Cancel (asks first if something was typed)"),
            "form.toggle": .init(title: "toggle", help: "Toggle the choice under the cursor"),
            "form.editor": .init(title: "editor", help: "Edit this text in $EDITOR"),
            "app.search": .init(title: "search", help: "Search the list"),
            "app.command": .init(title: "cmd", help: "Open the command line (:open 1043, :lang es)"),
            "app.help": .init(title: "help", help: "Show this help"),
            "app.redraw": .init(title: "redraw", help: "Redraw the screen and reload"),
            "app.quit": .init(title: "quit", help: "Quit helpdesk"),
        ],
        .es: [
            "move.down": .init(title: "bajar", help: "Bajar el cursor"),
            "move.up": .init(title: "subir", help: "Subir el cursor"),
            "move.top": .init(title: "inicio", help: "Ir al primer elemento"),
            "move.bottom": .init(title: "final", help: "Ir al último elemento"),
            "move.pageDown": .init(title: "pág. sig.", help: "Avanzar una página"),
            "move.pageUp": .init(title: "pág. ant.", help: "Retroceder una página"),
            "move.left": .init(title: "izquierda", help: "Bloque o columna anterior"),
            "move.right": .init(title: "derecha", help: "Bloque o columna siguiente"),
            "focus.next": .init(title: "panel sig.", help: "Pasar al panel siguiente"),
            "focus.previous": .init(title: "panel ant.", help: "Volver al panel anterior"),
            "item.open": .init(title: "abrir", help: "Abrir el ticket seleccionado"),
            "app.back": .init(title: "volver", help: "Volver a la pantalla anterior"),
            "screen.l1": .init(title: "L1", help: "Cola L1"),
            "screen.l2": .init(title: "L2", help: "Cola L2"),
            "screen.l3": .init(title: "L3", help: "Cola L3"),
            "screen.dashboard": .init(title: "panel", help: "Panel de supervisión"),
            "screen.kb": .init(title: "BC", help: "Base de conocimiento"),
            "ticket.new": .init(title: "nuevo", help: "Abrir un ticket nuevo"),
            "ticket.take": .init(title: "tomar", help: "Asignarte el ticket seleccionado"),
            "ticket.escalate": .init(title: "escalar", help: "Escalar al nivel siguiente o fuera, con lo ya probado"),
            "ticket.sendBack": .init(title: "devolver", help: "Devolver el ticket un nivel con una nota de orientación"),
            "ticket.reply": .init(title: "responder", help: "Responder al solicitante"),
            "ticket.note": .init(title: "nota", help: "Añadir una nota interna (solo técnicos)"),
            "ticket.status": .init(title: "estado", help: "Cambiar el estado (en espera, reabrir...)"),
            "ticket.resolve": .init(title: "resolver", help: "Resolver el ticket"),
            "ticket.assign": .init(title: "asignar", help: "Asignar el ticket a otro técnico"),
            "dashboard.period": .init(title: "periodo", help: "Cambiar el periodo del panel"),
            "kb.draft": .init(title: "borrador BC", help: "Redactar un artículo a partir de la resolución"),
            "kb.link": .init(title: "vincular", help: "Vincular el artículo al ticket actual"),
            "kb.language": .init(title: "idioma", help: "Ver artículos en todos los idiomas, español o inglés"),
            "kb.reviewQueue": .init(title: "revisión", help: "Alternar entre la búsqueda y los artículos pendientes de revisión"),
            "kb.edit": .init(title: "editar", help: "Editar el artículo en $VISUAL/$EDITOR (guarda una versión nueva)"),
            "kb.submit": .init(title: "enviar a revisión", help: "Enviar el artículo a revisión"),
            "kb.publish": .init(title: "publicar", help: "Publicar el artículo (revisores: L2, L3, supervisores)"),
            "kb.retire": .init(title: "retirar", help: "Retirar el artículo (revisores: L2, L3, supervisores)"),
            "kb.helpful": .init(title: "útil", help: "Marcar el artículo como útil"),
            "kb.notHelpful": .init(title: "no útil", help: "Marcar el artículo como no útil (N: n abre un ticket)"),
            "form.next": .init(title: "siguiente", help: "Campo siguiente"),
            "form.previous": .init(title: "anterior", help: "Campo anterior"),
            "form.confirm": .init(title: "continuar", help: "Campo siguiente; en el último, enviar"),
            "form.submit": .init(title: "guardar", help: "Enviar el formulario desde cualquier campo"),
            "form.cancel": .init(title: "cancelar", help: "Cancelar (pregunta si has escrito algo)"),
            "form.toggle": .init(title: "marcar", help: "Cambiar la opción bajo el cursor"),
            "form.editor": .init(title: "editor", help: "Editar este texto en $EDITOR"),
            "app.search": .init(title: "buscar", help: "Buscar en la lista"),
            "app.command": .init(title: "cmd", help: "Abrir la línea de comandos (:open 1043, :lang en)"),
            "app.help": .init(title: "ayuda", help: "Mostrar esta ayuda"),
            "app.redraw": .init(title: "redibujar", help: "Redibujar la pantalla y recargar"),
            "app.quit": .init(title: "salir", help: "Salir de helpdesk"),
        ],
    ]

    static let groupTitles: [Language: [ActionGroup: String]] = [
        .en: [.navigation: "Moving around", .screens: "Screens", .tickets: "Tickets", .knowledgeBase: "Knowledge base",
              .forms: "Forms and dialogs", .general: "General"],
        .es: [.navigation: "Moverse", .screens: "Pantallas", .tickets: "Tickets", .knowledgeBase: "Base de conocimiento",
              .forms: "Formularios y diálogos", .general: "General"],
    ]

    /// The short status-bar title of an action.
    public func actionTitle(_ id: ActionID) -> String {
        Self.actionTexts[language]?[id.rawValue]?.title ?? ActionCatalog.action(id)?.title ?? id.rawValue
    }

    /// The help-overlay sentence of an action.
    public func actionHelp(_ id: ActionID) -> String {
        Self.actionTexts[language]?[id.rawValue]?.help ?? ActionCatalog.action(id)?.help ?? id.rawValue
    }

    public func groupTitle(_ group: ActionGroup) -> String {
        Self.groupTitles[language]?[group] ?? group.title
    }

    /// Whether both languages have a text for the action (tests check the whole catalogue).
    public static func hasActionText(_ id: ActionID) -> Bool {
        Language.allCases.allSatisfy { actionTexts[$0]?[id.rawValue] != nil }
    }
}
