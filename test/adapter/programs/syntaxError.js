let fine = 1;
let broken = ;
