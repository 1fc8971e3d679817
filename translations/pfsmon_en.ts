<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Device pool</source>
        <translation>Device pool</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Watches a Cisco Peer Firmware Sharing (PFS) rollout: rebuilds the distribution trees from the phones&apos; DLoad traces and shows the WAN bandwidth saved.</source>
        <translation>Watches a Cisco Peer Firmware Sharing (PFS) rollout: rebuilds the distribution trees from the phones&apos; DLoad traces and shows the WAN bandwidth saved.</translation>
    </message>
    <message>
        <source>Run without a window and print a summary.</source>
        <translation>Run without a window and print a summary.</translation>
    </message>
    <message>
        <source>Read a console-log or syslog text file of DLoad traces.</source>
        <translation>Read a console-log or syslog text file of DLoad traces.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Watch the built-in simulated rollout.</source>
        <translation>Watch the built-in simulated rollout.</translation>
    </message>
    <message>
        <source>Listen live on the default ports (PFS UDP 4051, syslog UDP 514).</source>
        <translation>Listen live on the default ports (PFS UDP 4051, syslog UDP 514).</translation>
    </message>
    <message>
        <source>UDP port of the PFS broadcasts to listen to, 0 for none (default 4051).</source>
        <translation>UDP port of the PFS broadcasts to listen to, 0 for none (default 4051).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>UDP port to receive syslog on, 0 for none (default 514).</source>
        <translation>UDP port to receive syslog on, 0 for none (default 514).</translation>
    </message>
    <message>
        <source>TCP port to receive syslog on (RFC 6587), 0 for none (default 0).</source>
        <translation>TCP port to receive syslog on (RFC 6587), 0 for none (default 0).</translation>
    </message>
    <message>
        <source>Address to listen on (default 0.0.0.0, every interface).</source>
        <translation>Address to listen on (default 0.0.0.0, every interface).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Only take traffic from this subnet (repeatable), e.g. 10.20.0.0/16.</source>
        <translation>Only take traffic from this subnet (repeatable), e.g. 10.20.0.0/16.</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>subnet</translation>
    </message>
    <message>
        <source>Record everything received into this capture file (pcap).</source>
        <translation>Record everything received into this capture file (pcap).</translation>
    </message>
    <message>
        <source>file.pcap</source>
        <translation>file.pcap</translation>
    </message>
    <message>
        <source>Headless live run: stop after this many seconds and print the summary.</source>
        <translation>Headless live run: stop after this many seconds and print the summary.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Export the rollout: png, svg, pdf (the tree), json, csv or dot.</source>
        <translation>Export the rollout: png, svg, pdf (the tree), json, csv or dot.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>File the export is written to.</source>
        <translation>File the export is written to.</translation>
    </message>
    <message>
        <source>PNG export: pixels per tree unit (default 2).</source>
        <translation>PNG export: pixels per tree unit (default 2).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>PDF export: spread the tree over pages instead of fitting one page.</source>
        <translation>PDF export: spread the tree over pages instead of fitting one page.</translation>
    </message>
    <message>
        <source>file.json</source>
        <translation>file.json</translation>
    </message>
    <message>
        <source>Use this firmware catalogue (JSON) instead of the built-in one.</source>
        <translation>Use this firmware catalogue (JSON) instead of the built-in one.</translation>
    </message>
    <message>
        <source>Prefix length of the phones&apos; subnets (default 24).</source>
        <translation>Prefix length of the phones&apos; subnets (default 24).</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <source>WAN link rate for the time estimates, in bit/s (default 2000000).</source>
        <translation>WAN link rate for the time estimates, in bit/s (default 2000000).</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>--%1 must be a port number from 0 to 65535</source>
        <translation>--%1 must be a port number from 0 to 65535</translation>
    </message>
    <message>
        <source>--speed takes a positive number or max</source>
        <translation>--speed takes a positive number or max</translation>
    </message>
    <message>
        <source>--bind takes an IPv4 address, e.g. 0.0.0.0 or 127.0.0.1</source>
        <translation>--bind takes an IPv4 address, e.g. 0.0.0.0 or 127.0.0.1</translation>
    </message>
    <message>
        <source>--allow takes a subnet such as 10.20.0.0/16, not %1</source>
        <translation>--allow takes a subnet such as 10.20.0.0/16, not %1</translation>
    </message>
    <message>
        <source>--duration takes a positive number of seconds</source>
        <translation>--duration takes a positive number of seconds</translation>
    </message>
    <message>
        <source>--export takes one of %1</source>
        <translation>--export takes one of %1</translation>
    </message>
    <message>
        <source>--export FORMAT and --output FILE go together</source>
        <translation>--export FORMAT and --output FILE go together</translation>
    </message>
    <message>
        <source>--at takes a number of seconds</source>
        <translation>--at takes a number of seconds</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.1 to 16</source>
        <translation>--scale takes a number from 0.1 to 16</translation>
    </message>
    <message>
        <source>--subnet-prefix must be a number from 8 to 32</source>
        <translation>--subnet-prefix must be a number from 8 to 32</translation>
    </message>
    <message>
        <source>--wan-rate must be a positive number of bits per second</source>
        <translation>--wan-rate must be a positive number of bits per second</translation>
    </message>
    <message>
        <source>Language of the console and its output: en or fr (default: as before, else the system&apos;s).</source>
        <translation>Language of the console and its output: en or fr (default: as before, else the system&apos;s).</translation>
    </message>
    <message>
        <source>--lang takes en or fr</source>
        <translation>--lang takes en or fr</translation>
    </message>
    <message>
        <source>Replay a capture (pcap or pcapng) or a recording through the live path; - (standard input) or a FIFO is read as it arrives, e.g. from ssh host tcpdump -U -w -.</source>
        <translation>Replay a capture (pcap or pcapng) or a recording through the live path; - (standard input) or a FIFO is read as it arrives, e.g. from ssh host tcpdump -U -w -.</translation>
    </message>
    <message>
        <source>Capture on this network interface (a SPAN or mirror port, the voice VLAN): passive, nothing is sent.</source>
        <translation>Capture on this network interface (a SPAN or mirror port, the voice VLAN): passive, nothing is sent.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Capture filter (BPF) for --interface (default: %1).</source>
        <translation>Capture filter (BPF) for --interface (default: %1).</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>How to capture: auto (Wireshark&apos;s dumpcap when the user may run it, else libpcap), dumpcap or libpcap.</source>
        <translation>How to capture: auto (Wireshark&apos;s dumpcap when the user may run it, else libpcap), dumpcap or libpcap.</translation>
    </message>
    <message>
        <source>--capture-with takes auto, dumpcap or libpcap</source>
        <translation>--capture-with takes auto, dumpcap or libpcap</translation>
    </message>
    <message>
        <source>--capture-filter and --capture-with go with --interface</source>
        <translation>--capture-filter and --capture-with go with --interface</translation>
    </message>
    <message>
        <source>choose one source: --demo, --import, --replay, --interface or live listening</source>
        <translation>choose one source: --demo, --import, --replay, --interface or live listening</translation>
    </message>
    <message>
        <source>--headless needs something to read: --import FILE, --replay FILE, --demo, --listen or --interface IF</source>
        <translation>--headless needs something to read: --import FILE, --replay FILE, --demo, --listen or --interface IF</translation>
    </message>
    <message>
        <source>Write the rollout as a JSON snapshot (pfsmon.snapshot/3).</source>
        <translation>Write the rollout as a JSON snapshot (pfsmon.snapshot/3).</translation>
    </message>
    <message>
        <source>What the demo&apos;s console hears: traces (the phones&apos; syslog records), wire (the traffic a mirror port sees: TFTP, TCP 4051, broadcasts), both (default), or site: what a real site gives, the wire and only the traces real phones print.</source>
        <translation>What the demo&apos;s console hears: traces (the phones&apos; syslog records), wire (the traffic a mirror port sees: TFTP, TCP 4051, broadcasts), both (default), or site: what a real site gives, the wire and only the traces real phones print.</translation>
    </message>
    <message>
        <source>--demo-sources takes traces, wire, both or site</source>
        <translation>--demo-sources takes traces, wire, both or site</translation>
    </message>
    <message>
        <source>The hierarchy to draw or export (all by default): its XID (XID080027F8), the file it distributes (with @SUBNET when several subnets share it, e.g. SCCP41.9-4-2SR3-1S.loads@10.20.0.0/24: what a capture&apos;s own trees, which have no XID, are known by), or its number in the JSON report.</source>
        <translation>The hierarchy to draw or export (all by default): its XID (XID080027F8), the file it distributes (with @SUBNET when several subnets share it, e.g. SCCP41.9-4-2SR3-1S.loads@10.20.0.0/24: what a capture&apos;s own trees, which have no XID, are known by), or its number in the JSON report.</translation>
    </message>
    <message>
        <source>hierarchy</source>
        <translation>hierarchy</translation>
    </message>
    <message>
        <source>The site&apos;s phone list, as CUCM exports it (CSV): every phone listed is expected, and the report says which were never heard.</source>
        <translation>The site&apos;s phone list, as CUCM exports it (CSV): every phone listed is expected, and the report says which were never heard.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>file.csv</translation>
    </message>
    <message>
        <source>Headless: exit with status 3 when the rollout ends with findings this severe: warning (warnings or errors) or error (errors only). Exit status: 0 healthy, 1 bad input or output, 2 bad command line, 3 unhealthy.</source>
        <translation>Headless: exit with status 3 when the rollout ends with findings this severe: warning (warnings or errors) or error (errors only). Exit status: 0 healthy, 1 bad input or output, 2 bad command line, 3 unhealthy.</translation>
    </message>
    <message>
        <source>Run this command for each new warning or error, the finding as one line of JSON on its standard input. Split into program and arguments (group with double quotes), never run by a shell. At most %1 at once, bursts of %2 then %3 a minute, %4 waiting; beyond that alerts are dropped and counted; killed after %5 s.</source>
        <translation>Run this command for each new warning or error, the finding as one line of JSON on its standard input. Split into program and arguments (group with double quotes), never run by a shell. At most %1 at once, bursts of %2 then %3 a minute, %4 waiting; beyond that alerts are dropped and counted; killed after %5 s.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>--fail-on takes error or warning</source>
        <translation>--fail-on takes error or warning</translation>
    </message>
    <message>
        <source>--fail-on goes with --headless</source>
        <translation>--fail-on goes with --headless</translation>
    </message>
    <message>
        <source>Pace of the demo and of a replay: N times the rollout&apos;s own clock, or max (default %1).</source>
        <translation>Pace of the demo and of a replay: N times the rollout&apos;s own clock, or max (default %1).</translation>
    </message>
    <message>
        <source>With --demo, --replay or --import: the state this many seconds into the rollout (the summary and the export).</source>
        <translation>With --demo, --replay or --import: the state this many seconds into the rollout (the summary and the export).</translation>
    </message>
    <message>
        <source>watch a Cisco IP phone firmware rollout that uses Peer Firmware Sharing</source>
        <translation>watch a Cisco IP phone firmware rollout that uses Peer Firmware Sharing</translation>
    </message>
    <message>
        <source>[options] [file]</source>
        <translation>[options] [file]</translation>
    </message>
    <message>
        <source>--headless {--demo | --import file | --replay file | --listen | --interface name} [options]</source>
        <translation>--headless {--demo | --import file | --replay file | --listen | --interface name} [options]</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>one file at a time: %1 is one too many</source>
        <translation>one file at a time: %1 is one too many</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <source>The run went through: the window was closed, or the headless summary printed.</source>
        <translation>The run went through: the window was closed, or the headless summary printed.</translation>
    </message>
    <message>
        <source>Input or output failed: a file that cannot be read or written, a capture or a port that cannot be opened. The message says which.</source>
        <translation>Input or output failed: a file that cannot be read or written, a capture or a port that cannot be opened. The message says which.</translation>
    </message>
    <message>
        <source>The command line is wrong; the message names the option.</source>
        <translation>The command line is wrong; the message names the option.</translation>
    </message>
    <message>
        <source>Headless with --fail-on: the rollout ended with findings that severe.</source>
        <translation>Headless with --fail-on: the rollout ended with findings that severe.</translation>
    </message>
    <message>
        <source>CAPTURE PERMISSIONS</source>
        <translation>CAPTURE PERMISSIONS</translation>
    </message>
    <message>
        <source>pfsmon only listens: it never sends on the phones&apos; network. Capturing on an interface (--interface, or Capture &gt; Settings in the window) needs a privilege that the package does not give by default, the way Wireshark is packaged: the program is neither setuid nor given capabilities, and the window never needs to run as root.</source>
        <translation>pfsmon only listens: it never sends on the phones&apos; network. Capturing on an interface (--interface, or Capture &gt; Settings in the window) needs a privilege that the package does not give by default, the way Wireshark is packaged: the program is neither setuid nor given capabilities, and the window never needs to run as root.</translation>
    </message>
    <message>
        <source>The recommended way is Wireshark&apos;s dumpcap, which pfsmon runs whenever the user may: install it, let non-superusers capture (answer Yes), join the wireshark group, then log in again:</source>
        <translation>The recommended way is Wireshark&apos;s dumpcap, which pfsmon runs whenever the user may: install it, let non-superusers capture (answer Yes), join the wireshark group, then log in again:</translation>
    </message>
    <message>
        <source>The alternative, opt-in, gives pfsmon itself the capture capabilities. Every user who may run pfsmon can then capture on every interface, and an upgrade of the package takes the capabilities away again (give them again after it). To give them, and to take them back:</source>
        <translation>The alternative, opt-in, gives pfsmon itself the capture capabilities. Every user who may run pfsmon can then capture on every interface, and an upgrade of the package takes the capabilities away again (give them again after it). To give them, and to take them back:</translation>
    </message>
    <message>
        <source>Without either, pfsmon still reads the phones&apos; syslog (--listen), files (--import, --replay) and its demo; a capture that may not start says so in one line, with both remedies.</source>
        <translation>Without either, pfsmon still reads the phones&apos; syslog (--listen), files (--import, --replay) and its demo; a capture that may not start says so in one line, with both remedies.</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FILES</translation>
    </message>
    <message>
        <source>The window&apos;s settings: its language, the capture settings, the folders last used, the layout.</source>
        <translation>The window&apos;s settings: its language, the capture settings, the folders last used, the layout.</translation>
    </message>
    <message>
        <source>The firmware catalogue (the phone models, their files and sizes) and the translations are built into the program; --catalogue reads another catalogue.</source>
        <translation>The firmware catalogue (the phone models, their files and sizes) and the translations are built into the program; --catalogue reads another catalogue.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>The language when neither --lang nor the window&apos;s own choice gives one: French for a French locale, else English.</source>
        <translation>The language when neither --lang nor the window&apos;s own choice gives one: French for a French locale, else English.</translation>
    </message>
    <message>
        <source>Qt&apos;s display platform; offscreen draws without a display (headless image exports choose it themselves).</source>
        <translation>Qt&apos;s display platform; offscreen draws without a display (headless image exports choose it themselves).</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>EXAMPLES</translation>
    </message>
    <message>
        <source>Watch the built-in simulated rollout in the window:</source>
        <translation>Watch the built-in simulated rollout in the window:</translation>
    </message>
    <message>
        <source>Open a capture taken on the site&apos;s mirror port:</source>
        <translation>Open a capture taken on the site&apos;s mirror port:</translation>
    </message>
    <message>
        <source>Read a site&apos;s log without a window and write the JSON report:</source>
        <translation>Read a site&apos;s log without a window and write the JSON report:</translation>
    </message>
    <message>
        <source>Capture on the mirror port for ten minutes and record what was seen:</source>
        <translation>Capture on the mirror port for ten minutes and record what was seen:</translation>
    </message>
    <message>
        <source>Draw the demo&apos;s trees five minutes in, as a PDF:</source>
        <translation>Draw the demo&apos;s trees five minutes in, as a PDF:</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
    </message>
    <message>
        <source>A capture (pcap or pcapng) to replay, else a console or syslog log to import, told apart by their content, not their name. The desktop passes a file opened with pfsmon this way.</source>
        <translation>A capture (pcap or pcapng) to replay, else a console or syslog log to import, told apart by their content, not their name. The desktop passes a file opened with pfsmon this way.</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run pfsmon in a desktop session, or without a window with --headless</source>
        <translation>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run pfsmon in a desktop session, or without a window with --headless</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
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
            <numerusform>%Ln observed (tsize, Content-Length, size=)</numerusform>
            <numerusform>%Ln observed (tsize, Content-Length, size=)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimated from the firmware catalogue</source>
        <comment>component sizes</comment>
        <translation>
            <numerusform>%Ln estimated from the firmware catalogue</numerusform>
            <numerusform>%Ln estimated from the firmware catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <comment>component sizes</comment>
        <translation>
            <numerusform>%Ln unknown</numerusform>
            <numerusform>%Ln unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes: %1.</source>
        <extracomment>%1: how many component sizes were observed, estimated, unknown, joined by &quot;, &quot;</extracomment>
        <translation>Sizes: %1.</translation>
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
        <translation>unknown</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>A forecast that is fairly sure: %1 is a duration (&quot;3 min 0 s&quot;)</extracomment>
        <translation>about %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A forecast as a range: %1 the shortest, %2 the longest duration</extracomment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Saved so far: %1 of %2 moved (%3); %4 crossed the WAN.</source>
        <extracomment>%1 saved of %2 received by the phones, %3 the percentage, %4 what did cross the WAN</extracomment>
        <translation>Saved so far: %1 of %2 moved (%3); %4 crossed the WAN.</translation>
    </message>
    <message>
        <source>Projected at the end (estimate): %1 saved of the %2 a traditional upgrade moves over the WAN (%3); PFS needs %4.</source>
        <extracomment>%1 saved, %2 what a traditional upgrade moves, %3 the percentage, %4 what PFS moves</extracomment>
        <translation>Projected at the end (estimate): %1 saved of the %2 a traditional upgrade moves over the WAN (%3); PFS needs %4.</translation>
    </message>
    <message>
        <source>Projected at the end: %1 saved of the %2 a traditional upgrade moves over the WAN (%3); PFS needs %4.</source>
        <translation>Projected at the end: %1 saved of the %2 a traditional upgrade moves over the WAN (%3); PFS needs %4.</translation>
    </message>
    <message numerus="yes">
        <source>Of that, %1 for %Ln phone(s) upgrading the traditional way (PFS off or a model without PFS).</source>
        <translation>
            <numerusform>Of that, %1 for %Ln phone upgrading the traditional way (PFS off or a model without PFS).</numerusform>
            <numerusform>Of that, %1 for %Ln phones upgrading the traditional way (PFS off or a model without PFS).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It counts %Ln phone(s) listed in the inventory but not heard yet.</source>
        <translation>
            <numerusform>It counts %Ln phone listed in the inventory but not heard yet.</numerusform>
            <numerusform>It counts %Ln phones listed in the inventory but not heard yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) left out: the size of their load is unknown.</source>
        <translation>
            <numerusform>%Ln phone left out: the size of their load is unknown.</numerusform>
            <numerusform>%Ln phones left out: the size of their load is unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 bit/s: traditional %2, PFS %3.</source>
        <translation>At %1 bit/s: traditional %2, PFS %3.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>How far transfers got: %1 bytes done of %2 bytes in all (&quot;584 bytes of 6.1 MB&quot;)</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>%1: a duration (&quot;2 min 5 s&quot;)</extracomment>
        <translation>%1 ago</translation>
    </message>
    <message numerus="yes">
        <source>%Ln s ago</source>
        <translation>
            <numerusform>%Ln s ago</numerusform>
            <numerusform>%Ln s ago</numerusform>
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
        <translation>observed on the wire (TCP 4051)</translation>
    </message>
    <message>
        <source>from a trace (verified grammar)</source>
        <translation>from a trace (verified grammar)</translation>
    </message>
    <message>
        <source>inferred by pfsmon</source>
        <translation>inferred by pfsmon</translation>
    </message>
    <message>
        <source>modelled (pfsmon&apos;s own records)</source>
        <translation>modelled (pfsmon&apos;s own records)</translation>
    </message>
    <message>
        <source>source unknown</source>
        <translation>source unknown</translation>
    </message>
