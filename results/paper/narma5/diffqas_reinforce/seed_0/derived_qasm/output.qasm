// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00275709005) q[0];
rx(pi*-0.0008327219) q[1];
rx(pi*-0.000531302858) q[2];
rx(pi*0.008227863468) q[3];
rx(pi*0.004963372182) q[4];
rx(pi*0.000624170197) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002293653118) q[0];
rx(pi*-0.00119992498) q[1];
rx(pi*-0.001316952519) q[2];
rx(pi*0.001586854233) q[3];
rx(pi*-0.000354445945) q[4];
rx(pi*0.005096567393) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002394739325) q[0];
rx(pi*-0.00329397375) q[1];
rx(pi*-0.004743507978) q[2];
rx(pi*0.000506488505) q[3];
rx(pi*0.003833666898) q[4];
rx(pi*-0.00332784544) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002958354736) q[0];
rx(pi*0.007647865385) q[1];
rx(pi*9.573654e-05) q[2];
rx(pi*-0.001054754779) q[3];
rx(pi*0.007921078288) q[4];
rx(pi*-0.000934978118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003593519344) q[0];
rx(pi*0.00026649831) q[1];
rx(pi*-0.003974423638) q[2];
rx(pi*-0.005045500464) q[3];
rx(pi*0.003072832442) q[4];
rx(pi*-0.001772836223) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
