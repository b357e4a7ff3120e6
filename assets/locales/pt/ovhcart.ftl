# ovhcart, português (de Portugal). As mesmas chaves do catálogo inglês (um teste verifica-o).
# Nomes de teclas (enter, esc, ctrl-u…): em inglês, como no rodapé.

## Steps

step-subsidiary = Filial
step-plan = Oferta
step-name = Nome
step-voucher = Voucher
step-review = Resumo
step-order = Encomenda

## Key hints (footer and help)

hint-quit = sair
hint-help = ajuda
hint-retry = tentar de novo
hint-back = voltar
hint-up = subir
hint-down = descer
hint-choose = escolher
hint-clear-or-quit = limpar filtro / sair
hint-next = seguinte
hint-check-or-skip = verificar / saltar se vazio
hint-activate = selecionar
hint-toggle = marcar / desmarcar
hint-toggle-hds = marcar HDS
hint-focus-next = campo seguinte
hint-focus-prev = campo anterior
hint-leave = sair, seguir depois
hint-leave-only = sair
hint-finish = terminar
hint-close = fechar
hint-page-up = página anterior
hint-page-down = página seguinte
hint-keep-cart = manter o carrinho e sair
hint-delete-cart = eliminar o carrinho e sair
hint-cancel = cancelar
hint-place-order = fazer a encomenda
hint-language = idioma
hint-first = primeiro
hint-last = último
hint-top = início
hint-bottom = fim
hint-scroll-up = deslocar para cima
hint-scroll-down = deslocar para baixo
hint-open-url = abrir ligação
hint-copy-url = copiar ligação

## Validation and refusals

name-error-empty = O nome não pode estar vazio.
name-error-too-long = O nome tem { $count } carateres; são permitidos no máximo { $max }.
name-error-control = O nome não pode conter carateres de controlo, como tabulações.
voucher-error-space = Um código de voucher não tem espaços.
voucher-error-control = Um código de voucher não pode conter carateres de controlo.
voucher-error-too-long = É demasiado longo para ser um código de voucher.
plan-error-no-renew = Esta oferta não tem preço de renovação, por isso não pode ser encomendada aqui. Escolha outra.
review-refused-waiver = Para fazer a encomenda, marque acima a caixa de renúncia ao direito de livre resolução.
review-refused-quote = O orçamento ainda não está pronto: aguarde-o ou tente de novo se tiver falhado.
review-consents-language = O idioma mudou, por isso esta caixa e as outras foram desmarcadas: leia de novo o seu texto, no novo idioma, e marque-as outra vez se concordar.
review-consents-order = O que encomenda mudou (filial, oferta ou opção), e com isso os contratos, por isso esta caixa e as outras foram desmarcadas: leia de novo o seu texto e marque-as outra vez se concordar.

## What failed

failed-account = Não foi possível carregar a sua conta
failed-cart = Não foi possível preparar o carrinho
failed-item = Não foi possível adicionar o projeto ao carrinho
failed-description = Não foi possível guardar o nome do projeto
failed-voucher = Não foi possível adicionar ou remover o voucher
failed-option = Não foi possível adicionar ou remover a opção
failed-voucher-check = Não foi possível verificar o voucher
failed-quote = Não foi possível carregar o orçamento
failed-checkout = Não foi possível fazer a encomenda
checkout-outcome-unknown = A encomenda pode ter sido feita (carrinho { $cart }): a resposta perdeu-se e ainda não foi possível verificá-la
failed-follow = Não foi possível acompanhar a encomenda

## The withdrawal waiver, shown on the review screen and recorded in the receipt

waiver-text = A legislação de defesa do consumidor da UE confere-lhe um direito de livre resolução: num contrato celebrado à distância, pode resolvê-lo no prazo de 14 dias sem indicar o motivo. Ao marcar esta caixa, pede à OVHcloud que processe e entregue esta encomenda já, e renuncia a esse direito para esta encomenda. Se não concordar, deixe a caixa por marcar: o ovhcart não fará a encomenda. Nada mais no ovhcart marca esta caixa por si.

## Os outros consentimentos da revisão: os contratos e, para a filial IT, a aprovação
## específica de cláusulas (art. 1341.º e 1342.º do Código Civil italiano). Cada texto é
## mostrado com a sua caixa e registado no recibo.

review-contracts-label = Li e aceito os contratos
contracts-text = Ao marcar esta caixa, aceita cada um dos contratos indicados acima, tal como a OVHcloud o publica no endereço mostrado; o recibo regista o nome e o endereço de cada um. Nada mais no ovhcart marca esta caixa por si.
review-clauses-label = Aprovo especificamente estas cláusulas
clauses-text = Nos termos dos art. 1341.º e 1342.º do Código Civil italiano, aprovo especificamente as cláusulas da OVHcloud sobre: limites de responsabilidade, suspensão e resolução, renovação tácita, alteração das condições, foro competente.
clauses-translation = Tradução:
review-refused-contracts = Para fazer a encomenda, marque a caixa de aceitação dos contratos.
review-refused-clauses = Para fazer a encomenda, marque a caixa de aprovação das cláusulas (art. 1341.º e 1342.º do Código Civil italiano).
review-contracts-changed = Os contratos mudaram, por isso a caixa que os aceita foi desmarcada: leia-os e marque-a de novo se concordar.

## Frame

header-endpoint = · API { $endpoint }
header-language = Idioma: { $language }
too-small = O terminal é demasiado pequeno ({ $width }×{ $height }). O ovhcart precisa de pelo menos { $min_width }×{ $min_height }: aumente a janela.
busy-account = A carregar a sua conta…
busy-earlier = A resolver o que uma execução anterior deixou por terminar…
busy-cart = A preparar o carrinho…
busy-item = A adicionar o projeto ao carrinho…
busy-config = A guardar no carrinho…
busy-option = A atualizar as opções…
busy-quote = A atualizar o orçamento…
busy-voucher = A verificar o voucher…
busy-placing = A fazer a encomenda…
busy-following = A acompanhar a encomenda…

## Errors

