drivers/gamma/gamma_a.o
drivers/gamma/gamma_b.o
