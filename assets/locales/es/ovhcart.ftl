# ovhcart, español. Las mismas claves que el catálogo inglés (un test lo comprueba).
# Nombres de teclas (enter, esc, ctrl-u…): en inglés, como en el pie de pantalla.

## Steps

step-subsidiary = Filial
step-plan = Oferta
step-name = Nombre
step-voucher = Cupón
step-review = Resumen
step-order = Pedido

## Key hints (footer and help)

hint-quit = salir
hint-help = ayuda
hint-retry = reintentar
hint-back = atrás
hint-up = arriba
hint-down = abajo
hint-choose = elegir
hint-clear-or-quit = borrar filtro / salir
hint-next = siguiente
hint-check-or-skip = comprobar / omitir si vacío
hint-activate = seleccionar
hint-toggle = marcar / desmarcar
hint-toggle-hds = marcar HDS
hint-focus-next = campo siguiente
hint-focus-prev = campo anterior
hint-leave = salir, seguir después
hint-leave-only = salir
hint-finish = terminar
hint-close = cerrar
hint-page-up = página anterior
hint-page-down = página siguiente
hint-keep-cart = conservar la cesta y salir
hint-delete-cart = eliminar la cesta y salir
hint-cancel = cancelar
hint-place-order = realizar el pedido
hint-language = idioma
hint-first = primero
hint-last = último
hint-top = inicio
hint-bottom = final
hint-scroll-up = desplazar arriba
hint-scroll-down = desplazar abajo
hint-open-url = abrir enlace
hint-copy-url = copiar enlace

## Validation and refusals

name-error-empty = El nombre no puede estar vacío.
name-error-too-long = El nombre tiene { $count } caracteres; se permiten { $max } como máximo.
name-error-control = El nombre no puede contener caracteres de control, como tabulaciones.
voucher-error-space = Un código de cupón no lleva espacios.
voucher-error-control = Un código de cupón no puede contener caracteres de control.
voucher-error-too-long = Es demasiado largo para ser un código de cupón.
plan-error-no-renew = Esta oferta no tiene precio de renovación, así que no puede contratarse aquí. Elija otra.
review-refused-waiver = Para realizar el pedido, marque arriba la casilla de renuncia al derecho de desistimiento.
review-refused-quote = El presupuesto aún no está listo: espere a que llegue o vuelva a intentarlo si ha fallado.
review-consents-language = El idioma ha cambiado, por lo que esta casilla y las demás se han desmarcado: vuelva a leer su texto, en el nuevo idioma, y márquelas de nuevo si está de acuerdo.
review-consents-order = Lo que pide ha cambiado (filial, oferta u opción), y con ello los contratos, por lo que esta casilla y las demás se han desmarcado: vuelva a leer su texto y márquelas de nuevo si está de acuerdo.

## What failed

failed-account = No se ha podido cargar su cuenta
failed-cart = No se ha podido preparar la cesta
failed-item = No se ha podido añadir el proyecto a la cesta
failed-description = No se ha podido guardar el nombre del proyecto
failed-voucher = No se ha podido añadir o quitar el cupón
failed-option = No se ha podido añadir o quitar la opción
failed-voucher-check = No se ha podido comprobar el cupón
failed-quote = No se ha podido cargar el presupuesto
failed-checkout = No se ha podido realizar el pedido
checkout-outcome-unknown = Es posible que el pedido se haya realizado (cesta { $cart }): su respuesta se perdió y aún no se ha podido comprobar
failed-follow = No se ha podido seguir el pedido

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = La normativa de consumo de la UE le reconoce un derecho de desistimiento: en un contrato celebrado a distancia, puede desistir en un plazo de 14 días sin indicar el motivo. Al marcar esta casilla, solicita a OVHcloud que tramite y entregue este pedido ahora, y renuncia a ese derecho para este pedido. Si no está de acuerdo, deje la casilla sin marcar: ovhcart no realizará el pedido. Nada más en ovhcart marca esta casilla por usted.

## Los demás consentimientos de la revisión: los contratos y, para la filial IT, la
## aprobación específica de cláusulas (arts. 1341 y 1342 del Código Civil italiano). Cada
## texto se muestra con su casilla y se registra en el recibo.

review-contracts-label = He leído y acepto los contratos
contracts-text = Al marcar esta casilla acepta cada uno de los contratos indicados arriba, tal como OVHcloud lo publica en la dirección mostrada; el recibo registra el nombre y la dirección de cada uno. Nada más en ovhcart marca esta casilla por usted.
review-clauses-label = Apruebo expresamente estas cláusulas
clauses-text = Según los arts. 1341 y 1342 del Código Civil italiano, apruebo expresamente las cláusulas de OVHcloud sobre: límites de responsabilidad, suspensión y resolución, renovación tácita, cambios de condiciones, fuero competente.
clauses-translation = Traducción:
review-refused-contracts = Para realizar el pedido, marque la casilla de aceptación de los contratos.
review-refused-clauses = Para realizar el pedido, marque la casilla de aprobación de las cláusulas (arts. 1341 y 1342 del Código Civil italiano).
review-contracts-changed = Los contratos han cambiado, por lo que la casilla que los acepta se ha desmarcado: léalos y vuelva a marcarla si está de acuerdo.

## Frame

header-endpoint = · API { $endpoint }
header-language = Idioma: { $language }
too-small = El terminal es demasiado pequeño ({ $width }×{ $height }). ovhcart necesita al menos { $min_width }×{ $min_height }: agrande la ventana.
busy-account = Cargando su cuenta…
busy-earlier = Resolviendo lo que dejó pendiente una ejecución anterior…
busy-cart = Preparando la cesta…
busy-item = Añadiendo el proyecto a la cesta…
busy-config = Guardando en la cesta…
busy-option = Actualizando las opciones…
busy-quote = Actualizando el presupuesto…
busy-voucher = Comprobando el cupón…
busy-placing = Realizando el pedido…
busy-following = Siguiendo el pedido…

## Errors

