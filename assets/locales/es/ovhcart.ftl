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
hint-focus-next = campo siguiente
hint-focus-prev = campo anterior
hint-leave = salir, seguir después
hint-finish = terminar
hint-close = cerrar
hint-page-up = página anterior
hint-page-down = página siguiente
hint-keep-cart = conservar la cesta y salir
hint-delete-cart = eliminar la cesta y salir
hint-cancel = cancelar
hint-place-order = realizar el pedido
hint-language = idioma

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
review-waiver-language = El idioma ha cambiado, por lo que la casilla de renuncia se ha desmarcado: lea el texto de abajo y vuelva a marcarla si está de acuerdo.

## What failed

failed-account = No se ha podido cargar su cuenta
failed-cart = No se ha podido preparar la cesta
failed-item = No se ha podido añadir el proyecto a la cesta
failed-description = No se ha podido guardar el nombre del proyecto
failed-voucher = No se ha podido añadir o quitar el cupón
failed-voucher-check = No se ha podido comprobar el cupón
failed-quote = No se ha podido cargar el presupuesto
failed-checkout = No se ha podido realizar el pedido
failed-follow = No se ha podido seguir el pedido

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = La normativa de consumo de la UE le reconoce un derecho de desistimiento: en un contrato celebrado a distancia, puede desistir en un plazo de 14 días sin indicar el motivo. Al marcar esta casilla, solicita a OVHcloud que tramite y entregue este pedido ahora, y renuncia a ese derecho para este pedido. Si no está de acuerdo, deje la casilla sin marcar: ovhcart no realizará el pedido. Nada más en ovhcart marca esta casilla por usted.

## Frame

header-endpoint = · API { $endpoint }
header-language = Idioma: { $language }
too-small = El terminal es demasiado pequeño ({ $width }×{ $height }). ovhcart necesita al menos { $min_width }×{ $min_height }: agrande la ventana.
busy-account = Cargando su cuenta…
busy-cart = Preparando la cesta…
busy-item = Añadiendo el proyecto a la cesta…
busy-config = Guardando en la cesta…
busy-quote = Actualizando el presupuesto…
busy-voucher = Comprobando el cupón…
busy-placing = Realizando el pedido…
busy-following = Siguiendo el pedido…

## Errors

error-prefix = Error
error-title = No se ha podido realizar el pedido
error-query-id = ID de la petición: { $id } (indíquelo al soporte de OVHcloud)
error-hint-credentials = Compruebe la application key y la consumer key (ovhcart doctor), u obtenga otras nuevas con ovhcart login.
error-hint-signature = El application secret no corresponde a la application key, o el reloj está muy desajustado: ejecute ovhcart doctor.
error-hint-not-granted = Las reglas de acceso de la consumer key no cubren esta llamada: ejecute ovhcart doctor y después ovhcart login para obtener una clave con las reglas que necesita ovhcart.
error-hint-forbidden = La cuenta no puede hacer esto; puede que la cesta pertenezca a otra cuenta.
error-hint-cart-gone = La cesta ha caducado (una cesta dura un día) o se ha eliminado: vuelva al primer paso para crear una nueva.
error-hint-not-found = Compruebe el identificador; puede que se haya eliminado.
error-hint-bad-request = Corrija el valor que indica el mensaje y vuelva a intentarlo.
error-hint-rate-limited = Demasiadas peticiones: espere un minuto y vuelva a intentarlo.
error-hint-server = La API tiene problemas: vuelva a intentarlo dentro de un momento.
error-hint-network = Compruebe la conexión de red y el endpoint y vuelva a intentarlo.
error-hint-invalid-response = La API ha respondido algo inesperado: vuelva a intentarlo; si persiste, compruebe el endpoint.

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
review-no-voucher = ninguno
review-quote = Presupuesto
review-quote-loading = Preparando el presupuesto…
review-reduction = Descuentos
review-without-tax = Total sin impuestos
review-tax = Impuestos
review-with-tax = Total con impuestos
review-contracts = Contratos (Enter sobre uno para leerlo)
review-payment = Forma de pago predeterminada
review-payment-none = ninguna registrada en la cuenta
review-payment-unknown = desconocida (no se ha podido cargar la cuenta)
review-payment-loading = cargando…
review-auto-pay = Pagar automáticamente con la forma de pago predeterminada
review-waiver-label = Renuncio a mi derecho de desistimiento para este pedido
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
order-receipt = Recibo guardado en { $path }
order-receipt-failed = No se ha podido escribir el recibo: { $error }
order-not-placed = No se ha realizado ningún pedido. Puede reintentarlo o volver al resumen.
order-maybe-placed = Puede que el pedido se haya realizado. No vuelva a pedir: compruébelo con ovhcart order status o en el área de cliente, en Facturación > Pedidos.