error-prefix = Erro
error-network-connect = Não foi possível ligar à API.
error-network-lost = A ligação à API falhou antes de chegar a resposta.
error-network-timeout = A API não respondeu a tempo.
error-title = Não foi possível fazer a encomenda
error-query-id = ID do pedido: { $id } (indique-o ao suporte da OVHcloud)
error-hint-credentials = Verifique a application key e a consumer key (ovhcart doctor), ou obtenha novas com ovhcart login.
error-hint-signature = O application secret não corresponde à application key, ou o relógio está muito desacertado: execute ovhcart doctor.
error-hint-not-granted = As regras de acesso da consumer key não abrangem esta chamada: execute ovhcart doctor e depois ovhcart login para obter uma chave com as regras de que o ovhcart precisa.
error-hint-forbidden = A conta não pode fazer isto; o carrinho pode pertencer a outra conta.
error-hint-cart-gone = O carrinho expirou (um carrinho dura um dia) ou foi eliminado: inicie uma nova encomenda.
error-hint-not-found = Verifique o identificador; pode ter sido eliminado.
error-hint-bad-request = Corrija o valor indicado na mensagem e tente de novo.
error-hint-rate-limited = Demasiados pedidos: aguarde um minuto e tente de novo.
error-hint-server = A API está com problemas: tente de novo dentro de momentos.
error-hint-network = Verifique a ligação à rede e o endpoint e tente de novo.
error-hint-invalid-response = A API respondeu algo inesperado: tente de novo; se persistir, verifique o endpoint.
error-hint-clear-http = Use https://, ou passe --allow-clear-http se aceitar esse risco.
sandbox-start-failed = Não é possível iniciar a sandbox: { $error }
config-hint-parse = Corrija esta linha do ficheiro (um ovh.conf contém cabeçalhos [secção] e linhas chave = valor) e tente de novo.
config-hint-read = Corrija as permissões do ficheiro ou elimine-o, e tente de novo.
config-hint-missing-file = Verifique o caminho indicado em --config.
config-hint-endpoint-name = Use um dos nomes de endpoint indicados, ou um URL base como https://eu.api.ovh.com/1.0.
config-hint-endpoint-url = Indique um URL base que comece por http:// ou https:// e nomeie um anfitrião, como https://eu.api.ovh.com/1.0.
config-hint-no-credentials = Execute ovhcart login para criar credenciais.
config-hint-incomplete-key-pair = Acrescente a que falta, ou execute ovhcart login para criar um novo par.
config-hint-one-method = Mantenha apenas um método.
config-hint-incomplete-oauth2 = Acrescente o que falta.
config-hint-oauth2-endpoint = Use uma application key e um application secret com este endpoint.
config-hint-bad-value = Copie de novo o valor a partir de onde foi criado, numa só linha e sem espaços à volta, e tente de novo.
config-hint-foreign-symlink = Substitua a ligação por um ficheiro seu, ou escreva noutro sítio com --config.
config-hint-write-not-a-file = Indique o caminho de um ficheiro, não de uma pasta.
config-hint-write-link-loop = Faça a ligação apontar para um ficheiro normal.
config-hint-write-directory = Verifique se a pasta do ficheiro existe e se pode escrever nela.

## Step 1: subsidiary

subsidiary-intro = Escolha a filial da OVHcloud à qual o projeto é encomendado: determina a moeda, os contratos e a API por onde passa a encomenda.
subsidiary-filter = Filtro
subsidiary-filter-placeholder = escreva um país ou um código
subsidiary-no-match = Nenhuma filial corresponde a "{ $filter }". Prima Esc para limpar o filtro.
subsidiary-col-code = Código
subsidiary-col-country = País
subsidiary-col-currency = Moeda
subsidiary-col-endpoint = Encomenda via
subsidiary-chosen = escolhida
subsidiary-yours = a da sua conta

## Step 2: plan

plan-intro = Ofertas Public Cloud para { $subsidiary }. Um projeto, por si só, não custa nada; o que nele é executado é faturado consoante o consumo.
plan-loading = A preparar um carrinho e a carregar as ofertas…
plan-no-offers = A API não propõe nenhum projeto Public Cloud para esta filial. Volte atrás e escolha outra.
plan-no-renew = sem preço de renovação
hds-label = Certificação HDS (alojamento de dados de saúde)
hds-explanation = Necessária para alojar dados pessoais de saúde em França; exige um nível de suporte Business ou Enterprise.
hds-not-sold = A certificação HDS não é vendida com este plano.
plan-code = Código da oferta
plan-renew = Preço
plan-pricing-mode = Modo de preço
plan-consumption-title = Faturado consoante o consumo
plan-consumption-none = Nada consta como faturado consoante o consumo.
duration-days = { $count ->
    [one] por dia
   *[other] a cada { $count } dias
}
duration-weeks = { $count ->
    [one] por semana
   *[other] a cada { $count } semanas
}
duration-months = { $count ->
    [one] por mês
   *[other] a cada { $count } meses
}
duration-years = { $count ->
    [one] por ano
   *[other] a cada { $count } anos
}
duration-once = uma vez
duration-other = a cada { $iso }

## Step 3: name

name-intro = O nome é como o projeto aparece na Área de Cliente e na API. Pode alterá-lo mais tarde.
name-label = Nome do projeto
name-count = { $count } de { $max } carateres
name-default = Projeto { $date }
name-count-over = { $count } de { $max } caracteres: { $over } a mais, encurte o nome.
paste-controls-removed =
    { $count ->
        [one] O texto colado tinha um carácter de controlo: foi retirado.
       *[other] O texto colado tinha { $count } caracteres de controlo: foram retirados.
    }
name-saved = Guardado no carrinho como "{ $name }".

## Step 4: voucher

voucher-intro = Se tiver um voucher, escreva o seu código: é verificado junto da OVHcloud antes de ser adicionado. Deixe o campo vazio e prima Enter para continuar sem voucher (isto também remove um voucher já adicionado).
voucher-label = Código do voucher
voucher-checking = A verificar { $code }…
voucher-refused = A OVHcloud recusou o voucher { $code }: { $message }
voucher-fix = Corrija o código, ou esvazie o campo e prima Enter para continuar sem voucher.
voucher-attached = Voucher { $code } aceite: { $credit } de crédito.
voucher-attached-no-credit = Voucher { $code } aceite.

## Step 5: review

review-subsidiary = Filial
review-plan = Oferta
review-name = Nome
review-voucher = Voucher
review-option = Opção
review-no-voucher = nenhum
review-quote = Orçamento
review-quote-loading = A preparar o orçamento…
review-reduction = Descontos
review-without-tax = Total sem impostos
review-tax = Impostos
review-with-tax = Total com impostos
review-contracts = Contratos (Enter num deles para o ler)
review-payment = Método de pagamento predefinido
payment-type-credit-card = Cartão de crédito
payment-type-bank-account = Conta bancária
payment-type-sepa = Débito direto SEPA
payment-type-paypal = PayPal
payment-type-deferred = Conta de pagamento diferido
payment-type-fidelity = Conta de fidelidade
payment-type-prepaid = Conta pré-paga OVHcloud
payment-type-rupay = Cartão RuPay
review-payment-none = nenhum registado na conta
review-payment-unknown = desconhecido (não foi possível carregar a conta)
review-payment-loading = a carregar…
review-auto-pay = Pagar automaticamente com o método de pagamento predefinido
review-waiver-label = Renuncio ao meu direito de livre resolução
review-place-order = Fazer a encomenda

## Step 6: order