error-prefix = Error
error-network-connect = No se pudo conectar con la API.
error-network-lost = La conexión con la API falló antes de que llegara su respuesta.
error-network-timeout = La API no respondió a tiempo.
error-title = No se ha podido realizar el pedido
error-query-id = ID de la petición: { $id } (indíquelo al soporte de OVHcloud)
error-hint-credentials = Compruebe la application key y la consumer key (ovhcart doctor), u obtenga otras nuevas con ovhcart login.
error-hint-signature = El application secret no corresponde a la application key, o el reloj está muy desajustado: ejecute ovhcart doctor.
error-hint-not-granted = Las reglas de acceso de la consumer key no cubren esta llamada: ejecute ovhcart doctor y después ovhcart login para obtener una clave con las reglas que necesita ovhcart.
error-hint-forbidden = La cuenta no puede hacer esto; puede que la cesta pertenezca a otra cuenta.
error-hint-cart-gone = La cesta ha caducado (una cesta dura un día) o se ha eliminado: inicie un nuevo pedido.
error-hint-not-found = Compruebe el identificador; puede que se haya eliminado.
error-hint-bad-request = Corrija el valor que indica el mensaje y vuelva a intentarlo.
error-hint-rate-limited = Demasiadas peticiones: espere un minuto y vuelva a intentarlo.
error-hint-server = La API tiene problemas: vuelva a intentarlo dentro de un momento.
error-hint-network = Compruebe la conexión de red y el endpoint y vuelva a intentarlo.
error-hint-invalid-response = La API ha respondido algo inesperado: vuelva a intentarlo; si persiste, compruebe el endpoint.
error-hint-clear-http = Use https://, o pase --allow-clear-http si acepta ese riesgo.
sandbox-start-failed = No se puede iniciar el sandbox: { $error }
config-hint-parse = Corrija esta línea del archivo (un ovh.conf contiene cabeceras [sección] y líneas clave = valor) y vuelva a intentarlo.
config-hint-read = Corrija los permisos del archivo o elimínelo, y vuelva a intentarlo.
config-hint-missing-file = Compruebe la ruta indicada en --config.
config-hint-endpoint-name = Use uno de los nombres de endpoint indicados, o una URL base como https://eu.api.ovh.com/1.0.
config-hint-endpoint-url = Indique una URL base que empiece por http:// o https:// y nombre un host, como https://eu.api.ovh.com/1.0.
config-hint-no-credentials = Ejecute ovhcart login para crear credenciales.
config-hint-incomplete-key-pair = Añada la que falta, o ejecute ovhcart login para crear un par nuevo.
config-hint-one-method = Conserve un solo método.
config-hint-incomplete-oauth2 = Añada el que falta.
config-hint-oauth2-endpoint = Use una application key y un application secret con este endpoint.
config-hint-bad-value = Vuelva a copiar el valor desde donde se creó, en una sola línea y sin espacios alrededor, y vuelva a intentarlo.
config-hint-foreign-symlink = Sustituya el enlace por un archivo propio, o escriba en otro sitio con --config.
config-hint-write-not-a-file = Indique la ruta de un archivo, no la de un directorio.
config-hint-write-link-loop = Haga que el enlace apunte a un archivo normal.
config-hint-write-directory = Compruebe que el directorio del archivo existe y que puede escribir en él.

## Step 1: subsidiary

subsidiary-intro = Elija la filial de OVHcloud a la que se contrata el proyecto: determina la moneda, los contratos y la API por la que pasa el pedido.
subsidiary-filter = Filtro
subsidiary-filter-placeholder = escriba un país o un código
subsidiary-no-match = Ninguna filial coincide con «{ $filter }». Pulse Esc para borrar el filtro.
subsidiary-col-code = Código
subsidiary-col-country = País
subsidiary-col-currency = Moneda
subsidiary-col-endpoint = Pedido a través de
subsidiary-chosen = elegida
subsidiary-yours = la de su cuenta

## Step 2: plan

plan-intro = Ofertas de Public Cloud para { $subsidiary }. Un proyecto no cuesta nada por sí mismo; lo que se ejecuta en él se factura según el consumo.
plan-loading = Preparando una cesta y cargando las ofertas…
plan-no-offers = La API no ofrece ningún proyecto de Public Cloud para esta filial. Vuelva atrás y elija otra.
plan-no-renew = sin precio de renovación
hds-label = Certificación HDS (alojamiento de datos de salud)
hds-explanation = Necesaria para alojar datos personales de salud en Francia; requiere un nivel de soporte Business o Enterprise.
hds-not-sold = La certificación HDS no se vende con este plan.
plan-code = Código de oferta
plan-renew = Precio
plan-pricing-mode = Modo de precio
plan-consumption-title = Facturado según el consumo
plan-consumption-none = No figura nada facturado según el consumo.
duration-days = { $count ->
    [one] al día
   *[other] cada { $count } días
}
duration-weeks = { $count ->
    [one] a la semana
   *[other] cada { $count } semanas
}
duration-months = { $count ->
    [one] al mes
   *[other] cada { $count } meses
}
duration-years = { $count ->
    [one] al año
   *[other] cada { $count } años
}
duration-once = una vez
duration-other = cada { $iso }

## Step 3: name

name-intro = El nombre es como aparece el proyecto en el área de cliente y en la API. Podrá cambiarlo más adelante.
name-label = Nombre del proyecto
name-count = { $count } de { $max } caracteres
name-default = Proyecto { $date }
name-count-over = { $count } de { $max } caracteres: { $over } de más, acorte el nombre.
paste-controls-removed =
    { $count ->
        [one] El texto pegado contenía un carácter de control: se ha quitado.
       *[other] El texto pegado contenía { $count } caracteres de control: se han quitado.
    }
name-saved = Guardado en la cesta como «{ $name }».

## Step 4: voucher

voucher-intro = Si tiene un cupón, escriba su código: se comprueba con OVHcloud antes de añadirlo. Deje el campo vacío y pulse Enter para continuar sin cupón (así también se quita un cupón ya añadido).
voucher-label = Código del cupón
voucher-checking = Comprobando { $code }…
voucher-refused = OVHcloud ha rechazado el cupón { $code }: { $message }
voucher-fix = Corrija el código, o vacíe el campo y pulse Enter para continuar sin cupón.
voucher-attached = Cupón { $code } aceptado: { $credit } de crédito.
voucher-attached-no-credit = Cupón { $code } aceptado.

## Step 5: review

review-subsidiary = Filial
review-plan = Oferta
review-name = Nombre
review-voucher = Cupón
review-option = Opción
review-no-voucher = ninguno
review-quote = Presupuesto
review-quote-loading = Preparando el presupuesto…
review-reduction = Descuentos
review-without-tax = Total sin impuestos
review-tax = Impuestos
review-with-tax = Total con impuestos
review-contracts = Contratos (Enter sobre uno para leerlo)
review-payment = Forma de pago predeterminada
payment-type-credit-card = Tarjeta de crédito
payment-type-bank-account = Cuenta bancaria
payment-type-sepa = Adeudo directo SEPA
payment-type-paypal = PayPal
payment-type-deferred = Cuenta de pago diferido
payment-type-fidelity = Cuenta de fidelidad
payment-type-prepaid = Cuenta prepago de OVHcloud
payment-type-rupay = Tarjeta RuPay
review-payment-none = ninguna registrada en la cuenta
review-payment-unknown = desconocida (no se ha podido cargar la cuenta)
review-payment-loading = cargando…
review-auto-pay = Pagar automáticamente con la forma de pago predeterminada
review-waiver-label = Renuncio a mi derecho de desistimiento
review-place-order = Realizar el pedido

## Step 6: order

