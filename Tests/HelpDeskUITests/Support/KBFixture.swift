import Foundation
import HelpDeskCore
import HelpDeskStore

/// Fixed knowledge-base articles for the KB screen tests: published ones in both languages
/// with Markdown bodies, one in review and one draft.
struct KBFixture {
    var vpnES: Int64 = 0, passwordES: Int64 = 0, passwordEN: Int64 = 0, spooler: Int64 = 0, draft: Int64 = 0

    static let passwordENBody = """
        # Reset a domain password

        Use this when a user is **locked out** or *forgot* the password.

        ## Steps

        1. Open `dsa.msc` on a domain controller.
        2. Find the user and choose **Reset Password**.
        3. Tick *User must change password at next logon*.

        - Never send the new password by e-mail.
        - Check the account is not disabled.

        ```
        Set-ADAccountPassword -Identity j.smith -Reset
        Unlock-ADAccount -Identity j.smith
        ```

        > If the account locks again within minutes, look for a phone with the old password.
        """

    static let vpnESBody = """
        # VPN: «authentication failed»

        Suele pasar **después de cambiar la contraseña**: el cliente guarda la anterior.

        ## Pasos

        1. Borra las credenciales guardadas en el cliente VPN.
        2. Vuelve a introducir la contraseña nueva.
        3. Si sigue fallando, renueva el certificado con `certmgr.msc`.

        - Comprueba que la cuenta no está *bloqueada*.
        - Revisa el registro del cliente.
        """

    init(_ desk: UITestDesk) throws {
        let db = desk.db
        let at = UITestDesk.now.addingTimeInterval(-86_400)
        vpnES = try db.addArticle(ArticleDraft(externalID: "KB-41", title: "VPN: «authentication failed» tras cambiar la contraseña",
                                               body: Self.vpnESBody, lang: .es, category: "network", tags: ["vpn"]),
                                  status: .published, author: "luis", now: at).id
        passwordES = try db.addArticle(ArticleDraft(externalID: "KB-12", title: "Restablecer la contraseña del dominio",
                                                    body: "Abre `dsa.msc`, busca al usuario y elige **Restablecer contraseña**.",
                                                    lang: .es, category: "access"),
                                       status: .published, author: "sofia", now: at).id
        passwordEN = try db.addArticle(ArticleDraft(externalID: "KB-7", title: "Reset a domain password", body: Self.passwordENBody,
                                                    lang: .en, category: "access"),
                                       status: .published, author: "sofia", now: at).id
        spooler = try db.addArticle(ArticleDraft(externalID: "KB-88", title: "Printer spooler keeps crashing",
                                                 body: "Restart the **Print Spooler** service and clear `C:\\Windows\\System32\\spool\\PRINTERS`.",
                                                 lang: .en, category: "os"),
                                    status: .review, author: "ana", now: at).id
        draft = try db.addArticle(ArticleDraft(externalID: "KB-90", title: "Borrador: impresoras del tercer piso",
                                               body: "Pendiente de escribir.", lang: .es),
                                  status: .draft, author: "ana", now: at).id
    }
}