order-placed = Encomenda { $id } efetuada.
order-url = Página da encomenda
order-paid = Paga.
order-not-paid = Ainda não paga: pague-a a partir da página da encomenda.
order-reconciled = A resposta à validação perdeu-se pelo caminho; o ovhcart encontrou a encomenda na sua conta.
order-status = Estado
order-status-cancelled = cancelada
order-status-cancelling = a ser cancelada
order-status-checking = em verificação
order-status-delivered = entregue
order-status-delivering = em entrega
order-status-documents = documentos pedidos
order-status-not-paid = não paga
order-status-unknown = desconhecido
order-step-validating = Validação
order-step-validated = Validada
order-step-delivering = Entrega
order-step-available = Disponível
order-delivered = Projeto entregue: { $project }
order-follow-later = Já pode sair: a encomenda segue o seu curso. Acompanhe-a mais tarde com: ovhcart order status { $id }
order-follow-later-sandbox = Esta encomenda está na sandbox integrada, que termina com o ovhcart: quando o ovhcart terminar, não resta nada para acompanhar.
order-receipt = Recibo guardado em { $path }
order-receipt-failed = Não foi possível escrever o recibo: { $error }
order-not-placed = Nenhuma encomenda foi feita. Pode tentar de novo ou voltar ao resumo.
order-maybe-placed = A encomenda pode ter sido feita. Não encomende de novo: verifique com ovhcart order status, ou na Área de Cliente, em Faturação > Encomendas.
order-maybe-placed-sandbox = A encomenda pode ter sido feita na sandbox. Não encomende de novo nesta execução: a sandbox integrada termina com o ovhcart, e com ela os seus carrinhos e encomendas.

## Overlays

help-title = Teclas
help-editing = Escrever edita o campo: ← → home end, backspace, delete, ctrl-u (apaga até ao início).
help-editing-name = Escrever edita o nome (incluindo ?): ← → home end, backspace, delete, ctrl-u (apaga até ao início).
help-editing-filter = Escrever filtra a lista: ← →, ctrl-a ctrl-e (início, fim do filtro), backspace, delete, ctrl-u (apaga até ao início). home e end vão para a primeira e a última linha.
help-close = esc fecha esta janela.

## Scrolled views, links

more-above = ▲ mais acima
more-below = ▼ mais abaixo
key-wheel-up = roda ↑
key-wheel-down = roda ↓
notice-opening = A abrir a ligação no seu navegador…
notice-opened = Ligação aberta no seu navegador ({ $program }).
notice-not-opened = Não foi possível iniciar um navegador ({ $why }): copie a ligação com { $copy } e abra-a você mesmo.
notice-copied = Ligação enviada para a área de transferência (se o seu terminal o permitir, OSC 52).
contract-empty = A API não enviou o texto deste contrato: leia-o no endereço acima.
contract-position = linha { $line } de { $total }
confirm-quit-title = Sair?
confirm-quit-text = O carrinho { $cart } continua aberto na sua conta. Mantê-lo (expira sozinho ao fim de um dia) ou eliminá-lo agora?
confirm-order-title = Fazer a encomenda?
confirm-order-text = Fazer a encomenda agora? Total com impostos: { $total }. A encomenda é enviada para a OVHcloud.

## Cart browser
hint-carts = carrinhos
hint-refresh = atualizar
hint-delete = eliminar
hint-open = abrir
hint-resume = retomar no assistente
hint-confirm-delete = eliminar
busy-carts = A ler os carrinhos…
busy-deleting = A eliminar…
carts-title = Carrinhos
cart-title = Carrinho
carts-intro = Os carrinhos da sua conta. Enter abre um para ver os artigos e o orçamento, retomá-lo ou eliminar partes dele.
carts-intro-start = A sua conta tem carrinhos abertos. Retome um (Enter mostra-o primeiro) ou comece uma nova encomenda.
carts-new-order = Nova encomenda
carts-loading = A ler os carrinhos da conta…
carts-none = Não há carrinhos nesta conta.
carts-column-items = Artigos
carts-column-expires = Expira
carts-column-state = Estado
carts-items = { $count ->
    [one] 1 artigo
   *[other] { $count } artigos
}
carts-state-open = aberto
carts-state-in-use = em uso aqui
carts-state-read-only = só de leitura
carts-state-expired = expirado
carts-legend = { $mark } criado pelo ovhcart
carts-column-project = Projeto
carts-column-cart = Carrinho
carts-refused-read-only = Este carrinho já foi validado (é só de leitura): pode ser consultado, mas não encomendado outra vez.
carts-refused-expired = Este carrinho expirou: pode ser consultado, mas não encomendado. Comece antes uma nova encomenda.
carts-refused-several = Este carrinho tem vários projetos; o assistente encomenda um projeto por carrinho. Elimine primeiro os artigos a mais.
carts-refused-offers = Não foi possível ler as ofertas Public Cloud deste carrinho, por isso não pode ser retomado agora. Atualize com r.
carts-refused-ordered = Já foi feita uma encomenda nesta sessão. Inicie o ovhcart de novo para retomar outro carrinho.
carts-refused-in-use = O assistente está a preencher este carrinho: altere os artigos através das etapas ou elimine o carrinho inteiro.
failed-carts = Não foi possível ler os carrinhos da conta
failed-cart-read = Não foi possível ler o carrinho
failed-delete = Não foi possível eliminar
cart-loading = A ler o carrinho, os artigos e o orçamento…
cart-expires = expira a { $date }
cart-no-items = Nenhum artigo.
cart-item = artigo
cart-no-quote = Sem orçamento: o carrinho está vazio, é só de leitura ou expirou.
cart-in-use = O assistente está a preencher este carrinho agora. Esc volta à lista.
cart-resume-note = Enter retoma este carrinho no assistente, na primeira etapa que ainda lhe falta. Um carrinho não regista a sua filial: assume-se a da sua conta, { $subsidiary }.
confirm-delete-cart-title = Eliminar o carrinho?
confirm-delete-cart-text = Eliminar o carrinho { $cart } e todo o seu conteúdo? Esta ação não pode ser anulada.
confirm-delete-item-title = Eliminar o artigo?
confirm-delete-item-text = Eliminar o artigo { $item } do carrinho { $cart }, com as suas configurações? Esta ação não pode ser anulada.
confirm-delete-configuration-title = Eliminar a configuração?
confirm-delete-configuration-text = Eliminar a configuração «{ $label }» do carrinho { $cart }? Esta ação não pode ser anulada.

## Leaving the full screen

exit-delivered = Projeto { $project } entregue (encomenda { $id }).
exit-following = A encomenda { $id } foi feita e ainda está a ser processada. Para a acompanhar: ovhcart order status { $id } --follow
exit-following-sandbox = A encomenda { $id } foi feita na sandbox e ainda estava a ser processada quando saiu.
exit-cart-kept = O seu carrinho { $cart } fica guardado na sua conta durante um dia.
exit-cart-kept-sandbox = O seu carrinho { $cart } ainda estava aberto na sandbox.
exit-receipt = Recibo: { $path }
exit-needs-terminal = O assistente precisa de um terminal. Para scripts, use: ovhcart order --help
exit-no-public-cloud = O endpoint { $endpoint } não vende projetos Public Cloud: use ovh-eu, ovh-ca ou ovh-us.
exit-unknown-subsidiary = Filial { $code } desconhecida para { $endpoint }. Válidas: { $valid }
exit-terminated = Parado por um sinal de terminação; o terminal foi restaurado.