## Overlays

help-title = Teclas
help-editing = Al escribir se edita el campo: ← → home end, backspace, delete, ctrl-u (borra hasta el inicio).
help-editing-name = Al escribir se edita el nombre (incluido ?): ← → home end, backspace, delete, ctrl-u (borra hasta el inicio).
help-close = esc cierra esta ventana.
contract-empty = La API no ha enviado el texto de este contrato: léalo en la dirección indicada arriba.
contract-position = línea { $line } de { $total }
confirm-quit-title = ¿Salir?
confirm-quit-text = La cesta { $cart } sigue abierta en su cuenta. ¿Conservarla (caduca sola al cabo de un día) o eliminarla ahora?
confirm-order-title = ¿Realizar el pedido?
confirm-order-text = ¿Realizar el pedido ahora? Total con impuestos: { $total }. El pedido se enviará a OVHcloud.

## Leaving the full screen

exit-delivered = Proyecto { $project } entregado (pedido { $id }).
exit-following = El pedido { $id } está realizado y aún en curso. Para seguirlo: ovhcart order status { $id } --follow
exit-cart-kept = Su cesta { $cart } se conserva en su cuenta durante un día.
exit-receipt = Recibo: { $path }
exit-needs-terminal = El asistente necesita un terminal. Para scripts, use: ovhcart order --help
exit-no-public-cloud = El endpoint { $endpoint } no vende proyectos de Public Cloud: use ovh-eu, ovh-ca u ovh-us.
exit-unknown-subsidiary = Filial { $code } desconocida para { $endpoint }. Válidas: { $valid }
exit-terminated = Detenido por una señal de terminación; el terminal se ha restaurado.

## Modo línea a línea (--plain, TERM=dumb)

plain-intro = ovhcart, línea a línea (API { $endpoint }). Cada pregunta termina con dos puntos: escriba la respuesta y pulse Intro. Ctrl-C detiene el asistente en cualquier pregunta.
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
plain-ask-subsidiary = Filial: escriba su número (de 1 a { $count }) o su código; Intro conserva { $default }:
plain-not-in-list = «{ $answer }» no está en la lista: escriba un número de 1 a { $count }.
plain-ask-plan = Oferta: escriba su número (de 1 a { $count }); Intro conserva { $default }:
plain-ask-name = Nombre del proyecto; Intro conserva «{ $default }»:
plain-ask-voucher = Código del cupón; Intro si no tiene:
plain-consent-word = sí
plain-ask-waiver = Para marcar esta casilla, y renunciar así a su derecho de desistimiento para este pedido, escriba «{ $word }» completo. Cualquier otra respuesta la deja sin marcar y no se pide nada:
plain-waiver-refused = No se ha pedido nada: ha conservado su derecho de desistimiento.
plain-ask-order = ¿Realizar el pedido ahora? Total con impuestos: { $total }. El pedido se enviará a OVHcloud.
plain-declined = No se ha pedido nada: ha respondido que no.
plain-nothing-ordered = Detenido antes del pedido: no se ha pedido nada.
plain-ask-delete-cart = La cesta { $cart } sigue abierta en su cuenta. ¿Eliminarla? Si no, se conserva y caduca sola al cabo de un día.
plain-cart-kept = Se ha conservado la cesta { $cart }: consúltela con ovhcart cart show { $cart } y elimínela con ovhcart cart delete { $cart }.
plain-cart-deleted = Cesta { $cart } eliminada.
