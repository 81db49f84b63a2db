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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001243887431) q[0];
rz(pi*-0.004897585662) q[1];
rz(pi*0.003785605667) q[2];
rz(pi*-0.001468218383) q[3];
rz(pi*-0.002565193454) q[4];
rz(pi*0.000123367652) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001434671749) q[0];
rz(pi*-0.000719409314) q[1];
rz(pi*0.002100967671) q[2];
rz(pi*-0.00562165953) q[3];
rz(pi*-0.000318497998) q[4];
rz(pi*0.002740744731) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001526482357) q[0];
rz(pi*-0.000902803377) q[1];
rz(pi*0.001035976502) q[2];
rz(pi*0.005591827849) q[3];
rz(pi*-0.003594774213) q[4];
rz(pi*0.00083384863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000401718102) q[0];
rz(pi*0.002221845715) q[1];
rz(pi*-0.003632566741) q[2];
rz(pi*0.005098685226) q[3];
rz(pi*0.002774410686) q[4];
rz(pi*0.007381090173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000256667722) q[0];
rz(pi*-0.001915952106) q[1];
rz(pi*-0.005719487167) q[2];
rz(pi*-0.001502556981) q[3];
rz(pi*-0.004039087802) q[4];
rz(pi*-0.006401783341) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