## ovhcart login

login-no-sandbox = A sandbox não precisa de login: as credenciais de demonstração da sandbox estão incorporadas. Para experimentar o login com ela, execute `ovhcart sandbox` e passe o URL dela com --endpoint.
login-ask-endpoint = Endpoint (ovh-eu, ovh-ca, ovh-us ou um URL)
login-no-home = Não há nenhuma pasta pessoal onde guardar ~/.ovh.conf: escolha um ficheiro com --config FILE.
login-missing-keys = São necessários uma application key e um application secret. Crie-os em { $url } (com qualquer nome e descrição) e depois defina OVH_APPLICATION_KEY e OVH_APPLICATION_SECRET, ou passe --application-key e --application-secret-stdin.
login-create-app = O ovhcart precisa de uma application key e de um application secret. Crie-os em { $url } (inicie sessão e indique qualquer nome e descrição) e copie aqui os dois valores. O secret não é mostrado enquanto o escreve.
login-ask-application-key = Application key
login-ask-application-secret = Application secret
login-empty-stdin = --application-secret-stdin: a primeira linha da entrada padrão (stdin) está vazia.
login-terminal-unreadable = Não é possível ler o terminal: { $error }
login-stdin-unreadable = Não é possível ler a entrada padrão: { $error }
login-requested = Foi pedida uma consumer key em { $endpoint }, limitada às { $count } rotas que o ovhcart chama (execute `ovhcart doctor` para as ver).
login-open-url = Abra esta página, inicie sessão com a sua conta OVHcloud e aceite:
login-waiting = A aguardar a validação (até { $minutes } min; Ctrl-C para cancelar)…
login-validated = Validada: a chave age em nome da conta { $account }.
login-saved = A application key, o application secret e a consumer key foram guardados em { $file } [{ $section }].
login-next = A seguir: `ovhcart doctor` verifica tudo, `ovhcart` inicia uma encomenda.
login-verify-failed = A chave foi validada, mas GET /me falhou com ela; nada foi guardado.
login-cancelled = Cancelado: nada foi guardado.
login-timed-out = A consumer key não foi validada em { $secs } s; nada foi guardado. Execute `ovhcart login` de novo e abra a ligação mais cedo, ou dê mais tempo com --timeout.
login-not-validated = A consumer key ficou no estado { $state } na página de validação; nada foi guardado. Execute `ovhcart login` de novo e aceite.

## ovhcart doctor

doctor-label-endpoint = Endpoint
doctor-label-files = Ficheiros
doctor-label-credentials = Credenciais
doctor-label-clock = Relógio
doctor-label-oauth2 = OAuth2
doctor-label-key = Consumer key
doctor-label-rules = Regras da chave
doctor-from = proveniente de { $source }
doctor-endpoint-defaulted = nada o define: valor predefinido
doctor-file-found = lido
doctor-file-missing = não encontrado
doctor-sandbox-credentials = credenciais de demonstração da sandbox
doctor-clock = Hora da API menos hora local: { $drift } s (o ovhcart corrige as assinaturas em conformidade)
doctor-token-ok = foi obtido um token a partir do URL de tokens
doctor-token-failed = nenhum token obtido a partir do URL de tokens
doctor-key-status = { $status }, expira: { $expires }
doctor-never = nunca
doctor-routes-title = Rotas que o ovhcart chama:
doctor-granted = autorizada
doctor-not-granted = NÃO autorizada
doctor-all-good = Tudo em ordem: o ovhcart pode fazer encomendas com estas credenciais.
doctor-problems = { $count } { $count ->
    [one] problema
   *[other] problemas
} a resolver:
doctor-no-consumer-key = Existem uma application key e um application secret, mas nenhuma consumer key.
doctor-key-not-validated = A consumer key está no estado { $status }, não validada.
doctor-routes-missing = A consumer key não autoriza: { $routes }.
doctor-next-login = A seguir: execute `ovhcart login` para criar uma consumer key com as regras de que o ovhcart precisa.
doctor-next-unreachable = A seguir: verifique a rede e o endpoint (--endpoint ou OVH_ENDPOINT).
doctor-next-signature = A seguir: o application secret não pertence à application key; copie de novo ambos a partir da página onde a aplicação foi criada.
doctor-next-oauth2 = A seguir: verifique client_id e client_secret (uma conta de serviço da região deste endpoint).
doctor-next-sandbox = A seguir: verifique se 127.0.0.1 aceita ligações locais, ou escolha outro endereço com --listen.

## Commands (ovhcart order, carts, cart show/delete, order status)