</context>
<context>
    <name>EventNames</name>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>modelled</source>
        <translation>modelled</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>notice</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
</context>
<context>
    <name>FirmwareCatalogue</name>
    <message>
        <source>cannot open firmware catalogue %1: %2</source>
        <translation>cannot open firmware catalogue %1: %2</translation>
    </message>
    <message>
        <source>firmware catalogue %1 is larger than %2 bytes</source>
        <translation>firmware catalogue %1 is larger than %2 bytes</translation>
    </message>
    <message>
        <source>firmware catalogue %1: %2</source>
        <translation>firmware catalogue %1: %2</translation>
    </message>
    <message>
        <source>load %1 has a component without a file name or a size</source>
        <translation>load %1 has a component without a file name or a size</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>not valid JSON (%1 at offset %2)</translation>
    </message>
    <message>
        <source>schema is not %1</source>
        <translation>schema is not %1</translation>
    </message>
    <message>
        <source>a load has no name</source>
        <translation>a load has no name</translation>
    </message>
    <message>
        <source>a model has no name</source>
        <translation>a model has no name</translation>
    </message>
    <message>
        <source>load %1: component %2 is larger than %3 bytes, more than any firmware file</source>
        <translation>load %1: component %2 is larger than %3 bytes, more than any firmware file</translation>
    </message>