order-placed = Pedido { $id } realizado.
order-url = Página del pedido
order-paid = Pagado.
order-not-paid = Aún no está pagado: páguelo desde la página del pedido.
order-reconciled = La respuesta a la validación se perdió por el camino; ovhcart ha encontrado el pedido en su cuenta.
order-status = Estado
order-status-cancelled = cancelado
order-status-cancelling = en cancelación
order-status-checking = en verificación
order-status-delivered = entregado
order-status-delivering = en entrega
order-status-documents = documentos solicitados
order-status-not-paid = no pagado
order-status-unknown = desconocido
order-step-validating = Validación
order-step-validated = Validado
order-step-delivering = Entrega
order-step-available = Disponible
order-delivered = Proyecto entregado: { $project }
order-follow-later = Ya puede salir: el pedido sigue su curso. Sígalo más tarde con: ovhcart order status { $id }
order-follow-later-sandbox = Este pedido está en el sandbox integrado, que termina con ovhcart: cuando ovhcart termine, no quedará nada que seguir.
order-receipt = Recibo guardado en { $path }
order-receipt-failed = No se ha podido escribir el recibo: { $error }
order-not-placed = No se ha realizado ningún pedido. Puede reintentarlo o volver al resumen.
order-maybe-placed = Puede que el pedido se haya realizado. No vuelva a pedir: compruébelo con ovhcart order status o en el área de cliente, en Facturación > Pedidos.
order-maybe-placed-sandbox = Puede que el pedido se haya realizado en el sandbox. No vuelva a pedir en esta ejecución: el sandbox integrado termina con ovhcart, y sus cestas y pedidos con él.

## Overlays

help-title = Teclas
help-editing = Al escribir se edita el campo: ← → home end, backspace, delete, ctrl-u (borra hasta el inicio).
help-editing-name = Al escribir se edita el nombre (incluido ?): ← → home end, backspace, delete, ctrl-u (borra hasta el inicio).
help-editing-filter = Al escribir se filtra la lista: ← →, ctrl-a ctrl-e (inicio, final del filtro), backspace, delete, ctrl-u (borra hasta el inicio). home y end van a la primera y a la última fila.
help-close = esc cierra esta ventana.

## Scrolled views, links

more-above = ▲ más arriba
more-below = ▼ más abajo
key-wheel-up = rueda ↑
key-wheel-down = rueda ↓
notice-opening = Abriendo el enlace en su navegador…
notice-opened = Enlace abierto en su navegador ({ $program }).
notice-not-opened = No se pudo iniciar ningún navegador ({ $why }): copie el enlace con { $copy } y ábralo usted mismo.
notice-copied = Enlace enviado al portapapeles (si su terminal lo permite, OSC 52).
contract-empty = La API no ha enviado el texto de este contrato: léalo en la dirección indicada arriba.
contract-position = línea { $line } de { $total }
confirm-quit-title = ¿Salir?
confirm-quit-text = La cesta { $cart } sigue abierta en su cuenta. ¿Conservarla (caduca sola al cabo de un día) o eliminarla ahora?
confirm-order-title = ¿Realizar el pedido?
confirm-order-text = ¿Realizar el pedido ahora? Total con impuestos: { $total }. El pedido se enviará a OVHcloud.

## Cart browser
hint-carts = cestas
hint-refresh = actualizar
hint-delete = eliminar
hint-open = abrir
hint-resume = retomar en el asistente
hint-confirm-delete = eliminar
busy-carts = Leyendo las cestas…
busy-deleting = Eliminando…
carts-title = Cestas
cart-title = Cesta
carts-intro = Las cestas de su cuenta. Intro abre una para ver sus artículos y su presupuesto, retomarla o eliminar partes de ella.
carts-intro-start = Su cuenta tiene cestas abiertas. Retome una (Intro la muestra primero) o empiece un pedido nuevo.
carts-new-order = Pedido nuevo
carts-loading = Leyendo las cestas de la cuenta…
carts-none = No hay cestas en esta cuenta.
carts-column-items = Artículos
carts-column-expires = Caduca
carts-column-state = Estado
carts-items = { $count ->
    [one] 1 artículo
   *[other] { $count } artículos
}
carts-state-open = abierta
carts-state-in-use = en uso aquí
carts-state-read-only = solo lectura
carts-state-expired = caducada
carts-legend = { $mark } creada por ovhcart
carts-column-project = Proyecto
carts-column-cart = Cesta
carts-refused-read-only = Esta cesta ya se validó (es de solo lectura): se puede consultar, no volver a pedir.
carts-refused-expired = Esta cesta ha caducado: se puede consultar, no pedir. Empiece un pedido nuevo en su lugar.
carts-refused-several = Esta cesta contiene varios proyectos; el asistente pide un proyecto por cesta. Elimine primero los artículos que sobran.
carts-refused-offers = No se han podido leer las ofertas Public Cloud de esta cesta, así que no se puede retomar ahora. Actualice con r.
carts-refused-ordered = Ya se ha realizado un pedido en esta sesión. Vuelva a iniciar ovhcart para retomar otra cesta.
carts-refused-in-use = El asistente está llenando esta cesta: cambie sus artículos mediante los pasos o elimine la cesta entera.
failed-carts = No se han podido leer las cestas de la cuenta
failed-cart-read = No se ha podido leer la cesta
failed-delete = No se ha podido eliminar
cart-loading = Leyendo la cesta, sus artículos y su presupuesto…
cart-expires = caduca el { $date }
cart-no-items = Ningún artículo.
cart-item = artículo
cart-no-quote = Sin presupuesto: la cesta está vacía, es de solo lectura o ha caducado.
cart-in-use = El asistente está llenando esta cesta ahora. Esc vuelve a la lista.
cart-resume-note = Intro retoma esta cesta en el asistente, en el primer paso que aún le falta. Una cesta no guarda su filial: se toma la de su cuenta, { $subsidiary }.
confirm-delete-cart-title = ¿Eliminar la cesta?
confirm-delete-cart-text = ¿Eliminar la cesta { $cart } y todo su contenido? No se puede deshacer.
confirm-delete-item-title = ¿Eliminar el artículo?
confirm-delete-item-text = ¿Eliminar el artículo { $item } de la cesta { $cart }, con sus configuraciones? No se puede deshacer.
confirm-delete-configuration-title = ¿Eliminar la configuración?
confirm-delete-configuration-text = ¿Eliminar la configuración «{ $label }» de la cesta { $cart }? No se puede deshacer.

## Leaving the full screen

exit-delivered = Proyecto { $project } entregado (pedido { $id }).
exit-following = El pedido { $id } está realizado y aún en curso. Para seguirlo: ovhcart order status { $id } --follow
exit-following-sandbox = El pedido { $id } está realizado en el sandbox y aún estaba en curso cuando salió.
exit-cart-kept = Su cesta { $cart } se conserva en su cuenta durante un día.
exit-cart-kept-sandbox = Su cesta { $cart } seguía abierta en el sandbox.
exit-receipt = Recibo: { $path }
exit-needs-terminal = El asistente necesita un terminal. Para scripts, use: ovhcart order --help
exit-no-public-cloud = El endpoint { $endpoint } no vende proyectos de Public Cloud: use ovh-eu, ovh-ca u ovh-us.
exit-unknown-subsidiary = Filial { $code } desconocida para { $endpoint }. Válidas: { $valid }
exit-terminated = Detenido por una señal de terminación; el terminal se ha restaurado.

