const a = [];
while (true) a.push({ x: a.length });