</context>
<context>
    <name>Headless</name>
    <message>
        <source>no DLoad record found in %1</source>
        <translation>no DLoad record found in %1</translation>
    </message>
    <message>
        <source>pfsmon %1: import of %2</source>
        <translation>pfsmon %1: import of %2</translation>
    </message>
    <message>
        <source>pfsmon %1: demo rollout of %2 phones (seed %3)</source>
        <translation>pfsmon %1: demo rollout of %2 phones (seed %3)</translation>
    </message>
    <message>
        <source>Simulated %1 of rollout in %2 ms: %3 records, %4 broadcasts</source>
        <translation>Simulated %1 of rollout in %2 ms: %3 records, %4 broadcasts</translation>
    </message>
    <message>
        <source>Faults: %1 vanished, %2 stalled, %3 kept to TFTP, %4 never came back</source>
        <translation>Faults: %1 vanished, %2 stalled, %3 kept to TFTP, %4 never came back</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>listening</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>replaying</source>
        <translation>replaying</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Source %1: %2, %3 received</source>
        <translation>Source %1: %2, %3 received</translation>
    </message>
    <message>
        <source>Syslog: %1 DLoad records, %2 other lines; PFS broadcasts: %3 decoded, %4 undecoded from %5 senders</source>
        <translation>Syslog: %1 DLoad records, %2 other lines; PFS broadcasts: %3 decoded, %4 undecoded from %5 senders</translation>
    </message>
    <message>
        <source>Capture: %1 packets: %2 PFS, %3 syslog UDP, %4 syslog TCP segments; %5 other traffic skipped, %6 malformed, %7 fragments, %8 TCP gaps</source>
        <translation>Capture: %1 packets: %2 PFS, %3 syslog UDP, %4 syslog TCP segments; %5 other traffic skipped, %6 malformed, %7 fragments, %8 TCP gaps</translation>
    </message>
    <message>
        <source>pfsmon %1: replay of %2</source>
        <translation>pfsmon %1: replay of %2</translation>
    </message>
    <message>
        <source>no source could listen</source>
        <translation>no source could listen</translation>
    </message>
    <message>
        <source>pfsmon %1: listened for %2</source>
        <translation>pfsmon %1: listened for %2</translation>
    </message>
    <message>
        <source>Snapshot written to %1</source>
        <translation>Snapshot written to %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Decompressed: gzip, %Ln member(s)</source>
        <translation>
            <numerusform>Decompressed: gzip, %Ln member</numerusform>
            <numerusform>Decompressed: gzip, %Ln members</numerusform>
        </translation>
    </message>
    <message>
        <source>Text: %1 (by its BOM), read as UTF-8</source>
        <translation>Text: %1 (by its BOM), read as UTF-8</translation>
    </message>
    <message>
        <source>Terminal colour codes removed from %1 lines</source>
        <translation>Terminal colour codes removed from %1 lines</translation>
    </message>
    <message>
        <source>Syslog or journal prefix removed from %1 lines</source>
        <translation>Syslog or journal prefix removed from %1 lines</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Snap length %1: %2 packets cut short (%3 PFS, %4 syslog UDP, %5 syslog TCP, %6 other), %7 not captured, at least %8 syslog records lost</source>
        <translation>Snap length %1: %2 packets cut short (%3 PFS, %4 syslog UDP, %5 syslog TCP, %6 other), %7 not captured, at least %8 syslog records lost</translation>
    </message>
    <message>
        <source>TCP streams: %1 missing from the capture, %2 skipped to the next record after a hole</source>
        <translation>TCP streams: %1 missing from the capture, %2 skipped to the next record after a hole</translation>
    </message>
    <message>
        <source>%1 packets with impossible timestamps (clamped), %2 TCP segments past the stream limit</source>
        <translation>%1 packets with impossible timestamps (clamped), %2 TCP segments past the stream limit</translation>
    </message>
    <message>
        <source>Source %1: %2, %3 received, lost in the kernel: %4, dropped by pfsmon: %5, receive buffer %6</source>
        <translation>Source %1: %2, %3 received, lost in the kernel: %4, dropped by pfsmon: %5, receive buffer %6</translation>
    </message>
    <message>
        <source>Received %1, dropped %2 (pfsmon&apos;s queue full), lost in the kernel %3, ignored %4 (not allowed), recorded %5 packets</source>
        <translation>Received %1, dropped %2 (pfsmon&apos;s queue full), lost in the kernel %3, ignored %4 (not allowed), recorded %5 packets</translation>
    </message>
    <message>
        <source>TCP: %1 connections, %2 refused, %3 pauses for a full queue; %4 oversized frames skipped, %5 resynchronisations after malformed frames, %6 bytes discarded</source>
        <translation>TCP: %1 connections, %2 refused, %3 pauses for a full queue; %4 oversized frames skipped, %5 resynchronisations after malformed frames, %6 bytes discarded</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>unknown export format %1</source>
        <translation>unknown export format %1</translation>
    </message>
    <message>
        <source>capturing: %1</source>
        <translation>capturing: %1</translation>
    </message>
    <message>
        <source>Wire: %1 downloads from the server (TFTP, HTTP), %2 configuration requests; TCP 4051: %3 connections, %4 drawn as tree edges, %5 whose file nothing tells; %6 PFS broadcasts</source>
        <translation>Wire: %1 downloads from the server (TFTP, HTTP), %2 configuration requests; TCP 4051: %3 connections, %4 drawn as tree edges, %5 whose file nothing tells; %6 PFS broadcasts</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>big-endian</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>little-endian</translation>
    </message>
    <message>
        <source>PFS broadcasts carry the traced XIDs at byte %1 (%2), inferred from %3 payloads: %4 sightings tie their sender to its hierarchy; %5 held no known XID there, %6 were too short</source>
        <translation>PFS broadcasts carry the traced XIDs at byte %1 (%2), inferred from %3 payloads: %4 sightings tie their sender to its hierarchy; %5 held no known XID there, %6 were too short</translation>
    </message>
    <message>
        <source>PFS broadcasts: %1 of %2 payloads hold a traced XID, at no place consistent enough to tie their senders to a hierarchy</source>
        <translation>PFS broadcasts: %1 of %2 payloads hold a traced XID, at no place consistent enough to tie their senders to a hierarchy</translation>
    </message>
    <message numerus="yes">
        <source>Inventory %1: %Ln phone(s) expected</source>
        <translation>
            <numerusform>Inventory %1: %Ln phone expected</numerusform>
            <numerusform>Inventory %1: %Ln phones expected</numerusform>
        </translation>
    </message>
    <message>
        <source>failing: %1 errors, %2 warnings (--fail-on %3)</source>
        <translation>failing: %1 errors, %2 warnings (--fail-on %3)</translation>
    </message>
    <message>
        <source>%1 phones with the wire take a while (every frame of every download is made and read); --demo-sources traces takes seconds</source>
        <translation>%1 phones with the wire take a while (every frame of every download is made and read); --demo-sources traces takes seconds</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>%1: %2 has made no progress since %3, waiting on its parent %4; if it stays so, the phone gives up and fetches it from the TFTP server. Check the parent.</source>
        <translation>%1: %2 has made no progress since %3, waiting on its parent %4; if it stays so, the phone gives up and fetches it from the TFTP server. Check the parent.</translation>
    </message>
    <message>
        <source>%1: %2 has made no progress since %3 from the TFTP server; check the WAN link and the server.</source>
        <translation>%1: %2 has made no progress since %3 from the TFTP server; check the WAN link and the server.</translation>
    </message>
    <message>
        <source>%1 fetched %2 from the TFTP server although its hierarchy distributes it: WAN bandwidth PFS should have saved. Check that it can reach its parent on TCP 4051.</source>
        <translation>%1 fetched %2 from the TFTP server although its hierarchy distributes it: WAN bandwidth PFS should have saved. Check that it can reach its parent on TCP 4051.</translation>
    </message>
    <message>
        <source>%1 fetches every file from the TFTP server with PFS on: the known PFS bug CSCus67416. Move it to a load with the fix, or upgrade it on its own.</source>
        <translation>%1 fetches every file from the TFTP server with PFS on: the known PFS bug CSCus67416. Move it to a load with the fix, or upgrade it on its own.</translation>
    </message>
    <message>
        <source>%1 finished its upgrade at %2 and has not been heard from since: it did not come back after its reboot (the known PFS bug CSCtg96408). Check the phone and power-cycle it.</source>
        <translation>%1 finished its upgrade at %2 and has not been heard from since: it did not come back after its reboot (the known PFS bug CSCtg96408). Check the phone and power-cycle it.</translation>
    </message>
    <message>
        <source>%1 stopped reporting at %2 in the middle of its upgrade while the other phones go on: it may have lost power or its network.</source>
        <translation>%1 stopped reporting at %2 in the middle of its upgrade while the other phones go on: it may have lost power or its network.</translation>
    </message>
    <message>
        <source>%1 upgrades the traditional way (PFS off, or a model without PFS): every file over the WAN.</source>
        <translation>%1 upgrades the traditional way (PFS off, or a model without PFS): every file over the WAN.</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stalled</translation>
    </message>
    <message>
        <source>fell back to the WAN</source>
        <translation>fell back to the WAN</translation>
    </message>
    <message>
        <source>keeps going to the server</source>
        <translation>keeps going to the server</translation>
    </message>
    <message>
        <source>never came back</source>
        <translation>never came back</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silent</translation>
    </message>
    <message>
        <source>traditional upgrade</source>
        <translation>traditional upgrade</translation>
    </message>
    <message>
        <source>tree anomaly</source>
        <translation>tree anomaly</translation>
    </message>
    <message>
        <source>%1 is in the site&apos;s inventory but has not been heard, while most phones listed with it have: it may be off, unplugged, or on another subnet.</source>
        <translation>%1 is in the site&apos;s inventory but has not been heard, while most phones listed with it have: it may be off, unplugged, or on another subnet.</translation>
    </message>
    <message>
        <source>never heard</source>
        <translation>never heard</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the TFTP server</source>
        <translation>the TFTP server</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>peer %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 bytes from %4, begun %5, last grew %6 (%7)</source>
        <extracomment>%1 file, %2 bytes received, %3 its size, %4 its source, %5 when the attempt began, %6 when its bytes last grew, %7 how pfsmon knows (trace, wire…)</extracomment>
        <translation>%1: %2 of %3 bytes from %4, begun %5, last grew %6 (%7)</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Whole load in at %1; no record, configuration request or broadcast since</source>
        <translation>Whole load in at %1; no record, configuration request or broadcast since</translation>
    </message>
    <message>
        <source>A child said at %1 that it lost this phone while receiving from it</source>
        <translation>A child said at %1 that it lost this phone while receiving from it</translation>
    </message>
    <message>
        <source>Model %1 has no PFS</source>
        <translation>Model %1 has no PFS</translation>
    </message>
    <message>
        <source>Its upgrade record says PFS is off (pfs=0)</source>
        <translation>Its upgrade record says PFS is off (pfs=0)</translation>
    </message>
    <message>
        <source>Listed in the inventory as %1</source>
        <translation>Listed in the inventory as %1</translation>
    </message>
    <message>
        <source>Last heard at %1, through %2</source>
        <translation>Last heard at %1, through %2</translation>
    </message>
    <message>
        <source>%1 was heard but takes no part in the upgrade, while most phones on its subnet have had files for a while: check its PFS setting and its load in CUCM, and that it was reset with the others.</source>
        <translation>%1 was heard but takes no part in the upgrade, while most phones on its subnet have had files for a while: check its PFS setting and its load in CUCM, and that it was reset with the others.</translation>
    </message>
    <message>
        <source>never joined</source>
        <translation>never joined</translation>
    </message>