## ovhcart login

login-no-sandbox = El sandbox no necesita inicio de sesión: las credenciales de demostración del sandbox vienen integradas. Para probar login con él, ejecute `ovhcart sandbox` y pase su URL con --endpoint.
login-ask-endpoint = Endpoint (ovh-eu, ovh-ca, ovh-us o una URL)
login-no-home = No hay ningún directorio personal donde guardar ~/.ovh.conf: elija un archivo con --config FILE.
login-missing-keys = Se necesitan una application key y un application secret. Créelos en { $url } (con cualquier nombre y descripción) y después defina OVH_APPLICATION_KEY y OVH_APPLICATION_SECRET, o pase --application-key y --application-secret-stdin.
login-create-app = ovhcart necesita una application key y un application secret. Créelos en { $url } (inicie sesión e indique cualquier nombre y descripción) y copie aquí los dos valores. El secret no se muestra mientras lo escribe.
login-ask-application-key = Application key
login-ask-application-secret = Application secret
login-empty-stdin = --application-secret-stdin: la primera línea de la entrada estándar (stdin) está vacía.
login-terminal-unreadable = No se puede leer el terminal: { $error }
login-stdin-unreadable = No se puede leer la entrada estándar: { $error }
login-requested = Se ha solicitado una consumer key en { $endpoint }, limitada a las { $count } rutas que llama ovhcart (ejecute `ovhcart doctor` para verlas).
login-open-url = Abra esta página, inicie sesión con su cuenta de OVHcloud y acepte:
login-waiting = Esperando la validación (hasta { $minutes } min; Ctrl-C para cancelar)…
login-validated = Validada: la clave actúa en nombre de la cuenta { $account }.
login-saved = Se han guardado la application key, el application secret y la consumer key en { $file } [{ $section }].
login-next = Siguiente paso: `ovhcart doctor` lo comprueba todo; `ovhcart` inicia un pedido.
login-verify-failed = La clave se validó, pero GET /me falló con ella; no se ha guardado nada.
login-cancelled = Cancelado: no se ha guardado nada.
login-timed-out = La consumer key no se validó en { $secs } s; no se ha guardado nada. Vuelva a ejecutar `ovhcart login` y abra el enlace antes, o conceda más tiempo con --timeout.
login-not-validated = La consumer key quedó en estado { $state } en la página de validación; no se ha guardado nada. Vuelva a ejecutar `ovhcart login` y acepte.

## ovhcart doctor

doctor-label-endpoint = Endpoint
doctor-label-files = Archivos
doctor-label-credentials = Credenciales
doctor-label-clock = Reloj
doctor-label-oauth2 = OAuth2
doctor-label-key = Consumer key
doctor-label-rules = Reglas
doctor-from = procedente de { $source }
doctor-endpoint-defaulted = nada lo define: valor predeterminado
doctor-file-found = leído
doctor-file-missing = no encontrado
doctor-sandbox-credentials = las credenciales de demostración del sandbox
doctor-clock = Hora de la API menos hora local: { $drift } s (ovhcart corrige las firmas en esa medida)
doctor-token-ok = se ha obtenido un token de la URL de tokens
doctor-token-failed = no se ha obtenido ningún token de la URL de tokens
doctor-key-status = { $status }, caduca: { $expires }
doctor-never = nunca
doctor-routes-title = Rutas que llama ovhcart:
doctor-granted = autorizada
doctor-not-granted = NO autorizada
doctor-all-good = Todo correcto: ovhcart puede realizar pedidos con estas credenciales.
doctor-problems = { $count } { $count ->
    [one] problema
   *[other] problemas
} por resolver:
doctor-no-consumer-key = Hay una application key y un application secret, pero ninguna consumer key.
doctor-key-not-validated = La consumer key está en estado { $status }, no validada.
doctor-routes-missing = La consumer key no autoriza: { $routes }.
doctor-next-login = Siguiente paso: ejecute `ovhcart login` para crear una consumer key con las reglas que necesita ovhcart.
doctor-next-unreachable = Siguiente paso: compruebe la red y el endpoint (--endpoint u OVH_ENDPOINT).
doctor-next-signature = Siguiente paso: el application secret no corresponde a la application key; vuelva a copiar ambos desde la página en la que se creó la aplicación.
doctor-next-oauth2 = Siguiente paso: compruebe client_id y client_secret (una cuenta de servicio de la región de este endpoint).
doctor-next-sandbox = Siguiente paso: compruebe que 127.0.0.1 acepta conexiones locales, o elija otra dirección con --listen.

## Commands (ovhcart order, carts, cart show/delete, order status)

