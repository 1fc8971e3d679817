<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Device pool</source>
        <translation>Pool d&apos;appareils</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watches a Cisco Peer Firmware Sharing (PFS) rollout: rebuilds the distribution trees from the phones&apos; DLoad traces and shows the WAN bandwidth saved.</source>
        <translation>Surveille une mise à niveau Cisco par partage de micrologiciel entre homologues (PFS) : reconstruit les arbres de distribution à partir des traces DLoad des téléphones et montre la bande passante WAN économisée.</translation>
    </message>
    <message>
        <source>Run without a window and print a summary.</source>
        <translation>Fonctionner sans fenêtre et afficher un résumé.</translation>
    </message>
    <message>
        <source>Read a console-log or syslog text file of DLoad traces.</source>
        <translation>Lire un fichier texte de traces DLoad (journal de console ou syslog).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Watch the built-in simulated rollout.</source>
        <translation>Suivre la mise à niveau simulée intégrée.</translation>
    </message>
    <message>
        <source>Listen live on the default ports (PFS UDP 4051, syslog UDP 514).</source>
        <translation>Écouter en direct sur les ports par défaut (PFS UDP 4051, syslog UDP 514).</translation>
    </message>
    <message>
        <source>UDP port of the PFS broadcasts to listen to, 0 for none (default 4051).</source>
        <translation>Port UDP des diffusions PFS à écouter, 0 pour aucun (4051 par défaut).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>UDP port to receive syslog on, 0 for none (default 514).</source>
        <translation>Port UDP de réception syslog, 0 pour aucun (514 par défaut).</translation>
    </message>
    <message>
        <source>TCP port to receive syslog on (RFC 6587), 0 for none (default 0).</source>
        <translation>Port TCP de réception syslog (RFC 6587), 0 pour aucun (0 par défaut).</translation>
    </message>
    <message>
        <source>Address to listen on (default 0.0.0.0, every interface).</source>
        <translation>Adresse d&apos;écoute (0.0.0.0 par défaut, toutes les interfaces).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Only take traffic from this subnet (repeatable), e.g. 10.20.0.0/16.</source>
        <translation>N&apos;accepter que le trafic de ce sous-réseau (répétable), par ex. 10.20.0.0/16.</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>sous-réseau</translation>
    </message>
    <message>
        <source>Record everything received into this capture file (pcap).</source>
        <translation>Enregistrer tout ce qui est reçu dans ce fichier de capture (pcap).</translation>
    </message>
    <message>
        <source>file.pcap</source>
        <translation>fichier.pcap</translation>
    </message>
    <message>
        <source>Headless live run: stop after this many seconds and print the summary.</source>
        <translation>Écoute sans fenêtre : s&apos;arrêter après ce nombre de secondes et afficher le résumé.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Export the rollout: png, svg, pdf (the tree), json, csv or dot.</source>
        <translation>Exporter la mise à niveau : png, svg, pdf (l&apos;arbre), json, csv ou dot.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>File the export is written to.</source>
        <translation>Fichier où écrire l&apos;export.</translation>
    </message>
    <message>
        <source>PNG export: pixels per tree unit (default 2).</source>
        <translation>Export PNG : pixels par unité de l&apos;arbre (2 par défaut).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>PDF export: spread the tree over pages instead of fitting one page.</source>
        <translation>Export PDF : répartir l&apos;arbre sur plusieurs pages au lieu de l&apos;ajuster à une seule.</translation>
    </message>
    <message>
        <source>file.json</source>
        <translation>fichier.json</translation>
    </message>
    <message>
        <source>Use this firmware catalogue (JSON) instead of the built-in one.</source>
        <translation>Utiliser ce catalogue de micrologiciels (JSON) au lieu du catalogue intégré.</translation>
    </message>
    <message>
        <source>Prefix length of the phones&apos; subnets (default 24).</source>
        <translation>Longueur de préfixe des sous-réseaux des téléphones (24 par défaut).</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <source>WAN link rate for the time estimates, in bit/s (default 2000000).</source>
        <translation>Débit du lien WAN pour les estimations de durée, en bit/s (2000000 par défaut).</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>--%1 must be a port number from 0 to 65535</source>
        <translation>--%1 doit être un numéro de port de 0 à 65535</translation>
    </message>
    <message>
        <source>--speed takes a positive number or max</source>
        <translation>--speed attend un nombre positif ou max</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 address, e.g. 0.0.0.0 or 127.0.0.1</source>
        <translation>--bind attend une adresse IPv4, par ex. 0.0.0.0 ou 127.0.0.1</translation>
    </message>
    <message>
        <source>--allow takes a subnet such as 10.20.0.0/16, not %1</source>
        <translation>--allow attend un sous-réseau comme 10.20.0.0/16, pas %1</translation>
    </message>
    <message>
        <source>--duration takes a positive number of seconds</source>
        <translation>--duration attend un nombre de secondes positif</translation>
    </message>
    <message>
        <source>--export takes one of %1</source>
        <translation>--export attend l&apos;un de %1</translation>
    </message>
    <message>
        <source>--export FORMAT and --output FILE go together</source>
        <translation>--export FORMAT et --output FICHIER vont ensemble</translation>
    </message>
    <message>
        <source>--at takes a number of seconds</source>
        <translation>--at attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 16</source>
        <translation>--scale attend un nombre de 0,1 à 16</translation>
    </message>
    <message>
        <source>--subnet-prefix must be a number from 8 to 32</source>
        <translation>--subnet-prefix doit être un nombre de 8 à 32</translation>
    </message>
    <message>
        <source>--wan-rate must be a positive number of bits per second</source>
        <translation>--wan-rate doit être un nombre positif de bits par seconde</translation>
    </message>
    <message>
        <source>Language of the console and its output: en or fr (default: as before, else the system&apos;s).</source>
        <translation>Langue de la console et de ses sorties : en ou fr (par défaut : le dernier choix, sinon celle du système).</translation>
    </message>
    <message>
        <source>--lang takes en or fr</source>
        <translation>--lang attend en ou fr</translation>
    </message>
    <message>
        <source>Replay a capture (pcap or pcapng) or a recording through the live path; - (standard input) or a FIFO is read as it arrives, e.g. from ssh host tcpdump -U -w -.</source>
        <translation>Rejouer une capture (pcap ou pcapng) ou un enregistrement par le même chemin que le direct ; - (l&apos;entrée standard) ou un FIFO est lu au fil de l&apos;arrivée, par exemple depuis ssh hôte tcpdump -U -w -.</translation>
    </message>
    <message>
        <source>Capture on this network interface (a SPAN or mirror port, the voice VLAN): passive, nothing is sent.</source>
        <translation>Capturer sur cette interface réseau (un port SPAN ou miroir, le VLAN voix) : passif, rien n&apos;est émis.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Capture filter (BPF) for --interface (default: %1).</source>
        <translation>Filtre de capture (BPF) pour --interface (par défaut : %1).</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>How to capture: auto (Wireshark&apos;s dumpcap when the user may run it, else libpcap), dumpcap or libpcap.</source>
        <translation>Comment capturer : auto (dumpcap de Wireshark quand l&apos;utilisateur peut le lancer, sinon libpcap), dumpcap ou libpcap.</translation>
    </message>
    <message>
        <source>--capture-with takes auto, dumpcap or libpcap</source>
        <translation>--capture-with prend auto, dumpcap ou libpcap</translation>
    </message>
    <message>
        <source>--capture-filter and --capture-with go with --interface</source>
        <translation>--capture-filter et --capture-with vont avec --interface</translation>
    </message>
    <message>
        <source>choose one source: --demo, --import, --replay, --interface or live listening</source>
        <translation>choisissez une seule source : --demo, --import, --replay, --interface ou l&apos;écoute en direct</translation>
    </message>
    <message>
        <source>--headless needs something to read: --import FILE, --replay FILE, --demo, --listen or --interface IF</source>
        <translation>--headless a besoin d&apos;une source : --import FICHIER, --replay FICHIER, --demo, --listen ou --interface IF</translation>
    </message>
    <message>
        <source>Write the rollout as a JSON snapshot (pfsmon.snapshot/3).</source>
        <translation>Écrire la mise à niveau en instantané JSON (pfsmon.snapshot/3).</translation>
    </message>
    <message>
        <source>What the demo&apos;s console hears: traces (the phones&apos; syslog records), wire (the traffic a mirror port sees: TFTP, TCP 4051, broadcasts), both (default), or site: what a real site gives, the wire and only the traces real phones print.</source>
        <translation>Ce qu&apos;entend la console de la démo : traces (les enregistrements syslog des téléphones), wire (le trafic que voit un port miroir : TFTP, TCP 4051, diffusions), both (par défaut), ou site : ce que donne un vrai site, le réseau et seulement les traces qu&apos;impriment les vrais téléphones.</translation>
    </message>
    <message>
        <source>--demo-sources takes traces, wire, both or site</source>
        <translation>--demo-sources prend traces, wire, both ou site</translation>
    </message>
    <message>
        <source>The hierarchy to draw or export (all by default): its XID (XID080027F8), the file it distributes (with @SUBNET when several subnets share it, e.g. SCCP41.9-4-2SR3-1S.loads@10.20.0.0/24: what a capture&apos;s own trees, which have no XID, are known by), or its number in the JSON report.</source>
        <translation>La hiérarchie à dessiner ou exporter (toutes par défaut) : son XID (XID080027F8), le fichier qu&apos;elle distribue (avec @SOUS-RÉSEAU quand plusieurs sous-réseaux le partagent, p. ex. SCCP41.9-4-2SR3-1S.loads@10.20.0.0/24 : c&apos;est ainsi que se nomment les arbres d&apos;une capture, qui n&apos;ont pas de XID), ou son numéro dans le rapport JSON.</translation>
    </message>
    <message>
        <source>hierarchy</source>
        <translation>hiérarchie</translation>
    </message>
    <message>
        <source>The site&apos;s phone list, as CUCM exports it (CSV): every phone listed is expected, and the report says which were never heard.</source>
        <translation>La liste des téléphones du site, telle que CUCM l&apos;exporte (CSV) : chaque téléphone listé est attendu, et le rapport dit lesquels n&apos;ont jamais été entendus.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>fichier.csv</translation>
    </message>
    <message>
        <source>Headless: exit with status 3 when the rollout ends with findings this severe: warning (warnings or errors) or error (errors only). Exit status: 0 healthy, 1 bad input or output, 2 bad command line, 3 unhealthy.</source>
        <translation>Sans fenêtre : sortir avec le code 3 quand le déploiement se termine avec des problèmes de cette gravité : warning (avertissements ou erreurs) ou error (erreurs seules). Codes de sortie : 0 sain, 1 entrée ou sortie invalide, 2 ligne de commande invalide, 3 problèmes.</translation>
    </message>
    <message>
        <source>Run this command for each new warning or error, the finding as one line of JSON on its standard input. Split into program and arguments (group with double quotes), never run by a shell. At most %1 at once, bursts of %2 then %3 a minute, %4 waiting; beyond that alerts are dropped and counted; killed after %5 s.</source>
        <translation>Lancer cette commande pour chaque nouvel avertissement ou erreur, le problème en une ligne de JSON sur son entrée standard. Découpée en programme et arguments (groupés entre guillemets doubles), jamais lancée par un shell. Au plus %1 à la fois, par salves de %2 puis %3 par minute, %4 en attente ; au-delà les alertes sont abandonnées et comptées ; arrêtée après %5 s.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>--fail-on takes error or warning</source>
        <translation>--fail-on prend error ou warning</translation>
    </message>
    <message>
        <source>--fail-on goes with --headless</source>
        <translation>--fail-on va avec --headless</translation>
    </message>
    <message>
        <source>Pace of the demo and of a replay: N times the rollout&apos;s own clock, or max (default %1).</source>
        <translation>Rythme de la démonstration et d’une relecture : N fois l’horloge du déploiement, ou max (%1 par défaut).</translation>
    </message>
    <message>
        <source>With --demo, --replay or --import: the state this many seconds into the rollout (the summary and the export).</source>
        <translation>Avec --demo, --replay ou --import : l’état après ce nombre de secondes de déploiement (le résumé et l’export).</translation>
    </message>
    <message>
        <source>watch a Cisco IP phone firmware rollout that uses Peer Firmware Sharing</source>
        <translation>suivre une mise à niveau du micrologiciel de téléphones IP Cisco qui utilise le Peer Firmware Sharing</translation>
    </message>
    <message>
        <source>[options] [file]</source>
        <translation>[options] [fichier]</translation>
    </message>
    <message>
        <source>--headless {--demo | --import file | --replay file | --listen | --interface name} [options]</source>
        <translation>--headless {--demo | --import fichier | --replay fichier | --listen | --interface nom} [options]</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fichier]</translation>
    </message>
    <message>
        <source>one file at a time: %1 is one too many</source>
        <translation>un seul fichier à la fois : %1 est de trop</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>CODE DE RETOUR</translation>
    </message>
    <message>
        <source>The run went through: the window was closed, or the headless summary printed.</source>
        <translation>L&apos;exécution est allée à son terme : la fenêtre a été fermée, ou le résumé sans fenêtre a été affiché.</translation>
    </message>
    <message>
        <source>Input or output failed: a file that cannot be read or written, a capture or a port that cannot be opened. The message says which.</source>
        <translation>Une entrée ou une sortie a échoué : un fichier illisible ou impossible à écrire, une capture ou un port impossible à ouvrir. Le message dit lequel.</translation>
    </message>
    <message>
        <source>The command line is wrong; the message names the option.</source>
        <translation>La ligne de commande est erronée ; le message nomme l&apos;option.</translation>
    </message>
    <message>
        <source>Headless with --fail-on: the rollout ended with findings that severe.</source>
        <translation>Sans fenêtre avec --fail-on : la mise à niveau s&apos;est terminée avec des constats de cette gravité.</translation>
    </message>
    <message>
        <source>CAPTURE PERMISSIONS</source>
        <translation>PERMISSIONS DE CAPTURE</translation>
    </message>
    <message>
        <source>pfsmon only listens: it never sends on the phones&apos; network. Capturing on an interface (--interface, or Capture &gt; Settings in the window) needs a privilege that the package does not give by default, the way Wireshark is packaged: the program is neither setuid nor given capabilities, and the window never needs to run as root.</source>
        <translation>pfsmon ne fait qu&apos;écouter : il n&apos;émet jamais sur le réseau des téléphones. Capturer sur une interface (--interface, ou Capture &gt; Paramètres dans la fenêtre) demande un privilège que le paquet n&apos;accorde pas par défaut, comme pour Wireshark : le programme n&apos;est ni setuid ni doté de capacités, et la fenêtre n&apos;a jamais besoin de tourner en root.</translation>
    </message>
    <message>
        <source>The recommended way is Wireshark&apos;s dumpcap, which pfsmon runs whenever the user may: install it, let non-superusers capture (answer Yes), join the wireshark group, then log in again:</source>
        <translation>La voie recommandée est dumpcap, de Wireshark, que pfsmon lance dès que l&apos;utilisateur en a le droit : installez-le, autorisez les utilisateurs non privilégiés à capturer (répondez Oui), rejoignez le groupe wireshark, puis reconnectez-vous :</translation>
    </message>
    <message>
        <source>The alternative, opt-in, gives pfsmon itself the capture capabilities. Every user who may run pfsmon can then capture on every interface, and an upgrade of the package takes the capabilities away again (give them again after it). To give them, and to take them back:</source>
        <translation>L&apos;autre voie, à choisir explicitement, donne à pfsmon lui-même les capacités de capture. Tout utilisateur qui peut lancer pfsmon peut alors capturer sur toutes les interfaces, et une mise à jour du paquet retire de nouveau ces capacités (redonnez-les après). Pour les donner, puis pour les reprendre :</translation>
    </message>
    <message>
        <source>Without either, pfsmon still reads the phones&apos; syslog (--listen), files (--import, --replay) and its demo; a capture that may not start says so in one line, with both remedies.</source>
        <translation>Sans l&apos;une ni l&apos;autre, pfsmon lit toujours le syslog des téléphones (--listen), les fichiers (--import, --replay) et sa démonstration ; une capture qui ne peut pas démarrer le dit en une ligne, avec les deux remèdes.</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>The window&apos;s settings: its language, the capture settings, the folders last used, the layout.</source>
        <translation>Les réglages de la fenêtre : sa langue, les paramètres de capture, les derniers dossiers utilisés, la disposition.</translation>
    </message>
    <message>
        <source>The firmware catalogue (the phone models, their files and sizes) and the translations are built into the program; --catalogue reads another catalogue.</source>
        <translation>Le catalogue des micrologiciels (les modèles de téléphones, leurs fichiers et leurs tailles) et les traductions sont intégrés au programme ; --catalogue lit un autre catalogue.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>The language when neither --lang nor the window&apos;s own choice gives one: French for a French locale, else English.</source>
        <translation>La langue quand ni --lang ni le choix fait dans la fenêtre n&apos;en donnent une : le français pour une locale française, sinon l&apos;anglais.</translation>
    </message>
    <message>
        <source>Qt&apos;s display platform; offscreen draws without a display (headless image exports choose it themselves).</source>
        <translation>La plateforme d&apos;affichage de Qt ; offscreen dessine sans écran (les exports d&apos;images sans fenêtre la choisissent d&apos;eux-mêmes).</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>EXEMPLES</translation>
    </message>
    <message>
        <source>Watch the built-in simulated rollout in the window:</source>
        <translation>Suivre dans la fenêtre la mise à niveau simulée intégrée :</translation>
    </message>
    <message>
        <source>Open a capture taken on the site&apos;s mirror port:</source>
        <translation>Ouvrir une capture prise sur le port miroir du site :</translation>
    </message>
    <message>
        <source>Read a site&apos;s log without a window and write the JSON report:</source>
        <translation>Lire le journal d&apos;un site sans fenêtre et écrire le rapport JSON :</translation>
    </message>
    <message>
        <source>Capture on the mirror port for ten minutes and record what was seen:</source>
        <translation>Capturer dix minutes sur le port miroir et enregistrer ce qui a été vu :</translation>
    </message>
    <message>
        <source>Draw the demo&apos;s trees five minutes in, as a PDF:</source>
        <translation>Dessiner en PDF les arbres de la démonstration au bout de cinq minutes :</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>VOIR AUSSI</translation>
    </message>
    <message>
        <source>A capture (pcap or pcapng) to replay, else a console or syslog log to import, told apart by their content, not their name. The desktop passes a file opened with pfsmon this way.</source>
        <translation>Une capture (pcap ou pcapng) à rejouer, sinon un journal de console ou syslog à importer, reconnus à leur contenu, non à leur nom. Le bureau passe ainsi un fichier ouvert avec pfsmon.</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run pfsmon in a desktop session, or without a window with --headless</source>
        <translation>aucun écran où ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définis) : lancez pfsmon dans une session de bureau, ou sans fenêtre avec --headless</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage: the number, then the percent sign as the language writes it.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observed (tsize, Content-Length, size=)</source>
        <comment>component sizes</comment>
        <translation>
            <numerusform>%Ln observée (tsize, Content-Length, size=)</numerusform>
            <numerusform>%Ln observées (tsize, Content-Length, size=)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimated from the firmware catalogue</source>
        <comment>component sizes</comment>
        <translation>
            <numerusform>%Ln estimée d’après le catalogue de micrologiciels</numerusform>
            <numerusform>%Ln estimées d’après le catalogue de micrologiciels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <comment>component sizes</comment>
        <translation>
            <numerusform>%Ln inconnue</numerusform>
            <numerusform>%Ln inconnues</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes: %1.</source>
        <extracomment>%1: how many component sizes were observed, estimated, unknown, joined by &quot;, &quot;</extracomment>
        <translation>Tailles : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>A forecast that is fairly sure: %1 is a duration (&quot;3 min 0 s&quot;)</extracomment>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A forecast as a range: %1 the shortest, %2 the longest duration</extracomment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Saved so far: %1 of %2 moved (%3); %4 crossed the WAN.</source>
        <extracomment>%1 saved of %2 received by the phones, %3 the percentage, %4 what did cross the WAN</extracomment>
        <translation>Économisé jusqu’ici : %1 sur %2 transférés (%3) ; %4 ont traversé le WAN.</translation>
    </message>
    <message>
        <source>Projected at the end (estimate): %1 saved of the %2 a traditional upgrade moves over the WAN (%3); PFS needs %4.</source>
        <extracomment>%1 saved, %2 what a traditional upgrade moves, %3 the percentage, %4 what PFS moves</extracomment>
        <translation>Prévu à la fin (estimation) : %1 économisés sur les %2 qu’une mise à niveau traditionnelle fait passer par le WAN (%3) ; PFS demande %4.</translation>
    </message>
    <message>
        <source>Projected at the end: %1 saved of the %2 a traditional upgrade moves over the WAN (%3); PFS needs %4.</source>
        <translation>Prévu à la fin : %1 économisés sur les %2 qu’une mise à niveau traditionnelle fait passer par le WAN (%3) ; PFS demande %4.</translation>
    </message>
    <message numerus="yes">
        <source>Of that, %1 for %Ln phone(s) upgrading the traditional way (PFS off or a model without PFS).</source>
        <translation>
            <numerusform>Dont %1 pour %Ln téléphone mis à niveau de façon traditionnelle (PFS désactivé ou modèle sans PFS).</numerusform>
            <numerusform>Dont %1 pour %Ln téléphones mis à niveau de façon traditionnelle (PFS désactivé ou modèle sans PFS).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It counts %Ln phone(s) listed in the inventory but not heard yet.</source>
        <translation>
            <numerusform>Elle compte %Ln téléphone listé dans l’inventaire mais pas encore entendu.</numerusform>
            <numerusform>Elle compte %Ln téléphones listés dans l’inventaire mais pas encore entendus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) left out: the size of their load is unknown.</source>
        <translation>
            <numerusform>%Ln téléphone laissé de côté : la taille de sa version est inconnue.</numerusform>
            <numerusform>%Ln téléphones laissés de côté : la taille de leur version est inconnue.</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 bit/s: traditional %2, PFS %3.</source>
        <translation>À %1 bit/s : traditionnelle %2, PFS %3.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>How far transfers got: %1 bytes done of %2 bytes in all (&quot;584 bytes of 6.1 MB&quot;)</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>%1: a duration (&quot;2 min 5 s&quot;)</extracomment>
        <translation>il y a %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln s ago</source>
        <translation>
            <numerusform>il y a %Ln s</numerusform>
            <numerusform>il y a %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1: the time a phone was last heard; %2: how long before the snapshot (&quot;12 s ago&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EdgeStyle</name>
    <message>
        <source>observed on the wire (TCP 4051)</source>
        <translation>observée sur le réseau (TCP 4051)</translation>
    </message>
    <message>
        <source>from a trace (verified grammar)</source>
        <translation>d’une trace (grammaire vérifiée)</translation>
    </message>
    <message>
        <source>inferred by pfsmon</source>
        <translation>déduite par pfsmon</translation>
    </message>
    <message>
        <source>modelled (pfsmon&apos;s own records)</source>
        <translation>modélisée (enregistrements propres à pfsmon)</translation>
    </message>
    <message>
        <source>source unknown</source>
        <translation>source inconnue</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>modelled</source>
        <translation>modélisée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>notification</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>FirmwareCatalogue</name>
    <message>
        <source>cannot open firmware catalogue %1: %2</source>
        <translation>impossible d&apos;ouvrir le catalogue de micrologiciels %1 : %2</translation>
    </message>
    <message>
        <source>firmware catalogue %1 is larger than %2 bytes</source>
        <translation>le catalogue de micrologiciels %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>firmware catalogue %1: %2</source>
        <translation>catalogue de micrologiciels %1 : %2</translation>
    </message>
    <message>
        <source>load %1 has a component without a file name or a size</source>
        <translation>la version %1 a un composant sans nom de fichier ou sans taille</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON non valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>schema is not %1</source>
        <translation>le schéma n&apos;est pas %1</translation>
    </message>
    <message>
        <source>a load has no name</source>
        <translation>une version n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>a model has no name</source>
        <translation>un modèle n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>load %1: component %2 is larger than %3 bytes, more than any firmware file</source>
        <translation>chargement %1 : le composant %2 dépasse %3 octets, plus qu&apos;aucun fichier de micrologiciel</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>no DLoad record found in %1</source>
        <translation>aucun enregistrement DLoad trouvé dans %1</translation>
    </message>
    <message>
        <source>pfsmon %1: import of %2</source>
        <translation>pfsmon %1 : import de %2</translation>
    </message>
    <message>
        <source>pfsmon %1: demo rollout of %2 phones (seed %3)</source>
        <translation>pfsmon %1 : mise à niveau de démonstration de %2 téléphones (graine %3)</translation>
    </message>
    <message>
        <source>Simulated %1 of rollout in %2 ms: %3 records, %4 broadcasts</source>
        <translation>%1 de mise à niveau simulés en %2 ms : %3 enregistrements, %4 diffusions</translation>
    </message>
    <message>
        <source>Faults: %1 vanished, %2 stalled, %3 kept to TFTP, %4 never came back</source>
        <translation>Pannes : %1 disparus, %2 bloqués, %3 restés sur TFTP, %4 jamais revenus</translation>
    </message>
    <message>
        <source>off</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>à l&apos;écoute</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>replaying</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Source %1: %2, %3 received</source>
        <translation>Source %1 : %2, %3 reçus</translation>
    </message>
    <message>
        <source>Syslog: %1 DLoad records, %2 other lines; PFS broadcasts: %3 decoded, %4 undecoded from %5 senders</source>
        <translation>Syslog : %1 enregistrements DLoad, %2 autres lignes ; diffusions PFS : %3 décodées, %4 non décodées, de %5 émetteurs</translation>
    </message>
    <message>
        <source>Capture: %1 packets: %2 PFS, %3 syslog UDP, %4 syslog TCP segments; %5 other traffic skipped, %6 malformed, %7 fragments, %8 TCP gaps</source>
        <translation>Capture : %1 paquets : %2 PFS, %3 syslog UDP, %4 segments syslog TCP ; %5 autres ignorés, %6 malformés, %7 fragments, %8 trous TCP</translation>
    </message>
    <message>
        <source>pfsmon %1: replay of %2</source>
        <translation>pfsmon %1 : relecture de %2</translation>
    </message>
    <message>
        <source>no source could listen</source>
        <translation>aucune source n&apos;a pu écouter</translation>
    </message>
    <message>
        <source>pfsmon %1: listened for %2</source>
        <translation>pfsmon %1 : écoute pendant %2</translation>
    </message>
    <message>
        <source>Snapshot written to %1</source>
        <translation>Instantané écrit dans %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Export %1 écrit dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Decompressed: gzip, %Ln member(s)</source>
        <translation>
            <numerusform>Décompressé : gzip, %Ln membre</numerusform>
            <numerusform>Décompressé : gzip, %Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Text: %1 (by its BOM), read as UTF-8</source>
        <translation>Texte : %1 (d&apos;après son BOM), lu en UTF-8</translation>
    </message>
    <message>
        <source>Terminal colour codes removed from %1 lines</source>
        <translation>Codes de couleur de terminal retirés de %1 lignes</translation>
    </message>
    <message>
        <source>Syslog or journal prefix removed from %1 lines</source>
        <translation>Préfixe syslog ou journal retiré de %1 lignes</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Snap length %1: %2 packets cut short (%3 PFS, %4 syslog UDP, %5 syslog TCP, %6 other), %7 not captured, at least %8 syslog records lost</source>
        <translation>Longueur de capture %1 : %2 paquets tronqués (%3 PFS, %4 syslog UDP, %5 syslog TCP, %6 autres), %7 non capturés, au moins %8 enregistrements syslog perdus</translation>
    </message>
    <message>
        <source>TCP streams: %1 missing from the capture, %2 skipped to the next record after a hole</source>
        <translation>Flux TCP : %1 absents de la capture, %2 sautés jusqu&apos;à l&apos;enregistrement suivant après un trou</translation>
    </message>
    <message>
        <source>%1 packets with impossible timestamps (clamped), %2 TCP segments past the stream limit</source>
        <translation>%1 paquets aux horodatages impossibles (bornés), %2 segments TCP au-delà de la limite de flux</translation>
    </message>
    <message>
        <source>Source %1: %2, %3 received, lost in the kernel: %4, dropped by pfsmon: %5, receive buffer %6</source>
        <translation>Source %1 : %2, %3 reçus, perdus dans le noyau : %4, abandonnés par pfsmon : %5, tampon de réception %6</translation>
    </message>
    <message>
        <source>Received %1, dropped %2 (pfsmon&apos;s queue full), lost in the kernel %3, ignored %4 (not allowed), recorded %5 packets</source>
        <translation>Reçus %1, abandonnés %2 (file de pfsmon pleine), perdus dans le noyau %3, ignorés %4 (non autorisés), %5 paquets enregistrés</translation>
    </message>
    <message>
        <source>TCP: %1 connections, %2 refused, %3 pauses for a full queue; %4 oversized frames skipped, %5 resynchronisations after malformed frames, %6 bytes discarded</source>
        <translation>TCP : %1 connexions, %2 refusées, %3 pauses pour file pleine ; %4 trames trop longues sautées, %5 resynchronisations après des trames mal formées, %6 octets écartés</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>unknown export format %1</source>
        <translation>format d’export inconnu : %1</translation>
    </message>
    <message>
        <source>capturing: %1</source>
        <translation>capture en cours : %1</translation>
    </message>
    <message>
        <source>Wire: %1 downloads from the server (TFTP, HTTP), %2 configuration requests; TCP 4051: %3 connections, %4 drawn as tree edges, %5 whose file nothing tells; %6 PFS broadcasts</source>
        <translation>Réseau : %1 téléchargements depuis le serveur (TFTP, HTTP), %2 demandes de configuration ; TCP 4051 : %3 connexions, %4 tracées comme arêtes d’arbre, %5 dont rien n’indique le fichier ; %6 diffusions PFS</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>gros-boutiste</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>petit-boutiste</translation>
    </message>
    <message>
        <source>PFS broadcasts carry the traced XIDs at byte %1 (%2), inferred from %3 payloads: %4 sightings tie their sender to its hierarchy; %5 held no known XID there, %6 were too short</source>
        <translation>Les diffusions PFS portent les XID des traces à l&apos;octet %1 (%2), déduit de %3 contenus : %4 observations rattachent leur émetteur à sa hiérarchie ; %5 n&apos;y portaient aucun XID connu, %6 étaient trop courtes</translation>
    </message>
    <message>
        <source>PFS broadcasts: %1 of %2 payloads hold a traced XID, at no place consistent enough to tie their senders to a hierarchy</source>
        <translation>Diffusions PFS : %1 contenus sur %2 portent un XID des traces, à aucun emplacement assez constant pour rattacher leurs émetteurs à une hiérarchie</translation>
    </message>
    <message numerus="yes">
        <source>Inventory %1: %Ln phone(s) expected</source>
        <translation>
            <numerusform>Inventaire %1 : %Ln téléphone attendu</numerusform>
            <numerusform>Inventaire %1 : %Ln téléphones attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>failing: %1 errors, %2 warnings (--fail-on %3)</source>
        <translation>échec : %1 erreurs, %2 avertissements (--fail-on %3)</translation>
    </message>
    <message>
        <source>%1 phones with the wire take a while (every frame of every download is made and read); --demo-sources traces takes seconds</source>
        <translation>%1 téléphones avec le réseau prennent du temps (chaque trame de chaque téléchargement est produite puis lue) ; --demo-sources traces prend quelques secondes</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1: %2 has made no progress since %3, waiting on its parent %4; if it stays so, the phone gives up and fetches it from the TFTP server. Check the parent.</source>
        <translation>%1 : %2 n&apos;avance plus depuis %3, en attente de son parent %4 ; si cela dure, le téléphone abandonne et le télécharge depuis le serveur TFTP. Vérifiez le parent.</translation>
    </message>
    <message>
        <source>%1: %2 has made no progress since %3 from the TFTP server; check the WAN link and the server.</source>
        <translation>%1 : %2 n&apos;avance plus depuis %3 depuis le serveur TFTP ; vérifiez le lien WAN et le serveur.</translation>
    </message>
    <message>
        <source>%1 fetched %2 from the TFTP server although its hierarchy distributes it: WAN bandwidth PFS should have saved. Check that it can reach its parent on TCP 4051.</source>
        <translation>%1 a téléchargé %2 depuis le serveur TFTP alors que sa hiérarchie le distribue : de la bande passante WAN que PFS aurait dû économiser. Vérifiez qu&apos;il peut joindre son parent en TCP 4051.</translation>
    </message>
    <message>
        <source>%1 fetches every file from the TFTP server with PFS on: the known PFS bug CSCus67416. Move it to a load with the fix, or upgrade it on its own.</source>
        <translation>%1 télécharge chaque fichier depuis le serveur TFTP alors que PFS est activé : le bogue PFS connu CSCus67416. Passez-le à une version corrigée, ou mettez-le à niveau seul.</translation>
    </message>
    <message>
        <source>%1 finished its upgrade at %2 and has not been heard from since: it did not come back after its reboot (the known PFS bug CSCtg96408). Check the phone and power-cycle it.</source>
        <translation>%1 a terminé sa mise à niveau à %2 et n&apos;a plus donné signe de vie depuis : il n&apos;est pas revenu après son redémarrage (le bogue PFS connu CSCtg96408). Vérifiez le téléphone et redémarrez-le électriquement.</translation>
    </message>
    <message>
        <source>%1 stopped reporting at %2 in the middle of its upgrade while the other phones go on: it may have lost power or its network.</source>
        <translation>%1 s&apos;est tu à %2 au milieu de sa mise à niveau alors que les autres téléphones continuent : il a peut-être perdu son alimentation ou son réseau.</translation>
    </message>
    <message>
        <source>%1 upgrades the traditional way (PFS off, or a model without PFS): every file over the WAN.</source>
        <translation>%1 se met à niveau de façon traditionnelle (PFS désactivé, ou modèle sans PFS) : chaque fichier par le WAN.</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>fell back to the WAN</source>
        <translation>repli sur le WAN</translation>
    </message>
    <message>
        <source>keeps going to the server</source>
        <translation>retourne toujours au serveur</translation>
    </message>
    <message>
        <source>never came back</source>
        <translation>jamais revenu</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>muet</translation>
    </message>
    <message>
        <source>traditional upgrade</source>
        <translation>mise à niveau traditionnelle</translation>
    </message>
    <message>
        <source>tree anomaly</source>
        <translation>anomalie d&apos;arbre</translation>
    </message>
    <message>
        <source>%1 is in the site&apos;s inventory but has not been heard, while most phones listed with it have: it may be off, unplugged, or on another subnet.</source>
        <translation>%1 figure dans l&apos;inventaire du site mais n&apos;a pas été entendu, alors que la plupart des téléphones listés avec lui l&apos;ont été : il est peut-être éteint, débranché, ou sur un autre sous-réseau.</translation>
    </message>
    <message>
        <source>never heard</source>
        <translation>jamais entendu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the TFTP server</source>
        <translation>le serveur TFTP</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>l’homologue %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 bytes from %4, begun %5, last grew %6 (%7)</source>
        <extracomment>%1 file, %2 bytes received, %3 its size, %4 its source, %5 when the attempt began, %6 when its bytes last grew, %7 how pfsmon knows (trace, wire…)</extracomment>
        <translation>%1 : %2 octets sur %3 depuis %4, commencé à %5, dernier progrès à %6 (%7)</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Whole load in at %1; no record, configuration request or broadcast since</source>
        <translation>Version entière reçue à %1 ; aucun enregistrement, demande de configuration ni diffusion depuis</translation>
    </message>
    <message>
        <source>A child said at %1 that it lost this phone while receiving from it</source>
        <translation>Un enfant a signalé à %1 avoir perdu ce téléphone pendant qu’il en recevait un fichier</translation>
    </message>
    <message>
        <source>Model %1 has no PFS</source>
        <translation>Le modèle %1 n’a pas PFS</translation>
    </message>
    <message>
        <source>Its upgrade record says PFS is off (pfs=0)</source>
        <translation>Son enregistrement de mise à niveau dit PFS désactivé (pfs=0)</translation>
    </message>
    <message>
        <source>Listed in the inventory as %1</source>
        <translation>Listé dans l’inventaire comme %1</translation>
    </message>
    <message>
        <source>Last heard at %1, through %2</source>
        <translation>Entendu pour la dernière fois à %1, par %2</translation>
    </message>
    <message>
        <source>%1 was heard but takes no part in the upgrade, while most phones on its subnet have had files for a while: check its PFS setting and its load in CUCM, and that it was reset with the others.</source>
        <translation>%1 a été entendu mais ne prend aucune part à la mise à niveau, alors que la plupart des téléphones de son sous-réseau ont reçu des fichiers depuis un moment : vérifiez son réglage PFS et sa version dans CUCM, et qu’il a été réinitialisé avec les autres.</translation>
    </message>
    <message>
        <source>never joined</source>
        <translation>jamais rejoint</translation>
    </message>
</context>
<context>
    <name>HierarchyChoice</name>
    <message>
        <source>no hierarchy %1 in this rollout</source>
        <translation>aucune hiérarchie %1 dans ce déploiement</translation>
    </message>
    <message>
        <source>no hierarchy number %1 in this rollout (there are %2)</source>
        <translation>aucune hiérarchie numéro %1 dans ce déploiement (il y en a %2)</translation>
    </message>
    <message>
        <source>no hierarchy distributes %1 in this rollout</source>
        <translation>aucune hiérarchie ne distribue %1 dans ce déploiement</translation>
    </message>
    <message>
        <source>%1 names %2 hierarchies: give one of %3</source>
        <translation>%1 désigne %2 hiérarchies : donnez l&apos;une de celles-ci : %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a hierarchy&apos;s name for --hierarchy, then its model</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>model unknown</source>
        <translation>modèle inconnu</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>InventoryCsv</name>
    <message>
        <source>line %1: a quoted field opened there is never closed: the rest of the file was skipped</source>
        <translation>ligne %1 : un champ entre guillemets ouvert là n&apos;est jamais fermé : le reste du fichier a été ignoré</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: %1 (first at line %2)</source>
        <translation>
            <numerusform>%n ligne ignorée : %1 (la première à la ligne %2)</numerusform>
            <numerusform>%n lignes ignorées : %1 (la première à la ligne %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a usable device name or MAC address skipped (first at line %1)</source>
        <translation>
            <numerusform>%n ligne sans nom d&apos;appareil ni adresse MAC utilisable ignorée (la première à la ligne %1)</numerusform>
            <numerusform>%n lignes sans nom d&apos;appareil ni adresse MAC utilisable ignorées (la première à la ligne %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeating an earlier phone skipped, the first kept (line %1 repeats line %2)</source>
        <translation>
            <numerusform>%n ligne répétant un téléphone déjà lu ignorée, la première gardée (la ligne %1 répète la ligne %2)</numerusform>
            <numerusform>%n lignes répétant un téléphone déjà lu ignorées, la première gardée (la ligne %1 répète la ligne %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose MAC address is not the device name&apos;s kept under the device name (first at line %1)</source>
        <translation>
            <numerusform>%n ligne dont l&apos;adresse MAC n&apos;est pas celle du nom d&apos;appareil gardée sous le nom d&apos;appareil (la première à la ligne %1)</numerusform>
            <numerusform>%n lignes dont l&apos;adresse MAC n&apos;est pas celle du nom d&apos;appareil gardées sous le nom d&apos;appareil (la première à la ligne %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose IP address is not an IPv4 address kept without one (first at line %1: %2)</source>
        <translation>
            <numerusform>%n ligne dont l&apos;adresse IP n&apos;est pas une adresse IPv4 gardée sans adresse (la première à la ligne %1 : %2)</numerusform>
            <numerusform>%n lignes dont l&apos;adresse IP n&apos;est pas une adresse IPv4 gardées sans adresse (la première à la ligne %1 : %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a model pfsmon does not know kept as written (first at line %1: %2)</source>
        <translation>
            <numerusform>%n ligne d&apos;un modèle que pfsmon ne connaît pas gardée telle quelle (la première à la ligne %1 : %2)</numerusform>
            <numerusform>%n lignes d&apos;un modèle que pfsmon ne connaît pas gardées telles quelles (la première à la ligne %1 : %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>phone list %1: %2</source>
        <translation>liste de téléphones %1 : %2</translation>
    </message>
    <message>
        <source>an Excel workbook, not CSV: save it as CSV first</source>
        <translation>un classeur Excel, pas du CSV : enregistrez-le d&apos;abord en CSV</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte: not a text file</source>
        <translation>la ligne %1 contient un octet NUL : ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>not UTF-8: read as Windows-1252, as Excel saves CSV</source>
        <translation>pas en UTF-8 : lu en Windows-1252, comme Excel enregistre le CSV</translation>
    </message>
    <message>
        <source>line %1: the first row cannot be read: %2</source>
        <translation>ligne %1 : la première ligne est illisible : %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the first row holds a phone, not column names: it is read as one</source>
        <translation>la première ligne contient un téléphone, pas des noms de colonnes : elle est lue comme tel</translation>
    </message>
    <message>
        <source>%1: no column name matches; column %2 (&quot;%3&quot;) was chosen by its contents</source>
        <translation>%1 : aucun nom de colonne ne correspond ; la colonne %2 (« %3 ») a été choisie d&apos;après son contenu</translation>
    </message>
    <message>
        <source>no phone list was loaded</source>
        <translation>aucune liste de téléphones n&apos;a été chargée</translation>
    </message>
    <message>
        <source>no column is chosen for the device name or the MAC address</source>
        <translation>aucune colonne n&apos;est choisie pour le nom de l&apos;appareil ou l&apos;adresse MAC</translation>
    </message>
    <message>
        <source>more than %1 rows: only the first %1 were read</source>
        <translation>plus de %1 lignes : seules les %1 premières ont été lues</translation>
    </message>
    <message>
        <source>larger than %1 MiB, more than any phone list</source>
        <translation>plus de %1 Mio, plus que toute liste de téléphones</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>plus de %1 champs</translation>
    </message>
    <message>
        <source>a field longer than %1 bytes</source>
        <translation>un champ de plus de %1 octets</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>du texte après le guillemet fermant d&apos;un champ</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
</context>
<context>
    <name>LogImporter</name>
    <message>
        <source>it is a packet capture, not a text log</source>
        <translation>c&apos;est une capture de paquets, pas un journal texte</translation>
    </message>
    <message>
        <source>binary data (a NUL byte at offset %1)</source>
        <translation>données binaires (un octet NUL à la position %1)</translation>
    </message>
    <message>
        <source>binary data (%1 control bytes in the first %2)</source>
        <translation>données binaires (%1 octets de contrôle dans les %2 premiers)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot import %1: it is a folder</source>
        <translation>impossible d&apos;importer %1 : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>LogTextReader</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with a BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>stopped after %1 bytes of text, the most one file may give</source>
        <translation>arrêt après %1 octets de texte, le maximum qu&apos;un fichier peut fournir</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture : %1</translation>
    </message>
    <message>
        <source>cannot start zlib to read the gzip data</source>
        <translation>impossible de démarrer zlib pour lire les données gzip</translation>
    </message>
    <message>
        <source>the gzip data ends early (a truncated file): what came before was read</source>
        <translation>les données gzip s&apos;arrêtent trop tôt (fichier tronqué) : ce qui précédait a été lu</translation>
    </message>
    <message>
        <source>data after the end of the gzip data was ignored</source>
        <translation>les données après la fin des données gzip ont été ignorées</translation>
    </message>
    <message>
        <source>the gzip data is damaged after %1 compressed bytes (%2): what came before was read</source>
        <translation>les données gzip sont endommagées après %1 octets compressés (%2) : ce qui précédait a été lu</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>OPTIONS</source>
        <translation>OPTIONS</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Commandes de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
</context>
<context>
    <name>ManWords</name>
    <message>
        <source>Print the options and what they do, then exit.</source>
        <translation>Afficher les options et ce qu&apos;elles font, puis quitter.</translation>
    </message>
    <message>
        <source>Print the options, Qt&apos;s own included, then exit.</source>
        <translation>Afficher les options, y compris celles de Qt, puis quitter.</translation>
    </message>
    <message>
        <source>Print the version, then exit.</source>
        <translation>Afficher la version, puis quitter.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modèle inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s), %1</source>
        <extracomment>The &quot;All hierarchies&quot; view: %n phones of one model on one subnet, %1 their progress</extracomment>
        <translation>
            <numerusform>%n téléphone, %1</numerusform>
            <numerusform>%n téléphones, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phone(s), %2</source>
        <extracomment>The &quot;All hierarchies&quot; view: a file, %n phones in its tree, %1 its progress</extracomment>
        <translation>
            <numerusform>%1 : %n téléphone, %2</numerusform>
            <numerusform>%1 : %n téléphones, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>fichier inconnu</translation>
    </message>
</context>
<context>
    <name>PcapFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>libpcap cannot start the file</source>
        <translation>libpcap ne peut pas commencer le fichier</translation>
    </message>
    <message>
        <source>the disk refused the data</source>
        <translation>le disque a refusé les données</translation>
    </message>
</context>
<context>
    <name>PcapReader</name>
    <message>
        <source>cannot open capture %1: %2</source>
        <translation>impossible d&apos;ouvrir la capture %1 : %2</translation>
    </message>
    <message>
        <source>unsupported link type %1 in the capture</source>
        <translation>type de liaison %1 non pris en charge dans la capture</translation>
    </message>
    <message>
        <source>cannot replay %1: unsupported link type %2 in the capture</source>
        <translation>impossible de rejouer %1 : type de liaison %2 non pris en charge dans la capture</translation>
    </message>
    <message>
        <source>capture file ends in the middle of a packet after %1 packets: the rest is lost (%2)</source>
        <translation>le fichier de capture s&apos;arrête au milieu d&apos;un paquet après %1 paquets : la suite est perdue (%2)</translation>
    </message>
    <message>
        <source>capture file is damaged after %1 packets: %2; the rest of it is not read</source>
        <translation>le fichier de capture est endommagé après %1 paquets : %2 ; la suite n&apos;est pas lue</translation>
    </message>
    <message>
        <source>capture cut at %1 bytes per packet (snap length): %2 packets cut short, at least %3 syslog records lost; recapture with `tcpdump -s 0`</source>
        <translation>capture coupée à %1 octets par paquet (longueur de capture) : %2 paquets tronqués, au moins %3 enregistrements syslog perdus ; recapturez avec `tcpdump -s 0`</translation>
    </message>
</context>
<context>
    <name>PcapRecorder</name>
    <message>
        <source>cannot start a capture file</source>
        <translation>impossible de créer un fichier de capture</translation>
    </message>
    <message>
        <source>cannot record to %1: %2</source>
        <translation>impossible d&apos;enregistrer dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>PhoneEvidence</name>
    <message>
        <source>Came back at %1: the wire saw it ask for its configuration after its upgrade</source>
        <translation>Revenu à %1 : le réseau l’a vu demander sa configuration après sa mise à niveau</translation>
    </message>
    <message>
        <source>Heard through: nothing yet</source>
        <translation>Entendu par : rien encore</translation>
    </message>
    <message>
        <source>Heard through: %1</source>
        <translation>Entendu par : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Model %1, load %2 (inferred from the firmware catalogue)</source>
        <translation>Modèle %1, version %2 (déduits du catalogue de micrologiciels)</translation>
    </message>
    <message>
        <source>Model %1, load %2</source>
        <translation>Modèle %1, version %2</translation>
    </message>
    <message>
        <source>Model %1, load %2 (%3)</source>
        <translation>Modèle %1, version %2 (%3)</translation>
    </message>
    <message>
        <source>MAC %1, name %2, seen on the wire</source>
        <translation>MAC %1, nom %2, vue sur le réseau</translation>
    </message>
    <message>
        <source>MAC %1, name %2</source>
        <translation>MAC %1, nom %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>; size unknown</source>
        <translation> ; taille inconnue</translation>
    </message>
    <message>
        <source>; size %1 bytes, estimated from the firmware catalogue</source>
        <translation> ; taille %1 octets, estimée d’après le catalogue de micrologiciels</translation>
    </message>
    <message>
        <source>; size %1 bytes, observed</source>
        <translation> ; taille %1 octets, observée</translation>
    </message>
    <message>
        <source>; records said %1 bytes, %2 (%3)</source>
        <extracomment>a lower-ranked source&apos;s claim: &quot;records said 2,999 bytes, complete (modelled)&quot;</extracomment>
        <translation> ; les enregistrements disaient %1 octets, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In %1: parent %2, edge %3</source>
        <translation>Dans %1 : parent %2, arête %3</translation>
    </message>
    <message>
        <source>In %1: root (%2)</source>
        <translation>Dans %1 : racine (%2)</translation>
    </message>
    <message>
        <source>In %1: no parent known yet</source>
        <translation>Dans %1 : aucun parent connu pour l’instant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a component&apos;s file, then where its bytes come from</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>In %1: a member (inferred: its broadcasts carry the XID); no parent known yet</source>
        <translation>Dans %1 : membre (déduit : ses diffusions portent le XID) ; pas encore de parent connu</translation>
    </message>
    <message>
        <source>; another source (%1) names %2</source>
        <extracomment>another source&apos;s parent for the phone, kept beside the edge drawn</extracomment>
        <translation> ; une autre source (%1) désigne %2</translation>
    </message>
    <message>
        <source>Came back at %1: its records say its upgrade is done (%2)</source>
        <translation>Revenu à %1 : ses enregistrements disent sa mise à niveau terminée (%2)</translation>
    </message>
</context>
<context>
    <name>PhoneStateStyle</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>from TFTP</source>
        <translation>depuis TFTP</translation>
    </message>
    <message>
        <source>from a peer</source>
        <translation>depuis un homologue</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>muet</translation>
    </message>
    <message>
        <source>TFTP</source>
        <translation>TFTP</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>homologue %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: where a file comes from; %2: how pfsmon knows it (trace, wire, inferred, modelled)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>traditional upgrade</source>
        <translation>mise à niveau traditionnelle</translation>
    </message>
    <message>
        <source>not heard yet</source>
        <translation>pas encore entendu</translation>
    </message>
    <message>
        <source>unknown phone</source>
        <translation>téléphone inconnu</translation>
    </message>
    <message>
        <source>root</source>
        <translation>racine</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>feuille</translation>
    </message>
    <message>
        <source>not in PFS</source>
        <translation>hors PFS</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>between a phone&apos;s roles in several files: &quot;root, leaf&quot;</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ProvenanceNames</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>modelled</source>
        <translation>modélisé</translation>
    </message>
    <message>
        <source>observed on the wire</source>
        <translation>observé sur le réseau</translation>
    </message>
    <message>
        <source>listed in the inventory</source>
        <translation>listé dans l&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>RolloutModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>%1: %2 has more than two children (last: %3); PFS trees are binary</source>
        <translation>%1 : %2 a plus de deux enfants (dernier : %3) ; les arbres PFS sont binaires</translation>
    </message>
    <message>
        <source>%1: %2 tried to join %3, its own descendant; join ignored</source>
        <translation>%1 : %2 a voulu rejoindre %3, son propre descendant ; rattachement ignoré</translation>
    </message>
    <message>
        <source>%1: %2 named itself as its parent; join ignored</source>
        <translation>%1 : %2 s&apos;est désigné comme son propre parent ; rattachement ignoré</translation>
    </message>
    <message>
        <source>%1: %2 is a %3 in a hierarchy of another model</source>
        <translation>%1 : %2 est un %3 dans une hiérarchie d&apos;un autre modèle</translation>
    </message>
    <message>
        <source>%1: %2 is on another subnet than its hierarchy</source>
        <translation>%1 : %2 est sur un autre sous-réseau que sa hiérarchie</translation>
    </message>
    <message>
        <source>%1: root changed from %2 to %3</source>
        <translation>%1 : la racine est passée de %2 à %3</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>from TFTP</source>
        <translation>depuis TFTP</translation>
    </message>
    <message>
        <source>from peer</source>
        <translation>depuis un homologue</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>not a relay</source>
        <translation>pas un relais</translation>
    </message>
    <message>
        <source>its records name other addresses</source>
        <translation>ses enregistrements nomment d&apos;autres adresses</translation>
    </message>
    <message>
        <source>its syslog host names are other addresses</source>
        <translation>ses noms d&apos;hôte syslog sont d&apos;autres adresses</translation>
    </message>
    <message>
        <source>it carries several phones</source>
        <translation>il transmet plusieurs téléphones</translation>
    </message>
    <message>
        <source>no XID</source>
        <translation>sans XID</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modèle inconnu</translation>
    </message>
    <message>
        <source>unknown subnet</source>
        <translation>sous-réseau inconnu</translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>fichier inconnu</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>hierarchy known from the wire: model, subnet, file</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(unknown hierarchy)</source>
        <translation>(hiérarchie inconnue)</translation>
    </message>
    <message>
        <source>%1: the wire and the records of %2 give other sizes for one file; both are kept</source>
        <translation>%1 : le réseau et les traces de %2 donnent des tailles différentes pour un même fichier ; les deux sont conservées</translation>
    </message>
    <message>
        <source>%1: %2&apos;s parent is %3 (%4), but another source names %5; both are kept</source>
        <translation>%1 : le parent de %2 est %3 (%4), mais une autre source désigne %5 ; les deux sont conservés</translation>
    </message>
</context>
<context>
    <name>SimulationOptions</name>
    <message>
        <source>Simulated phones (default %1).</source>
        <translation>Téléphones simulés (%1 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Seed of the simulation: the same seed gives the same rollout (default 1).</source>
        <translation>Graine de la simulation : la même graine donne la même mise à niveau (1 par défaut).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Phones that disappear mid-transfer.</source>
        <translation>Téléphones qui disparaissent en plein transfert.</translation>
    </message>
    <message>
        <source>Transfers that stall, so the phone falls back to TFTP.</source>
        <translation>Transferts qui se bloquent, le téléphone se rabat alors sur TFTP.</translation>
    </message>
    <message>
        <source>Phones that keep going to the TFTP server with PFS on (CSCus67416).</source>
        <translation>Téléphones qui continuent d&apos;aller au serveur TFTP malgré PFS activé (CSCus67416).</translation>
    </message>
    <message>
        <source>Phones that never come back after their reboot (CSCtg96408).</source>
        <translation>Téléphones qui ne redémarrent jamais après la mise à niveau (CSCtg96408).</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation>--seed doit être un nombre positif ou nul</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>the number of phones must be from 1 to 100000</source>
        <translation>le nombre de téléphones doit aller de 1 à 100000</translation>
    </message>
    <message>
        <source>phones per subnet must be from 1 to 240</source>
        <translation>le nombre de téléphones par sous-réseau doit aller de 1 à 240</translation>
    </message>
    <message>
        <source>link rates must be positive</source>
        <translation>les débits des liens doivent être positifs</translation>
    </message>
    <message>
        <source>progress steps must be from 2 to 1000</source>
        <translation>le nombre d&apos;étapes d&apos;avancement doit aller de 2 à 1000</translation>
    </message>
    <message>
        <source>fault counts cannot be negative</source>
        <translation>le nombre de pannes ne peut pas être négatif</translation>
    </message>
    <message>
        <source>model %1 has no load in the firmware catalogue</source>
        <translation>le modèle %1 n&apos;a pas de version dans le catalogue de micrologiciels</translation>
    </message>
    <message>
        <source>model shares cannot be negative</source>
        <translation>les parts des modèles ne peuvent pas être négatives</translation>
    </message>
    <message>
        <source>the model mix is empty</source>
        <translation>la répartition des modèles est vide</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>address unknown</source>
        <translation>adresse inconnue</translation>
    </message>
    <message>
        <source>Records: %1 (verified %2, modelled %3, unknown %4)</source>
        <translation>Enregistrements : %1 (vérifiés %2, modélisés %3, inconnus %4)</translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 without a record, %3 cut at their length limit</source>
        <translation>Lignes : %1 lues, %2 sans enregistrement, %3 coupées à leur longueur maximale</translation>
    </message>
    <message>
        <source>  unknown: %1</source>
        <translation>  inconnu : %1</translation>
    </message>
    <message>
        <source>Hierarchies: %1</source>
        <translation>Hiérarchies : %1</translation>
    </message>
    <message>
        <source>subnet unknown</source>
        <translation>sous-réseau inconnu</translation>
    </message>
    <message>
        <source>  %1  model %2  subnet %3  file %4</source>
        <translation>  %1  modèle %2  sous-réseau %3  fichier %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>    root %1%2, %n phone(s)</source>
        <translation>
            <numerusform>    racine %1%2, %n téléphone</numerusform>
            <numerusform>    racine %1%2, %n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source> (confirmed)</source>
        <translation> (confirmée)</translation>
    </message>
    <message>
        <source> (tentative)</source>
        <translation> (provisoire)</translation>
    </message>
    <message>
        <source>Bandwidth (estimated: some sizes come from the firmware catalogue):</source>
        <translation>Bande passante (estimation : certaines tailles viennent du catalogue de micrologiciels) :</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bande passante :</translation>
    </message>
    <message>
        <source>Anomalies: %1</source>
        <translation>Anomalies : %1</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP et TCP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %2: %3 records, %Ln phone(s) (%4)</source>
        <translation>
            <numerusform>%1 par %2 : %3 enregistrements, %Ln téléphone (%4)</numerusform>
            <numerusform>%1 par %2 : %3 enregistrements, %Ln téléphones (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Syslog relays (sources, never phones): %1</source>
        <translation>Relais syslog (des sources, jamais des téléphones) : %1</translation>
    </message>
    <message>
        <source>%1 is a %2, listed as a %3</source>
        <translation>%1 est un %2, listé comme %3</translation>
    </message>
    <message>
        <source>%1 runs %2, listed with %3</source>
        <translation>%1 utilise %2, listé avec %3</translation>
    </message>
    <message>
        <source>  never heard: %1</source>
        <translation>  jamais entendus : %1</translation>
    </message>
    <message>
        <source>  not listed: %1</source>
        <translation>  non listés : %1</translation>
    </message>
    <message>
        <source>%1 done, %2 in progress, %3 waiting, %4 in trouble</source>
        <extracomment>The rollout&apos;s phones, each in one bucket</extracomment>
        <translation>%1 terminés, %2 en cours, %3 en attente, %4 en difficulté</translation>
    </message>
    <message>
        <source>%1, %2 not heard</source>
        <extracomment>%1: the counts before; %2: listed phones never heard</extracomment>
        <translation>%1, %2 jamais entendus</translation>
    </message>
    <message>
        <source>Phones: %1.</source>
        <translation>Téléphones : %1.</translation>
    </message>
    <message>
        <source>Every load is in.</source>
        <translation>Toutes les versions sont reçues.</translation>
    </message>
    <message>
        <source>Every load in: %1 (from the rates observed so far).</source>
        <translation>Toutes les versions reçues : %1 (d’après les débits observés jusqu’ici).</translation>
    </message>
    <message>
        <source>A traditional upgrade begun at the same time would still need %1 at %2 bit/s.</source>
        <translation>Une mise à niveau traditionnelle commencée au même moment demanderait encore %1 à %2 bit/s.</translation>
    </message>
    <message>
        <source>%1; time left: %2</source>
        <extracomment>Status bar: %1 the phones&apos; counts, %2 the time left (&quot;about 3 min&quot;)</extracomment>
        <translation>%1 ; temps restant : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) cut at their length limit (%1 bytes)</source>
        <translation>
            <numerusform>%Ln enregistrement coupé à sa longueur maximale (%1 octets)</numerusform>
            <numerusform>%Ln enregistrements coupés à leur longueur maximale (%1 octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1, %2; %3</source>
        <extracomment>%1 how many errors, %2 warnings, %3 phones upgrading the traditional way, each counted with its noun</extracomment>
        <translation>Constats : %1, %2 ; %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) upgrading the traditional way</source>
        <translation>
            <numerusform>%Ln téléphone en mise à niveau traditionnelle</numerusform>
            <numerusform>%Ln téléphones en mise à niveau traditionnelle</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory: %1, %2 never heard, %3 heard but not listed, %4 differ</source>
        <extracomment>%1 how many phones the inventory lists, with its noun (&quot;203 phones listed&quot;)</extracomment>
        <translation>Inventaire : %1, jamais entendus : %2, entendus mais absents de la liste : %3, différents : %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) listed</source>
        <translation>
            <numerusform>%Ln téléphone listé</numerusform>
            <numerusform>%Ln téléphones listés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeImage</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the image would be %1 × %2 pixels: choose a smaller scale</source>
        <translation>l&apos;image ferait %1 × %2 pixels : choisissez une échelle plus petite</translation>
    </message>
    <message numerus="yes">
        <source>Hierarchy %1: model %2, subnet %3, file %4 (load %5), %n phone(s)</source>
        <translation>
            <numerusform>Hiérarchie %1 : modèle %2, sous-réseau %3, fichier %4 (version %5), %n téléphone</numerusform>
            <numerusform>Hiérarchie %1 : modèle %2, sous-réseau %3, fichier %4 (version %5), %n téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>All %n hierarchies</source>
        <translation>
            <numerusform>%n hiérarchie</numerusform>
            <numerusform>Les %n hiérarchies</numerusform>
        </translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, estimation</translation>
    </message>
    <message>
        <source>there is no tree to export yet</source>
        <translation>il n&apos;y a pas encore d&apos;arbre à exporter</translation>
    </message>
    <message>
        <source>Overall progress %1; WAN bandwidth saved so far %2 (%3), projected at the end %4 (%5)%6</source>
        <translation>Progression globale %1 ; bande passante WAN économisée jusqu’ici %2 (%3), prévue à la fin %4 (%5)%6</translation>
    </message>
    <message>
        <source>%1, under %2 (continued)</source>
        <translation>%1, sous %2 (suite)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>pfsmon tree snapshot</source>
        <translation>Instantané de l’arbre pfsmon</translation>
    </message>
    <message>
        <source>Rollout time shown: %1 (the rollout&apos;s own clock); exported: %2</source>
        <translation>Heure du déploiement affichée : %1 (l’horloge du déploiement) ; exporté : %2</translation>
    </message>
</context>
<context>
    <name>TreeRenderer</name>
    <message>
        <source>Tree edges</source>
        <translation>Arêtes de l’arbre</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>error (Problems tab)</source>
        <extracomment>Legend: a box outlined in this colour has a problem of this severity (the Problems tab)</extracomment>
        <translation>erreur (onglet Problèmes)</translation>
    </message>
    <message>
        <source>warning (Problems tab)</source>
        <translation>avertissement (onglet Problèmes)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A tree box: bytes received of the file&apos;s size, both sizes</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>▸ Legend</source>
        <extracomment>The tree view&apos;s legend, folded: a click shows it</extracomment>
        <translation>▸ Légende</translation>
    </message>
    <message>
        <source>▾ Legend:</source>
        <translation>▾ Légende :</translation>
    </message>
    <message>
        <source>unnamed phone</source>
        <translation>téléphone sans nom</translation>
    </message>
    <message>
        <source>%1: %2, %3 %</source>
        <extracomment>A tree box&apos;s tooltip: %1 the file, %2 the phone&apos;s state for it, %3 its progress in percent</extracomment>
        <translation>%1 : %2, %3 %</translation>
    </message>
    <message>
        <source>Whole load: %1, %2 %</source>
        <extracomment>A tree box&apos;s tooltip: %1 the phone&apos;s state, %2 its progress over its whole load in percent</extracomment>
        <translation>Version entière : %1, %2 %</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Parent : %1</translation>
    </message>
    <message>
        <source>Root of this hierarchy</source>
        <translation>Racine de cette hiérarchie</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to collapse or expand its subtree</source>
        <translation>Double-cliquez pour replier ou déplier son sous-arbre</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the Problems tab</source>
        <extracomment>A tree box&apos;s tooltip: %n problems of this phone, listed in the Problems tab</extracomment>
        <translation>
            <numerusform>%n problème : voir l’onglet Problèmes</numerusform>
            <numerusform>%n problèmes : voir l’onglet Problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pfs::BandwidthView</name>
    <message>
        <source>Rollout time (s)</source>
        <translation>Durée de la mise à niveau (s)</translation>
    </message>
    <message>
        <source>No rollout yet.</source>
        <translation>Pas encore de mise à niveau.</translation>
    </message>
    <message>
        <source>Estimates: some sizes come from the firmware catalogue.</source>
        <translation>Estimations : certaines tailles viennent du catalogue de micrologiciels.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Économisé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Fallback to the WAN</source>
        <translation>Repli sur le WAN</translation>
    </message>
    <message>
        <source>WAN fetch stopped</source>
        <translation>Téléchargement WAN arrêté</translation>
    </message>
    <message>
        <source>With PFS</source>
        <translation>Avec PFS</translation>
    </message>
    <message>
        <source>Phones without PFS</source>
        <translation>Téléphones sans PFS</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more fallback(s) and outage(s) not marked (see the Problems tab)</source>
        <translation>
            <numerusform>%Ln repli ou coupure de plus non marqué (voir l’onglet Problèmes)</numerusform>
            <numerusform>%Ln replis et coupures de plus non marqués (voir l’onglet Problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <comment>chart marker: phone, kind of finding, time</comment>
        <translation>%1 : %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more here.</source>
        <translation>
            <numerusform>… et %Ln autre ici.</numerusform>
            <numerusform>… et %Ln autres ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Traditional upgrade</source>
        <translation>Mise à niveau traditionnelle</translation>
    </message>
    <message>
        <source>Over the WAN (%1)</source>
        <translation>Sur le WAN (%1)</translation>
    </message>
    <message>
        <source>WAN per model: used and saved (%1)</source>
        <translation>WAN par modèle : utilisé et économisé (%1)</translation>
    </message>
</context>
<context>
    <name>pfs::CaptureFeed</name>
    <message>
        <source>invalid capture filter &quot;%1&quot;: %2</source>
        <translation>filtre de capture « %1 » invalide : %2</translation>
    </message>
    <message>
        <source>cannot capture on %1: %2. Either let your user run Wireshark&apos;s dumpcap: sudo usermod -aG wireshark $USER (then log in again), or let pfsmon capture itself: sudo setcap cap_net_raw,cap_net_admin=eip %3</source>
        <translation>impossible de capturer sur %1 : %2. Soit laissez votre utilisateur lancer dumpcap de Wireshark : sudo usermod -aG wireshark $USER (puis reconnectez-vous), soit laissez pfsmon capturer lui-même : sudo setcap cap_net_raw,cap_net_admin=eip %3</translation>
    </message>
    <message>
        <source>dumpcap is not installed or may not be run by this user</source>
        <translation>dumpcap n&apos;est pas installé ou cet utilisateur ne peut pas le lancer</translation>
    </message>
    <message>
        <source>neither dumpcap nor pfsmon may capture here</source>
        <translation>ni dumpcap ni pfsmon ne peuvent capturer ici</translation>
    </message>
    <message>
        <source>cannot capture on %1: %2</source>
        <translation>impossible de capturer sur %1 : %2</translation>
    </message>
    <message>
        <source>Capture on %1 (libpcap)</source>
        <translation>Capture sur %1 (libpcap)</translation>
    </message>
    <message>
        <source>cannot capture on %1: dumpcap did not start: %2</source>
        <translation>impossible de capturer sur %1 : dumpcap n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>Capture on %1 (dumpcap)</source>
        <translation>Capture sur %1 (dumpcap)</translation>
    </message>
    <message>
        <source>cannot open capture %1: %2</source>
        <translation>impossible d&apos;ouvrir la capture %1 : %2</translation>
    </message>
    <message>
        <source>Capture from standard input</source>
        <translation>Capture depuis l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Capture from %1</source>
        <translation>Capture depuis %1</translation>
    </message>
    <message>
        <source>dumpcap stopped (exit code %1)</source>
        <translation>dumpcap s&apos;est arrêté (code de sortie %1)</translation>
    </message>
</context>
<context>
    <name>pfs::ComponentModel</name>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (estimation)</translation>
    </message>
</context>
<context>
    <name>pfs::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammaire</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>pfs::EventLogTab</name>
    <message>
        <source>Filter by phone</source>
        <translation>Filtrer par téléphone</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Information et plus</translation>
    </message>
    <message>
        <source>Notice and above</source>
        <translation>Notification et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>All grammars</source>
        <translation>Toutes les grammaires</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>Modélisée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <comment>records</comment>
        <translation>
            <numerusform>%Ln vérifié</numerusform>
            <numerusform>%Ln vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln modelled</source>
        <comment>records</comment>
        <translation>
            <numerusform>%Ln modélisé</numerusform>
            <numerusform>%Ln modélisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <comment>records</comment>
        <translation>
            <numerusform>%Ln inconnu</numerusform>
            <numerusform>%Ln inconnus</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Imported: %1; %2 (%3); %4</source>
        <extracomment>%1: lines read; %2: records found; %3: the records by grammar; %4: lines without a record</extracomment>
        <translation>Importé : %1 ; %2 (%3) ; %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln ligne lue</numerusform>
            <numerusform>%Ln lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) without a record</source>
        <translation>
            <numerusform>%Ln ligne sans enregistrement</numerusform>
            <numerusform>%Ln lignes sans enregistrement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln line(s) or record(s) too long, cut at their limit</source>
        <extracomment>%1: the summary so far</extracomment>
        <translation>
            <numerusform>%1 ; %Ln ligne ou enregistrement trop long, coupé à sa limite</numerusform>
            <numerusform>%1 ; %Ln lignes ou enregistrements trop longs, coupés à leur limite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; a syslog or journal prefix removed from %Ln line(s)</source>
        <extracomment>%1: the summary so far</extracomment>
        <translation>
            <numerusform>%1 ; préfixe syslog ou journal retiré de %Ln ligne</numerusform>
            <numerusform>%1 ; préfixe syslog ou journal retiré de %Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pfs::ExportDialog</name>
    <message>
        <source>Nothing to export yet: start the demo, listen, or open a file.</source>
        <translation>Rien à exporter pour l&apos;instant : lancez la démonstration, écoutez, ou ouvrez un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>hierarchy %1 (%n phone(s))</source>
        <translation>
            <numerusform>la hiérarchie %1 (%n téléphone)</numerusform>
            <numerusform>la hiérarchie %1 (%n téléphones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n hierarchies</source>
        <translation>
            <numerusform>l’unique hiérarchie</numerusform>
            <numerusform>l’ensemble des %n hiérarchies</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image of the tree of %1, %2 × %3 pixels.</source>
        <translation>Image PNG de l&apos;arbre de %1, %2 × %3 pixels.</translation>
    </message>
    <message>
        <source>SVG drawing (vector, text kept as text) of the tree of %1.</source>
        <translation>Dessin SVG (vectoriel, texte conservé en texte) de l&apos;arbre de %1.</translation>
    </message>
    <message numerus="yes">
        <source>PDF of the tree of %1 on %n A4 page(s), each with this header:
%2</source>
        <translation>
            <numerusform>PDF de l&apos;arbre de %1 sur %n page A4, avec cet en-tête :
%2</numerusform>
            <numerusform>PDF de l&apos;arbre de %1 sur %n pages A4, chacune avec cet en-tête :
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV, UTF-8 with a header row: %n row(s), one per phone per component.</source>
        <translation>
            <numerusform>CSV, UTF-8 avec ligne d&apos;en-tête : %n ligne, une par téléphone et par composant.</numerusform>
            <numerusform>CSV, UTF-8 avec ligne d&apos;en-tête : %n lignes, une par téléphone et par composant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graphviz DOT of the tree of %1, nodes labelled with phone and progress.</source>
        <translation>Graphviz DOT de l&apos;arbre de %1, nœuds étiquetés par téléphone et avancement.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Spread over pages instead of fitting one</source>
        <translation>Répartir sur plusieurs pages au lieu d&apos;une seule</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>Échelle PNG</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Will write</source>
        <translation>Sera écrit</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message numerus="yes">
        <source>JSON snapshot (%1) of %n hierarchies and every phone.</source>
        <translation>
            <numerusform>Instantané JSON (%1) de %n hiérarchie et de chaque téléphone.</numerusform>
            <numerusform>Instantané JSON (%1) de %n hiérarchies et de chaque téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large to write: %1 × %2 pixels would take %3 of memory. Lower the scale, choose one hierarchy, or export SVG or PDF.</source>
        <translation>Trop grande pour être écrite : %1 × %2 pixels prendraient %3 de mémoire. Réduisez l’échelle, choisissez une hiérarchie, ou exportez en SVG ou PDF.</translation>
    </message>
    <message>
        <source>A very large image: %1 × %2 pixels, %3 of memory while it is made; many viewers cannot open it. Lower the scale, or export SVG or PDF.</source>
        <translation>Image très grande : %1 × %2 pixels, %3 de mémoire pendant sa création ; beaucoup de visionneuses ne peuvent pas l’ouvrir. Réduisez l’échelle, ou exportez en SVG ou PDF.</translation>
    </message>
</context>
<context>
    <name>pfs::FindingAlerts</name>
    <message>
        <source>--on-finding needs a command</source>
        <translation>--on-finding demande une commande</translation>
    </message>
    <message>
        <source>--on-finding: no program %1 can be run</source>
        <translation>--on-finding : aucun programme %1 ne peut être lancé</translation>
    </message>
    <message>
        <source>Alerts (--on-finding): %1 sent, %2 dropped over the bounds, %3 could not start, %4 failed, %5 killed</source>
        <translation>Alertes (--on-finding) : %1 envoyées, %2 abandonnées au-delà des limites, %3 n’ont pas pu démarrer, %4 en échec, %5 arrêtées</translation>
    </message>
    <message>
        <source>--on-finding: %1 still ran after %2 s and was killed</source>
        <translation>--on-finding : %1 tournait encore après %2 s et a été arrêté</translation>
    </message>
    <message>
        <source>--on-finding: %1 crashed</source>
        <translation>--on-finding : %1 a planté</translation>
    </message>
    <message>
        <source>--on-finding: %1 exited with status %2</source>
        <translation>--on-finding : %1 s’est terminé avec le code %2</translation>
    </message>
    <message>
        <source>--on-finding: cannot start %1: %2</source>
        <translation>--on-finding : impossible de lancer %1 : %2</translation>
    </message>
</context>
<context>
    <name>pfs::FindingModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>What happened, what to do</source>
        <translation>Ce qui s&apos;est passé, que faire</translation>
    </message>
</context>
<context>
    <name>pfs::HierarchyModel</name>
    <message>
        <source>Hierarchy</source>
        <translation>Hiérarchie</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>All hierarchies</source>
        <translation>Toutes les hiérarchies</translation>
    </message>
    <message>
        <source>unknown subnet</source>
        <translation>sous-réseau inconnu</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modèle inconnu</translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>fichier inconnu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A hierarchy&apos;s row: %1 its file, %2 its XID (&quot;0x3C2F&quot;, or &quot;no XID&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <extracomment>Progress: %1 the share, %2 received of %3, sizes with their unit</extracomment>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %Ln file(s)</source>
        <extracomment>Progress when no size is known: %1 the share, %2 files complete of %n</extracomment>
        <translation>
            <numerusform>%1 · %2 sur %Ln fichier</numerusform>
            <numerusform>%1 · %2 sur %Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 received: %2 of %3, in bytes of known size; %4 of %Ln file(s) complete.</source>
        <extracomment>%1 a share (&quot;45 %&quot;); %2 and %3 sizes; %4 how many files are complete of %n</extracomment>
        <translation>
            <numerusform>%1 reçu : %2 sur %3, en octets de taille connue ; %4 fichier complet sur %Ln.</numerusform>
            <numerusform>%1 reçu : %2 sur %3, en octets de taille connue ; %4 fichiers complets sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of this file, over the phones of its tree.</source>
        <translation>De ce fichier, sur les téléphones de son arbre.</translation>
    </message>
    <message>
        <source>The sum of the files under this row.</source>
        <translation>La somme des fichiers sous cette ligne.</translation>
    </message>
    <message>
        <source>Of every phone&apos;s whole load, the overview&apos;s figure. The hierarchies below distribute %1 of its %2; the rest is fetched from the server (phones upgrading the traditional way) or not placed in a hierarchy yet.</source>
        <translation>De la version entière de chaque téléphone, le chiffre de la vue d’ensemble. Les hiérarchies ci-dessous en distribuent %1 sur %2 ; le reste vient du serveur (téléphones en mise à niveau traditionnelle) ou n’est pas encore placé dans une hiérarchie.</translation>
    </message>
    <message>
        <source>Every phone: the tree view shows each model&apos;s hierarchies in brief, the phone table every phone.</source>
        <translation>Tous les téléphones : l’arbre montre en bref les hiérarchies de chaque modèle, le tableau tous les téléphones.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the tree distributing %2 to %Ln phone(s).</source>
        <extracomment>%1 the hierarchy&apos;s name (its XID, or model, subnet and file), %2 its file</extracomment>
        <translation>
            <numerusform>%1 : l’arbre qui distribue %2 à %Ln téléphone.</numerusform>
            <numerusform>%1 : l’arbre qui distribue %2 à %Ln téléphones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choosing this row shows the tree of its first file, %1; expand it for the others.</source>
        <translation>Choisir cette ligne montre l’arbre de son premier fichier, %1 ; dépliez-la pour les autres.</translation>
    </message>
</context>
<context>
    <name>pfs::InventoryDialog</name>
    <message>
        <source>Import inventory</source>
        <translation>Importer l’inventaire</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Columns separated by %1</source>
        <translation>Colonnes séparées par des %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>Columns to read</source>
        <translation>Colonnes à lire</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>La première ligne est un en-tête</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) will be expected.</source>
        <translation>
            <numerusform>%Ln téléphone sera attendu.</numerusform>
            <numerusform>%Ln téléphones seront attendus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped.</source>
        <translation>
            <numerusform>%Ln ligne ignorée.</numerusform>
            <numerusform>%Ln lignes ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more remark(s).</source>
        <translation>
            <numerusform>… et %Ln autre remarque.</numerusform>
            <numerusform>… et %Ln autres remarques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column of the device name or of the MAC address: pfsmon knows a phone by one of them.</source>
        <translation>Choisissez la colonne du nom d’appareil ou de l’adresse MAC : pfsmon reconnaît un téléphone à l’un des deux.</translation>
    </message>
    <message>
        <source>No row gives a device name (SEP…) or a MAC address in the chosen columns: choose others.</source>
        <translation>Aucune ligne ne donne de nom d’appareil (SEP…) ni d’adresse MAC dans les colonnes choisies : choisissez-en d’autres.</translation>
    </message>
</context>
<context>
    <name>pfs::InventoryPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Column %1: read as %2</source>
        <translation>Colonne %1 : lue comme %2</translation>
    </message>
    <message>
        <source>Column %1: not read</source>
        <translation>Colonne %1 : non lue</translation>
    </message>
    <message>
        <source>The columns&apos; names: not a phone, not imported</source>
        <translation>Les noms des colonnes : pas un téléphone, non importé</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
</context>
<context>
    <name>pfs::LiveSession</name>
    <message>
        <source>cannot listen for %1 on port %2: %3. Another program may hold the port: stop it, or choose another port.</source>
        <translation>impossible d&apos;écouter %1 sur le port %2 : %3. Un autre programme occupe peut-être le port : arrêtez-le, ou choisissez un autre port.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>PFS broadcasts (UDP %1)</source>
        <translation>Diffusions PFS (UDP %1)</translation>
    </message>
    <message>
        <source>Syslog (UDP %1)</source>
        <translation>Syslog (UDP %1)</translation>
    </message>
    <message>
        <source>PFS broadcasts</source>
        <translation>les diffusions PFS</translation>
    </message>
    <message>
        <source>Syslog (UDP)</source>
        <translation>Syslog (UDP)</translation>
    </message>
    <message>
        <source>syslog over UDP</source>
        <translation>syslog sur UDP</translation>
    </message>
    <message>
        <source>Syslog (TCP %1)</source>
        <translation>Syslog (TCP %1)</translation>
    </message>
    <message>
        <source>Syslog (TCP)</source>
        <translation>Syslog (TCP)</translation>
    </message>
    <message>
        <source>syslog over TCP</source>
        <translation>syslog sur TCP</translation>
    </message>
    <message>
        <source>Replay of %1</source>
        <translation>Relecture de %1</translation>
    </message>
    <message>
        <source>UDP %1 is in use by another program, probably the system&apos;s syslog daemon: forward from it (README) or use --syslog-udp %2 (in the window: Capture &gt; Settings).</source>
        <translation>UDP %1 est utilisé par un autre programme, sans doute le démon syslog du système : faites-le relayer vers pfsmon (README) ou utilisez --syslog-udp %2 (dans la fenêtre : Capture &gt; Paramètres).</translation>
    </message>
    <message>
        <source>receiving nothing while the kernel drops its datagrams (%1 lost so far)</source>
        <translation>ne reçoit rien alors que le noyau jette ses datagrammes (%1 perdus jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>cannot listen for %1 on port %2: %3. Ports below 1024 need privileges: listen on a port of 1024 or more such as %4 and have a syslog relay forward the phones&apos; logs to it (see the README), or let pfsmon bind low ports: sudo setcap cap_net_bind_service=+ep %5</source>
        <translation>impossible d&apos;écouter %1 sur le port %2 : %3. Les ports sous 1024 demandent des privilèges : écoutez sur un port de 1024 ou plus comme %4 et faites-y relayer les journaux des téléphones par un relais syslog (voir le README), ou autorisez pfsmon à ouvrir les ports bas : sudo setcap cap_net_bind_service=+ep %5</translation>
    </message>
</context>
<context>
    <name>pfs::MainWindow</name>
    <message>
        <source>No phone matches &quot;%1&quot; in this view.</source>
        <translation>Aucun téléphone ne correspond à « %1 » dans cette vue.</translation>
    </message>
    <message>
        <source>pfsmon — Peer Firmware Sharing console</source>
        <translation>pfsmon — console du partage de micrologiciel entre homologues</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Demo rollout</source>
        <translation>&amp;Démonstration</translation>
    </message>
    <message>
        <source>Watch a simulated 200-phone rollout</source>
        <translation>Suivre une mise à niveau simulée de 200 téléphones</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Open &amp;log file…</source>
        <translation>Ouvrir un &amp;journal…</translation>
    </message>
    <message>
        <source>Open &amp;capture for replay…</source>
        <translation>Ouvrir une &amp;capture à rejouer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;About pfsmon</source>
        <translation>À &amp;propos de pfsmon</translation>
    </message>
    <message>
        <source>  Find phone: </source>
        <translation>  Trouver un téléphone : </translation>
    </message>
    <message>
        <source>name or address, Enter</source>
        <translation>nom ou adresse, Entrée</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Phone detail</source>
        <translation>Détail du téléphone</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bande passante</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Open a console or syslog log</source>
        <translation>Ouvrir un journal de console ou syslog</translation>
    </message>
    <message>
        <source>Open a capture to replay</source>
        <translation>Ouvrir une capture à rejouer</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Firmware catalogue</source>
        <translation>Catalogue de micrologiciels</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>About pfsmon</source>
        <translation>À propos de pfsmon</translation>
    </message>
    <message>
        <source>pfsmon %1

Watches Cisco Peer Firmware Sharing rollouts: rebuilds the distribution trees from the phones&apos; DLoad traces and PFS broadcasts, and shows the WAN bandwidth saved.

Verified record forms come from Cisco&apos;s PFS document; child-side records, broadcast payloads and firmware sizes are pfsmon&apos;s model and are marked as such.</source>
        <translation>pfsmon %1

Surveille les mises à niveau Cisco par partage de micrologiciel entre homologues : reconstruit les arbres de distribution à partir des traces DLoad et des diffusions PFS des téléphones, et montre la bande passante WAN économisée.

Les formes d&apos;enregistrement vérifiées viennent du document PFS de Cisco ; les enregistrements côté enfant, le contenu des diffusions et les tailles de micrologiciel sont le modèle de pfsmon et signalés comme tels.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Logs (*.txt *.log *.gz);;All files (*)</source>
        <translation>Journaux (*.txt *.log *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>rien à exporter</translation>
    </message>
    <message>
        <source>Listen for PFS broadcasts and DLoad syslog on the configured ports, or capture on the configured interface</source>
        <translation>Écouter les diffusions PFS et le syslog DLoad sur les ports configurés, ou capturer sur l&apos;interface configurée</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Import &amp;inventory…</source>
        <translation>Importer l’&amp;inventaire…</translation>
    </message>
    <message>
        <source>Read the site&apos;s phone list (a CUCM export as CSV): its phones are expected</source>
        <translation>Lire la liste des téléphones du site (un export CUCM en CSV) : ses téléphones sont attendus</translation>
    </message>
    <message>
        <source>Import the site&apos;s phone list</source>
        <translation>Importer la liste des téléphones du site</translation>
    </message>
    <message>
        <source>Phone lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes de téléphones (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import inventory</source>
        <translation>Importer l’inventaire</translation>
    </message>
    <message numerus="yes">
        <source>Inventory: %Ln phone(s) expected</source>
        <translation>
            <numerusform>Inventaire : %Ln téléphone attendu</numerusform>
            <numerusform>Inventaire : %Ln téléphones attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s): see the Event log</source>
        <translation>
            <numerusform>%Ln enregistrement importé : voir le journal des événements</numerusform>
            <numerusform>%Ln enregistrements importés : voir le journal des événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pfs::OverviewStrip</name>
    <message>
        <source>phones</source>
        <translation>téléphones</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progression</translation>
    </message>
    <message>
        <source>WAN used so far</source>
        <translation>WAN utilisé jusqu’ici</translation>
    </message>
    <message>
        <source>saved so far</source>
        <translation>économisé jusqu’ici</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>écoulé</translation>
    </message>
    <message>
        <source>time left</source>
        <translation>temps restant</translation>
    </message>
    <message>
        <source>Every phone heard, and the phones the site&apos;s inventory lists that were not heard yet. Each counts in one of the next five tiles.
Click to list every phone.</source>
        <translation>Chaque téléphone entendu, et ceux que l’inventaire du site liste sans qu’ils aient encore été entendus. Chacun compte dans l’une des cinq tuiles suivantes.
Cliquez pour lister tous les téléphones.</translation>
    </message>
    <message>
        <source>Phones whose whole load has arrived, every file of it complete.</source>
        <translation>Téléphones dont toute la version est arrivée, chacun de ses fichiers complet.</translation>
    </message>
    <message>
        <source>Phones receiving a file now, from the TFTP server or from a peer.</source>
        <translation>Téléphones qui reçoivent un fichier en ce moment, du serveur TFTP ou d’un homologue.</translation>
    </message>
    <message>
        <source>Phones heard that wait for their next file (their parent&apos;s, or their root&apos;s fetch).</source>
        <translation>Téléphones entendus qui attendent leur prochain fichier (celui de leur parent, ou le téléchargement de leur racine).</translation>
    </message>
    <message>
        <source>Phones the health checks found a warning or an error for, whatever their progress: see the Problems tab.</source>
        <translation>Téléphones pour lesquels les contrôles ont trouvé un avertissement ou une erreur, quelle que soit leur progression : voir l’onglet Problèmes.</translation>
    </message>
    <message>
        <source>Phones the site&apos;s inventory lists that were not heard yet.</source>
        <translation>Téléphones que l’inventaire du site liste et qui n’ont pas encore été entendus.</translation>
    </message>
    <message>
        <source>%1
Observed: from the phones&apos; records and the wire. Click to list only these phones; click again to list every phone.</source>
        <extracomment>%1: what the tile counts</extracomment>
        <translation>%1
Observé : d’après les traces des téléphones et le réseau. Cliquez pour ne lister que ces téléphones ; cliquez à nouveau pour les lister tous.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress: %1 bytes received of %2 bytes, both with their unit</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <extracomment>Progress when no size is known: %1 files complete of %n</extracomment>
        <translation>
            <numerusform>%1 sur %Ln fichier</numerusform>
            <numerusform>%1 sur %Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every phone&apos;s whole load, in bytes of known size: %1 of %2 received; %3 of %Ln file(s) complete. The same figure as &quot;All hierarchies&quot;.</source>
        <translation>
            <numerusform>La version entière de chaque téléphone, en octets de taille connue : %1 reçus sur %2 ; %3 fichier complet sur %Ln. Le même chiffre que « Toutes les hiérarchies ».</numerusform>
            <numerusform>La version entière de chaque téléphone, en octets de taille connue : %1 reçus sur %2 ; %3 fichiers complets sur %Ln. Le même chiffre que « Toutes les hiérarchies ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An estimate: %Ln file size(s) come from the firmware catalogue, not from the phones.</source>
        <translation>
            <numerusform>Une estimation : %Ln taille de fichier vient du catalogue des micrologiciels, non des téléphones.</numerusform>
            <numerusform>Une estimation : %Ln tailles de fichier viennent du catalogue des micrologiciels, non des téléphones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed: every size comes from the phones&apos; records or the wire.</source>
        <translation>Observé : chaque taille vient des traces des téléphones ou du réseau.</translation>
    </message>
    <message>
        <source>projected: %1 (estimate)</source>
        <translation>prévu : %1 (estimation)</translation>
    </message>
    <message>
        <source>projected: %1</source>
        <translation>prévu : %1</translation>
    </message>
    <message>
        <source>Bytes that crossed the WAN so far (observed): the roots&apos; fetches from the TFTP server, fallbacks and phones upgrading the traditional way.</source>
        <translation>Octets passés par le WAN jusqu’ici (observé) : les téléchargements des racines depuis le serveur TFTP, les replis et les téléphones en mise à niveau traditionnelle.</translation>
    </message>
    <message>
        <source>What PFS saved so far (observed): the bytes the phones received less those that crossed the WAN, against a traditional upgrade where every phone fetches every file over the WAN.</source>
        <translation>Ce que PFS a économisé jusqu’ici (observé) : les octets reçus par les téléphones moins ceux passés par le WAN, par rapport à une mise à niveau traditionnelle où chaque téléphone télécharge chaque fichier par le WAN.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Since the rollout&apos;s first fetch over the WAN (observed).</source>
        <translation>Depuis le premier téléchargement du déploiement par le WAN (observé).</translation>
    </message>
    <message>
        <source>An estimate until every phone has its whole load, from the rates observed so far: a range from the brisker to the slower of them; unknown while nothing supports a guess. Reboots after the last file are not counted.</source>
        <translation>Une estimation jusqu’à ce que chaque téléphone ait toute sa version, d’après les débits observés jusqu’ici : une fourchette du plus rapide au plus lent ; inconnu tant que rien ne permet d’estimer. Les redémarrages après le dernier fichier ne sont pas comptés.</translation>
    </message>
</context>
<context>
    <name>pfs::PhoneDetailTab</name>
    <message>
        <source>Select a phone in the tree or the table.</source>
        <translation>Sélectionnez un téléphone dans l&apos;arbre ou le tableau.</translation>
    </message>
    <message>
        <source>%1  %2  %3  load %4</source>
        <translation>%1  %2  %3  version %4</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: the state and its name; %2: how long it has been in it</extracomment>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 · time left: current file %2, whole load %3</source>
        <extracomment>%1: the state; %2 and %3: time left for its current file and its whole load</extracomment>
        <translation>%1 · temps restant : fichier en cours %2, version entière %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln problem(s), the worst: %2 (Problems tab)</source>
        <extracomment>%1: what comes before; %2: the worst problem&apos;s name (&quot;stalled&quot;)</extracomment>
        <translation>
            <numerusform>%1 · %Ln problème : %2 (onglet Problèmes)</numerusform>
            <numerusform>%1 · %Ln problèmes, le plus grave : %2 (onglet Problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last heard %2</source>
        <extracomment>%1: what comes before; %2: when it was last heard and how long ago (&quot;10:04:23, 12 s ago&quot;)</extracomment>
        <translation>%1 · dernier signe %2</translation>
    </message>
</context>
<context>
    <name>pfs::PhoneFilterProxy</name>
    <message>
        <source>done</source>
        <translation>terminés</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>in trouble</source>
        <translation>en difficulté</translation>
    </message>
    <message>
        <source>not heard</source>
        <translation>pas encore entendus</translation>
    </message>
</context>
<context>
    <name>pfs::PhoneTableModel</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Dernier signe</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>Dans cet état</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln problem(s): see the Problems tab)</source>
        <extracomment>%1: the worst problem found (&quot;stalled&quot;); %2: how many problems the phone has</extracomment>
        <translation>
            <numerusform>%1 (%Ln problème : voir l’onglet Problèmes)</numerusform>
            <numerusform>%1 (%Ln problèmes : voir l’onglet Problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pfs::PhonesTab</name>
    <message>
        <source>Filter phones (any column)</source>
        <translation>Filtrer les téléphones (toutes colonnes)</translation>
    </message>
    <message>
        <source>State: %1 ×</source>
        <extracomment>A removable filter beside the text filter; %1: a state (&quot;in trouble&quot;); × removes it</extracomment>
        <translation>État : %1 ×</translation>
    </message>
    <message>
        <source>Only the phones in this state are listed. Click to list every phone.</source>
        <translation>Seuls les téléphones dans cet état sont listés. Cliquez pour lister tous les téléphones.</translation>
    </message>
</context>
<context>
    <name>pfs::ProblemsTab</name>
    <message>
        <source>Filter problems (any column)</source>
        <translation>Filtrer les problèmes (toute colonne)</translation>
    </message>
</context>
<context>
    <name>pfs::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>PFS broadcasts, UDP port</source>
        <translation>Diffusions PFS, port UDP</translation>
    </message>
    <message>
        <source>Syslog, UDP port (0: off)</source>
        <translation>Syslog, port UDP (0 : désactivé)</translation>
    </message>
    <message>
        <source>Syslog, TCP port (0: off)</source>
        <translation>Syslog, port TCP (0 : désactivé)</translation>
    </message>
    <message>
        <source>WAN rate</source>
        <translation>Débit WAN</translation>
    </message>
    <message>
        <source>Firmware catalogue file</source>
        <translation>Fichier du catalogue de micrologiciels</translation>
    </message>
    <message>
        <source>Capture filter (BPF), as in tcpdump or Wireshark</source>
        <translation>Filtre de capture (BPF), comme dans tcpdump ou Wireshark</translation>
    </message>
    <message>
        <source>Capture on interface</source>
        <translation>Capturer sur l&apos;interface</translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation>Filtre de capture</translation>
    </message>
    <message>
        <source>none: listen on the ports</source>
        <translation>aucune : écouter sur les ports</translation>
    </message>
</context>
<context>
    <name>pfs::SimulationSender</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot connect to syslog over TCP at %1:%2: %3</source>
        <translation>impossible de se connecter au syslog TCP %1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>pfs::StatusPanel</name>
    <message>
        <source>Idle: start the demo, listen, or open a file.</source>
        <translation>Au repos : lancez la démonstration, écoutez, ou ouvrez un fichier.</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>à l&apos;écoute</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>replaying</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Demo: finished</source>
        <translation>Démonstration : terminée</translation>
    </message>
    <message>
        <source>Demo: running</source>
        <translation>Démonstration : en cours</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln relay(s)</source>
        <translation>
            <numerusform>%Ln relais</numerusform>
            <numerusform>%Ln relais</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Demo: stopped</source>
        <translation>Démo : arrêtée</translation>
    </message>
    <message>
        <source>listening, lost in the kernel: %1</source>
        <translation>à l&apos;écoute, perdus dans le noyau : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>finished: %1</source>
        <translation>terminée : %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>%1: %2, %3 received</source>
        <translation>%1 : %2, %3 reçus</translation>
    </message>
    <message>
        <source>%1: %2, %3 received, lost in the kernel: %4, dropped by pfsmon: %5, receive buffer %6</source>
        <translation>%1 : %2, %3 reçus, perdus dans le noyau : %4, abandonnés par pfsmon : %5, tampon de réception %6</translation>
    </message>
    <message numerus="yes">
        <source>%1 | %Ln problem(s)</source>
        <extracomment>Status bar: %1 the rollout&apos;s counts; %2 how many problems the Problems tab lists</extracomment>
        <translation>
            <numerusform>%1 | %Ln problème</numerusform>
            <numerusform>%1 | %Ln problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s)</source>
        <translation>
            <numerusform>%Ln téléphone</numerusform>
            <numerusform>%Ln téléphones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 records/s, %Ln phone(s)</source>
        <extracomment>Status bar: %1 how many records a second arrive; then the phones heard</extracomment>
        <translation>
            <numerusform>%1 enregistrements/s, %Ln téléphone</numerusform>
            <numerusform>%1 enregistrements/s, %Ln téléphones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 datagrams dropped by pfsmon</source>
        <translation>datagrammes écartés par pfsmon : %1</translation>
    </message>
    <message>
        <source>%1 lost in the kernel</source>
        <translation>perdus dans le noyau : %1</translation>
    </message>
    <message>
        <source>%1 broadcasts not decoded</source>
        <translation>diffusions non décodées : %1</translation>
    </message>
    <message>
        <source>%1 older Event log lines no longer kept</source>
        <translation>anciennes lignes du journal des événements non conservées : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>dropped by pfsmon: datagrams pfsmon read but its queue had no room for
lost in the kernel: datagrams the system dropped before pfsmon could read them (its receive buffer was full)
not decoded: PFS broadcasts whose layout is not known
older Event log lines: the Event log keeps the latest lines only; the model counted every record</source>
        <translation>écartés par pfsmon : datagrammes lus par pfsmon alors que sa file d’attente était pleine
perdus dans le noyau : datagrammes que le système a écartés avant que pfsmon puisse les lire (son tampon de réception était plein)
non décodées : diffusions PFS dont la disposition n’est pas connue
anciennes lignes du journal : le journal des événements ne garde que les lignes récentes ; le modèle a compté chaque enregistrement</translation>
    </message>
</context>
<context>
    <name>pfs::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> Vitesse : </translation>
    </message>
    <message>
        <source>How fast the rollout plays: times its own clock</source>
        <translation>Vitesse de lecture du déploiement : multiple de sa propre horloge</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>The time shown: drag to see the rollout at any time (Left, Right: a second)</source>
        <translation>Le moment affiché : faites glisser pour voir le déploiement à tout moment (Gauche, Droite : une seconde)</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Moment affiché</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Follow the rollout as it comes in</source>
        <translation>Suivre le déploiement à mesure qu’il arrive</translation>
    </message>
    <message>
        <source>What the arrows jump to</source>
        <translation>Ce vers quoi sautent les flèches</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Previous moment of that kind</source>
        <translation>Moment précédent de ce type</translation>
    </message>
    <message>
        <source>Previous moment</source>
        <translation>Moment précédent</translation>
    </message>
    <message>
        <source>Next moment of that kind</source>
        <translation>Moment suivant de ce type</translation>
    </message>
    <message>
        <source>Next moment</source>
        <translation>Moment suivant</translation>
    </message>
    <message>
        <source>Rollout time shown / rollout time so far; the site&apos;s clock at that time, when known</source>
        <translation>Temps du déploiement affiché / temps du déploiement jusqu’ici ; l’heure du site à ce moment, quand elle est connue</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>Tout problème</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>A hierarchy&apos;s root chosen</source>
        <translation>Racine d’une hiérarchie choisie</translation>
    </message>
    <message>
        <source>A file completed</source>
        <translation>Fichier terminé</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Stop the time shown (Space)</source>
        <translation>Arrêter le temps affiché (Espace)</translation>
    </message>
    <message>
        <source>Play the rollout at the speed (Space)</source>
        <translation>Lire le déploiement à la vitesse choisie (Espace)</translation>
    </message>
    <message>
        <source>Before %1 let go: the timeline keeps at most %2</source>
        <translation>Avant %1 abandonné : la chronologie garde au plus %2</translation>
    </message>
</context>
<context>
    <name>pfs::TreeView</name>
    <message>
        <source>Click a file to see its tree.</source>
        <translation>Cliquez sur un fichier pour voir son arbre.</translation>
    </message>
</context>
<context>
    <name>pfssim</name>
    <message>
        <source>Simulates a Cisco PFS firmware rollout and sends what its phones would: DLoad traces over syslog and PFS broadcasts. It sends only to the addresses given (loopback by default).</source>
        <translation>Simule une mise à niveau Cisco PFS et envoie ce qu&apos;enverraient ses téléphones : traces DLoad par syslog et diffusions PFS. N&apos;envoie qu&apos;aux adresses indiquées (boucle locale par défaut).</translation>
    </message>
    <message>
        <source>Syslog destination (default 127.0.0.1:5514).</source>
        <translation>Destination syslog (127.0.0.1:5514 par défaut).</translation>
    </message>
    <message>
        <source>Send syslog over TCP (RFC 6587 octet counting).</source>
        <translation>Envoyer le syslog sur TCP (comptage d&apos;octets RFC 6587).</translation>
    </message>
    <message>
        <source>PFS broadcast destination (default 127.0.0.1:4051).</source>
        <translation>Destination des diffusions PFS (127.0.0.1:4051 par défaut).</translation>
    </message>
    <message>
        <source>Pace: N times real time, or max (default 1).</source>
        <translation>Rythme : N fois le temps réel, ou max (1 par défaut).</translation>
    </message>
    <message>
        <source>At most this many UDP datagrams a second, 0 for no limit (default 20000).</source>
        <translation>Au plus ce nombre de datagrammes UDP par seconde, 0 pour aucune limite (20000 par défaut).</translation>
    </message>
    <message>
        <source>Write the syslog lines to this file instead of sending.</source>
        <translation>Écrire les lignes syslog dans ce fichier au lieu de les envoyer.</translation>
    </message>
    <message>
        <source>--syslog and --pfs take an address and a port, e.g. 127.0.0.1:5514</source>
        <translation>--syslog et --pfs attendent une adresse et un port, par ex. 127.0.0.1:5514</translation>
    </message>
    <message>
        <source>--rate takes a number of datagrams a second, 0 for no limit</source>
        <translation>--rate attend un nombre de datagrammes par seconde, 0 pour aucune limite</translation>
    </message>
    <message>
        <source>--speed takes a positive number or max</source>
        <translation>--speed attend un nombre positif ou max</translation>
    </message>
    <message>
        <source>pfssim: %1 records, %2 broadcasts, %3 send errors; WAN bytes: traditional %4, PFS %5</source>
        <translation>pfssim : %1 enregistrements, %2 diffusions, %3 erreurs d&apos;envoi ; octets WAN : traditionnelle %4, PFS %5</translation>
    </message>
    <message>
        <source>Write what a mirror port on the site&apos;s switch would capture (syslog, TFTP, TCP 4051, PFS broadcasts) into this pcap file instead of sending, as fast as possible.</source>
        <translation>Écrire ce que capturerait un port miroir du commutateur du site (syslog, TFTP, TCP 4051, diffusions PFS) dans ce fichier pcap au lieu de l&apos;envoyer, aussi vite que possible.</translation>
    </message>
    <message>
        <source>With --pcap: keep at most N bytes of each frame (default %1: every header, syslog line, TFTP request and broadcast whole, only the firmware data cut, about 2 MB a phone; 96: every header, half that; 65535: whole frames, about 10 MB a phone). Byte counts survive any cut.</source>
        <translation>Avec --pcap : garder au plus N octets de chaque trame (%1 par défaut : chaque en-tête, ligne syslog, requête TFTP et diffusion entiers, seules les données du micrologiciel coupées, environ 2 Mo par téléphone ; 96 : chaque en-tête, moitié moins ; 65535 : trames entières, environ 10 Mo par téléphone). Le nombre d&apos;octets survit à toute coupe.</translation>
    </message>
    <message>
        <source>--snaplen takes a number of bytes from %1 to %2</source>
        <translation>--snaplen attend un nombre d&apos;octets de %1 à %2</translation>
    </message>
    <message>
        <source>pfssim: %1 frames (%2 bytes on the wire) written to %3; WAN bytes: traditional %4, PFS %5</source>
        <translation>pfssim : %1 trames (%2 octets sur le fil) écrites dans %3 ; octets WAN : traditionnelle %4, PFS %5</translation>
    </message>
    <message>
        <source>--pcap and --out exclude each other: give one of them</source>
        <translation>--pcap et --out s&apos;excluent : n&apos;en donner qu&apos;un</translation>
    </message>
    <message>
        <source>With --pcap: traces (the syslog datagrams), wire (TFTP, TCP 4051, broadcasts), both (default), or site: the wire and only the traces real phones print (the verified root-side lines).</source>
        <translation>Avec --pcap : traces (les datagrammes syslog), wire (TFTP, TCP 4051, diffusions), both (par défaut), ou site : le réseau et seulement les traces qu&apos;impriment les vrais téléphones (les lignes vérifiées côté racine).</translation>
    </message>
    <message>
        <source>--sources takes traces, wire, both or site</source>
        <translation>--sources prend traces, wire, both ou site</translation>
    </message>
    <message>
        <source>simulate a Cisco Peer Firmware Sharing rollout</source>
        <translation>simuler une mise à niveau Cisco Peer Firmware Sharing</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>--out file | --pcap file [options]</source>
        <translation>--out fichier | --pcap fichier [options]</translation>
    </message>
    <message>
        <source>Language of the output: en or fr (default: the system&apos;s).</source>
        <translation>Langue de la sortie : en ou fr (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>--lang takes en or fr</source>
        <translation>--lang prend en ou fr</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>RÉSEAU</translation>
    </message>
    <message>
        <source>pfssim sends only to the addresses it is given, 127.0.0.1 by default: syslog to port 5514 (a port any user may open) and the PFS broadcasts to 4051. It never listens and never captures. With --out or --pcap it sends nothing at all and writes a file instead.</source>
        <translation>pfssim n&apos;envoie qu&apos;aux adresses qu&apos;on lui donne, 127.0.0.1 par défaut : le syslog au port 5514 (un port que tout utilisateur peut ouvrir) et les diffusions PFS au 4051. Il n&apos;écoute jamais et ne capture jamais. Avec --out ou --pcap, il n&apos;envoie rien du tout et écrit un fichier à la place.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>CODE DE RETOUR</translation>
    </message>
    <message>
        <source>The rollout was played out or written.</source>
        <translation>La mise à niveau a été jouée ou écrite.</translation>
    </message>
    <message>
        <source>A socket or a file could not be used; the message says which.</source>
        <translation>Un socket ou un fichier n&apos;a pas pu servir ; le message dit lequel.</translation>
    </message>
    <message>
        <source>The command line is wrong; the message names the option.</source>
        <translation>La ligne de commande est erronée ; le message nomme l&apos;option.</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>EXEMPLES</translation>
    </message>
    <message>
        <source>Play a 200-phone rollout at 20 times real time to a pfsmon listening on loopback:</source>
        <translation>Jouer une mise à niveau de 200 téléphones à 20 fois le temps réel vers un pfsmon à l&apos;écoute sur la boucle locale :</translation>
    </message>
    <message>
        <source>Write what a mirror port would capture of a rollout with two stalls, then open it:</source>
        <translation>Écrire ce qu&apos;un port miroir capturerait d&apos;une mise à niveau avec deux blocages, puis l&apos;ouvrir :</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>VOIR AUSSI</translation>
    </message>
</context>
</TS>