cli-waiver-required = Nada foi encomendado: o ovhcart só faz uma encomenda com --waive-retraction.
cli-waiver-text = A legislação de defesa do consumidor da UE confere-lhe um direito de livre resolução: num contrato celebrado à distância, pode resolvê-lo no prazo de 14 dias sem indicar o motivo. Ao indicar --waive-retraction, pede à OVHcloud que processe e entregue esta encomenda já, e renuncia a esse direito para esta encomenda. Sem essa opção, o ovhcart não faz a encomenda.
cli-waiver-how = Se concordar, execute o mesmo comando com --waive-retraction; para ver o orçamento sem encomendar, acrescente --dry-run.
cli-contracts-required = Nada foi encomendado: o ovhcart só faz uma encomenda com --accept-contracts, com a qual aceita os contratos da encomenda:
cli-contracts-text = Ao passar --accept-contracts, aceita cada um dos contratos desta encomenda, tal como a OVHcloud o publica no seu endereço (indicado com o orçamento e no recibo). Sem esta opção, o ovhcart não faz a encomenda.
cli-contracts-how = Leia-os; se os aceitar, execute o mesmo comando com --accept-contracts. Para ver o orçamento sem encomendar, acrescente --dry-run.
cli-clauses-required = Nada foi encomendado: para a filial IT, o ovhcart só faz uma encomenda com --approve-clauses, a sua aprovação específica destas cláusulas:
cli-clauses-how = Se as aprovar, execute o mesmo comando com --approve-clauses; para ver o orçamento sem encomendar, acrescente --dry-run.
cli-clauses-not-used = --approve-clauses não foi usado: as encomendas da filial { $subsidiary } não têm cláusulas a aprovar especificamente (só IT as tem).
cli-no-terminal = Nada foi encomendado: não há nenhum terminal para pedir confirmação. Acrescente --yes para fazer a encomenda sem perguntar, ou --dry-run para ver apenas o orçamento.
cli-subsidiary-unknown = A filial "{ $code }" não é uma daquelas para as quais { $endpoint } encomenda projetos Public Cloud. Use uma destas: { $valid }.
cli-endpoint-no-cloud = O endpoint { $endpoint } não vende projetos Public Cloud: use ovh-eu, ovh-ca ou ovh-us.
cli-hds-not-sold = --hds: a certificação HDS não é vendida com o plano { $plan } para { $subsidiary }.
cli-voucher-refused = A OVHcloud recusou o voucher { $code }
cli-voucher-fix = Nada foi encomendado e o carrinho foi eliminado. Corrija o código, ou execute o comando sem --voucher.
cli-prompt-order = Fazer esta encomenda? [y/N]
cli-declined = Nada foi encomendado: recusou.
cli-interrupted-before-order = Interrompido antes da encomenda: nada foi encomendado.
cli-interrupted = Interrompido.
cli-retrying = Ainda sem resposta utilizável a { $method } { $path }: nova tentativa dentro de { $ms } ms (tentativa { $attempt }).
cli-cart-deleted = Carrinho { $cart } eliminado.
cli-cart-kept = O carrinho { $cart } foi mantido: veja-o com ovhcart cart show { $cart } e elimine-o com ovhcart cart delete { $cart }.
cli-dry-run-deleted = Simulação: nada foi encomendado e o carrinho { $cart } foi eliminado.
cli-dry-run-kept = Simulação: nada foi encomendado. O carrinho { $cart } foi mantido (expira sozinho ao fim de um dia).
cli-failed-delete = Não foi possível eliminar o carrinho
cli-failed-pay = A encomenda foi feita, mas não foi possível pagá-la
cli-pay-from-page = Pague-a a partir da página da encomenda: { $url }
cli-order-maybe-placed = A encomenda pode ter sido feita: não encomende de novo. Verifique com ovhcart order status ou ovhcart carts (um carrinho validado é só de leitura), ou na Área de Cliente, em Faturação > Encomendas.
cli-no-data-dir = nenhuma pasta de dados (defina OVHCART_DATA_DIR)
cli-follow-timeout = O projeto não foi entregue em { $seconds } { $seconds ->
    [one] segundo
   *[other] segundos
}. A encomenda segue o seu curso: acompanhe-a com ovhcart order status { $id } --follow.
cli-follow-timeout-sandbox = O projeto não foi entregue em { $seconds } { $seconds ->
    [one] segundo
   *[other] segundos
}. Esta encomenda está na sandbox integrada, que termina com o ovhcart: não resta nada para acompanhar.
cli-order = Encomenda
cli-order-id-invalid = "{ $id }" não é um ID de encomenda: um ID de encomenda é um número positivo, como o que o ovhcart order mostra.
cli-order-unknown = A sua conta não tem nenhuma encomenda { $id }
cli-help-examples = Exemplos:
cli-usage-hint = Execute { $command } --help para ver o que aceita.
cli-flag-wizard-only = { $flag } só se aplica ao assistente (ovhcart sem comando).
cli-flag-subsidiary = { $flag } só se aplica ao assistente e a ovhcart order.
cli-man-unknown = O ovhcart não tem o comando { $command }: os seus comandos aí são { $known }.
cli-flag-clauses-italy = { $flag } só se aplica à filial IT: a aprovação específica de cláusulas é uma regra do direito italiano (art. 1341 e 1342 do Código Civil).
cli-flag-no-api = { $flag } não tem efeito com este comando: ele não chama a API.
cli-flag-sandbox-only = { $flag } configura a sandbox integrada: acrescente --sandbox, ou indique-o depois de ovhcart sandbox.
cli-step-todo = por fazer
cli-step-doing = em curso
cli-step-done = concluído
cli-step-error = falhou
cli-contracts = Contratos
cli-no-carts = Não há nenhum carrinho nesta conta.
cli-cart-mine = criado pelo ovhcart
cli-cart-read-only = só de leitura (encomendado)
cli-cart-items = { $count ->
    [one] { $count } artigo
   *[other] { $count } artigos
}
cli-cart-expires = expira
cli-cart-id-invalid = "{ $id }" não é um ID de carrinho.
cli-cart-unknown = A sua conta não tem nenhum carrinho { $cart }
cli-cart-list-hint = Pode ter expirado (um carrinho dura um dia) ou ter sido eliminado: liste os carrinhos com ovhcart carts.
cli-failed-carts = Não foi possível listar os carrinhos
cli-failed-cart-read = Não foi possível ler o carrinho
cli-delete-no-terminal = Nada foi eliminado: não há nenhum terminal para pedir confirmação. Acrescente --yes para eliminar sem perguntar.
cli-prompt-delete = Eliminar o carrinho { $cart }? [y/N]
cli-delete-declined = Nada foi eliminado: recusou.

## Recovering what an earlier run left unfinished

recover-ordered = A encomenda de uma execução anterior foi mesmo feita: encomenda { $id } para «{ $name }». Não será feita de novo.
recover-unsettled = Uma execução anterior enviou a encomenda para «{ $name }» e o resultado ainda é desconhecido ({ $error }). Nada foi reenviado: verifique as suas encomendas (ovhcart order status, ou a Área de Cliente) antes de encomendar de novo.
earlier-unsettled = Uma execução anterior enviou a encomenda de «{ $name }» e ainda não se sabe se foi feita. Nada foi reenviado: verifique as suas encomendas (ovhcart order status, ou a Área de Cliente) antes de encomendar de novo.
cli-resuming-cart = A completar o carrinho { $cart } que uma execução anterior deixou para este projeto.

## Modo linha a linha (--plain, TERM=dumb)

plain-intro = ovhcart, linha a linha (API { $endpoint }). Cada pergunta termina com dois pontos: escreva a resposta e prima Enter. Ctrl-C interrompe em qualquer pergunta.
plain-open-carts =
    { $count ->
        [one] A sua conta tem um carrinho aberto ({ $carts }): fica como está, e esta execução começa um novo. ovhcart carts lista-o; o assistente de ecrã inteiro pode retomá-lo.
       *[other] A sua conta tem { $count } carrinhos abertos ({ $carts }): ficam como estão, e esta execução começa um novo. ovhcart carts lista-os; o assistente de ecrã inteiro pode retomá-los.
    }