</context>
<context>
    <name>HierarchyChoice</name>
    <message>
        <source>no hierarchy %1 in this rollout</source>
        <translation>no hierarchy %1 in this rollout</translation>
    </message>
    <message>
        <source>no hierarchy number %1 in this rollout (there are %2)</source>
        <translation>no hierarchy number %1 in this rollout (there are %2)</translation>
    </message>
    <message>
        <source>no hierarchy distributes %1 in this rollout</source>
        <translation>no hierarchy distributes %1 in this rollout</translation>
    </message>
    <message>
        <source>%1 names %2 hierarchies: give one of %3</source>
        <translation>%1 names %2 hierarchies: give one of %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a hierarchy&apos;s name for --hierarchy, then its model</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>model unknown</source>
        <translation>model unknown</translation>
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
        <translation>line %1: a quoted field opened there is never closed: the rest of the file was skipped</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: %1 (first at line %2)</source>
        <translation>
            <numerusform>%n row skipped: %1 (first at line %2)</numerusform>
            <numerusform>%n rows skipped: %1 (first at line %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a usable device name or MAC address skipped (first at line %1)</source>
        <translation>
            <numerusform>%n row without a usable device name or MAC address skipped (first at line %1)</numerusform>
            <numerusform>%n rows without a usable device name or MAC address skipped (first at line %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeating an earlier phone skipped, the first kept (line %1 repeats line %2)</source>
        <translation>
            <numerusform>%n row repeating an earlier phone skipped, the first kept (line %1 repeats line %2)</numerusform>
            <numerusform>%n rows repeating an earlier phone skipped, the first kept (line %1 repeats line %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose MAC address is not the device name&apos;s kept under the device name (first at line %1)</source>
        <translation>
            <numerusform>%n row whose MAC address is not the device name&apos;s kept under the device name (first at line %1)</numerusform>
            <numerusform>%n rows whose MAC address is not the device name&apos;s kept under the device name (first at line %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose IP address is not an IPv4 address kept without one (first at line %1: %2)</source>
        <translation>
            <numerusform>%n row whose IP address is not an IPv4 address kept without one (first at line %1: %2)</numerusform>
            <numerusform>%n rows whose IP address is not an IPv4 address kept without one (first at line %1: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a model pfsmon does not know kept as written (first at line %1: %2)</source>
        <translation>
            <numerusform>%n row with a model pfsmon does not know kept as written (first at line %1: %2)</numerusform>
            <numerusform>%n rows with a model pfsmon does not know kept as written (first at line %1: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>phone list %1: %2</source>
        <translation>phone list %1: %2</translation>
    </message>
    <message>
        <source>an Excel workbook, not CSV: save it as CSV first</source>
        <translation>an Excel workbook, not CSV: save it as CSV first</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte: not a text file</source>
        <translation>line %1 holds a NUL byte: not a text file</translation>
    </message>
    <message>
        <source>not UTF-8: read as Windows-1252, as Excel saves CSV</source>
        <translation>not UTF-8: read as Windows-1252, as Excel saves CSV</translation>
    </message>
    <message>
        <source>line %1: the first row cannot be read: %2</source>
        <translation>line %1: the first row cannot be read: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the first row holds a phone, not column names: it is read as one</source>
        <translation>the first row holds a phone, not column names: it is read as one</translation>
    </message>
    <message>
        <source>%1: no column name matches; column %2 (&quot;%3&quot;) was chosen by its contents</source>
        <translation>%1: no column name matches; column %2 (&quot;%3&quot;) was chosen by its contents</translation>
    </message>
    <message>
        <source>no phone list was loaded</source>
        <translation>no phone list was loaded</translation>
    </message>
    <message>
        <source>no column is chosen for the device name or the MAC address</source>
        <translation>no column is chosen for the device name or the MAC address</translation>
    </message>
    <message>
        <source>more than %1 rows: only the first %1 were read</source>
        <translation>more than %1 rows: only the first %1 were read</translation>
    </message>
    <message>
        <source>larger than %1 MiB, more than any phone list</source>
        <translation>larger than %1 MiB, more than any phone list</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>more than %1 fields</translation>
    </message>
    <message>
        <source>a field longer than %1 bytes</source>
        <translation>a field longer than %1 bytes</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>text after the closing quote of a field</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
</context>
<context>
    <name>LogImporter</name>
    <message>
        <source>it is a packet capture, not a text log</source>
        <translation>it is a packet capture, not a text log</translation>
    </message>
    <message>
        <source>binary data (a NUL byte at offset %1)</source>
        <translation>binary data (a NUL byte at offset %1)</translation>
    </message>
    <message>
        <source>binary data (%1 control bytes in the first %2)</source>
        <translation>binary data (%1 control bytes in the first %2)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>cannot import %1: it is a folder</source>
        <translation>cannot import %1: it is a folder</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>cannot import %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>UTF-8 with a BOM</translation>
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
        <translation>stopped after %1 bytes of text, the most one file may give</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>read error: %1</translation>
    </message>
    <message>
        <source>cannot start zlib to read the gzip data</source>
        <translation>cannot start zlib to read the gzip data</translation>
    </message>
    <message>
        <source>the gzip data ends early (a truncated file): what came before was read</source>
        <translation>the gzip data ends early (a truncated file): what came before was read</translation>
    </message>
    <message>
        <source>data after the end of the gzip data was ignored</source>
        <translation>data after the end of the gzip data was ignored</translation>
    </message>
    <message>
        <source>the gzip data is damaged after %1 compressed bytes (%2): what came before was read</source>
        <translation>the gzip data is damaged after %1 compressed bytes (%2): what came before was read</translation>
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
        <translation>User Commands</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
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
        <translation>Print the options and what they do, then exit.</translation>
    </message>
    <message>
        <source>Print the options, Qt&apos;s own included, then exit.</source>
        <translation>Print the options, Qt&apos;s own included, then exit.</translation>
    </message>
    <message>
        <source>Print the version, then exit.</source>
        <translation>Print the version, then exit.</translation>
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
        <translation>unknown model</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s), %1</source>
        <extracomment>The &quot;All hierarchies&quot; view: %n phones of one model on one subnet, %1 their progress</extracomment>
        <translation>
            <numerusform>%n phone, %1</numerusform>
            <numerusform>%n phones, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n phone(s), %2</source>
        <extracomment>The &quot;All hierarchies&quot; view: a file, %n phones in its tree, %1 its progress</extracomment>
        <translation>
            <numerusform>%1: %n phone, %2</numerusform>
            <numerusform>%1: %n phones, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>unknown file</translation>
    </message>
</context>
<context>
    <name>PcapFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>libpcap cannot start the file</source>
        <translation>libpcap cannot start the file</translation>
    </message>
    <message>
        <source>the disk refused the data</source>
        <translation>the disk refused the data</translation>
    </message>
</context>
<context>
    <name>PcapReader</name>
    <message>
        <source>cannot open capture %1: %2</source>
        <translation>cannot open capture %1: %2</translation>
    </message>
    <message>
        <source>unsupported link type %1 in the capture</source>
        <translation>unsupported link type %1 in the capture</translation>
    </message>
    <message>
        <source>cannot replay %1: unsupported link type %2 in the capture</source>
        <translation>cannot replay %1: unsupported link type %2 in the capture</translation>
    </message>
    <message>
        <source>capture file ends in the middle of a packet after %1 packets: the rest is lost (%2)</source>
        <translation>capture file ends in the middle of a packet after %1 packets: the rest is lost (%2)</translation>
    </message>
    <message>
        <source>capture file is damaged after %1 packets: %2; the rest of it is not read</source>
        <translation>capture file is damaged after %1 packets: %2; the rest of it is not read</translation>
    </message>
    <message>
        <source>capture cut at %1 bytes per packet (snap length): %2 packets cut short, at least %3 syslog records lost; recapture with `tcpdump -s 0`</source>
        <translation>capture cut at %1 bytes per packet (snap length): %2 packets cut short, at least %3 syslog records lost; recapture with `tcpdump -s 0`</translation>
    </message>
</context>
<context>
    <name>PcapRecorder</name>
    <message>
        <source>cannot start a capture file</source>
        <translation>cannot start a capture file</translation>
    </message>
    <message>
        <source>cannot record to %1: %2</source>
        <translation>cannot record to %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneEvidence</name>
    <message>
        <source>Came back at %1: the wire saw it ask for its configuration after its upgrade</source>
        <translation>Came back at %1: the wire saw it ask for its configuration after its upgrade</translation>
    </message>
    <message>
        <source>Heard through: nothing yet</source>
        <translation>Heard through: nothing yet</translation>
    </message>
    <message>
        <source>Heard through: %1</source>
        <translation>Heard through: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Model %1, load %2 (inferred from the firmware catalogue)</source>
        <translation>Model %1, load %2 (inferred from the firmware catalogue)</translation>
    </message>
    <message>
        <source>Model %1, load %2</source>
        <translation>Model %1, load %2</translation>
    </message>
    <message>
        <source>Model %1, load %2 (%3)</source>
        <translation>Model %1, load %2 (%3)</translation>
    </message>
    <message>
        <source>MAC %1, name %2, seen on the wire</source>
        <translation>MAC %1, name %2, seen on the wire</translation>
    </message>
    <message>
        <source>MAC %1, name %2</source>
        <translation>MAC %1, name %2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>; size unknown</source>
        <translation>; size unknown</translation>
    </message>
    <message>
        <source>; size %1 bytes, estimated from the firmware catalogue</source>
        <translation>; size %1 bytes, estimated from the firmware catalogue</translation>
    </message>
    <message>
        <source>; size %1 bytes, observed</source>
        <translation>; size %1 bytes, observed</translation>
    </message>
    <message>
        <source>; records said %1 bytes, %2 (%3)</source>
        <extracomment>a lower-ranked source&apos;s claim: &quot;records said 2,999 bytes, complete (modelled)&quot;</extracomment>
        <translation>; records said %1 bytes, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In %1: parent %2, edge %3</source>
        <translation>In %1: parent %2, edge %3</translation>
    </message>
    <message>
        <source>In %1: root (%2)</source>
        <translation>In %1: root (%2)</translation>
    </message>
    <message>
        <source>In %1: no parent known yet</source>
        <translation>In %1: no parent known yet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a component&apos;s file, then where its bytes come from</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In %1: a member (inferred: its broadcasts carry the XID); no parent known yet</source>
        <translation>In %1: a member (inferred: its broadcasts carry the XID); no parent known yet</translation>
    </message>
    <message>
        <source>; another source (%1) names %2</source>
        <extracomment>another source&apos;s parent for the phone, kept beside the edge drawn</extracomment>
        <translation>; another source (%1) names %2</translation>
    </message>
    <message>
        <source>Came back at %1: its records say its upgrade is done (%2)</source>
        <translation>Came back at %1: its records say its upgrade is done (%2)</translation>
    </message>
</context>
<context>
    <name>PhoneStateStyle</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>from TFTP</source>
        <translation>from TFTP</translation>
    </message>
    <message>
        <source>from a peer</source>
        <translation>from a peer</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silent</translation>
    </message>
    <message>
        <source>TFTP</source>
        <translation>TFTP</translation>
    </message>
    <message>
        <source>peer %1</source>
        <translation>peer %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: where a file comes from; %2: how pfsmon knows it (trace, wire, inferred, modelled)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>traditional upgrade</source>
        <translation>traditional upgrade</translation>
    </message>
    <message>
        <source>not heard yet</source>
        <translation>not heard yet</translation>
    </message>
    <message>
        <source>unknown phone</source>
        <translation>unknown phone</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>leaf</translation>
    </message>
    <message>
        <source>not in PFS</source>
        <translation>not in PFS</translation>
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
        <translation>unknown</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>trace</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>modelled</source>
        <translation>modelled</translation>
    </message>
    <message>
        <source>observed on the wire</source>
        <translation>observed on the wire</translation>
    </message>
    <message>
        <source>listed in the inventory</source>
        <translation>listed in the inventory</translation>
    </message>
</context>
<context>
    <name>RolloutModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>%1: %2 has more than two children (last: %3); PFS trees are binary</source>
        <translation>%1: %2 has more than two children (last: %3); PFS trees are binary</translation>
    </message>
    <message>
        <source>%1: %2 tried to join %3, its own descendant; join ignored</source>
        <translation>%1: %2 tried to join %3, its own descendant; join ignored</translation>
    </message>
    <message>
        <source>%1: %2 named itself as its parent; join ignored</source>
        <translation>%1: %2 named itself as its parent; join ignored</translation>
    </message>
    <message>
        <source>%1: %2 is a %3 in a hierarchy of another model</source>
        <translation>%1: %2 is a %3 in a hierarchy of another model</translation>
    </message>
    <message>
        <source>%1: %2 is on another subnet than its hierarchy</source>
        <translation>%1: %2 is on another subnet than its hierarchy</translation>
    </message>
    <message>
        <source>%1: root changed from %2 to %3</source>
        <translation>%1: root changed from %2 to %3</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>from TFTP</source>
        <translation>from TFTP</translation>
    </message>
    <message>
        <source>from peer</source>
        <translation>from peer</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not a relay</source>
        <translation>not a relay</translation>
    </message>
    <message>
        <source>its records name other addresses</source>
        <translation>its records name other addresses</translation>
    </message>
    <message>
        <source>its syslog host names are other addresses</source>
        <translation>its syslog host names are other addresses</translation>
    </message>
    <message>
        <source>it carries several phones</source>
        <translation>it carries several phones</translation>
    </message>
    <message>
        <source>no XID</source>
        <translation>no XID</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unknown model</translation>
    </message>
    <message>
        <source>unknown subnet</source>
        <translation>unknown subnet</translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>unknown file</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>hierarchy known from the wire: model, subnet, file</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>(unknown hierarchy)</source>
        <translation>(unknown hierarchy)</translation>
    </message>
    <message>
        <source>%1: the wire and the records of %2 give other sizes for one file; both are kept</source>
        <translation>%1: the wire and the records of %2 give other sizes for one file; both are kept</translation>
    </message>
    <message>
        <source>%1: %2&apos;s parent is %3 (%4), but another source names %5; both are kept</source>
        <translation>%1: %2&apos;s parent is %3 (%4), but another source names %5; both are kept</translation>
    </message>
</context>
<context>
    <name>SimulationOptions</name>
    <message>
        <source>Simulated phones (default %1).</source>
        <translation>Simulated phones (default %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Seed of the simulation: the same seed gives the same rollout (default 1).</source>
        <translation>Seed of the simulation: the same seed gives the same rollout (default 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Phones that disappear mid-transfer.</source>
        <translation>Phones that disappear mid-transfer.</translation>
    </message>
    <message>
        <source>Transfers that stall, so the phone falls back to TFTP.</source>
        <translation>Transfers that stall, so the phone falls back to TFTP.</translation>
    </message>
    <message>
        <source>Phones that keep going to the TFTP server with PFS on (CSCus67416).</source>
        <translation>Phones that keep going to the TFTP server with PFS on (CSCus67416).</translation>
    </message>
    <message>
        <source>Phones that never come back after their reboot (CSCtg96408).</source>
        <translation>Phones that never come back after their reboot (CSCtg96408).</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 must be a number from %2 to %3</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation>--seed must be a non-negative number</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>the number of phones must be from 1 to 100000</source>
        <translation>the number of phones must be from 1 to 100000</translation>
    </message>
    <message>
        <source>phones per subnet must be from 1 to 240</source>
        <translation>phones per subnet must be from 1 to 240</translation>
    </message>
    <message>
        <source>link rates must be positive</source>
        <translation>link rates must be positive</translation>
    </message>
    <message>
        <source>progress steps must be from 2 to 1000</source>
        <translation>progress steps must be from 2 to 1000</translation>
    </message>
    <message>
        <source>fault counts cannot be negative</source>
        <translation>fault counts cannot be negative</translation>
    </message>
    <message>
        <source>model %1 has no load in the firmware catalogue</source>
        <translation>model %1 has no load in the firmware catalogue</translation>
    </message>
    <message>
        <source>model shares cannot be negative</source>
        <translation>model shares cannot be negative</translation>
    </message>
    <message>
        <source>the model mix is empty</source>
        <translation>the model mix is empty</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>address unknown</source>
        <translation>address unknown</translation>
    </message>
    <message>
        <source>Records: %1 (verified %2, modelled %3, unknown %4)</source>
        <translation>Records: %1 (verified %2, modelled %3, unknown %4)</translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 without a record, %3 cut at their length limit</source>
        <translation>Lines: %1 read, %2 without a record, %3 cut at their length limit</translation>
    </message>
    <message>
        <source>  unknown: %1</source>
        <translation>  unknown: %1</translation>
    </message>
    <message>
        <source>Hierarchies: %1</source>
        <translation>Hierarchies: %1</translation>
    </message>
    <message>
        <source>subnet unknown</source>
        <translation>subnet unknown</translation>
    </message>
    <message>
        <source>  %1  model %2  subnet %3  file %4</source>
        <translation>  %1  model %2  subnet %3  file %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>    root %1%2, %n phone(s)</source>
        <translation>
            <numerusform>    root %1%2, %n phone</numerusform>
            <numerusform>    root %1%2, %n phones</numerusform>
        </translation>
    </message>
    <message>
        <source> (confirmed)</source>
        <translation> (confirmed)</translation>
    </message>
    <message>
        <source> (tentative)</source>
        <translation> (tentative)</translation>
    </message>
    <message>
        <source>Bandwidth (estimated: some sizes come from the firmware catalogue):</source>
        <translation>Bandwidth (estimated: some sizes come from the firmware catalogue):</translation>
    </message>
    <message>
        <source>Bandwidth:</source>
        <translation>Bandwidth:</translation>
    </message>
    <message>
        <source>Anomalies: %1</source>
        <translation>Anomalies: %1</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP and TCP</translation>
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
            <numerusform>%1 over %2: %3 records, %Ln phone (%4)</numerusform>
            <numerusform>%1 over %2: %3 records, %Ln phones (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Syslog relays (sources, never phones): %1</source>
        <translation>Syslog relays (sources, never phones): %1</translation>
    </message>
    <message>
        <source>%1 is a %2, listed as a %3</source>
        <translation>%1 is a %2, listed as a %3</translation>
    </message>
    <message>
        <source>%1 runs %2, listed with %3</source>
        <translation>%1 runs %2, listed with %3</translation>
    </message>
    <message>
        <source>  never heard: %1</source>
        <translation>  never heard: %1</translation>
    </message>
    <message>
        <source>  not listed: %1</source>
        <translation>  not listed: %1</translation>
    </message>
    <message>
        <source>%1 done, %2 in progress, %3 waiting, %4 in trouble</source>
        <extracomment>The rollout&apos;s phones, each in one bucket</extracomment>
        <translation>%1 done, %2 in progress, %3 waiting, %4 in trouble</translation>
    </message>
    <message>
        <source>%1, %2 not heard</source>
        <extracomment>%1: the counts before; %2: listed phones never heard</extracomment>
        <translation>%1, %2 not heard</translation>
    </message>
    <message>
        <source>Phones: %1.</source>
        <translation>Phones: %1.</translation>
    </message>
    <message>
        <source>Every load is in.</source>
        <translation>Every load is in.</translation>
    </message>
    <message>
        <source>Every load in: %1 (from the rates observed so far).</source>
        <translation>Every load in: %1 (from the rates observed so far).</translation>
    </message>
    <message>
        <source>A traditional upgrade begun at the same time would still need %1 at %2 bit/s.</source>
        <translation>A traditional upgrade begun at the same time would still need %1 at %2 bit/s.</translation>
    </message>
    <message>
        <source>%1; time left: %2</source>
        <extracomment>Status bar: %1 the phones&apos; counts, %2 the time left (&quot;about 3 min&quot;)</extracomment>
        <translation>%1; time left: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) cut at their length limit (%1 bytes)</source>
        <translation>
            <numerusform>%Ln record cut at its length limit (%1 bytes)</numerusform>
            <numerusform>%Ln records cut at their length limit (%1 bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1, %2; %3</source>
        <extracomment>%1 how many errors, %2 warnings, %3 phones upgrading the traditional way, each counted with its noun</extracomment>
        <translation>Findings: %1, %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) upgrading the traditional way</source>
        <translation>
            <numerusform>%Ln phone upgrading the traditional way</numerusform>
            <numerusform>%Ln phones upgrading the traditional way</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory: %1, %2 never heard, %3 heard but not listed, %4 differ</source>
        <extracomment>%1 how many phones the inventory lists, with its noun (&quot;203 phones listed&quot;)</extracomment>
        <translation>Inventory: %1, %2 never heard, %3 heard but not listed, %4 differ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) listed</source>
        <translation>
            <numerusform>%Ln phone listed</numerusform>
            <numerusform>%Ln phones listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeImage</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the image would be %1 × %2 pixels: choose a smaller scale</source>
        <translation>the image would be %1 × %2 pixels: choose a smaller scale</translation>
    </message>
    <message numerus="yes">
        <source>Hierarchy %1: model %2, subnet %3, file %4 (load %5), %n phone(s)</source>
        <translation>
            <numerusform>Hierarchy %1: model %2, subnet %3, file %4 (load %5), %n phone</numerusform>
            <numerusform>Hierarchy %1: model %2, subnet %3, file %4 (load %5), %n phones</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>All %n hierarchies</source>
        <translation>
            <numerusform>%n hierarchy</numerusform>
            <numerusform>All %n hierarchies</numerusform>
        </translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, estimated</translation>
    </message>
    <message>
        <source>there is no tree to export yet</source>
        <translation>there is no tree to export yet</translation>
    </message>
    <message>
        <source>Overall progress %1; WAN bandwidth saved so far %2 (%3), projected at the end %4 (%5)%6</source>
        <translation>Overall progress %1; WAN bandwidth saved so far %2 (%3), projected at the end %4 (%5)%6</translation>
    </message>
    <message>
        <source>%1, under %2 (continued)</source>
        <translation>%1, under %2 (continued)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>pfsmon tree snapshot</source>
        <translation>pfsmon tree snapshot</translation>
    </message>
    <message>
        <source>Rollout time shown: %1 (the rollout&apos;s own clock); exported: %2</source>
        <translation>Rollout time shown: %1 (the rollout&apos;s own clock); exported: %2</translation>
    </message>
</context>
<context>
    <name>TreeRenderer</name>
    <message>
        <source>Tree edges</source>
        <translation>Tree edges</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>error (Problems tab)</source>
        <extracomment>Legend: a box outlined in this colour has a problem of this severity (the Problems tab)</extracomment>
        <translation>error (Problems tab)</translation>
    </message>
    <message>
        <source>warning (Problems tab)</source>
        <translation>warning (Problems tab)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A tree box: bytes received of the file&apos;s size, both sizes</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>▸ Legend</source>
        <extracomment>The tree view&apos;s legend, folded: a click shows it</extracomment>
        <translation>▸ Legend</translation>
    </message>
    <message>
        <source>▾ Legend:</source>
        <translation>▾ Legend:</translation>
    </message>
    <message>
        <source>unnamed phone</source>
        <translation>unnamed phone</translation>
    </message>
    <message>
        <source>%1: %2, %3 %</source>
        <extracomment>A tree box&apos;s tooltip: %1 the file, %2 the phone&apos;s state for it, %3 its progress in percent</extracomment>
        <translation>%1: %2, %3 %</translation>
    </message>
    <message>
        <source>Whole load: %1, %2 %</source>
        <extracomment>A tree box&apos;s tooltip: %1 the phone&apos;s state, %2 its progress over its whole load in percent</extracomment>
        <translation>Whole load: %1, %2 %</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Parent: %1</translation>
    </message>
    <message>
        <source>Root of this hierarchy</source>
        <translation>Root of this hierarchy</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to collapse or expand its subtree</source>
        <translation>Double-click to collapse or expand its subtree</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): see the Problems tab</source>
        <extracomment>A tree box&apos;s tooltip: %n problems of this phone, listed in the Problems tab</extracomment>
        <translation>
            <numerusform>%n problem: see the Problems tab</numerusform>
            <numerusform>%n problems: see the Problems tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pfs::BandwidthView</name>
    <message>
        <source>Rollout time (s)</source>
        <translation>Rollout time (s)</translation>
    </message>
    <message>
        <source>No rollout yet.</source>
        <translation>No rollout yet.</translation>
    </message>
    <message>
        <source>Estimates: some sizes come from the firmware catalogue.</source>
        <translation>Estimates: some sizes come from the firmware catalogue.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Fallback to the WAN</source>
        <translation>Fallback to the WAN</translation>
    </message>
    <message>
        <source>WAN fetch stopped</source>
        <translation>WAN fetch stopped</translation>
    </message>
    <message>
        <source>With PFS</source>
        <translation>With PFS</translation>
    </message>
    <message>
        <source>Phones without PFS</source>
        <translation>Phones without PFS</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more fallback(s) and outage(s) not marked (see the Problems tab)</source>
        <translation>
            <numerusform>%Ln more fallback and outage not marked (see the Problems tab)</numerusform>
            <numerusform>%Ln more fallbacks and outages not marked (see the Problems tab)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <comment>chart marker: phone, kind of finding, time</comment>
        <translation>%1: %2 at %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more here.</source>
        <translation>
            <numerusform>… and %Ln more here.</numerusform>
            <numerusform>… and %Ln more here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Traditional upgrade</source>
        <translation>Traditional upgrade</translation>
    </message>
    <message>
        <source>Over the WAN (%1)</source>
        <translation>Over the WAN (%1)</translation>
    </message>
    <message>
        <source>WAN per model: used and saved (%1)</source>
        <translation>WAN per model: used and saved (%1)</translation>
    </message>
</context>
<context>
    <name>pfs::CaptureFeed</name>
    <message>
        <source>invalid capture filter &quot;%1&quot;: %2</source>
        <translation>invalid capture filter &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot capture on %1: %2. Either let your user run Wireshark&apos;s dumpcap: sudo usermod -aG wireshark $USER (then log in again), or let pfsmon capture itself: sudo setcap cap_net_raw,cap_net_admin=eip %3</source>
        <translation>cannot capture on %1: %2. Either let your user run Wireshark&apos;s dumpcap: sudo usermod -aG wireshark $USER (then log in again), or let pfsmon capture itself: sudo setcap cap_net_raw,cap_net_admin=eip %3</translation>
    </message>
    <message>
        <source>dumpcap is not installed or may not be run by this user</source>
        <translation>dumpcap is not installed or may not be run by this user</translation>
    </message>
    <message>
        <source>neither dumpcap nor pfsmon may capture here</source>
        <translation>neither dumpcap nor pfsmon may capture here</translation>
    </message>
    <message>
        <source>cannot capture on %1: %2</source>
        <translation>cannot capture on %1: %2</translation>
    </message>
    <message>
        <source>Capture on %1 (libpcap)</source>
        <translation>Capture on %1 (libpcap)</translation>
    </message>
    <message>
        <source>cannot capture on %1: dumpcap did not start: %2</source>
        <translation>cannot capture on %1: dumpcap did not start: %2</translation>
    </message>
    <message>
        <source>Capture on %1 (dumpcap)</source>
        <translation>Capture on %1 (dumpcap)</translation>
    </message>
    <message>
        <source>cannot open capture %1: %2</source>
        <translation>cannot open capture %1: %2</translation>
    </message>
    <message>
        <source>Capture from standard input</source>
        <translation>Capture from standard input</translation>
    </message>
    <message>
        <source>Capture from %1</source>
        <translation>Capture from %1</translation>
    </message>
    <message>
        <source>dumpcap stopped (exit code %1)</source>
        <translation>dumpcap stopped (exit code %1)</translation>
    </message>
</context>
<context>
    <name>pfs::ComponentModel</name>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (estimate)</translation>
    </message>
</context>
<context>
    <name>pfs::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>pfs::EventLogTab</name>
    <message>
        <source>Filter by phone</source>
        <translation>Filter by phone</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Notice and above</source>
        <translation>Notice and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>All grammars</source>
        <translation>All grammars</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>Modelled</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified</source>
        <comment>records</comment>
        <translation>
            <numerusform>%Ln verified</numerusform>
            <numerusform>%Ln verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln modelled</source>
        <comment>records</comment>
        <translation>
            <numerusform>%Ln modelled</numerusform>
            <numerusform>%Ln modelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <comment>records</comment>
        <translation>
            <numerusform>%Ln unknown</numerusform>
            <numerusform>%Ln unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Imported: %1; %2 (%3); %4</source>
        <extracomment>%1: lines read; %2: records found; %3: the records by grammar; %4: lines without a record</extracomment>
        <translation>Imported: %1; %2 (%3); %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln line read</numerusform>
            <numerusform>%Ln lines read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) without a record</source>
        <translation>
            <numerusform>%Ln line without a record</numerusform>
            <numerusform>%Ln lines without a record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln line(s) or record(s) too long, cut at their limit</source>
        <extracomment>%1: the summary so far</extracomment>
        <translation>
            <numerusform>%1; %Ln line or record too long, cut at its limit</numerusform>
            <numerusform>%1; %Ln lines or records too long, cut at their limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; a syslog or journal prefix removed from %Ln line(s)</source>
        <extracomment>%1: the summary so far</extracomment>
        <translation>
            <numerusform>%1; a syslog or journal prefix removed from %Ln line</numerusform>
            <numerusform>%1; a syslog or journal prefix removed from %Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pfs::ExportDialog</name>
    <message>
        <source>Nothing to export yet: start the demo, listen, or open a file.</source>
        <translation>Nothing to export yet: start the demo, listen, or open a file.</translation>
    </message>
    <message numerus="yes">
        <source>hierarchy %1 (%n phone(s))</source>
        <translation>
            <numerusform>hierarchy %1 (%n phone)</numerusform>
            <numerusform>hierarchy %1 (%n phones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n hierarchies</source>
        <translation>
            <numerusform>%n hierarchy</numerusform>
            <numerusform>all %n hierarchies</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image of the tree of %1, %2 × %3 pixels.</source>
        <translation>PNG image of the tree of %1, %2 × %3 pixels.</translation>
    </message>
    <message>
        <source>SVG drawing (vector, text kept as text) of the tree of %1.</source>
        <translation>SVG drawing (vector, text kept as text) of the tree of %1.</translation>
    </message>
    <message numerus="yes">
        <source>PDF of the tree of %1 on %n A4 page(s), each with this header:
%2</source>
        <translation>
            <numerusform>PDF of the tree of %1 on %n A4 page, with this header:
%2</numerusform>
            <numerusform>PDF of the tree of %1 on %n A4 pages, each with this header:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSV, UTF-8 with a header row: %n row(s), one per phone per component.</source>
        <translation>
            <numerusform>CSV, UTF-8 with a header row: %n row, one per phone per component.</numerusform>
            <numerusform>CSV, UTF-8 with a header row: %n rows, one per phone per component.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graphviz DOT of the tree of %1, nodes labelled with phone and progress.</source>
        <translation>Graphviz DOT of the tree of %1, nodes labelled with phone and progress.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Spread over pages instead of fitting one</source>
        <translation>Spread over pages instead of fitting one</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG scale</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Will write</source>
        <translation>Will write</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message numerus="yes">
        <source>JSON snapshot (%1) of %n hierarchies and every phone.</source>
        <translation>
            <numerusform>JSON snapshot (%1) of %n hierarchy and every phone.</numerusform>
            <numerusform>JSON snapshot (%1) of %n hierarchies and every phone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large to write: %1 × %2 pixels would take %3 of memory. Lower the scale, choose one hierarchy, or export SVG or PDF.</source>
        <translation>Too large to write: %1 × %2 pixels would take %3 of memory. Lower the scale, choose one hierarchy, or export SVG or PDF.</translation>
    </message>
    <message>
        <source>A very large image: %1 × %2 pixels, %3 of memory while it is made; many viewers cannot open it. Lower the scale, or export SVG or PDF.</source>
        <translation>A very large image: %1 × %2 pixels, %3 of memory while it is made; many viewers cannot open it. Lower the scale, or export SVG or PDF.</translation>
    </message>
</context>
<context>
    <name>pfs::FindingAlerts</name>
    <message>
        <source>--on-finding needs a command</source>
        <translation>--on-finding needs a command</translation>
    </message>
    <message>
        <source>--on-finding: no program %1 can be run</source>
        <translation>--on-finding: no program %1 can be run</translation>
    </message>
    <message>
        <source>Alerts (--on-finding): %1 sent, %2 dropped over the bounds, %3 could not start, %4 failed, %5 killed</source>
        <translation>Alerts (--on-finding): %1 sent, %2 dropped over the bounds, %3 could not start, %4 failed, %5 killed</translation>
    </message>
    <message>
        <source>--on-finding: %1 still ran after %2 s and was killed</source>
        <translation>--on-finding: %1 still ran after %2 s and was killed</translation>
    </message>
    <message>
        <source>--on-finding: %1 crashed</source>
        <translation>--on-finding: %1 crashed</translation>
    </message>
    <message>
        <source>--on-finding: %1 exited with status %2</source>
        <translation>--on-finding: %1 exited with status %2</translation>
    </message>
    <message>
        <source>--on-finding: cannot start %1: %2</source>
        <translation>--on-finding: cannot start %1: %2</translation>
    </message>
</context>
<context>
    <name>pfs::FindingModel</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>What happened, what to do</source>
        <translation>What happened, what to do</translation>
    </message>
</context>
<context>
    <name>pfs::HierarchyModel</name>
    <message>
        <source>Hierarchy</source>
        <translation>Hierarchy</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>All hierarchies</source>
        <translation>All hierarchies</translation>
    </message>
    <message>
        <source>unknown subnet</source>
        <translation>unknown subnet</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unknown model</translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>unknown file</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A hierarchy&apos;s row: %1 its file, %2 its XID (&quot;0x3C2F&quot;, or &quot;no XID&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <extracomment>Progress: %1 the share, %2 received of %3, sizes with their unit</extracomment>
        <translation>%1 · %2 of %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %Ln file(s)</source>
        <extracomment>Progress when no size is known: %1 the share, %2 files complete of %n</extracomment>
        <translation>
            <numerusform>%1 · %2 of %Ln file</numerusform>
            <numerusform>%1 · %2 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 received: %2 of %3, in bytes of known size; %4 of %Ln file(s) complete.</source>
        <extracomment>%1 a share (&quot;45 %&quot;); %2 and %3 sizes; %4 how many files are complete of %n</extracomment>
        <translation>
            <numerusform>%1 received: %2 of %3, in bytes of known size; %4 of %Ln file complete.</numerusform>
            <numerusform>%1 received: %2 of %3, in bytes of known size; %4 of %Ln files complete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of this file, over the phones of its tree.</source>
        <translation>Of this file, over the phones of its tree.</translation>
    </message>
    <message>
        <source>The sum of the files under this row.</source>
        <translation>The sum of the files under this row.</translation>
    </message>
    <message>
        <source>Of every phone&apos;s whole load, the overview&apos;s figure. The hierarchies below distribute %1 of its %2; the rest is fetched from the server (phones upgrading the traditional way) or not placed in a hierarchy yet.</source>
        <translation>Of every phone&apos;s whole load, the overview&apos;s figure. The hierarchies below distribute %1 of its %2; the rest is fetched from the server (phones upgrading the traditional way) or not placed in a hierarchy yet.</translation>
    </message>
    <message>
        <source>Every phone: the tree view shows each model&apos;s hierarchies in brief, the phone table every phone.</source>
        <translation>Every phone: the tree view shows each model&apos;s hierarchies in brief, the phone table every phone.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the tree distributing %2 to %Ln phone(s).</source>
        <extracomment>%1 the hierarchy&apos;s name (its XID, or model, subnet and file), %2 its file</extracomment>
        <translation>
            <numerusform>%1: the tree distributing %2 to %Ln phone.</numerusform>
            <numerusform>%1: the tree distributing %2 to %Ln phones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choosing this row shows the tree of its first file, %1; expand it for the others.</source>
        <translation>Choosing this row shows the tree of its first file, %1; expand it for the others.</translation>
    </message>
</context>
<context>
    <name>pfs::InventoryDialog</name>
    <message>
        <source>Import inventory</source>
        <translation>Import inventory</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Columns separated by %1</source>
        <translation>Columns separated by %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>vertical bars</translation>
    </message>
    <message>
        <source>Columns to read</source>
        <translation>Columns to read</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>First row is a header</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s) will be expected.</source>
        <translation>
            <numerusform>%Ln phone will be expected.</numerusform>
            <numerusform>%Ln phones will be expected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped.</source>
        <translation>
            <numerusform>%Ln row skipped.</numerusform>
            <numerusform>%Ln rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more remark(s).</source>
        <translation>
            <numerusform>… and %Ln more remark.</numerusform>
            <numerusform>… and %Ln more remarks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column of the device name or of the MAC address: pfsmon knows a phone by one of them.</source>
        <translation>Choose the column of the device name or of the MAC address: pfsmon knows a phone by one of them.</translation>
    </message>
    <message>
        <source>No row gives a device name (SEP…) or a MAC address in the chosen columns: choose others.</source>
        <translation>No row gives a device name (SEP…) or a MAC address in the chosen columns: choose others.</translation>
    </message>
</context>
<context>
    <name>pfs::InventoryPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Column %1: read as %2</source>
        <translation>Column %1: read as %2</translation>
    </message>
    <message>
        <source>Column %1: not read</source>
        <translation>Column %1: not read</translation>
    </message>
    <message>
        <source>The columns&apos; names: not a phone, not imported</source>
        <translation>The columns&apos; names: not a phone, not imported</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
</context>
<context>
    <name>pfs::LiveSession</name>
    <message>
        <source>cannot listen for %1 on port %2: %3. Another program may hold the port: stop it, or choose another port.</source>
        <translation>cannot listen for %1 on port %2: %3. Another program may hold the port: stop it, or choose another port.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>PFS broadcasts (UDP %1)</source>
        <translation>PFS broadcasts (UDP %1)</translation>
    </message>
    <message>
        <source>Syslog (UDP %1)</source>
        <translation>Syslog (UDP %1)</translation>
    </message>
    <message>
        <source>PFS broadcasts</source>
        <translation>PFS broadcasts</translation>
    </message>
    <message>
        <source>Syslog (UDP)</source>
        <translation>Syslog (UDP)</translation>
    </message>
    <message>
        <source>syslog over UDP</source>
        <translation>syslog over UDP</translation>
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
        <translation>syslog over TCP</translation>
    </message>
    <message>
        <source>Replay of %1</source>
        <translation>Replay of %1</translation>
    </message>
    <message>
        <source>UDP %1 is in use by another program, probably the system&apos;s syslog daemon: forward from it (README) or use --syslog-udp %2 (in the window: Capture &gt; Settings).</source>
        <translation>UDP %1 is in use by another program, probably the system&apos;s syslog daemon: forward from it (README) or use --syslog-udp %2 (in the window: Capture &gt; Settings).</translation>
    </message>
    <message>
        <source>receiving nothing while the kernel drops its datagrams (%1 lost so far)</source>
        <translation>receiving nothing while the kernel drops its datagrams (%1 lost so far)</translation>
    </message>
    <message>
        <source>cannot listen for %1 on port %2: %3. Ports below 1024 need privileges: listen on a port of 1024 or more such as %4 and have a syslog relay forward the phones&apos; logs to it (see the README), or let pfsmon bind low ports: sudo setcap cap_net_bind_service=+ep %5</source>
        <translation>cannot listen for %1 on port %2: %3. Ports below 1024 need privileges: listen on a port of 1024 or more such as %4 and have a syslog relay forward the phones&apos; logs to it (see the README), or let pfsmon bind low ports: sudo setcap cap_net_bind_service=+ep %5</translation>
    </message>
</context>
<context>
    <name>pfs::MainWindow</name>
    <message>
        <source>No phone matches &quot;%1&quot; in this view.</source>
        <translation>No phone matches &quot;%1&quot; in this view.</translation>
    </message>
    <message>
        <source>pfsmon — Peer Firmware Sharing console</source>
        <translation>pfsmon — Peer Firmware Sharing console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Demo rollout</source>
        <translation>&amp;Demo rollout</translation>
    </message>
    <message>
        <source>Watch a simulated 200-phone rollout</source>
        <translation>Watch a simulated 200-phone rollout</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Open &amp;log file…</source>
        <translation>Open &amp;log file…</translation>
    </message>
    <message>
        <source>Open &amp;capture for replay…</source>
        <translation>Open &amp;capture for replay…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;About pfsmon</source>
        <translation>&amp;About pfsmon</translation>
    </message>
    <message>
        <source>  Find phone: </source>
        <translation>  Find phone: </translation>
    </message>
    <message>
        <source>name or address, Enter</source>
        <translation>name or address, Enter</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Phone detail</source>
        <translation>Phone detail</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandwidth</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Open a console or syslog log</source>
        <translation>Open a console or syslog log</translation>
    </message>
    <message>
        <source>Open a capture to replay</source>
        <translation>Open a capture to replay</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap);;All files (*)</translation>
    </message>
    <message>
        <source>Firmware catalogue</source>
        <translation>Firmware catalogue</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>About pfsmon</source>
        <translation>About pfsmon</translation>
    </message>
    <message>
        <source>pfsmon %1

Watches Cisco Peer Firmware Sharing rollouts: rebuilds the distribution trees from the phones&apos; DLoad traces and PFS broadcasts, and shows the WAN bandwidth saved.

Verified record forms come from Cisco&apos;s PFS document; child-side records, broadcast payloads and firmware sizes are pfsmon&apos;s model and are marked as such.</source>
        <translation>pfsmon %1

Watches Cisco Peer Firmware Sharing rollouts: rebuilds the distribution trees from the phones&apos; DLoad traces and PFS broadcasts, and shows the WAN bandwidth saved.

Verified record forms come from Cisco&apos;s PFS document; child-side records, broadcast payloads and firmware sizes are pfsmon&apos;s model and are marked as such.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Logs (*.txt *.log *.gz);;All files (*)</source>
        <translation>Logs (*.txt *.log *.gz);;All files (*)</translation>
    </message>
    <message>
        <source>nothing to export</source>
        <translation>nothing to export</translation>
    </message>
    <message>
        <source>Listen for PFS broadcasts and DLoad syslog on the configured ports, or capture on the configured interface</source>
        <translation>Listen for PFS broadcasts and DLoad syslog on the configured ports, or capture on the configured interface</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Import &amp;inventory…</source>
        <translation>Import &amp;inventory…</translation>
    </message>
    <message>
        <source>Read the site&apos;s phone list (a CUCM export as CSV): its phones are expected</source>
        <translation>Read the site&apos;s phone list (a CUCM export as CSV): its phones are expected</translation>
    </message>
    <message>
        <source>Import the site&apos;s phone list</source>
        <translation>Import the site&apos;s phone list</translation>
    </message>
    <message>
        <source>Phone lists (*.csv *.txt);;All files (*)</source>
        <translation>Phone lists (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import inventory</source>
        <translation>Import inventory</translation>
    </message>
    <message numerus="yes">
        <source>Inventory: %Ln phone(s) expected</source>
        <translation>
            <numerusform>Inventory: %Ln phone expected</numerusform>
            <numerusform>Inventory: %Ln phones expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s): see the Event log</source>
        <translation>
            <numerusform>Imported %Ln record: see the Event log</numerusform>
            <numerusform>Imported %Ln records: see the Event log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pfs::OverviewStrip</name>
    <message>
        <source>phones</source>
        <translation>phones</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <source>WAN used so far</source>
        <translation>WAN used so far</translation>
    </message>
    <message>
        <source>saved so far</source>
        <translation>saved so far</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>elapsed</translation>
    </message>
    <message>
        <source>time left</source>
        <translation>time left</translation>
    </message>
    <message>
        <source>Every phone heard, and the phones the site&apos;s inventory lists that were not heard yet. Each counts in one of the next five tiles.
Click to list every phone.</source>
        <translation>Every phone heard, and the phones the site&apos;s inventory lists that were not heard yet. Each counts in one of the next five tiles.
Click to list every phone.</translation>
    </message>
    <message>
        <source>Phones whose whole load has arrived, every file of it complete.</source>
        <translation>Phones whose whole load has arrived, every file of it complete.</translation>
    </message>
    <message>
        <source>Phones receiving a file now, from the TFTP server or from a peer.</source>
        <translation>Phones receiving a file now, from the TFTP server or from a peer.</translation>
    </message>
    <message>
        <source>Phones heard that wait for their next file (their parent&apos;s, or their root&apos;s fetch).</source>
        <translation>Phones heard that wait for their next file (their parent&apos;s, or their root&apos;s fetch).</translation>
    </message>
    <message>
        <source>Phones the health checks found a warning or an error for, whatever their progress: see the Problems tab.</source>
        <translation>Phones the health checks found a warning or an error for, whatever their progress: see the Problems tab.</translation>
    </message>
    <message>
        <source>Phones the site&apos;s inventory lists that were not heard yet.</source>
        <translation>Phones the site&apos;s inventory lists that were not heard yet.</translation>
    </message>
    <message>
        <source>%1
Observed: from the phones&apos; records and the wire. Click to list only these phones; click again to list every phone.</source>
        <extracomment>%1: what the tile counts</extracomment>
        <translation>%1
Observed: from the phones&apos; records and the wire. Click to list only these phones; click again to list every phone.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress: %1 bytes received of %2 bytes, both with their unit</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <extracomment>Progress when no size is known: %1 files complete of %n</extracomment>
        <translation>
            <numerusform>%1 of %Ln file</numerusform>
            <numerusform>%1 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every phone&apos;s whole load, in bytes of known size: %1 of %2 received; %3 of %Ln file(s) complete. The same figure as &quot;All hierarchies&quot;.</source>
        <translation>
            <numerusform>Every phone&apos;s whole load, in bytes of known size: %1 of %2 received; %3 of %Ln file complete. The same figure as &quot;All hierarchies&quot;.</numerusform>
            <numerusform>Every phone&apos;s whole load, in bytes of known size: %1 of %2 received; %3 of %Ln files complete. The same figure as &quot;All hierarchies&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An estimate: %Ln file size(s) come from the firmware catalogue, not from the phones.</source>
        <translation>
            <numerusform>An estimate: %Ln file size comes from the firmware catalogue, not from the phones.</numerusform>
            <numerusform>An estimate: %Ln file sizes come from the firmware catalogue, not from the phones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Observed: every size comes from the phones&apos; records or the wire.</source>
        <translation>Observed: every size comes from the phones&apos; records or the wire.</translation>
    </message>
    <message>
        <source>projected: %1 (estimate)</source>
        <translation>projected: %1 (estimate)</translation>
    </message>
    <message>
        <source>projected: %1</source>
        <translation>projected: %1</translation>
    </message>
    <message>
        <source>Bytes that crossed the WAN so far (observed): the roots&apos; fetches from the TFTP server, fallbacks and phones upgrading the traditional way.</source>
        <translation>Bytes that crossed the WAN so far (observed): the roots&apos; fetches from the TFTP server, fallbacks and phones upgrading the traditional way.</translation>
    </message>
    <message>
        <source>What PFS saved so far (observed): the bytes the phones received less those that crossed the WAN, against a traditional upgrade where every phone fetches every file over the WAN.</source>
        <translation>What PFS saved so far (observed): the bytes the phones received less those that crossed the WAN, against a traditional upgrade where every phone fetches every file over the WAN.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Since the rollout&apos;s first fetch over the WAN (observed).</source>
        <translation>Since the rollout&apos;s first fetch over the WAN (observed).</translation>
    </message>
    <message>
        <source>An estimate until every phone has its whole load, from the rates observed so far: a range from the brisker to the slower of them; unknown while nothing supports a guess. Reboots after the last file are not counted.</source>
        <translation>An estimate until every phone has its whole load, from the rates observed so far: a range from the brisker to the slower of them; unknown while nothing supports a guess. Reboots after the last file are not counted.</translation>
    </message>
</context>
<context>
    <name>pfs::PhoneDetailTab</name>
    <message>
        <source>Select a phone in the tree or the table.</source>
        <translation>Select a phone in the tree or the table.</translation>
    </message>
    <message>
        <source>%1  %2  %3  load %4</source>
        <translation>%1  %2  %3  load %4</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: the state and its name; %2: how long it has been in it</extracomment>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>%1 · time left: current file %2, whole load %3</source>
        <extracomment>%1: the state; %2 and %3: time left for its current file and its whole load</extracomment>
        <translation>%1 · time left: current file %2, whole load %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln problem(s), the worst: %2 (Problems tab)</source>
        <extracomment>%1: what comes before; %2: the worst problem&apos;s name (&quot;stalled&quot;)</extracomment>
        <translation>
            <numerusform>%1 · %Ln problem, the worst: %2 (Problems tab)</numerusform>
            <numerusform>%1 · %Ln problems, the worst: %2 (Problems tab)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last heard %2</source>
        <extracomment>%1: what comes before; %2: when it was last heard and how long ago (&quot;10:04:23, 12 s ago&quot;)</extracomment>
        <translation>%1 · last heard %2</translation>
    </message>
</context>
<context>
    <name>pfs::PhoneFilterProxy</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>in trouble</source>
        <translation>in trouble</translation>
    </message>
    <message>
        <source>not heard</source>
        <translation>not heard</translation>
    </message>
</context>
<context>
    <name>pfs::PhoneTableModel</name>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Last heard</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>In state</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln problem(s): see the Problems tab)</source>
        <extracomment>%1: the worst problem found (&quot;stalled&quot;); %2: how many problems the phone has</extracomment>
        <translation>
            <numerusform>%1 (%Ln problem: see the Problems tab)</numerusform>
            <numerusform>%1 (%Ln problems: see the Problems tab)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pfs::PhonesTab</name>
    <message>
        <source>Filter phones (any column)</source>
        <translation>Filter phones (any column)</translation>
    </message>
    <message>
        <source>State: %1 ×</source>
        <extracomment>A removable filter beside the text filter; %1: a state (&quot;in trouble&quot;); × removes it</extracomment>
        <translation>State: %1 ×</translation>
    </message>
    <message>
        <source>Only the phones in this state are listed. Click to list every phone.</source>
        <translation>Only the phones in this state are listed. Click to list every phone.</translation>
    </message>
</context>
<context>
    <name>pfs::ProblemsTab</name>
    <message>
        <source>Filter problems (any column)</source>
        <translation>Filter problems (any column)</translation>
    </message>
</context>
<context>
    <name>pfs::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> kbit/s</source>
        <translation> kbit/s</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Listen on address</translation>
    </message>
    <message>
        <source>PFS broadcasts, UDP port</source>
        <translation>PFS broadcasts, UDP port</translation>
    </message>
    <message>
        <source>Syslog, UDP port (0: off)</source>
        <translation>Syslog, UDP port (0: off)</translation>
    </message>
    <message>
        <source>Syslog, TCP port (0: off)</source>
        <translation>Syslog, TCP port (0: off)</translation>
    </message>
    <message>
        <source>WAN rate</source>
        <translation>WAN rate</translation>
    </message>
    <message>
        <source>Firmware catalogue file</source>
        <translation>Firmware catalogue file</translation>
    </message>
    <message>
        <source>Capture filter (BPF), as in tcpdump or Wireshark</source>
        <translation>Capture filter (BPF), as in tcpdump or Wireshark</translation>
    </message>
    <message>
        <source>Capture on interface</source>
        <translation>Capture on interface</translation>
    </message>
    <message>
        <source>Capture filter</source>
        <translation>Capture filter</translation>
    </message>
    <message>
        <source>none: listen on the ports</source>
        <translation>none: listen on the ports</translation>
    </message>
</context>
<context>
    <name>pfs::SimulationSender</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to syslog over TCP at %1:%2: %3</source>
        <translation>cannot connect to syslog over TCP at %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>pfs::StatusPanel</name>
    <message>
        <source>Idle: start the demo, listen, or open a file.</source>
        <translation>Idle: start the demo, listen, or open a file.</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>listening</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>replaying</source>
        <translation>replaying</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Demo: finished</source>
        <translation>Demo: finished</translation>
    </message>
    <message>
        <source>Demo: running</source>
        <translation>Demo: running</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln relay(s)</source>
        <translation>
            <numerusform>%Ln relay</numerusform>
            <numerusform>%Ln relays</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Demo: stopped</source>
        <translation>Demo: stopped</translation>
    </message>
    <message>
        <source>listening, lost in the kernel: %1</source>
        <translation>listening, lost in the kernel: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>finished: %1</source>
        <translation>finished: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>%1: %2, %3 received</source>
        <translation>%1: %2, %3 received</translation>
    </message>
    <message>
        <source>%1: %2, %3 received, lost in the kernel: %4, dropped by pfsmon: %5, receive buffer %6</source>
        <translation>%1: %2, %3 received, lost in the kernel: %4, dropped by pfsmon: %5, receive buffer %6</translation>
    </message>
    <message numerus="yes">
        <source>%1 | %Ln problem(s)</source>
        <extracomment>Status bar: %1 the rollout&apos;s counts; %2 how many problems the Problems tab lists</extracomment>
        <translation>
            <numerusform>%1 | %Ln problem</numerusform>
            <numerusform>%1 | %Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone(s)</source>
        <translation>
            <numerusform>%Ln phone</numerusform>
            <numerusform>%Ln phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 records/s, %Ln phone(s)</source>
        <extracomment>Status bar: %1 how many records a second arrive; then the phones heard</extracomment>
        <translation>
            <numerusform>%1 records/s, %Ln phone</numerusform>
            <numerusform>%1 records/s, %Ln phones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 datagrams dropped by pfsmon</source>
        <translation>%1 datagrams dropped by pfsmon</translation>
    </message>
    <message>
        <source>%1 lost in the kernel</source>
        <translation>%1 lost in the kernel</translation>
    </message>
    <message>
        <source>%1 broadcasts not decoded</source>
        <translation>%1 broadcasts not decoded</translation>
    </message>
    <message>
        <source>%1 older Event log lines no longer kept</source>
        <translation>%1 older Event log lines no longer kept</translation>
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
        <translation>dropped by pfsmon: datagrams pfsmon read but its queue had no room for
lost in the kernel: datagrams the system dropped before pfsmon could read them (its receive buffer was full)
not decoded: PFS broadcasts whose layout is not known
older Event log lines: the Event log keeps the latest lines only; the model counted every record</translation>
    </message>
</context>
<context>
    <name>pfs::TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> Speed: </translation>
    </message>
    <message>
        <source>How fast the rollout plays: times its own clock</source>
        <translation>How fast the rollout plays: times its own clock</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>The time shown: drag to see the rollout at any time (Left, Right: a second)</source>
        <translation>The time shown: drag to see the rollout at any time (Left, Right: a second)</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Time shown</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the rollout as it comes in</source>
        <translation>Follow the rollout as it comes in</translation>
    </message>
    <message>
        <source>What the arrows jump to</source>
        <translation>What the arrows jump to</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Jump to</translation>
    </message>
    <message>
        <source>Previous moment of that kind</source>
        <translation>Previous moment of that kind</translation>
    </message>
    <message>
        <source>Previous moment</source>
        <translation>Previous moment</translation>
    </message>
    <message>
        <source>Next moment of that kind</source>
        <translation>Next moment of that kind</translation>
    </message>
    <message>
        <source>Next moment</source>
        <translation>Next moment</translation>
    </message>
    <message>
        <source>Rollout time shown / rollout time so far; the site&apos;s clock at that time, when known</source>
        <translation>Rollout time shown / rollout time so far; the site&apos;s clock at that time, when known</translation>
    </message>
    <message>
        <source>Any finding</source>
        <translation>Any finding</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Finding: %1</translation>
    </message>
    <message>
        <source>A hierarchy&apos;s root chosen</source>
        <translation>A hierarchy&apos;s root chosen</translation>
    </message>
    <message>
        <source>A file completed</source>
        <translation>A file completed</translation>
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
        <translation>Play</translation>
    </message>
    <message>
        <source>Stop the time shown (Space)</source>
        <translation>Stop the time shown (Space)</translation>
    </message>
    <message>
        <source>Play the rollout at the speed (Space)</source>
        <translation>Play the rollout at the speed (Space)</translation>
    </message>
    <message>
        <source>Before %1 let go: the timeline keeps at most %2</source>
        <translation>Before %1 let go: the timeline keeps at most %2</translation>
    </message>
</context>
<context>
    <name>pfs::TreeView</name>
    <message>
        <source>Click a file to see its tree.</source>
        <translation>Click a file to see its tree.</translation>
    </message>
</context>
<context>
    <name>pfssim</name>
    <message>
        <source>Simulates a Cisco PFS firmware rollout and sends what its phones would: DLoad traces over syslog and PFS broadcasts. It sends only to the addresses given (loopback by default).</source>
        <translation>Simulates a Cisco PFS firmware rollout and sends what its phones would: DLoad traces over syslog and PFS broadcasts. It sends only to the addresses given (loopback by default).</translation>
    </message>
    <message>
        <source>Syslog destination (default 127.0.0.1:5514).</source>
        <translation>Syslog destination (default 127.0.0.1:5514).</translation>
    </message>
    <message>
        <source>Send syslog over TCP (RFC 6587 octet counting).</source>
        <translation>Send syslog over TCP (RFC 6587 octet counting).</translation>
    </message>
    <message>
        <source>PFS broadcast destination (default 127.0.0.1:4051).</source>
        <translation>PFS broadcast destination (default 127.0.0.1:4051).</translation>
    </message>
    <message>
        <source>Pace: N times real time, or max (default 1).</source>
        <translation>Pace: N times real time, or max (default 1).</translation>
    </message>
    <message>
        <source>At most this many UDP datagrams a second, 0 for no limit (default 20000).</source>
        <translation>At most this many UDP datagrams a second, 0 for no limit (default 20000).</translation>
    </message>
    <message>
        <source>Write the syslog lines to this file instead of sending.</source>
        <translation>Write the syslog lines to this file instead of sending.</translation>
    </message>
    <message>
        <source>--syslog and --pfs take an address and a port, e.g. 127.0.0.1:5514</source>
        <translation>--syslog and --pfs take an address and a port, e.g. 127.0.0.1:5514</translation>
    </message>
    <message>
        <source>--rate takes a number of datagrams a second, 0 for no limit</source>
        <translation>--rate takes a number of datagrams a second, 0 for no limit</translation>
    </message>
    <message>
        <source>--speed takes a positive number or max</source>
        <translation>--speed takes a positive number or max</translation>
    </message>
    <message>
        <source>pfssim: %1 records, %2 broadcasts, %3 send errors; WAN bytes: traditional %4, PFS %5</source>
        <translation>pfssim: %1 records, %2 broadcasts, %3 send errors; WAN bytes: traditional %4, PFS %5</translation>
    </message>
    <message>
        <source>Write what a mirror port on the site&apos;s switch would capture (syslog, TFTP, TCP 4051, PFS broadcasts) into this pcap file instead of sending, as fast as possible.</source>
        <translation>Write what a mirror port on the site&apos;s switch would capture (syslog, TFTP, TCP 4051, PFS broadcasts) into this pcap file instead of sending, as fast as possible.</translation>
    </message>
    <message>
        <source>With --pcap: keep at most N bytes of each frame (default %1: every header, syslog line, TFTP request and broadcast whole, only the firmware data cut, about 2 MB a phone; 96: every header, half that; 65535: whole frames, about 10 MB a phone). Byte counts survive any cut.</source>
        <translation>With --pcap: keep at most N bytes of each frame (default %1: every header, syslog line, TFTP request and broadcast whole, only the firmware data cut, about 2 MB a phone; 96: every header, half that; 65535: whole frames, about 10 MB a phone). Byte counts survive any cut.</translation>
    </message>
    <message>
        <source>--snaplen takes a number of bytes from %1 to %2</source>
        <translation>--snaplen takes a number of bytes from %1 to %2</translation>
    </message>
    <message>
        <source>pfssim: %1 frames (%2 bytes on the wire) written to %3; WAN bytes: traditional %4, PFS %5</source>
        <translation>pfssim: %1 frames (%2 bytes on the wire) written to %3; WAN bytes: traditional %4, PFS %5</translation>
    </message>
    <message>
        <source>--pcap and --out exclude each other: give one of them</source>
        <translation>--pcap and --out exclude each other: give one of them</translation>
    </message>
    <message>
        <source>With --pcap: traces (the syslog datagrams), wire (TFTP, TCP 4051, broadcasts), both (default), or site: the wire and only the traces real phones print (the verified root-side lines).</source>
        <translation>With --pcap: traces (the syslog datagrams), wire (TFTP, TCP 4051, broadcasts), both (default), or site: the wire and only the traces real phones print (the verified root-side lines).</translation>
    </message>
    <message>
        <source>--sources takes traces, wire, both or site</source>
        <translation>--sources takes traces, wire, both or site</translation>
    </message>
    <message>
        <source>simulate a Cisco Peer Firmware Sharing rollout</source>
        <translation>simulate a Cisco Peer Firmware Sharing rollout</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>--out file | --pcap file [options]</source>
        <translation>--out file | --pcap file [options]</translation>
    </message>
    <message>
        <source>Language of the output: en or fr (default: the system&apos;s).</source>
        <translation>Language of the output: en or fr (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>--lang takes en or fr</source>
        <translation>--lang takes en or fr</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>NETWORK</translation>
    </message>
    <message>
        <source>pfssim sends only to the addresses it is given, 127.0.0.1 by default: syslog to port 5514 (a port any user may open) and the PFS broadcasts to 4051. It never listens and never captures. With --out or --pcap it sends nothing at all and writes a file instead.</source>
        <translation>pfssim sends only to the addresses it is given, 127.0.0.1 by default: syslog to port 5514 (a port any user may open) and the PFS broadcasts to 4051. It never listens and never captures. With --out or --pcap it sends nothing at all and writes a file instead.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <source>The rollout was played out or written.</source>
        <translation>The rollout was played out or written.</translation>
    </message>
    <message>
        <source>A socket or a file could not be used; the message says which.</source>
        <translation>A socket or a file could not be used; the message says which.</translation>
    </message>
    <message>
        <source>The command line is wrong; the message names the option.</source>
        <translation>The command line is wrong; the message names the option.</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>EXAMPLES</translation>
    </message>
    <message>
        <source>Play a 200-phone rollout at 20 times real time to a pfsmon listening on loopback:</source>
        <translation>Play a 200-phone rollout at 20 times real time to a pfsmon listening on loopback:</translation>
    </message>
    <message>
        <source>Write what a mirror port would capture of a rollout with two stalls, then open it:</source>
        <translation>Write what a mirror port would capture of a rollout with two stalls, then open it:</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
    </message>
</context>
</TS>