cli-waiver-required = No se ha pedido nada: ovhcart solo realiza un pedido con --waive-retraction.
cli-waiver-text = La normativa de consumo de la UE le reconoce un derecho de desistimiento: en un contrato celebrado a distancia, puede desistir en un plazo de 14 días sin indicar el motivo. Al indicar --waive-retraction, solicita a OVHcloud que tramite y entregue este pedido ahora, y renuncia a ese derecho para este pedido. Sin esa opción, ovhcart no realiza el pedido.
cli-waiver-how = Si está de acuerdo, ejecute el mismo comando con --waive-retraction; para ver el presupuesto sin realizar el pedido, añada --dry-run.
cli-contracts-required = No se ha pedido nada: ovhcart solo realiza un pedido con --accept-contracts, con la que acepta los contratos del pedido:
cli-contracts-text = Al pasar --accept-contracts acepta cada uno de los contratos de este pedido, tal como OVHcloud lo publica en su dirección (indicada con el presupuesto y en el recibo). Sin esta opción, ovhcart no realiza el pedido.
cli-contracts-how = Léalos; si los acepta, ejecute el mismo comando con --accept-contracts. Para ver el presupuesto sin realizar el pedido, añada --dry-run.
cli-clauses-required = No se ha pedido nada: para la filial IT, ovhcart solo realiza un pedido con --approve-clauses, su aprobación expresa de estas cláusulas:
cli-clauses-how = Si las aprueba, ejecute el mismo comando con --approve-clauses; para ver el presupuesto sin realizar el pedido, añada --dry-run.
cli-clauses-not-used = --approve-clauses no se ha usado: los pedidos de la filial { $subsidiary } no tienen cláusulas que aprobar específicamente (solo IT las tiene).
cli-no-terminal = No se ha pedido nada: no hay ningún terminal para pedir confirmación. Añada --yes para realizar el pedido sin preguntar, o --dry-run para ver solo el presupuesto.
cli-subsidiary-unknown = La filial «{ $code }» no es una de aquellas para las que { $endpoint } realiza pedidos de proyectos de Public Cloud. Use una de estas: { $valid }.
cli-endpoint-no-cloud = El endpoint { $endpoint } no vende proyectos de Public Cloud: use ovh-eu, ovh-ca u ovh-us.
cli-hds-not-sold = --hds: la certificación HDS no se vende con el plan { $plan } para { $subsidiary }.
cli-voucher-refused = OVHcloud ha rechazado el cupón { $code }
cli-voucher-fix = No se ha pedido nada y la cesta se ha eliminado. Corrija el código, o ejecute el comando sin --voucher.
cli-prompt-order = ¿Realizar este pedido? [y/N]
cli-declined = No se ha pedido nada: ha respondido que no.
cli-interrupted-before-order = Interrumpido antes del pedido: no se ha pedido nada.
cli-interrupted = Interrumpido.
cli-retrying = Aún no hay una respuesta útil a { $method } { $path }: se reintenta en { $ms } ms (intento { $attempt }).
cli-cart-deleted = Cesta { $cart } eliminada.
cli-cart-kept = La cesta { $cart } se ha conservado: véala con ovhcart cart show { $cart } y elimínela con ovhcart cart delete { $cart }.
cli-dry-run-deleted = Simulación: no se ha pedido nada y la cesta { $cart } se ha eliminado.
cli-dry-run-kept = Simulación: no se ha pedido nada. La cesta { $cart } se ha conservado (caduca sola al cabo de un día).
cli-failed-delete = No se ha podido eliminar la cesta
cli-failed-pay = El pedido se ha realizado, pero no se ha podido pagar
cli-pay-from-page = Páguelo desde la página del pedido: { $url }
cli-order-maybe-placed = Puede que el pedido se haya realizado: no vuelva a pedir. Compruébelo con ovhcart order status u ovhcart carts (una cesta validada es de solo lectura), o en el área de cliente, en Facturación > Pedidos.
cli-no-data-dir = no hay directorio de datos (defina OVHCART_DATA_DIR)
cli-follow-timeout = El proyecto no se ha entregado en { $seconds } { $seconds ->
    [one] segundo
   *[other] segundos
}. El pedido sigue su curso: sígalo con ovhcart order status { $id } --follow.
cli-follow-timeout-sandbox = El proyecto no se ha entregado en { $seconds } { $seconds ->
    [one] segundo
   *[other] segundos
}. Este pedido está en el sandbox integrado, que termina con ovhcart: no queda nada que seguir.
cli-order = Pedido
cli-order-id-invalid = «{ $id }» no es un identificador de pedido: un identificador de pedido es un número positivo, como el que muestra ovhcart order.
cli-order-unknown = Su cuenta no tiene ningún pedido { $id }
cli-help-examples = Ejemplos:
cli-usage-hint = Ejecute { $command } --help para ver lo que acepta.
cli-flag-wizard-only = { $flag } solo se aplica al asistente (ovhcart sin comando).
cli-flag-subsidiary = { $flag } solo se aplica al asistente y a ovhcart order.
cli-man-unknown = ovhcart no tiene el comando { $command }: sus comandos ahí son { $known }.
cli-flag-clauses-italy = { $flag } solo se aplica a la filial IT: la aprobación específica de cláusulas es una norma del derecho italiano (art. 1341 y 1342 del Código Civil).
cli-flag-no-api = { $flag } no tiene efecto con este comando: no llama a la API.
cli-flag-sandbox-only = { $flag } configura el sandbox integrado: añada --sandbox, o páselo después de ovhcart sandbox.
cli-step-todo = pendiente
cli-step-doing = en curso
cli-step-done = terminado
cli-step-error = con error
cli-contracts = Contratos
cli-no-carts = No hay ninguna cesta en esta cuenta.
cli-cart-mine = creada por ovhcart
cli-cart-read-only = solo lectura (ya pedida)
cli-cart-items = { $count ->
    [one] { $count } artículo
   *[other] { $count } artículos
}
cli-cart-expires = caduca
cli-cart-id-invalid = «{ $id }» no es un identificador de cesta.
cli-cart-unknown = Su cuenta no tiene ninguna cesta { $cart }
cli-cart-list-hint = Puede que haya caducado (una cesta dura un día) o que se haya eliminado: liste las cestas con ovhcart carts.
cli-failed-carts = No se han podido listar las cestas
cli-failed-cart-read = No se ha podido leer la cesta
cli-delete-no-terminal = No se ha eliminado nada: no hay ningún terminal para pedir confirmación. Añada --yes para eliminar sin preguntar.
cli-prompt-delete = ¿Eliminar la cesta { $cart }? [y/N]
cli-delete-declined = No se ha eliminado nada: ha respondido que no.

## Recovering what an earlier run left unfinished

recover-ordered = El pedido de una ejecución anterior sí se realizó: pedido { $id } para «{ $name }». No se realizará de nuevo.
recover-unsettled = Una ejecución anterior envió el pedido para «{ $name }» y su resultado sigue siendo desconocido ({ $error }). No se ha reenviado nada: compruebe sus pedidos (ovhcart order status, o el área de cliente) antes de volver a pedir.
earlier-unsettled = Una ejecución anterior envió el pedido de «{ $name }» y aún no se sabe si se realizó. No se ha reenviado nada: compruebe sus pedidos (ovhcart order status, o el área de cliente) antes de volver a pedir.
cli-resuming-cart = Se completa la cesta { $cart } que una ejecución anterior dejó para este proyecto.

## Modo línea a línea (--plain, TERM=dumb)

plain-intro = ovhcart, línea a línea (API { $endpoint }). Cada pregunta termina con dos puntos: escriba la respuesta y pulse Intro. Ctrl-C detiene el asistente en cualquier pregunta.
plain-open-carts =
    { $count ->
        [one] Su cuenta tiene una cesta abierta ({ $carts }): se conserva tal cual y esta ejecución empieza una nueva. ovhcart carts la lista; el asistente a pantalla completa puede retomarla.
       *[other] Su cuenta tiene { $count } cestas abiertas ({ $carts }): se conservan tal cual y esta ejecución empieza una nueva. ovhcart carts las lista; el asistente a pantalla completa puede retomarlas.
    }