plain-step = Passo { $number } de { $total }: { $name }
plain-working = A processar…
plain-reduction = Desconto: { $what }
plain-contract = Contrato: { $name }, { $url }
plain-yes = sim
plain-no = não
plain-yes-no-default-yes = [S/n]:
plain-yes-no-default-no = [s/N]:
plain-yes-no-again = Responda sim ou não.
plain-retry = Tentar de novo?
plain-ask-subsidiary = Filial: escreva o seu número (de 1 a { $count }), o seu código ou o seu país; Enter mantém { $default }:
plain-not-in-list = «{ $answer }» não está na lista: escreva um número de 1 a { $count }.
plain-ask-plan = Oferta: escreva o seu número (de 1 a { $count }); Enter mantém { $default }:
plain-ask-option = Adicionar a { $option }?
plain-ask-name = Nome do projeto; Enter mantém «{ $default }»:
plain-ask-voucher = Código do voucher; Enter para nenhum:
plain-consent-word = sim
plain-ask-waiver = Para marcar esta caixa, e assim renunciar ao seu direito de livre resolução para esta encomenda, escreva «{ $word }» por extenso. Qualquer outra resposta deixa-a por marcar e nada é encomendado:
plain-waiver-refused = Nada foi encomendado: manteve o seu direito de livre resolução.
plain-ask-contracts = Para marcar esta caixa, e assim aceitar os contratos indicados acima, escreva «{ $word }» por extenso. Qualquer outra resposta deixa-a por marcar e nada é encomendado:
plain-contracts-refused = Nada foi encomendado: não aceitou os contratos.
plain-ask-clauses = Para marcar esta caixa, e assim aprovar especificamente estas cláusulas, escreva «{ $word }» por extenso. Qualquer outra resposta deixa-a por marcar e nada é encomendado:
plain-clauses-refused = Nada foi encomendado: não aprovou as cláusulas.
plain-ask-order = Fazer a encomenda agora? Total com impostos: { $total }. A encomenda é enviada para a OVHcloud.
plain-declined = Nada foi encomendado: recusou.
plain-nothing-ordered = Interrompido antes da encomenda: nada foi encomendado.
plain-ask-delete-cart = O carrinho { $cart } continua aberto na sua conta. Eliminá-lo? Caso contrário, fica guardado e expira sozinho ao fim de um dia.
plain-cart-kept = O carrinho { $cart } foi mantido: consulte-o com ovhcart cart show { $cart } e elimine-o com ovhcart cart delete { $cart }.
plain-cart-kept-sandbox = O carrinho { $cart } fica aberto na sandbox até o ovhcart terminar.
plain-cart-deleted = Carrinho { $cart } eliminado.

## Onboarding: os ecrãs antes do assistente quando não há credenciais utilizáveis
onboard-title = Ligação à OVHcloud
onboard-step = Ligação
onboard-page-endpoint = API
onboard-page-keys = Chaves da aplicação
onboard-page-validation = Validação
onboard-page-saved = Guardado
onboard-intro = Não foram encontradas credenciais utilizáveis para a API da OVHcloud. O ovhcart cria-as consigo: escolha a API da sua conta, crie uma application key e aceite uma chave limitada às rotas que o ovhcart chama.
onboard-choose-endpoint = Em que API está a sua conta OVHcloud?
onboard-region-eu = Europa e África
onboard-region-ca = Canadá, Ásia-Pacífico e resto do mundo
onboard-region-us = Estados Unidos
onboard-region-custom = o endereço indicado com --endpoint ou na sua configuração
onboard-serves = Filiais: { $codes }
onboard-save-to = As chaves serão guardadas em { $file }.
onboard-create-app = Abra { $url } num navegador, inicie sessão com a sua conta OVHcloud e crie uma aplicação (qualquer nome e descrição). Copie abaixo a sua application key e o seu application secret.
onboard-reused = As chaves da sua configuração já estão preenchidas: prima Enter para as usar.
onboard-application-key = Application key
onboard-application-secret = Application secret (oculto)
onboard-refused-key = Escreva a application key.
onboard-refused-secret = Escreva o application secret.
onboard-request-failed = pedido de acesso
onboard-requesting = A pedir acesso…
onboard-open-url = Abra esta página, inicie sessão com a sua conta OVHcloud e aceite. A chave só permite as { $count } rotas que o ovhcart chama.
onboard-qr-too-small = Aumente o terminal para ver esta ligação como código QR.
onboard-waiting = A aguardar a sua validação (até { $minutes } min). Esc cancela; até lá nada é guardado.
onboard-saving = Validada para a conta { $account }; a guardar as chaves…
onboard-saved = A application key, o application secret e a consumer key foram guardados em { $file } [{ $section }].
onboard-save-failed = Não foi possível guardar as chaves: { $error }
onboard-save-failed-hint = r tenta de novo. Enter continua sem guardar: a chave funciona até o ovhcart fechar.
onboard-continue = Prima Enter para começar a sua encomenda.
onboard-timed-out = A chave não foi validada em { $minutes } min; nada foi guardado. Prima Enter para obter uma nova ligação.
onboard-not-validated = A chave ficou no estado { $state } na página de validação; nada foi guardado. Prima Enter para tentar de novo.
hint-request-access = pedir acesso
hint-next-field = campo seguinte
hint-prev-field = campo anterior
hint-continue = continuar
hint-retry-save = guardar de novo
busy-requesting-access = A pedir acesso…
busy-validation = A aguardar a validação…
busy-saving-keys = A guardar as chaves…

## A encomenda pode ter sido feita (resultado do checkout desconhecido)

hint-check-again = verificar de novo
order-unknown-title = A encomenda pode ter sido feita
order-unknown-text = A resposta à encomenda perdeu-se e o ovhcart não conseguiu saber se a OVHcloud a criou. O ovhcart não volta a enviar a encomenda.
order-unknown-cart = Carrinho
order-unknown-order = Encomenda
order-unknown-order-none = ainda desconhecida
order-unknown-checking = A verificar o carrinho e as suas encomendas recentes…
order-unknown-why = a última verificação não conseguiu saber
order-unknown-next = Verificar de novo (r) lê o carrinho e as suas encomendas recentes. Se a encomenda for encontrada, o ovhcart paga-a se for gratuita, escreve o recibo e acompanha-a. Se o carrinho continuar aberto, nada foi encomendado: volta ao resumo, onde a caixa de renúncia tem de ser marcada de novo.
order-unknown-next-earlier = Esta encomenda foi enviada por uma execução anterior do ovhcart. Verificar de novo (r) lê o carrinho e as suas encomendas recentes. Se a encomenda for encontrada, o ovhcart paga-a se for gratuita e acompanha-a. Se o carrinho continuar aberto, nada foi encomendado: é mostrado nos seus carrinhos, para retomar.
order-unknown-exit = A encomenda do carrinho { $cart } pode ter sido feita. Não encomende de novo antes de verificar: execute ovhcart order status ou ovhcart carts (um carrinho encomendado é só de leitura), ou veja na Área de Cliente em Faturação > Encomendas.
order-unknown-exit-sandbox = A encomenda do carrinho { $cart } pode ter sido feita na sandbox.
sandbox-ended = A sandbox integrada terminou com o ovhcart, e com ela os seus carrinhos e encomendas: não resta nada a verificar. Para manter uma sandbox entre execuções, inicie uma com `ovhcart sandbox` noutro terminal e execute o ovhcart com as variáveis que ela mostra.
carts-state-unknown = resultado desconhecido
plain-ask-recheck = Escreva r para verificar de novo, ou q para parar (nada é reenviado):

