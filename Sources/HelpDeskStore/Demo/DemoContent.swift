import HelpDeskCore

/// The people and problems of the demo desk: a Spanish-speaking organisation with some
/// English-speaking customers, as in the product's first deployments.
enum DemoContent {
    static let agents: [Agent] = [
        Agent(login: "ana", name: "Ana García", role: .l1, areas: ["access", "applications"]),
        Agent(login: "jon", name: "Jon Ibarra", role: .l1, areas: ["network", "os"]),
        Agent(login: "marta", name: "Marta Ruiz", role: .l1, areas: ["printing", "access"]),
        Agent(login: "kate", name: "Kate Morgan", role: .l1, areas: ["applications"]),
        Agent(login: "luis", name: "Luis Fernández", role: .l2, areas: ["network", "os"]),
        Agent(login: "pedro", name: "Pedro Sánchez", role: .l2, areas: ["applications", "printing"]),
        Agent(login: "carmen", name: "Carmen López", role: .l2, areas: ["security", "access"]),
        Agent(login: "raj", name: "Raj Patel", role: .l2, areas: ["network", "applications"], onShift: false),
        Agent(login: "elena", name: "Elena Torres", role: .l3, areas: ["network", "os", "security"]),
        Agent(login: "david", name: "David Chen", role: .l3, areas: ["applications", "access", "printing"]),
        Agent(login: "sofia", name: "Sofía Navarro", role: .supervisor, areas: []),
        Agent(login: "admin", name: "Administrador", role: .admin, areas: []),
    ]

    static let organisations: [Organisation] = [
        Organisation(name: "Contoso", plan: .advanced),
        Organisation(name: "Fabrikam", plan: .basic),
        Organisation(name: "Northwind", plan: .intermediate),
        Organisation(name: "Iberdata", plan: .personalised),
        Organisation(name: "Ayuntamiento de Villaverde", plan: .basic),
        Organisation(name: "Clínica San Rafael", plan: .advanced),
    ]

    static let firstNames = ["María", "José", "Lucía", "Carlos", "Paula", "Javier", "Elena", "Miguel", "Sara", "Diego",
                             "John", "Emma", "Oliver", "Sophie", "Íñigo", "Begoña", "Núria", "Zoë", "Chloé", "Hiroshi"]
    static let lastNames = ["Ruiz", "Martínez", "Gómez", "Díaz", "Moreno", "Álvarez", "Muñoz", "Romero", "Smith", "Brown",
                            "Jones", "Peña", "Castaño", "Ibáñez", "Yamamoto"]

    /// A problem: area, Spanish and English subjects, a description, what L1 typically tries.
    struct Problem {
        var area: String
        var es: String
        var en: String
        var detailEs: String
        var detailEn: String
        var tried: String
        var resolution: String
        var kind: TicketKind = .incident
    }

