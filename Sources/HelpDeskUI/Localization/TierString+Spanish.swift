extension Localizer {
    /// Textos en español de las pantallas de niveles. Mismo orden que ``TierString``.
    static let spanishTierStrings: [TierString: String] = [
        .consoleTitle: "Consola N1", .consoleMine: "MIS TICKETS", .consoleNew: "NUEVOS (sin asignar)",
        .consoleCoaching: "APRENDIZAJE", .consoleCoachingNew: "APRENDIZAJE ({0})", .consoleNoCoaching: "Todavía no ha vuelto nada.",
        .consoleEmptyMine: "No tienes tickets abiertos.", .consoleEmptyNew: "No hay tickets nuevos en espera.",
        .consoleSuggested: "ARTÍCULOS SUGERIDOS", .consoleOpened: "Abierto {0}", .consoleFirstReply: "primera respuesta {0}",
        .counterNew: "nuevos {0}", .counterAtRisk: "en riesgo {0}",
        .coachingSentBack: "{0}: {1}", .coachingSolved: "{0} lo resolvió con {1} «{2}»",

        .intakeTitle: "Nuevo ticket", .intakeRequester: "Solicitante", .intakeKind: "Tipo", .intakeSubject: "Asunto",
        .intakeDetails: "Detalles", .intakeArea: "Área", .intakeImpact: "Impacto", .intakeUrgency: "Urgencia",
        .intakePriority: "→ {0}", .intakeSuggestions: "Artículos sugeridos (mientras escribes)",
        .intakeNoSuggestions: "Ningún artículo publicado coincide todavía.",
        .intakeSuggestionHint: "Intro: leerlo · x: resolver ya con él (primer contacto)",
        .intakeHint: "Tab siguiente  ←→ elegir  ↓ artículos  Ctrl-S guardar  Esc cancelar",
        .intakeNewRequester: "solicitante nuevo", .intakeSaved: "Ticket #{0} registrado.",
        .intakeResolvedFCR: "#{0} resuelto en primer contacto con {1}.", .intakeResolvedLinked: "#{0} resuelto con {1}.",
        .intakeMissing: "{0} es obligatorio.", .intakeSuggestionsNeedText: "Escribe un asunto para ver artículos.",

        .readerTitle: "{0} · {1} ({2})", .readerHint: "j/k desplazar  x resolver con este artículo  Esc volver",
        .readerResolution: "Resuelto con {0} «{1}»",

        .wizardTitle: "Escalar #{0}", .stepTarget: "Destino", .stepArea: "Área", .stepReason: "Motivo",
        .stepTried: "Qué se probó", .stepConfirm: "Confirmar",
        .wizardTargetPrompt: "¿A dónde va #{0}? (ahora en {1})", .wizardExternalName: "Nombre del proveedor / departamento",
        .wizardAreaPrompt: "¿Qué área especialista? Lo recibe el especialista de turno con menos carga.",
        .wizardAreaOther: "Otra área:", .wizardReasonPrompt: "¿Por qué necesita el siguiente nivel? (obligatorio)",
        .wizardTriedPrompt: "Qué se probó (obligatorio) — ya registrado en el ticket:",
        .wizardTriedNone: "Aún no hay nada registrado en el ticket; escribe abajo lo que probaste.", .wizardTriedAdd: "Añadir:",
        .wizardUrgencyPrompt: "Nota de urgencia (opcional):", .wizardSummary: "{0} → {1}",
        .wizardSLA: "SLA: {0} vence {1} (plan {2}, {3}) — escalar no detiene el reloj.",
        .wizardSLAUnknown: "SLA: este ticket no tiene un objetivo en curso.",
        .wizardKeysChoose: "↑↓ elegir  Tab campo  Intro continuar  Esc cancelar",
        .wizardKeysText: "Intro continuar  Esc atrás",
        .wizardKeysTried: "Espacio marcar  Tab siguiente  Intro continuar  Esc atrás",
        .wizardKeysArea: "↑↓ elegir  escribe otra área  Intro continuar  Esc atrás",
        .wizardKeysConfirm: "Intro escalar  Esc atrás",
        .wizardNowhere: "#{0} ya está fuera del servicio; no hay un nivel superior.",
        .wizardDiscard: "¿Descartar esta escalada? s / n",
        .wizardEscalatedTo: "#{0} escalado a {1}; lo recibe {2}.", .wizardEscalatedUnassigned: "#{0} escalado a {1}; nadie de turno cubre esa área todavía.",
        .triedArticle: "Leído {0} «{1}»", .triedReply: "Respuesta al solicitante: {0}", .triedNote: "Nota interna: {0}",

        .problemExternalName: "Indica el proveedor o departamento.", .problemArea: "Elige el área para que lo reciba el especialista adecuado.",
        .problemReason: "Explica por qué necesita el siguiente nivel.", .problemTried: "Marca o escribe al menos una cosa ya probada.",

        .handoffTimeIn: "{0} en {1}", .handoffArticles: "KB leídos",
        .keyArea: "área", .toastArea: "Área: {0}", .allAreas: "todas las áreas", .queueArea: "área {0}",
        .draftRestored: "Borrador recuperado ({0})", .draftNotRestored: "No se pudo recuperar el borrador ({0}); sigue en {1}",
        .draftNotSaved: "No se puede guardar el borrador: {0}",
        .tooSmallTyping: "Lo que escribes se conserva. Agranda la ventana para verlo; Ctrl-C lo guarda como borrador y sale.",
    ]
}