# Real accounts: held and refused orders, eligibility actions, VOUCHER_* refusals (docs/api-notes.md).
order-held-review = A OVHcloud está a verificar a encomenda { $id } antes de a entregar; pode demorar alguns dias e podem ser-lhe pedidos documentos por e-mail. Nada a enviar de novo: verifique mais tarde com ovhcart order status { $id } ou na Área de Cliente: { $url }
order-held-review-sandbox = A OVHcloud está a verificar a encomenda { $id } antes de a entregar; pode demorar alguns dias e podem ser-lhe pedidos documentos por e-mail. Nada a enviar de novo. Esta encomenda está na sandbox integrada, que termina com o ovhcart: quando o ovhcart terminar, não resta nada para verificar.
order-held-documents = A OVHcloud pede documentos antes de entregar a encomenda { $id }: envie-os a partir da Área de Cliente ({ $url }) ou respondendo ao e-mail e depois verifique com ovhcart order status { $id }.
order-held-documents-sandbox = A OVHcloud pede documentos antes de entregar a encomenda { $id }: com uma conta real, enviá-los-ia a partir da Área de Cliente ({ $url }) ou respondendo ao e-mail. Esta encomenda está na sandbox integrada, que termina com o ovhcart: quando o ovhcart terminar, não resta nada para verificar.
order-held-not-paid = A encomenda { $id } aguarda o pagamento: pague-a na sua página de encomenda ou na Área de Cliente ({ $url }) e depois verifique com ovhcart order status { $id }.
order-held-not-paid-sandbox = A encomenda { $id } aguarda o pagamento: com uma conta real, pagá-la-ia na sua página de encomenda ou na Área de Cliente ({ $url }). Esta encomenda está na sandbox integrada, que termina com o ovhcart: quando o ovhcart terminar, não resta nada para verificar.
order-refused = A OVHcloud recusou a encomenda { $id }: nada será entregue. Pergunte o motivo ao suporte da OVHcloud a partir da Área de Cliente: { $url }
eligibility-blocked = A sua conta tem primeiro de fazer o seguinte na Área de Cliente OVHcloud para poder encomendar um projeto Public Cloud (nada foi encomendado):
eligibility-add-payment-method = Adicione um meio de pagamento válido: { $url }
eligibility-challenge-payment-method = Confirme o seu meio de pagamento (um pequeno pagamento de verificação): { $url }
eligibility-verify-paypal = Verifique a sua conta PayPal: { $url }
eligibility-projects-quota = Peça mais projetos: a sua conta atingiu o seu número de projetos Public Cloud: { $url }
eligibility-other = Conclua a ação «{ $action }» pedida pela OVHcloud: { $url }
eligibility-minimum-credit = É necessário um primeiro crédito de pelo menos { $amount }.
eligibility-methods = Meios de pagamento aceites: { $methods }.
voucher-code-invalid = Este código de voucher não existe: verifique como está escrito.
voucher-code-too-many-attempts = Demasiadas tentativas de vouchers: aguarde um pouco antes de tentar de novo.
voucher-code-no-longer-valid = Este voucher já não é válido.
voucher-code-already-used = Este voucher já foi utilizado.
voucher-code-expired = Este voucher expirou.
voucher-code-country = Este voucher não é válido para o país da sua conta.
voucher-code-payment-mean = Este voucher exige um meio de pagamento válido na sua conta: adicione primeiro um na Área de Cliente.
voucher-code-too-many-used = Este voucher já foi utilizado tantas vezes quantas permite.
voucher-code-nichandle = Este voucher está reservado a outra conta.
voucher-code-scored = Este voucher não pode ser utilizado com a sua conta.
voucher-code-new-customer = Este voucher é apenas para novos clientes.
voucher-code-new-project = Este voucher é apenas para um primeiro projeto Public Cloud.
voucher-code-other = A OVHcloud recusou este voucher.
review-refused-eligibility = A sua conta tem primeiro de fazer o indicado acima na Área de Cliente OVHcloud: até lá não é possível encomendar nada.
review-refused-earlier = Ainda não: ainda se está a resolver o que uma execução anterior deixou por terminar (pode já ter encomendado isto). Tente de novo daqui a pouco.
busy-retrying = ainda sem resposta utilizável, nova tentativa ({ $attempt })

## A ajuda da linha de comandos (--help, ovhcart man, completações): as definições em src/cli/args.rs,
## src/cli/login.rs, src/cli/doctor.rs e src/sandbox/ usam estas chaves
usage-about = Encomendar um projeto OVHcloud Public Cloud a partir do terminal
usage-about-long =
    Encomendar um projeto OVHcloud Public Cloud a partir do terminal.

    Sem comando, o ovhcart abre o assistente de ecrã inteiro. `ovhcart --sandbox` executa-o com uma API OVHcloud integrada, em 127.0.0.1: sem conta, nada é faturado.
