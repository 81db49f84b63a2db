// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001683341179) q[0];
rz(pi*0.001157819265) q[1];
rz(pi*0.006565624283) q[2];
rz(pi*0.005687317095) q[3];
rz(pi*0.004119836112) q[4];
rz(pi*-0.001495017093) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004617359068) q[0];
rz(pi*0.00010560236) q[1];
rz(pi*0.001811185334) q[2];
rz(pi*0.000350342125) q[3];
rz(pi*0.004439321175) q[4];
rz(pi*-0.001157827862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003278865217) q[0];
rz(pi*-0.000641901341) q[1];
rz(pi*-0.000712491376) q[2];
rz(pi*-0.007108505742) q[3];
rz(pi*-0.000992344963) q[4];
rz(pi*-0.003783758196) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002576111678) q[0];
rz(pi*0.002394241586) q[1];
rz(pi*-0.004407912088) q[2];
rz(pi*-0.002233056682) q[3];
rz(pi*0.006187683591) q[4];
rz(pi*0.003571056796) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004389328282) q[0];
rz(pi*-0.005916104716) q[1];
rz(pi*0.003269557305) q[2];
rz(pi*-0.00052337577) q[3];
rz(pi*-0.003596229779) q[4];
rz(pi*-0.001785740063) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
