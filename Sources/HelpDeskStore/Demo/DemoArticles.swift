import HelpDeskCore

/// The demo knowledge base: short, real procedures for the demo's problems, in both languages.
enum DemoArticles {
    struct Entry {
        var id: String
        var area: String
        var lang: Language
        var title: String
        var body: String
        var tags: [String]
        /// Index into `DemoContent.problems` this article solves.
        var problem: Int
    }

    static let all: [Entry] = [
        Entry(id: "KB-VPN-ES", area: "network", lang: .es, title: "VPN: \"authentication failed\" tras cambiar la contraseña",
              body: """
              # Síntoma
              El cliente VPN muestra *authentication failed* aunque la contraseña es correcta en el portal.

              # Causa
              El certificado de usuario de la VPN ha caducado o el perfil guarda la contraseña antigua.

              # Solución
              1. Cierre el cliente VPN.
              2. Borre las credenciales guardadas del perfil.
              3. Renueve el certificado desde el portal de autoservicio.
              4. Vuelva a importar el perfil y conecte.

              Si sigue fallando, escale a L2 · redes con el registro del cliente (`vpn.log`).
              """, tags: ["vpn", "certificado", "contraseña"], problem: 0),
        Entry(id: "KB-VPN-EN", area: "network", lang: .en, title: "VPN: \"authentication failed\" after a password change",
              body: """
              # Symptom
              The VPN client says *authentication failed* although the password works on the portal.

              # Cause
              The user's VPN certificate expired, or the profile still stores the old password.

              # Fix
              1. Quit the VPN client.
              2. Clear the saved credentials in the profile.
              3. Renew the certificate from the self-service portal.
              4. Re-import the profile and connect.

              Still failing? Escalate to L2 · network with the client log (`vpn.log`).
              """, tags: ["vpn", "certificate", "password"], problem: 0),
        Entry(id: "KB-WIFI-ES", area: "network", lang: .es, title: "La wifi se desconecta cada pocos minutos",
              body: """
              Compruebe primero si le ocurre a más personas en la misma zona.

              - **Solo un equipo**: olvide la red, actualice el controlador inalámbrico y desactive el ahorro de energía del adaptador.
              - **Toda la planta**: anote la sala y la hora y escale a redes: suele ser un punto de acceso saturado o un canal con interferencias.
              """, tags: ["wifi", "red"], problem: 1),
        Entry(id: "KB-PWD-ES", area: "access", lang: .es, title: "Restablecer la contraseña de dominio",
              body: """
              1. Verifique la identidad del usuario (número de empleado y pregunta de seguridad).
              2. En la consola de usuarios, **Restablecer contraseña** y marque *cambiar en el próximo inicio*.
              3. Comunique la contraseña temporal por teléfono, nunca por correo.
              4. Si la cuenta estaba bloqueada, desbloquéela en la misma pantalla.
              """, tags: ["contraseña", "cuenta", "dominio"], problem: 2),
        Entry(id: "KB-PWD-EN", area: "access", lang: .en, title: "Reset a domain password",
              body: """
              1. Verify the user's identity (employee number and security question).
              2. In the user console choose **Reset password** and tick *change at next logon*.
              3. Give the temporary password by phone, never by e-mail.
              4. If the account was locked, unlock it on the same screen.
              """, tags: ["password", "account", "domain"], problem: 2),
        Entry(id: "KB-LOCK-ES", area: "access", lang: .es, title: "Cuenta que se bloquea una y otra vez",
              body: """
              Casi siempre es un dispositivo con la contraseña antigua guardada (móvil con el correo, unidad de red mapeada, tarea programada).

              1. Desbloquee la cuenta.
              2. Consulte en el registro de seguridad el equipo de origen de los intentos fallidos.
              3. Pida al usuario que actualice o elimine la cuenta en ese dispositivo.
              """, tags: ["bloqueo", "cuenta"], problem: 3),
        Entry(id: "KB-OUTLOOK-ES", area: "applications", lang: .es, title: "Outlook pide la contraseña continuamente",
              body: """
              1. Cierre Outlook.
              2. Abra el *Administrador de credenciales* y elimine las entradas de Office y Exchange.
              3. Inicie Outlook e inicie sesión una vez.
              4. Si persiste, cree un perfil nuevo de Outlook desde el Panel de control → Correo.
              """, tags: ["outlook", "correo", "contraseña"], problem: 4),
        Entry(id: "KB-OUTLOOK-EN", area: "applications", lang: .en, title: "Outlook keeps asking for the password",
              body: """
              1. Quit Outlook.
              2. Open *Credential Manager* and remove the Office and Exchange entries.
              3. Start Outlook and sign in once.
              4. If it persists, create a new Outlook profile from Control Panel → Mail.
              """, tags: ["outlook", "mail", "password"], problem: 4),
        Entry(id: "KB-7ZIP-EN", area: "applications", lang: .en, title: "Install approved software from the catalogue (7-Zip, Notepad++)",
              body: """
              Standard software is installed from the self-service catalogue, no admin rights needed:
              open **Software Center**, search the program, press *Install*. Programs not in the catalogue
              need a service request approved by the user's manager.
              """, tags: ["software", "install", "7-zip"], problem: 6),
        Entry(id: "KB-SPOOL-ES", area: "printing", lang: .es, title: "No imprime: reiniciar la cola de impresión (spooler)",
              body: """
              1. Abra *Servicios* y detenga **Cola de impresión**.
              2. Borre el contenido de `C:\\Windows\\System32\\spool\\PRINTERS`.
              3. Inicie de nuevo el servicio y envíe una página de prueba.
              """, tags: ["impresora", "spooler", "cola"], problem: 8),
        Entry(id: "KB-SPOOL-EN", area: "printing", lang: .en, title: "Nothing prints: restart the print spooler",
              body: """
              1. Open *Services* and stop **Print Spooler**.
              2. Delete the contents of `C:\\Windows\\System32\\spool\\PRINTERS`.
              3. Start the service again and print a test page.
              """, tags: ["printer", "spooler", "queue"], problem: 8),
        Entry(id: "KB-JAM-ES", area: "printing", lang: .es, title: "Atascos de papel repetidos en la bandeja 2",
              body: """
              Retire el papel siguiendo las flechas del panel, compruebe que el papel no está húmedo y que las guías
              de la bandeja están ajustadas. Si atasca cada pocas hojas, es el rodillo de arrastre: abra un aviso al
              servicio técnico de la impresora (proveedor externo).
              """, tags: ["impresora", "atasco"], problem: 7),
        Entry(id: "KB-BSOD-EN", area: "os", lang: .en, title: "Blue screen after an update: roll back the driver",
              body: """
              1. Boot into Safe Mode (hold Shift while choosing Restart → Troubleshoot → Startup settings).
              2. In Device Manager, open the display adapter → Driver → **Roll Back Driver**.
              3. Restart normally. Pause driver updates for 7 days and escalate to L2 · OS with the stop code.
              """, tags: ["bsod", "driver", "windows"], problem: 9),
        Entry(id: "KB-WU-ES", area: "os", lang: .es, title: "Windows Update falla con el error 0x80070005",
              body: """
              El error 0x80070005 es *acceso denegado*. Ejecute el solucionador de problemas de Windows Update y, si no basta,
              restablezca los permisos de `SoftwareDistribution` (procedimiento de L2 · sistemas operativos).
              """, tags: ["windows update", "error"], problem: 10),
        Entry(id: "KB-PHISH-ES", area: "security", lang: .es, title: "Cómo actuar ante un correo de phishing",
              body: """
              - No haga clic en enlaces ni abra adjuntos.
              - Use el botón **Notificar phishing** de Outlook.
              - Si el usuario ya introdujo la contraseña: restablézcala de inmediato y escale a seguridad como incidente P2.
              """, tags: ["phishing", "seguridad", "correo"], problem: 11),
        Entry(id: "KB-PHISH-EN", area: "security", lang: .en, title: "What to do with a phishing e-mail",
              body: """
              - Do not click links or open attachments.
              - Use Outlook's **Report phishing** button.
              - If the user already typed the password: reset it at once and escalate to security as a P2 incident.
              """, tags: ["phishing", "security", "mail"], problem: 11),
        Entry(id: "KB-NEW-ES", area: "access", lang: .es, title: "Alta de un usuario nuevo: lista de comprobación",
              body: """
              1. Solicitud aprobada por el responsable.
              2. Cuenta de dominio y buzón.
              3. Grupos del departamento y unidades de red.
              4. Equipo asignado y software estándar.
              """, tags: ["alta", "usuario", "incorporación"], problem: 13),
    ]
}