usage-heading-usage = Utilização
usage-heading-commands = Comandos
usage-heading-arguments = Argumentos
usage-heading-options = Opções
usage-heading-connection-anywhere = Ligação (antes ou depois do comando)
usage-heading-connection = Ligação
usage-heading-wizard = Assistente
usage-heading-sandbox = Sandbox (depois de `ovhcart sandbox`, ou com --sandbox antes de um comando)
usage-arg-help = Mostrar a ajuda
usage-arg-help-more = Mostrar a ajuda (mais detalhes com --help)
usage-arg-help-summary = Mostrar a ajuda (um resumo com -h)
usage-arg-version = Mostrar a versão
usage-about-help = Mostrar esta mensagem ou a ajuda do comando indicado
usage-arg-lang = Idioma da interface (en, fr, es, it, pl, pt, de); por predefinição, o de LC_ALL/LANG
usage-arg-verbose = Mais detalhe no ficheiro de registo (-v: debug, -vv: trace)
usage-arg-log-file = Escrever o registo neste ficheiro em vez de na pasta de dados
usage-arg-endpoint = Endpoint da API: ovh-eu, ovh-ca, ovh-us, kimsufi-eu/ca, soyoustart-eu/ca, ou um URL base [predefinição: OVH_ENDPOINT, depois ovh.conf]
usage-arg-config = Ler este ovh.conf depois de /etc/ovh.conf, ~/.ovh.conf e ./ovh.conf
usage-arg-retry-budget = Durante quanto tempo uma leitura da API pode continuar a tentar de novo após falhas transitórias (rede, tempo esgotado, 5xx, 429); 0: nunca tentar de novo [predefinição: 30]
usage-arg-request-timeout = O tempo máximo que um pedido à API pode demorar, incluindo a leitura de toda a resposta (pelo menos 1) [predefinição: 30]
usage-arg-allow-clear-http = Aceitar enviar credenciais em http:// simples para um anfitrião que não seja esta máquina (qualquer pessoa pelo caminho as pode ler)
usage-arg-sandbox = Executar com a API da sandbox integrada e as suas credenciais de demonstração (nada é faturado); as suas definições (--delivery-ms, …) vão antes do comando
usage-arg-high-contrast = Cores vivas e de alto contraste no assistente (NO_COLOR continua a desligar as cores)
usage-arg-plain = Fazer as perguntas do assistente linha a linha, para leitores de ecrã e terminais simples (automático com TERM=dumb)
usage-arg-subsidiary = Pré-selecionar esta filial (p. ex. FR, GB, QC); `ovhcart --subsidiary FR order …` encomenda para ela
usage-about-sandbox = Executar a API da sandbox em 127.0.0.1 e mostrar as suas credenciais como linhas `export` da shell
usage-about-login = Criar uma consumer key limitada às rotas que o ovhcart chama e guardá-la em ovh.conf
usage-about-doctor = Verificar o endpoint, as credenciais, o relógio e os direitos da consumer key
usage-about-order = Encomendar um projeto Public Cloud sem o ecrã inteiro, ou (`order status ID`) acompanhar uma encomenda
usage-about-carts = Listar os carrinhos da conta, com os seus artigos e a data de expiração
usage-about-cart = Mostrar ou eliminar um carrinho
usage-about-completions = Escrever um script de completação para uma shell, gerado a partir destas definições
usage-about-man = Escrever a página de manual (roff) do ovhcart ou de um dos seus comandos, gerada a partir destas definições
usage-arg-name = O nome do projeto (a sua descrição na Área de Cliente), de 1 a 255 carateres
usage-arg-order-subsidiary = A filial para a qual encomendar (p. ex. FR, GB, QC) [predefinição: a da conta]
usage-arg-voucher = Um código de voucher, verificado junto da OVHcloud antes da encomenda
usage-arg-hds = Adicionar ao projeto a opção de certificação HDS (alojamento de dados de saúde, França); recusada quando não é vendida
usage-arg-auto-pay = Pagar automaticamente com o método de pagamento predefinido da conta
usage-arg-waive-retraction = Renunciar ao direito de livre resolução para esta encomenda (obrigatório: o ovhcart não encomenda sem este consentimento)
usage-arg-accept-contracts = Aceitar os contratos desta encomenda, tal como indicados com o orçamento (obrigatório: o ovhcart não encomenda sem este consentimento)
usage-arg-approve-clauses = Para a filial IT: aprovar especificamente as cláusulas dos art. 1341.º e 1342.º do Código Civil italiano (obrigatório nessa filial)
usage-arg-dry-run = Parar depois do orçamento e eliminar o carrinho; nada é encomendado
usage-arg-keep-cart = Com --dry-run: manter o carrinho em vez de o eliminar
usage-arg-order-yes = Fazer a encomenda sem perguntar (necessário quando não há nenhum terminal onde perguntar)
usage-arg-order-follow = Depois de encomendar, aguardar que o projeto seja entregue e mostrar o seu ID
usage-arg-order-follow-timeout = Com --follow: desistir de aguardar ao fim deste número de segundos (a encomenda segue o seu curso)
usage-arg-json = Escrever um único documento JSON no stdout em vez de texto
usage-about-order-status = Mostrar o estado de uma encomenda e as etapas da entrega, e o ID do projeto depois de entregue
usage-arg-order-id = O ID da encomenda (um número, tal como mostrado por `ovhcart order`)
usage-arg-status-follow = Aguardar que o projeto seja entregue
usage-arg-status-follow-timeout = Com --follow: desistir de aguardar ao fim deste número de segundos
usage-about-cart-show = Mostrar um carrinho: os seus artigos, as respetivas configurações e o orçamento
usage-about-cart-delete = Eliminar um carrinho (num terminal, pergunta primeiro)
usage-arg-cart-delete-yes = Eliminar sem perguntar (necessário quando não há nenhum terminal onde perguntar)
usage-arg-shell = A shell para a qual gerar a completação
usage-arg-command = O comando cuja página escrever (`order`, `order status`, `cart show`…); sem ele, a página do próprio ovhcart
usage-arg-application-key = A application key da página createApp [predefinição: OVH_APPLICATION_KEY, depois ovh.conf]
usage-arg-application-secret-stdin = Ler o application secret da primeira linha do stdin. Não existe, de propósito, nenhuma opção que receba o próprio secret: uma linha de comandos é visível para todos os utilizadores da máquina (ps, /proc) e fica no histórico da shell. Caso contrário, o secret vem de OVH_APPLICATION_SECRET, do ovh.conf ou de um pedido com entrada oculta num terminal
usage-arg-timeout = Desistir se a chave não for validada dentro deste número de segundos
usage-arg-login-json = Escrever linhas JSON (o URL de validação, a conta, o ficheiro guardado) em vez de texto
usage-arg-no-qr = Não desenhar o URL de validação como código QR
usage-arg-poll-interval = Segundos entre duas verificações da chave durante a espera
usage-arg-doctor-json = Escrever o relatório como um único documento JSON
usage-arg-listen = Endereço onde escutar. Loopback por predefinição; qualquer outro exige --expose
usage-arg-expose = Permitir um endereço --listen que não seja loopback: quem o alcançar obtém as credenciais de demonstração e pode fazer encomendas
usage-arg-latency-ms = Milissegundos acrescentados antes de cada resposta
usage-arg-fault-rate = Proporção de pedidos (de 0 a 1) que falham: páginas HTML 502/503, ligações reiniciadas, respostas perdidas
usage-arg-seed = Semente para as falhas e os IDs gerados (aleatória quando ausente)
usage-arg-clock-skew = Segundos que o relógio da sandbox está adiantado em relação a esta máquina (ou, se negativo, atrasado)
usage-arg-cart-ttl = Duração de um novo carrinho, em segundos
usage-arg-delivery-ms = Milissegundos entre o pagamento e a entrega
usage-arg-plan-price-cents = Preço mensal da oferta do projeto, em cêntimos (a oferta real custa 0)
usage-arg-hds-price-cents = Preço mensal da opção de certificação HDS, em cêntimos
usage-arg-lose-checkout-answers = Perder as respostas dos primeiros N checkouts, depois de a encomenda ser criada
usage-arg-token-ttl = Duração dos tokens de acesso OAuth2, em segundos
usage-arg-situation = O que a conta de demonstração encontra, tal como acontece aos verdadeiros clientes novos
usage-situation-ready = Tudo em ordem: um cartão predefinido válido, nada a fazer
usage-situation-add-payment-method = Sem método de pagamento: a conta tem de adicionar um antes de encomendar; um voucher que o exija é recusado
usage-situation-challenge-payment-method = Uma conta nova cujo cartão tem de ser confirmado antes de encomendar
usage-situation-verify-paypal = Uma conta PayPal a verificar antes de encomendar
usage-situation-projects-quota = A quota de projetos da conta foi atingida: tem de pedir mais
usage-situation-fraud-review = As encomendas são revistas manualmente antes da entrega e depois entregues
usage-situation-documents-requested = As encomendas aguardam documentos antes da entrega
usage-situation-fraud-refused = As encomendas são recusadas após a análise antifraude (erro 906)
usage-situation-us = A API US: uma conta US, sem rota de elegibilidade, o ID do projeto encontrado nas operações da encomenda