    static let problems: [Problem] = [
        Problem(area: "network", es: "No puedo conectarme a la VPN", en: "Cannot connect to the VPN",
                detailEs: "Desde esta mañana el cliente VPN dice \"authentication failed\".",
                detailEn: "Since this morning the VPN client says \"authentication failed\".",
                tried: "comprobada la contraseña en el portal; reiniciado el cliente VPN",
                resolution: "Certificado VPN renovado y reinstalado el perfil."),
        Problem(area: "network", es: "La wifi de la 3ª planta se corta", en: "Wi-Fi drops on the 3rd floor",
                detailEs: "Se desconecta cada pocos minutos en la sala de reuniones.",
                detailEn: "It disconnects every few minutes in the meeting room.",
                tried: "olvidada la red y vuelta a conectar; probado otro portátil",
                resolution: "Punto de acceso reiniciado y canal cambiado."),
        Problem(area: "access", es: "Restablecer contraseña de dominio", en: "Reset domain password",
                detailEs: "El usuario ha olvidado la contraseña tras las vacaciones.",
                detailEn: "The user forgot the password after the holidays.",
                tried: "verificada la identidad del usuario",
                resolution: "Contraseña restablecida; el usuario la cambió al iniciar sesión.", kind: .request),
        Problem(area: "access", es: "Cuenta bloqueada tras varios intentos", en: "Account locked after several attempts",
                detailEs: "No puede iniciar sesión en el equipo: cuenta bloqueada.",
                detailEn: "Cannot log on: the account is locked.",
                tried: "desbloqueada la cuenta; vuelve a bloquearse",
                resolution: "Eliminadas credenciales antiguas del móvil que bloqueaban la cuenta."),
        Problem(area: "applications", es: "Outlook pide la contraseña continuamente", en: "Outlook keeps asking for the password",
                detailEs: "Después de la actualización Outlook pide credenciales cada 5 minutos.",
                detailEn: "After the update Outlook asks for credentials every 5 minutes.",
                tried: "borradas las credenciales guardadas; reiniciado Outlook",
                resolution: "Perfil de Outlook recreado."),
        Problem(area: "applications", es: "El ERP va muy lento en facturación", en: "ERP is very slow when invoicing",
                detailEs: "Generar una factura tarda más de dos minutos.",
                detailEn: "Creating an invoice takes more than two minutes.",
                tried: "comprobado en otro puesto; mismo resultado",
                resolution: "Índice de la base de datos del ERP reconstruido por el proveedor."),
        Problem(area: "applications", es: "Instalar 7-Zip", en: "Install 7-Zip",
                detailEs: "Necesita descomprimir archivos .7z de un cliente.",
                detailEn: "Needs to extract .7z files from a customer.",
                tried: "comprobada la lista de software aprobado",
                resolution: "7-Zip instalado desde el catálogo de software.", kind: .request),
        Problem(area: "printing", es: "La impresora de la 3ª planta atasca papel", en: "3rd floor printer jams",
                detailEs: "Atasco de papel en la bandeja 2 cada pocas hojas.",
                detailEn: "Paper jam in tray 2 every few pages.",
                tried: "retirado el papel atascado; reiniciada la impresora",
                resolution: "Rodillo de arrastre sustituido por el técnico."),
        Problem(area: "printing", es: "No imprime: cola de impresión bloqueada", en: "Nothing prints: print queue stuck",
                detailEs: "Los trabajos se quedan en cola y no salen.",
                detailEn: "Jobs stay in the queue and never print.",
                tried: "cancelados los trabajos pendientes",
                resolution: "Servicio de cola de impresión (spooler) reiniciado."),
        Problem(area: "os", es: "Pantalla azul al arrancar", en: "Blue screen at boot",
                detailEs: "El equipo muestra un pantallazo azul tras la última actualización.",
                detailEn: "The PC shows a blue screen after the last update.",
                tried: "arrancado en modo seguro; desinstalada la última actualización",
                resolution: "Controlador de vídeo revertido a la versión anterior."),
        Problem(area: "os", es: "Windows Update falla con error 0x80070005", en: "Windows Update fails with error 0x80070005",
                detailEs: "Las actualizaciones no se instalan.",
                detailEn: "Updates do not install.",
                tried: "ejecutado el solucionador de problemas de Windows Update",
                resolution: "Permisos de la carpeta SoftwareDistribution corregidos."),
        Problem(area: "security", es: "Correo sospechoso de phishing", en: "Suspicious phishing e-mail",
                detailEs: "Ha recibido un correo que pide confirmar la contraseña del banco.",
                detailEn: "Received an e-mail asking to confirm a bank password.",
                tried: "no se ha hecho clic en el enlace; reenviado a seguridad",
                resolution: "Remitente bloqueado y correo eliminado de todos los buzones."),
        Problem(area: "security", es: "Alerta del antivirus en el portátil", en: "Antivirus alert on the laptop",
                detailEs: "El antivirus ha puesto un archivo en cuarentena.",
                detailEn: "The antivirus quarantined a file.",
                tried: "ejecutado un análisis completo",
                resolution: "Falso positivo confirmado; exclusión añadida."),
        Problem(area: "access", es: "Alta de usuario nuevo", en: "New starter account",
                detailEs: "Incorporación el lunes en el departamento de compras.",
                detailEn: "Starts on Monday in purchasing.",
                tried: "solicitada aprobación del responsable",
                resolution: "Cuenta, buzón y accesos creados.", kind: .request),
        Problem(area: "applications", es: "Cambiar fondo de escritorio corporativo", en: "Change corporate wallpaper",
                detailEs: "Quiere el fondo nuevo de la campaña.",
                detailEn: "Wants the new campaign wallpaper.",
                tried: "—",
                resolution: "Fondo aplicado por directiva.", kind: .request),
    ]
}