plain-step = Paso { $number } de { $total }: { $name }
plain-working = Procesando…
plain-reduction = Descuento: { $what }
plain-contract = Contrato: { $name }, { $url }
plain-yes = sí
plain-no = no
plain-yes-no-default-yes = [S/n]:
plain-yes-no-default-no = [s/N]:
plain-yes-no-again = Responda sí o no.
plain-retry = ¿Volver a intentarlo?
plain-ask-subsidiary = Filial: escriba su número (de 1 a { $count }), su código o su país; Intro conserva { $default }:
plain-not-in-list = «{ $answer }» no está en la lista: escriba un número de 1 a { $count }.
plain-ask-plan = Oferta: escriba su número (de 1 a { $count }); Intro conserva { $default }:
plain-ask-option = ¿Añadir la { $option }?
plain-ask-name = Nombre del proyecto; Intro conserva «{ $default }»:
plain-ask-voucher = Código del cupón; Intro si no tiene:
plain-consent-word = sí
plain-ask-waiver = Para marcar esta casilla, y renunciar así a su derecho de desistimiento para este pedido, escriba «{ $word }» completo. Cualquier otra respuesta la deja sin marcar y no se pide nada:
plain-waiver-refused = No se ha pedido nada: ha conservado su derecho de desistimiento.
plain-ask-contracts = Para marcar esta casilla, y aceptar así los contratos indicados arriba, escriba «{ $word }» completo. Cualquier otra respuesta la deja sin marcar y no se pide nada:
plain-contracts-refused = No se ha pedido nada: no ha aceptado los contratos.
plain-ask-clauses = Para marcar esta casilla, y aprobar así expresamente estas cláusulas, escriba «{ $word }» completo. Cualquier otra respuesta la deja sin marcar y no se pide nada:
plain-clauses-refused = No se ha pedido nada: no ha aprobado las cláusulas.
plain-ask-order = ¿Realizar el pedido ahora? Total con impuestos: { $total }. El pedido se enviará a OVHcloud.
plain-declined = No se ha pedido nada: ha respondido que no.
plain-nothing-ordered = Detenido antes del pedido: no se ha pedido nada.
plain-ask-delete-cart = La cesta { $cart } sigue abierta en su cuenta. ¿Eliminarla? Si no, se conserva y caduca sola al cabo de un día.
plain-cart-kept = Se ha conservado la cesta { $cart }: consúltela con ovhcart cart show { $cart } y elimínela con ovhcart cart delete { $cart }.
plain-cart-kept-sandbox = La cesta { $cart } sigue abierta en el sandbox hasta que ovhcart termine.
plain-cart-deleted = Cesta { $cart } eliminada.

## Onboarding: las pantallas previas al asistente cuando no hay credenciales utilizables
onboard-title = Conexión con OVHcloud
onboard-step = Conexión
onboard-page-endpoint = API
onboard-page-keys = Claves de la aplicación
onboard-page-validation = Validación
onboard-page-saved = Guardado
onboard-intro = No se han encontrado credenciales utilizables para la API de OVHcloud. ovhcart las crea con usted: elija la API de su cuenta, cree una application key y acepte una clave limitada a las rutas que usa ovhcart.
onboard-choose-endpoint = ¿En qué API está su cuenta de OVHcloud?
onboard-region-eu = Europa y África
onboard-region-ca = Canadá, Asia-Pacífico y el resto del mundo
onboard-region-us = Estados Unidos
onboard-region-custom = la dirección indicada con --endpoint o en su configuración
onboard-serves = Filiales: { $codes }
onboard-save-to = Las claves se guardarán en { $file }.
onboard-create-app = Abra { $url } en un navegador, inicie sesión con su cuenta de OVHcloud y cree una aplicación (cualquier nombre y descripción). Copie abajo su application key y su application secret.
onboard-reused = Las claves de su configuración ya están escritas: pulse Intro para usarlas.
onboard-application-key = Application key
onboard-application-secret = Application secret (oculto)
onboard-refused-key = Escriba la application key.
onboard-refused-secret = Escriba el application secret.
onboard-request-failed = solicitud de acceso
onboard-requesting = Solicitando acceso…
onboard-open-url = Abra esta página, inicie sesión con su cuenta de OVHcloud y acepte. La clave solo permite las { $count } rutas que usa ovhcart.
onboard-qr-too-small = Amplíe el terminal para ver este enlace como código QR.
onboard-waiting = Esperando su validación (hasta { $minutes } min). Esc cancela; hasta entonces no se guarda nada.
onboard-saving = Validada para la cuenta { $account }; guardando las claves…
onboard-saved = Se han guardado la application key, el application secret y la consumer key en { $file } [{ $section }].
onboard-save-failed = No se han podido guardar las claves: { $error }
onboard-save-failed-hint = r lo intenta de nuevo. Intro continúa sin guardar: la clave funciona hasta que ovhcart se cierre.
onboard-continue = Pulse Intro para empezar su pedido.
onboard-timed-out = La clave no se ha validado en { $minutes } min; no se ha guardado nada. Pulse Intro para obtener un enlace nuevo.
onboard-not-validated = La clave quedó en estado { $state } en la página de validación; no se ha guardado nada. Pulse Intro para intentarlo de nuevo.
hint-request-access = solicitar acceso
hint-next-field = campo siguiente
hint-prev-field = campo anterior
hint-continue = continuar
hint-retry-save = guardar de nuevo
busy-requesting-access = Solicitando acceso…
busy-validation = Esperando la validación…
busy-saving-keys = Guardando las claves…

## El pedido puede haberse realizado (resultado del pago de la cesta desconocido)

hint-check-again = comprobar de nuevo
order-unknown-title = El pedido puede haberse realizado
order-unknown-text = La respuesta al pedido se perdió y ovhcart no pudo saber si OVHcloud lo creó. ovhcart no vuelve a enviar el pedido.
order-unknown-cart = Cesta
order-unknown-order = Pedido
order-unknown-order-none = aún desconocido
order-unknown-checking = Comprobando la cesta y sus pedidos recientes…
order-unknown-why = la última comprobación no pudo saberlo
order-unknown-next = Comprobar de nuevo (r) lee la cesta y sus pedidos recientes. Si se encuentra el pedido, ovhcart lo paga si es gratuito, escribe el recibo y lo sigue. Si la cesta sigue abierta, no se pidió nada: vuelve al resumen, donde debe marcar de nuevo la casilla de renuncia.
order-unknown-next-earlier = Este pedido lo envió una ejecución anterior de ovhcart. Comprobar de nuevo (r) lee la cesta y sus pedidos recientes. Si se encuentra el pedido, ovhcart lo paga si es gratuito y lo sigue. Si la cesta sigue abierta, no se pidió nada: se muestra en sus cestas, para retomarla.
order-unknown-exit = El pedido de la cesta { $cart } puede haberse realizado. No vuelva a pedir antes de comprobarlo: ejecute ovhcart order status u ovhcart carts (una cesta pedida es de solo lectura), o mire en el área de cliente en Facturación > Pedidos.
order-unknown-exit-sandbox = El pedido de la cesta { $cart } puede haberse realizado en el sandbox.
sandbox-ended = El sandbox integrado terminó con ovhcart, y sus cestas y pedidos con él: no queda nada que comprobar. Para conservar un sandbox entre ejecuciones, inicie uno con `ovhcart sandbox` en otro terminal y ejecute ovhcart con las variables que muestra.
carts-state-unknown = resultado desconocido
plain-ask-recheck = Escriba r para comprobar de nuevo, o q para parar (no se reenvía nada):

