const { port1, port2 } = new MessageChannel();
let got = 0;
port2.on('message', (m) => {
  got += m;
  if (got === 3) port2.close();
});
port1.postMessage(1);
port1.postMessage(2);