# Real accounts: held and refused orders, eligibility actions, VOUCHER_* refusals (docs/api-notes.md).
order-held-review = OVHcloud está revisando el pedido { $id } antes de entregarlo; puede tardar unos días y es posible que se le pidan documentos por correo electrónico. No hay que enviar nada de nuevo: compruébelo más tarde con ovhcart order status { $id } o en el área de cliente: { $url }
order-held-review-sandbox = OVHcloud está revisando el pedido { $id } antes de entregarlo; puede tardar unos días y es posible que se le pidan documentos por correo electrónico. No hay que enviar nada de nuevo. Este pedido está en el sandbox integrado, que termina con ovhcart: cuando ovhcart termine, no quedará nada que comprobar.
order-held-documents = OVHcloud pide documentos antes de entregar el pedido { $id }: envíelos desde el área de cliente ({ $url }) o respondiendo a su correo y compruébelo después con ovhcart order status { $id }.
order-held-documents-sandbox = OVHcloud pide documentos antes de entregar el pedido { $id }: con una cuenta real, los enviaría desde el área de cliente ({ $url }) o respondiendo a su correo. Este pedido está en el sandbox integrado, que termina con ovhcart: cuando ovhcart termine, no quedará nada que comprobar.
order-held-not-paid = El pedido { $id } espera su pago: páguelo desde su página de pedido o el área de cliente ({ $url }) y compruébelo después con ovhcart order status { $id }.
order-held-not-paid-sandbox = El pedido { $id } espera su pago: con una cuenta real, lo pagaría desde su página de pedido o el área de cliente ({ $url }). Este pedido está en el sandbox integrado, que termina con ovhcart: cuando ovhcart termine, no quedará nada que comprobar.
order-refused = OVHcloud ha rechazado el pedido { $id }: no se entregará nada. Pregunte el motivo al soporte de OVHcloud desde el área de cliente: { $url }
eligibility-blocked = Su cuenta debe hacer primero lo siguiente en el área de cliente de OVHcloud para poder pedir un proyecto Public Cloud (no se ha pedido nada):
eligibility-add-payment-method = Añada un medio de pago válido: { $url }
eligibility-challenge-payment-method = Confirme su medio de pago (un pequeño pago de verificación): { $url }
eligibility-verify-paypal = Verifique su cuenta de PayPal: { $url }
eligibility-projects-quota = Solicite más proyectos: su cuenta ha alcanzado su número de proyectos Public Cloud: { $url }
eligibility-other = Realice la acción «{ $action }» que pide OVHcloud: { $url }
eligibility-minimum-credit = Se necesita un primer crédito de al menos { $amount }.
eligibility-methods = Medios de pago aceptados: { $methods }.
voucher-code-invalid = Este código de bono no existe: compruebe cómo está escrito.
voucher-code-too-many-attempts = Demasiados intentos de bonos: espere un rato antes de volver a intentarlo.
voucher-code-no-longer-valid = Este bono ya no es válido.
voucher-code-already-used = Este bono ya se ha utilizado.
voucher-code-expired = Este bono ha caducado.
voucher-code-country = Este bono no es válido para el país de su cuenta.
voucher-code-payment-mean = Este bono exige un medio de pago válido en su cuenta: añada uno primero en el área de cliente.
voucher-code-too-many-used = Este bono se ha utilizado tantas veces como permite.
voucher-code-nichandle = Este bono está reservado a otra cuenta.
voucher-code-scored = Este bono no se puede utilizar con su cuenta.
voucher-code-new-customer = Este bono es solo para clientes nuevos.
voucher-code-new-project = Este bono es solo para un primer proyecto Public Cloud.
voucher-code-other = OVHcloud ha rechazado este bono.
review-refused-eligibility = Su cuenta debe hacer primero lo indicado arriba en el área de cliente de OVHcloud: hasta entonces no se puede pedir nada.
review-refused-earlier = Todavía no: aún se está resolviendo lo que dejó pendiente una ejecución anterior (puede que ya haya pedido esto). Vuelva a intentarlo en un momento.
busy-retrying = aún sin respuesta utilizable, se vuelve a intentar (intento { $attempt })

## La ayuda de la línea de comandos (--help, ovhcart man, autocompletado): las definiciones de src/cli/args.rs,
## src/cli/login.rs, src/cli/doctor.rs y src/sandbox/ nombran estas claves
usage-about = Pedir un proyecto Public Cloud de OVHcloud desde el terminal
usage-about-long =
    Pedir un proyecto Public Cloud de OVHcloud desde el terminal.

    Sin comando, ovhcart abre el asistente a pantalla completa. `ovhcart --sandbox` lo ejecuta contra una API de OVHcloud integrada en 127.0.0.1: sin cuenta y sin facturar nada.
usage-heading-usage = Uso
usage-heading-commands = Comandos
usage-heading-arguments = Argumentos
usage-heading-options = Opciones
usage-heading-connection-anywhere = Conexión (antes o después del comando)
usage-heading-connection = Conexión
usage-heading-wizard = Asistente
usage-heading-sandbox = Sandbox (después de `ovhcart sandbox`, o con --sandbox antes de un comando)
usage-arg-help = Mostrar la ayuda
usage-arg-help-more = Mostrar la ayuda (más detalles con --help)
usage-arg-help-summary = Mostrar la ayuda (un resumen con -h)
usage-arg-version = Mostrar la versión
usage-about-help = Mostrar este mensaje o la ayuda del comando indicado
usage-arg-lang = Idioma de la interfaz (en, fr, es, it, pl, pt, de); el predeterminado se toma de LC_ALL/LANG
usage-arg-verbose = Más detalle en el archivo de registro (-v: debug, -vv: trace)
usage-arg-log-file = Escribir el registro aquí en lugar de en el directorio de datos
usage-arg-endpoint = Endpoint de la API: ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca, o una URL base [predeterminado: OVH_ENDPOINT, y después ovh.conf]
usage-arg-config = Leer este ovh.conf después de /etc/ovh.conf, ~/.ovh.conf y ./ovh.conf
usage-arg-retry-budget = Tiempo durante el que una lectura de la API puede seguir reintentando ante fallos transitorios (red, tiempo de espera agotado, 5xx, 429); 0: no reintentar nunca [predeterminado: 30]
usage-arg-request-timeout = Tiempo máximo que puede durar una petición a la API, incluida la lectura de toda su respuesta (al menos 1) [predeterminado: 30]
usage-arg-allow-clear-http = Aceptar el envío de credenciales por http:// sin cifrar a un host que no sea esta máquina (cualquiera en el trayecto puede leerlas)
usage-arg-sandbox = Usar la API del sandbox integrado con sus credenciales de demostración (no se factura nada); sus ajustes (--delivery-ms, …) van antes del comando
usage-arg-high-contrast = Colores vivos y de alto contraste en el asistente (NO_COLOR sigue desactivando los colores)
usage-arg-plain = Hacer las preguntas del asistente línea a línea, para lectores de pantalla y terminales sencillos (automático con TERM=dumb)
usage-arg-subsidiary = Preseleccionar esta filial (p. ej., FR, GB, QC); `ovhcart --subsidiary FR order …` pide para ella
usage-about-sandbox = Ejecutar la API del sandbox en 127.0.0.1 y mostrar sus credenciales como líneas `export` de shell
usage-about-login = Crear una consumer key limitada a las rutas que llama ovhcart y guardarla en ovh.conf
usage-about-doctor = Comprobar el endpoint, las credenciales, el reloj y los permisos de la consumer key
usage-about-order = Pedir un proyecto Public Cloud sin la pantalla completa, o (`order status ID`) seguir un pedido
usage-about-carts = Listar las cestas de la cuenta, con sus artículos y su caducidad
usage-about-cart = Mostrar o eliminar una cesta
usage-about-completions = Mostrar un script de autocompletado para un shell, generado a partir de estas definiciones
usage-about-man = Mostrar la página de manual (roff) de ovhcart o de uno de sus comandos, generada a partir de estas definiciones
usage-arg-name = El nombre del proyecto (su descripción en el área de cliente), de 1 a 255 caracteres
usage-arg-order-subsidiary = La filial para la que se pide (p. ej., FR, GB, QC) [predeterminado: la de la cuenta]
usage-arg-voucher = Un código de cupón, comprobado con OVHcloud antes del pedido
usage-arg-hds = Añadir al proyecto la opción de certificación HDS (alojamiento de datos de salud, Francia); se rechaza si no está a la venta
usage-arg-auto-pay = Pagar automáticamente con la forma de pago predeterminada de la cuenta
usage-arg-waive-retraction = Renunciar al derecho de desistimiento para este pedido (obligatorio: ovhcart no realiza el pedido sin este consentimiento)
usage-arg-accept-contracts = Aceptar los contratos de este pedido, tal como se indican con el presupuesto (obligatorio: ovhcart no realiza el pedido sin este consentimiento)
usage-arg-approve-clauses = Para la filial IT: aprobar específicamente las cláusulas de los arts. 1341 y 1342 del Código Civil italiano (obligatorio en ese caso)
usage-arg-dry-run = Detenerse después del presupuesto y eliminar la cesta; no se pide nada
usage-arg-keep-cart = Con --dry-run: conservar la cesta en lugar de eliminarla
usage-arg-order-yes = Realizar el pedido sin preguntar (necesario cuando no hay ningún terminal en el que preguntar)
usage-arg-order-follow = Tras el pedido, esperar a que se entregue el proyecto y mostrar su identificador
usage-arg-order-follow-timeout = Con --follow: dejar de esperar tras este número de segundos (el pedido sigue su curso)
usage-arg-json = Mostrar un único documento JSON en la salida estándar (stdout) en lugar de texto
usage-about-order-status = Mostrar el estado de un pedido y sus pasos de entrega, y el identificador de su proyecto una vez entregado
usage-arg-order-id = El identificador del pedido (un número, como el que muestra `ovhcart order`)
usage-arg-status-follow = Esperar a que se entregue el proyecto
usage-arg-status-follow-timeout = Con --follow: dejar de esperar tras este número de segundos
usage-about-cart-show = Mostrar una cesta: sus artículos, sus configuraciones y el presupuesto
usage-about-cart-delete = Eliminar una cesta (pregunta antes en un terminal)
usage-arg-cart-delete-yes = Eliminar sin preguntar (necesario cuando no hay ningún terminal en el que preguntar)
usage-arg-shell = El shell para el que generar el autocompletado
usage-arg-command = El comando cuya página mostrar (`order`, `order status`, `cart show`…); sin comando, la página del propio ovhcart
usage-arg-application-key = La application key de la página createApp [predeterminado: OVH_APPLICATION_KEY, y después ovh.conf]
usage-arg-application-secret-stdin = Leer el application secret de la primera línea de la entrada estándar (stdin). No hay, a propósito, ninguna opción que reciba el secret directamente: una línea de comandos es visible para todos los usuarios de la máquina (ps, /proc) y queda en el historial del shell. Si no, se toma de OVH_APPLICATION_SECRET, de ovh.conf o de una solicitud oculta en un terminal
usage-arg-timeout = Abandonar si la clave no se valida en este número de segundos
usage-arg-login-json = Mostrar líneas JSON (la URL de validación, la cuenta, el archivo guardado) en lugar de texto
usage-arg-no-qr = No dibujar la URL de validación como código QR
usage-arg-poll-interval = Segundos entre dos comprobaciones de la clave durante la espera
usage-arg-doctor-json = Mostrar el informe como un único documento JSON
usage-arg-listen = Dirección en la que escuchar. Bucle local (loopback) de forma predeterminada; cualquier otra requiere --expose
usage-arg-expose = Permitir una dirección --listen distinta del bucle local: cualquiera que llegue a ella obtiene las credenciales de demostración y puede realizar pedidos
usage-arg-latency-ms = Milisegundos añadidos antes de cada respuesta
usage-arg-fault-rate = Proporción de peticiones (de 0 a 1) que fallan: páginas HTML 502/503, conexiones restablecidas, respuestas perdidas
usage-arg-seed = Semilla para los fallos y los identificadores generados (aleatoria si no se indica)
usage-arg-clock-skew = Segundos que el reloj del sandbox va adelantado respecto al de esta máquina (o, si es negativo, atrasado)
usage-arg-cart-ttl = Duración de una cesta nueva, en segundos
usage-arg-delivery-ms = Milisegundos desde el pago hasta la entrega
usage-arg-plan-price-cents = Precio mensual de la oferta del proyecto, en céntimos (la oferta real cuesta 0)
usage-arg-hds-price-cents = Precio mensual de la opción de certificación HDS, en céntimos
usage-arg-lose-checkout-answers = Perder las respuestas de las N primeras validaciones de cesta, una vez creado el pedido
usage-arg-token-ttl = Duración de los tokens de acceso OAuth2, en segundos
usage-arg-situation = Lo que encuentra la cuenta de demostración, como les ocurre a los clientes reales que piden por primera vez
usage-situation-ready = Todo en orden: una tarjeta predeterminada válida, no se exige nada
usage-situation-add-payment-method = Sin medio de pago: la cuenta debe añadir uno antes de pedir; se rechaza un cupón que lo necesite
usage-situation-challenge-payment-method = Una cuenta nueva cuya tarjeta debe confirmarse antes de pedir
usage-situation-verify-paypal = Una cuenta PayPal que hay que verificar antes de pedir
usage-situation-projects-quota = Se ha alcanzado la cuota de proyectos de la cuenta: debe solicitar más
usage-situation-fraud-review = Los pedidos se revisan manualmente antes de la entrega y después se entregan
usage-situation-documents-requested = Los pedidos esperan documentos antes de la entrega
usage-situation-fraud-refused = Los pedidos se rechazan tras la revisión antifraude (error 906)
usage-situation-us = La API de EE. UU.: una cuenta de EE. UU., sin ruta de elegibilidad, el identificador del proyecto se encuentra en las operaciones del pedido
